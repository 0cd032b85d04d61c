"""Render the Sync screen offscreen into docs/screenshots/ against a live council
server on loopback: not enrolled, after a sync with a summary, and with a
conflict in the Needs attention list.

    QT_QPA_PLATFORM=offscreen ACCESSPOINT_ALLOW_PLAINTEXT=1 \
        /work/venv/bin/python scripts/screenshots_sync.py [OUT_DIR]

The device token needs a keyring; without an OS one this script (screenshots
only) uses an in-memory one.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ACCESSPOINT_ALLOW_PLAINTEXT", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
import uvicorn  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import update  # noqa: E402

from accesspoint import hubs  # noqa: E402
from accesspoint.context import Actor  # noqa: E402
from accesspoint_server import models as m  # noqa: E402
from accesspoint_server.app import create_app  # noqa: E402
from accesspoint_server.auth import RateLimiter, create_hub  # noqa: E402
from accesspoint_server.db import Database  # noqa: E402
from sync import credentials  # noqa: E402
from tests.memory_keyring import MemoryKeyring  # noqa: E402
from ui.services import DbWorker, Events, Services  # noqa: E402


def wait(app: QApplication, cond, timeout: float = 30) -> None:
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not settle")
        app.processEvents()
        time.sleep(0.02)


def settle(app: QApplication, seconds: float = 0.3) -> None:
    """Let layouts catch up with the last text changes before grabbing."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    try:
        credentials._check_backend()
    except credentials.KeyringUnavailableError:
        keyring.set_keyring(MemoryKeyring())
    tmp = Path(tempfile.mkdtemp(prefix="sync_shots_"))
    db = Database(f"sqlite:///{tmp / 'server.sqlite3'}")
    db.migrate()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(
        create_app(db, limiter=RateLimiter(limit=1000), migrate=False), host="127.0.0.1",
        port=port, log_config=None, access_log=False, lifespan="off"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.01)

    app = QApplication.instance() or QApplication(sys.argv)
    data = tmp / "hub"
    events = Events()
    dbw = DbWorker(data, events=events)

    def setup(conn) -> Actor:
        hub = hubs.ensure_hub(conn, "Riverside Community Centre")
        user = hubs.add_user(conn, hub["id"], "Sam Okafor", "coordinator")
        return Actor(hub["id"], user["id"], "coordinator")

    services = Services(data_dir=data, actor=dbw.call(setup), db=dbw, events=events)
    from ui.sync.page import SyncPage

    page = SyncPage(services)
    page.resize(1180, 720)
    page.show()
    wait(app, lambda: bool(page.info))
    page.enrol_box.url.setText(f"http://127.0.0.1:{port}")
    settle(app)
    page.grab().save(str(out / "sync-not-enrolled.png"))

    _hub_id, code = create_hub(db, "Riverside Community Centre")
    page.enrol_box.code.setText(code)
    page.enrol_box.enrol_button.click()
    wait(app, lambda: page.info.get("enrolled") is True)

    def work(conn):
        from accesspoint.enquiries import EnquiryInput, create_enquiry
        from accesspoint.people import create_person
        from accesspoint.taxonomy import need_codes

        actor = Actor(hubs.current_hub(conn)["id"], services.actor.user_id, "coordinator")
        need = sorted(need_codes())[0]
        ids = []
        for i, (given, family) in enumerate([("Amina", "Yusuf"), ("Tom", "Reilly"),
                                             ("Grace", "Mensah"), ("Piotr", "Nowak")]):
            pid = create_person(conn, actor, given_name=given, family_name=family,
                                phone=f"0770090012{i}")["id"]
            ids.append(pid)
            create_enquiry(conn, actor, EnquiryInput(
                channel="walk_in", description="Help with the energy bill", needs=[need],
                person_id=pid, consent_record=True, outcome="signposted"))
        return ids

    ids = dbw.call(work)
    page.refresh()
    page.start_sync()
    wait(app, lambda: page.last_summary is not None)
    wait(app, lambda: page.info.get("pending") == 0)
    settle(app)
    page.grab().save(str(out / "sync-done.png"))

    # Another computer of the hub changed Tom's phone number on the server first.
    [rec] = [r for r in _records(db) if r.record_id == ids[1]]
    theirs = {**json.loads(rec.payload), "phone": "07700 900999"}
    with db.write() as c:
        c.execute(update(m.records).where(m.records.c.record_id == ids[1])
                  .values(version=2, payload=json.dumps(theirs)))
        c.execute(m.record_versions.insert().values(
            kind="person", record_id=ids[1], version=2, hub_id=rec.hub_id,
            changed='["phone"]', created_at="2026-11-25T09:00:00Z"))

    def edit(conn):
        from accesspoint.people import update_person

        actor = Actor(hubs.current_hub(conn)["id"], services.actor.user_id, "coordinator")
        update_person(conn, actor, ids[1], phone="07700 900555")

    dbw.call(edit)
    page.start_sync()
    wait(app, lambda: page.last_summary is not None and bool(page.info.get("items")))
    page.attention.table.setFocus()
    settle(app)
    page.grab().save(str(out / "sync-needs-attention.png"))

    # A real sync in progress: a week's backlog sent in small batches over a slow link.
    from sync import push

    def backlog(conn):
        from accesspoint import outbox
        from accesspoint.db import transaction
        from accesspoint.ids import new_id

        hub_id = hubs.current_hub(conn)["id"]
        with transaction(conn):
            for i in range(400):
                rid = new_id()
                outbox.enqueue(conn, "enquiry_note", rid, {"id": rid, "hub_id": hub_id,
                               "text": f"Follow-up call {i}"}, action="append")

    dbw.call(backlog)
    real = push.send_batch
    push.send_batch = lambda t, b: (time.sleep(0.25), real(t, b))[1]
    page.refresh()
    wait(app, lambda: page.info.get("pending", 0) >= 400)
    page.start_sync(batch_ops=25)
    wait(app, lambda: " of " in page.stage.text() and page.progress.value() >= 100)
    settle(app, 0.1)
    page.grab().save(str(out / "sync-progress.png"))
    wait(app, lambda: page.last_summary is not None, timeout=60)
    push.send_batch = real

    # Changes from the council kept back (a local edit not sent yet), listed with why.
    from sync import pull, reasons

    def hold(conn):
        with conn:
            pull.hold(conn, {"kind": "person", "record_id": ids[0], "action": "upsert",
                             "version": 9, "seq": 10_001, "payload": {}},
                      reasons.local_change_waiting())
            pull.hold(conn, {"kind": "member", "record_id": ids[1], "action": "upsert",
                             "version": 4, "seq": 10_002, "payload": {}},
                      reasons.waiting_for_choice())

    dbw.call(hold)
    page.refresh()
    wait(app, lambda: page.info.get("waiting_to_apply") == 2)
    page.show_held()
    wait(app, lambda: getattr(page, "held_dialog", None) is not None)
    settle(app)
    page.grab().save(str(out / "sync-held.png"))
    page.held_dialog.grab().save(str(out / "sync-held-dialog.png"))
    page.held_dialog.reject()

    services.close()
    server.should_exit = True
    print(f"screenshots in {out}")
    return 0


def _records(db: Database) -> list:
    from sqlalchemy import select

    with db.read() as c:
        return list(c.execute(select(m.records).where(m.records.c.kind == "person")))


if __name__ == "__main__":
    sys.exit(main())
