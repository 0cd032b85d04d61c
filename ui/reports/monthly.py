"""The monthly hub report (PDF), the spreadsheet export and the open-data export.

The PDF is HTML laid out by QTextDocument and printed with QPdfWriter; charts go in as
images rendered by QtCharts, each followed by one sentence saying what it shows, so
the figures survive being printed in black and white or read aloud.
"""

from __future__ import annotations

import html
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from accesspoint.reports import spreadsheet
from accesspoint.reports.charts import ChartData, Filters
from ui.reports.chart_view import ChartPanel, render_image
from ui.reports.model import Result
from ui.reports.words import translated
from ui.services import submit_with_busy
from ui.widgets.domain_text import describe_error

IN_PDF = ["enquiries_by_channel", "enquiries_by_need", "enquiries_by_outcome",
          "unmet_needs_by_need", "unmet_needs_by_area", "top_services", "referral_outcomes",
          "overdue_follow_ups", "timebank_hours_by_activity", "timebank_credits",
          "time_audit_who", "time_audit_when"]


def month_bounds(month: str) -> tuple[date, date]:
    first = date.fromisoformat(f"{month}-01")
    nxt = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first, nxt - timedelta(days=1)


def _find(result: Result, key: str) -> ChartData | None:
    for charts in result.charts.values():
        for c in charts:
            if c.key == key:
                return c
    return None


def _series_total(chart: ChartData | None, name: str | None = None) -> float:
    if chart is None:
        return 0
    return sum(sum(v) for n, v in chart.series if name is None or n == name)


def _tr(text: str) -> str:
    # A module-level wrapper: scripts/update_translations.py collects its literals.
    return QCoreApplication.translate("MonthlyReport", text)


def _number(value: float) -> str:
    """A figure in the UI locale's digits and grouping (1,234.5 / 1.234,5)."""
    value = round(value, 1)
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{value:,g}"  # no system language: the English the report had
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 1)


def key_figures(result: Result) -> list[tuple[str, str]]:
    """(label, figure) in the UI language: the PDF is read by the hub's coordinator."""
    outcome = _find(result, "enquiries_by_outcome")
    members = _find(result, "timebank_members")
    figures = [
        (_tr("Enquiries"), _series_total(_find(result, "enquiries_by_channel"))),
        (_tr("Signposted"), _series_total(outcome, "Signposted")),
        (_tr("Referred"), _series_total(outcome, "Referred")),
        (_tr("Unmet needs (no suitable service)"),
         _series_total(_find(result, "unmet_needs_by_need"))),
        (_tr("Follow-ups overdue today"), _series_total(_find(result, "overdue_follow_ups"))),
    ]
    if members is not None and members.categories:
        figures += [
            (_tr("Time bank hours given"),
             _series_total(_find(result, "timebank_hours_by_activity"))),
            (_tr("Active time bank members"), _series_total(members, "Active members")),
            (_tr("New time bank members"), _series_total(members, "New members")),
        ]
    return [(k, _number(v)) for k, v in figures]


def monthly_html(result: Result, hub_name: str, month_label: str) -> tuple[str, list[str]]:
    """The report as HTML in the UI language; returns it and the chart keys whose images
    it refers to. The dashboard's own words (titles, notes) go through ui/reports/words."""
    rows = "".join(f"<tr><td>{html.escape(k)}</td><td align='right'><b>{v}</b></td></tr>"
                   for k, v in key_figures(result))
    heading = _tr("Monthly hub report: {hub}").format(hub=html.escape(hub_name))
    period = _tr("{month} ({first} to {last}). Produced by AccessPoint on {today}.").format(
        month=html.escape(month_label), first=result.filters.first, last=result.filters.last,
        today=date.today().isoformat())
    parts = [
        f"<h1>{heading}</h1>",
        f"<p>{period}</p>",
        f"<h2>{html.escape(_tr('Key figures'))}</h2>",
        f"<table cellspacing='0' cellpadding='4' border='1'>{rows}</table>",
        "<p>" + html.escape(_tr("Figures are this hub's own records and are not suppressed:"
                                " do not publish this report. Use Open data for anything"
                                " public.")) + "</p>",
    ]
    used = []
    for key in IN_PDF:
        chart = _find(result, key)
        if chart is None or chart.empty:
            continue
        used.append(key)
        chart = translated(chart)
        # Two charts a page (the first page: key figures and two), so a heading is
        # never left at the foot of a page with its chart on the next.
        brk = " style='page-break-before: always'" if len(used) % 2 == 1 and len(used) > 1 \
            else ""
        parts += [
            f"<h2{brk}>{html.escape(chart.title)}</h2>",
            f"<p><img src='chart://{key}' width='980'></p>",
            f"<p><i>{html.escape(chart.note)}</i> "
            f"{html.escape(ChartPanel._summary(chart))}</p>",
        ]
    return "\n".join(parts), used


