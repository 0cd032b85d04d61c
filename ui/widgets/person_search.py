"""Find a person as you type: debounced search on the DB worker, arrow keys + Enter.

Typing never waits for the database: each keystroke restarts a short timer, the
search runs on the worker, and a result that arrives after newer typing is dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accesspoint import people
from ui.services import Services, Task

DEBOUNCE_MS = 150


def describe(person: dict[str, Any]) -> str:
    """One line to tell two people apart: name, date of birth, postcode, phone."""
    bits = [people.display_name(person) or "?"]
    if person.get("date_of_birth"):
        y, m, d = person["date_of_birth"].split("-")
        bits.append(f"{d}/{m}/{y}")
    for key in ("postcode", "phone"):
        if person.get(key):
            bits.append(person[key])
    return " · ".join(bits)


class PersonSearch(QWidget):
    """A search box and its results. `chosen(person)` fires when one is picked."""

    chosen = Signal(dict)
    searched = Signal(int)  # number of results, after each search (tests wait on it)

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self._task: Task | None = None
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(self.tr("Name, phone, postcode or date of birth"))
        self.box.setAccessibleName(self.tr("Find a person"))
        self.box.setAccessibleDescription(self.tr(
            "Type to search; Down arrow moves to the results, Enter picks one"))
        self.box.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("People found"))
        self.results.hide()
        self.hint = QLabel(self)
        self.hint.setAccessibleName(self.tr("Search result count"))
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.hint)
        layout.addWidget(self.results)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._search)
        self.box.textEdited.connect(lambda _t: self._timer.start())
        self.box.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.itemActivated.connect(self._pick)
        self.setFocusProxy(self.box)

    # -- searching -------------------------------------------------------------
    def text(self) -> str:
        return self.box.text()

    def set_text(self, text: str) -> None:
        self.box.setText(text)
        self._timer.start()

    def _search(self) -> None:
        query = self.box.text().strip()
        if self._task is not None:
            self._task.cancel()
        if len(query) < 2:
            self._show([])
            return
        self._task = self.services.db.submit(
            lambda conn: [m.person for m in people.search_people(conn, query, limit=12)],
            self._show)

    def _show(self, found: list[dict[str, Any]]) -> None:
        self._task = None
        self.results.clear()
        for person in found:
            item = QListWidgetItem(describe(person), self.results)
            item.setData(Qt.ItemDataRole.UserRole, person)
        query = self.box.text().strip()
        self.results.setVisible(bool(found))
        if found:
            self.results.setCurrentRow(0)
            # As tall as the results, up to six rows: no empty box pushing the form down.
            rows = min(len(found), 6)
            self.results.setFixedHeight(rows * self.results.sizeHintForRow(0)
                                        + 2 * self.results.frameWidth() + 2)
        if len(query) >= 2:
            self.hint.setText(
                self.tr("%n person(s) found; Down arrow to choose, Enter to pick.", "",
                        len(found)) if found
                else self.tr("Nobody found. Check the spelling, or add a new person."))
            self.hint.show()
        else:
            self.hint.hide()
        self.searched.emit(len(found))

    def _pick(self, item: QListWidgetItem | None = None) -> None:
        item = item or self.results.currentItem()
        if item is None:
            return
        person = item.data(Qt.ItemDataRole.UserRole)
        self.chosen.emit(person)

    def reset(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._timer.stop()
        self.box.clear()
        self.results.clear()
        self.results.hide()
        self.hint.hide()

    # -- keys: Down from the box into the list, Enter picks, Up from the top returns --
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()  # type: ignore[attr-defined]
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if obj is self.box:
            if key == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus()
                self.results.setCurrentRow(max(0, self.results.currentRow()))
                return True
            if enter:
                if self._timer.isActive() or self._task is not None:
                    # Typed fast and pressed Enter: search now, pick the top result.
                    self._timer.stop()
                    self._search_then_pick()
                elif self.results.count():
                    self._pick(self.results.item(max(0, self.results.currentRow())))
                return True
        elif obj is self.results:
            if enter:
                self._pick()
                return True
            if key == Qt.Key.Key_Up and self.results.currentRow() <= 0:
                self.box.setFocus()
                return True
        return False

    def _search_then_pick(self) -> None:
        def pick_first(_n: int) -> None:
            self.searched.disconnect(pick_first)
            if self.results.count():
                self._pick(self.results.item(0))

        self.searched.connect(pick_first)
        self._search()
