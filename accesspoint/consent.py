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
        "SELECT granted, person_id FROM consent_events WHERE enquiry_id = ? AND purpose = ?"
        " ORDER BY created_at DESC, rowid DESC LIMIT 1",
        (enquiry_id, purpose),
    ).fetchone()
    if row is not None and row["person_id"]:
        # The person's latest choice decides: a withdrawal stops sharing from then on.
        return current_consent(conn, row["person_id"], purpose)
    return bool(row and row["granted"])


def history(conn: sqlite3.Connection, person_id: str) -> list[dict[str, Any]]:
    return [
        dict(r)
        for r in conn.execute(
            "SELECT * FROM consent_events WHERE person_id = ? ORDER BY created_at, rowid",
            (person_id,),
        )
    ]


def withdraw(
    conn: sqlite3.Connection, actor: Actor, person_id: str, purposes: tuple[str, ...] = PURPOSES
) -> list[dict[str, Any]]:
    """One click: withdraw consent for `purposes` (default all) from now on."""
    from accesspoint.security import audit

    events = []
    with transaction(conn):
        for purpose in purposes:
            if current_consent(conn, person_id, purpose):
                events.append(record_consent(conn, actor, purpose, False, person_id=person_id))
        audit.record(conn, actor, "consent_withdrawn", "person", person_id,
                     ",".join(e["purpose"] for e in events))
    return events


def renewals_due(conn: sqlite3.Connection, within_days: int = 30,
                 on: date | None = None) -> list[dict[str, Any]]:
    """People whose latest consent (per purpose) is granted and lapses within
    `within_days`, or has lapsed: ask them again at their next visit."""
    limit = ((on or today_local()) + timedelta(days=within_days)).isoformat()
    return [
        dict(r)
        for r in conn.execute(
            "SELECT c.person_id, c.purpose, c.renew_by FROM consent_events c"
            " WHERE c.person_id IS NOT NULL AND c.granted = 1 AND c.renew_by <= ?"
            " AND c.rowid = (SELECT c2.rowid FROM consent_events c2"
            "   WHERE c2.person_id = c.person_id AND c2.purpose = c.purpose"
            "   ORDER BY c2.created_at DESC, c2.rowid DESC LIMIT 1)"
            " ORDER BY c.renew_by",
            (limit,),
        )
    ]
