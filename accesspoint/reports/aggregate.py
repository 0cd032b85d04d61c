"""Aggregates over plain records (dicts), shared by the app and the council server.

Standard library only and no SQLite: the server feeds rows from PostgreSQL, the app
from SQLite, and both get the same tables. Records never carry names or free text;
the only person-level field is an opaque `person` key used to count distinct people.

Enquiry record:  {"created_at": ISO str, "hub_id", "channel", "outcome",
                  "needs": [codes], "person": key or None, "postcode": str}
Transfer record: {"day": "YYYY-MM-DD", "hub_id", "kind", "minutes": int,
                  "activity": code or None, "member": key or None}
Member record:   {"joined_on": "YYYY-MM-DD", "hub_id", "member_type", "member": key}
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Mapping
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

# Relative, so the server can vendor this package folder as it is.
from .suppression import TOTAL, Table

Record = Mapping[str, Any]

UNKNOWN_AREA = "unknown"
_FULL_POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$")
_OUTWARD = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")


def postcode_district(postcode: str | None) -> str:
    """The outward code ("E8 1DY" -> "E8"): the smallest area we ever report.

    No ward lookup ships with the app, and a district is larger than a ward's
    typical share of a postcode, so this is the floor; never go finer."""
    key = re.sub(r"\s+", "", (postcode or "").upper())
    found = _FULL_POSTCODE.match(key)
    if found:
        return found.group(1)
    if _OUTWARD.match(key):
        return key
    return UNKNOWN_AREA


def day_of(stamp: str) -> date:
    """The calendar day of an ISO date or UTC timestamp (the UTC day: stable everywhere)."""
    return _day(stamp[:10])


@lru_cache(maxsize=8192)
def _day(text: str) -> date:
    # A few hundred distinct days behind a million records: parse each once.
    return date.fromisoformat(text)


@lru_cache(maxsize=8192)
def month_of_stamp(stamp: str) -> str:
    """month_of(day_of(stamp)), remembered per distinct day."""
    return month_of(day_of(stamp))


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def period_key(day: date, period: str) -> str:
    if period == "day":
        return day.isoformat()
    if period == "week":
        return iso_week(day)
    if period == "month":
        return month_of(day)
    raise ValueError(f"unknown period {period!r}: day, week or month")


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weeks_between(start: date, end: date) -> list[str]:
    """Every ISO week touching [start, end], in order (so empty weeks appear as zeros)."""
    out, day = [], week_start(start)
    while day <= end:
        out.append(iso_week(day))
        day += timedelta(days=7)
    return out


def months_between(start: date, end: date) -> list[str]:
    out, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def crosstab(
    records: Iterable[Record],
    row_of: Callable[[Record], Hashable | None],
    cols_of: Callable[[Record], Iterable[Hashable]],
    person_of: Callable[[Record], Hashable | None],
    *,
    rows: list[Hashable] | None = None,
    cols: list[Hashable] | None = None,
    value_of: Callable[[Record], float] | None = None,
    row_totals: bool = True,
    col_totals: bool = True,
) -> Table:
    """Count (or sum `value_of`) records into a table, with the number of distinct
    people behind every cell and every total (totals of people are not sums of cells:
    one person may appear in several cells). A record whose person is unknown
    (anonymous) counts as a person of its own. A record may fall into several columns
    (an enquiry with two needs), so totals then count mentions, not records."""
    values: dict[tuple[Hashable, Hashable], float] = {}
    # Distinct people per cell only; a total's people are the union of its cells' at
    # the end (one set insertion per record instead of four: a million transfers).
    cell_people: dict[tuple[Hashable, Hashable], set[Hashable]] = {}
    seen_rows: dict[Hashable, None] = {}
    seen_cols: dict[Hashable, None] = {}
    row_set = None if rows is None else set(rows)  # membership per record: not a list scan
    col_set = None if cols is None else set(cols)
    for i, rec in enumerate(records):
        row = row_of(rec)
        if row is None:
            continue
        who = person_of(rec)
        who = ("anonymous", i) if who is None else who
        amount = value_of(rec) if value_of else 1
        for col in dict.fromkeys(cols_of(rec)):
            if (row_set is not None and row not in row_set) or (
                    col_set is not None and col not in col_set):
                continue
            seen_rows[row] = None
            seen_cols[col] = None
            values[(row, col)] = values.get((row, col), 0) + amount
            cell = cell_people.get((row, col))
            if cell is None:
                cell = cell_people[(row, col)] = set()
            cell.add(who)
    people: dict[tuple[Hashable, Hashable], set[Hashable]] = {}
    for (row, col), who_set in cell_people.items():
        targets = [(row, col)]
        if row_totals:
            targets.append((row, TOTAL))
        if col_totals:
            targets.append((TOTAL, col))
        if row_totals and col_totals:
            targets.append((TOTAL, TOTAL))
        for key in targets:
            if key == (row, col):
                people[key] = who_set
            else:
                people.setdefault(key, set()).update(who_set)
    table = Table(
        rows=list(rows) if rows is not None else sorted(seen_rows, key=str),
        cols=list(cols) if cols is not None else sorted(seen_cols, key=str),
        values=values,
        row_totals=row_totals,
        col_totals=col_totals,
    ).complete()
    table.contributors = {k: len(people.get(k, ())) for k in table.values}
    return table


# -- the published tables ------------------------------------------------------------


def _in_range(start: date, end: date) -> Callable[[Record], bool]:
    return lambda rec: start <= day_of(rec["created_at"]) <= end


def enquiries_by_week(records: Iterable[Record], start: date, end: date, column: str,
                      categories: list[str]) -> Table:
    """Enquiries per ISO week by a one-valued field (channel or outcome)."""
    inside = _in_range(start, end)
    return crosstab(
        (r for r in records if inside(r)),
        lambda r: iso_week(day_of(r["created_at"])),
        lambda r: [r[column]],
        lambda r: r.get("person"),
        rows=weeks_between(start, end), cols=categories,
    )


def needs_by_week(records: Iterable[Record], start: date, end: date,
                  needs: list[str]) -> Table:
    inside = _in_range(start, end)
    return crosstab(
        (r for r in records if inside(r)),
        lambda r: iso_week(day_of(r["created_at"])),
        lambda r: r["needs"],
        lambda r: r.get("person"),
        rows=weeks_between(start, end), cols=needs,
    )


def enquiries_by_area(records: Iterable[Record], start: date, end: date,
                      outcomes: list[str]) -> Table:
    inside = _in_range(start, end)
    return crosstab(
        (r for r in records if inside(r)),
        lambda r: postcode_district(r.get("postcode")),
        lambda r: [r["outcome"]],
        lambda r: r.get("person"),
        cols=outcomes,
    )


def unmet_needs_by_area(records: Iterable[Record], start: date, end: date,
                        needs: list[str]) -> Table:
    """Needs of enquiries closed as "no suitable service found", by district."""
    inside = _in_range(start, end)
    return crosstab(
        (r for r in records if inside(r) and r["outcome"] == "no_suitable_service"),
        lambda r: postcode_district(r.get("postcode")),
        lambda r: r["needs"],
        lambda r: r.get("person"),
        cols=needs,
    )


def referrals_by_week(records: Iterable[Record], start: date, end: date) -> Table:
    """Services suggested to residents per ISO week: signposted or referred."""
    inside = _in_range(start, end)
    return crosstab(
        (r for r in records if inside(r)),
        lambda r: iso_week(day_of(r["created_at"])),
        lambda r: [r["kind"]],
        lambda r: r.get("person"),
        rows=weeks_between(start, end), cols=["signpost", "referral"],
    )


def hours_by_month_activity(transfers: Iterable[Record], start: date, end: date,
                            activities: list[str]) -> Table:
    """Hours given (earn transfers) per month and activity; a cell with one to four
    members behind it is hidden however many hours it holds."""
    def keep(r: Record) -> bool:
        return r["kind"] == "earn" and start <= day_of(r["day"]) <= end

    return crosstab(
        (r for r in transfers if keep(r)),
        lambda r: month_of_stamp(r["day"]),
        lambda r: [r.get("activity") or "unspecified"],
        lambda r: r.get("member"),
        rows=months_between(start, end), cols=activities,
        value_of=lambda r: round(r["minutes"] / 60, 2),
    )


def new_members_by_month(members: Iterable[Record], start: date, end: date,
                         types: list[str]) -> Table:
    return crosstab(
        (m for m in members if start <= day_of(m["joined_on"]) <= end),
        lambda m: month_of(day_of(m["joined_on"])),
        lambda m: [m["member_type"]],
        lambda m: m.get("member"),
        rows=months_between(start, end), cols=types,
    )


def active_members_by_month(transfers: Iterable[Record], start: date, end: date) -> Table:
    """Distinct members who earned or spent credits each month. People are not
    additive across months, so this table has no totals."""
    active: dict[str, set[Hashable]] = {m: set() for m in months_between(start, end)}
    for r in transfers:
        day = day_of(r["day"])
        if r.get("member") and r["kind"] in ("earn", "spend") and start <= day <= end:
            active[month_of_stamp(r["day"])].add(r["member"])
    table = Table(rows=list(active), cols=["active_members"], row_totals=False,
                  col_totals=False)
    table.values = {(m, "active_members"): len(s) for m, s in active.items()}
    return table.complete()
