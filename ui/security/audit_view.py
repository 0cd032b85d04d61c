"""The coordinators' audit viewer: filter by person, action, kind, record and dates."""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accesspoint.clock import to_iso, to_local
from accesspoint.errors import PermissionDeniedError
from accesspoint.security import audit
from ui.security.tables import DictTableModel, push
from ui.widgets.domain_text import describe_error


def _day_start(day: QDate) -> str:
    local = datetime.combine(day.toPython(), time.min).astimezone()
    return to_iso(local.astimezone(UTC))


class AuditView(QWidget):
    def __init__(self, services: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.user = QComboBox(self)
        self.user.setAccessibleName(self.tr("Who"))
        self.user.addItem(self.tr("Anyone"), None)
        for uid, name in services.db.call(lambda c: c.execute(
                "SELECT id, display_name FROM users ORDER BY display_name").fetchall()):
            self.user.addItem(name, uid)
        self.action = QComboBox(self)
        self.action.setAccessibleName(self.tr("Action"))
        self.action.addItem(self.tr("Any action"), None)
        for a in audit.ACTIONS:
            self.action.addItem(a.replace("_", " "), a)
        self.kind = QLineEdit(self)
        self.kind.setAccessibleName(self.tr("Kind of record"))
        self.kind.setPlaceholderText(self.tr("person, enquiry, user…"))
        self.kind.setMaxLength(40)
        self.record = QLineEdit(self)
        self.record.setAccessibleName(self.tr("Record id"))
        self.record.setMaxLength(64)
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-30), self)
        self.since.setCalendarPopup(True)
        self.since.setAccessibleName(self.tr("From"))
        self.until = QDateEdit(today, self)
        self.until.setCalendarPopup(True)
        self.until.setAccessibleName(self.tr("To"))
        show = push(self, self.tr("&Show"))
        show.clicked.connect(self.refresh)
        form = QFormLayout()
        form.addRow(self.tr("&Who:"), self.user)
        form.addRow(self.tr("&Action:"), self.action)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Record &id:"), self.record)
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(self.until)
        dates.addWidget(show)
        form.addRow(self.tr("&From / to:"), dates)
        self.model = DictTableModel([
            ("when", self.tr("When")), ("user_name", self.tr("Who")), ("role", self.tr("Role")),
            ("action", self.tr("Action")), ("kind", self.tr("Kind")),
            ("record_id", self.tr("Record")), ("detail", self.tr("Detail")),
            ("via", self.tr("Via"))], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit events"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.refresh()

    def current_filter(self) -> audit.AuditFilter:
        return audit.AuditFilter(
            user_id=self.user.currentData(), action=self.action.currentData(),
            kind=self.kind.text().strip() or None, record_id=self.record.text().strip() or None,
            since=_day_start(self.since.date()), until=_day_start(self.until.date().addDays(1)))

    def refresh(self) -> None:
        flt, actor = self.current_filter(), self.services.actor
        try:
            rows = self.services.db.call(lambda c: audit.query(c, actor, flt))
        except PermissionDeniedError as exc:
            # Shown in place: a widget must never fail half-built (Qt would later
            # destroy it from whichever thread the garbage collector runs on).
            self.message.setText(describe_error(exc))
            self.message.show()
            self.model.set_rows([])
            return
        self.message.hide()
        for r in rows:
            r["when"] = to_local(r["created_at"]).strftime("%d/%m/%Y %H:%M:%S")
            r["via"] = "command line" if r["via_cli"] else "app"
        self.model.set_rows(rows)
