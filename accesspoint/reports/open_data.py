"""Open data: aggregate tables a council may publish, with small numbers suppressed.

What makes a table publishable here (docs/open-data.md says why):
- counts only, and sums of hours; no names, no free text, no record ids;
- areas no smaller than a postcode district ("E8"), weeks (ISO) as the finest time;
- every count of 1 to 4, and every cell with 1 to 4 people behind it, hidden as "[c]",
  with secondary suppression so totals cannot give a hidden cell back (suppression.py),
  across tables that publish the same totals too;
- the range is widened to whole ISO weeks, so two exports never differ by a day.
A last check refuses to write any string that is not a known category or key.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from . import aggregate
from .suppression import THRESHOLD, TOTAL, Key, Table, protect_linked

SUPPRESSED_CSV = "[c]"
CHANNELS = ["walk_in", "phone", "email", "outreach"]
OUTCOMES = ["information", "signposted", "referred", "escalated", "no_suitable_service", "open"]
MEMBER_TYPES = ["adult", "young_person", "organisation"]
_SAFE_CODE = re.compile(r"^[a-z0-9][a-z0-9_\-]{0,39}$")
_SAFE_VALUE = re.compile(
    r"^(\d{4}-W\d{2}|\d{4}-\d{2}|[A-Z]{1,2}[0-9][A-Z0-9]?|[a-z0-9][a-z0-9_\-]{0,39})$"
)


@dataclass
class Published:
    name: str
    title: str
    description: str
    row_dimension: str
    column_dimension: str
    unit: str
    table: Table
    hidden: set[Key] = field(default_factory=set)
    counts: bool = True


@dataclass
class Sources:
    """Plain records (see aggregate) and the category lists that fix the columns."""

    enquiries: list[dict[str, Any]]
    transfers: list[dict[str, Any]]
    members: list[dict[str, Any]]
    needs: list[str]
    activities: list[str]
    has_timebank: bool = False
    referrals: list[dict[str, Any]] | None = None  # None: not recorded on this device


def whole_weeks(start: date, end: date) -> tuple[date, date]:
    """Monday of the first week to Sunday of the last."""
    monday = aggregate.week_start(start)
    return monday, aggregate.week_start(end) + timedelta(days=6)


def safe_code(code: str | None) -> str:
    """Activity codes are managed by coordinators; anything code-like passes, the rest
    (which could be typed text) is published as "other"."""
    code = (code or "").strip().lower()
    return code if _SAFE_CODE.match(code) else "other"


def build(src: Sources, start: date, end: date) -> list[Published]:
    """Every table for [start, end] (already whole weeks), protected."""
    enq = src.enquiries
    tables = [
        Published("enquiries_by_week_channel", "Enquiries by week and channel",
                  "Each enquiry once, by how the resident contacted the hub.",
                  "iso_week", "channel", "enquiries",
                  aggregate.enquiries_by_week(enq, start, end, "channel", CHANNELS)),
        Published("enquiries_by_week_outcome", "Enquiries by week and outcome",
                  "Each enquiry once, by what happened (its latest outcome).",
                  "iso_week", "outcome", "enquiries",
                  aggregate.enquiries_by_week(enq, start, end, "outcome", OUTCOMES)),
        Published("enquiries_by_area_outcome", "Enquiries by area and outcome",
                  "Each enquiry once, by the postcode district of the resident"
                  " (\"unknown\" when anonymous or no postcode).",
                  "area", "outcome", "enquiries",
                  aggregate.enquiries_by_area(enq, start, end, OUTCOMES)),
        Published("needs_by_week", "Needs raised by week",
                  "Needs recorded on enquiries; an enquiry with two needs counts under"
                  " both, so totals count needs, not enquiries.",
                  "iso_week", "need", "needs",
                  aggregate.needs_by_week(enq, start, end, src.needs)),
        Published("unmet_needs_by_area", "Unmet needs by area",
                  "Needs of enquiries closed as \"no suitable service found\", by postcode"
                  " district; totals count needs, not enquiries.",
                  "area", "need", "needs",
                  aggregate.unmet_needs_by_area(enq, start, end, src.needs)),
    ]
    if src.referrals is not None:
        tables.append(Published(
            "signposting_by_week", "Signposting and referrals by week",
            "Services suggested to residents: signposted (told about) or referred (passed"
            " on with consent). One enquiry can lead to several.",
            "iso_week", "kind", "services suggested",
            aggregate.referrals_by_week(src.referrals, start, end)))
    if src.has_timebank:
        codes: dict[Any, str] = {}  # safe_code per distinct activity, not per transfer

        def code(activity: Any) -> str:
            if activity not in codes:
                codes[activity] = safe_code(activity)
            return codes[activity]

        transfers = [{**t, "activity": code(t.get("activity")) if t.get("activity")
                      else None} for t in src.transfers]
        acts = sorted({safe_code(a) for a in src.activities} | {"other", "unspecified"})
        tables += [
            Published("timebank_hours_by_month_activity", "Time bank hours by month and"
                      " activity", "Hours given (credits earned), by the month the time was"
                      " given. A cell with one to four members behind it is hidden.",
                      "month", "activity", "hours",
                      aggregate.hours_by_month_activity(transfers, start, end, acts),
                      counts=False),
            Published("timebank_new_members_by_month", "New time bank members by month",
                      "Members by the month they joined and member type.",
                      "month", "member_type", "members",
                      aggregate.new_members_by_month(src.members, start, end, MEMBER_TYPES)),
            Published("timebank_active_members_by_month", "Active time bank members by"
                      " month", "Members who earned or spent credits in the month (no"
                      " totals: a member active in two months counts in both).",
                      "month", "measure", "members",
                      aggregate.active_members_by_month(src.transfers, start, end)),
        ]
    _protect(tables)
    return tables


def _links(by_name: dict[str, Published]) -> list[list[tuple[str, Key]]]:
    """Entries that are the same number in different tables."""
    week_tables = ["enquiries_by_week_channel", "enquiries_by_week_outcome"]
    links: list[list[tuple[str, Key]]] = []
    for week in by_name[week_tables[0]].table.rows:
        links.append([(t, (week, TOTAL)) for t in week_tables])
    links.append([(t, (TOTAL, TOTAL)) for t in
                  [*week_tables, "enquiries_by_area_outcome"]])
    for outcome in OUTCOMES:
        links.append([("enquiries_by_week_outcome", (TOTAL, outcome)),
                      ("enquiries_by_area_outcome", (TOTAL, outcome))])
    return links


def _protect(tables: list[Published]) -> None:
    by_name = {p.name: p for p in tables}
    hidden = protect_linked({p.name: p.table for p in tables}, _links(by_name),
                            counts={p.name: p.counts for p in tables})
    for p in tables:
        p.hidden = hidden[p.name]


# -- writing ---------------------------------------------------------------------------


def _label(key: Any) -> str:
    return "total" if key == TOTAL else str(key)


def _fmt(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 2)


def _csv_rows(p: Published) -> list[list[Any]]:
    t = p.table
    cols = list(t.cols) + ([TOTAL] if t.row_totals else [])
    rows = list(t.rows) + ([TOTAL] if t.col_totals else [])
    out: list[list[Any]] = [[p.row_dimension, *(_label(c) for c in cols)]]
    for r in rows:
        line: list[Any] = [_label(r)]
        for c in cols:
            key = (r, c)
            line.append(SUPPRESSED_CSV if key in p.hidden else _fmt(t.values[key]))
        out.append(line)
    return out


def _json_doc(p: Published, start: date, end: date) -> dict[str, Any]:
    t = p.table
    cols = list(t.cols) + ([TOTAL] if t.row_totals else [])
    rows = list(t.rows) + ([TOTAL] if t.col_totals else [])
    data = []
    for r in rows:
        for c in cols:
            hidden = (r, c) in p.hidden
            data.append({p.row_dimension: _label(r), p.column_dimension: _label(c),
                         "value": None if hidden else _fmt(t.values[(r, c)]),
                         "suppressed": hidden})
    return {
        "table": p.name, "title": p.title, "description": p.description, "unit": p.unit,
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "row_dimension": p.row_dimension, "column_dimension": p.column_dimension,
        "columns": [_label(c) for c in cols], "rows": [_label(r) for r in rows],
        "suppression": {"threshold": THRESHOLD, "marker_csv": SUPPRESSED_CSV},
        "data": data,
    }


def check_publishable(tables: Iterable[Published]) -> None:
    """Refuse to write anything that is not a category, key or number we expect."""
    for p in tables:
        for r in p.table.rows:
            for c in p.table.cols:
                for text in (str(r), str(c)):
                    if not (_SAFE_VALUE.match(text) or text == aggregate.UNKNOWN_AREA):
                        raise ValueError(f"{p.name}: refusing to publish {text!r}")
        for key, value in p.table.values.items():
            people = (p.table.contributors or {}).get(key)
            small = (p.counts and 0 < value <= THRESHOLD) or (people and people <= THRESHOLD)
            if small and key not in p.hidden:
                raise ValueError(f"{p.name}: small number left visible at {key}")


def write(tables: list[Published], out_dir: Path, start: date, end: date,
          dictionary: Callable[[list[Published], date, date], tuple[str, dict]]) -> list[Path]:
    check_publishable(tables)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for p in tables:
        path = out_dir / f"{p.name}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows(_csv_rows(p))
        written.append(path)
        path = out_dir / f"{p.name}.json"
        path.write_text(json.dumps(_json_doc(p, start, end), indent=1) + "\n", encoding="utf-8")
        written.append(path)
    text, doc = dictionary(tables, start, end)
    (out_dir / "data-dictionary.md").write_text(text, encoding="utf-8")
    (out_dir / "data-dictionary.json").write_text(json.dumps(doc, indent=1) + "\n",
                                                  encoding="utf-8")
    written += [out_dir / "data-dictionary.md", out_dir / "data-dictionary.json"]
    return written
