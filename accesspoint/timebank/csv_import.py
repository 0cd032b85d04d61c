"""Importing sheets: hours from paper sign-in sheets, members from another time bank.

Both are all-or-nothing: every row is validated first and, if any row is bad,
nothing is written and the report lists each bad row (its line in the file)
and why. A sheet is fingerprinted by the SHA-256 of its normalised rows (order
and spacing do not matter), so importing the same sheet twice is refused.
Formats are documented in docs/timebank.md.
"""

from __future__ import annotations

import csv
import hashlib
import io
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accesspoint import people
from accesspoint.clock import today_local, utcnow_iso
from accesspoint.context import Actor
from accesspoint.db import transaction
from accesspoint.errors import AccessPointError, PermissionDeniedError, ValidationError, msg
from accesspoint.ids import new_id
from accesspoint.textnorm import phone_digits
from accesspoint.timebank import hours, ledger, members

HOURS_REQUIRED = ("member", "date", "activity", "minutes")
HOURS_OPTIONAL = ("beneficiary", "verified_by", "note")
MEMBERS_REQUIRED = ("member_number", "given_name", "family_name")
MEMBERS_OPTIONAL = ("phone", "postcode", "date_of_birth", "skills", "opening_balance_minutes",
                    "member_type", "email", "interests", "ypc_number", "organisation_name")


@dataclass
class BadRow:
    line: int
    problems: list[str]


@dataclass
class ImportResult:
    kind: str
    rows: int
    sha256: str
    sheet_id: str | None = None
    minutes: int = 0
    bad: list[BadRow] = field(default_factory=list)


class SheetRejectedError(AccessPointError):
    """Nothing was imported; `bad` lists the rows to fix."""

    def __init__(self, message: str, bad: list[BadRow] | None = None):
        self.bad = bad or []
        super().__init__(message)

    def report(self) -> str:
        lines = [str(self)]
        lines += [f"  line {b.line}: {'; '.join(b.problems)}" for b in self.bad]
        return "\n".join(lines)


def read_sheet(source: str | Path | io.TextIOBase) -> list[dict[str, str]]:
    """Rows keyed by lower-case header; each row also carries its file line as '_line'."""
    if isinstance(source, str | Path):
        text = Path(source).read_text(encoding="utf-8-sig")
    else:
        text = source.read()
    if not text.strip():
        raise SheetRejectedError("The sheet is empty.")
    try:
        dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = [h.strip().casefold().replace(" ", "_") for h in next(reader)]
    rows = []
    for values in reader:
        if not any(v.strip() for v in values):
            continue
        row = {h: (values[i].strip() if i < len(values) else "") for i, h in enumerate(header)}
        row["_line"] = str(reader.line_num)
        if len(values) > len(header):
            row["_extra"] = "1"
        rows.append(row)
    return rows


def _need_columns(rows: list[dict[str, str]], required: tuple[str, ...]) -> None:
    if not rows:
        raise SheetRejectedError("The sheet has a header but no rows.")
    missing = [c for c in required if c not in rows[0]]
    if missing:
        raise SheetRejectedError(msg(
            "The header row lacks: {missing}.",
            missing=', '.join(missing)))


def fingerprint(normalised: list[tuple[Any, ...]]) -> str:
    lines = sorted("\x1f".join(str(v) for v in row) for row in normalised)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _refuse_repeat(conn: sqlite3.Connection, kind: str, digest: str) -> None:
    row = conn.execute("SELECT filename, created_at FROM tb_sheets WHERE kind = ? AND sha256 = ?",
                       (kind, digest)).fetchone()
    if row:
        raise SheetRejectedError(msg(
            "This sheet was already imported ({filename}, {day}); nothing was imported again.",
            filename=row['filename'], day=row['created_at'][:10]))


def _record_sheet(conn: sqlite3.Connection, actor: Actor, kind: str, digest: str,
                  filename: str, count: int) -> str:
    sheet_id = new_id()
    conn.execute("INSERT INTO tb_sheets (id, sha256, kind, filename, rows, hub_id, created_by,"
                 " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (sheet_id, digest, kind, filename, count, actor.hub_id, actor.user_id,
                  utcnow_iso()))
    return sheet_id


@contextmanager
def _big_cache(conn: sqlite3.Connection, kib: int = 256 * 1024) -> Iterator[None]:
    """A bigger page cache for one bulk write: thousands of inserts land at random
    places in the ledger's account indexes, and re-reading evicted pages (decrypting
    them, with SQLCipher) is what makes a big sheet slow."""
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-kib}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


