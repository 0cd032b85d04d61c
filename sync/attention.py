"""The Needs attention list: conflicts, rejections and overdrawn balances.

Every item keeps both versions. The coordinator chooses:
- keep mine: queue our version again with the server's version as its base;
- take theirs: apply the server's record here;
- resend (a rejected op, after fixing the record): queue it again under a new op id;
- dismiss (an overdrawn balance already followed up, a rejected op not wanted).
Items are never deleted, only marked resolved with the choice, for the record.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from accesspoint import outbox
from accesspoint.clock import utcnow_iso
from accesspoint.db import transaction
from accesspoint.errors import NotFoundError, ValidationError
from sync import appliers, reasons, reconcile
from sync import protocol as p
from sync.pull import hold

KEEP_MINE = "keep_mine"
TAKE_THEIRS = "take_theirs"
RESEND = "resend"
DISMISS = "dismiss"


def _item(row: sqlite3.Row) -> dict[str, Any]:
    item = dict(row)
    item["local_payload"] = json.loads(row["local_payload"])
    item["server_record"] = json.loads(row["server_record"]) if row["server_record"] else None
    item["changed"] = json.loads(row["changed"]) if row["changed"] else None
    item["flags"] = json.loads(row["flags"] or "[]")
    return item


def open_items(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT * FROM sync_attention WHERE resolved_at IS NULL"
                        " ORDER BY created_at, id")
    return [_item(r) for r in rows]


def get_item(conn: sqlite3.Connection, item_id: str) -> dict[str, Any]:
    row = conn.execute("SELECT * FROM sync_attention WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"No item {item_id} in the Needs attention list.")
    return _item(row)


def differing_fields(item: dict[str, Any]) -> list[str]:
    mine, theirs = item["local_payload"] or {}, item["server_record"] or {}
    skip = {"version", "updated_at", "created_at", "created_by", "hub_id"}
    return sorted(k for k in mine.keys() | theirs.keys()
                  if k not in skip and mine.get(k) != theirs.get(k))


def choices(item: dict[str, Any]) -> list[str]:
    if item["resolved_at"]:
        return []
    if item["status"] == "conflict":
        return [KEEP_MINE, TAKE_THEIRS]
    if item["status"] == "rejected":
        return [RESEND, DISMISS]
    return [DISMISS]


def resolve(conn: sqlite3.Connection, item_id: str, choice: str) -> dict[str, Any]:
    with transaction(conn):
        item = get_item(conn, item_id)
        if choice not in choices(item):
            raise ValidationError({"choice": "That choice is not available for this item."})
        if choice == KEEP_MINE:
            _keep_mine(conn, item)
        elif choice == TAKE_THEIRS:
            _take_theirs(conn, item)
        elif choice == RESEND:
            _resend(conn, item)
        conn.execute("UPDATE sync_attention SET resolved_at = ?, resolution = ? WHERE id = ?",
                     (utcnow_iso(), choice, item_id))
    return get_item(conn, item_id)


def _keep_mine(conn: sqlite3.Connection, item: dict[str, Any]) -> None:
    payload = dict(item["local_payload"])
    fields = item["changed"] or differing_fields(item) or None
    outbox.enqueue(conn, item["kind"], item["record_id"], payload, action=item["action"],
                   base_version=item["server_version"], changed=fields)
    if item["server_version"] is not None:
        # Our row becomes "the server's version plus our change".
        appliers.set_local_version(conn, item["kind"], item["record_id"],
                                   item["server_version"])


def _take_theirs(conn: sqlite3.Connection, item: dict[str, Any]) -> None:
    change = {"kind": item["kind"], "record_id": item["record_id"], "action": "upsert",
              "version": item["server_version"], "payload": item["server_record"] or {}}
    if item["server_record"] is None:
        change["action"] = "delete"
    if outbox.has_pending(conn, item["kind"], item["record_id"]):
        raise ValidationError("This record has another local change waiting to be sent; "
                              "sync first, then choose.")
    conn.execute("SAVEPOINT take_theirs")
    try:
        appliers.apply_change(conn, change)
        conn.execute("RELEASE take_theirs")
    except appliers.NoApplierError:
        conn.execute("ROLLBACK TO take_theirs")
        conn.execute("RELEASE take_theirs")
        hold(conn, change, reasons.took_theirs_no_applier())
    conn.execute(
        "INSERT INTO sync_pulled (kind, record_id, version) VALUES (?, ?, ?)"
        " ON CONFLICT(kind, record_id) DO UPDATE SET version = MAX(version, excluded.version)",
        (item["kind"], item["record_id"], item["server_version"] or 0))


def _resend(conn: sqlite3.Connection, item: dict[str, Any]) -> None:
    """Queue again under a new op id, from the record as it is now if it was fixed."""
    payload = item["local_payload"]
    action = item["action"]
    if action != p.ACTION_DELETE:
        found = reconcile._rebuild(conn, reconcile.REBUILDERS.get(item["kind"]), item["kind"],
                                   item["record_id"], action)
        if found is not None:
            payload = found[1]
    outbox.enqueue(conn, item["kind"], item["record_id"], payload, action=action,
                   base_version=item["base_version"] if action == p.ACTION_UPSERT else None,
                   changed=item["changed"])
