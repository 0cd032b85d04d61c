"""Day-level rollups the dashboard draws from, read from SQLite.

Why rollups: on a hub PC, grouping 100,000 enquiries and 1,000,000 ledger transfers
from scratch takes seconds, far over the 500 ms a filter change may take. So the
database is read once into small day-level tables (tens of thousands of rows) and
every chart is drawn from those (dashboard.py, pure Python, also used by the server).

- Enquiries and referrals are edited (outcome, status), so their rollup is re-read
  when the page hears that they changed.
- The ledger is append-only (triggers refuse edits), so its rollup is brought up to
  date incrementally from the last rowid seen. Since schema 6 the
  trigger-maintained tables in ROLLUP_SQL exist and are read instead, so even the
  first load is fast.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from .records import has_columns, has_table

# Created by migration 6 (accesspoint/migrations/m0006_reports.py keeps its own frozen
# copy); kept here so the benchmark can show the effect on older layouts.
ROLLUP_SQL = """
CREATE TABLE tb_rollup_day (
    day TEXT NOT NULL, hub_id TEXT NOT NULL, activity_id TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL, minutes INTEGER NOT NULL, transfers INTEGER NOT NULL,
    PRIMARY KEY (day, hub_id, activity_id, kind)
) WITHOUT ROWID;
CREATE TABLE tb_rollup_member_month (
    month TEXT NOT NULL, member_id TEXT NOT NULL, kind TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    PRIMARY KEY (month, member_id, kind)
) WITHOUT ROWID;
CREATE TRIGGER tb_rollup_insert AFTER INSERT ON tb_transfers
BEGIN
    INSERT INTO tb_rollup_day VALUES (
        COALESCE(NEW.activity_date, substr(NEW.created_at, 1, 10)), NEW.hub_id,
        COALESCE(NEW.activity_id, ''),
        CASE WHEN NEW.kind != 'correction' THEN NEW.kind
             WHEN NEW.activity_date IS NOT NULL THEN 'earn_correction'
             WHEN NEW.from_account = 'rewards' THEN 'spend_correction'
             ELSE 'correction' END,
        NEW.minutes, 1)
    ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes,
                              transfers = transfers + 1;
    INSERT INTO tb_rollup_member_month
    SELECT substr(COALESCE(NEW.activity_date, NEW.created_at), 1, 7), NEW.member_id,
           CASE WHEN NEW.kind != 'correction' THEN NEW.kind
                WHEN NEW.activity_date IS NOT NULL THEN 'earn_correction'
                WHEN NEW.from_account = 'rewards' THEN 'spend_correction'
                ELSE 'correction' END,
           NEW.minutes
    WHERE NEW.member_id IS NOT NULL
    ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes;
