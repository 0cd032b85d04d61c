"""Search as you type with filters, shared by the Directory page and the
signposting dialog. The query runs on the DB worker; a newer keystroke cancels
the older search so a stale result never overwrites a fresh one.

Keyboard: type, Down moves into the results, Enter activates a result.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accesspoint import taxonomy
from accesspoint.directory import postcodes
from accesspoint.directory.search import Filters, search
from ui.i18n import language_display
from ui.services import Services, Task
from ui.widgets.domain_text import describe_error
from ui.widgets.needs_picker import need_label

ID_ROLE = Qt.ItemDataRole.UserRole
DEBOUNCE_MS = 120
COMMON_LANGUAGES = ("en", "pt", "so", "es", "fr", "yo", "tw", "ar", "bn", "ur", "pl", "ro", "tr")


class ResultsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Service"), self.tr("Run by"), self.tr("Where"))[section]
        return None

    def where(self, row: dict[str, Any]) -> str:
        if row.get("distance_m") is not None:
            return self.tr("{km:.1f} km").format(km=row["distance_m"] / 1000)
        return {"none": self.tr("Phone or online"),
                "confidential": self.tr("Address confidential")}.get(row["location"], "")

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 0:
                marks = []
                if row["local"]:
                    marks.append(self.tr("local"))
                if row["stale"]:
                    marks.append(self.tr("not checked for over a year"))
                return row["name"] + (f" ({', '.join(marks)})" if marks else "")
            if index.column() == 1:
                return row["organization"]
            return self.where(row)
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.ToolTipRole and row["stale"]:
            return self.tr("Last verified {date}: check the details before relying on them."
                           ).format(date=row["assured_date"] or self.tr("never"))
        return None


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.need = QComboBox(self)
        self.need.setAccessibleName(self.tr("Need"))
        self.need.addItem(self.tr("Any need"), None)
        for n in taxonomy.needs():
            self.need.addItem(need_label(n.code), n.code)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language spoken"))
        self.language.addItem(self.tr("Any language"), None)
        for code in COMMON_LANGUAGES:
            self.language.addItem(language_display(code), code)
        self.age = QSpinBox(self)
        self.age.setRange(-1, 120)
        self.age.setSpecialValueText(self.tr("Any age"))
        self.age.setValue(-1)
        self.age.setAccessibleName(self.tr("Resident's age"))
        self.free = QCheckBox(self.tr("&Free"), self)
        self.free.setAccessibleName(self.tr("Free of charge only"))
        self.open_now = QCheckBox(self.tr("Open no&w"), self)
        self.open_now.setAccessibleName(self.tr("Open now only"))
        self.near = QLineEdit(self)
        self.near.setPlaceholderText(self.tr("Postcode"))
        # Wide enough for the longest postcode ("SW1A 1AA") in any font size.
        self.near.setMinimumWidth(self.near.fontMetrics().horizontalAdvance("WW99 9WWW") + 16)
        self.near.setMaximumWidth(self.near.minimumWidth() + 40)
        self.near.setAccessibleName(self.tr("Distance from postcode"))
        labels = []
        # Two rows (need, language / age, near, free, open now): one row outgrew a
        # 1280-px screen once the labels were translated.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        cells = ((0, 0, self.tr("N&eed:"), self.need), (0, 2, self.tr("&Language:"), self.language),
                 (1, 0, self.tr("A&ge:"), self.age), (1, 2, self.tr("Ne&ar:"), self.near))
        for row, col, text, widget in cells:
            label = QLabel(text, self)
            label.setBuddy(widget)
            labels.append(label)
            layout.addWidget(label, row, col)
            layout.addWidget(widget, row, col + 1)
        checks = QHBoxLayout()
        checks.addWidget(self.free)
        checks.addWidget(self.open_now)
        checks.addStretch(1)
        layout.addLayout(checks, 1, 4)
        layout.setColumnStretch(5, 1)
        for combo in (self.need, self.language):
            # Sized to a few words, not to the longest translated need: otherwise one
            # long label widens the whole window past a 1280-px screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.currentIndexChanged.connect(self.changed)
        self.age.valueChanged.connect(self.changed)
        self.free.toggled.connect(self.changed)
        self.open_now.toggled.connect(self.changed)
        self.near.textChanged.connect(self.changed)

    def set_need(self, code: str | None) -> None:
        index = self.need.findData(code)
        self.need.setCurrentIndex(max(0, index))

    def filters(self) -> Filters:
        near = self.near.text().strip() or None
        if near and postcodes.parts(near) is None:
            near = None  # still being typed ("E17 4"): search without distance meanwhile
        return Filters(need=self.need.currentData(), language=self.language.currentData(),
                       age=None if self.age.value() < 0 else self.age.value(),
                       free=self.free.isChecked(),
                       open_at=datetime.now() if self.open_now.isChecked() else None,
                       near=near, sort="distance" if near else "rank")


class SearchPanel(QWidget):
    """Emits `current(service_id)` as the selection moves and `activated(service_id)`."""

    current = Signal(str)
    activated = Signal(str)
    searched = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(self.tr("Search services: words, a need, an organisation"))
        self.box.setAccessibleName(self.tr("Search the directory"))
        self.box.setAccessibleDescription(self.tr("Results update as you type; Down arrow "
                                                  "moves to the results"))
        self.box.setClearButtonEnabled(True)
        label = QLabel(self.tr("Searc&h:"), self)
        label.setBuddy(self.box)
        self.filters = FilterBar(self)
        self.model = ResultsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Services found"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # Rows as tall as their wrapped names, once the columns have their widths: at
        # 150% text the default height cut every name to "Adult maths and English…".
        # (A ResizeToContents vertical header squeezed the labels below the table.)
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._fit_rows.start())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Search status"))
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        self.box.textChanged.connect(lambda _t: self.timer.start())
        self.filters.changed.connect(self.timer.start)
        self.box.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda i: self.activated.emit(i.data(ID_ROLE)))
        self.task: Task | None = None
        self.last_text = ""
        self.setFocusProxy(self.box)
        services.events.changed.connect(self._external_change)

    def _external_change(self, kind: str) -> None:
        if kind == "directory":
            self.timer.start()

    def run(self) -> None:
        if self.task is not None:
            self.task.cancel()
        text = self.box.text()
        flt = self.filters.filters()
        # Browsing (no words): nearest first. Searching: best match first, distance shown.
        flt.sort = "distance" if flt.near and not text.strip() else "rank"
        self.last_text = text
        self.task = self.services.db.submit(lambda conn: search(conn, text, flt, limit=100),
                                            on_done=self._show, on_error=self._failed)

    def _show(self, result: Any) -> None:
        self.task = None
        self.model.set_rows(result.rows)
        self._fit_rows.start()
        notes = [self.tr("Searched for “{right}” instead of “{wrong}”.").format(
            right=right, wrong=wrong) for wrong, right in result.corrections.items()]
        if result.broad:
            notes.append(self.tr("Many services match: best name matches first; type more "
                                 "to narrow."))
        notes += self._place_notes(result)
        count = len(result.rows)
        summary = (self.tr("No services found. If nothing suits, record it as an unmet need.")
                   if not count else self.tr("%n service(s) found", "", count)
                   + (self.tr(" (showing the first 100)") if result.more else "") + ".")
        self.status.setText(" ".join([summary, *notes]))
        if count:
            self.table.selectRow(0)
        self.searched.emit(count)

    def _place_notes(self, result: Any) -> list[str]:
        """The postcode fallback in the user's language (the domain's notes are English)."""
        place, near = result.place, self.filters.near.text().strip().upper()
        if near and postcodes.parts(near) is None:
            return [self.tr("“{postcode}” is not a full postcode or district yet.").format(
                postcode=near)]
        if near and place is None:
            return [self.tr("No position is known for {postcode} or its district, so "
                            "distances cannot be shown.").format(postcode=near)]
        if place is None or place.precision == "postcode":
            return []
        if place.precision == "sector":
            return [self.tr("{postcode} is not in the postcode table; distances are from the "
                            "centre of its sector.").format(postcode=place.postcode)]
        return [self.tr("{postcode} is not in the postcode table; distances are from the "
                        "approximate centre of its district.").format(postcode=place.postcode)]

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.model.set_rows([])
        self.status.setText(describe_error(exc))

    def _current_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if index.isValid():
            self.current.emit(index.siblingAtColumn(0).data(ID_ROLE))

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.box and event.key() == Qt.Key.Key_Down and self.model.rows:
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                return True
            if watched is self.box and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.timer.stop()
                self.run()
                return True
            if watched is self.table and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                service_id = self.current_id()
                if service_id:
                    self.activated.emit(service_id)
                return True
            if (watched is self.table and event.key() == Qt.Key.Key_Up
                    and self.table.currentIndex().row() <= 0):
                self.box.setFocus()
                return True
        return super().eventFilter(watched, event)
