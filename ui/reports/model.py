"""The dashboard's data, kept on the database worker thread (never touched by the GUI).

Rollups are read once and reused: a filter change only re-draws from them, an
enquiry or referral change re-reads the enquiry rollup, and new ledger transfers are
added incrementally. Everything here runs inside `services.db.submit`.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from datetime import date

from accesspoint.clock import today_local
from accesspoint.reports import dashboard, rollups
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


class DashboardModel:
    def __init__(self) -> None:
        self.enquiries: rollups.EnquiryRollup | None = None
        self.enquiries_day: date | None = None
        self.ledger = rollups.LedgerRollup()

    def changed(self, kind: str) -> bool:
        """Called on the worker for an app event; True if the dashboard should redraw."""
        if kind in ENQUIRY_KINDS:
            self.enquiries = None
            return True
        if kind in ("member", "activity", "timebank", "sync"):
            self.ledger.members_stale = True
        return kind in LEDGER_KINDS

    def compute(self, conn: sqlite3.Connection, flt: Filters) -> Result:
        started = time.perf_counter()
        today = today_local()
        if self.enquiries is None or self.enquiries_day != today:
            # "Overdue" is as of today, so a new day means a fresh read.
            self.enquiries = rollups.load_enquiries(conn, today.isoformat())
            self.enquiries_day = today
            # Projections for "all hubs" and for one hub, now, while a slow first load
            # is expected anyway: the first hub filter is then as quick as any other.
            dashboard.prepare_views(self.enquiries)
        self.ledger.refresh(conn)
        hubs = [(r[0], r[1]) for r in conn.execute("SELECT id, name FROM hubs ORDER BY name")]
        charts = dashboard.build(self.enquiries, self.ledger, flt, today=today,
                                 need_label=need_label, hub_names=dict(hubs))
        return Result(charts, hubs, time.perf_counter() - started, flt)
