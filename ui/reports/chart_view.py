"""One dashboard chart: a QtCharts view (or its data as a table), title, note, and
buttons to save it as PNG and its data as CSV.

Colour is never the only signal: bars carry a fill pattern as well as a colour
(Okabe-Ito palette, safe for colour-blind readers), lines a dash style, and every
chart can be switched to a plain table a screen reader can read.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accesspoint.reports.charts import ChartData
from ui.reports.flow import FlowLayout
from ui.reports.words import translated
from ui.widgets import theme

# Okabe-Ito without its yellow (too pale on white), then grey.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000",
           "#999999"]
# The same fills and dashes as text glyphs, for the wrapping legend under each chart.
PATTERN_GLYPHS = ["\u25a0", "\u25a8", "\u2592", "\u25a6", "\u25a7", "\u25a4", "\u25a9",
                  "\u25a5"]
DASH_GLYPHS = ["\u2501\u2501\u2501", "\u254d\u254d\u254d", "\u2505\u2505\u2505",
               "\u2501\u00b7\u2501", "\u2501\u00b7\u00b7"]
PATTERNS = [Qt.BrushStyle.SolidPattern, Qt.BrushStyle.BDiagPattern,
            Qt.BrushStyle.Dense4Pattern, Qt.BrushStyle.CrossPattern,
            Qt.BrushStyle.FDiagPattern, Qt.BrushStyle.HorPattern,
            Qt.BrushStyle.DiagCrossPattern, Qt.BrushStyle.VerPattern]
DASHES = [Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
          Qt.PenStyle.DashDotLine, Qt.PenStyle.DashDotDotLine]
def _x_axis(cats: list[str], font: QFont, width: int) -> QCategoryAxis:
    """A value axis labelled at every n-th category only: a QBarCategoryAxis gives every
    category a slot and cuts long labels to "W...", unreadable with 13+ weeks. n is
    chosen so the widest label fits in its share of the plot (about 90% of `width`):
    six short status names must all show, 53 weeks must not collide."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(-0.5, max(0, len(cats) - 1) + 0.5)
    widest = max((QFontMetrics(font).horizontalAdvance(c) for c in cats), default=1)
    fits = max(1, int(width * 0.9) // (widest + 12))
    keep = max(1, math.ceil(len(cats) / fits))
    for i, lab in enumerate(cats):
        if i % keep == 0:
            axis.append(lab, i)
    axis.setStartValue(-0.5)
    axis.setTruncateLabels(False)
    axis.setLabelsFont(font)
    axis.setGridLineVisible(False)
    return axis


def legend_html(data: ChartData) -> str:
    """The legend as text with a glyph showing each series' fill or dash, in its colour."""
    items = []
    for i, (name, _) in enumerate(data.series):
        glyph = (DASH_GLYPHS[i % len(DASH_GLYPHS)] if data.kind == "line"
                 else PATTERN_GLYPHS[i % len(PATTERN_GLYPHS)])
        colour = PALETTE[i % len(PALETTE)]
        if colour.lower() == "#000000" and theme.high_contrast_active():
            colour = "#ffffff"  # the legend sits on the theme's black, not the chart's white
        label = html.escape(name).replace(" ", "&nbsp;")
        items.append(f"<span style='color:{colour}; font-size:large'>{glyph}</span>"
                     f"&nbsp;{label}")
    return " &nbsp; ".join(items)


def _short(label: str) -> str:
    # "2026-W07" -> "W07 2026" reads as a week at a glance; days and months stay ISO.
    if len(label) == 8 and label[4:6] == "-W":
        return f"{label[5:]} {label[:4]}"
    return label


def build_chart(data: ChartData, font: QFont, with_legend: bool = True,
                width: int = 520) -> QChart:
    chart = QChart()
    chart.setTitle("")  # the panel shows the title as a QLabel (bigger, selectable)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    small = QFont(font)
    small.setPointSizeF(max(8.0, font.pointSizeF() * 0.9))
    horizontal = data.kind == "hbar"
    cats = [_short(c) for c in data.categories]
    series_data = list(data.series)
    if horizontal:
        # Bars are laid out bottom-up: reverse so the biggest (listed first) is on top.
        cats = cats[::-1]
        series_data = [(name, list(values)[::-1]) for name, values in series_data]
    if data.kind == "line":
        series_list = []
        for i, (name, values) in enumerate(data.series):
            line = QLineSeries()
            line.setName(name)
            pen = QPen(QColor(PALETTE[i % len(PALETTE)]))
            pen.setWidthF(2.5)
            pen.setStyle(DASHES[i % len(DASHES)])
            line.setPen(pen)
            line.setPointsVisible(len(values) <= 40)
            line.replace([QPointF(x, y) for x, y in enumerate(values)])  # one call, not n
            chart.addSeries(line)
            series_list.append(line)
    else:
        cls = {"bar": QBarSeries, "stacked": QStackedBarSeries,
               "hbar": QHorizontalBarSeries}.get(data.kind, QBarSeries)
        if horizontal and len(series_data) > 1:
            cls = QHorizontalStackedBarSeries  # side by side, their value labels collide
        bars = cls()
        for i, (name, values) in enumerate(series_data):
            bar_set = QBarSet(name)
            colour = QColor(PALETTE[i % len(PALETTE)])
            brush = QBrush(colour, PATTERNS[i % len(PATTERNS)])
            bar_set.setBrush(brush)
            bar_set.setPen(QPen(colour.darker(150), 1))
            bar_set.setLabelColor(QColor("#000000"))
            bar_set.setLabelFont(small)
            bar_set.append([float(v) for v in values])
            bars.append(bar_set)
        if data.kind in ("bar", "hbar") and len(cats) <= 12 and len(data.series) == 1:
            bars.setLabelsVisible(True)
            bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
            bars.setLabelsFormat("@value")
        chart.addSeries(bars)
        series_list = [bars]
    if horizontal:
        cat_axis = QBarCategoryAxis()
        cat_axis.append(cats or ["\u200b"])
        cat_axis.setTruncateLabels(False)
        cat_axis.setLabelsFont(small)
    else:
        cat_axis = _x_axis(cats, small, width)
    cat_axis.setTitleText(data.x_title)
    cat_axis.setTitleFont(small)
    cat_axis.setGridLineVisible(False)
    value_axis = QValueAxis()
    value_axis.setLabelsFont(small)
    value_axis.setTitleText(data.y_title)
    value_axis.setTitleFont(small)
    value_axis.setLabelFormat("%.0f")
    top = max((v for _, vals in data.series for v in vals), default=0)
    if data.kind == "stacked" or (horizontal and len(data.series) > 1):
        top = max((sum(vals[i] for _, vals in data.series) for i in range(len(cats))),
                  default=0)
    # Room above the tallest bar for its value label.
    value_axis.setRange(0, max(1.0, top * 1.15))
    value_axis.applyNiceNumbers()
    chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignLeft if horizontal
                  else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom if horizontal
                  else Qt.AlignmentFlag.AlignLeft)
    for s in series_list:
        s.attachAxis(cat_axis)
        s.attachAxis(value_axis)
    legend = chart.legend()
    legend.setVisible(with_legend and len(data.series) > 1)
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend.setFont(small)
    if data.kind == "line":
        legend.setMarkerShape(legend.MarkerShape.MarkerShapeFromSeries)
    return chart


