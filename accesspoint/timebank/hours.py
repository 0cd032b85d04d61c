"""Logging hours given: one entry, or a group session (a sign-in sheet).

Credits earned are a transfer from the project (or hub) that benefited to the
member. More than 12 hours for one member on one day needs a coordinator's
confirmation; more than 24 hours is impossible and always refused.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from accesspoint.clock import today_local
from accesspoint.context import Actor
from accesspoint.db import transaction
from accesspoint.errors import PermissionDeniedError, ValidationError, msg
from accesspoint.timebank import activities, ledger, members

DAY_CONFIRM_MINUTES = 12 * 60
DAY_MAX_MINUTES = 24 * 60
EARLIEST = date(2000, 1, 1)


@dataclass
class Entry:
    member_id: str
    activity_id: str
    day: str  # YYYY-MM-DD, the day the time was given
    minutes: int
    project_id: str | None = None  # organisation member or hub that issues the credits
    beneficiary: str = ""
    verified_by: str = ""
    note: str = ""


def parse_day(text: str | date) -> date:
    if isinstance(text, date):
        return text
    try:
        return date.fromisoformat(str(text).strip())
    except ValueError as exc:
        raise ValidationError({"date": msg(
            "'{text}' is not a date (use YYYY-MM-DD).",
            text=text)}) from exc


def check_minutes(value: Any) -> int:
    try:
        minutes = int(str(value).strip())
    except (TypeError, ValueError) as exc:
        raise ValidationError({"minutes": msg(
            "'{value}' is not a whole number of minutes.",
            value=value)}) from exc
    if minutes <= 0:
        raise ValidationError({"minutes": "Minutes must be above zero."})
    if minutes > DAY_MAX_MINUTES:
        raise ValidationError({"minutes": "No one can give more than 24 hours in a day."})
    return minutes


def check_day(value: str | date, today: date | None = None) -> str:
    day = parse_day(value)
    if day > (today or today_local()):
        raise ValidationError({"date": msg("{day} is in the future.", day=day.isoformat())})
    if day < EARLIEST:
        raise ValidationError({"date": msg("{day} is too long ago.", day=day.isoformat())})
    return day.isoformat()


def day_totals(
    conn: sqlite3.Connection, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], int]:
    """Minutes already logged (net of corrections) per (member_id, day), in one query
    (the keys travel as one JSON parameter, so a 10,000-row sheet is one round trip)."""
    wanted = sorted(set(keys))
    totals = dict.fromkeys(wanted, 0)
    if not wanted:
        return totals
    sql = (
        "SELECT k.mid, k.day, (SELECT COALESCE(SUM(CASE WHEN t.to_account = ? || k.mid"
        " THEN t.minutes ELSE -t.minutes END), 0) FROM tb_transfers t"
        " WHERE t.member_id = k.mid AND t.activity_date = k.day"
        " AND t.kind IN ('earn', 'correction'))"
        " FROM (SELECT json_extract(value, '$[0]') AS mid, json_extract(value, '$[1]') AS day"
        " FROM json_each(?)) AS k"
    )
    for mid, day, total in conn.execute(sql, (ledger.MEMBER_PREFIX, json.dumps(wanted))):
        totals[(mid, day)] = int(total)
    return totals


def long_day_problem(total: int) -> str | None:
    if total > DAY_MAX_MINUTES:
        return msg("That makes {total} on one day: more than 24 hours.",
                   total=ledger.fmt_minutes(total))
    if total > DAY_CONFIRM_MINUTES:
        return msg("That makes {total} on one day: over 12 hours needs a coordinator to "
                   "confirm.", total=ledger.fmt_minutes(total))
    return None


def organisation_projects(conn: sqlite3.Connection) -> dict[str, str]:
    """Organisation/project members by folded number and name: when the beneficiary is
    one of them, that project issues the credits (else the hub does)."""
    found: dict[str, str] = {}
    for mid, number, name in conn.execute(
        "SELECT id, member_number, organisation_name FROM tb_members"
        " WHERE member_type = 'organisation' AND status = 'active'"
    ):
        found[number.casefold()] = mid
        if name:
            found[name.casefold()] = mid
    return found


def assign_projects(conn: sqlite3.Connection, entries: Iterable[Entry]) -> None:
    projects: dict[str, str] | None = None
    for e in entries:
        if e.project_id is None and e.beneficiary.strip():
            if projects is None:
                projects = organisation_projects(conn)
            e.project_id = projects.get(e.beneficiary.strip().casefold())


def to_transfer(entry: Entry, actor: Actor, sheet_id: str | None = None) -> ledger.Transfer:
    return ledger.Transfer(
        from_account=ledger.project_account(entry.project_id or actor.hub_id),
        to_account=ledger.member_account(entry.member_id), minutes=entry.minutes, kind="earn",
        activity_id=entry.activity_id, activity_date=entry.day,
        beneficiary=entry.beneficiary.strip()[:120], verified_by=entry.verified_by.strip()[:120],
        note=entry.note.strip()[:500], sheet_id=sheet_id,
    )


def log_entries(
    conn: sqlite3.Connection, actor: Actor, entries: Sequence[Entry], *,
    confirm_long_day: bool = False,
) -> list[dict[str, Any]]:
    """Log entries all together or not at all; returns the transfers written."""
    if not entries:
        raise ValidationError({"member": "Choose at least one member."})
    if confirm_long_day and not actor.at_least("coordinator"):
        raise PermissionDeniedError("Only a coordinator can confirm more than 12 hours in a day.")
    clean: list[Entry] = []
    for e in entries:
        e.minutes = check_minutes(e.minutes)
        e.day = check_day(e.day)
        clean.append(e)
    with transaction(conn):
        for e in clean:
            member = members.get_member(conn, e.member_id)
            if member["status"] != "active":
                raise ValidationError({"member": msg(
                    "{member_number} has left the time bank.",
                    member_number=member['member_number'])})
            if member["member_type"] == "organisation":
                raise ValidationError({"member": (
                    msg(
                        "{member_number} is an organisation account: log the hours for the "
                        "people who gave the time.",
                        member_number=member['member_number']))})
            activities.get_activity(conn, e.activity_id)
        assign_projects(conn, clean)
        totals = day_totals(conn, ((e.member_id, e.day) for e in clean))
        for e in clean:
            totals[(e.member_id, e.day)] += e.minutes
        for (member_id, day), total in totals.items():
            problem = long_day_problem(total)
            if problem and (total > DAY_MAX_MINUTES or not confirm_long_day):
                number = members.get_member(conn, member_id)["member_number"]
                raise ValidationError({"minutes": msg(
                    "{number} on {day}: {problem}",
                    number=number, day=day, problem=problem)})
        return ledger.post_many(conn, actor, [to_transfer(e, actor) for e in clean])


def log_hours(conn: sqlite3.Connection, actor: Actor, entry: Entry, *,
              confirm_long_day: bool = False) -> dict[str, Any]:
    return log_entries(conn, actor, [entry], confirm_long_day=confirm_long_day)[0]


def log_group_session(
    conn: sqlite3.Connection, actor: Actor, *, activity_id: str, day: str,
    attendees: Sequence[tuple[str, int]], project_id: str | None = None,
    verified_by: str = "", note: str = "", confirm_long_day: bool = False,
) -> list[dict[str, Any]]:
    """One sign-in sheet: the same activity and day for many members, each with minutes."""
    seen: set[str] = set()
    for member_id, _ in attendees:
        if member_id in seen:
            raise ValidationError({"member": "A member is on the sheet twice."})
        seen.add(member_id)
    entries = [Entry(member_id=m, activity_id=activity_id, day=day, minutes=mins,
                     project_id=project_id, verified_by=verified_by, note=note)
               for m, mins in attendees]
    return log_entries(conn, actor, entries, confirm_long_day=confirm_long_day)
