"""The Sync screen against a live council server: enrol through the form, sync with
progress and a summary, cancel safely, and choose in the Needs attention list."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from accesspoint import hubs, outbox
from accesspoint.context import Actor
from accesspoint.people import create_person, update_person
from ui.services import DbWorker, Events, Services

pytest.importorskip("pytestqt")


@pytest.fixture
def services(qapp, tmp_path):
    data_dir = tmp_path / "uidata"
    events = Events()
    db = DbWorker(data_dir, events=events)

    def setup(conn):
        hub = hubs.ensure_hub(conn, "Riverside Hub")
        user = hubs.add_user(conn, hub["id"], "Sam Coordinator", "coordinator")
        return Actor(hub_id=hub["id"], user_id=user["id"], role="coordinator")

    svc = Services(data_dir=data_dir, actor=db.call(setup), db=db, events=events)
    yield svc
    svc.close()


def settle(qtbot, services):
    services.db.call(lambda conn: None)
    qtbot.wait(20)


def make_page(qtbot, services):
    from ui.sync.page import SyncPage

    page = SyncPage(services)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: bool(page.info), timeout=5000)
    return page


def enrol_via_form(qtbot, page, server, name="Riverside Hub"):
    _hub_id, code = server.new_hub(name)
    page.enrol_box.url.setText(server.url)
    page.enrol_box.code.setText(code)
    qtbot.mouseClick(page.enrol_box.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.info.get("enrolled") is True, timeout=10000)
    qtbot.waitUntil(lambda: page.sync_button.isEnabled(), timeout=5000)


def add_people(services, n):
    actor = services.db.call(lambda conn: hubs.cli_actor(conn))

    def work(conn):
        actor2 = Actor(hubs.current_hub(conn)["id"], actor.user_id, "coordinator")
        return [create_person(conn, actor2, given_name=f"Ada{i}", family_name="Byron")["id"]
                for i in range(n)]

    return services.db.call(work)


def test_sync_screen_progress_and_summary(qtbot, services, server):
    page = make_page(qtbot, services)
    assert not page.sync_button.isEnabled()
    enrol_via_form(qtbot, page, server)
    from sync import state

    assert services.actor.hub_id == services.db.call(lambda c: state.get(c, state.HUB_ID))
    add_people(services, 30)
    page.refresh()
    qtbot.waitUntil(lambda: page.info.get("pending", 0) >= 30, timeout=5000)
    assert "30" in page.pending_label.text() or page.info["pending"] >= 30
    qtbot.keyClick(page.sync_button, Qt.Key.Key_Space)  # keyboard only
    qtbot.waitUntil(lambda: page.last_summary is not None, timeout=30000)
    assert page.stages_seen[:4] == ["connect", "push", "pull", "reconcile"]
    assert "Sent:" in page.summary.text() and "Received:" in page.summary.text()
    assert "Needs attention: 0" in page.summary.text()
    qtbot.waitUntil(lambda: page.info.get("pending") == 0, timeout=5000)
    assert "never" not in page.last_label.text()
    assert page.sync_button.isEnabled() and not page.cancel_button.isEnabled()


def test_sync_screen_cancel_is_safe(qtbot, services, server, monkeypatch):
    page = make_page(qtbot, services)
    enrol_via_form(qtbot, page, server, "Cancel Hub")
    add_people(services, 60)
    from sync import push

    gate = threading.Event()
    real = push.send_batch

    def slow(transport, batch):  # hold the first batch until Cancel was pressed
        gate.wait(5)
        return real(transport, batch)

    monkeypatch.setattr(push, "send_batch", slow)
    assert page.start_sync(batch_ops=10)
    qtbot.waitUntil(lambda: "push" in page.stages_seen, timeout=5000)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: not page.runner.running, timeout=10000)
    qtbot.waitUntil(lambda: "cancelled" in page.stage.text(), timeout=5000)
    left = services.db.call(outbox.pending_count)
    assert left > 0  # stopped between batches, nothing half-done
    monkeypatch.undo()
    page.start_sync()
    qtbot.waitUntil(lambda: page.last_summary is not None, timeout=30000)
    assert services.db.call(outbox.pending_count) == 0


def test_needs_attention_choose_keep_mine(qtbot, services, server, make_hub):
    page = make_page(qtbot, services)
    enrol_via_form(qtbot, page, server, "Attention Hub")
    [pid] = add_people(services, 1)
    page.start_sync()
    qtbot.waitUntil(lambda: page.last_summary is not None, timeout=30000)

    # Another computer of this hub changes the same field first.
    import json

    from sqlalchemy import update

    from accesspoint_server import models as m

    [rec] = [r for r in server.records(kind="person") if r.record_id == pid]
    theirs = {**json.loads(rec.payload), "given_name": "Server"}
    with server.db.write() as c:
        c.execute(update(m.records).where(m.records.c.record_id == pid)
                  .values(version=2, payload=json.dumps(theirs)))
        c.execute(m.record_versions.insert().values(
            kind="person", record_id=pid, version=2, hub_id=rec.hub_id,
            changed='["given_name"]', created_at="2026-11-25T09:00:00Z"))

    def edit(conn):
        actor = hubs.cli_actor(conn)
        update_person(conn, actor, pid, given_name="Local")

    services.db.call(edit)
    page.start_sync()
    qtbot.waitUntil(lambda: page.last_summary is not None and bool(page.info.get("items")),
                    timeout=30000)
    assert "Needs attention: 1" in page.summary.text()
    view = page.attention
    assert view.keep.isEnabled() and view.take.isEnabled()
    cells = {view.table.item(r, 0).text(): (view.table.item(r, 1).text(),
                                            view.table.item(r, 2).text())
             for r in range(view.table.rowCount())}
    assert cells["Given name"] == ("Local", "Server")
    qtbot.mouseClick(view.keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.info.get("items"), timeout=5000)
    page.start_sync()
    qtbot.waitUntil(lambda: page.last_summary is not None, timeout=30000)
    rec = [r for r in server.records(kind="person") if r.record_id == pid][0]
    assert '"Local"' in rec.payload


def test_wrong_code_and_revoked_token_are_explained(qtbot, services, server):
    from accesspoint_server.auth import new_enrolment_code, revoke_device
    from sync import state

    page = make_page(qtbot, services)
    page.enrol_box.url.setText(server.url)
    page.enrol_box.code.setText("NOT-A-REAL-CODE")
    qtbot.keyClick(page.enrol_box.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not valid" in page.enrol_box.message.text(), timeout=10000)
    enrol_via_form(qtbot, page, server, "Revoked UI Hub")
    add_people(services, 3)
    device = services.db.call(lambda conn: state.get(conn, state.DEVICE_ID))
    revoke_device(server.db, device)
    page.start_sync()
    qtbot.waitUntil(lambda: "Enrol it again" in page.summary.text(), timeout=15000)
    assert services.db.call(outbox.pending_count) >= 3  # kept
    hub_id = services.db.call(lambda conn: state.get(conn, state.HUB_ID))
    page.enrol_box.code.setText(new_enrolment_code(server.db, hub_id))
    qtbot.mouseClick(page.enrol_box.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "You can sync now" in page.enrol_box.message.text(), timeout=10000)
    page.start_sync()
    qtbot.waitUntil(lambda: page.last_summary is not None, timeout=30000)
    assert services.db.call(outbox.pending_count) == 0


def test_background_sync_when_something_waits(qtbot, services, server):
    page = make_page(qtbot, services)
    enrol_via_form(qtbot, page, server, "Background Hub")
    page.background.setChecked(True)  # saved on the DB worker
    add_people(services, 2)
    page.refresh()
    qtbot.waitUntil(lambda: page.info.get("background") and page.info.get("pending", 0) >= 2,
                    timeout=5000)
    page._background_tick()  # the 15-minute timer's tick
    qtbot.waitUntil(lambda: page.last_summary is not None, timeout=30000)
    qtbot.waitUntil(lambda: page.info.get("pending") == 0, timeout=5000)


def test_changes_held_back_are_counted_and_listed_with_why(qtbot, services):
    """A pulled change kept back (a local edit not sent yet) never waits out of sight."""
    from sync import pull, reasons

    page = make_page(qtbot, services)
    assert page.held_label.isHidden() and page.held_button.isHidden()

    def hold_two(conn):
        with conn:
            pull.hold(conn, {"kind": "person", "record_id": "0190aaaa-0000-7000-8000-00000000a1",
                             "action": "upsert", "version": 3, "seq": 7,
                             "payload": {"given_name": "Ada"}}, reasons.local_change_waiting())
            pull.hold(conn, {"kind": "enquiry", "record_id": "0190aaaa-0000-7000-8000-00000000b2",
                             "action": "upsert", "version": 1, "seq": 8, "payload": {}},
                      reasons.could_not_apply(ValueError("bad date")))

    services.db.call(hold_two)
    page.refresh()
    qtbot.waitUntil(lambda: page.info.get("waiting_to_apply") == 2, timeout=5000)
    assert page.held_label.isVisibleTo(page) and page.held_button.isVisibleTo(page)
    assert "2" in page.held_label.text()

    qtbot.mouseClick(page.held_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "held_dialog", None) is not None, timeout=5000)
    dialog = page.held_dialog
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    rows = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(2)}
    assert rows["Person"] == "A local change to this record has not been sent yet."
    assert rows["Enquiry"].startswith("Could not be applied: ValueError: bad date")
    assert table.item(0, 1).toolTip().startswith("0190aaaa")
    assert all(table.item(r, 3).text() for r in range(2))  # received, local time
    dialog.reject()

    # The summary of a sync that held changes says so.
    text = page.describe({"sent": {}, "received": {"person": 1}, "attention_open": 0,
                          "held": 2})
    assert "Received but not applied yet: 2" in text
