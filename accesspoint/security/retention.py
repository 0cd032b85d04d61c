"""Retention: after a configurable period, free text and identifying details are
destroyed and the coded data kept (anonymised) for statistics.

Rules (each period in days, set by a coordinator; settings key `retention_days`):
- `enquiry`: an enquiry older than the period loses its description, accessibility
  notes, notes, revision history and its link to the person; channel, needs,
  urgency, outcome, safeguarding flag, language and dates stay.
- `person`: a person not seen for the period (no enquiry, no edit) loses name, date
  of birth, phone, email, address and needs; the postcode is cut to its district
  (E1 6AN → E1) and language/interpreter flags stay.

A legal hold on the record (or, for an enquiry, on its person) exempts it. A record
with changes still in the outbox waits: what has not reached the council is not
destroyed. Each change is itself synced, so the server anonymises the same fields.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from accesspoint import outbox, settings
from accesspoint.clock import to_iso, utcnow, utcnow_iso
from accesspoint.context import Actor
from accesspoint.db import transaction
from accesspoint.errors import ValidationError, msg
from accesspoint.ids import new_id
from accesspoint.security import audit
from accesspoint.security.permissions import require

SETTING = "retention_days"
DEFAULTS = {"enquiry": 3 * 365, "person": 3 * 365}
MIN_DAYS, MAX_DAYS = 30, 100 * 365
# Other parts (time bank, referrals) add fn(conn, actor, person_id) to scrub their rows.
PERSON_HOOKS: list[Callable[[sqlite3.Connection, Actor, str], None]] = []
# ... and fn(conn, cutoff_iso) -> person ids seen in their part since the cutoff (a
# time-bank member logging hours has been seen, though they made no enquiry).
SEEN_HOOKS: list[Callable[[sqlite3.Connection, str], set[str]]] = []
# Parts whose hooks must be registered before a run or an erasure (importing them
# registers them); missing ones are simply not installed.
HOOK_MODULES = ("accesspoint.timebank",)


def load_hooks() -> None:
    import importlib

    for name in HOOK_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if not (exc.name and name.startswith(exc.name)):
                raise


def periods(conn: sqlite3.Connection) -> dict[str, int]:
    return {**DEFAULTS, **(settings.get(conn, SETTING, {}) or {})}


def set_period(conn: sqlite3.Connection, actor: Actor, kind: str, days: int) -> None:
    require(actor, "retention.manage")
    if kind not in DEFAULTS:
        raise ValidationError({"kind": msg(
            "Retention applies to: {defaults}.",
            defaults=', '.join(DEFAULTS))})
    days = int(days)
    if not MIN_DAYS <= days <= MAX_DAYS:
        raise ValidationError({"days": msg(
            "Choose between {min_days} and {max_days} days.",
            min_days=MIN_DAYS, max_days=MAX_DAYS)})
    with transaction(conn):
        settings.put(conn, SETTING, {**periods(conn), kind: days})
        audit.record(conn, actor, "settings_changed", "setting", SETTING, f"{kind}={days}")


# --- legal holds ------------------------------------------------------------

# A hold the council placed, pulled at sync (sync/holds_apply.py): its placed_by, and
# the reason stored here (the council's own reason stays on the server).
COUNCIL_HOLD = "council"
COUNCIL_HOLD_REASON = "Placed by the council."

def place_hold(conn: sqlite3.Connection, actor: Actor, kind: str, record_id: str,
               reason: str) -> str:
    require(actor, "legal_hold")
    reason = reason.strip()
    if not reason or len(reason) > 500:
        raise ValidationError({"reason": "Say why (at most 500 characters)."})
    hold_id = new_id()
    with transaction(conn):
        conn.execute(
            "INSERT INTO legal_holds (id, kind, record_id, reason, placed_by, placed_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (hold_id, kind, record_id, reason, actor.user_id, utcnow_iso()))
        audit.record(conn, actor, "legal_hold", kind, record_id, "placed")
    return hold_id


def release_hold(conn: sqlite3.Connection, actor: Actor, hold_id: str) -> None:
    require(actor, "legal_hold")
    with transaction(conn):
        row = conn.execute("SELECT kind, record_id, placed_by FROM legal_holds WHERE id = ?",
                           (hold_id,)).fetchone()
        if row is None:
            raise ValidationError("No such legal hold.")
        if row["placed_by"] == COUNCIL_HOLD:
            # Released here, the council's hold would no longer protect the record on
            # this hub while the council still holds it.
            raise ValidationError("Only the council can release a hold it placed.")
        conn.execute("UPDATE legal_holds SET released_by = ?, released_at = ? WHERE id = ?",
                     (actor.user_id, utcnow_iso(), hold_id))
        audit.record(conn, actor, "legal_hold", row["kind"], row["record_id"], "released")


def on_hold(conn: sqlite3.Connection, kind: str, record_id: str | None) -> bool:
    if not record_id:
        return False
    return conn.execute(
        "SELECT 1 FROM legal_holds WHERE kind = ? AND record_id = ? AND released_at IS NULL",
        (kind, record_id)).fetchone() is not None


# --- the run ----------------------------------------------------------------

def _cutoff(now: datetime, days: int) -> str:
    return to_iso(now - timedelta(days=days))


def _mark(conn: sqlite3.Connection, kind: str, record_id: str, rule: str) -> None:
    conn.execute("INSERT OR REPLACE INTO anonymised (kind, record_id, anonymised_at, rule)"
                 " VALUES (?, ?, ?, ?)", (kind, record_id, utcnow_iso(), rule))


mark_anonymised = _mark  # for other parts' hooks (e.g. an erased member's placeholder)


def anonymise_enquiry(conn: sqlite3.Connection, actor: Actor, enquiry_id: str,
                      rule: str = "retention") -> None:
    """Destroy an enquiry's free text and its link to a person; keep the coded facts."""
    from accesspoint.enquiries import get_enquiry

    with transaction(conn):
        before = get_enquiry(conn, enquiry_id)
        for (note_id,) in conn.execute("SELECT id FROM enquiry_notes WHERE enquiry_id = ?",
                                       (enquiry_id,)).fetchall():
            outbox.enqueue(conn, "enquiry_note", note_id, {"hub_id": before["hub_id"]},
                           action="delete")
        conn.execute("DELETE FROM enquiry_notes WHERE enquiry_id = ?", (enquiry_id,))
        conn.execute("DELETE FROM enquiry_revisions WHERE enquiry_id = ?", (enquiry_id,))
        conn.execute(
            "UPDATE enquiries SET description = '', accessibility_needs = '', person_id = NULL,"
            " version = version + 1, updated_at = ? WHERE id = ?", (utcnow_iso(), enquiry_id))
        after = get_enquiry(conn, enquiry_id)
        outbox.enqueue(conn, "enquiry", enquiry_id, after, base_version=before["version"],
                       changed=["description", "accessibility_needs", "person_id"])
        _mark(conn, "enquiry", enquiry_id, rule)
        audit.record(conn, actor, "anonymised", "enquiry", enquiry_id, rule)


