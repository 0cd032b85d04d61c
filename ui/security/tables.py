"""A small read-only table model for lists of dicts (users, audit events)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class DictTableModel(QAbstractTableModel):
    def __init__(self, columns: list[tuple[str, str]], parent: Any = None):
        super().__init__(parent)
        self.columns = columns  # (key, header)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        value = self.rows[index.row()].get(self.columns[index.column()][0])
        return "" if value is None else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][1]
        return None

    def row(self, i: int) -> dict[str, Any]:
        return self.rows[i]


def named(widget: Any, text: str) -> Any:
    """Give a button the accessible name screen readers announce (its text, no '&')."""
    widget.setAccessibleName(text.replace("&", "").rstrip("…").strip())
    return widget


def named_add(buttons: Any, text: str, role: Any) -> Any:
    """`QDialogButtonBox.addButton` with the accessible name set."""
    return named(buttons.addButton(text, role), text)


def push(parent: Any, text: str) -> Any:
    """A QPushButton with its accessible name set."""
    from PySide6.QtWidgets import QPushButton

    return named(QPushButton(text, parent), text)
