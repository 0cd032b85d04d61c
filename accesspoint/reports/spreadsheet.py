"""Every chart's data as a spreadsheet: one tidy CSV always, XLSX when openpyxl is there.

openpyxl is optional (pure Python, MIT, the usual library for writing .xlsx); without
it the CSV serves, and Excel opens that too.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from pathlib import Path

from .charts import ChartData

TIDY_COLUMNS = ("section", "chart", "category", "series", "value")


def has_xlsx() -> bool:
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        return False
    return True


def write_csv(charts: Mapping[str, Sequence[ChartData]], path: Path) -> None:
    """Long format: one row per chart, category and series (any tool can pivot it)."""
    with path.open("w", encoding="utf-8-sig", newline="") as fh:  # BOM: Excel reads UTF-8
        out = csv.writer(fh)
        out.writerow(TIDY_COLUMNS)
        for section, items in charts.items():
            for chart in items:
                for i, cat in enumerate(chart.categories):
                    for name, values in chart.series:
                        value = values[i]
                        out.writerow([section, chart.title, cat, name,
                                      int(value) if float(value).is_integer() else value])


def _sheet_name(title: str, used: set[str]) -> str:
    # Excel: at most 31 characters, none of []:*?/\ and unique.
    base = "".join(ch for ch in title if ch not in "[]:*?/\\")[:31] or "Sheet"
    name, n = base, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name


def write_xlsx(charts: Mapping[str, Sequence[ChartData]], path: Path,
               heading: str = "") -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    index = book.active
    index.title = "Contents"
    index.append([heading or "AccessPoint report"])
    index["A1"].font = Font(bold=True, size=14)
    index.append([])
    index.append(["Section", "Chart", "Sheet", "Note"])
    used = {"contents"}
    for section, items in charts.items():
        for chart in items:
            name = _sheet_name(chart.title, used)
            index.append([section, chart.title, name, chart.note])
            sheet = book.create_sheet(name)
            sheet.append([chart.title])
            sheet["A1"].font = Font(bold=True)
            if chart.note:
                sheet.append([chart.note])
            sheet.append([])
            for r, row in enumerate(chart.table()):
                sheet.append(row)
                if r == 0:
                    for cell in sheet[sheet.max_row]:
                        cell.font = Font(bold=True)
            sheet.column_dimensions["A"].width = 28
    book.save(path)
