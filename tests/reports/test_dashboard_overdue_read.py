"""The dashboard reads overdue follow-ups once per compute: with the rollup when it
is (re-)read, live otherwise (they depend on today, not on the change counters)."""

from __future__ import annotations

from datetime import timedelta

from accesspoint import enquiries
from accesspoint.clock import today_local
from accesspoint.reports.charts import Filters
from ui.reports.model import DashboardModel


def _overdue_reads(conn, model: DashboardModel) -> tuple[int, list[tuple]]:
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        today = today_local()
        model.compute(conn, Filters(today - timedelta(days=90), today))
    finally:
        conn.set_trace_callback(None)
    reads = sum("INDEXED BY enquiries_overdue" in sql for sql in seen)
    return reads, list(model.enquiries.overdue)


def test_overdue_follow_ups_read_once_per_compute_and_kept_live(conn, actor):
    made = enquiries.create_enquiry(conn, actor, enquiries.EnquiryInput(
        needs=["food"], outcome="signposted", consent_record=True))
    model = DashboardModel()
    reads, overdue = _overdue_reads(conn, model)  # first compute: the rollup is read
    assert reads == 1 and overdue == []
    # A follow-up falls due (as the days pass): no change counter moves, so only the
    # live read can see it, and it must.
    late = (today_local() - timedelta(days=3)).isoformat()
    conn.execute("UPDATE enquiries SET follow_up_date = ? WHERE id = ?", (late, made["id"]))
    reads, overdue = _overdue_reads(conn, model)
    assert reads == 1
    assert [(days, source) for days, source, _hub, _n in overdue] == [(3, "Enquiries")]
    # A new enquiry moves the counter: the rollup is re-read, overdue with it, once.
    enquiries.create_enquiry(conn, actor, enquiries.EnquiryInput(
        needs=["debt"], outcome="signposted", consent_record=True))
    reads, overdue = _overdue_reads(conn, model)
    assert reads == 1 and len(overdue) == 1
