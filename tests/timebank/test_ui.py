"""The time-bank page driven like a volunteer would: keyboard only."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from accesspoint import hubs, settings  # noqa: E402
from accesspoint.context import Actor  # noqa: E402
from accesspoint.timebank import activities, hours, ledger, members, rewards  # noqa: E402
from ui.services import DbWorker, Events, Services  # noqa: E402

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def services(qapp, tmp_path):
    events = Events()
    db = DbWorker(tmp_path / "uidata", events=events)

    def setup(conn):
        hub = hubs.ensure_hub(conn, "Test Hub")
        user = hubs.add_user(conn, hub["id"], "Test Coordinator", "coordinator")
        actor = Actor(hub["id"], user["id"], "coordinator")
        settings.put(conn, members.PREFIX_KEY, "TB")
        activities.add_activity(conn, "Tea and chat", "care_and_company")
        activities.add_activity(conn, "Gardening", "environment")
        for given in ("Ana", "Ben", "Cleo", "Dev"):
            members.create_member(conn, actor, person={"given_name": given,
                                                       "family_name": "Tester"})
        return actor

    svc = Services(data_dir=tmp_path / "uidata", actor=db.call(setup), db=db, events=events)
    yield svc
    svc.close()


@pytest.fixture
def page(qtbot, services):
    from ui.timebank.page import TimeBankPage

    p = TimeBankPage(services)
    qtbot.addWidget(p)
    p.resize(1000, 700)
    p.show()
    p.activateWindow()
    qtbot.waitExposed(p)
    qtbot.waitUntil(lambda: p.group.activity.count() == 2 and p.members.model.rowCount() == 4,
                    timeout=5000)
    return p


def test_group_session_with_keyboard_only(qtbot, page, services):
    page.tabs.setFocus()
    qtbot.keyClick(page.tabs, Qt.Key.Key_Tab, CTRL)
    qtbot.keyClick(page.tabs, Qt.Key.Key_Tab, CTRL)
    assert page.tabs.currentWidget() is page.group
    group = page.group
    qtbot.keyClick(group, Qt.Key.Key_A, ALT)            # Activity
    qtbot.waitUntil(group.activity.hasFocus)
    qtbot.keyClicks(group.activity, "Tea")
    assert group.activity.currentText() == "Tea and chat"
    qtbot.keyClick(group, Qt.Key.Key_L, ALT)            # Session length, 2h by default
    qtbot.waitUntil(group.minutes.hasFocus)
    qtbot.keyClick(group.minutes, Qt.Key.Key_Up)        # +15 minutes
    qtbot.keyClick(group.minutes, Qt.Key.Key_Up)
    assert group.minutes.value() == 150
    qtbot.keyClick(group, Qt.Key.Key_V, ALT)            # Verified by
    qtbot.keyClicks(group.verified, "Joy Mensah")
    qtbot.keyClick(group, Qt.Key.Key_M, ALT)            # Add member
    qtbot.waitUntil(group.member.hasFocus)
    for number in ("TB00001", "tb00003", "TB00004"):
        qtbot.keyClicks(group.member, number)
        qtbot.keyClick(group.member, Qt.Key.Key_Return)
    assert group.table.rowCount() == 3
    qtbot.keyClicks(group.member, "TB00003")            # twice on the sheet: refused
    qtbot.keyClick(group.member, Qt.Key.Key_Return)
    assert group.table.rowCount() == 3 and "already on the sheet" in group.status.text()
    qtbot.keyClick(group, Qt.Key.Key_S, CTRL)           # Log session
    qtbot.waitUntil(lambda: "Logged the session" in group.status.text(), timeout=5000)
    assert group.table.rowCount() == 0

    def check(conn):
        rows = conn.execute(
            "SELECT m.member_number, t.minutes, t.verified_by, a.name, t.activity_date"
            " FROM tb_transfers t JOIN tb_members m ON m.id = t.member_id"
            " JOIN tb_activities a ON a.id = t.activity_id ORDER BY m.member_number").fetchall()
        return [tuple(r) for r in rows]

    today = date.today().isoformat()
    assert services.db.call(check) == [
        (n, 150, "Joy Mensah", "Tea and chat", today) for n in ("TB00001", "TB00003", "TB00004")]


def test_single_entry_refuses_long_day_until_confirmed(qtbot, page, services):
    page.tabs.setCurrentWidget(page.log)
    log = page.log
    qtbot.keyClick(log, Qt.Key.Key_M, ALT)
    qtbot.keyClicks(log.member, "TB00002")
    qtbot.keyClick(log.member, Qt.Key.Key_Return)
    log.minutes.setValue(13 * 60)
    qtbot.keyClick(log, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "over 12 hours" in log.status.text(), timeout=5000)
    log.confirm.setChecked(True)
    qtbot.keyClick(log, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "Logged 13h 00m" in log.status.text(), timeout=5000)


def test_redeem_a_reward(qtbot, page, services):
    def prepare(conn):
        ana = members.find_by_number(conn, "TB00001")
        act = activities.resolve_activity(conn, "gardening")
        hours.log_hours(conn, services.actor, hours.Entry(ana["id"], act["id"],
                                                           date.today().isoformat(), 150))
        rewards.add_reward(conn, name="Cinema ticket", provider="The Rio", cost_minutes=120,
                           stock=1)
        return ana["id"]

    ana_id = services.db.call(prepare)
    services.events.changed.emit("ledger")
    page.tabs.setCurrentWidget(page.rewards)
    tab = page.rewards
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    qtbot.keyClick(tab, Qt.Key.Key_M, ALT)
    qtbot.waitUntil(tab.member.hasFocus)
    qtbot.keyClicks(tab.member, "TB00001")
    qtbot.keyClick(tab.member, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "2h 30m" in tab.balance.text(), timeout=5000)
    qtbot.keyClick(tab, Qt.Key.Key_R, ALT)              # Redeem for this member
    qtbot.waitUntil(lambda: bool(tab.voucher.text()), timeout=5000)
    code = tab.voucher.text()
    assert rewards.voucher_well_formed(code)
    assert services.db.call(lambda conn: ledger.member_balance(conn, ana_id)) == 30
    qtbot.waitUntil(lambda: tab.model.rows[0]["remaining"] == 0, timeout=5000)
    qtbot.keyClick(tab, Qt.Key.Key_R, ALT)              # out of stock now
    qtbot.waitUntil(lambda: "out of stock" in tab.status.text(), timeout=5000)
    qtbot.keyClick(tab, Qt.Key.Key_H, ALT)              # Voucher code to check
    qtbot.waitUntil(tab.check_code.hasFocus)
    qtbot.keyClicks(tab.check_code, code)
    qtbot.keyClick(tab.check_code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Valid" in tab.check_result.text(), timeout=5000)


def test_new_member_reuses_known_person(qtbot, services):
    from accesspoint import people
    from ui.timebank.member_dialog import NewMemberDialog

    known = services.db.call(lambda conn: people.create_person(
        conn, services.actor, given_name="Hodan", family_name="Warsame", postcode="E8 1DY"))
    dialog = NewMemberDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_A, ALT)           # Already known?
    qtbot.keyClicks(dialog.find, "Hodan War")
    qtbot.waitUntil(lambda: dialog.found.count() == 1, timeout=5000)
    dialog.found.setFocus()
    dialog.found.setCurrentRow(0)
    qtbot.keyClick(dialog.found, Qt.Key.Key_Return)
    assert dialog.person["id"] == known["id"]
    qtbot.keyClick(dialog, Qt.Key.Key_S, ALT)           # Skills
    qtbot.keyClicks(dialog.skills, "sewing; IT")
    dialog.slots.setFocus()
    dialog.slots.setCurrentRow(0)
    qtbot.keyClick(dialog.slots, Qt.Key.Key_Space)      # Mon morning
    qtbot.keyClick(dialog, Qt.Key.Key_Return)           # Save without consent: refused
    qtbot.waitUntil(lambda: "agree" in dialog.status.text(), timeout=5000)
    qtbot.keyClick(dialog, Qt.Key.Key_G, ALT)           # The member agrees (consent)
    qtbot.waitUntil(dialog.consent.isChecked, timeout=2000)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.created is not None, timeout=5000)
    m = dialog.created
    assert m["person_id"] == known["id"] and m["skills"] == ["sewing", "IT"]
    assert m["availability"] == ["mon_am"]
    edit = NewMemberDialog(services, member=m)
    qtbot.addWidget(edit)
    edit.show()
    edit.employment.setChecked(True)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: edit.created is not None, timeout=5000)
    assert edit.created["employment_support"] is True and edit.created["version"] == 2


def test_correct_an_entry_from_the_member_view(qtbot, page, services, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    def prepare(conn):
        ana = members.find_by_number(conn, "TB00001")
        act = activities.resolve_activity(conn, "gardening")
        hours.log_hours(conn, services.actor, hours.Entry(ana["id"], act["id"],
                                                           date.today().isoformat(), 90))
        return ana["id"]

    ana_id = services.db.call(prepare)
    view = page.members.view
    view.show_member(ana_id)
    qtbot.waitUntil(lambda: view.history_model.rowCount() == 1, timeout=5000)
    view.history.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong member", True))
    qtbot.keyClick(view, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: view.history_model.rowCount() == 2, timeout=5000)
    assert services.db.call(lambda conn: ledger.member_balance(conn, ana_id)) == 0
    assert "Correction: wrong member" in view.history_model.data(view.history_model.index(0, 1))


def test_post_an_opportunity_and_see_matches(qtbot, page, services):
    from ui.timebank.opportunity_dialog import NewOpportunityDialog

    services.db.call(lambda conn: members.update_member(
        conn, services.actor, members.find_by_number(conn, "TB00002")["id"],
        skills=["listening"], availability=["tue_am"]))
    dialog = NewOpportunityDialog(services, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Befriender needed on Tuesdays")
    qtbot.keyClicks(dialog.skills, "Listening")
    dialog.slots.setFocus()
    dialog.slots.setCurrentRow(3)                        # Tue morning
    qtbot.keyClick(dialog.slots, Qt.Key.Key_Space)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.created is not None, timeout=5000)
    tab = page.opportunities
    tab.reload()
    qtbot.waitUntil(lambda: tab.opps_model.rowCount() == 1, timeout=5000)
    tab.opps.selectRow(0)
    qtbot.waitUntil(lambda: tab.matches_model.rowCount() >= 1, timeout=5000)
    top = tab.matches_model.rows[0]
    assert top["member"]["member_number"] == "TB00002" and "listening" in top["why"]


def test_member_history_pages_with_show_older(qtbot, page, services):
    from ui.timebank import members_view

    def prepare(conn):
        ana = members.find_by_number(conn, "TB00001")
        for _ in range(members_view.PAGE + 5):
            ledger.post(conn, services.actor, ledger.Transfer(
                "project:p", ledger.member_account(ana["id"]), 15, "earn"))
        return ana["id"]

    ana_id = services.db.call(prepare)
    view = page.members.view
    view.show_member(ana_id)
    qtbot.waitUntil(lambda: view.history_model.rowCount() == members_view.PAGE, timeout=5000)
    assert view.older_button.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_O, ALT)
    qtbot.waitUntil(lambda: view.history_model.rowCount() == members_view.PAGE + 5,
                    timeout=5000)
    assert view.history_model.rows[-1]["running"] == 15
    assert not view.older_button.isEnabled()
