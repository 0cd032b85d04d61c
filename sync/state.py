"""The sync client's own state in the local database (table ``sync_state``).

Never holds the device token: that is in the OS keyring (``sync.credentials``).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from accesspoint.db import transaction

SERVER_URL = "server_url"
HUB_ID = "hub_id"
HUB_NAME = "hub_name"
DEVICE_ID = "device_id"
CURSOR = "cursor"
EPOCH = "server_epoch"
LAST_SYNC = "last_sync_at"
LAST_ATTEMPT = "last_attempt_at"
LAST_ERROR = "last_error"
LAST_SUMMARY = "last_summary"
CA_BUNDLE = "ca_bundle"
PROXY = "proxy"
REMIND_DAYS = "remind_after_days"
BACKGROUND = "background_sync"
ENROLLED_AT = "enrolled_at"

DEFAULT_REMIND_DAYS = 3


def get(conn: sqlite3.Connection, key: str, default: Any = None) -> Any:
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else default


def put(conn: sqlite3.Connection, key: str, value: Any) -> None:
    """Set one key; joins the caller's transaction if there is one."""
    with transaction(conn):
        if value is None:
            conn.execute("DELETE FROM sync_state WHERE key = ?", (key,))
        else:
            conn.execute(
                "INSERT INTO sync_state (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )


def put_many(conn: sqlite3.Connection, values: dict[str, Any]) -> None:
    with transaction(conn):
        for key, value in values.items():
            put(conn, key, value)


@dataclass(frozen=True)
class Connection:
    """How to reach the council server (no secret in here)."""

    server_url: str
    ca_bundle: str | None = None
    proxy: str | None = None


def connection(conn: sqlite3.Connection) -> Connection | None:
    url = get(conn, SERVER_URL)
    if not url:
        return None
    return Connection(url, get(conn, CA_BUNDLE) or None, get(conn, PROXY) or None)


def is_enrolled(conn: sqlite3.Connection) -> bool:
    return bool(get(conn, SERVER_URL)) and bool(get(conn, DEVICE_ID))
