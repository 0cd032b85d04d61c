"""Stored answers to pushed batches may hold a copy of a record (a conflict's
``server_record``); when the council anonymises or a hub erases that record, the
copy must go too, or the personal data outlives the record."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, Select, select, update

from . import models as m
from .db import among

CHUNK = 500  # record ids per lookup (SQLite's bound-parameter limit is far above)


def copies_query(conn: Connection, record_ids: list[str]) -> Select[Any]:
    """The stored ops of these records whose answer carries a copy. A seek on
    ix_ops_record (migration 0004) per id: this runs on every pushed batch that
    erases something, and ``ops`` keeps every op ever pushed, so a scan of it (as
    before) grew with the server's age."""
    o = m.ops.c
    return select(o.op_id, o.batch_id, o.kind, o.record_id, o.result).where(
        among(conn, o.record_id, record_ids), o.result.like('%"server_record": {%'))


def scrub_stored_copies(conn: Connection, keys: set[tuple[str, str]]) -> None:
    """Stored answers to a conflict or merge carry a copy of the server's record
    (``server_record``); drop that copy from the op's and its batch's answer for
    every record given (anonymised by retention, or erased). A resent batch is still
    answered with the op's status and version."""
    if not keys:
        return
    ids = sorted({record_id for _kind, record_id in keys})
    for start in range(0, len(ids), CHUNK):
        rows = conn.execute(copies_query(conn, ids[start:start + CHUNK])).all()
        for op_id, batch_id, kind, record_id, text in rows:
            if (kind, record_id) in keys:
                _scrub_one(conn, op_id, batch_id, text)


def _scrub_one(conn: Connection, op_id: str, batch_id: str, text: str) -> None:
    result = json.loads(text)
    result["server_record"] = None
    conn.execute(update(m.ops).where(m.ops.c.op_id == op_id)
                 .values(result=json.dumps(result)))
    row = conn.execute(select(m.batches.c.response).where(
        m.batches.c.batch_id == batch_id)).first()
    if row is None:
        return  # already trimmed
    response = json.loads(row.response)
    for r in response.get("results", []):
        if r.get("op_id") == op_id:
            r["server_record"] = None
    conn.execute(update(m.batches).where(m.batches.c.batch_id == batch_id)
                 .values(response=json.dumps(response)))
