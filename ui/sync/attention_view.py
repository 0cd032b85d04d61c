"""The Needs attention list: both versions side by side, and the coordinator's choice."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sync import attention, reasons
from ui.sync.labels import kind_name, status_name
from ui.widgets.domain_text import translate_stored

SKIP_FIELDS = {"id", "hub_id", "created_by", "created_at", "updated_at", "version"}


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class AttentionView(QWidget):
    """Emits `chosen(item_id, choice)`; the page runs it on the DB worker."""

    chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[dict[str, Any]] = []
        self.heading = QLabel(self.tr("Needs attention"), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(160)
        self.list.setAccessibleName(self.tr("Items that need attention"))
        self.heading.setBuddy(self.list)
        self.empty = QLabel(self.tr("Nothing needs attention."), self)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(self.tr("Why this needs attention"))
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                            | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("This hub's version"), self.tr("Council server's version")])
        self.table.setAccessibleName(self.tr("Both versions, field by field"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.keep = QPushButton(self.tr("&Keep this hub's version"), self)
        self.keep.setAccessibleName(self.tr("Keep this hub's version"))
        self.take = QPushButton(self.tr("&Take the council's version"), self)
        self.take.setAccessibleName(self.tr("Take the council server's version"))
        self.resend = QPushButton(self.tr("&Resend"), self)
        self.resend.setAccessibleName(self.tr("Send it again (after fixing the record)"))
        self.dismiss = QPushButton(self.tr("&Dismiss"), self)
        self.dismiss.setAccessibleName(self.tr("Dismiss: seen and dealt with"))
        buttons = QHBoxLayout()
        for b in (self.keep, self.take, self.resend, self.dismiss):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._select)
        self.keep.clicked.connect(lambda: self._choose(attention.KEEP_MINE))
        self.take.clicked.connect(lambda: self._choose(attention.TAKE_THEIRS))
        self.resend.clicked.connect(lambda: self._choose(attention.RESEND))
        self.dismiss.clicked.connect(lambda: self._choose(attention.DISMISS))
        self.set_items([])

    def set_items(self, items: list[dict[str, Any]]) -> None:
        self.items = items
        self.list.blockSignals(True)
        self.list.clear()
        for item in items:
            text = self.tr("{status}: {kind} {record}").format(
                status=status_name(item["status"]), kind=kind_name(item["kind"]),
                record=_label_of(item))
            entry = QListWidgetItem(text, self.list)
            entry.setData(Qt.ItemDataRole.UserRole, item["id"])
        self.list.blockSignals(False)
        self.heading.setText(self.tr("Needs attention: {count}").format(count=len(items)))
        self.empty.setVisible(not items)
        self.list.setVisible(bool(items))
        if items:
            self.list.setCurrentRow(0)
        self._select(self.list.currentRow() if items else -1)

    def current(self) -> dict[str, Any] | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _select(self, row: int) -> None:
        item = self.items[row] if 0 <= row < len(self.items) else None
        self.table.setRowCount(0)
        allowed = attention.choices(item) if item else []
        self.keep.setEnabled(attention.KEEP_MINE in allowed)
        self.take.setEnabled(attention.TAKE_THEIRS in allowed)
        self.resend.setEnabled(attention.RESEND in allowed)
        self.dismiss.setEnabled(attention.DISMISS in allowed)
        for b in (self.keep, self.take, self.resend, self.dismiss):
            b.setVisible(item is not None and b.isEnabled())
        self.table.setVisible(item is not None)
        if item is None:
            self.reason.setText("")
            return
        # Stored in English; the client's own reasons are shown in the UI language.
        self.reason.setText(translate_stored(item.get("reason"), reasons.TEMPLATES)
                            or status_name(item["status"]))
        mine = item["local_payload"] or {}
        theirs = item["server_record"] or {}
        differ = set(attention.differing_fields(item))
        fields = sorted(k for k in mine.keys() | theirs.keys() if k not in SKIP_FIELDS)
        fields.sort(key=lambda k: (k not in differ, k))  # differences first
        bold = QFont(self.table.font())
        bold.setBold(True)
        for name in fields:
            r = self.table.rowCount()
            self.table.insertRow(r)
            cells = [name.replace("_", " ").capitalize(), _show(mine.get(name)),
                     _show(theirs.get(name)) if item["server_record"] is not None else ""]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if name in differ:
                    cell.setFont(bold)
                self.table.setItem(r, c, cell)

    def _choose(self, choice: str) -> None:
        item = self.current()
        if item is not None:
            self.chosen.emit(item["id"], choice)


def _label_of(item: dict[str, Any]) -> str:
    pl = item["local_payload"] or {}
    for keys in (("given_name", "family_name"), ("member_number",), ("reference",),
                 ("name",), ("minutes",)):
        parts = [str(pl[k]) for k in keys if pl.get(k)]
        if parts:
            return " ".join(parts)
    return item["record_id"][-8:]
