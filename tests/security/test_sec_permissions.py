"""Role checks in the domain (editing enquiries, manual sync) and a screen that does
not offer what the role cannot do (issue 7, "role checks driven through the UI")."""

from __future__ import annotations

import dataclasses

import pytest

from accesspoint import enquiries, outbox
from accesspoint.enquiries import EnquiryInput
from accesspoint.errors import PermissionDeniedError
from sync import state
from sync.engine import SyncEngine


def _enquiry(conn, actor, **over):
    data = EnquiryInput(channel="walk_in", needs=["housing"],
                        description="Rent arrears, landlord threatening eviction", **over)
    return enquiries.create_enquiry(conn, actor, data)


def _edit(e, **over):
    base = dict(channel=e["channel"], needs=e["needs"], description=e["description"],
                outcome=e["outcome"])
    return EnquiryInput(**{**base, **over})


def test_volunteer_cannot_edit_an_enquiry(enc_conn, volunteer):
    e = _enquiry(enc_conn, volunteer)
    with pytest.raises(PermissionDeniedError, match="Only staff and above"):
        enquiries.update_enquiry(enc_conn, volunteer, e["id"],
                                 _edit(e, description="Something else entirely"))
    with pytest.raises(PermissionDeniedError):
        enquiries.update_enquiry(enc_conn, volunteer, e["id"],
                                 _edit(e, needs=["housing", "debt"]))
    after = enquiries.get_enquiry(enc_conn, e["id"])
    assert after["description"] == e["description"] and after["version"] == 1
    assert enquiries.revisions(enc_conn, e["id"]) == []
    # Nothing of the refused edit waits to sync.
    ops = [r for r in enc_conn.execute("SELECT kind, record_id FROM outbox")
           if r[1] == e["id"]]
    assert len(ops) == 1


def test_volunteer_may_record_outcome_and_notes(enc_conn, volunteer):
    e = _enquiry(enc_conn, volunteer)
    done = enquiries.update_enquiry(enc_conn, volunteer, e["id"], _edit(e, outcome="signposted"))
    assert done["outcome"] == "signposted"
    note = enquiries.add_note(enc_conn, volunteer, e["id"], "Gave the number for Shelter")
    assert note["created_by"] == volunteer.user_id


def test_staff_can_edit(enc_conn, staff, volunteer):
    e = _enquiry(enc_conn, volunteer)
    after = enquiries.update_enquiry(enc_conn, staff, e["id"],
                                     _edit(e, description="Arrears of two months"))
    assert after["description"] == "Arrears of two months"
    assert len(enquiries.revisions(enc_conn, e["id"])) == 1


def test_manual_sync_refused_for_volunteer_and_staff(enc_conn, enc_dir, volunteer, staff,
                                                      coordinator):
    _enquiry(enc_conn, volunteer)
    pending = outbox.pending_count(enc_conn)
    for who in (volunteer, staff):
        engine = SyncEngine(enc_conn, data_dir=enc_dir, actor=who)
        with pytest.raises(PermissionDeniedError, match="Only coordinators"):
            engine.run()
    # Refused before anything happened: no attempt recorded, nothing sent.
    assert state.get(enc_conn, state.LAST_ATTEMPT) is None
    assert outbox.pending_count(enc_conn) == pending
    # A coordinator gets past the check (and meets "not enrolled", the next one).
    from sync.errors import NotEnrolledError

    with pytest.raises(NotEnrolledError):
        SyncEngine(enc_conn, data_dir=enc_dir, actor=coordinator).run()


# --- the screens ----------------------------------------------------------------

@pytest.fixture
def services(qapp, enc_dir, memkeyring):
    from accesspoint.security import users
    from ui.services import DbWorker, Events, Services

    events = Events()
    db = DbWorker(enc_dir, events=events)
    coordinator = db.call(lambda c: users.first_run(c, "Hub", "Cora", "correct horse battery"))
    s = Services(data_dir=enc_dir, actor=coordinator, db=db, events=events)
    yield s
    s.close()


def _as(services, role):
    return dataclasses.replace(services.actor, role=role)


def test_sync_screen_for_a_volunteer(qtbot, services):
    from ui.sync.page import SyncPage

    services.actor = _as(services, "volunteer")
    page = SyncPage(services)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: bool(page.info), timeout=5000)
    assert not page.sync_button.isEnabled()
    assert page.role_note.isVisible()
    assert "Only a coordinator" in page.role_note.text()
    assert not page.background.isEnabled() and not page.enrol_box.isEnabled()
    page.info["enrolled"] = True
    assert page.start_sync() is False  # F5 / the shortcut path
    assert "Only a coordinator" in page.stage.text()
    assert not page.runner.running
    # Switching to a coordinator at the lock screen gives the controls back.
    services.actor = _as(services, "coordinator")
    services.events.changed.emit("session")
    qtbot.waitUntil(lambda: not page.role_note.isVisible(), timeout=5000)
    assert page.background.isEnabled()


def test_enquiry_dialog_read_only_for_a_volunteer(qtbot, services):
    from ui.enquiries.detail import EnquiryDialog, load_enquiry

    coord = _as(services, "coordinator")
    e = services.db.call(lambda c: _enquiry(c, coord))
    loaded = services.db.call(lambda c: load_enquiry(c, e["id"]))
    services.actor = _as(services, "volunteer")
    dlg = EnquiryDialog(services, loaded)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.read_only and dlg.read_only_note.isVisible()
    assert not dlg.editor.form.isEnabled()
    assert not dlg.editor.save_button.isVisible()
    # Notes stay open to volunteers.
    assert dlg.add_note_button.isEnabled() and dlg.note.isEnabled()

    services.actor = _as(services, "staff")
    dlg2 = EnquiryDialog(services, loaded)
    qtbot.addWidget(dlg2)
    dlg2.show()
    assert not dlg2.read_only and not dlg2.read_only_note.isVisible()
    assert dlg2.editor.form.isEnabled() and dlg2.editor.save_button.isVisible()
