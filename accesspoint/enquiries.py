"""Enquiries: what a resident needed, what they were told, and what happens next."""

from __future__ import annotations

import base64
import json
import os
import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from accesspoint import consent, outbox
from accesspoint.clock import today_local, utcnow_iso
from accesspoint.context import Actor
from accesspoint.db import transaction
from accesspoint.errors import NotFoundError, ValidationError, msg
from accesspoint.ids import new_id
from accesspoint.security import audit
from accesspoint.security.permissions import require
from accesspoint.taxonomy import need_codes

CHANNELS = ("walk_in", "phone", "email", "outreach")
URGENCIES = ("routine", "soon", "urgent")
OUTCOMES = ("information", "signposted", "referred", "escalated", "no_suitable_service", "open")
MAX_DESCRIPTION = 10_000
MAX_NOTE = 10_000
MAX_FOLLOW_UP_DAYS = 366


@dataclass
class EnquiryInput:
    channel: str = "walk_in"
    needs: list[str] = field(default_factory=list)
    description: str = ""
    person_id: str | None = None
    preferred_language: str = "en"
    interpreter_needed: bool = False
    accessibility_needs: str = ""
    urgency: str = "routine"
    safeguarding: bool = False
    outcome: str = "information"
    follow_up_date: str | None = None
    consent_record: bool = False
    consent_share: bool = False
    consent_contact: bool = False

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> EnquiryInput:
        data = json.loads(text)
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})


def validate(data: EnquiryInput, *, today: date | None = None) -> None:
    """Every problem at once, keyed by field, in words a volunteer can act on."""
    today = today or today_local()
    problems: dict[str, str] = {}
    if data.channel not in CHANNELS:
        problems["channel"] = msg("Choose how the resident contacted us.")
    if not data.needs:
        problems["needs"] = msg("Choose at least one need.")
    else:
        unknown = [n for n in data.needs if n not in need_codes()]
        if unknown:
            problems["needs"] = msg("Unknown need: {codes}.", codes=", ".join(unknown))
    if len(data.description) > MAX_DESCRIPTION:
        problems["description"] = msg(
            "The description is {length} characters; the limit is {limit}. Shorten it or "
            "add the rest as notes after saving.",
            length=len(data.description), limit=MAX_DESCRIPTION)
    if len(data.accessibility_needs) > 1000:
        problems["accessibility_needs"] = msg("Accessibility needs: at most {limit} characters.",
                                              limit=1000)
    if data.urgency not in URGENCIES:
        problems["urgency"] = msg("Choose an urgency.")
    if data.outcome not in OUTCOMES:
        problems["outcome"] = msg("Choose an outcome.")
    if data.follow_up_date:
        try:
            due = date.fromisoformat(data.follow_up_date)
        except ValueError:
            problems["follow_up_date"] = msg("The follow-up date is not a date.")
        else:
            if due < today:
                problems["follow_up_date"] = msg("The follow-up date is in the past.")
            elif due > today + timedelta(days=MAX_FOLLOW_UP_DAYS):
                problems["follow_up_date"] = msg("The follow-up date is more than a year away.")
    if data.person_id and not data.consent_record:
        problems["consent_record"] = msg(
            "Without consent to record, the enquiry must be anonymous: remove the person "
            "or ask for consent."
        )
    if data.consent_share and not data.consent_record:
        problems["consent_share"] = msg("Consent to share needs consent to record first.")
    if problems:
        raise ValidationError(problems)


def new_reference() -> str:
    """A short reference a resident can quote, unique without a network (40 random bits)."""
    token = base64.b32encode(os.urandom(5)).decode()
    return f"ENQ-{token[:4]}-{token[4:8]}"


_COLUMNS = (
    "person_id",
    "channel",
    "description",
    "preferred_language",
    "interpreter_needed",
    "accessibility_needs",
    "urgency",
    "safeguarding",
    "outcome",
    "follow_up_date",
)


def _values(data: EnquiryInput) -> dict[str, Any]:
    return {
        "person_id": data.person_id,
        "channel": data.channel,
        "description": data.description,
        "preferred_language": data.preferred_language or "en",
        "interpreter_needed": 1 if data.interpreter_needed else 0,
        "accessibility_needs": data.accessibility_needs,
        "urgency": data.urgency,
        "safeguarding": 1 if data.safeguarding else 0,
        "outcome": data.outcome,
        "follow_up_date": data.follow_up_date or None,
    }


