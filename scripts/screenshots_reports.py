"""Screenshots of the reports dashboard for docs/screenshots/ (offscreen, synthetic data).

    QT_QPA_PLATFORM=offscreen python scripts/screenshots_reports.py [--out docs/screenshots]

Writes reports-<tab>.png for each dashboard tab, reports-table-view.png (a chart
shown as a table), reports-chart-export.png (a chart saved as PNG), the monthly PDF's
first pages as reports-monthly-pdf-N.png when poppler's pdftoppm is installed, and
reports-pseudo-long-labels-*.png with stretched labels to catch layouts that break.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ACCESSPOINT_ALLOW_PLAINTEXT", "1")  # synthetic data only
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from accesspoint.context import Actor  # noqa: E402
from accesspoint.db import open_database  # noqa: E402
from accesspoint.reports import synthetic  # noqa: E402


def wait_for(page) -> None:
    loop = QEventLoop()
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: page._task is None and page.result is not None
                          and loop.quit())
    timer.start()
    loop.exec()
    timer.stop()


def pdf_pages(pdf: Path, prefix: Path) -> bool:
    """The PDF's first two pages as PNG, with poppler's pdftoppm if it is installed."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return False
    for old in prefix.parent.glob(prefix.name + "-*.png"):
        old.unlink()
    done = subprocess.run([tool, "-r", "80", "-l", "2", "-png", str(pdf), str(prefix)],
                          check=False, capture_output=True)
    return done.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    from ui.reports.monthly import monthly_report
    from ui.reports.page import ReportsPage
    from ui.services import DbWorker, Events, Services

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        conn = open_database(folder)
        conn.execute("PRAGMA synchronous = OFF")
        synthetic.fill(conn, enquiries=6000, transfers=30000, end=date.today(), days=200)
        conn.close()
        events = Events()
        db = DbWorker(folder, events=events)
        services = Services(data_dir=folder, actor=Actor("h", "u", "coordinator"), db=db,
                            events=events)
        page = ReportsPage(services)
        page.resize(1280, 900)
        page.show()
        wait_for(page)
        today = date.today()
        page.set_filters(today - timedelta(days=90), today, None, "week")
        wait_for(page)
        page.draw_all()
        written = []
        for i in range(page.tabs.count()):
            page.tabs.setCurrentIndex(i)
            app.processEvents()
            name = page.tabs.tabText(i).lower().replace(" ", "-")
            path = out / f"reports-{name}.png"
            page.grab().save(str(path))
            written.append(path)
        page.tabs.setCurrentIndex(0)
        panel = page.panels["enquiries_by_outcome"]
        panel.as_table.setChecked(True)
        app.processEvents()
        path = out / "reports-table-view.png"
        page.grab().save(str(path))
        written.append(path)
        panel.as_table.setChecked(False)
        path = out / "reports-chart-export.png"
        page.save_png("timebank_hours_by_activity", path)
        written.append(path)
        done: list[Path] = []
        pdf = Path(tmp) / "monthly.pdf"
        month = (today.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
        monthly_report(page, month, pdf, "Last month", on_done=done.append)
        loop = QEventLoop()
        QTimer.singleShot(60000, loop.quit)
        timer = QTimer(interval=20)
        timer.timeout.connect(lambda: done and loop.quit())
        timer.start()
        loop.exec()
        if done and pdf_pages(pdf, out / "reports-monthly-pdf"):
            written += sorted(out.glob("reports-monthly-pdf-*.png"))
        # Pseudo-translation: every label half as long again, to catch clipping.
        page.set_filters(today - timedelta(days=27), today, page.hub.itemData(1), "day")
        wait_for(page)
        for charts in page.result.charts.values():
            for chart in charts:
                chart.title = f"[{chart.title} ~~~~~~~~]"
                chart.series = [(f"[{n} ~~~~]", v) for n, v in chart.series]
                chart.categories = [f"[{c}~~]" for c in chart.categories]
        page._pending = set(range(page.tabs.count()))
        page.draw_all()
        for i, suffix in ((0, "enquiries"), (1, "signposting")):
            page.tabs.setCurrentIndex(i)
            app.processEvents()
            path = out / f"reports-pseudo-long-labels-{suffix}.png"
            page.grab().save(str(path))
            written.append(path)
        services.close()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
