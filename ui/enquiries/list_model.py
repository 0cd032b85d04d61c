"""Enquiry rows for the list: a table model, and a proxy that filters and sorts them.

The rows for the chosen period are loaded once on the DB worker; outcome, need,
follow-up-due and text filters then run in the proxy, instantly, as you type.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from accesspoint.clock import to_local, today_local
from ui.enquiries import labels
from ui.widgets import theme
from ui.widgets.needs_picker import need_label

ROW_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def person_name(row: dict[str, Any]) -> str:
    return " ".join(filter(None, (row.get("given_name"), row.get("family_name"))))


def follow_up_due(row: dict[str, Any], today: str | None = None) -> bool:
    today = today or today_local().isoformat()
    return bool(row.get("follow_up_date") and not row.get("follow_up_done_at")
                and row["follow_up_date"] <= today)


class EnquiryTableModel(QAbstractTableModel):
    COLUMNS = ("when", "reference", "person", "needs", "outcome", "urgency", "follow_up")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self._today = today_local().isoformat()
        self._titles = {
            "when": self.tr("When"), "reference": self.tr("Reference"),
            "person": self.tr("Person"), "needs": self.tr("Needs"),
            "outcome": self.tr("Outcome"), "urgency": self.tr("Urgency"),
            "follow_up": self.tr("Follow-up"),
        }

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._today = today_local().isoformat()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[self.COLUMNS[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return {"when": row["created_at"], "follow_up": row.get("follow_up_date") or "~",
                    "person": person_name(row).lower()}.get(column, self._text(row, column))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            # Red as well as the words "(due)", "Urgent", "safeguarding"; lighter red on
            # the high-contrast theme's black.
            if column == "follow_up" and follow_up_due(row, self._today):
                return QColor(theme.error_colour())
            if column == "urgency" and (row["urgency"] == "urgent" or row["safeguarding"]):
                return QColor(theme.error_colour())
        if role == Qt.ItemDataRole.ToolTipRole and column == "needs":
            return self._text(row, column)
        return None

    def _text(self, row: dict[str, Any], column: str) -> str:
        if column == "when":
            moment = to_local(row["created_at"])
            if moment.date().isoformat() == self._today:
                return self.tr("Today {time}").format(time=moment.strftime("%H:%M"))
            return moment.strftime("%d/%m/%Y %H:%M")
        if column == "reference":
            return row["reference"]
        if column == "person":
            return person_name(row) or self.tr("Anonymous")
        if column == "needs":
            return ", ".join(need_label(c) for c in (row.get("need_codes") or "").split(",") if c)
        if column == "outcome":
            return labels.outcome(row["outcome"])
        if column == "urgency":
            text = labels.urgency(row["urgency"])
            return text + (" · " + self.tr("safeguarding") if row["safeguarding"] else "")
        if column == "follow_up":
            if not row.get("follow_up_date"):
                return ""
            y, m, d = row["follow_up_date"].split("-")
            if row.get("follow_up_done_at"):
                return self.tr("{date} (done)").format(date=f"{d}/{m}/{y}")
            if follow_up_due(row, self._today):
                return self.tr("{date} (due)").format(date=f"{d}/{m}/{y}")
            return f"{d}/{m}/{y}"
        return ""

    def row_at(self, row: int) -> dict[str, Any]:
        return self.rows[row]


class EnquiryFilterProxy(QSortFilterProxyModel):
    """Outcome, need, follow-up due and free text, all at once."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.outcome: str | None = None
        self.need: str | None = None
        self.due_only = False
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filters(self, *, outcome: str | None = None, need: str | None = None,
                    due_only: bool = False, text: str = "") -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10; invalidateFilter is deprecated
            self.beginFilterChange()
        self.outcome, self.need, self.due_only = outcome, need, due_only
        self.text = text.strip().casefold()
        if hasattr(self, "endFilterChange"):
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        row = model.row_at(source_row)
        if self.outcome and row["outcome"] != self.outcome:
            return False
        if self.need and self.need not in (row.get("need_codes") or "").split(","):
            return False
        if self.due_only and not follow_up_due(row):
            return False
        if self.text:
            haystack = " ".join((row["reference"], row.get("description") or "",
                                 person_name(row),
                                 model.data(model.index(source_row, 3)) or "")).casefold()
            return all(word in haystack for word in self.text.split())
        return True
