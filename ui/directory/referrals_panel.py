"""Referrals to follow up: every open referral, overdue first, and its status moved
on with the keyboard (Alt+letter on each button). Signposting has no status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accesspoint.clock import today_local
from accesspoint.directory import referrals
from ui.services import Services
from ui.widgets.domain_text import describe_error


class ReferralsModel(QAbstractTableModel):
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
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Follow up by"), self.tr("Enquiry"), self.tr("Service"),
                    self.tr("Status"))[section]
        return None

    def status_text(self, status: str) -> str:
        return {"made": self.tr("made"), "sent": self.tr("sent"), "seen": self.tr("seen"),
                "accepted": self.tr("accepted"), "declined": self.tr("declined"),
                "closed": self.tr("closed")}.get(status, status)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            due = row["follow_up_date"] or ""
            if index.column() == 0:
                overdue = due and due <= today_local().isoformat()
                return f"{due} ({self.tr('due')})" if overdue else due
            return (None, row["reference"], row["service_name"],
                    self.status_text(row["status"]))[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None


class ReferralsPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.model = ReferralsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Open referrals"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note about this change"))
        note_label = QLabel(self.tr("No&te:"), self)
        note_label.setBuddy(self.note)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Referrals status"))
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for code, text in (("sent", self.tr("Mark s&ent")), ("seen", self.tr("Mark see&n")),
                           ("accepted", self.tr("A&ccepted")), ("declined",
                                                                 self.tr("Decl&ined")),
                           ("closed", self.tr("Cl&ose"))):
            button = QPushButton(text, self)
            button.setAccessibleName(self.tr("Set status: {status}").format(
                status=self.model.status_text(code)))
            button.clicked.connect(lambda _c=False, s=code: self.set_status(s))
            self.buttons[code] = button
            row.addWidget(button)
        row.addStretch(1)
        note_row = QHBoxLayout()
        note_row.addWidget(note_label)
        note_row.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(note_row)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        services.events.changed.connect(self._changed)
        self.refresh()

    def _changed(self, kind: str) -> None:
        if kind in ("referral", "enquiry"):
            self.refresh()

    def refresh(self) -> None:
        self.services.db.submit(referrals.open_referrals, on_done=self._show)

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        due = sum(1 for r in rows if r["follow_up_date"]
                  and r["follow_up_date"] <= today_local().isoformat())
        self.status.setText(self.tr("%n open referral(s)", "", len(rows)) + "; "
                            + self.tr("%n due a follow-up", "", due))
        if rows:
            self.table.selectRow(0)
        self._enable()

    def current(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _enable(self) -> None:
        row = self.current()
        allowed = referrals.TRANSITIONS.get(row["status"], set()) if row else set()
        for code, button in self.buttons.items():
            button.setEnabled(code in allowed)

    def set_status(self, status: str) -> None:
        row = self.current()
        if row is None:
            return
        actor, note, rid = self.services.actor, self.note.text(), row["id"]
        self.services.db.submit(
            lambda conn: referrals.set_status(conn, actor, rid, status, note=note),
            on_done=self._saved, on_error=self._failed)

    def _saved(self, _row: object) -> None:
        self.note.clear()
        self.services.events.changed.emit("referral")

    def _failed(self, exc: BaseException) -> None:
        text = describe_error(exc)
        self.status.setText(text)
