"""What the status bar and `accesspoint sync status` show: cheap reads, no network."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

from accesspoint import outbox
from sync import state


def _parse(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def last_sync(conn: sqlite3.Connection) -> datetime | None:
    """When the last sync finished successfully (UTC), or None if never."""
    return _parse(state.get(conn, state.LAST_SYNC))


def pending_count(conn: sqlite3.Connection) -> int:
    """Local changes not yet acknowledged by the council server."""
    return outbox.pending_count(conn)


def attention_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM sync_attention WHERE resolved_at IS NULL"
                        ).fetchone()[0]


def unapplied_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM sync_unapplied").fetchone()[0]


def unapplied_items(conn: sqlite3.Connection, limit: int = 500) -> list[dict[str, Any]]:
    """Pulled changes kept back (oldest first) with why, for the coordinator to see:
    they are retried at every sync, but nothing waits out of sight."""
    rows = conn.execute(
        "SELECT kind, record_id, action, reason, received_at FROM sync_unapplied"
        " ORDER BY received_at, kind, record_id LIMIT ?", (limit,)).fetchall()
    return [{"kind": r[0], "record_id": r[1], "action": r[2], "reason": r[3],
             "received_at": r[4]} for r in rows]


def remind_after_days(conn: sqlite3.Connection) -> int:
    return int(state.get(conn, state.REMIND_DAYS, state.DEFAULT_REMIND_DAYS))


def overdue(conn: sqlite3.Connection, now: datetime | None = None) -> bool:
    """True when the hub is enrolled and has not synced for the reminder period."""
    if not state.is_enrolled(conn):
        return False
    now = now or datetime.now(UTC)
    last = last_sync(conn) or _parse(state.get(conn, state.ENROLLED_AT))
    return last is None or now - last > timedelta(days=remind_after_days(conn))


def summary(conn: sqlite3.Connection) -> dict[str, Any]:
    last = last_sync(conn)
    return {
        "enrolled": state.is_enrolled(conn),
        "server_url": state.get(conn, state.SERVER_URL),
        "hub_name": state.get(conn, state.HUB_NAME),
        "last_sync": last.isoformat() if last else None,
        "pending": pending_count(conn),
        "needs_attention": attention_count(conn),
        "waiting_to_apply": unapplied_count(conn),
        "overdue": overdue(conn),
        "remind_after_days": remind_after_days(conn),
        "last_error": state.get(conn, state.LAST_ERROR),
        "last_summary": state.get(conn, state.LAST_SUMMARY),
    }
