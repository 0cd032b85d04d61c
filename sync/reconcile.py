"""Reconcile: prove after a sync that the server holds every record we were told it holds.

The server answers per kind the count and a hash of the ids it holds for this
hub. The local side is the ids of records acknowledged to this device (and
this hub's records pulled from its other computers). A kind that differs is
re-pushed: each acknowledged record is rebuilt from its current local row and
queued again under a new op id. The server answers "duplicate" for what it
has and applies what it lost; nothing is ever overwritten wholesale.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from accesspoint import outbox
from accesspoint.db import transaction
from sync import appliers, state
from sync import protocol as p
from sync.transport import Transport

log = logging.getLogger(__name__)

Rebuilt = tuple[str, dict[str, Any]]  # (action, payload)
AGREED = "reconcile_agreed"  # fingerprint of the server's answer when both sides agreed


@dataclass
class ReconcileResult:
    ok: bool = True
    mismatched: list[str] = field(default_factory=list)
    requeued: int = 0
    cannot_rebuild: dict[str, int] = field(default_factory=dict)


def local_ids(conn: sqlite3.Connection) -> dict[str, list[str]]:
    found: dict[str, set[str]] = {}
    # Two indexed reads merged here: cheaper than a UNION (a sort) over every pulled row.
    for sql in ("SELECT kind, record_id FROM sync_acked WHERE created_here = 1",
                "SELECT kind, record_id FROM sync_pulled WHERE own_hub = 1"):
        for kind, rid in conn.execute(sql):
            if kind in p.PUSH_KINDS:
                found.setdefault(kind, set()).add(rid)
    return {k: list(v) for k, v in found.items()}


def local_summary(conn: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    return {k: {"count": len(v), "hash": p.ids_hash(v)} for k, v in local_ids(conn).items()}


def compare(conn: sqlite3.Connection, server: dict[str, Any]) -> list[str]:
    """Kinds where this device knows of a record the server does not count."""
    mine = local_summary(conn)
    theirs = server.get("kinds") or {}
    bad = []
    for kind, ours in sorted(mine.items()):
        other = theirs.get(kind) or {"count": 0, "hash": ""}
        # More on the server is fine (this hub's other computers); fewer, or the
        # same count with other ids, means something we sent is missing there.
        if other.get("count", 0) < ours["count"] or (
                other.get("count") == ours["count"] and other.get("hash") != ours["hash"]):
            bad.append(kind)
    return bad


def reconcile(conn: sqlite3.Connection, transport: Transport, *,
              changed_here: bool = True) -> ReconcileResult:
    answer = transport.request("GET", p.RECONCILE_PATH)
    answer = answer if isinstance(answer, dict) else {}
    fingerprint = p.payload_hash(answer.get("kinds") or {})
    if not changed_here and state.get(conn, AGREED) == fingerprint:
        # Nothing acknowledged here since both sides last agreed, and the server
        # holds what it held then: no need to hash every local id again.
        return ReconcileResult()
    bad = compare(conn, answer)
    result = ReconcileResult(ok=not bad, mismatched=bad)
    state.put(conn, AGREED, fingerprint if not bad else None)
    for kind in bad:
        queued, missing = requeue_kind(conn, kind)
        result.requeued += queued
        if missing:
            result.cannot_rebuild[kind] = missing
    if bad:
        log.info("sync: reconcile found differences in %s; re-queued %d records",
                 ", ".join(bad), result.requeued)
    return result


def requeue_kind(conn: sqlite3.Connection, kind: str) -> tuple[int, int]:
    """Queue every acknowledged record of a kind again (skipping ones already queued)."""
    rebuild = REBUILDERS.get(kind)
    rows = conn.execute(
        "SELECT a.record_id, a.version, a.action FROM sync_acked a WHERE a.kind = ?"
        " AND a.created_here = 1", (kind,)).fetchall()
    queued = missing = 0
    with transaction(conn):
        for rid, version, action in rows:
            if outbox.has_pending(conn, kind, rid):
                continue  # it is going up anyway
            op = _rebuild(conn, rebuild, kind, rid, action)
            if op is None:
                missing += 1
                continue
            op_action, payload = op
            outbox.enqueue(conn, kind, rid, payload, action=op_action,
                           base_version=version if op_action == p.ACTION_UPSERT else None)
            queued += 1
    return queued, missing


def _rebuild(conn: sqlite3.Connection, rebuild: Callable[..., Rebuilt | None] | None,
             kind: str, record_id: str, last_action: str) -> Rebuilt | None:
    if last_action == p.ACTION_DELETE:
        return (p.ACTION_DELETE, {})
    if rebuild is None:
        try:
            fn = appliers._lazy(_EXTERNAL.get(kind, "accesspoint.timebank.sync_apply"),
                                "rebuild_payload")
        except appliers.NoApplierError:
            return None
        found = fn(conn, kind, record_id)
        return (last_action, found) if found is not None else None
    return rebuild(conn, record_id, last_action)


def _row(table: str, drop: tuple[str, ...] = ()) -> Callable[..., Rebuilt | None]:
    def rebuild(conn: sqlite3.Connection, record_id: str, action: str) -> Rebuilt | None:
        row = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            return None
        return (action, outbox.row_payload(row, drop=drop))
    return rebuild


def _enquiry(conn: sqlite3.Connection, record_id: str, action: str) -> Rebuilt | None:
    from accesspoint.enquiries import get_enquiry
    from accesspoint.errors import NotFoundError

    try:
        return (action, get_enquiry(conn, record_id))
    except NotFoundError:
        return None


def _audit(conn: sqlite3.Connection, record_id: str, action: str) -> Rebuilt | None:
    row = conn.execute("SELECT * FROM audit_events WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        return None
    # The same shape accesspoint.security.audit.record queues.
    event = dict(row)
    return (action, {**event, "created_by": event["user_id"], "updated_at": event["created_at"]})


# Kinds whose queued payload is their table row. The time bank offers
# accesspoint.timebank.sync_apply.rebuild_payload for its own kinds.
REBUILDERS: dict[str, Callable[..., Rebuilt | None]] = {
    "person": _row("people", drop=("phone_digits", "postcode_key")),
    "enquiry": _enquiry,
    "enquiry_note": _row("enquiry_notes"),
    "consent_event": _row("consent_events"),
    "referral": _row("referrals"),
    "referral_event": _row("referral_events"),
    "directory_report": _row("directory_reports"),
    "audit_event": _audit,
}

# Where other parts may offer rebuild_payload(conn, kind, record_id) -> dict | None.
_EXTERNAL = {
    "local_service": "accesspoint.directory.sync_rebuild",
    "signposting": "accesspoint.directory.sync_rebuild",
}
