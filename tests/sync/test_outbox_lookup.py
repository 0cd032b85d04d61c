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
