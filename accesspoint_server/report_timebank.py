"""The open data's two tables made from ledger transfers, in one pass over the report
index's transfer tuples.

Why: the general path (report_data.transfer_rows -> open_data.build -> aggregate)
turns each of a million transfers into a dict, copies it once more to make its
activity code safe, then walks the list twice through crosstab's per-record
callbacks: most of a 7 s open-data request. Here each transfer is looked at once,
as a tuple, and the tables come out exactly as aggregate.hours_by_month_activity and
aggregate.active_members_by_month make them: the same filters, the same cells, the
same float additions in the same order (so the same sums to the last bit), the same
distinct members behind every cell and total. tests/server/test_report_timebank.py
compares the two paths on data built to trip them.
"""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date

from accesspoint.reports import open_data
from accesspoint.reports.suppression import TOTAL, Table

from .report_index import Transfer

HOURS = "timebank_hours_by_month_activity"
ACTIVE = "timebank_active_members_by_month"


def _safe_codes(codes: dict[str, str]) -> dict[str, str]:
    """Activity id -> the code published for it (report_data.transfer_rows then
    open_data.build: an unknown or blank code is "other", then made safe)."""
    return {rid: open_data.safe_code(code or "other") for rid, code in codes.items()}


def tables(transfers: list[Transfer], codes: dict[str, str], start: date, end: date,
           hub_id: str | None, months: list[Hashable],
           activities: list[Hashable]) -> tuple[Table, Table]:
    """(hours by month and activity, active members by month) for [start, end]; `months`
    and `activities` are the rows and columns open_data.build chose for the table."""
    first, last = start.isoformat(), end.isoformat()
    safe = _safe_codes(codes)
    reversed_ids = {t.reverses for t in transfers if t.reverses}
    month_set, act_set = set(months), set(activities)
    values: dict[tuple[Hashable, Hashable], float] = {}
    cell_people: dict[tuple[Hashable, Hashable], set[Hashable]] = {}
    active: dict[Hashable, set[Hashable]] = {m: set() for m in months}
    anonymous = 0
    # Unpacked in the loop header (C speed), not read field by field: a million rows.
    for (hub, tid, reverses, _ad, _ca, _mn, kind, act, _mi, member, _fa, day, _cd,
         hours) in transfers:
        # As report_data.transfer_rows: corrections out (a reversal may come from any
        # hub), then the hub, the day, whole minutes, and what a correction reversed.
        if (reverses or (hub_id and hub != hub_id) or day is None or not first <= day <= last
                or hours is None or tid in reversed_ids):
            continue
        if member and kind in ("earn", "spend"):
            active[day[:7]].add(member)
        if kind != "earn":
            continue
        col = (safe.get(act) or "other") if isinstance(act, str) and act else "unspecified"
        month = day[:7]
        if month not in month_set or col not in act_set:
            continue
        key = (month, col)
        values[key] = values.get(key, 0) + hours
        if member is None:
            anonymous += 1
            who: Hashable = ("anonymous", anonymous)  # each counts as one of their own
        else:
            who = member
        cell = cell_people.get(key)
        if cell is None:
            cell = cell_people[key] = set()
        cell.add(who)
    return _hours_table(values, cell_people, months, activities), _active_table(active)


def _hours_table(values: dict[tuple[Hashable, Hashable], float],
                 cell_people: dict[tuple[Hashable, Hashable], set[Hashable]],
                 months: list[Hashable], activities: list[Hashable]) -> Table:
    """As aggregate.crosstab with row and column totals."""
    people: dict[tuple[Hashable, Hashable], set[Hashable]] = {}
    for (row, col), who in cell_people.items():
        people[(row, col)] = who
        for key in ((row, TOTAL), (TOTAL, col), (TOTAL, TOTAL)):
            people.setdefault(key, set()).update(who)
    table = Table(rows=list(months), cols=list(activities), values=values).complete()
    table.contributors = {k: len(people.get(k, ())) for k in table.values}
    return table


def _active_table(active: dict[Hashable, set[Hashable]]) -> Table:
    """As aggregate.active_members_by_month: no totals (people are not additive)."""
    table = Table(rows=list(active), cols=["active_members"], row_totals=False,
                  col_totals=False)
    table.values = {(m, "active_members"): len(s) for m, s in active.items()}
    return table.complete()


def replace(published: list[open_data.Published], transfers: list[Transfer],
            codes: dict[str, str], start: date, end: date, hub_id: str | None) -> None:
    """Fill the two transfer tables of an open_data.build made without transfers, in
    place. The caller protects the tables again afterwards."""
    by_name = {p.name: p for p in published}
    hours, active = by_name[HOURS], by_name[ACTIVE]
    hours.table, active.table = tables(transfers, codes, start, end, hub_id,
                                       list(hours.table.rows), list(hours.table.cols))
