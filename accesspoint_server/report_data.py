"""Council-wide reports: the hubs' pushed records adapted into the row shapes of the
app's standard-library report modules (`accesspoint.reports.*`), so the council
publishes exactly the tables, suppression and charts the app does.

The server stores what hubs push as JSON payloads per kind (`records`). The
readers below work on report_index.py's copy of those payloads' report fields
(parsed once, kept current from the change feed): descriptions, notes, names,
contact details and addresses are never read into it nor into a report row. Date
ranges are filtered here, in Python (payload dates are the hubs' own).
"""

from __future__ import annotations

import csv
import io
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, select

from accesspoint.reports import dashboard, open_data
from accesspoint.reports.aggregate import postcode_district
from accesspoint.reports.charts import ChartData, Filters
from accesspoint.reports.dictionary import dictionary
from accesspoint.reports.rollups import EnquiryRollup, LedgerRollup

from . import models as m
from . import report_enquiries, report_timebank
from .db import Database
from .report_index import (
    NEED_LABELS,
    TRANSFER,
    Transfer,
    _day,
    _str,
    index_for,
    pinned,
    read_state,
)

NEEDS = list(NEED_LABELS)
TABLES = ["enquiries_by_week_channel", "enquiries_by_week_outcome",
          "enquiries_by_area_outcome", "needs_by_week", "unmet_needs_by_area",
          "signposting_by_week", "timebank_hours_by_month_activity",
          "timebank_new_members_by_month", "timebank_active_members_by_month"]
CHARTS = ["enquiries_by_channel", "enquiries_by_need", "enquiries_by_outcome",
          "unmet_needs_by_need", "unmet_needs_by_area", "top_services", "referral_outcomes",
          "overdue_follow_ups", "timebank_hours_by_activity", "timebank_members",
          "timebank_credits", "time_audit_who", "time_audit_how_much", "time_audit_when",
          "time_audit_where"]
MAX_DAYS = 3660  # ten years: bounds the work one request can ask for
class RangeError(ValueError):
    """A date range the reports refuse (reversed, or longer than MAX_DAYS)."""


def check_range(start: date, end: date) -> None:
    if start > end:
        raise RangeError("'from' is after 'to'.")
    if (end - start).days >= MAX_DAYS:
        raise RangeError(f"The range is longer than {MAX_DAYS} days; ask for less.")


def today_utc() -> date:
    return datetime.now(UTC).date()


# -- reading the stored payloads ---------------------------------------------------------


def _payloads(conn: Connection, kind: str,
              hub_id: str | None = None) -> Iterator[tuple[str, str | None, dict[str, Any]]]:
    """(record id, hub, the payload's report fields) of every live record of `kind`,
    from the in-memory index (report_index.py: parsed once, kept current from the
    change feed), not from the stored JSON."""
    for rid, (hub, fields) in _snapshot(conn, kind):
        if not hub_id or hub == hub_id:
            yield rid, hub, fields


def _snapshot(conn: Connection, kind: str) -> list[tuple[str, Any]]:
    ix = index_for(conn)
    with ix.lock:  # a copy: another request may bring the index up to date meanwhile
        return list(ix.items[kind].items())


def _people(conn: Connection, hub_id: str | None) -> dict[str, tuple[str, str]]:
    """Person id -> (the key to count them by, postcode). A merged person counts as the
    person they were merged into; an erased person keeps an opaque key, no postcode."""
    out = {}
    for rid, _hub, pl in _payloads(conn, "person", hub_id):
        out[rid] = (_str(pl.get("merged_into")) or rid, _str(pl.get("postcode")) or "")
    return out


def enquiry_rows(conn: Connection, start: date, end: date, hub_id: str | None = None,
                 people: dict[str, tuple[str, str]] | None = None) -> Iterator[dict[str, Any]]:
    """Enquiry records for `aggregate` ({"created_at", "hub_id", "channel", "outcome",
    "needs", "person", "postcode"}), created in [start, end]. Enquiries with a channel
    or outcome the app cannot record are left out (the linked tables must agree)."""
    first, last = start.isoformat(), end.isoformat()
    people = _people(conn, hub_id) if people is None else people
    for _rid, hub, pl in _payloads(conn, "enquiry", hub_id):
        day = pl.get("created_at")  # a day or None: the index normalised it
        channel, outcome = pl.get("channel"), pl.get("outcome")
        if (day is None or not first <= day <= last or channel not in open_data.CHANNELS
                or outcome not in open_data.OUTCOMES):
            continue
        pid = _str(pl.get("person_id"))
        person, postcode = people.get(pid, (pid, "")) if pid else (None, "")
        yield {"created_at": day, "hub_id": hub, "channel": channel, "outcome": outcome,
               "person": person, "postcode": postcode, "needs": list(pl["needs"])}


