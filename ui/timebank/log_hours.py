"""Logging hours: one entry, or a group session typed from a sign-in sheet.

Both forms are keyboard-first: type a member number (or name) and press Enter,
Tab through the fields, Ctrl+S logs. Durations move in 15-minute steps.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accesspoint.timebank import hours
from ui.timebank.widgets import MemberPicker, MinutesBox, StatusLine, hm, member_label


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate(), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setMaximumDate(QDate.currentDate())  # no future dates
    return edit


class _Form(QWidget):
    """What both forms share: activity list, date, verified by, note, confirm, status."""

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.activity = QComboBox(self)
        self.activity.setAccessibleName(self.tr("Activity"))
        self.day = _date_edit(self)
        self.day.setAccessibleName(self.tr("Date the time was given"))
        self.verified = QLineEdit(self)
        self.verified.setAccessibleName(self.tr("Verified by"))
        self.verified.setPlaceholderText(self.tr("Who confirms the time was given"))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.confirm = QCheckBox(self.tr("Coordinator confirms more than 12 hours in a day"),
                                 self)
        self.confirm.setAccessibleName(self.tr("Confirm more than 12 hours in a day"))
        self.confirm.setEnabled(services.actor.at_least("coordinator"))
        self.status = StatusLine(self)

    def set_context(self, ctx: dict[str, Any]) -> None:
        current = self.activity.currentData()
        self.activity.clear()
        for a in ctx["activities"]:
            self.activity.addItem(a["name"], a["id"])
        if current:
            self.activity.setCurrentIndex(max(0, self.activity.findData(current)))

    def _day(self) -> str:
        return self.day.date().toString("yyyy-MM-dd")


class LogHoursTab(_Form):
    """One entry: member, activity, who benefited, date, duration, note, verified by."""

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(services, parent)
        self.member = MemberPicker(self)
        self.member.setAccessibleName(self.tr("Member who gave the time"))
        self.beneficiary = QLineEdit(self)
        self.beneficiary.setAccessibleName(self.tr("Who benefited"))
        self.beneficiary.setPlaceholderText(self.tr("Another member's number, or an "
                                                    "organisation or project"))
        self.minutes = MinutesBox(self)
        self.minutes.setAccessibleName(self.tr("Duration"))
        self.minutes.setToolTip(self.tr("Up and down arrows change it by 15 minutes"))
        self.save = QPushButton(self.tr("&Log hours"), self)
        self.save.setAccessibleName(self.tr("Log hours"))
        self.save.clicked.connect(self._save)
        form = QFormLayout()
        form.addRow(self.tr("&Member"), self.member)
        form.addRow(self.tr("&Activity"), self.activity)
        form.addRow(self.tr("&Who benefited"), self.beneficiary)
        form.addRow(self.tr("&Date"), self.day)
        form.addRow(self.tr("D&uration"), self.minutes)
        form.addRow(self.tr("&Verified by"), self.verified)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow("", self.confirm)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        QShortcut(QKeySequence.StandardKey.Save, self, self._save)

    def set_context(self, ctx: dict[str, Any]) -> None:
        super().set_context(ctx)
        self.member.set_members(ctx["members"])

    def set_member(self, member: dict[str, Any]) -> None:
        self.member.setText(member_label(member))
        self.member.member = member
        self.activity.setFocus()

    def _save(self) -> None:
        m = self.member.member
        if m is None:
            self.status.error(self.tr("Choose the member who gave the time."))
            self.member.setFocus()
            return
        entry = hours.Entry(member_id=m["id"], activity_id=self.activity.currentData(),
                            day=self._day(), minutes=self.minutes.value(),
                            beneficiary=self.beneficiary.text(),
                            verified_by=self.verified.text(), note=self.note.text())
        actor, confirm = self.services.actor, self.confirm.isChecked()
        self.services.db.submit(
            lambda conn: hours.log_hours(conn, actor, entry, confirm_long_day=confirm),
            lambda _t: self._saved(m, entry.minutes), self.status.error)

    def _saved(self, member: dict[str, Any], minutes: int) -> None:
        self.status.ok(self.tr("Logged {0} for {1}.").format(hm(minutes), member_label(member)))
        self.services.events.changed.emit("ledger")
        self.member.clear_member()
        self.beneficiary.clear()
        self.note.clear()
        self.confirm.setChecked(False)
        self.member.setFocus()


class GroupSessionTab(_Form):
    """A sign-in sheet: the same activity and date for many members at once.

    Type a member and press Enter to add them with the session's duration; change a
    row's duration by typing in its cell (e.g. 1h 30m); Delete removes a row.
    """

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(services, parent)
        self.minutes = MinutesBox(self, 120)
        self.minutes.setAccessibleName(self.tr("Session length"))
        self.member = MemberPicker(self)
        self.member.setAccessibleName(self.tr("Add a member to the sheet"))
        self.member.chosen.connect(self._add)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Time")])
        self.table.setAccessibleName(self.tr("Members on the sign-in sheet"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.save = QPushButton(self.tr("Lo&g session"), self)
        self.save.setAccessibleName(self.tr("Log the session for everyone on the sheet"))
        self.save.clicked.connect(self._save)
        self.count = QLabel("", self)
        self.count.setAccessibleName(self.tr("Members on the sheet"))
        form = QFormLayout()
        form.addRow(self.tr("&Activity"), self.activity)
        form.addRow(self.tr("&Date"), self.day)
        form.addRow(self.tr("Session &length"), self.minutes)
        form.addRow(self.tr("&Verified by"), self.verified)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.tr("Add &member"), self.member)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.confirm)
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addWidget(self.count, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        QShortcut(QKeySequence.StandardKey.Save, self, self._save)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self._remove)
        self._update_count()

    def set_context(self, ctx: dict[str, Any]) -> None:
        super().set_context(ctx)
        self.member.set_members(ctx["members"])

    def attendees(self) -> list[tuple[dict[str, Any], str]]:
        return [(self.table.item(r, 0).data(Qt.ItemDataRole.UserRole),
                 self.table.item(r, 1).text()) for r in range(self.table.rowCount())]

    def _add(self, member: dict[str, Any] | None) -> None:
        if member is None:
            return
        if any(m["id"] == member["id"] for m, _ in self.attendees()):
            self.status.error(self.tr("{0} is already on the sheet.").format(
                member_label(member)))
        else:
            r = self.table.rowCount()
            self.table.insertRow(r)
            name = QTableWidgetItem(member_label(member))
            name.setData(Qt.ItemDataRole.UserRole, member)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, 0, name)
            self.table.setItem(r, 1, QTableWidgetItem(hm(self.minutes.value())))
            self.status.setText("")
        self.member.clear_member()
        self._update_count()

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for r in rows:
            self.table.removeRow(r)
        self._update_count()

    def _update_count(self) -> None:
        n = self.table.rowCount()
        self.count.setText(self.tr("%n member(s) on the sheet", "", n))
        self.save.setEnabled(n > 0)

    def _save(self) -> None:
        attendees: list[tuple[str, int]] = []
        for m, text in self.attendees():
            minutes = self.minutes.valueFromText(text) if text.strip() else 0
            if minutes <= 0 or minutes % 15:
                self.status.error(self.tr("{0}: give the time in 15-minute steps, e.g. 1h 30m.")
                                  .format(member_label(m)))
                return
            attendees.append((m["id"], minutes))
        if not attendees:
            self.status.error(self.tr("Add at least one member to the sheet."))
            return
        actor, confirm = self.services.actor, self.confirm.isChecked()
        args = dict(activity_id=self.activity.currentData(), day=self._day(),
                    attendees=attendees, verified_by=self.verified.text(),
                    note=self.note.text(), confirm_long_day=confirm)
        total = sum(m for _, m in attendees)
        self.services.db.submit(
            lambda conn: hours.log_group_session(conn, actor, **args),
            lambda rows: self._saved(len(rows), total), self.status.error)

    def _saved(self, count: int, total: int) -> None:
        self.status.ok(self.tr("Logged the session: {0} members, {1} in all.").format(
            count, hm(total)))
        self.services.events.changed.emit("ledger")
        self.table.setRowCount(0)
        self.confirm.setChecked(False)
        self._update_count()
        self.member.setFocus()
