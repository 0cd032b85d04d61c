"""Drafts of forms being filled in, saved as the volunteer types, so a crash or an
accidental close loses nothing. Local only: drafts never sync."""

from __future__ import annotations

import sqlite3

from accesspoint.clock import utcnow_iso
from accesspoint.db import transaction


def save(conn: sqlite3.Connection, key: str, payload: str) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO drafts (key, updated_at, payload) VALUES (?, ?, ?)"
            " ON CONFLICT(key) DO UPDATE SET updated_at = excluded.updated_at,"
            " payload = excluded.payload",
            (key, utcnow_iso(), payload),
        )


def load(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT payload FROM drafts WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def discard(conn: sqlite3.Connection, key: str) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM drafts WHERE key = ?", (key,))


def keys(conn: sqlite3.Connection, prefix: str = "") -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT key FROM drafts WHERE key >= ? AND key < ? ORDER BY updated_at DESC",
            (prefix, prefix + "\U0010ffff"),
        )
    ]
