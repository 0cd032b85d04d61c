"""What a pulled page needs to know about its records (versions already here, local
edits waiting, open conflicts) is read once per kind with index seeks, never once per
change nor by scanning every record ever pulled; and it is read per kind, so one kind's
record never stands in for another's with the same id."""

from __future__ import annotations

from accesspoint import outbox
from accesspoint.clock import utcnow_iso
from accesspoint.db import transaction
from sync.pull import Known, PullStats, apply_page

A, B = "00000000-0000-7000-8000-00000000000a", "00000000-0000-7000-8000-00000000000b"


def _change(kind: str, rid: str, version: int = 1, payload: dict | None = None) -> dict:
    return {"seq": version, "kind": kind, "record_id": rid, "action": "upsert",
            "version": version, "payload": payload}


def _queries(conn, fn) -> list[str]:
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        fn()
    finally:
        conn.set_trace_callback(None)
    return seen


def test_page_lookups_are_index_seeks_whatever_was_pulled_before(conn):
    with transaction(conn):
        conn.executemany("INSERT INTO sync_pulled (kind, record_id, version) VALUES (?, ?, 1)",
                         [("service", f"svc-{i}") for i in range(2000)])
    page = [_change("service", f"svc-{i}", 2) for i in range(10)] + [_change("person", A)]
    queries = _queries(conn, lambda: Known.of_page(conn, page))
    lookups = [q for q in queries if "json_each" in q]
    # Per kind: pulled + acked for both, outbox + conflicts for the pushable person,
    # the local-service twin for services. Ten changes, never one query per change.
    assert len(lookups) == 7
    for q in lookups:
        plan = " ".join(str(r[-1]) for r in conn.execute("EXPLAIN QUERY PLAN " + q))
        assert "SCAN sync_pulled" not in plan and "SCAN sync_acked" not in plan, plan
        assert "SCAN outbox" not in plan and "SCAN sync_attention" not in plan, plan


def test_what_is_known_is_per_kind(conn, actor):
    with transaction(conn):
        conn.execute("INSERT INTO sync_pulled (kind, record_id, version) VALUES"
                     " ('member', ?, 9), ('person', ?, 3)", (A, B))
        outbox.enqueue(conn, "person", A, {"id": A})  # a local edit to person A waits
        conn.execute("INSERT INTO sync_attention (id, op_id, kind, record_id, action,"
                     " status, reason, local_payload, created_at) VALUES ('c1', 'op1',"
                     " 'member', ?, 'upsert', 'conflict', 'two versions', '{}', ?)",
                     (B, utcnow_iso()))
    page = [_change("person", A, 2), _change("member", A, 2), _change("person", B, 2),
            _change("member", B, 5)]
    known = Known.of_page(conn, page)
    assert known.pulled == {("member", A): 9, ("person", B): 3}
    assert known.has_pending(conn, "person", A) and not known.has_pending(conn, "member", A)
    assert known.in_conflict(conn, "member", B) and not known.in_conflict(conn, "person", B)
    # Applied: member A v2 is older than v9 here (skipped); person A waits for its
    # local edit; person B v2 is older than v3 (skipped); member B waits for the
    # coordinator. Nothing is applied and exactly two are held, with their reasons.
    stats = PullStats()
    with transaction(conn):
        apply_page(conn, page, stats, None, known)
    held = dict(conn.execute("SELECT kind || ':' || record_id, reason FROM sync_unapplied"))
    assert set(held) == {f"person:{A}", f"member:{B}"}
    assert "not been sent" in held[f"person:{A}"] and "choose" in held[f"member:{B}"]
    assert stats.received == {}