def referral_rows(conn: Connection, start: date, end: date, hub_id: str | None = None,
                  people: dict[str, tuple[str, str]] | None = None) -> Iterator[dict[str, Any]]:
    """Signposts and referrals: kind and person only (service names are typed text)."""
    first, last = start.isoformat(), end.isoformat()
    people = _people(conn, hub_id) if people is None else people
    for _rid, hub, pl in _payloads(conn, "referral", hub_id):
        day = pl.get("created_at")
        if day is None or not first <= day <= last or pl.get("kind") not in (
                "signpost", "referral"):
            continue
        pid = _str(pl.get("person_id"))
        yield {"created_at": day, "hub_id": hub, "kind": pl["kind"],
               "person": people.get(pid, (pid, ""))[0] if pid else None}


def activity_codes(conn: Connection) -> dict[str, str]:
    """Activity id -> code, from the catalogue the council publishes."""
    return {rid: str(pl.get("code") or "") for rid, _h, pl in _payloads(conn, "activity")}


def _transfers(conn: Connection) -> list[Transfer]:
    ix = index_for(conn)
    with ix.lock:  # the tuples only (no (id, tuple) pairs: a million of them)
        return list(ix.items[TRANSFER].values())


def _minutes(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def transfer_rows(conn: Connection, start: date, end: date,
                  hub_id: str | None = None) -> Iterator[dict[str, Any]]:
    """Live transfers for `aggregate` ({"day", "hub_id", "kind", "minutes", "activity",
    "member"}): a correction and the transfer it reverses both drop out, as in the app."""
    first, last = start.isoformat(), end.isoformat()
    codes = activity_codes(conn)
    rows, reversed_ids = [], set()
    for t in _transfers(conn):  # a reversal may come from any hub
        if t.reverses:
            reversed_ids.add(t.reverses)
        elif not hub_id or t.hub == hub_id:
            rows.append(t)
    for t in rows:
        day = t.day
        minutes = _minutes(t.minutes)
        if day is None or not first <= day <= last or t.id in reversed_ids or minutes is None:
            continue
        act = _str(t.activity_id)
        yield {"day": day, "hub_id": t.hub, "kind": t.kind, "minutes": minutes,
               "activity": (codes.get(act) or "other") if act else None,
               "member": t.member_any}


def member_rows(conn: Connection, start: date, end: date,
                hub_id: str | None = None) -> Iterator[dict[str, Any]]:
    first, last = start.isoformat(), end.isoformat()
    for rid, hub, pl in _payloads(conn, "member", hub_id):
        day = _day(pl.get("joined_on"))
        if day is not None and first <= day <= last:
            yield {"joined_on": day, "hub_id": hub, "member_type": pl.get("member_type"),
                   "member": rid}


def data_span(conn: Connection) -> tuple[date, date] | None:
    """First and last day with an enquiry or a ledger transfer."""
    days = [d for _r, _h, pl in _payloads(conn, "enquiry") if (d := pl.get("created_at"))]
    days += [d for t in _transfers(conn) if (d := t.created_day)]
    if not days:
        return None
    return date.fromisoformat(min(days)), date.fromisoformat(max(days))


def hub_exists(conn: Connection, hub_id: str) -> bool:
    return conn.execute(select(m.hubs.c.id).where(m.hubs.c.id == hub_id)).first() is not None


# -- open data ---------------------------------------------------------------------------


def sources(conn: Connection, start: date, end: date, hub_id: str | None = None, *,
            transfers: bool = True) -> open_data.Sources:
    """The rows open_data.build reads (`transfers=False`: none of the transfers, whose
    tables report_timebank makes faster)."""
    people = _people(conn, hub_id)
    return open_data.Sources(
        enquiries=list(enquiry_rows(conn, start, end, hub_id, people)),
        transfers=list(transfer_rows(conn, start, end, hub_id)) if transfers else [],
        members=list(member_rows(conn, start, end, hub_id)),
        needs=NEEDS,
        activities=sorted(c for c in activity_codes(conn).values() if c),
        has_timebank=True,
        referrals=list(referral_rows(conn, start, end, hub_id, people)),
    )


@dataclass
class OpenData:
    start: date
    end: date
    tables: list[open_data.Published]

    def table(self, name: str) -> open_data.Published | None:
        return next((p for p in self.tables if p.name == name), None)

    def to_json(self) -> dict[str, Any]:
        return {"period": {"from": self.start.isoformat(), "to": self.end.isoformat()},
                "dictionary": dictionary(self.tables, self.start, self.end)[1],
                "tables": [open_data._json_doc(p, self.start, self.end) for p in self.tables]}


def build_open_data(conn: Connection, start: date, end: date,
                    hub_id: str | None = None) -> OpenData:
    """Every open-data table for [start, end] widened to whole ISO weeks, protected and
    checked (refuses to return anything that is not a code, key or safe number)."""
    check_range(start, end)
    start, end = open_data.whole_weeks(start, end)
    codes = activity_codes(conn)
    # open_data.build makes the tables' shapes and texts; the enquiry, signposting and
    # transfer tables are then filled in one pass each over the index
    # (report_enquiries, report_timebank: equal to the general path, tested), and
    # every table is protected again as build does (links span the enquiry tables).
    tables = open_data.build(open_data.Sources(
        enquiries=[], transfers=[], members=list(member_rows(conn, start, end, hub_id)),
        needs=NEEDS, activities=sorted(c for c in codes.values() if c), has_timebank=True,
        referrals=[]), start, end)
    report_enquiries.replace(tables, _snapshot(conn, "enquiry"), _snapshot(conn, "referral"),
                             _people(conn, hub_id), start, end, hub_id)
    report_timebank.replace(tables, _transfers(conn), codes, start, end, hub_id)
    open_data._protect(tables)
    open_data.check_publishable(tables)
    return OpenData(start, end, tables)


def table_csv(p: open_data.Published) -> str:
    """The table's CSV exactly as `accesspoint report open-data` writes the file."""
    buf = io.StringIO(newline="")
    csv.writer(buf).writerows(open_data._csv_rows(p))
    return buf.getvalue()


def default_range(conn: Connection) -> tuple[date, date]:
    """As the app: from the first record to the end of the last complete week."""
    today = today_utc()
    last_sunday = today - timedelta(days=today.isoweekday())
    span = data_span(conn)
    start = span[0] if span else last_sunday - timedelta(days=6)
    return min(start, last_sunday - timedelta(days=6)), last_sunday


def export_open_data(db: Database, out_dir: Any, start: date | None = None,
                     end: date | None = None, hub_id: str | None = None) -> list[Any]:
    """`accesspoint-server report open-data`: the app's files, across all hubs."""
    from pathlib import Path

    with db.read() as conn:
        if start is None or end is None:
            d_start, d_end = default_range(conn)
            start, end = start or d_start, end or d_end
        if hub_id and not hub_exists(conn, hub_id):
            raise LookupError(f"no hub {hub_id}")
        result = build_open_data(conn, start, end, hub_id)
    return open_data.write(result.tables, Path(out_dir), result.start, result.end, dictionary)


# -- the council's dashboard (not suppressed) --------------------------------------------


def enquiry_rollup(conn: Connection, start: date, end: date, today: date,
                   hub_id: str | None = None) -> EnquiryRollup:
    first, last, now = start.isoformat(), end.isoformat(), today.isoformat()
    people = _people(conn, hub_id)
    by_day: dict[tuple, int] = defaultdict(int)
    needs: dict[tuple, int] = defaultdict(int)
    unmet: dict[tuple, int] = defaultdict(int)
    overdue: dict[tuple, int] = defaultdict(int)
    districts: dict[str, str] = {}
    for _rid, hub, pl in _payloads(conn, "enquiry", hub_id):
        follow = pl.get("follow_up_date")
        if follow and follow < now and not pl.get("follow_up_done_at"):
            late = (today - date.fromisoformat(follow)).days
            overdue[(late, "Enquiries", hub)] += 1
        day = pl.get("created_at")
        if day is None or not first <= day <= last:
            continue
        outcome = pl.get("outcome")
        by_day[(day, hub, pl.get("channel"), outcome)] += 1
        codes = pl["needs"]
        for need in codes:
            needs[(day, hub, need)] += 1
        if outcome == "no_suitable_service":
            pid = _str(pl.get("person_id"))
            postcode = people.get(pid, ("", ""))[1] if pid else ""
            area = districts.get(postcode)
            if area is None:
                area = districts[postcode] = postcode_district(postcode)
            for need in codes:
                unmet[(day, hub, need, area)] += 1
    referrals: dict[tuple, int] = defaultdict(int)
    for _rid, hub, pl in _payloads(conn, "referral", hub_id):
        kind = pl.get("kind")
        follow = pl.get("follow_up_date")
        if kind == "referral" and follow and follow < now and not pl.get("closed_at"):
            overdue[((today - date.fromisoformat(follow)).days, "Referrals", hub)] += 1
        day = pl.get("created_at")
        if day is None or not first <= day <= last:
            continue
        name = _str(pl.get("service_name")) or _str(pl.get("service_id")) or "(unnamed)"
        referrals[(day, hub, name, kind, pl.get("status"))] += 1

    def rows(counts: dict[tuple, int]) -> list[tuple]:
        return sorted(((*k, n) for k, n in counts.items()), key=lambda r: str(r[0]))

    return EnquiryRollup(by_day=rows(by_day), needs=rows(needs), unmet=rows(unmet),
                         referrals=rows(referrals),
                         overdue=[(*k, n) for k, n in overdue.items()])


def ledger_rollup(conn: Connection, start: date, end: date,
                  hub_id: str | None = None) -> LedgerRollup:
    """Minutes per (day, hub, activity, kind) and per (month, member, kind), for the
    whole months the range touches (the time-bank charts are by month)."""
    flt = dashboard.whole_months(Filters(start, end))
    first, last = flt.first, flt.last
    out = LedgerRollup(available=True)
    ix = index_for(conn)
    with ix.lock:  # kept summed by the index as transfers arrive: no pass over them here
        days, months = list(ix.ledger_day.items()), list(ix.ledger_month.items())
    for (day, hub, act, kind), (minutes, n) in days:
        if (not hub_id or hub == hub_id) and first <= day <= last:
            out.day[(day, hub, act, kind)] = [minutes, n]
    for (month, member, kind, hub), (minutes, _n) in months:
        if (not hub_id or hub == hub_id) and first[:7] <= month <= last[:7]:
            key = (month, member, kind)
            out.member_month[key] = out.member_month.get(key, 0) + minutes
    for rid, hub, pl in _payloads(conn, "member"):
        out.members[rid] = (str(pl.get("member_type") or "adult"),
                            _day(pl.get("joined_on")) or "", hub or "")
    out.activities = {rid: str(pl.get("name") or pl.get("code") or rid)
                      for rid, _h, pl in _payloads(conn, "activity")}
    return out


def hub_names(conn: Connection) -> dict[str, str]:
    return {r.id: r.name for r in conn.execute(select(m.hubs.c.id, m.hubs.c.name))}


def build_dashboard(conn: Connection, start: date, end: date, period: str = "week",
                    hub_id: str | None = None,
                    today: date | None = None) -> dict[str, list[ChartData]]:
    """Every dashboard chart across hubs (or one hub), unsuppressed: council staff only."""
    check_range(start, end)
    today = today or today_utc()
    flt = Filters(start, end, hub_id, period)
    return dashboard.build(
        enquiry_rollup(conn, start, end, today, hub_id), ledger_rollup(conn, start, end, hub_id),
        flt, today=today, need_label=lambda c: NEED_LABELS.get(c, c),
        hub_names=hub_names(conn))


def chart_json(chart: ChartData) -> dict[str, Any]:
    return {"key": chart.key, "title": chart.title, "kind": chart.kind,
            "categories": list(chart.categories),
            "series": [[name, list(values)] for name, values in chart.series],
            "x_title": chart.x_title, "y_title": chart.y_title, "note": chart.note}


# -- a small cache: results are recomputed only when something was pushed ---------------


class ReportCache:
    """The last few results, keyed by their parameters and the database's state (epoch
    and seq counter: every push moves the counter, so a stale entry is never served)."""

    def __init__(self, size: int = 16) -> None:
        self.size = size
        self._items: OrderedDict[tuple, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, conn: Connection, key: tuple, make: Callable[[], Any]) -> Any:
        # The state is read once per request: it keys the result, and `make` reads
        # the index brought up to that same state (pinned), not read again per reader.
        state = read_state(conn)
        full = (*key, state)
        with self._lock:
            if full in self._items:
                self._items.move_to_end(full)
                return self._items[full]
        with pinned(conn, state):
            value = make()
        with self._lock:
            self._items[full] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value
