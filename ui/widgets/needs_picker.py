"""Needs from the taxonomy: a checkable list with type-to-filter.

Keyboard: type in the filter, Enter ticks the first match (and clears the filter for
the next one), Down moves into the list where Space ticks and unticks.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from accesspoint import taxonomy

CODE_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
SAFEGUARDING_ROLE = Qt.ItemDataRole.UserRole + 2


def need_label(code: str) -> str:
    """The need's label, translatable (labels ship in English in resources/)."""
    return QCoreApplication.translate("Needs", taxonomy.label(code))


class NeedsPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to filter, Enter to tick"))
        self.filter.setAccessibleName(self.tr("Filter needs"))
        self.filter.setAccessibleDescription(self.tr(
            "Enter ticks the first matching need; Down arrow moves to the list"))
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        for need in taxonomy.needs():
            label = QCoreApplication.translate("Needs", need.label)
            item = QStandardItem(label)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(need.code, CODE_ROLE)
            item.setData(" ".join((label, need.label, need.code, *need.keywords)).lower(),
                         SEARCH_ROLE)
            item.setData(need.safeguarding, SAFEGUARDING_ROLE)
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(self.tr("Needs"))
        self.list.setAccessibleDescription(self.tr("Space ticks or unticks a need"))
        self.list.setMinimumHeight(120)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Needs chosen"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.installEventFilter(self)
        self.model.itemChanged.connect(self._item_changed)
        self.setFocusProxy(self.filter)
        self._update_summary()

    def codes(self) -> list[str]:
        return [self.model.item(r).data(CODE_ROLE) for r in range(self.model.rowCount())
                if self.model.item(r).checkState() == Qt.CheckState.Checked]

    def set_codes(self, codes: list[str]) -> None:
        wanted = set(codes)
        self.model.blockSignals(True)
        for r in range(self.model.rowCount()):
            item = self.model.item(r)
            item.setCheckState(Qt.CheckState.Checked if item.data(CODE_ROLE) in wanted
                               else Qt.CheckState.Unchecked)
        self.model.blockSignals(False)
        self.list.viewport().update()
        self._update_summary()
        self.changed.emit()

    def has_safeguarding_need(self) -> bool:
        return any(self.model.item(r).data(SAFEGUARDING_ROLE)
                   and self.model.item(r).checkState() == Qt.CheckState.Checked
                   for r in range(self.model.rowCount()))

    def toggle_first_match(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        item = self.model.itemFromIndex(self.proxy.mapToSource(self.proxy.index(0, 0)))
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)
        self.filter.clear()

    def _item_changed(self, _item: QStandardItem) -> None:
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        chosen = [need_label(c) for c in self.codes()]
        self.summary.setText(self.tr("Chosen: {needs}").format(needs=", ".join(chosen))
                             if chosen else self.tr("No need chosen yet."))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.filter and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.filter.text().strip():
                self.toggle_first_match()
                return True
            if key == Qt.Key.Key_Down and self.proxy.rowCount():
                self.list.setFocus()
                if not self.list.currentIndex().isValid():
                    self.list.setCurrentIndex(self.proxy.index(0, 0))
                return True
        return False