def create_enquiry(conn: sqlite3.Connection, actor: Actor, data: EnquiryInput) -> dict[str, Any]:
    validate(data)
    now = utcnow_iso()
    enquiry_id = new_id()
    values = _values(data)
    with transaction(conn):
        if data.person_id:
            exists = conn.execute(
                "SELECT 1 FROM people WHERE id = ? AND merged_into IS NULL", (data.person_id,)
            ).fetchone()
            if not exists:
                raise ValidationError(
                    {"person_id": msg("That person no longer exists; search again.")})
        conn.execute(
            f"INSERT INTO enquiries (id, hub_id, created_by, created_at, updated_at, version,"
            f" reference, {', '.join(_COLUMNS)})"
            f" VALUES (?, ?, ?, ?, ?, 1, ?, {', '.join('?' * len(_COLUMNS))})",
            (enquiry_id, actor.hub_id, actor.user_id, now, now, new_reference(),
             *(values[c] for c in _COLUMNS)),
        )
        conn.executemany(
            "INSERT INTO enquiry_needs (enquiry_id, need_code) VALUES (?, ?)",
            [(enquiry_id, n) for n in dict.fromkeys(data.needs)],
        )
        enquiry = get_enquiry(conn, enquiry_id)
        outbox.enqueue(conn, "enquiry", enquiry_id, enquiry, base_version=None)
        audit.record(conn, actor, "created", "enquiry", enquiry_id)
        for purpose, granted in (
            ("record", data.consent_record),
            ("share", data.consent_share),
            ("contact", data.consent_contact),
        ):
            if granted or data.person_id:
                consent.record_consent(
                    conn, actor, purpose, granted, person_id=data.person_id,
                    enquiry_id=enquiry_id, language=data.preferred_language,
                )
    return enquiry


def get_enquiry(conn: sqlite3.Connection, enquiry_id: str) -> dict[str, Any]:
    row = conn.execute("SELECT * FROM enquiries WHERE id = ?", (enquiry_id,)).fetchone()
    if row is None:
        raise NotFoundError(msg("No enquiry with id {enquiry_id}.", enquiry_id=enquiry_id))
    enquiry = dict(row)
    enquiry["needs"] = [
        r[0]
        for r in conn.execute(
            "SELECT need_code FROM enquiry_needs WHERE enquiry_id = ? ORDER BY need_code",
            (enquiry_id,),
        )
    ]
    return enquiry


def update_enquiry(
    conn: sqlite3.Connection, actor: Actor, enquiry_id: str, data: EnquiryInput
) -> dict[str, Any]:
    """Edit in place, keeping the previous state as a revision."""
    validate_edit = EnquiryInput(**{**asdict(data), "follow_up_date": None})
    validate(validate_edit)
    with transaction(conn):
        before = get_enquiry(conn, enquiry_id)
        # An unchanged follow-up date may have passed since it was set: fixing a typo
        # must not demand a new date. A changed date is checked as for a new enquiry.
        if data.follow_up_date and data.follow_up_date != before["follow_up_date"]:
            validate(data)
        values = _values(data)
        values["person_id"] = before["person_id"] if data.person_id is None else data.person_id
        changed = [c for c in _COLUMNS if before[c] != values[c]]
        needs_changed = sorted(set(data.needs)) != before["needs"]
        if not changed and not needs_changed:
            return before
        # Editing what was recorded is for staff and coordinators (issue 7). Moving
        # the outcome on (signposted, no suitable service...) is part of recording
        # what a volunteer did with the resident, so an outcome-only change is allowed.
        if needs_changed or set(changed) - {"outcome"}:
            require(actor, "enquiry.edit")
        else:
            require(actor, "enquiry.note")
        conn.execute(
            "INSERT INTO enquiry_revisions (id, enquiry_id, revised_at, revised_by, before)"
            " VALUES (?, ?, ?, ?, ?)",
            (new_id(), enquiry_id, utcnow_iso(), actor.user_id,
             json.dumps(before, ensure_ascii=False)),
        )
        sets = ", ".join(f"{c} = ?" for c in changed)
        conn.execute(
            f"UPDATE enquiries SET {sets + ', ' if sets else ''}version = version + 1,"
            " updated_at = ? WHERE id = ?",
            (*(values[c] for c in changed), utcnow_iso(), enquiry_id),
        )
        if needs_changed:
            conn.execute("DELETE FROM enquiry_needs WHERE enquiry_id = ?", (enquiry_id,))
            conn.executemany(
                "INSERT INTO enquiry_needs (enquiry_id, need_code) VALUES (?, ?)",
                [(enquiry_id, n) for n in dict.fromkeys(data.needs)],
            )
        after = get_enquiry(conn, enquiry_id)
        outbox.enqueue(
            conn, "enquiry", enquiry_id, after, base_version=before["version"],
            changed=changed + (["needs"] if needs_changed else []),
        )
        audit.record(conn, actor, "edited", "enquiry", enquiry_id)
    return after


