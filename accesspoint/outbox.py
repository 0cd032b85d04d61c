"""The sync outbox: every local change that must reach the council.

`enqueue` must be called inside the same transaction as the change itself, so
a change and its outbox entry are committed (or lost) together.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

from accesspoint.clock import utcnow_iso
from accesspoint.ids import new_id


def enqueue(
    conn: sqlite3.Connection,
    kind: str,
    record_id: str,
    payload: Mapping[str, Any],
    *,
    action: str = "upsert",
    base_version: int | None = None,
    changed: Iterable[str] | None = None,
) -> str:
    if not conn.in_transaction:
        raise RuntimeError("outbox.enqueue must run inside the change's own transaction")
    op_id = new_id()
    conn.execute(
        "INSERT INTO outbox (op_id, kind, record_id, action, base_version, changed, payload,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            op_id,
            kind,
            record_id,
            action,
            base_version,
            json.dumps(sorted(changed)) if changed is not None else None,
            json.dumps(dict(payload), ensure_ascii=False, sort_keys=True),
            utcnow_iso(),
        ),
    )
    return op_id


def pending_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0]


def has_pending(conn: sqlite3.Connection, kind: str, record_id: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM outbox WHERE kind = ? AND record_id = ? LIMIT 1", (kind, record_id)
    ).fetchone()
    return row is not None


def row_payload(row: sqlite3.Row, drop: Iterable[str] = ()) -> dict[str, Any]:
    skip = set(drop)
    return {k: row[k] for k in row.keys() if k not in skip}  # noqa: SIM118 (Row iterates values)
