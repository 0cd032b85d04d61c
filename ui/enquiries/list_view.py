"""Today's and recent enquiries with filters; open, note, follow-up done, signpost."""

from __future__ import annotations

import importlib.util
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accesspoint import enquiries, taxonomy
from accesspoint.clock import to_iso, utcnow
from ui.enquiries import labels
from ui.enquiries.list_model import ROW_ROLE, EnquiryFilterProxy, EnquiryTableModel
from ui.services import Services
from ui.widgets.needs_picker import need_label

SIGNPOST_MODULE = "ui.directory.signpost_dialog"
PERIODS = (("today", 0), ("week", 7), ("month", 31), ("all", None))


def signpost_available() -> bool:
    try:
        return importlib.util.find_spec(SIGNPOST_MODULE) is not None
    except ModuleNotFoundError:
        return False


def open_signpost(services: Services, enquiry_id: str, parent: QWidget) -> None:
    """Open the directory's SignpostDialog for an enquiry (built by the directory work)."""
    module = importlib.import_module(SIGNPOST_MODULE)
    dialog = module.SignpostDialog(services, enquiry_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


class EnquiryListView(QWidget):
    """`open_enquiry(id)` asks the page to open an enquiry for editing."""

    open_enquiry = Signal(str)
    loaded = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.model = EnquiryTableModel(self)
        self.proxy = EnquiryFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Reference, name or words"))
        self.text.setAccessibleName(self.tr("Search enquiries"))
        self.text.setClearButtonEnabled(True)
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period"))
        for key, text in zip((p[0] for p in PERIODS),
                             (self.tr("Today"), self.tr("Last 7 days"), self.tr("Last 31 days"),
                              self.tr("All")), strict=True):
            self.period.addItem(text, key)
        self.period.setCurrentIndex(2)
        self.outcome = QComboBox(self)
        self.outcome.setAccessibleName(self.tr("Outcome filter"))
        self.outcome.addItem(self.tr("Any outcome"), None)
        for code in labels.OUTCOMES:
            self.outcome.addItem(labels.outcome(code), code)
        self.need = QComboBox(self)
        self.need.setAccessibleName(self.tr("Need filter"))
        self.need.addItem(self.tr("Any need"), None)
        for need in taxonomy.needs():
            self.need.addItem(need_label(need.code), need.code)
        # Long need names (and longer translations) must not force a wide window.
        for combo in (self.period, self.outcome, self.need):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.due = QCheckBox(self.tr("Follow-up &due"), self)
        self.due.setAccessibleName(self.tr("Only follow-ups due"))
        # Two rows, so longer translations fit a 1024-pixel screen.
        search_row, filters = QHBoxLayout(), QHBoxLayout()
        for row, text, widget in ((search_row, self.tr("&Search:"), self.text),
                                  (filters, self.tr("&Period:"), self.period),
                                  (filters, self.tr("Ou&tcome:"), self.outcome),
                                  (filters, self.tr("N&eed:"), self.need)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, 1)
        search_row.addWidget(self.due)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Enquiries"))
        self.table.setAccessibleDescription(self.tr("Enter opens the selected enquiry"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Number of enquiries shown"))

        self.open_button = QPushButton(self.tr("&Open / edit"), self)
        self.open_button.setAccessibleName(self.tr("Open the selected enquiry"))
        self.done_button = QPushButton(self.tr("Follow-up done"), self)
        self.done_button.setAccessibleName(self.tr("Mark the follow-up done"))
        self.signpost_button = QPushButton(self.tr("Si&gnpost…"), self)
        self.signpost_button.setAccessibleName(self.tr("Signpost to a service"))
        if not signpost_available():
            self.signpost_button.setEnabled(False)
            self.signpost_button.setToolTip(self.tr(
                "Signposting arrives with the Directory section; not available yet."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for button in (self.open_button, self.done_button, self.signpost_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self._text_timer = QTimer(self, singleShot=True, interval=150)
        self._text_timer.timeout.connect(self._apply_filters)
        self.text.textChanged.connect(lambda _t: self._text_timer.start())
        for combo in (self.outcome, self.need):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.due.toggled.connect(self._apply_filters)
        self.period.currentIndexChanged.connect(self.reload)
        self.table.activated.connect(lambda _i: self._open())
        self.open_button.clicked.connect(self._open)
        self.done_button.clicked.connect(self._follow_up_done)
        self.signpost_button.clicked.connect(self._signpost)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        services.events.changed.connect(self._changed)
        self._update_buttons()
        self.reload()

    # -- data ---------------------------------------------------------------------------
    def _changed(self, kind: str) -> None:
        if kind in ("enquiry", "person", "referral", ""):
            self.reload()

    def reload(self) -> None:
        days = dict(PERIODS)[self.period.currentData()]
        since = None
        if days is not None:
            start = utcnow().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
            since = to_iso(start - timedelta(days=days))
        flt = enquiries.EnquiryFilter(since=since, limit=5000)
        self.services.db.submit(lambda conn: enquiries.list_enquiries(conn, flt), self._loaded)

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        current = self.current_row()
        self.model.set_rows(rows)
        self._apply_filters()
        if current is not None:
            self.select(current["id"])
        self.loaded.emit(len(rows))

    def _apply_filters(self) -> None:
        self.proxy.set_filters(outcome=self.outcome.currentData(), need=self.need.currentData(),
                               due_only=self.due.isChecked(), text=self.text.text())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("Showing {shown} of {total}").format(shown=shown, total=total))
        self._update_buttons()

    # -- selection and actions -------------------------------------------------------------
    def current_row(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select(self, enquiry_id: str) -> bool:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(ROW_ROLE)["id"] == enquiry_id:
                self.table.setCurrentIndex(index)
                return True
        return False

    def _update_buttons(self, *_args: object) -> None:
        row = self.current_row()
        self.open_button.setEnabled(row is not None)
        self.done_button.setEnabled(bool(row and row.get("follow_up_date")
                                         and not row.get("follow_up_done_at")))
        if signpost_available():
            self.signpost_button.setEnabled(row is not None)

    def _open(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_enquiry.emit(row["id"])

    def _follow_up_done(self) -> None:
        row, actor = self.current_row(), self.services.actor
        if row is None:
            return
        self.services.db.submit(
            lambda conn: enquiries.complete_follow_up(conn, actor, row["id"]),
            lambda _e: self.services.events.changed.emit("enquiry"))

    def _signpost(self) -> None:
        row = self.current_row()
        if row is not None and signpost_available():
            open_signpost(self.services, row["id"], self)
