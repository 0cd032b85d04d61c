"""The dashboard's data, kept on the database worker thread (never touched by the GUI).

Rollups are read once and reused: a filter change only re-draws from them. Since
schema 7 the database keeps every rollup in trigger-maintained tables with a change
counter per rollup (accesspoint/reports/stored.py): each computation reads the
counters and re-reads only a rollup whose counter moved, whoever wrote (a screen,
sync, the CLI). Older layouts read the records in steps (rollups.enquiry_steps) and
re-read on app events. Everything here runs inside `services.db.submit`.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from accesspoint.clock import today_local
from accesspoint.reports import dashboard, rollups, stored
from accesspoint.reports.charts import ChartData, Filters
from accesspoint.taxonomy import label as need_label

# Events (services.events.changed) after which the enquiry rollup is re-read; "sync":
# a pull may bring other hubs' records.
ENQUIRY_KINDS = {"enquiry", "referral", "directory", "person", "unmet_need", "signpost",
                 "sync"}
# Events after which a redraw is enough (the ledger is read incrementally anyway).
LEDGER_KINDS = {"ledger", "member", "timebank", "activity", "hub"}


@dataclass
class Result:
    charts: dict[str, list[ChartData]]
    hubs: list[tuple[str, str]]
    seconds: float
    filters: Filters


LEDGER_STEP = 50_000  # transfers per step of the first load: about a second at most


class DashboardModel:
    def __init__(self) -> None:
        self.enquiries: rollups.EnquiryRollup | None = None
        self.enquiries_day: date | None = None
        self.ledger = rollups.LedgerRollup()
        self._loader: Iterator[rollups.EnquiryRollup | None] | None = None
        self._steps = 0
        self._stored: bool | None = None  # schema 7 rollup tables present (known once read)
        self._seen: dict[str, int] = {}  # their change counters when last read
        # The stored rollup was (re-)read during this compute, overdue follow-ups with it.
        self._overdue_fresh = False

    def changed(self, kind: str) -> bool:
        """Called on the worker for an app event; True if the dashboard should redraw."""
        if self._stored:
            # The change counters say what to re-read; the event only asks for a redraw.
            return kind in ENQUIRY_KINDS or kind in LEDGER_KINDS
        if kind in ENQUIRY_KINDS:
            self.enquiries = None
            self._loader = None  # a half-read rollup would mix old and new
            return True
        if kind in ("member", "activity", "timebank", "sync"):
            self.ledger.members_stale = True
        return kind in LEDGER_KINDS

    def work(self, conn: sqlite3.Connection) -> int | None:
        """One step of reading the database into rollups (six or seven weeks of
        enquiries, or 50,000 transfers), so a first load on a big database never holds the single
        DB worker for long: other screens' work runs between steps. Returns the number
        of steps done so far while more remain, None when the rollups are current."""
        if self._stored is None:
            self._stored = stored.available(conn)
        if self._stored:
            self._read_stored(conn)
            return None
        today = today_local()
        if self.enquiries is None or self.enquiries_day != today:
            # "Overdue" is as of today, so a new day means a fresh read.
            if self._loader is None:
                self._loader = rollups.enquiry_steps(conn, today.isoformat())
            item = next(self._loader)
            self._steps += 1
            if item is None:
                return self._steps
            self._loader = None
            self.enquiries, self.enquiries_day = item, today
            # Projections for "all hubs" and for one hub, now, while a slow first load
            # is expected anyway: the first hub filter is then as quick as any other.
            dashboard.prepare_views(self.enquiries)
            return self._steps
        self.ledger.refresh(conn, max_rows=LEDGER_STEP)
        if self.ledger.available and self.ledger.behind:
            self._steps += 1
            return self._steps
        return None

    def _read_stored(self, conn: sqlite3.Connection) -> None:
        """Bring the rollups up to date from the schema 7 tables: one quick step."""
        today = today_local()
        now = stored.versions(conn)
        seen, self._seen = self._seen, now
        fresh_day = self.enquiries is not None and self.enquiries_day == today
        if not fresh_day or now["enquiries"] != seen.get("enquiries"):
            self.enquiries = stored.enquiries(conn, today.isoformat())
            self.enquiries_day = today
            self._overdue_fresh = True  # stored.enquiries read them as of today
        elif now["referrals"] != seen.get("referrals"):
            dashboard.drop_views(self.enquiries, "referrals")
        if now["members"] != seen.get("members"):
            self.ledger.members_stale = True
        if now["ledger"] != seen.get("ledger") or now["members"] != seen.get("members"):
            self.ledger.refresh(conn)

    def prefetch(self, conn: sqlite3.Connection) -> None:
        """Per-hub projections, read while the user looks at the first result, so the
        first hub filter is as quick as a date filter."""
        if self._stored and self.enquiries is not None:
            stored.fill_views(conn, self.enquiries, True)

    def compute(self, conn: sqlite3.Connection, flt: Filters) -> Result:
        started = time.perf_counter()
        today = today_local()
        self._overdue_fresh = False
        while self.work(conn) is not None:
            pass
        if self._stored:
            if not self._overdue_fresh:
                # "Overdue" is as of now: read live (only open follow-ups, indexed),
                # unless the rollup was just read, which read them already.
                self.enquiries.overdue = rollups.read_overdue(conn, today.isoformat(),
                                                              covering=True)
            stored.fill_views(conn, self.enquiries, bool(flt.hub_id))
        hubs = [(r[0], r[1]) for r in conn.execute("SELECT id, name FROM hubs ORDER BY name")]
        charts = dashboard.build(self.enquiries, self.ledger, flt, today=today,
                                 need_label=need_label, hub_names=dict(hubs))
        return Result(charts, hubs, time.perf_counter() - started, flt)
