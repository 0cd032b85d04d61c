"""The sync engine end to end against the real council server."""

from __future__ import annotations

from accesspoint import outbox
from sync import credentials, status

from .live import make_person


def test_push_pull_roundtrip(server, make_hub):
    hub = make_hub(server, "Roundtrip Hub")
    people = [make_person(hub, i) for i in range(5)]
    queued = hub.conn.execute("SELECT COUNT(*) FROM outbox WHERE kind = 'person'").fetchone()[0]
    assert queued == 5
    summary = hub.sync()
    assert summary.ok and summary.reconciled
    assert summary.sent["person"] == 5
    assert outbox.pending_count(hub.conn) == 0
    on_server = server.records(hub.hub_id, "person")
    assert sorted(r.record_id for r in on_server) == sorted(p["id"] for p in people)
    # A second sync sends nothing and still reconciles.
    again = hub.sync()
    assert again.sent == {} and again.reconciled
    assert status.last_sync(hub.conn) is not None
    assert status.pending_count(hub.conn) == 0


def test_token_only_in_keyring(server, make_hub):
    hub = make_hub(server, "Secret Hub")
    token = credentials.get_device_token(hub.data_dir)
    assert token and token.startswith("apd_")
    make_person(hub, 1)
    hub.sync()
    hub.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in hub.data_dir.rglob("*"):
        if path.is_file():
            assert token.encode() not in path.read_bytes(), path


def test_keyring_backend_is_real_when_available():
    from .conftest import REAL_KEYRING

    if REAL_KEYRING:
        assert "SecretService" in credentials.backend_name()


def test_one_malformed_op_never_blocks_the_queue(server, make_hub):
    """The server refuses a whole batch it cannot parse (422): the batch is halved until
    the bad op stands alone; it goes to Needs attention and everything else is sent."""
    from accesspoint.db import transaction
    from accesspoint.ids import new_id
    from sync import attention

    hub = make_hub(server, "Malformed Hub")
    people = [make_person(hub, i) for i in range(6)]
    with transaction(hub.conn):
        outbox.enqueue(hub.conn, "enquiry_note", "not a valid id!", {"text": "x"},
                       action="append")
        rid = new_id()
        outbox.enqueue(hub.conn, "enquiry_note", rid, {"id": rid, "text": "fine"},
                       action="append")
    summary = hub.sync(batch_ops=8)
    assert summary.ok and outbox.pending_count(hub.conn) == 0
    [item] = attention.open_items(hub.conn)
    assert item["status"] == "rejected" and item["record_id"] == "not a valid id!"
    on_server = {r.record_id for r in server.records(hub.hub_id)}
    assert {p["id"] for p in people} | {rid} <= on_server


def test_local_database_busy_is_a_clean_stop(server, make_hub, monkeypatch):
    import sqlite3

    import pytest

    from sync import pull
    from sync.errors import LocalError

    hub = make_hub(server, "Busy DB Hub")
    make_person(hub, 1)

    def locked(*_a, **_k):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(pull, "pull_all", locked)
    import sync.engine as engine

    monkeypatch.setattr(engine, "pull_all", locked)
    with pytest.raises(LocalError):
        hub.sync()
    monkeypatch.undo()
    assert hub.sync().ok and outbox.pending_count(hub.conn) == 0


def test_cursor_expired_pulls_from_the_start_without_doubles(fresh_server, make_hub):
    from accesspoint_server import admin_ops
    from sync import state

    hub = make_hub(fresh_server, "Cursor Hub")
    admin_ops.publish(fresh_server.db, "reward", [
        {"id": f"r{i}", "name": f"Reward {i}", "cost_minutes": 60} for i in range(5)])
    first = hub.sync()
    assert first.received.get("reward") == 5
    state.put(hub.conn, state.CURSOR, "an-old-epoch:3")  # the server answers 410
    again = hub.sync()
    assert again.ok and again.received.get("reward", 0) == 0  # already here: skipped
    assert hub.conn.execute("SELECT COUNT(*) FROM tb_rewards").fetchone()[0] == 5
    assert state.get(hub.conn, state.CURSOR).startswith(fresh_server.db.epoch())


def test_rejected_op_is_shown_fixed_and_resent(server, make_hub):
    import random

    from accesspoint.db import transaction
    from sync import attention

    from .workload import do_work

    hub = make_hub(server, "Reject Hub")
    do_work(hub, random.Random(30), 30)
    hub.sync()
    note = hub.conn.execute("SELECT * FROM enquiry_notes WHERE hub_id = ? LIMIT 1",
                            (hub.hub_id,)).fetchone()
    assert note is not None
    original = note["text"]
    with transaction(hub.conn):  # a buggy local "correction" of an append-only fact
        hub.conn.execute("UPDATE enquiry_notes SET text = 'changed' WHERE id = ?", (note["id"],))
        row = dict(hub.conn.execute("SELECT * FROM enquiry_notes WHERE id = ?",
                                    (note["id"],)).fetchone())
        outbox.enqueue(hub.conn, "enquiry_note", note["id"], row, action="append")
    summary = hub.sync()
    assert summary.attention_new == 1
    [item] = attention.open_items(hub.conn)
    assert item["status"] == "rejected" and "different content" in item["reason"]
    assert attention.choices(item) == [attention.RESEND, attention.DISMISS]
    with transaction(hub.conn):  # the coordinator fixes the record
        hub.conn.execute("UPDATE enquiry_notes SET text = ? WHERE id = ?", (original, note["id"]))
    attention.resolve(hub.conn, item["id"], attention.RESEND)
    again = hub.sync()
    assert again.attention_new == 0 and outbox.pending_count(hub.conn) == 0
    assert status.attention_count(hub.conn) == 0
