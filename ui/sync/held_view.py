"""Changes received from the council but not applied yet, and why.

They are kept on this computer and applied at a later sync (when the local edit
that holds them has been sent, or the record they depend on has arrived); this
list is there so that nothing waits out of sight.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accesspoint.clock import to_local
from sync import reasons
from ui.sync.labels import kind_name
from ui.widgets.domain_text import translate_stored


def _local_time(text: str) -> str:
    try:
        return to_local(text).strftime("%d %b %Y %H:%M")
    except (TypeError, ValueError):
        return text or ""


class HeldChangesDialog(QDialog):
    def __init__(self, items: list[dict[str, Any]], total: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changes waiting to be applied"))
        self.setAccessibleName(self.tr("Changes waiting to be applied"))
        intro = QLabel(self.tr(
            "These changes came from the council but are not applied on this computer yet. "
            "They are kept, not lost, and applied at a later sync once what holds them back "
            "is sorted (usually a change made here that has not been sent yet)."), self)
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("What these changes are"))
        self.table = QTableWidget(len(items), 4, self)
        self.table.setAccessibleName(self.tr("Changes waiting to be applied"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Record"), self.tr("Why it waits"), self.tr("Received")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        for row, item in enumerate(items):
            cells = (kind_name(item["kind"]), item["record_id"][-12:],
                     translate_stored(item.get("reason") or "", reasons.TEMPLATES),
                     _local_time(item.get("received_at") or ""))
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col == 1:
                    cell.setToolTip(item["record_id"])
                self.table.setItem(row, col, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        more = QLabel(self.tr("Showing the oldest {shown} of {total}.").format(
            shown=len(items), total=total), self)
        more.setVisible(total > len(items))
        more.setAccessibleName(self.tr("How many are shown"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(more)
        layout.addWidget(buttons)
        self.resize(820, 420)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
