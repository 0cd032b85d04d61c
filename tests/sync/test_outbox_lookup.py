"""A pulled change asks whether its record has an unsent local edit: that lookup must
use an index, or a pull after a week offline scans the whole outbox once per change."""

from accesspoint import outbox
from accesspoint.db import transaction


def _plan_of_lookup(conn) -> str:
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        outbox.has_pending(conn, "person", "00000000-0000-7000-8000-000000000001")
    finally:
        conn.set_trace_callback(None)
    query = next(s for s in seen if "FROM outbox" in s)
    return " ".join(str(r[-1]) for r in conn.execute("EXPLAIN QUERY PLAN " + query))


def test_pending_lookup_uses_the_kind_record_index(conn):
    assert "outbox_kind_record" in _plan_of_lookup(conn)


def test_pending_lookup_finds_only_the_record_asked_for(conn, actor):
    with transaction(conn):
        for i in range(300):
            outbox.enqueue(conn, "person", f"00000000-0000-7000-8000-{i:012d}", {"n": i})
    assert outbox.has_pending(conn, "person", "00000000-0000-7000-8000-000000000007")
    assert not outbox.has_pending(conn, "enquiry", "00000000-0000-7000-8000-000000000007")
    assert not outbox.has_pending(conn, "person", "00000000-0000-7000-8000-999999999999")


def test_reconcile_index_reaches_databases_past_schema_4(tmp_path):
    # It was once added to migration 4 after that had shipped: a database already past
    # schema 4 must still get it (migration 8), whether or not it had it.
    import shutil
    import sqlite3
    from pathlib import Path

    from accesspoint import migrations

    db = tmp_path / "v7.sqlite3"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "schemas" / "v7.sqlite3", db)
    c = sqlite3.connect(db, isolation_level=None)
    c.execute("DROP INDEX IF EXISTS sync_pulled_own")
    migrations.migrate(c, db)
    names = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"sync_pulled_own", "outbox_kind_record"} <= names
    c.close()
