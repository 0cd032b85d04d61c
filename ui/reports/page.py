"""Reports: the coordinators' dashboard with date-range and hub filters.

Data is computed on the database worker (ui/reports/model.py); only drawing happens
here, and only for the tab on screen (others draw when first shown).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from accesspoint.reports.charts import ChartData, Filters
from ui.reports.chart_view import ChartPanel, render_png
from ui.reports.flow import FitLabel, FlowLayout, pair
from ui.reports.model import DashboardModel, Result
from ui.reports.words import word
from ui.widgets.domain_text import describe_error

# Listed for the translation script (shown through self.tr in ReportsPage).
RANGES = [(QT_TRANSLATE_NOOP("ReportsPage", "Last 4 weeks"), 28, "day"),
          (QT_TRANSLATE_NOOP("ReportsPage", "Last 3 months"), 91, "week"),
          (QT_TRANSLATE_NOOP("ReportsPage", "Last 12 months"), 365, "month"),
          (QT_TRANSLATE_NOOP("ReportsPage", "Custom"), 0, "")]
PERIODS = [(QT_TRANSLATE_NOOP("ReportsPage", "Week"), "week"),
           (QT_TRANSLATE_NOOP("ReportsPage", "Day"), "day"),
           (QT_TRANSLATE_NOOP("ReportsPage", "Month"), "month")]
PREFETCH_MS = 1000


class ReportsPage(QWidget):
    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.model = DashboardModel()
        self.result: Result | None = None
        self.panels: dict[str, ChartPanel] = {}
        self._grids: dict[str, QGridLayout] = {}
        self._pending: set[int] = set()
        self._loaded = False
        self._task = None
        self._wanted: Filters | None = None
        self._stale = False
        self._prefetched = False
        self._build()
        services.events.changed.connect(self._changed)

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        today = QDate.currentDate()
        self.range = QComboBox(self)
        for text, _, _ in RANGES:
            self.range.addItem(self.tr(text))
        self.range.setCurrentIndex(1)
        self.start = QDateEdit(today.addDays(-90), self)
        self.end = QDateEdit(today, self)
        self.hub = QComboBox(self)
        self.hub.addItem(self.tr("All hubs"), None)
        # Sized for 16 characters, not the longest hub name (the list still shows it
        # whole): sized to contents the filter row outgrew 1280 px at 150% text.
        self.hub.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.hub.setMinimumContentsLength(16)
        self.period = QComboBox(self)
        for text, key in PERIODS:
            self.period.addItem(self.tr(text), key)
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        self.pdf_button = QPushButton(self.tr("Monthly &PDF…"), self)
        self.sheet_button = QPushButton(self.tr("&Spreadsheet…"), self)
        self.open_data_button = QPushButton(self.tr("&Open data…"), self)
        # Wraps rather than clips: at 150% text one row clipped "To" and needed 1,312 px.
        filters = FlowLayout(spacing=8)
        for text, widget in ((self.tr("&Range"), self.range), (self.tr("Fro&m"), self.start),
                             (self.tr("&To"), self.end), (self.tr("&Hub"), self.hub),
                             (self.tr("&Group by"), self.period)):
            lab = FitLabel(text, self)
            lab.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            filters.addWidget(pair(lab, widget, self))
        for w in (self.start, self.end):
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd/MM/yyyy")
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Dashboard status"))
        # The buttons on the status row, not after the filters: on one row with them a
        # longer language pushed the window past 1280 px.
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        buttons = FlowLayout()
        actions.addLayout(buttons)
        for b, name in (
                (self.refresh_button, QT_TRANSLATE_NOOP("ReportsPage", "Refresh the dashboard")),
                (self.pdf_button, QT_TRANSLATE_NOOP("ReportsPage",
                                                    "Save the monthly hub report as PDF")),
                (self.sheet_button, QT_TRANSLATE_NOOP("ReportsPage",
                                                      "Save every chart's data as a spreadsheet")),
                (self.open_data_button, QT_TRANSLATE_NOOP(
                    "ReportsPage", "Export open data with small numbers hidden"))):
            b.setAccessibleName(self.tr(name))
            buttons.addWidget(b)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Dashboard sections"))
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        self.range.currentIndexChanged.connect(self._range_chosen)
        for w in (self.start, self.end):
            w.dateChanged.connect(self._dates_edited)
        self.hub.currentIndexChanged.connect(lambda _: self.refresh())
        self.period.currentIndexChanged.connect(lambda _: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.sheet_button.clicked.connect(self._ask_spreadsheet)
        self.open_data_button.clicked.connect(self._ask_open_data)
        self.tabs.currentChanged.connect(self._draw_tab)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        self.setFocusProxy(self.range)

    def _tab_for(self, title: str, charts: list[ChartData]) -> int:
        """The tab for `title`, made empty the first time: its chart panels are made
        when it is first drawn (a first open then builds five panels, not fifteen)."""
        for i in range(self.tabs.count()):
            if self.tabs.tabText(i) == title:
                return i
        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        inner = QWidget(scroll)
        self._grids[title] = QGridLayout(inner)
        scroll.setWidget(inner)
        scroll.setAccessibleName(self.tr("%1 charts").replace("%1", title))
        return self.tabs.addTab(scroll, title)

    def _panel(self, title: str, n: int, chart: ChartData) -> ChartPanel:
        panel = self.panels.get(chart.key)
        if panel is None:
            grid = self._grids[title]
            panel = ChartPanel(chart.key, grid.parentWidget())
            panel.save_png.connect(self._ask_png)
            panel.save_csv.connect(self._ask_csv)
            self.panels[chart.key] = panel
            grid.addWidget(panel, n // 2, n % 2)
        return panel

    # -- filters -----------------------------------------------------------------------
    def filters(self) -> Filters:
        return Filters(self.start.date().toPython(), self.end.date().toPython(),
                       self.hub.currentData(), self.period.currentData())

    def set_filters(self, start: date, end: date, hub_id: str | None = None,
                    period: str = "week") -> None:
        """For tests and scripts: set every filter, then refresh once."""
        for w in (self.start, self.end, self.hub, self.period, self.range):
            w.blockSignals(True)
        self.range.setCurrentIndex(len(RANGES) - 1)
        self.start.setDate(QDate(start))
        self.end.setDate(QDate(end))
        self.hub.setCurrentIndex(max(0, self.hub.findData(hub_id)))
        self.period.setCurrentIndex(max(0, self.period.findData(period)))
        for w in (self.start, self.end, self.hub, self.period, self.range):
            w.blockSignals(False)
        self.refresh()

    def _range_chosen(self, index: int) -> None:
        _, days, period = RANGES[index]
        if not days:
            return
        today = date.today()
        for w in (self.start, self.end, self.period):
            w.blockSignals(True)
        self.start.setDate(QDate(today - timedelta(days=days - 1)))
        self.end.setDate(QDate(today))
        self.period.setCurrentIndex(self.period.findData(period))
        for w in (self.start, self.end, self.period):
            w.blockSignals(False)
        self.refresh()

    def _dates_edited(self) -> None:
        self.range.blockSignals(True)
        self.range.setCurrentIndex(len(RANGES) - 1)
        self.range.blockSignals(False)
        if self.start.date() > self.end.date():
            self.status.setText(self.tr("The start date is after the end date."))
            return
        self.refresh()

    # -- data --------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._loaded or self._stale:
            self._loaded, self._stale = True, False
            self.refresh()

    def refresh(self) -> None:
        """Redraw for the filters now shown. While a load or computation is under way,
        only the newest filters are remembered; they are used when it ends."""
        flt = self.filters()
        if flt.start > flt.end:
            return
        self._wanted = flt
        if self._task is not None:
            return
        self.status.setText(self.tr("Working…"))
        self._step()

    def _step(self) -> None:
        model = self.model
        self._task = self.services.db.submit(lambda conn: model.work(conn), self._stepped,
                                             self._failed)

    def _stepped(self, steps: int | None) -> None:
        if steps is not None:
            # First load of a big database: one step at a time, so other screens' reads
            # and writes get the DB worker in between.
            self.status.setText(self.tr("Reading the records… (step %1)").replace(
                "%1", str(steps)))
            self._step()
            return
        flt, model = self._wanted, self.model
        self._task = self.services.db.submit(lambda conn: model.compute(conn, flt),
                                             self._show, self._failed)

    def _changed(self, kind: str) -> None:
        if not self._loaded:
            return
        model = self.model
        self.services.db.submit(lambda conn: model.changed(kind), self._after_change)

    def _after_change(self, redraw: bool) -> None:
        if not redraw:
            return
        if self.isVisible():
            self.refresh()  # during a running load, remembered and honoured when it ends
        else:
            self._stale = True  # redraw when next shown

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.status.setText(self.tr("Could not compute the dashboard: %1").replace(
            "%1", describe_error(exc) or type(exc).__name__))

    def _show(self, result: Result) -> None:
        self._task = None
        if self._wanted is not None and self._wanted != result.filters:
            self.refresh()  # the filters changed meanwhile: draw those instead
            return
        self.result = result
        self._set_hubs(result.hubs)
        for title, charts in result.charts.items():
            if charts:
                self._pending.add(self._tab_for(word(title), charts))
        self._draw_tab(self.tabs.currentIndex())
        if not result.filters.hub_id and not self._prefetched:
            # A second later, not now: the worker would compete with the first paint.
            self._prefetched = True
            QTimer.singleShot(PREFETCH_MS, self._prefetch)
        self.status.setText(self.tr("%1 to %2 · computed in %3 ms").replace(
            "%1", result.filters.first).replace("%2", result.filters.last).replace(
            "%3", str(round(result.seconds * 1000))))

    def _prefetch(self) -> None:
        model = self.model
        self.services.db.submit(lambda conn: model.prefetch(conn))

    def _set_hubs(self, hubs: list[tuple[str, str]]) -> None:
        have = [self.hub.itemData(i) for i in range(1, self.hub.count())]
        if have == [h for h, _ in hubs]:
            return
        current = self.hub.currentData()
        self.hub.blockSignals(True)
        while self.hub.count() > 1:
            self.hub.removeItem(1)
        for hub_id, name in hubs:
            self.hub.addItem(name, hub_id)
        self.hub.setCurrentIndex(max(0, self.hub.findData(current)))
        self.hub.blockSignals(False)

    def _draw_tab(self, index: int) -> None:
        if self.result is None or index not in self._pending:
            return
        self._pending.discard(index)
        title = self.tabs.tabText(index)
        for tab_title, charts in self.result.charts.items():
            if word(tab_title) == title:
                for n, chart in enumerate(charts):
                    self._panel(title, n, chart).set_data(chart)

    def draw_all(self) -> None:
        """Draw every tab now (screenshots, benchmark)."""
        for i in range(self.tabs.count()):
            self._draw_tab(i)

    def chart(self, key: str) -> ChartData | None:
        for charts in (self.result.charts.values() if self.result else ()):
            for c in charts:
                if c.key == key:
                    return c
        return None

    # -- saving ------------------------------------------------------------------------
    def save_png(self, key: str, path: Path | str) -> None:
        render_png(self.chart(key), Path(path), self.font())

    def save_csv(self, key: str, path: Path | str) -> None:
        Path(path).write_text(self.chart(key).to_csv(), encoding="utf-8")

    def _ask_png(self, panel: ChartPanel) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart as PNG"),
                                              f"{panel.key}.png", self.tr("PNG image (*.png)"))
        if path:
            self._guard(lambda: self.save_png(panel.key, path), path)

    def _ask_csv(self, panel: ChartPanel) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart data as CSV"),
                                              f"{panel.key}.csv", self.tr("CSV file (*.csv)"))
        if path:
            self._guard(lambda: self.save_csv(panel.key, path), path)

    def _guard(self, action, path: str) -> None:
        try:
            action()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr(
                "Could not write %1: %2. Choose another folder.").replace("%1", path).replace(
                "%2", exc.strerror or str(exc)))
            return
        self.status.setText(self.tr("Saved %1").replace("%1", path))

    def _ask_pdf(self) -> None:
        from ui.reports.monthly import ask_monthly_report

        ask_monthly_report(self)

    def _ask_spreadsheet(self) -> None:
        from ui.reports.monthly import ask_spreadsheet

        ask_spreadsheet(self)

    def _ask_open_data(self) -> None:
        from ui.reports.monthly import ask_open_data

        ask_open_data(self)
