"""Consents due for renewal (issue 7): staff and coordinators see every consent that
lapses within N days or has lapsed, and renew it (after reading the resident the
wording again, in their language) or withdraw it with one click.

The rows come from `accesspoint.consent.renewals_due` (the latest event per person
and purpose decides); this adds the person's name and language, the wording to
re-read and whether it has already lapsed.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Any

from accesspoint import consent
from accesspoint.clock import today_local
from accesspoint.context import Actor
from accesspoint.db import transaction
from accesspoint.errors import ValidationError, msg
from accesspoint.security import audit
from accesspoint.security.permissions import require
from accesspoint.taxonomy import consent_wording

MAX_DAYS = 366


def due(conn: sqlite3.Connection, actor: Actor, within_days: int = 30,
        purpose: str | None = None, on: date | None = None) -> list[dict[str, Any]]:
    """Consents lapsing within `within_days` or lapsed, soonest (most overdue) first."""
    require(actor, "consent.review")
    if not 0 <= int(within_days) <= MAX_DAYS:
        raise ValidationError({"days": msg(
            "Choose between 0 and {max_days} days.",
            max_days=MAX_DAYS)})
    if purpose is not None and purpose not in consent.PURPOSES:
        raise ValidationError({"purpose": msg(
            "Choose one of: {purposes}.",
            purposes=', '.join(consent.PURPOSES))})
    today = on or today_local()
    rows = [r for r in consent.renewals_due(conn, int(within_days), on=today)
            if not purpose or r["purpose"] == purpose]
    ids = json.dumps(sorted({r["person_id"] for r in rows}))
    people = {p["id"]: p for p in conn.execute(
        "SELECT id, given_name, family_name, preferred_language, merged_into FROM people"
        " WHERE id IN (SELECT value FROM json_each(?))", (ids,))}
    out = []
    for row in rows:
        person = people.get(row["person_id"])
        if person is None or person["merged_into"]:
            continue  # erased or merged: the kept record carries its own consents
        renew_by = date.fromisoformat(row["renew_by"])
        language = person["preferred_language"] or "en"
        out.append({
            "person_id": row["person_id"], "purpose": row["purpose"],
            "renew_by": row["renew_by"], "expired": renew_by < today,
            "days_left": (renew_by - today).days,
            "name": " ".join(filter(None, (person["given_name"], person["family_name"]))),
            "language": language,
        })
    return out


def wording(purpose: str, language: str) -> tuple[str, str]:
    """What to read to the resident again: (text, language actually used)."""
    return consent_wording(purpose, language)


def renew(conn: sqlite3.Connection, actor: Actor, person_id: str, purpose: str,
          language: str = "en") -> dict[str, Any]:
    """The resident agreed again after hearing the wording: a new granted event with
    the wording shown and a new renewal date."""
    require(actor, "consent.record")
    with transaction(conn):
        if conn.execute("SELECT 1 FROM people WHERE id = ?", (person_id,)).fetchone() is None:
            raise ValidationError("That person no longer exists; refresh the list.")
        event = consent.record_consent(conn, actor, purpose, True, person_id=person_id,
                                       language=language)
        audit.record(conn, actor, "edited", "person", person_id, f"consent renewed: {purpose}")
    return event


def withdraw(conn: sqlite3.Connection, actor: Actor, person_id: str,
             purpose: str) -> list[dict[str, Any]]:
    """One click: this purpose is withdrawn from now on (audited by consent.withdraw)."""
    require(actor, "consent.withdraw")
    if purpose not in consent.PURPOSES:
        raise ValidationError({"purpose": msg(
            "Choose one of: {purposes}.",
            purposes=', '.join(consent.PURPOSES))})
    return consent.withdraw(conn, actor, person_id, (purpose,))
