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