def revisions(conn: sqlite3.Connection, enquiry_id: str) -> list[dict[str, Any]]:
    return [
        {**dict(r), "before": json.loads(r["before"])}
        for r in conn.execute(
            "SELECT * FROM enquiry_revisions WHERE enquiry_id = ? ORDER BY revised_at, rowid",
            (enquiry_id,),
        )
    ]


def add_note(conn: sqlite3.Connection, actor: Actor, enquiry_id: str, text: str) -> dict[str, Any]:
    require(actor, "enquiry.note")
    text = text.strip()
    if not text:
        raise ValidationError({"note": msg("The note is empty.")})
    if len(text) > MAX_NOTE:
        raise ValidationError(
            {"note": msg("The note is {length} characters; the limit is {limit}.",
                         length=len(text), limit=MAX_NOTE)}
        )
    now = utcnow_iso()
    note = {
        "id": new_id(), "enquiry_id": enquiry_id, "hub_id": actor.hub_id,
        "created_by": actor.user_id, "created_at": now, "updated_at": now, "text": text,
    }
    with transaction(conn):
        get_enquiry(conn, enquiry_id)
        conn.execute(
            f"INSERT INTO enquiry_notes ({', '.join(note)}) VALUES ({', '.join('?' * len(note))})",
            tuple(note.values()),
        )
        outbox.enqueue(conn, "enquiry_note", note["id"], note, action="append")
        audit.record(conn, actor, "edited", "enquiry", enquiry_id, "note added")
    return note


def notes(conn: sqlite3.Connection, enquiry_id: str) -> list[dict[str, Any]]:
    return [
        dict(r)
        for r in conn.execute(
            "SELECT * FROM enquiry_notes WHERE enquiry_id = ? ORDER BY created_at, rowid",
            (enquiry_id,),
        )
    ]


def complete_follow_up(conn: sqlite3.Connection, actor: Actor, enquiry_id: str) -> dict[str, Any]:
    with transaction(conn):
        before = get_enquiry(conn, enquiry_id)
        conn.execute(
            "UPDATE enquiries SET follow_up_done_at = ?, version = version + 1, updated_at = ?"
            " WHERE id = ?",
            (utcnow_iso(), utcnow_iso(), enquiry_id),
        )
        after = get_enquiry(conn, enquiry_id)
        outbox.enqueue(conn, "enquiry", enquiry_id, after, base_version=before["version"],
                       changed=["follow_up_done_at"])
    return after


@dataclass
class EnquiryFilter:
    outcome: str | None = None
    need: str | None = None
    follow_up_due: bool = False
    since: str | None = None  # UTC ISO lower bound on created_at
    text: str | None = None
    limit: int = 500


def list_enquiries(conn: sqlite3.Connection, flt: EnquiryFilter | None = None) -> list[dict]:
    flt = flt or EnquiryFilter()
    where = ["1 = 1"]
    args: list[Any] = []
    if flt.outcome:
        where.append("e.outcome = ?")
        args.append(flt.outcome)
    if flt.need:
        where.append("EXISTS (SELECT 1 FROM enquiry_needs n WHERE n.enquiry_id = e.id"
                     " AND n.need_code = ?)")
        args.append(flt.need)
    if flt.follow_up_due:
        where.append("e.follow_up_date IS NOT NULL AND e.follow_up_done_at IS NULL"
                     " AND e.follow_up_date <= ?")
        args.append(today_local().isoformat())
    if flt.since:
        where.append("e.created_at >= ?")
        args.append(flt.since)
    if flt.text:
        where.append("(e.reference LIKE ? OR e.description LIKE ? OR p.given_name LIKE ?"
                     " OR p.family_name LIKE ?)")
        like = f"%{flt.text}%"
        args += [like, like, like, like]
    sql = (
        "SELECT e.*, p.given_name, p.family_name,"
        " (SELECT group_concat(need_code, ',') FROM enquiry_needs n WHERE n.enquiry_id = e.id)"
        " AS need_codes FROM enquiries e LEFT JOIN people p ON p.id = e.person_id"
        f" WHERE {' AND '.join(where)} ORDER BY e.created_at DESC LIMIT ?"
    )
    args.append(flt.limit)
    return [dict(r) for r in conn.execute(sql, args)]


def follow_ups_due(conn: sqlite3.Connection, on: date | None = None) -> list[dict]:
    day = (on or today_local()).isoformat()
    return [
        dict(r)
        for r in conn.execute(
            "SELECT e.*, p.given_name, p.family_name FROM enquiries e"
            " LEFT JOIN people p ON p.id = e.person_id"
            " WHERE e.follow_up_date IS NOT NULL AND e.follow_up_done_at IS NULL"
            " AND e.follow_up_date <= ? ORDER BY e.follow_up_date",
            (day,),
        )
    ]