class ChartPanel(QFrame):
    """A chart with its title, what it counts, and its save buttons."""

    save_png = Signal(object)  # self
    save_csv = Signal(object)

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.data: ChartData | None = None
        self._table_for: ChartData | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.view = QChartView(self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(280)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        for w in (self.view, self.table, self.empty):
            self.stack.addWidget(w)
        self.as_table = QPushButton(self.tr("Show as table"), self)
        self.as_table.setCheckable(True)
        self.png = QPushButton(self.tr("Save as PNG…"), self)
        self.csv = QPushButton(self.tr("Save data as CSV…"), self)
        buttons = FlowLayout()  # wraps under a long translation instead of clipping
        buttons.addWidget(self.as_table)
        buttons.addWidget(self.png)
        buttons.addWidget(self.csv)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.as_table.toggled.connect(self._show_mode)
        self.png.clicked.connect(lambda: self.save_png.emit(self))
        self.csv.clicked.connect(lambda: self.save_csv.emit(self))

    def set_data(self, data: ChartData) -> None:
        data = translated(data)  # the dashboard's words in the UI language
        old = self.view.chart()
        self.data = data
        self.title.setText(data.title)
        self.note.setText(data.note)
        name = data.title
        self.view.setAccessibleName(self.tr("%1 chart").replace("%1", name))
        self.view.setAccessibleDescription(self._summary(data))
        self.table.setAccessibleName(self.tr("%1 data").replace("%1", name))
        self.as_table.setAccessibleName(self.tr("Show %1 as a table").replace("%1", name))
        self.png.setAccessibleName(self.tr("Save %1 as PNG").replace("%1", name))
        self.csv.setAccessibleName(self.tr("Save the data of %1 as CSV").replace("%1", name))
        self.empty.setText(self.tr("Nothing to show for these dates and hub.")
                           + ("\n" + data.note if data.empty and data.note else ""))
        self.view.setChart(build_chart(data, self.font(), with_legend=False,
                                       width=max(self.view.width(), 480)))
        self.legend.setText(legend_html(data) if len(data.series) > 1 else "")
        self.legend.setVisible(len(data.series) > 1)
        self.legend.setAccessibleName(self.tr("Legend of %1").replace("%1", name))
        if old is not None:
            old.deleteLater()
        self._table_for = None  # filled when first shown: most people look at the chart
        self.png.setEnabled(not data.empty)
        self.csv.setEnabled(bool(data.categories))
        self._show_mode(self.as_table.isChecked())

    def _show_mode(self, table: bool) -> None:
        if table and self.data is not None and self._table_for is not self.data:
            self._fill_table(self.data)
            self._table_for = self.data
        if self.data is not None and self.data.empty and not table:
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.table if table else self.view)

    def _fill_table(self, data: ChartData) -> None:
        rows = data.table()
        self.table.clear()
        self.table.setColumnCount(len(rows[0]))
        self.table.setRowCount(len(rows) - 1)
        self.table.setHorizontalHeaderLabels([str(h) for h in rows[0]])
        for r, line in enumerate(rows[1:]):
            for c, value in enumerate(line):
                item = QTableWidgetItem(str(value))
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    @staticmethod
    def _summary(data: ChartData) -> str:
        """A sentence a screen reader can say instead of the picture."""
        if data.empty:
            return QCoreApplication.translate("ChartPanel", "No data.")
        totals = [(name, sum(values)) for name, values in data.series]
        parts = ", ".join(f"{name}: {round(total, 1):g}" for name, total in totals[:6])
        axis = data.x_title or QCoreApplication.translate("ChartPanel", "Categories")
        return QCoreApplication.translate(
            "ChartPanel", "{axis}: {count} shown; totals {totals}.").format(
            axis=axis, count=len(data.categories), totals=parts)


def render_image(data: ChartData, font: QFont, width: int = 1100, height: int = 620):
    """The chart, titled, as a QImage of a fixed size (for PNG files and the PDF).
    Drawn through its own scene at that size: a view that was never shown has not
    laid the chart out and would paint it postage-stamp small."""
    from PySide6.QtCore import QCoreApplication, QRectF
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QGraphicsScene

    font = QFont(font)
    font.setPointSizeF(font.pointSizeF() * 1.25)  # read on paper or a slide, not a screen
    chart = build_chart(data, font, width=width)
    title_font = QFont(font)
    title_font.setBold(True)
    title_font.setPointSizeF(font.pointSizeF() * 1.3)
    chart.setTitleFont(title_font)
    chart.setTitle(data.title)
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, width, height))
    QCoreApplication.processEvents()  # let the chart's layout run at the new size
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
    painter.end()
    scene.removeItem(chart)
    chart.deleteLater()
    return image


def render_png(data: ChartData | None, path, font: QFont) -> None:
    if data is None:
        raise ValueError("no such chart")
    if not render_image(data, font).save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
