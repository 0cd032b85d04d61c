"""Calls into other parts when the server acknowledged our records (lazy imports)."""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from accesspoint import outbox
from sync import appliers, reasons

log = logging.getLogger(__name__)


def transfers_synced(conn: sqlite3.Connection, ids: list[str]) -> None:
    """Tell the time bank its transfers reached the council (balance = server + unsynced)."""
    try:
        fn = appliers._lazy("accesspoint.timebank.sync_apply", "mark_transfers_synced")
    except appliers.NoApplierError:
        return  # no local ledger to mark
    fn(conn, ids)


def upsert_acknowledged(conn: sqlite3.Connection, kind: str, record_id: str,
                        version: int | None, server_record: dict[str, Any] | None) -> None:
    """Our upsert was applied: take the server's version (and merged record) locally.

    Only when no newer local edit of the record is still queued: that edit will
    be pushed and answered in its turn, and must not be overwritten here.
    """
    if version is None or outbox.has_pending(conn, kind, record_id):
        return
    if server_record is not None:
        # A merge with another hub's edit of other fields: show the merged record.
        conn.execute("SAVEPOINT ack_merge")
        try:
            appliers.apply_change(conn, {"kind": kind, "record_id": record_id,
                                         "action": "upsert", "version": version,
                                         "payload": server_record})
            conn.execute("RELEASE ack_merge")
            return
        except Exception as exc:  # noqa: BLE001 - a merge display must never lose the ack
            conn.execute("ROLLBACK TO ack_merge")
            conn.execute("RELEASE ack_merge")
            log.warning("sync: could not show the merged %s locally: %s", kind,
                        type(exc).__name__)
            from sync.pull import hold

            hold(conn, {"kind": kind, "record_id": record_id, "action": "upsert",
                        "version": version, "payload": server_record},
                 reasons.merge_not_applied(exc))
    appliers.set_local_version(conn, kind, record_id, version)
