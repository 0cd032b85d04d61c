"""Pull (changes since a cursor) and reconcile (what the server holds per kind)."""

from __future__ import annotations

import json
from json.encoder import encode_basestring as _quote  # the C string quoter
from typing import Any

from sqlalchemy import or_, select
from starlette.responses import Response

from sync import protocol as p

from . import models as m
from .auth import Principal
from .db import Database, get_meta
from .errors import ApiError

MAX_LIMIT = 1000


def parse_cursor(cursor: str | None, epoch: str) -> int:
    if not cursor:
        return 0
    cur_epoch, _, seq = cursor.rpartition(":")
    if not cur_epoch or not seq.isdigit():
        raise ApiError(400, p.ERR_BAD_REQUEST, "The cursor is not one this server issued.")
    if cur_epoch != epoch:
        raise ApiError(410, p.ERR_CURSOR_EXPIRED,
                       "The server was restored or reset; pull again from the beginning.")
    return int(seq)


def make_cursor(epoch: str, seq: int) -> str:
    return f"{epoch}:{seq}"


def pull(db: Database, who: Principal, since: str | None, limit: int) -> Response:
    """The pull page as a ready JSON body. Each change's payload is already JSON text in
    the database: it is spliced in as it is, not parsed and re-encoded (nor validated
    against the response model) once per row, which was most of the server's time."""
    rows, has_more, cursor, epoch = _page(db, who, since, limit)
    parts = [f'{{"seq":{int(r.seq)},"kind":{_quote(r.kind)},"record_id":{_quote(r.record_id)},'
             f'"action":{_quote(r.action)},"version":{int(r.version)},'
             f'"payload":{r.payload if r.payload is not None else "null"}}}' for r in rows]
    body = (f'{{"changes":[{",".join(parts)}],"next_cursor":{_quote(cursor)},'
            f'"has_more":{"true" if has_more else "false"},"server_epoch":{_quote(epoch)}}}')
    return Response(body.encode(), media_type="application/json")


def pull_page(db: Database, who: Principal, since: str | None, limit: int) -> dict[str, Any]:
    """The same page as a dict (for callers in this process)."""
    rows, has_more, cursor, epoch = _page(db, who, since, limit)
    changes = [{"seq": r.seq, "kind": r.kind, "record_id": r.record_id, "action": r.action,
                "version": r.version,
                "payload": json.loads(r.payload) if r.payload is not None else None}
               for r in rows]
    return {"changes": changes, "next_cursor": cursor, "has_more": has_more,
            "server_epoch": epoch}


def _page(db: Database, who: Principal, since: str | None,
          limit: int) -> tuple[list[Any], bool, str, str]:
    """One query for the page: (rows, has_more, next cursor, epoch)."""
    limit = max(1, min(limit, MAX_LIMIT))
    cols = m.changes.c
    with db.read() as conn:
        epoch = get_meta(conn, "epoch") or ""
        start = parse_cursor(since, epoch)
        # Every seq up to the committed counter value is committed (writers hold
        # the counter lock until commit), so a hub may skip past other hubs'
        # changes up to it without ever missing a late commit.
        ceiling = int(conn.execute(select(m.seq_counter.c.value)
                                   .where(m.seq_counter.c.id == 1)).scalar_one())
        q = (select(cols.seq, cols.kind, cols.record_id, cols.action, cols.version,
                    cols.payload)
             .where(cols.seq > start, cols.seq <= ceiling).order_by(cols.seq).limit(limit + 1))
        if not who.is_admin:
            q = q.where(or_(cols.hub_id.is_(None), cols.hub_id == who.hub_id),
                        or_(cols.origin_device.is_(None), cols.origin_device != who.id))
        rows = conn.execute(q).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1].seq if has_more else max(ceiling, start)
    if not has_more and rows:
        last = max(last, rows[-1].seq)
    return rows, has_more, make_cursor(epoch, last), epoch


def reconcile(db: Database, hub_id: str) -> dict[str, Any]:
    ids: dict[str, list[str]] = {}
    with db.read() as conn:
        rows = conn.execute(select(m.records.c.kind, m.records.c.record_id).where(
            m.records.c.hub_id == hub_id, m.records.c.kind.in_(sorted(p.PUSH_KINDS))))
        for kind, rid in rows:
            ids.setdefault(kind, []).append(rid)
    return {"kinds": {k: {"count": len(v), "hash": p.ids_hash(v)} for k, v in sorted(ids.items())}}


def get_record(db: Database, who: Principal, kind: str, record_id: str) -> dict[str, Any]:
    """One record, if the caller may see it (another hub's record is simply not found)."""
    with db.read() as conn:
        row = conn.execute(select(m.records).where(m.records.c.kind == kind,
                                                   m.records.c.record_id == record_id)).first()
    if row is None or (kind in p.HUB_KINDS and not who.is_admin and row.hub_id != who.hub_id):
        raise ApiError(404, p.ERR_NOT_FOUND, "No such record.")
    return record_out(row)


def record_out(row: Any) -> dict[str, Any]:
    return {"kind": row.kind, "record_id": row.record_id, "hub_id": row.hub_id,
            "version": row.version, "deleted": bool(row.deleted),
            "payload": json.loads(row.payload) if row.payload is not None else None,
            "updated_at": row.updated_at}
