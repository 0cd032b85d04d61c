"""The time audit: hours by activity, project, hub, month, member type or member."""

from __future__ import annotations

import csv
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accesspoint.timebank.audit_report import GROUPS, Audit, time_audit
from ui.timebank.widgets import RowsModel, StatusLine, hm

DIMENSIONS = {"activity": QT_TRANSLATE_NOOP("AuditTab", "Activity"),
              "project": QT_TRANSLATE_NOOP("AuditTab", "Project"),
              "hub": QT_TRANSLATE_NOOP("AuditTab", "Hub"),
              "month": QT_TRANSLATE_NOOP("AuditTab", "Month"),
              "member_type": QT_TRANSLATE_NOOP("AuditTab", "Member type"),
              "member": QT_TRANSLATE_NOOP("AuditTab", "Member")}


class AuditTab(QWidget):
    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.audit: Audit | None = None
        self.start = QDateEdit(QDate.currentDate().addMonths(-12), self)
        self.end = QDateEdit(QDate.currentDate(), self)
        for w, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd/MM/yyyy")
            w.setAccessibleName(name)
        self.dimension = QComboBox(self)
        for key in GROUPS:
            self.dimension.addItem(self.tr(DIMENSIONS[key]), key)
        self.dimension.setAccessibleName(self.tr("Hours by"))
        self.run_button = QPushButton(self.tr("&Show"), self)
        self.run_button.setAccessibleName(self.tr("Show the time audit"))
        self.save_button = QPushButton(self.tr("Save as CS&V…"), self)
        self.save_button.setAccessibleName(self.tr("Save the time audit as CSV"))
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Time audit summary"))
        self.model = RowsModel([
            (self.tr("Group"), lambda r: r[0]),
            (self.tr("Hours"), lambda r: hm(r[1])),
            (self.tr("Members"), lambda r: r[2]),
        ], self, align_right=(1, 2))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Time audit"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.status = StatusLine(self)
        row = QHBoxLayout()
        for text, w in ((self.tr("&From"), self.start), (self.tr("T&o"), self.end),
                        (self.tr("&By"), self.dimension)):
            label = QLabel(text, self)
            label.setBuddy(w)
            row.addWidget(label)
            row.addWidget(w)
        row.addWidget(self.run_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.run_button.clicked.connect(self.reload)
        self.dimension.currentIndexChanged.connect(self._show)
        self.save_button.clicked.connect(self._save)

    def reload(self) -> None:
        start = self.start.date().toString("yyyy-MM-dd")
        end = self.end.date().toString("yyyy-MM-dd")
        self.services.db.submit(lambda conn: time_audit(conn, start, end), self._loaded,
                                self.status.error)

    def _loaded(self, audit: Audit) -> None:
        self.audit = audit
        self.summary.setText(self.tr(
            "{0} given by {1} active members; {2} new members joined.").format(
            hm(audit.total_minutes), audit.active_members, audit.new_members))
        self._show()

    def _show(self) -> None:
        if self.audit is not None:
            rows: list[Any] = self.audit.by.get(self.dimension.currentData(), [])
            self.model.set_rows(rows)

    def _save(self) -> None:
        if self.audit is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save time audit"),
                                              "time-audit.csv", self.tr("CSV files (*.csv)"))
        if not path:
            return
        with open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=["dimension", "key", "minutes", "members"])
            writer.writeheader()
            writer.writerows(self.audit.as_rows())
        self.status.ok(self.tr("Saved {0}.").format(path))
