"""Signposting and referrals from an enquiry, their follow-up, unmet needs and
problem reports about directory entries.

Signposting: the resident was given the details. Referral: we send their
details to the service on their behalf, which needs their consent to share.
Statuses move forward only; each change is an append-only event.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from typing import Any

from accesspoint import consent, enquiries, outbox
from accesspoint.clock import today_local, utcnow_iso
from accesspoint.context import Actor
from accesspoint.db import transaction
from accesspoint.directory import store
from accesspoint.errors import NotFoundError, ValidationError, msg
from accesspoint.ids import new_id
from accesspoint.security.permissions import require

KINDS = ("signpost", "referral")
STATUSES = ("made", "sent", "seen", "accepted", "declined", "closed")
# Forward moves only; 'closed' is reachable from anywhere (the volunteer ends it).
TRANSITIONS = {
    "made": {"sent", "seen", "accepted", "declined", "closed"},
    "sent": {"seen", "accepted", "declined", "closed"},
    "seen": {"accepted", "declined", "closed"},
    "accepted": {"closed"},
    "declined": {"closed"},
    "closed": set(),
}
FOLLOW_UP_DAYS = 7  # a referral with no news after a week is chased
PROBLEMS = ("closed", "wrong_phone", "wrong_address", "wrong_times", "wrong_eligibility",
            "other")
MAX_NOTE = 2000


def _enquiry(conn: sqlite3.Connection, enquiry_id: str) -> sqlite3.Row:
    row = conn.execute("SELECT id, person_id FROM enquiries WHERE id = ?",
                       (enquiry_id,)).fetchone()
    if row is None:
        raise NotFoundError(msg("No enquiry with id {enquiry_id}.", enquiry_id=enquiry_id))
    return row


def can_refer(conn: sqlite3.Connection, enquiry_id: str) -> bool:
    """Consent to share, given for this enquiry or currently held for the person."""
    row = _enquiry(conn, enquiry_id)
    if consent.enquiry_consent(conn, enquiry_id, "share"):
        return True
    return bool(row["person_id"]) and consent.current_consent(conn, row["person_id"], "share")


def create(conn: sqlite3.Connection, actor: Actor, enquiry_id: str, service_ids: list[str],
           kind: str, *, note: str = "", follow_up_date: str | None = None
           ) -> list[dict[str, Any]]:
    """Signpost or refer to one or more services, in one transaction."""
    if kind not in KINDS:
        raise ValidationError({"kind": msg("Choose signposting or referral.")})
    if kind == "referral":
        require(actor, "referral.send")  # staff and coordinators (issue 7)
    if not service_ids:
        raise ValidationError({"services": msg("Choose at least one service.")})
    if len(note) > MAX_NOTE:
        raise ValidationError({"note": msg("The note is limited to {limit} characters.",
                                                 limit=MAX_NOTE)})
    if follow_up_date:
        try:
            due = date.fromisoformat(follow_up_date)
        except ValueError:
            raise ValidationError(
                {"follow_up_date": msg("The follow-up date is not a date.")}) from None
        if due < today_local():
            raise ValidationError({"follow_up_date": msg("The follow-up date is in the past.")})
    made = []
    with transaction(conn):
        enquiry = _enquiry(conn, enquiry_id)
        if kind == "referral" and not can_refer(conn, enquiry_id):
            raise ValidationError({"consent": msg(
                "A referral shares the resident's details, so it needs their consent to "
                "share. Ask for consent and record it on the enquiry, or signpost instead.")})
        due = follow_up_date or ((today_local() + timedelta(days=FOLLOW_UP_DAYS)).isoformat()
                                 if kind == "referral" else None)
        for sid in dict.fromkeys(service_ids):
            service = store.get_service(conn, sid)
            if service is None:
                raise NotFoundError(msg("No service with id {sid} in the directory.", sid=sid))
            now = utcnow_iso()
            row = {
                "id": new_id(), "hub_id": actor.hub_id, "created_by": actor.user_id,
                "created_at": now, "updated_at": now, "version": 1,
                "enquiry_id": enquiry_id, "person_id": enquiry["person_id"],
                "service_id": sid, "service_name": service["name"],
                "org_name": service.get("organization", {}).get("name", ""), "kind": kind,
                "status": "made" if kind == "referral" else "closed", "note": note.strip(),
                "follow_up_date": due, "closed_at": None if kind == "referral" else now,
            }
            conn.execute(f"INSERT INTO referrals ({', '.join(row)}) VALUES"
                         f" ({', '.join('?' * len(row))})", tuple(row.values()))
            _event(conn, actor, row["id"], row["status"], note.strip())
            outbox.enqueue(conn, "referral", row["id"], row, base_version=None)
            made.append(row)
        _advance_outcome(conn, actor, enquiry_id, "referred" if kind == "referral"
                         else "signposted")
    return made


# An enquiry's outcome only moves "up" when signposting happens from it, so the
# enquiry list and the reports agree with what was done.
_OUTCOME_RANK = {"open": 0, "information": 1, "no_suitable_service": 2, "signposted": 3,
                 "referred": 4, "escalated": 5}


def _advance_outcome(conn: sqlite3.Connection, actor: Actor, enquiry_id: str,
                     outcome: str) -> None:
    enquiry = enquiries.get_enquiry(conn, enquiry_id)
    if _OUTCOME_RANK.get(enquiry["outcome"], 9) >= _OUTCOME_RANK[outcome]:
        return
    data = enquiries.EnquiryInput(
        channel=enquiry["channel"], needs=enquiry["needs"], description=enquiry["description"],
        preferred_language=enquiry["preferred_language"],
        interpreter_needed=bool(enquiry["interpreter_needed"]),
        accessibility_needs=enquiry["accessibility_needs"], urgency=enquiry["urgency"],
        safeguarding=bool(enquiry["safeguarding"]), outcome=outcome,
        follow_up_date=enquiry["follow_up_date"])
    try:
        enquiries.update_enquiry(conn, actor, enquiry_id, data)
    except ValidationError:
        # e.g. a follow-up date now in the past: the referral rows remain the record.
        return


def _event(conn: sqlite3.Connection, actor: Actor, referral_id: str, status: str,
           note: str) -> None:
    now = utcnow_iso()
    event = {"id": new_id(), "referral_id": referral_id, "hub_id": actor.hub_id,
             "created_by": actor.user_id, "created_at": now, "updated_at": now,
             "status": status, "note": note}
    conn.execute(f"INSERT INTO referral_events ({', '.join(event)}) VALUES"
                 f" ({', '.join('?' * len(event))})", tuple(event.values()))
    outbox.enqueue(conn, "referral_event", event["id"], event, action="append")


def set_status(conn: sqlite3.Connection, actor: Actor, referral_id: str, status: str, *,
               note: str = "", follow_up_date: str | None = None) -> dict[str, Any]:
    if status not in STATUSES:
        raise ValidationError({"status": msg("Status is one of {statuses}.",
                                                   statuses=", ".join(STATUSES))})
    with transaction(conn):
        before = get(conn, referral_id)
        if before["kind"] != "referral":
            raise ValidationError({"status": msg("Signposting has no status to follow.")})
        if status not in TRANSITIONS[before["status"]]:
            raise ValidationError({"status": msg(
                "A referral that is {before} cannot become {after}.",
                before=before["status"], after=status)})
        closed = status == "closed"
        due = follow_up_date or (None if closed else
                                 (today_local() + timedelta(days=FOLLOW_UP_DAYS)).isoformat())
        conn.execute("UPDATE referrals SET status = ?, updated_at = ?, version = version + 1,"
                     " follow_up_date = ?, closed_at = ? WHERE id = ?",
                     (status, utcnow_iso(), due, utcnow_iso() if closed else None, referral_id))
        _event(conn, actor, referral_id, status, note.strip())
        after = get(conn, referral_id)
        outbox.enqueue(conn, "referral", referral_id, after, base_version=before["version"],
                       changed=["status", "follow_up_date", "closed_at"])
    return after


def get(conn: sqlite3.Connection, referral_id: str) -> dict[str, Any]:
    row = conn.execute("SELECT * FROM referrals WHERE id = ?", (referral_id,)).fetchone()
    if row is None:
        raise NotFoundError(msg("No referral with id {referral_id}.", referral_id=referral_id))
    return dict(row)


def for_enquiry(conn: sqlite3.Connection, enquiry_id: str) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(
        "SELECT * FROM referrals WHERE enquiry_id = ? ORDER BY created_at, id", (enquiry_id,))]


def history(conn: sqlite3.Connection, referral_id: str) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(
        "SELECT * FROM referral_events WHERE referral_id = ? ORDER BY created_at, rowid",
        (referral_id,))]


def follow_up_queue(conn: sqlite3.Connection, on: date | None = None) -> list[dict[str, Any]]:
    """Open referrals due a chase today or earlier, oldest first, with the enquiry reference."""
    day = (on or today_local()).isoformat()
    return [dict(r) for r in conn.execute(
        "SELECT r.*, e.reference FROM referrals r JOIN enquiries e ON e.id = r.enquiry_id"
        " WHERE r.kind = 'referral' AND r.closed_at IS NULL AND r.follow_up_date <= ?"
        " ORDER BY r.follow_up_date, r.created_at", (day,))]


def record_unmet_need(conn: sqlite3.Connection, actor: Actor, enquiry_id: str | None,
                      needs: list[str], search: dict[str, Any] | None = None,
                      note: str = "") -> dict[str, Any]:
    """'No suitable service found': kept as evidence for commissioning."""
    if not needs and not note.strip():
        raise ValidationError({"needs": msg("Say which need could not be met.")})
    now = utcnow_iso()
    with transaction(conn):
        person_id = _enquiry(conn, enquiry_id)["person_id"] if enquiry_id else None
        row = {"id": new_id(), "hub_id": actor.hub_id, "created_by": actor.user_id,
               "created_at": now, "updated_at": now, "enquiry_id": enquiry_id,
               "person_id": person_id, "needs": json.dumps(sorted(set(needs))),
               "search": json.dumps(search or {}, ensure_ascii=False, default=str),
               "note": note.strip()[:MAX_NOTE]}
        conn.execute(f"INSERT INTO unmet_needs ({', '.join(row)}) VALUES"
                     f" ({', '.join('?' * len(row))})", tuple(row.values()))
        outbox.enqueue(conn, "unmet_need", row["id"], {**row, "needs": sorted(set(needs))},
                       action="append")
        if enquiry_id:
            _advance_outcome(conn, actor, enquiry_id, "no_suitable_service")
    return row


def report_problem(conn: sqlite3.Connection, actor: Actor, service_id: str, problem: str,
                   details: str = "") -> dict[str, Any]:
    """'Report a problem with this entry': stored for the council, sent at sync."""
    if problem not in PROBLEMS:
        raise ValidationError({"problem": msg("Choose what is wrong.")})
    if problem == "other" and not details.strip():
        raise ValidationError({"details": msg("Say what is wrong.")})
    now = utcnow_iso()
    with transaction(conn):
        service = store.get_service(conn, service_id)
        if service is None:
            raise NotFoundError(msg(
                "No service with id {service_id} in the directory.",
                service_id=service_id))
        row = {"id": new_id(), "hub_id": actor.hub_id, "created_by": actor.user_id,
               "created_at": now, "updated_at": now, "service_id": service_id,
               "service_name": service["name"], "problem": problem,
               "details": details.strip()[:MAX_NOTE]}
        conn.execute(f"INSERT INTO directory_reports ({', '.join(row)}) VALUES"
                     f" ({', '.join('?' * len(row))})", tuple(row.values()))
        outbox.enqueue(conn, "directory_report", row["id"], row, action="append")
    return row


def move_person(conn: sqlite3.Connection, keep_id: str, merge_id: str) -> None:
    """people.MERGE_HOOKS: referrals and unmet needs follow the surviving record."""
    conn.execute("UPDATE referrals SET person_id = ? WHERE person_id = ?", (keep_id, merge_id))
    conn.execute("UPDATE unmet_needs SET person_id = ? WHERE person_id = ?", (keep_id, merge_id))


def open_referrals(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every referral not yet closed, the most overdue first, with the enquiry reference."""
    return [dict(r) for r in conn.execute(
        "SELECT r.*, e.reference FROM referrals r JOIN enquiries e ON e.id = r.enquiry_id"
        " WHERE r.kind = 'referral' AND r.closed_at IS NULL"
        " ORDER BY r.follow_up_date IS NULL, r.follow_up_date, r.created_at")]
