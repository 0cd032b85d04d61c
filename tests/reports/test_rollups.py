"""Rollups read in steps equal rollups read at once; the first load yields the worker."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

from accesspoint.db import open_database
from accesspoint.reports import dashboard, rollups
from accesspoint.reports.charts import Filters
from accesspoint.taxonomy import label


def _conn(template, tmp_path):
    shutil.copytree(template, tmp_path / "d")
    return open_database(tmp_path / "d")


def test_enquiry_steps_equal_one_go(_synthetic_template, tmp_path):
    conn = _conn(_synthetic_template, tmp_path)
    today = date.today().isoformat()
    whole = rollups.load_enquiries(conn, today)
    steps = list(rollups.enquiry_steps(conn, today, chunk_days=5))
    assert steps[:-1] == [None] * (len(steps) - 1) and len(steps) > 30
    part = steps[-1]
    for name in ("by_day", "needs", "unmet", "referrals", "overdue"):
        assert sorted(getattr(part, name)) == sorted(getattr(whole, name)), name
    total = conn.execute("SELECT COUNT(*) FROM enquiries").fetchone()[0]
    assert sum(r[-1] for r in part.by_day) == total


def _without_stored_rollups(conn):
    # Schema 6 keeps the ledger rollups in trigger-maintained tables; drop them to
    # exercise the step-by-step path that databases without them use.
    for stmt in ("DROP TRIGGER IF EXISTS tb_rollup_insert", "DROP TABLE IF EXISTS tb_rollup_day",
                 "DROP TABLE IF EXISTS tb_rollup_member_month"):
        conn.execute(stmt)


def test_stored_rollups_equal_rollups_computed_from_the_ledger(_synthetic_template, tmp_path):
    conn = _conn(_synthetic_template, tmp_path)
    stored = rollups.LedgerRollup()
    stored.refresh(conn)
    _without_stored_rollups(conn)
    computed = rollups.LedgerRollup()
    while True:
        computed.refresh(conn)
        if not computed.behind:
            break
    assert stored.day and stored.day == computed.day
    assert stored.member_month == computed.member_month


def test_ledger_in_steps_equals_one_go(_synthetic_template, tmp_path):
    conn = _conn(_synthetic_template, tmp_path)
    _without_stored_rollups(conn)
    whole = rollups.LedgerRollup()
    whole.refresh(conn)
    stepped = rollups.LedgerRollup()
    rounds = 0
    while True:
        stepped.refresh(conn, max_rows=700)
        rounds += 1
        if not stepped.behind:
            break
    assert rounds > 5
    assert stepped.day == whole.day and stepped.member_month == whole.member_month
    flt = Filters(date.today() - timedelta(days=120), date.today())
    a = dashboard.timebank_charts(whole, flt)
    b = dashboard.timebank_charts(stepped, flt)
    assert [c.series for c in a] == [c.series for c in b]
    assert dashboard.build(rollups.load_enquiries(conn, date.today().isoformat()), stepped,
                           flt, today=date.today(), need_label=label, hub_names={})


def test_first_load_lets_other_work_through(qtbot, report_services, monkeypatch):
    """While the dashboard reads a big database in steps (a layout without schema 7's
    stored rollups), another screen's query queued meanwhile runs before the
    dashboard's last step."""
    from ui.reports import model as model_mod
    from ui.reports.page import ReportsPage

    monkeypatch.setattr(model_mod.stored, "available", lambda conn: False)
    monkeypatch.setattr(model_mod, "LEDGER_STEP", 500)
    monkeypatch.setattr(model_mod.rollups, "CHUNK_DAYS", 10)
    order: list[str] = []
    page = ReportsPage(report_services)
    qtbot.addWidget(page)
    real = page.model.work

    def work(conn):
        steps = real(conn)
        order.append("step" if steps is not None else "ready")
        return steps

    page.model.work = work
    page.show()
    qtbot.waitUntil(lambda: len(order) >= 2, timeout=10000)
    report_services.db.submit(lambda conn: order.append("other screen"))
    qtbot.waitUntil(lambda: page.result is not None, timeout=30000)
    assert "other screen" in order
    assert order.index("other screen") < order.index("ready")