PERSON_WIPE = ("given_name", "family_name", "phone", "email", "address", "accessibility_needs",
               "phone_digits", "postcode_key")


def anonymise_person(conn: sqlite3.Connection, actor: Actor, person_id: str,
                     rule: str = "retention") -> None:
    from accesspoint.people import get_person

    with transaction(conn):
        before = get_person(conn, person_id, follow=False)
        district = (before.get("postcode") or "").split(" ")[0]
        sets = ", ".join(f"{c} = ''" for c in PERSON_WIPE)
        conn.execute(
            f"UPDATE people SET {sets}, date_of_birth = NULL, postcode = ?,"  # nosec B608 - fixed column names
            " version = version + 1, updated_at = ? WHERE id = ?",
            (district, utcnow_iso(), person_id))
        conn.execute("DELETE FROM person_tokens WHERE person_id = ?", (person_id,))
        conn.execute("DELETE FROM person_revisions WHERE person_id = ?", (person_id,))
        for hook in PERSON_HOOKS:
            hook(conn, actor, person_id)
        after = get_person(conn, person_id, follow=False)
        changed = [k for k in after if after[k] != before.get(k) and k not in
                   ("version", "updated_at")]
        outbox.enqueue(conn, "person", person_id, after, base_version=before["version"],
                       changed=changed)
        _mark(conn, "person", person_id, rule)
        audit.record(conn, actor, "anonymised", "person", person_id, rule)


