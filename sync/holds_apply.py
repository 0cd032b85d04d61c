"""A legal hold the council placed (or released) on one of this hub's records,
pulled as a ``legal_hold`` change (accesspoint_server/holds.py).

Stored in the device's own ``legal_holds`` table under the council's hold id, so the
hub's retention and erasure (accesspoint.security.retention.on_hold) skip the record
exactly as for a hold placed here; a release sets ``released_at``. The row is marked
as the council's (``placed_by``), and the hub cannot release it (retention.release_hold
refuses): only the council can. No audit event is recorded for it here: audit events
sync up, and the server would then count it as a hub's own hold.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from accesspoint.clock import utcnow_iso
from accesspoint.security.retention import COUNCIL_HOLD, COUNCIL_HOLD_REASON

KINDS = ("person", "enquiry", "member")


def apply_hold(conn: sqlite3.Connection, change: dict[str, Any]) -> None:
    payload = change.get("payload") or {}
    kind, record_id = payload.get("kind"), payload.get("record_id")
    if kind not in KINDS or not isinstance(record_id, str) or not 0 < len(record_id) <= 64:
        raise ValueError("a legal hold names a person, enquiry or member by id")
    placed_at = str(payload.get("placed_at") or utcnow_iso())
    released_at = payload.get("released_at")
    if change.get("action") == "delete" and not released_at:
        released_at = utcnow_iso()
    released_at = str(released_at) if released_at else None
    conn.execute(
        "INSERT INTO legal_holds (id, kind, record_id, reason, placed_by, placed_at,"
        " released_by, released_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET released_by = excluded.released_by,"
        " released_at = excluded.released_at",
        (change["record_id"], kind, record_id, COUNCIL_HOLD_REASON, COUNCIL_HOLD, placed_at,
         COUNCIL_HOLD if released_at else None, released_at))
