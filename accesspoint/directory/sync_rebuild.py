"""Payloads of this hub's directory records as they would be queued now, for the sync
reconcile (sync.reconcile re-pushes a kind the server holds fewer of than we sent)."""

from __future__ import annotations

import sqlite3
from typing import Any

from accesspoint.directory import local


def rebuild_payload(conn: sqlite3.Connection, kind: str, record_id: str
                    ) -> dict[str, Any] | None:
    if kind == "local_service":
        return local.rebuild_payload(conn, record_id)
    if kind == "signposting":
        # This app keeps signposts as referrals of kind 'signpost' (sent as `referral`);
        # a `signposting` record pulled from another client was stored the same way.
        row = conn.execute("SELECT * FROM referrals WHERE id = ? AND kind = 'signpost'",
                           (record_id,)).fetchone()
        return dict(row) if row is not None else None
    return None
