"""The Security section (coordinators): users, audit trail, retention and legal
holds, equality report, and the security settings (idle lock, lock-out, command
line, backup, recovery key). Others see a short note instead."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from accesspoint.errors import AccessPointError
from accesspoint.security import audit, backup, cli_access, equality, retention, users
from accesspoint.security.permissions import can
from ui.security.audit_view import AuditView
from ui.security.consent_renewals import ConsentRenewalsView
from ui.security.rights_view import RightsView
from ui.security.tables import push
from ui.security.users_view import UsersView
from ui.widgets.domain_text import describe_error


class SettingsView(QWidget):
    def __init__(self, services: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        values = services.db.call(lambda c: {
            "idle": users.idle_lock_minutes(c), "cli": cli_access.enabled(c),
            "fail": users.lockout_policy(c)[0],
            "mins": int(users.lockout_policy(c)[1].total_seconds() // 60),
            "periods": retention.periods(c)})
        self.idle = self._spin(1, 240, values["idle"], self.tr("Lock the screen after minutes"))
        self.failures = self._spin(3, 20, values["fail"], self.tr("Wrong attempts before lock-out"))
        self.lock_minutes = self._spin(1, 1440, values["mins"], self.tr("Lock-out minutes"))
        self.cli = QCheckBox(self.tr("Allow the &command line (acts as a coordinator)"), self)
        self.cli.setChecked(values["cli"])
        self.enquiry_days = self._spin(retention.MIN_DAYS, retention.MAX_DAYS,
                                       values["periods"]["enquiry"],
                                       self.tr("Keep enquiry details for days"))
        self.person_days = self._spin(retention.MIN_DAYS, retention.MAX_DAYS,
                                      values["periods"]["person"],
                                      self.tr("Anonymise people not seen for days"))
        save = push(self, self.tr("&Save settings"))
        save.clicked.connect(self.save)
        run = push(self, self.tr("&Run retention now"))
        run.clicked.connect(self.run_retention)
        do_backup = push(self, self.tr("&Back up to a file…"))
        do_backup.clicked.connect(self.backup)
        recovery = push(self, self.tr("Show the reco&very key…"))
        recovery.clicked.connect(self.show_recovery_key)
        form = QFormLayout(self)
        form.addRow(self.tr("&Idle lock (minutes):"), self.idle)
        form.addRow(self.tr("&Wrong attempts before lock-out:"), self.failures)
        form.addRow(self.tr("Lock-out &minutes:"), self.lock_minutes)
        form.addRow("", self.cli)
        form.addRow(self.tr("&Enquiry details kept (days):"), self.enquiry_days)
        form.addRow(self.tr("&People not seen, anonymised after (days):"), self.person_days)
        form.addRow("", save)
        form.addRow("", run)
        form.addRow("", do_backup)
        form.addRow("", recovery)
        self.report = QLabel(self)
        self.report.setWordWrap(True)
        form.addRow("", self.report)

    def _spin(self, lo: int, hi: int, value: int, name: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(lo, hi)
        box.setValue(value)
        box.setAccessibleName(name)
        return box

    def _call(self, fn: Any) -> Any:
        actor = self.services.actor
        try:
            return self.services.db.call(lambda c: fn(c, actor))
        except AccessPointError as exc:
            QMessageBox.warning(self, self.tr("Not done"), describe_error(exc))
            return None

    def save(self) -> None:
        idle, fails, mins = self.idle.value(), self.failures.value(), self.lock_minutes.value()
        cli, e_days, p_days = self.cli.isChecked(), self.enquiry_days.value(), \
            self.person_days.value()

        def apply(c: Any, a: Any) -> bool:
            for key, value in (("idle_lock_minutes", idle), ("lockout_failures", fails),
                               ("lockout_minutes", mins), ("cli_enabled", cli)):
                users.set_security_setting(c, a, key, value)
            retention.set_period(c, a, "enquiry", e_days)
            retention.set_period(c, a, "person", p_days)
            return True

        if self._call(apply):
            lock = getattr(self.services, "idle_lock", None)
            if lock is not None:
                lock.set_idle_minutes(idle)
            self.report.setText(self.tr("Saved."))

    def run_retention(self) -> None:
        result = self._call(retention.run)
        if result is not None:
            self.report.setText(self.tr("Retention run: {r}").format(r=json.dumps(result)))

    def backup(self, path: str | None = None) -> None:
        path = path or QFileDialog.getSaveFileName(self, self.tr("Back up to"),
                                                   "accesspoint.apbak")[0]
        if path:
            data_dir = self.services.data_dir
            if self._call(lambda c, a: backup.backup_to(c, a, data_dir, Path(path))):
                self.report.setText(self.tr("Encrypted backup written."))


    def show_recovery_key(self) -> None:
        from ui.security.login import RecoveryKeyDialog, recovery_key_text

        text = recovery_key_text(self.services.data_dir)
        if text is None:
            QMessageBox.information(self, self.tr("Recovery key"),
                                    self.tr("This database is not encrypted."))
            return
        self._call(lambda c, a: audit.record(c, a, "printed", "recovery_key", ""))
        RecoveryKeyDialog(text, self).open()


class EqualityReportView(QWidget):
    def __init__(self, services: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Equality monitoring counts"))
        refresh = push(self, self.tr("&Refresh"))
        refresh.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Counts only; numbers under 5 are shown as <5."), self))
        layout.addWidget(self.text, 1)
        layout.addWidget(refresh)
        self.refresh()

    def refresh(self) -> None:
        actor = self.services.actor
        rep = self.services.db.call(lambda c: equality.report(c, actor))
        lines = [self.tr("Responses: {n}").format(n=rep["responses"])]
        for q, counts in rep["questions"].items():
            lines.append(f"\n{equality.QUESTIONS[q][0]}")
            lines += [f"  {a.replace('_', ' ')}: {n}" for a, n in counts.items()] or ["  —"]
        self.text.setPlainText("\n".join(lines))


class SecurityPage(QWidget):
    def __init__(self, services: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        layout = QVBoxLayout(self)
        if not can(services.actor, "user.manage"):
            note = QLabel(self.tr("Security settings are for coordinators. Press Ctrl+L to "
                                  "lock the screen when you step away."), self)
            note.setWordWrap(True)
            layout.addWidget(note)
            if can(services.actor, "consent.review"):  # staff
                self.renewals = ConsentRenewalsView(services, self)
                layout.addWidget(self.renewals, 1)
            else:
                layout.addStretch(1)
            return
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Security"))
        self.tabs.addTab(UsersView(services, self), self.tr("&Users"))
        self.tabs.addTab(AuditView(services, self), self.tr("&Audit trail"))
        self.tabs.addTab(SettingsView(services, self), self.tr("Se&ttings and retention"))
        self.tabs.addTab(RightsView(services, self), self.tr("&Residents' rights"))
        self.renewals = ConsentRenewalsView(services, self)
        self.tabs.addTab(self.renewals, self.tr("&Consent renewals"))
        self.tabs.addTab(EqualityReportView(services, self), self.tr("E&quality"))
        layout.addWidget(self.tabs)
