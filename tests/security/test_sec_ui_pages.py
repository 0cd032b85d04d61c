"""Coordinator screens: users, audit viewer, settings; role checks through the UI."""

from __future__ import annotations

import pytest

from accesspoint import people
from accesspoint.context import Actor
from accesspoint.security import audit, equality, users
from ui.services import DbWorker, Events, Services


@pytest.fixture
def svc(qapp, enc_dir, memkeyring):
    events = Events()
    db = DbWorker(enc_dir, events=events)
    coordinator = db.call(lambda c: users.first_run(c, "Hub", "Cora", "correct horse battery"))
    s = Services(data_dir=enc_dir, actor=coordinator, db=db, events=events)
    yield s
    s.close()


def test_security_page_for_coordinator_and_note_for_volunteer(qtbot, svc):
    from ui.security.page import SecurityPage

    page = SecurityPage(svc)
    qtbot.addWidget(page)
    assert page.tabs.count() == 6
    vol = Actor(hub_id=svc.actor.hub_id, user_id="v", role="volunteer")
    svc.actor = vol
    other = SecurityPage(svc)
    qtbot.addWidget(other)
    assert not hasattr(other, "tabs")


def test_users_view_adds_a_user_and_audit_view_filters(qtbot, svc, monkeypatch):
    from ui.security.audit_view import AuditView
    from ui.security.users_view import AddUserDialog, UsersView

    def fake_exec(dlg):
        dlg.name.setText("Vic")
        dlg.role.setCurrentIndex(dlg.role.findData("volunteer"))
        dlg.secret.setText("192837")
        return AddUserDialog.DialogCode.Accepted

    monkeypatch.setattr(AddUserDialog, "exec", fake_exec)
    view = UsersView(svc)
    qtbot.addWidget(view)
    view.add_user()
    assert "Vic" in [r["display_name"] for r in view.model.rows]
    av = AuditView(svc)
    qtbot.addWidget(av)
    av.action.setCurrentIndex(av.action.findData("user_added"))
    av.refresh()
    assert av.model.rowCount() == 2  # first coordinator and Vic
    assert {r["action"] for r in av.model.rows} == {"user_added"}


def test_volunteer_driving_coordinator_screens_is_refused(qtbot, svc):
    from ui.security.audit_view import AuditView

    vol = svc.db.call(lambda c: users.add_user(c, svc.actor, "Val", "volunteer", "135792"))
    svc.actor = Actor(hub_id=svc.actor.hub_id, user_id=vol["id"], role="volunteer")
    view = AuditView(svc)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 0
    assert "coordinator" in view.message.text().lower()


def test_settings_view_saves_and_backs_up(qtbot, svc, tmp_path):
    from ui.security.page import SettingsView

    view = SettingsView(svc)
    qtbot.addWidget(view)
    view.idle.setValue(7)
    view.cli.setChecked(False)
    view.save()
    assert svc.db.call(users.idle_lock_minutes) == 7
    view.backup(str(tmp_path / "b.apbak"))
    assert (tmp_path / "b.apbak").exists()


def test_equality_form_is_optional_and_saves_only_answers(qtbot, svc):
    from ui.security.equality_form import EqualityForm

    form = EqualityForm(svc)
    qtbot.addWidget(form)
    assert form.answers() == {}
    box = form.fields["ethnic_group"]
    box.setCurrentIndex(box.findData(equality.PREFER_NOT))
    form.submit()
    rep = svc.db.call(lambda c: equality.report(c, svc.actor))
    assert rep["responses"] == "<5"


def test_erase_dialog_erases_with_exemption(qtbot, svc):
    from ui.security.rights import EraseDialog, export_subject_access

    p = svc.db.call(lambda c: people.create_person(c, svc.actor, given_name="Ema",
                                                   family_name="Rase"))
    files = export_subject_access(svc, p["id"], None, folder=str(svc.data_dir.parent / "sar"))
    assert files and files[0].exists()
    dlg = EraseDialog(svc, p["id"])
    qtbot.addWidget(dlg)
    dlg.submit()
    assert "say why" in dlg.error.text().lower()
    dlg.reason.setText("resident's request")
    dlg.submit()
    assert dlg.result_summary is not None
    assert svc.db.call(lambda c: c.execute("SELECT count(*) FROM people").fetchone()[0]) == 0
    assert svc.db.call(lambda c: audit.query(c, svc.actor, audit.AuditFilter(action="erased")))


def test_rights_tab_exports_holds_and_withdraws(qtbot, svc, tmp_path):
    from accesspoint import consent
    from ui.security.rights_view import RightsView

    p = svc.db.call(lambda c: people.create_person(c, svc.actor, given_name="Rita",
                                                   family_name="Rights"))
    svc.db.call(lambda c: consent.record_consent(c, svc.actor, "share", True,
                                                 person_id=p["id"]))
    view = RightsView(svc)
    qtbot.addWidget(view)
    assert not view.buttons[0].isEnabled()
    view.choose(p)
    view.subject_access(str(tmp_path / "sar"))
    assert list((tmp_path / "sar").glob("*.html"))
    view.withdraw()
    assert not svc.db.call(lambda c: consent.current_consent(c, p["id"], "share"))
    view.hold("Police request 42")
    from accesspoint.security import retention

    assert svc.db.call(lambda c: retention.on_hold(c, "person", p["id"]))
