"""The audit trail: who created, viewed, edited, exported, printed or erased
personal data, and who signed in or failed to.

Append-only (database triggers refuse UPDATE and DELETE), synced to the council
as `audit_event` appends. An event names a record by kind and id only; it never
carries names, text or other personal data, so the trail itself needs no
retention run and can be shown to any coordinator.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from accesspoint import outbox
from accesspoint.clock import utcnow, utcnow_iso
from accesspoint.context import Actor
from accesspoint.db import transaction
from accesspoint.ids import new_id
from accesspoint.security.permissions import require

ACTIONS = (
    "created", "viewed", "edited", "exported", "printed", "erased", "anonymised",
    "merged", "subject_access", "rectified", "consent_withdrawn",
    "sign_in", "sign_out", "sign_in_failed", "locked_out", "screen_locked",
    "user_added", "user_changed", "settings_changed", "legal_hold",
    "backup", "restore", "cli_command", "retention_run",
)
MAX_DETAIL = 200
# One "viewed" per user and record in this window: opening the same person five
# times while helping them is one event, not five.
VIEW_DEDUP = timedelta(minutes=10)


def record(conn: sqlite3.Connection, actor: Actor, action: str, kind: str = "",
           record_id: str = "", detail: str = "") -> dict[str, Any]:
    """Append one event (in the caller's transaction, if any) and queue it for sync."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    now = utcnow_iso()
    event = {
        "id": new_id(),
        "hub_id": actor.hub_id,
        "user_id": actor.user_id,
        "role": actor.role,
        "via_cli": 1 if actor.via_cli else 0,
        "action": action,
        "kind": kind[:40],
        "record_id": record_id[:64],
        "detail": detail[:MAX_DETAIL],
        "created_at": now,
    }
    with transaction(conn):
        conn.execute(
            "INSERT INTO audit_events (id, hub_id, user_id, role, via_cli, action, kind,"
            " record_id, detail, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            tuple(event.values()),
        )
        payload = {**event, "created_by": actor.user_id, "updated_at": now}
        outbox.enqueue(conn, "audit_event", event["id"], payload, action="append")
    return event


def viewed(conn: sqlite3.Connection, actor: Actor, kind: str, record_id: str) -> None:
    """Record that `actor` opened a record, at most once per VIEW_DEDUP."""
    since = (utcnow() - VIEW_DEDUP).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    recent = conn.execute(
        "SELECT 1 FROM audit_events WHERE user_id = ? AND action = 'viewed' AND kind = ?"
        " AND record_id = ? AND created_at >= ? LIMIT 1",
        (actor.user_id, kind, record_id, since),
    ).fetchone()
    if recent is None:
        record(conn, actor, "viewed", kind, record_id)


@dataclass
class AuditFilter:
    user_id: str | None = None
    action: str | None = None
    kind: str | None = None
    record_id: str | None = None
    since: str | None = None  # UTC ISO, inclusive
    until: str | None = None  # UTC ISO, exclusive
    limit: int = 500


def query(conn: sqlite3.Connection, actor: Actor,
          flt: AuditFilter | None = None) -> list[dict[str, Any]]:
    """Events newest first, for the coordinators' audit viewer."""
    require(actor, "audit.view")
    flt = flt or AuditFilter()
    where: list[str] = []
    args: list[Any] = []
    for column, value in (("a.user_id", flt.user_id), ("a.action", flt.action),
                          ("a.kind", flt.kind), ("a.record_id", flt.record_id)):
        if value:
            where.append(f"{column} = ?")
            args.append(value)
    if flt.since:
        where.append("a.created_at >= ?")
        args.append(flt.since)
    if flt.until:
        where.append("a.created_at < ?")
        args.append(flt.until)
    sql = (
        "SELECT a.*, u.display_name AS user_name FROM audit_events a"  # nosec B608 - fixed
        # clauses above; every value is a bound parameter
        " LEFT JOIN users u ON u.id = a.user_id"
        + (f" WHERE {' AND '.join(where)}" if where else "")
        + " ORDER BY a.seq DESC LIMIT ?"
    )
    args.append(max(1, min(int(flt.limit), 10_000)))
    return [dict(r) for r in conn.execute(sql, args)]


def events_for(conn: sqlite3.Connection, kind: str, record_id: str) -> list[dict[str, Any]]:
    """Who touched one record (used by subject access: residents may ask who saw them)."""
    return [
        dict(r) for r in conn.execute(
            "SELECT a.action, a.created_at, a.role, u.display_name AS user_name"
            " FROM audit_events a LEFT JOIN users u ON u.id = a.user_id"
            " WHERE a.kind = ? AND a.record_id = ? ORDER BY a.seq", (kind, record_id))
    ]
