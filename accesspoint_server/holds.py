"""Legal holds and the council's own audit trail (issue 7).

A legal hold exempts a record from retention. Holds come from two places:
- a council admin (``accesspoint-server legal-hold place KIND ID --reason ...``),
  kept in ``legal_holds``;
- a coordinator on a hub: the app records ``legal_hold`` audit events (detail
  ``placed``/``released``) and audit events sync up, so the newest such event for a
  record says whether the hub holds it. No new protocol kind is needed.

A council hold also travels to the hubs at pull, as a ``legal_hold`` change (record
id: the hold's id; version 1 placed, 2 released), so a hub's own retention skips the
record too and a release reaches it (sync/holds_apply.py stores it in the hub's
``legal_holds``). It goes to the hub that owns the record (every hub for a member, or
for a record the server has not seen); it carries no reason and no name.

The server audit trail (``server_audit``) holds record ids and counts only, never
names or free text, like the hubs' audit trail.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import Connection, select, update

from sync import protocol as p

from . import models as m
from .db import Database, among
from .records import RecordStore
from .timeutil import now_iso

HOLD_KINDS = ("person", "enquiry", "member")
HOLD_FEED_KIND = "legal_hold"  # a council hold, as the hubs pull it
MAX_REASON = 500


def audit(conn: Connection, actor: str, action: str, kind: str = "", record_id: str = "",
          detail: str = "") -> None:
    conn.execute(m.server_audit.insert().values(
        id=str(uuid.uuid4()), at=now_iso(), actor=actor[:200], action=action[:40],
        kind=kind[:40], record_id=record_id[:64], detail=detail[:500]))


def audit_rows(db: Database, record_id: str | None = None,
               action: str | None = None) -> list[dict[str, Any]]:
    q = select(m.server_audit).order_by(m.server_audit.c.at, m.server_audit.c.id)
    if record_id:
        q = q.where(m.server_audit.c.record_id == record_id)
    if action:
        q = q.where(m.server_audit.c.action == action)
    with db.read() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def place_hold(db: Database, actor: str, kind: str, record_id: str, reason: str) -> str:
    if kind not in HOLD_KINDS:
        raise ValueError(f"a legal hold applies to: {', '.join(HOLD_KINDS)}")
    reason = (reason or "").strip()
    if not reason or len(reason) > MAX_REASON:
        raise ValueError(f"say why the record is held (at most {MAX_REASON} characters)")
    if not record_id or len(record_id) > 64:
        raise ValueError("give the record id")
    hold_id = str(uuid.uuid4())
    with db.write() as conn:
        placed_at = now_iso()
        conn.execute(m.legal_holds.insert().values(
            id=hold_id, kind=kind, record_id=record_id, reason=reason, placed_by=actor[:200],
            placed_at=placed_at))
        audit(conn, actor, "legal_hold", kind, record_id, "placed")
        publish(conn, hold_id, kind, record_id, placed_at, None)
    return hold_id


def release_hold(db: Database, actor: str, hold_id: str) -> None:
    with db.write() as conn:
        row = conn.execute(select(m.legal_holds).where(m.legal_holds.c.id == hold_id)).first()
        if row is None or row.released_at is not None:
            raise ValueError(f"no active legal hold {hold_id}")
        released_at = now_iso()
        conn.execute(update(m.legal_holds).where(m.legal_holds.c.id == hold_id)
                     .values(released_by=actor[:200], released_at=released_at))
        audit(conn, actor, "legal_hold", row.kind, row.record_id, "released")
        publish(conn, hold_id, row.kind, row.record_id, row.placed_at, released_at)


def publish_unsent(db: Database) -> int:
    """Send the hubs every active council hold that has no feed row yet (placed by a
    server older than this): run at each migrate; nothing to do the second time."""
    with db.write() as conn:
        active = conn.execute(select(m.legal_holds).where(
            m.legal_holds.c.released_at.is_(None))).all()
        if not active:
            return 0
        sent = {r for (r,) in conn.execute(select(m.changes.c.record_id).where(
            m.changes.c.kind == HOLD_FEED_KIND,
            among(conn, m.changes.c.record_id, [h.id for h in active])))}
        todo = [h for h in active if h.id not in sent]
        for h in todo:
            publish(conn, h.id, h.kind, h.record_id, h.placed_at, None)
    return len(todo)


def publish(conn: Connection, hold_id: str, kind: str, record_id: str, placed_at: str,
            released_at: str | None) -> None:
    """The hold's feed row for the hubs (inside the caller's write transaction)."""
    owner = conn.execute(select(m.records.c.hub_id).where(
        m.records.c.kind == kind, m.records.c.record_id == record_id)).scalar()
    visible_to = owner if kind in p.HUB_KINDS else None
    store = RecordStore(conn, now_iso())
    store.emit(HOLD_FEED_KIND, hold_id, visible_to, None, "upsert",
               1 if released_at is None else 2,
               {"id": hold_id, "kind": kind, "record_id": record_id, "placed_at": placed_at,
                "released_at": released_at, "source": "council"})
    store.flush_changes()


def list_holds(db: Database) -> list[dict[str, Any]]:
    """Every active hold, the council's and the hubs'."""
    with db.read() as conn:
        out = [{"hold_id": r.id, "kind": r.kind, "record_id": r.record_id, "reason": r.reason,
                "placed_by": r.placed_by, "placed_at": r.placed_at, "source": "council"}
               for r in conn.execute(select(m.legal_holds).where(
                   m.legal_holds.c.released_at.is_(None)).order_by(m.legal_holds.c.placed_at))]
        for (kind, record_id), ev in _hub_hold_events(conn).items():
            if ev["detail"] == "placed":
                out.append({"hold_id": None, "kind": kind, "record_id": record_id,
                            "reason": "", "placed_by": ev.get("user_id") or "",
                            "placed_at": ev.get("created_at") or "",
                            "source": f"hub:{ev.get('hub_id') or ''}"})
    return out


def _hub_hold_events(conn: Connection) -> dict[tuple[str, str], dict[str, Any]]:
    """The newest ``legal_hold`` audit event per record, from every hub."""
    newest: dict[tuple[str, str], dict[str, Any]] = {}
    rows = conn.execute(select(m.records.c.payload).where(
        m.records.c.kind == "audit_event", m.records.c.deleted.is_(False),
        m.records.c.payload.like('%"legal_hold"%')))
    for (text,) in rows:
        ev = json.loads(text or "{}")
        if ev.get("action") != "legal_hold" or not ev.get("record_id"):
            continue
        key = (str(ev.get("kind") or ""), str(ev["record_id"]))
        if key not in newest or str(ev.get("created_at") or "") >= str(
                newest[key].get("created_at") or ""):
            newest[key] = ev
    return newest


def held(conn: Connection) -> set[tuple[str, str]]:
    """(kind, record_id) of every record under an active hold."""
    out = {(r.kind, r.record_id) for r in conn.execute(
        select(m.legal_holds.c.kind, m.legal_holds.c.record_id)
        .where(m.legal_holds.c.released_at.is_(None)))}
    out |= {key for key, ev in _hub_hold_events(conn).items() if ev.get("detail") == "placed"}
    return out