def _pending(conn: sqlite3.Connection, kind: str, record_id: str) -> bool:
    return outbox.has_pending(conn, kind, record_id)


def run(conn: sqlite3.Connection, actor: Actor, now: datetime | None = None) -> dict[str, Any]:
    """Apply every rule once; returns counts per kind (anonymised, held, waiting_for_sync)."""
    require(actor, "retention.run")
    load_hooks()
    now = now or utcnow()
    days = periods(conn)
    report: dict[str, dict[str, int]] = {
        k: {"anonymised": 0, "held": 0, "waiting_for_sync": 0} for k in DEFAULTS}

    due = conn.execute(
        "SELECT e.id, e.person_id FROM enquiries e WHERE e.created_at < ? AND NOT EXISTS"
        " (SELECT 1 FROM anonymised a WHERE a.kind = 'enquiry' AND a.record_id = e.id)"
        " ORDER BY e.created_at", (_cutoff(now, days["enquiry"]),)).fetchall()
    for row in due:
        notes = [r[0] for r in conn.execute(
            "SELECT id FROM enquiry_notes WHERE enquiry_id = ?", (row["id"],))]
        if on_hold(conn, "enquiry", row["id"]) or on_hold(conn, "person", row["person_id"]):
            report["enquiry"]["held"] += 1
        elif _pending(conn, "enquiry", row["id"]) or any(
                _pending(conn, "enquiry_note", n) for n in notes):
            report["enquiry"]["waiting_for_sync"] += 1
        else:
            anonymise_enquiry(conn, actor, row["id"])
            report["enquiry"]["anonymised"] += 1

    cutoff = _cutoff(now, days["person"])
    unseen = conn.execute(
        "SELECT p.id FROM people p WHERE p.merged_into IS NULL AND p.updated_at < ?"
        " AND NOT EXISTS (SELECT 1 FROM enquiries e WHERE e.person_id = p.id"
        "   AND e.created_at >= ?)"
        " AND NOT EXISTS (SELECT 1 FROM anonymised a WHERE a.kind = 'person'"
        "   AND a.record_id = p.id)", (cutoff, cutoff)).fetchall()
    seen: set[str] = set()
    for hook in SEEN_HOOKS:
        seen |= hook(conn, cutoff)
    for (person_id,) in unseen:
        if person_id in seen:
            continue
        if on_hold(conn, "person", person_id):
            report["person"]["held"] += 1
        elif _pending(conn, "person", person_id):
            report["person"]["waiting_for_sync"] += 1
        else:
            anonymise_person(conn, actor, person_id)
            report["person"]["anonymised"] += 1
    audit.record(conn, actor, "retention_run", "", "",
                 ";".join(f"{k}={v['anonymised']}" for k, v in report.items()))
    return report


# fn(conn, kind, record_id) for other parts' rows when the council anonymised a record.
PULLED_HOOKS: list[Callable[[sqlite3.Connection, str, str], None]] = []


def scrub_pulled(conn: sqlite3.Connection, kind: str, record_id: str) -> None:
    """A pulled record the council's retention anonymised (sync/appliers.py): the row
    itself is already blank; remove what still holds the old details here."""
    load_hooks()
    if kind == "person":
        conn.execute("DELETE FROM person_revisions WHERE person_id = ?", (record_id,))
    elif kind == "enquiry":
        conn.execute("DELETE FROM enquiry_revisions WHERE enquiry_id = ?", (record_id,))
    for hook in PULLED_HOOKS:
        hook(conn, kind, record_id)
    _mark(conn, kind, record_id, "council")


def is_anonymised(conn: sqlite3.Connection, kind: str, record_id: str) -> bool:
    return conn.execute("SELECT 1 FROM anonymised WHERE kind = ? AND record_id = ?",
                        (kind, record_id)).fetchone() is not None
