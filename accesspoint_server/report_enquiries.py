"""The open data's enquiry and signposting tables in one pass over the report index.

Why: the general path (report_data.enquiry_rows -> open_data.build -> aggregate) makes
a dict per enquiry and walks the list five times through crosstab's per-record
callbacks. Here each enquiry is looked at once and every table it counts in is filled
at the same time, exactly as aggregate makes them: the same filters, the same cells
first seen in the same order (suppression breaks ties by it), the same distinct people
behind every cell and total. tests/server/test_report_timebank.py compares the two
paths on data built to trip them.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from datetime import date
from typing import Any

from accesspoint.reports import open_data
from accesspoint.reports.aggregate import iso_week, postcode_district
from accesspoint.reports.suppression import TOTAL, Table

from .report_index import _str

Cell = tuple[Hashable, Hashable]
BY_CHANNEL, BY_OUTCOME = "enquiries_by_week_channel", "enquiries_by_week_outcome"
BY_AREA, NEEDS, UNMET = "enquiries_by_area_outcome", "needs_by_week", "unmet_needs_by_area"
SIGNPOSTING = "signposting_by_week"


class _Tally:
    """One crosstab being filled: counts and the people behind each cell."""

    def __init__(self, rows: list[Hashable] | None, cols: list[Hashable]) -> None:
        self.rows, self.cols = rows, cols
        self.row_set = None if rows is None else set(rows)
        self.col_set = set(cols)
        self.values: dict[Cell, int] = {}
        self.people: dict[Cell, set[Hashable]] = {}
        self.seen_rows: dict[Hashable, None] = {}
        self.anonymous = 0

    def who(self, person: Hashable | None) -> Hashable:
        if person is not None:
            return person
        self.anonymous += 1  # one of their own per record, as crosstab counts them
        return ("anonymous", self.anonymous)

    def add(self, row: Hashable, cols: Iterable[Hashable], who: Hashable) -> None:
        for col in cols:
            if (self.row_set is not None and row not in self.row_set) or \
                    col not in self.col_set:
                continue
            self.seen_rows[row] = None
            key = (row, col)
            self.values[key] = self.values.get(key, 0) + 1
            cell = self.people.get(key)
            if cell is None:
                cell = self.people[key] = set()
            cell.add(who)

    def table(self) -> Table:
        people: dict[Cell, set[Hashable]] = {}
        for (row, col), who in self.people.items():
            people[(row, col)] = who
            for key in ((row, TOTAL), (TOTAL, col), (TOTAL, TOTAL)):
                people.setdefault(key, set()).update(who)
        rows = list(self.rows) if self.rows is not None else sorted(self.seen_rows, key=str)
        table = Table(rows=rows, cols=list(self.cols), values=dict(self.values)).complete()
        table.contributors = {k: len(people.get(k, ())) for k in table.values}
        return table


def enquiry_tables(enquiries: list[tuple[str, Any]], people: dict[str, tuple[str, str]],
                   start: date, end: date, hub_id: str | None, weeks: list[Hashable],
                   needs: list[Hashable]) -> dict[str, Table]:
    """The five enquiry tables for [start, end] from the index's (id, (hub, fields))
    items, as report_data.enquiry_rows feeds them to open_data.build."""
    first, last = start.isoformat(), end.isoformat()
    channels, outcomes = open_data.CHANNELS, open_data.OUTCOMES
    t = {BY_CHANNEL: _Tally(weeks, channels), BY_OUTCOME: _Tally(weeks, outcomes),
         BY_AREA: _Tally(None, outcomes), NEEDS: _Tally(weeks, needs),
         UNMET: _Tally(None, needs)}
    week_of: dict[str, str] = {}
    area_of: dict[str, str] = {}
    for _rid, (hub, pl) in enquiries:
        if hub_id and hub != hub_id:
            continue
        day = pl.get("created_at")
        channel, outcome = pl.get("channel"), pl.get("outcome")
        if (day is None or not first <= day <= last or channel not in channels
                or outcome not in outcomes):
            continue
        pid = _str(pl.get("person_id"))
        person, postcode = people.get(pid, (pid, "")) if pid else (None, "")
        week = week_of.get(day)
        if week is None:
            week = week_of[day] = iso_week(date.fromisoformat(day))
        area = area_of.get(postcode)
        if area is None:
            area = area_of[postcode] = postcode_district(postcode)
        codes = list(dict.fromkeys(pl["needs"]))
        for name, row, cols in ((BY_CHANNEL, week, (channel,)), (BY_OUTCOME, week, (outcome,)),
                                (BY_AREA, area, (outcome,)), (NEEDS, week, codes)):
            tally = t[name]
            tally.add(row, cols, tally.who(person))
        if outcome == "no_suitable_service":
            t[UNMET].add(area, codes, t[UNMET].who(person))
    return {name: tally.table() for name, tally in t.items()}


def signposting_table(referrals: list[tuple[str, Any]], people: dict[str, tuple[str, str]],
                      start: date, end: date, hub_id: str | None,
                      weeks: list[Hashable]) -> Table:
    """As report_data.referral_rows -> aggregate.referrals_by_week."""
    first, last = start.isoformat(), end.isoformat()
    tally = _Tally(weeks, ["signpost", "referral"])
    for _rid, (hub, pl) in referrals:
        if hub_id and hub != hub_id:
            continue
        day, kind = pl.get("created_at"), pl.get("kind")
        if day is None or not first <= day <= last or kind not in ("signpost", "referral"):
            continue
        pid = _str(pl.get("person_id"))
        person = people.get(pid, (pid, ""))[0] if pid else None
        tally.add(iso_week(date.fromisoformat(day)), (kind,), tally.who(person))
    return tally.table()


def replace(published: list[open_data.Published], enquiries: list[tuple[str, Any]],
            referrals: list[tuple[str, Any]], people: dict[str, tuple[str, str]],
            start: date, end: date, hub_id: str | None) -> None:
    """Fill the enquiry and signposting tables of an open_data.build made without
    enquiries or referrals, in place (the caller protects the tables again)."""
    by_name = {p.name: p for p in published}
    weeks = list(by_name[BY_CHANNEL].table.rows)
    needs = list(by_name[NEEDS].table.cols)
    for name, table in enquiry_tables(enquiries, people, start, end, hub_id, weeks,
                                      needs).items():
        by_name[name].table = table
    if SIGNPOSTING in by_name:
        by_name[SIGNPOSTING].table = signposting_table(referrals, people, start, end,
                                                       hub_id, weeks)
