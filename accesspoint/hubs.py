"""This device's hub and its users."""

from __future__ import annotations

import sqlite3
from typing import Any

from accesspoint import settings
from accesspoint.clock import utcnow_iso
from accesspoint.context import ROLES, Actor
from accesspoint.db import transaction
from accesspoint.errors import ValidationError, msg
from accesspoint.ids import new_id

CLI_USER_NAME = "Command line (coordinator)"


def create_hub(conn: sqlite3.Connection, name: str, kind: str = "community_centre",
               hub_id: str | None = None) -> dict[str, Any]:
    name = name.strip()
    if not name:
        raise ValidationError({"name": "Give the hub a name."})
    hub = {"id": hub_id or new_id(), "name": name, "kind": kind, "created_at": utcnow_iso()}
    with transaction(conn):
        conn.execute(
            "INSERT INTO hubs (id, name, kind, created_at) VALUES (?, ?, ?, ?)",
            tuple(hub.values()),
        )
        if settings.get(conn, "hub_id") is None:
            conn.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES ('hub_id', json_quote(?))",
                (hub["id"],),
            )
    return hub


def current_hub(conn: sqlite3.Connection) -> dict[str, Any] | None:
    hub_id = settings.get(conn, "hub_id")
    if hub_id is None:
        return None
    row = conn.execute("SELECT * FROM hubs WHERE id = ?", (hub_id,)).fetchone()
    return dict(row) if row else None


def ensure_hub(conn: sqlite3.Connection, default_name: str = "My hub") -> dict[str, Any]:
    return current_hub(conn) or create_hub(conn, default_name)


def add_user(conn: sqlite3.Connection, hub_id: str, display_name: str, role: str,
             user_id: str | None = None) -> dict[str, Any]:
    if role not in ROLES:
        raise ValidationError({"role": msg("Role must be one of {roles}.", roles=', '.join(ROLES))})
    if not display_name.strip():
        raise ValidationError({"display_name": "Give the user a name."})
    user = {
        "id": user_id or new_id(), "hub_id": hub_id, "display_name": display_name.strip(),
        "role": role, "created_at": utcnow_iso(),
    }
    with transaction(conn):
        conn.execute(
            "INSERT INTO users (id, hub_id, display_name, role, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            tuple(user.values()),
        )
    return user


def users(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute("SELECT * FROM users WHERE active = 1 ORDER BY "
                                          "display_name")]


def user_name(conn: sqlite3.Connection, user_id: str) -> str:
    row = conn.execute("SELECT display_name FROM users WHERE id = ?", (user_id,)).fetchone()
    return row[0] if row else user_id


def cli_actor(conn: sqlite3.Connection) -> Actor:
    """The command line acts as a coordinator, under a user of its own (so audits name it)."""
    hub = ensure_hub(conn)
    row = conn.execute(
        "SELECT id FROM users WHERE hub_id = ? AND display_name = ?", (hub["id"], CLI_USER_NAME)
    ).fetchone()
    user_id = row[0] if row else add_user(conn, hub["id"], CLI_USER_NAME, "coordinator")["id"]
    return Actor(hub_id=hub["id"], user_id=user_id, role="coordinator", via_cli=True)
