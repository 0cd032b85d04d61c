"""The dashboard driven like a coordinator: filters, tabs, saving, keyboard only."""

from __future__ import annotations

import csv
import threading
from datetime import date, timedelta

import pytest

pytest.importorskip("PySide6.QtCharts")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QTableWidget,
)

from accesspoint import enquiries  # noqa: E402

TODAY = date.today()


@pytest.fixture
def page(qtbot, report_services):
    from ui.reports.page import ReportsPage

    p = ReportsPage(report_services)
    qtbot.addWidget(p)
    p.resize(1280, 900)
    p.show()
    qtbot.waitExposed(p)
    qtbot.waitUntil(lambda: p.result is not None, timeout=20000)
    return p


def _total(page, key):
    chart = page.chart(key)
    return sum(sum(values) for _, values in chart.series)


def _wait_refresh(qtbot, page, action):
    before = page.result
    action()
    qtbot.waitUntil(lambda: page.result is not before and page._task is None, timeout=20000)


def test_all_tabs_and_charts_drawn(page):
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == ["Enquiries", "Signposting", "Time bank", "Time audit"]
    page.draw_all()
    for key, panel in page.panels.items():
        assert panel.data is not None, key
        assert panel.view.chart() is not None
    assert _total(page, "enquiries_by_channel") > 0
    assert _total(page, "timebank_hours_by_activity") > 0


def test_every_control_has_an_accessible_name(page):
    page.draw_all()
    for cls in (QAbstractButton, QComboBox, QDateEdit, QTableWidget):
        for w in page.findChildren(cls):
            if w.parent() is not None and w.isWindow():
                continue
            if cls is QAbstractButton and w.metaObject().className() != "QPushButton":
                continue  # the combo boxes' and date edits' inner buttons
            label = w.text() if hasattr(w, "text") else ""
            assert w.accessibleName(), f"{cls.__name__} {label!r} has no accessible name"


def test_date_range_filter_matches_the_database(qtbot, page, report_services):
    start, end = TODAY - timedelta(days=60), TODAY - timedelta(days=30)
    _wait_refresh(qtbot, page, lambda: page.set_filters(start, end, None, "day"))
    expected = report_services.db.call(lambda conn: conn.execute(
        "SELECT COUNT(*) FROM enquiries WHERE substr(created_at, 1, 10) BETWEEN ? AND ?",
        (start.isoformat(), end.isoformat())).fetchone()[0])
    assert _total(page, "enquiries_by_channel") == expected
    chart = page.chart("enquiries_by_outcome")
    assert chart.categories[0] == start.isoformat() and len(chart.categories) == 31


def test_hub_filter(qtbot, page, report_services):
    hub_id = page.hub.itemData(1)
    assert hub_id
    start, end = TODAY - timedelta(days=199), TODAY
    _wait_refresh(qtbot, page, lambda: page.set_filters(start, end, hub_id, "month"))
    expected = report_services.db.call(lambda conn: conn.execute(
        "SELECT COUNT(*) FROM enquiries WHERE hub_id = ? AND substr(created_at, 1, 10) >= ?",
        (hub_id, start.isoformat())).fetchone()[0])
    assert _total(page, "enquiries_by_channel") == expected
    assert all(len(c) == 7 for c in page.chart("enquiries_by_need").categories)  # YYYY-MM
    # Choosing "All hubs" with the keyboard redraws with more.
    page.hub.setFocus()
    _wait_refresh(qtbot, page, lambda: QTest.keyClick(page.hub, Qt.Key.Key_Home))
    assert _total(page, "enquiries_by_channel") > expected


def test_range_presets_and_period(qtbot, page):
    _wait_refresh(qtbot, page, lambda: page.range.setCurrentIndex(2))  # last 12 months
    assert page.period.currentData() == "month"
    assert len(page.chart("enquiries_by_channel").categories) in (12, 13)
    _wait_refresh(qtbot, page, lambda: page.period.setCurrentIndex(page.period.findData("week")))
    assert page.chart("enquiries_by_channel").categories[0].count("-W") == 1