def _cached(seen: dict[str, tuple[Any, list[str]]], text: str, problems: list[str],
            check: Callable[[str], Any]) -> Any:
    if text not in seen:
        found: list[str] = []
        seen[text] = (_guard(found, lambda: check(text)), found)
    value, found = seen[text]
    problems.extend(found)
    return value


def _guard(problems: list[str], fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except ValidationError as exc:
        problems.extend(exc.problems.values())
        return None


def import_hours(
    conn: sqlite3.Connection, actor: Actor, source: str | Path | io.TextIOBase, *,
    filename: str | None = None, confirm_long_day: bool = False,
) -> ImportResult:
    if confirm_long_day and not actor.at_least("coordinator"):
        raise PermissionDeniedError("Only a coordinator can confirm more than 12 hours in a day.")
    name = filename or (Path(source).name if isinstance(source, str | Path) else "sheet.csv")
    rows = read_sheet(source)
    _need_columns(rows, HOURS_REQUIRED)
    by_number = {r[0].casefold(): (r[1], r[2], r[3]) for r in conn.execute(
        "SELECT member_number, id, status, member_type FROM tb_members")}
    acts: dict[str, dict[str, Any]] = {}
    for a in conn.execute("SELECT * FROM tb_activities"):
        acts.setdefault(a["code"].casefold(), dict(a))
        acts.setdefault(a["name"].casefold(), dict(a))
    parsed: list[tuple[int, hours.Entry]] = []
    bad: list[BadRow] = []
    today = today_local()
    day_seen: dict[str, tuple[Any, list[str]]] = {}
    minutes_seen: dict[str, tuple[Any, list[str]]] = {}
    normalised = []
    for row in rows:
        line = int(row["_line"])
        problems: list[str] = []
        if row.get("_extra"):
            problems.append("more values than header columns (a stray comma?)")
        number = row["member"].strip()
        member = by_number.get(number.casefold())
        if not number:
            problems.append("no member number")
        elif member is None:
            problems.append(f"unknown member '{number}'")
        elif member[1] != "active":
            problems.append(f"member {number} has left the time bank")
        elif member[2] == "organisation":
            problems.append(f"{number} is an organisation account, not a person giving time")
        act = acts.get(row["activity"].strip().casefold())
        if act is None:
            problems.append(f"unknown activity '{row['activity']}'")
        # A sheet repeats a handful of dates and durations: check each distinct text once.
        day = _cached(day_seen, row["date"], problems,
                      lambda text: hours.check_day(text, today))
        minutes = _cached(minutes_seen, row["minutes"], problems, hours.check_minutes)
        extras = {k: row.get(k, "") for k in HOURS_OPTIONAL}
        normalised.append((number.upper(), day or row["date"],
                           act["code"] if act else row["activity"].casefold(),
                           minutes if minutes is not None else row["minutes"],
                           *(" ".join(v.split()) for v in extras.values())))
        if problems:
            bad.append(BadRow(line, problems))
            continue
        parsed.append((line, hours.Entry(member_id=member[0], activity_id=act["id"], day=day,
                                         minutes=minutes, **extras)))
    digest = fingerprint(normalised)
    _refuse_repeat(conn, "hours", digest)
    # Day limits across the sheet and what is already logged.
    totals = hours.day_totals(conn, ((e.member_id, e.day) for _, e in parsed))
    lines_for: dict[tuple[str, str], list[int]] = {}
    for line, e in parsed:
        totals[(e.member_id, e.day)] += e.minutes
        lines_for.setdefault((e.member_id, e.day), []).append(line)
    for key, total in totals.items():
        problem = hours.long_day_problem(total)
        if problem and (total > hours.DAY_MAX_MINUTES or not confirm_long_day):
            if total <= hours.DAY_MAX_MINUTES:
                problem += " (re-run with --confirm-long-days as a coordinator)"
            for line in lines_for[key]:
                bad.append(BadRow(line, [problem]))
    if bad:
        bad.sort(key=lambda b: b.line)
        raise SheetRejectedError(msg(
            "Nothing imported: {bad} of {rows} rows need fixing.",
            bad=len(bad), rows=len(rows)),
                            bad)
    with transaction(conn), _big_cache(conn):
        _refuse_repeat(conn, "hours", digest)
        sheet_id = _record_sheet(conn, actor, "hours", digest, name, len(parsed))
        # In member order: the account indexes then take the new entries page by page
        # instead of jumping around a million-row index.
        ordered = sorted((e for _, e in parsed), key=lambda e: (e.member_id, e.day))
        hours.assign_projects(conn, ordered)
        ledger.post_many(conn, actor, [hours.to_transfer(e, actor, sheet_id) for e in ordered])
    return ImportResult("hours", len(parsed), digest, sheet_id,
                        sum(e.minutes for _, e in parsed))


def _existing_person(conn: sqlite3.Connection, fields: dict[str, Any]) -> str | None:
    """The same person already recorded at this hub (same names and birth date or phone)."""
    digits = phone_digits(fields.get("phone") or "")
    row = conn.execute(
        "SELECT id FROM people WHERE merged_into IS NULL AND given_name = ? COLLATE NOCASE"
        " AND family_name = ? COLLATE NOCASE AND ((date_of_birth IS NOT NULL AND"
        " date_of_birth = ?) OR (? != '' AND phone_digits = ?)) LIMIT 1",
        (fields.get("given_name", ""), fields.get("family_name", ""),
         fields.get("date_of_birth"), digits, digits),
    ).fetchone()
    return row[0] if row else None


def import_members(
    conn: sqlite3.Connection, actor: Actor, source: str | Path | io.TextIOBase, *,
    filename: str | None = None,
) -> ImportResult:
    """Bring members across from another time bank; an opening balance is a transfer
    from the migration account."""
    name = filename or (Path(source).name if isinstance(source, str | Path) else "members.csv")
    rows = read_sheet(source)
    _need_columns(rows, MEMBERS_REQUIRED)
    bad: list[BadRow] = []
    plans: list[dict[str, Any]] = []
    normalised = []
    seen_numbers: dict[str, int] = {}
    for row in rows:
        line = int(row["_line"])
        problems: list[str] = []
        number = row["member_number"].strip()
        if not number:
            problems.append("no member number")
        elif number.casefold() in seen_numbers:
            problems.append(f"member number {number} is also on line "
                            f"{seen_numbers[number.casefold()]}")
        elif members.find_by_number(conn, number):
            problems.append(f"member number {number} is already a member here")
        seen_numbers.setdefault(number.casefold(), line)
        person = {k: row.get(k, "") for k in ("given_name", "family_name", "phone", "postcode",
                                                "date_of_birth", "email")}
        person = _guard(problems, lambda p=person: people.validate(p)) or {}
        if not (row["given_name"] or row["family_name"]):
            problems.append("no name")
        mtype = row.get("member_type") or "adult"
        mtype = mtype.strip().casefold().replace(" ", "_")
        extra = {k: row.get(k, "") for k in ("skills", "interests", "ypc_number",
                                            "organisation_name")}
        _guard(problems, lambda t=mtype, x=extra: members.validate({"member_type": t, **x}))
        if mtype == "young_person" and not extra["ypc_number"]:
            problems.append("a young person needs a ypc_number")
        if mtype == "organisation" and not extra["organisation_name"]:
            problems.append("an organisation needs an organisation_name")
        opening_text = row.get("opening_balance_minutes", "").strip() or "0"
        try:
            opening = int(opening_text)
            if opening < 0:
                problems.append("opening_balance_minutes cannot be negative")
        except ValueError:
            opening = 0
            problems.append(f"opening_balance_minutes '{opening_text}' is not a whole number")
        normalised.append((number.upper(), *(" ".join(str(row.get(k, "")).split()).casefold()
                                             for k in MEMBERS_REQUIRED[1:] + MEMBERS_OPTIONAL)))
        if problems:
            bad.append(BadRow(line, problems))
            continue
        plans.append({"number": number, "person": person, "type": mtype, "extra": extra,
                      "opening": opening})
    digest = fingerprint(normalised)
    _refuse_repeat(conn, "members", digest)
    if bad:
        raise SheetRejectedError(msg(
            "Nothing imported: {bad} of {rows} rows need fixing.",
            bad=len(bad), rows=len(rows)),
                            bad)
    total = 0
    with transaction(conn):
        sheet_id = _record_sheet(conn, actor, "members", digest, name, len(plans))
        openings = []
        for plan in plans:
            person_id = _existing_person(conn, plan["person"])
            if person_id and members.members_of_person(conn, person_id):
                raise SheetRejectedError(msg(
                    "{number}: this person is already a member.",
                    number=plan['number']))
            member = members.create_member(
                conn, actor, person_id=person_id,
                person=None if person_id else plan["person"],
                member_number=plan["number"], member_type=plan["type"],
                **{k: v for k, v in plan["extra"].items() if v},
            )
            if plan["opening"]:
                total += plan["opening"]
                openings.append(ledger.Transfer(
                    from_account=ledger.MIGRATION, to_account=ledger.member_account(member["id"]),
                    minutes=plan["opening"], kind="opening", reason=f"Opening balance ({name})",
                    sheet_id=sheet_id))
        if openings:
            ledger.post_many(conn, actor, openings)
    return ImportResult("members", len(plans), digest, sheet_id, total)