END;
"""

_KIND = (
    "CASE WHEN kind != 'correction' THEN kind"
    " WHEN activity_date IS NOT NULL THEN 'earn_correction'"
    " WHEN from_account = 'rewards' THEN 'spend_correction' ELSE 'correction' END"
)


@dataclass
class EnquiryRollup:
    # (day, hub_id, channel, outcome, count)
    by_day: list[tuple] = field(default_factory=list)
    # (day, hub_id, need_code, count)
    needs: list[tuple] = field(default_factory=list)
    # (day, hub_id, need_code, postcode district, count): no suitable service found
    unmet: list[tuple] = field(default_factory=list)
    # (day, hub_id, service_name, kind, status, count)
    referrals: list[tuple] | None = None
    # (days late, source, hub_id, count), as of the day it was read
    overdue: list[tuple] = field(default_factory=list)
    # Projections of the lists above, made by dashboard.py on first use.
    views: dict[tuple, list[tuple]] = field(default_factory=dict)


CHUNK_DAYS = 46  # one step of the first load: six or seven weeks of enquiries


def load_enquiries(conn: sqlite3.Connection, today: str) -> EnquiryRollup:
    """The whole enquiry rollup in one go (tests, the benchmark, small databases)."""
    for item in enquiry_steps(conn, today):
        if item is not None:
            return item
    raise AssertionError("enquiry_steps ended without a result")


def enquiry_steps(conn: sqlite3.Connection, today: str,
                  chunk_days: int | None = None) -> Iterator[EnquiryRollup | None]:
    """The enquiry rollup read a quarter at a time: yields None after each quarter (so
    the single DB worker can run other screens' work in between) and the rollup last.
    Quarters start at midnight, so no day's group is split between two of them."""
    from .aggregate import postcode_district

    chunk_days = chunk_days or CHUNK_DAYS
    first, last = conn.execute("SELECT min(created_at), max(created_at) FROM enquiries"
                               ).fetchone()
    by_day: list[tuple] = []
    needs: list[tuple] = []
    unmet: dict[tuple, int] = defaultdict(int)
    districts: dict[str, str] = {}
    if first:
        day, stop = date.fromisoformat(first[:10]), date.fromisoformat(last[:10])
        while day <= stop:
            nxt = day + timedelta(days=chunk_days)
            bounds = (day.isoformat(), nxt.isoformat())
            by_day += conn.execute(
                "SELECT substr(created_at, 1, 10), hub_id, channel, outcome, COUNT(*)"
                " FROM enquiries WHERE created_at >= ? AND created_at < ? GROUP BY 1, 2, 3, 4",
                bounds).fetchall()
            needs += conn.execute(
                "SELECT substr(e.created_at, 1, 10), e.hub_id, n.need_code, COUNT(*)"
                " FROM enquiries e JOIN enquiry_needs n ON n.enquiry_id = e.id"
                " WHERE e.created_at >= ? AND e.created_at < ? GROUP BY 1, 2, 3",
                bounds).fetchall()
            for d, hub, need, postcode, n in conn.execute(
                "SELECT substr(e.created_at, 1, 10), e.hub_id, n.need_code,"
                " COALESCE(p.postcode, ''), COUNT(*) FROM enquiries e"
                " JOIN enquiry_needs n ON n.enquiry_id = e.id"
                " LEFT JOIN people p ON p.id = e.person_id"
                " WHERE e.outcome = 'no_suitable_service' AND e.created_at >= ?"
                " AND e.created_at < ? GROUP BY 1, 2, 3, 4", bounds):
                area = districts.get(postcode)
                if area is None:
                    area = districts[postcode] = postcode_district(postcode)
                unmet[(d, hub, need, area)] += n
            day = nxt
            yield None
    out = EnquiryRollup(by_day=by_day, needs=needs)
    directory_unmet(conn, unmet, districts)
    out.unmet = [(*k, n) for k, n in unmet.items()]
    if has_columns(conn, "referrals", "service_name", "kind", "status"):
        out.referrals = conn.execute(
            "SELECT substr(created_at, 1, 10), hub_id, service_name, kind, status, COUNT(*)"
            " FROM referrals GROUP BY 1, 2, 3, 4, 5").fetchall()
    out.overdue = read_overdue(conn, today)
    # Sorted by day: the dashboard finds a date range by binary search.
    out.by_day = sorted((tuple(r) for r in out.by_day), key=_first)
    out.needs = sorted((tuple(r) for r in out.needs), key=_first)
    out.unmet = sorted(out.unmet, key=_first)
    if out.referrals is not None:
        out.referrals = sorted((tuple(r) for r in out.referrals), key=_first)
    yield out


def directory_unmet(conn: sqlite3.Connection, unmet: dict[tuple, int],
                    districts: dict[str, str]) -> None:
    """Add the directory's own "no suitable service" records (unmet_needs) to `unmet`,
    unless the enquiry already counts them through its outcome. Read live: the table
    is small and its needs are JSON."""
    from .aggregate import postcode_district

    if not has_columns(conn, "unmet_needs", "needs", "enquiry_id", "person_id"):
        return
    for d, hub, need, postcode, n in conn.execute(
        "SELECT substr(u.created_at, 1, 10), u.hub_id, j.value, COALESCE(p.postcode, ''),"
        " COUNT(*) FROM unmet_needs u, json_each(CASE WHEN json_valid(u.needs)"
        " THEN u.needs ELSE '[]' END) j LEFT JOIN people p ON p.id = u.person_id"
        " LEFT JOIN enquiries e ON e.id = u.enquiry_id"
        " WHERE e.id IS NULL OR e.outcome != 'no_suitable_service' GROUP BY 1, 2, 3, 4"):
        area = districts.get(postcode)
        if area is None:
            area = districts[postcode] = postcode_district(postcode)
        unmet[(d, hub, need, area)] += n


def read_overdue(conn: sqlite3.Connection, today: str, covering: bool = False) -> list[tuple]:
    """(days late, source, hub, count) of follow-ups not done and past their date.
    Read live on every compute: "overdue" depends on today, and only open
    follow-ups are read. `covering`: schema 7's covering indexes exist; name them, as
    the planner (without statistics) would pick the older, narrower ones and visit the
    big tables for each open follow-up."""
    enq, ref = (" INDEXED BY enquiries_overdue", " INDEXED BY referrals_overdue") \
        if covering else ("", "")
    out = [tuple(r) for r in conn.execute(
        "SELECT CAST(julianday(?) - julianday(follow_up_date) AS INTEGER), 'Enquiries',"
        f" hub_id, COUNT(*) FROM enquiries{enq} WHERE follow_up_date IS NOT NULL"
        " AND follow_up_done_at IS NULL AND follow_up_date < ? GROUP BY 1, 3",
        (today, today))]
    if has_columns(conn, "referrals", "follow_up_date", "closed_at"):
        out += [tuple(r) for r in conn.execute(
            "SELECT CAST(julianday(?) - julianday(follow_up_date) AS INTEGER), 'Referrals',"
            f" hub_id, COUNT(*) FROM referrals{ref} WHERE kind = 'referral'"
            " AND closed_at IS NULL AND follow_up_date < ? GROUP BY 1, 3", (today, today))]
    return out


def _first(row: tuple) -> str:
    return row[0]


@dataclass
class LedgerRollup:
    """Minutes per (day, hub, activity, kind) and per (month, member, kind); `kind` is
    the transfer kind, or earn_correction / spend_correction for a reversal."""

    day: dict[tuple, list[int]] = field(default_factory=dict)  # key -> [minutes, transfers]
    member_month: dict[tuple, int] = field(default_factory=dict)
    members: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # type, joined, hub
    activities: dict[str, str] = field(default_factory=dict)  # id -> name
    watermark: int = 0
    members_stale: bool = True  # set on a "member" event: members are read again
    behind: int = 0  # rowids not read yet (after a refresh with max_rows)
    newest: int = 0
    available: bool = False
    from_triggers: bool = False
    _day_rows: list[tuple] | None = None
    _month_rows: list[tuple] | None = None

    def day_rows(self) -> list[tuple]:
        """(day, hub, activity, kind, minutes, transfers), sorted by day."""
        if self._day_rows is None:
            self._day_rows = sorted(((*k, v[0], v[1]) for k, v in self.day.items()),
                                    key=lambda r: r[0])
        return self._day_rows

    def member_month_rows(self) -> list[tuple]:
        """(month, member, kind, minutes), sorted by month."""
        if self._month_rows is None:
            self._month_rows = sorted(((*k, v) for k, v in self.member_month.items()),
                                      key=lambda r: r[0])
        return self._month_rows

    def refresh(self, conn: sqlite3.Connection, max_rows: int | None = None) -> int:
        """Bring the rollup up to date, or `max_rows` further (rowids are dense: the
        ledger is never deleted from); returns how many transfers were read. `behind`
        says what is left."""
        if not has_columns(conn, "tb_transfers", "kind", "minutes", "member_id"):
            self.available = False
            return 0
        self.available = True
        count = conn.execute("SELECT COUNT(*) FROM tb_members").fetchone()[0]
        if self.members_stale or count != len(self.members):
            self.members = {r[0]: (r[1], r[2], r[3]) for r in conn.execute(
                "SELECT id, member_type, joined_on, hub_id FROM tb_members")}
            self.activities = {r[0]: r[1] for r in conn.execute(
                "SELECT id, name FROM tb_activities")}
            self.members_stale = False
        if has_table(conn, "tb_rollup_day") and has_table(conn, "tb_rollup_member_month"):
            self.from_triggers = True
            cur = conn.cursor()
            cur.row_factory = None  # plain tuples: thousands of rows at once
            day = cur.execute("SELECT day, hub_id, NULLIF(activity_id, ''), kind, minutes,"
                              " transfers FROM tb_rollup_day ORDER BY day").fetchall()
            month = cur.execute("SELECT month, member_id, kind, minutes"
                                " FROM tb_rollup_member_month ORDER BY month").fetchall()
            cur.close()
            self.day = {r[:4]: [r[4], r[5]] for r in day}
            self.member_month = {r[:3]: r[3] for r in month}
            self._day_rows, self._month_rows = day, month  # sorted by the tables' keys
            return 0
        newest = conn.execute("SELECT COALESCE(max(rowid), 0) FROM tb_transfers").fetchone()[0]
        high = newest if max_rows is None else min(newest, self.watermark + max_rows)
        self.behind = newest - high
        self.newest = newest
        if high <= self.watermark:
            return 0
        self._day_rows = self._month_rows = None  # sorted copies, rebuilt on next use
        args = (self.watermark, high)
        read = 0
        for day, hub, act, kind, minutes, n in conn.execute(
            "SELECT COALESCE(activity_date, substr(created_at, 1, 10)), hub_id, activity_id,"
            f" {_KIND}, SUM(minutes), COUNT(*) FROM tb_transfers WHERE rowid > ? AND rowid <= ?"
            " GROUP BY 1, 2, 3, 4", args,
        ):
            slot = self.day.setdefault((day, hub, act, kind), [0, 0])
            slot[0] += minutes
            slot[1] += n
            read += n
        for month, member, kind, minutes in conn.execute(
            "SELECT substr(COALESCE(activity_date, created_at), 1, 7), member_id,"
            f" {_KIND}, SUM(minutes) FROM tb_transfers WHERE rowid > ? AND rowid <= ?"
            " AND member_id IS NOT NULL GROUP BY 1, 2, 3", args,
        ):
            key = (month, member, kind)
            self.member_month[key] = self.member_month.get(key, 0) + minutes
        self.watermark = high
        return read
