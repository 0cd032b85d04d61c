"""The hubs a member attends, edited in the member dialog with the keyboard by staff
and coordinators (volunteers see them, cannot change them), shown in the member view,
and queued for sync as a one-field member edit."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from accesspoint import hubs, settings  # noqa: E402
from accesspoint.context import Actor  # noqa: E402
from accesspoint.errors import PermissionDeniedError  # noqa: E402
from accesspoint.timebank import members  # noqa: E402
from ui.services import DbWorker, Events, Services  # noqa: E402

ALT = Qt.KeyboardModifier.AltModifier
FAR_HUB = "01930000-0000-7000-8000-00000000f4a2"  # a hub known here only by its id


def _services(tmp_path, role: str) -> Services:
    events = Events()
    db = DbWorker(tmp_path / f"ui-{role}", events=events)

    def setup(conn):
        hub = hubs.ensure_hub(conn, "Riverside Community Centre")
        hubs.create_hub(conn, "Northside Library")
        user = hubs.add_user(conn, hub["id"], f"Test {role}", role)
        boss = Actor(hub["id"], user["id"], "coordinator")
        settings.put(conn, members.PREFIX_KEY, "TB")
        members.create_member(conn, boss, person={"given_name": "Ana", "family_name": "Silva"})
        members.create_member(conn, boss, person={"given_name": "Bo", "family_name": "Far"},
                              hubs=[FAR_HUB])
        return Actor(hub["id"], user["id"], role)

    return Services(data_dir=tmp_path / f"ui-{role}", actor=db.call(setup), db=db,
                    events=events)


@pytest.fixture
def staff(qapp, tmp_path):
    svc = _services(tmp_path, "staff")
    yield svc
    svc.close()


def _ana(services):
    return services.db.call(lambda conn: members.find_by_number(conn, "TB00001"))


def _dialog(qtbot, services, member):
    from ui.timebank.member_dialog import NewMemberDialog

    dialog = NewMemberDialog(services, member=member)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.hubs.count() == 3, timeout=5000)
    return dialog


def _labels(dialog):
    return [(dialog.hubs.item(i).text(), dialog.hubs.item(i).checkState() == Qt.CheckState.Checked)
            for i in range(dialog.hubs.count())]


def test_staff_tick_a_second_hub_with_the_keyboard(qtbot, staff):
    services = staff
    ana = _ana(services)
    dialog = _dialog(qtbot, services, ana)
    assert _labels(dialog) == [("Northside Library", False),
                               ("Riverside Community Centre", True),
                               ("Another hub (00f4a2)", False)]
    assert dialog.hubs.accessibleName()
    qtbot.keyClick(dialog, Qt.Key.Key_U, ALT)             # H&ubs
    qtbot.waitUntil(dialog.hubs.hasFocus, timeout=2000)
    assert dialog.hubs.currentRow() == 0
    qtbot.keyClick(dialog.hubs, Qt.Key.Key_Space)         # tick Northside Library
    qtbot.keyClick(dialog.hubs, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.hubs, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.hubs, Qt.Key.Key_Space)         # and the far hub
    qtbot.keyClick(dialog, Qt.Key.Key_Return)             # Save
    qtbot.waitUntil(lambda: dialog.created is not None, timeout=5000)
    north = services.db.call(lambda conn: conn.execute(
        "SELECT id FROM hubs WHERE name = 'Northside Library'").fetchone()[0])
    assert sorted(dialog.created["hubs"]) == sorted([services.actor.hub_id, north, FAR_HUB])
    # Synced like any member edit: one op naming only the field that changed.
    op = services.db.call(lambda conn: conn.execute(
        "SELECT base_version, changed, payload FROM outbox WHERE kind = 'member'"
        " AND record_id = ? ORDER BY seq DESC", (ana["id"],)).fetchone())
    assert op[0] == ana["version"] and json.loads(op[1]) == ["hubs"]
    assert json.loads(op[2])["hubs"] == dialog.created["hubs"]


def test_unticking_every_hub_is_refused(qtbot, staff):
    dialog = _dialog(qtbot, staff, _ana(staff))
    qtbot.keyClick(dialog, Qt.Key.Key_U, ALT)
    qtbot.keyClick(dialog.hubs, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.hubs, Qt.Key.Key_Space)         # untick the only ticked hub
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "at least one hub" in dialog.status.text(), timeout=2000)
    assert dialog.created is None and dialog.isVisible()
    assert _ana(staff)["hubs"] == [staff.actor.hub_id]


def test_volunteers_see_the_hubs_but_cannot_change_them(qtbot, qapp, tmp_path):
    services = _services(tmp_path, "volunteer")
    try:
        ana = _ana(services)
        dialog = _dialog(qtbot, services, ana)
        assert not dialog.hubs.isEnabled() and "staff" in dialog.hubs.toolTip()
        dialog.skills.setText("baking")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)         # other details still save
        qtbot.waitUntil(lambda: dialog.created is not None, timeout=5000)
        assert dialog.created["skills"] == ["baking"]
        assert dialog.created["hubs"] == [services.actor.hub_id]
        # The domain says no too (a hidden control is only a courtesy).
        with pytest.raises(PermissionDeniedError):
            services.db.call(lambda conn: members.update_member(
                conn, services.actor, ana["id"], hubs=[FAR_HUB]))
    finally:
        services.close()


def test_member_view_names_the_hubs(qtbot, staff):
    from ui.timebank.members_view import MemberView

    view = MemberView(staff)
    qtbot.addWidget(view)
    far = staff.db.call(lambda conn: members.find_by_number(conn, "TB00002"))
    view.show_member(far["id"])
    qtbot.waitUntil(lambda: view.data is not None, timeout=5000)
    assert view.fields["hubs"].text() == "Another hub (00f4a2)"
    view.show_member(_ana(staff)["id"])
    qtbot.waitUntil(lambda: view.fields["hubs"].text() == "Riverside Community Centre",
                    timeout=5000)
