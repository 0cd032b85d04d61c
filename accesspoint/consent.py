"""Consent per purpose, as append-only events with the wording that was shown."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any

from accesspoint import outbox
from accesspoint.clock import today_local, utcnow_iso
from accesspoint.context import Actor
from accesspoint.db import transaction
from accesspoint.ids import new_id
from accesspoint.taxonomy import consent_renew_months, consent_wording

PURPOSES = ("record", "share", "contact")


def record_consent(
    conn: sqlite3.Connection,
    actor: Actor,
    purpose: str,
    granted: bool,
    *,
    person_id: str | None = None,
    enquiry_id: str | None = None,
    language: str = "en",
) -> dict[str, Any]:
    if purpose not in PURPOSES:
        raise ValueError(f"unknown consent purpose {purpose!r}")
    wording, lang = consent_wording(purpose, language)
    now = utcnow_iso()
    renew_by = None
    if granted:
        renew_by = (today_local() + timedelta(days=30 * consent_renew_months())).isoformat()
    event = {
        "id": new_id(),
        "hub_id": actor.hub_id,
        "created_by": actor.user_id,
        "created_at": now,
        "updated_at": now,
        "person_id": person_id,
        "enquiry_id": enquiry_id,
        "purpose": purpose,
        "granted": 1 if granted else 0,
        "wording": wording,
        "language": lang,
        "renew_by": renew_by,
    }
    with transaction(conn):
        conn.execute(
            f"INSERT INTO consent_events ({', '.join(event)})"
            f" VALUES ({', '.join('?' * len(event))})",
            tuple(event.values()),
        )
        outbox.enqueue(conn, "consent_event", event["id"], event, action="append")
    return event


def current_consent(
    conn: sqlite3.Connection, person_id: str, purpose: str, on: date | None = None
) -> bool:
    """The latest event for the purpose decides; a lapsed renewal date means no consent."""
    row = conn.execute(
        "SELECT granted, renew_by FROM consent_events WHERE person_id = ? AND purpose = ?"
        " ORDER BY created_at DESC, rowid DESC LIMIT 1",
        (person_id, purpose),
    ).fetchone()
    if row is None or not row["granted"]:
        return False
    day = on or today_local()
    return row["renew_by"] is None or date.fromisoformat(row["renew_by"]) >= day


def enquiry_consent(conn: sqlite3.Connection, enquiry_id: str, purpose: str) -> bool:
    row = conn.execute(
        "SELECT granted FROM consent_events WHERE enquiry_id = ? AND purpose = ?"
        " ORDER BY created_at DESC, rowid DESC LIMIT 1",
        (enquiry_id, purpose),
    ).fetchone()
    return bool(row and row["granted"])


def history(conn: sqlite3.Connection, person_id: str) -> list[dict[str, Any]]:
    return [
        dict(r)
        for r in conn.execute(
            "SELECT * FROM consent_events WHERE person_id = ? ORDER BY created_at, rowid",
            (person_id,),
        )
    ]
