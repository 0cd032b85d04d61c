"""Stored answers to pushed batches may hold a copy of a record (a conflict's
``server_record``); when the council anonymises or a hub erases that record, the
copy must go too, or the personal data outlives the record."""

from __future__ import annotations

import json

from sqlalchemy import Connection, select, update

from . import models as m


def scrub_stored_copies(conn: Connection, keys: set[tuple[str, str]]) -> None:
    """Stored answers to a conflict or merge carry a copy of the server's record
    (``server_record``); drop that copy from the op's and its batch's answer for
    every record given (anonymised by retention, or erased). A resent batch is still
    answered with the op's status and version. (Such answers are rare: one pass over
    those that have a copy.)"""
    if not keys:
        return
    rows = conn.execute(select(m.ops.c.op_id, m.ops.c.batch_id, m.ops.c.kind,
                               m.ops.c.record_id, m.ops.c.result).where(
        m.ops.c.result.like('%"server_record": {%'))).all()
    for op_id, batch_id, kind, record_id, text in rows:
        if (kind, record_id) not in keys:
            continue
        result = json.loads(text)
        result["server_record"] = None
        conn.execute(update(m.ops).where(m.ops.c.op_id == op_id)
                     .values(result=json.dumps(result)))
        row = conn.execute(select(m.batches.c.response).where(
            m.batches.c.batch_id == batch_id)).first()
        if row is None:
            continue  # already trimmed
        response = json.loads(row.response)
        for r in response.get("results", []):
            if r.get("op_id") == op_id:
                r["server_record"] = None
        conn.execute(update(m.batches).where(m.batches.c.batch_id == batch_id)
                     .values(response=json.dumps(response)))