def test_computed_off_the_gui_thread(qtbot, page):
    seen = []
    real = page.model.compute

    def spy(conn, flt):
        seen.append(threading.current_thread().name)
        return real(conn, flt)

    page.model.compute = spy
    _wait_refresh(qtbot, page, page.refresh)
    assert seen == ["accesspoint-db"]


def test_new_enquiry_shows_after_change_event(qtbot, page, report_services):
    _wait_refresh(qtbot, page, lambda: page.set_filters(TODAY - timedelta(days=6), TODAY))
    before = _total(page, "enquiries_by_channel")
    actor = report_services.actor
    report_services.db.call(lambda conn: enquiries.create_enquiry(
        conn, actor, enquiries.EnquiryInput(channel="phone", needs=["food"])))
    _wait_refresh(qtbot, page, lambda: report_services.events.changed.emit("enquiry"))
    assert _total(page, "enquiries_by_channel") == before + 1


def test_save_png_and_csv(page, tmp_path):
    page.save_png("unmet_needs_by_need", tmp_path / "u.png")
    page.save_csv("unmet_needs_by_need", tmp_path / "u.csv")
    assert (tmp_path / "u.png").read_bytes()[:4] == b"\x89PNG"
    rows = list(csv.reader((tmp_path / "u.csv").open(encoding="utf-8")))
    chart = page.chart("unmet_needs_by_need")
    assert rows[0] == ["Need", "Unmet needs"]
    assert [r[0] for r in rows[1:]] == chart.categories


def test_table_view_toggle_with_keyboard(qtbot, page):
    panel = page.panels["enquiries_by_channel"]
    panel.as_table.setFocus()
    QTest.keyClick(panel.as_table, Qt.Key.Key_Space)
    assert panel.stack.currentWidget() is panel.table
    assert panel.table.rowCount() == len(page.chart("enquiries_by_channel").categories)


def test_buddy_shortcuts_reach_filters(qtbot, page):
    page.activateWindow()
    QTest.keyClick(page, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.hub.hasFocus(), timeout=2000)
    QTest.keyClick(page, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.period.hasFocus(), timeout=2000)


def test_monthly_pdf_and_spreadsheets(qtbot, page, tmp_path):
    from ui.reports.monthly import monthly_report, save_spreadsheet

    done = []
    month = (TODAY.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    monthly_report(page, month, tmp_path / "m.pdf", on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    data = (tmp_path / "m.pdf").read_bytes()
    assert data[:5] == b"%PDF-" and len(data) > 20000
    out = save_spreadsheet(page.result, tmp_path / "d.csv")
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[0] == ["section", "chart", "category", "series", "value"]
    assert len(rows) > 100
    pytest.importorskip("openpyxl")
    from openpyxl import load_workbook

    book = load_workbook(save_spreadsheet(page.result, tmp_path / "d.xlsx"))
    assert "Contents" in book.sheetnames and len(book.sheetnames) > 10


def test_open_data_button_writes_suppressed_files(qtbot, page, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(tmp_path / "od")))
    page.open_data_button.click()
    qtbot.waitUntil(lambda: page.status.text().startswith("Wrote"), timeout=30000)
    files = sorted(p.name for p in (tmp_path / "od").iterdir())
    assert "data-dictionary.md" in files and "enquiries_by_week_channel.csv" in files


def test_hidden_page_redraws_when_shown_again(qtbot, page, report_services):
    _wait_refresh(qtbot, page, lambda: page.set_filters(TODAY - timedelta(days=6), TODAY))
    before = _total(page, "enquiries_by_channel")
    page.hide()
    actor = report_services.actor
    report_services.db.call(lambda conn: enquiries.create_enquiry(
        conn, actor, enquiries.EnquiryInput(channel="email", needs=["housing"])))
    report_services.events.changed.emit("enquiry")
    qtbot.waitUntil(lambda: page._stale, timeout=5000)
    _wait_refresh(qtbot, page, page.show)
    assert _total(page, "enquiries_by_channel") == before + 1