def write_monthly_pdf(result: Result, path: Path, hub_name: str, month_label: str,
                      font: QFont) -> None:
    text, used = monthly_html(result, hub_name, month_label)
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet("h1 { font-size: 18pt; } h2 { font-size: 13pt; }"
                             " td { padding: 4px; }")
    for key in used:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart://{key}"),
                        render_image(translated(_find(result, key)), font, 1100, 560))
    doc.setHtml(text)
    writer = QPdfWriter(str(path))
    title = QCoreApplication.translate("MonthlyReport", "Monthly hub report: {hub}, {month}")
    writer.setTitle(title.format(hub=hub_name, month=month_label))
    writer.setCreator("AccessPoint")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    layout = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(layout.width(), layout.height()))
    doc.print_(writer)
    if not path.exists():
        raise OSError(f"could not write {path}")


def _last_months(n: int = 12) -> list[str]:
    first = date.today().replace(day=1)
    out = []
    for _ in range(n):
        first = (first - timedelta(days=1)).replace(day=1)
        out.append(first.strftime("%Y-%m"))
    return [date.today().strftime("%Y-%m"), *out]


def ask_monthly_report(page) -> None:
    dialog = QDialog(page)
    dialog.setWindowTitle(page.tr("Monthly hub report"))
    month = QComboBox(dialog)
    for m in _last_months():
        # The month's name in the UI language (strftime would give English).
        month.addItem(QLocale().toString(QDate.fromString(f"{m}-01", "yyyy-MM-dd"),
                                         "MMMM yyyy"), m)
    month.setCurrentIndex(1)
    month.setAccessibleName(page.tr("Month"))
    form = QFormLayout(dialog)
    form.addRow(page.tr("&Month"), month)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    form.addRow(buttons)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    key = month.currentData()
    path, _ = QFileDialog.getSaveFileName(page, page.tr("Save monthly report"),
                                          f"hub-report-{key}.pdf", page.tr("PDF (*.pdf)"))
    if path:
        monthly_report(page, key, Path(path), month.currentText())


def monthly_report(page, month: str, path: Path, label: str | None = None,
                   on_done=None) -> None:
    """Compute the month on the worker, then lay out and print the PDF here."""
    start, end = month_bounds(month)
    flt = Filters(start, end, page.hub.currentData(), "week")
    hub_name = page.hub.currentText()
    model = page.model

    def done(result: Result) -> None:
        try:
            write_monthly_pdf(result, path, hub_name, label or month, page.font())
        except OSError as exc:
            QMessageBox.warning(page, page.tr("Not saved"), describe_error(exc))
            return
        page.status.setText(page.tr("Saved %1").replace("%1", str(path)))
        if on_done:
            on_done(path)

    submit_with_busy(page.services.db, lambda conn: model.compute(conn, flt), done,
                     page._failed, parent=page, text=page.tr("Preparing the monthly report…"))


def ask_spreadsheet(page: QWidget) -> None:
    if page.result is None:
        return
    filters = page.tr("CSV, every chart in one table (*.csv)")
    if spreadsheet.has_xlsx():
        filters = page.tr("Excel workbook, a sheet per chart (*.xlsx)") + ";;" + filters
    path, chosen = QFileDialog.getSaveFileName(page, page.tr("Save the dashboard's data"),
                                               "dashboard", filters)
    if path:
        page._guard(lambda: save_spreadsheet(page.result, Path(path)), path)


def save_spreadsheet(result: Result, path: Path) -> Path:
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_suffix(".xlsx" if spreadsheet.has_xlsx() else ".csv")
    if path.suffix.lower() == ".xlsx":
        heading = f"AccessPoint dashboard {result.filters.first} to {result.filters.last}"
        spreadsheet.write_xlsx(result.charts, path, heading)
    else:
        spreadsheet.write_csv(result.charts, path)
    return path


def ask_open_data(page) -> None:
    folder = QFileDialog.getExistingDirectory(page, page.tr("Folder for the open data"))
    if not folder:
        return
    from accesspoint.reports.export import export_open_data

    flt = page.filters()
    # Suppression over a large year can take a while: a busy indicator after 0.5 s.
    submit_with_busy(
        page.services.db,
        lambda conn: export_open_data(conn, Path(folder), flt.start, flt.end, flt.hub_id),
        lambda files: page.status.setText(page.tr("Wrote %1 open-data files to %2").replace(
            "%1", str(len(files))).replace("%2", folder)),
        page._failed, parent=page, text=page.tr("Writing open data…"))
