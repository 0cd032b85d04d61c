"""The scrub of record copies kept in stored batch answers (answer_scrub.py) looks the
records' ops up through ix_ops_record (migration 0004), not by scanning every op."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import select, text

from accesspoint_server import models as m
from accesspoint_server.answer_scrub import copies_query, scrub_stored_copies
from accesspoint_server.db import Database

from .helpers import op


def _plan(db: Database, ids: list[str]) -> str:
    with db.read() as conn:
        q = copies_query(conn, ids).compile(conn, compile_kwargs={"literal_binds": True})
        if conn.dialect.name == "sqlite":
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {q}").all()  # nosec B608 - test
            return "\n".join(str(r[-1]) for r in rows)
        # On a near-empty table PostgreSQL rightly prefers a scan: forbid it, so the
        # plan shows whether the index can serve the query at all.
        conn.execute(text("SET enable_seqscan = off"))
        return "\n".join(r[0] for r in conn.exec_driver_sql(f"EXPLAIN {q}"))  # nosec B608


def test_the_scrub_query_seeks_the_record_index(db: Database) -> None:
    plan = _plan(db, [str(uuid.uuid4()) for _ in range(3)])
    assert "ix_ops_record" in plan, plan
    if db.is_sqlite:
        assert "SCAN ops" not in plan.replace("SCAN ops USING", ""), plan


def _store_copy(db: Database, kind: str, record_id: str, name: str) -> str:
    """An op whose stored answer (and its batch's) carries a copy of the record."""
    op_id, batch_id = str(uuid.uuid4()), str(uuid.uuid4())
    result = {"op_id": op_id, "status": "conflict", "reason": "x", "version": 2,
              "server_record": {"given_name": name}, "flags": []}
    with db.write() as conn:
        conn.execute(m.ops.insert().values(
            op_id=op_id, hub_id="h", batch_id=batch_id, kind=kind, record_id=record_id,
            payload_hash="0", result=json.dumps(result), created_at="2026-01-01T00:00:00Z"))
        conn.execute(m.batches.insert().values(
            batch_id=batch_id, hub_id="h", body_hash="0",
            response=json.dumps({"results": [result]}), created_at="2026-01-01T00:00:00Z"))
    return op_id


def _stored(db: Database) -> str:
    with db.read() as conn:
        return " ".join([r.result for r in conn.execute(select(m.ops.c.result))]
                        + [r.response for r in conn.execute(select(m.batches.c.response))])


def test_only_the_given_records_lose_their_copies(db: Database) -> None:
    gone, kept = str(uuid.uuid4()), str(uuid.uuid4())
    _store_copy(db, "person", gone, "Gone")
    _store_copy(db, "member", gone, "OtherKind")  # same id, another kind: not asked for
    _store_copy(db, "person", kept, "Kept")
    # More ids than one lookup takes: every chunk is looked at.
    many = {("person", str(uuid.uuid4())) for _ in range(1200)} | {("person", gone)}
    with db.write() as conn:
        scrub_stored_copies(conn, many)
    stored = _stored(db)
    assert "Gone" not in stored
    assert "OtherKind" in stored and "Kept" in stored


def test_erasing_pushed_person_scrubs_through_the_index(db: Database, hub_a) -> None:
    o = op("person", {"hub_id": hub_a.hub_id, "given_name": "Ida", "family_name": "Indexed"},
           action="upsert")
    assert hub_a.push_ok([o])[0]["status"] == "applied"
    stale = op("person", {"hub_id": hub_a.hub_id, "given_name": "Idina"}, action="upsert",
               record_id=o["record_id"], base_version=0)
    assert hub_a.push_ok([stale])[0]["server_record"]["family_name"] == "Indexed"
    assert hub_a.push_ok([op("person", None, action="delete",
                             record_id=o["record_id"])])[0]["status"] == "applied"
    assert "Indexed" not in _stored(db)
