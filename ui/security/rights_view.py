"""Residents' rights, in one place for coordinators: find the person, then export
what we hold (subject access), correct it, withdraw consent, place a legal hold
or erase them. Every action is audited in the domain code."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from accesspoint.errors import AccessPointError
from accesspoint.security import audit, retention
from ui.security.rights import EraseDialog, export_subject_access, withdraw_consent
from ui.security.tables import push
from ui.widgets.domain_text import describe_error
from ui.widgets.person_search import PersonSearch, describe


class RightsView(QWidget):
    def __init__(self, services: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.person: dict[str, Any] | None = None
        self.search = PersonSearch(services, self)
        self.search.chosen.connect(self.choose)
        self.chosen_label = QLabel(self.tr("Find the resident first."), self)
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setAccessibleName(self.tr("Chosen resident"))
        self.buttons: list[Any] = []
        row = QHBoxLayout()
        for text, slot in ((self.tr("&Subject access export…"), self.subject_access),
                           (self.tr("&Withdraw all consent"), self.withdraw),
                           (self.tr("Legal &hold…"), self.hold),
                           (self.tr("&Erase…"), self.erase)):
            b = push(self, text)
            b.clicked.connect(slot)
            b.setEnabled(False)
            row.addWidget(b)
            self.buttons.append(b)
        row.addStretch(1)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.chosen_label)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def choose(self, person: dict[str, Any]) -> None:
        self.person = person
        actor, pid = self.services.actor, person["id"]
        self.services.db.submit(lambda c: audit.viewed(c, actor, "person", pid))
        self.chosen_label.setText(describe(person))
        for b in self.buttons:
            b.setEnabled(True)

    def _pid(self) -> str:
        assert self.person is not None  # nosec B101 - buttons are disabled until chosen
        return self.person["id"]

    def subject_access(self, folder: str | None = None) -> None:
        files = export_subject_access(self.services, self._pid(), self, folder or None)
        if files:
            self.result.setText(self.tr("Written: {html} and {json}").format(
                html=files[0], json=files[1]))

    def withdraw(self) -> None:
        n = withdraw_consent(self.services, self._pid(), self)
        self.result.setText(self.tr("Consent withdrawn for {n} purpose(s); nothing more "
                                    "is shared from now on.").format(n=n))

    def hold(self, reason: str | None = None) -> None:
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Legal hold"),
                                              self.tr("Why must this record be kept?"))
            if not ok:
                return
        actor, pid = self.services.actor, self._pid()
        try:
            self.services.db.call(
                lambda c: retention.place_hold(c, actor, "person", pid, reason))
        except AccessPointError as exc:
            QMessageBox.warning(self, self.tr("Not done"), describe_error(exc))
            return
        self.result.setText(self.tr("Legal hold placed: exempt from retention and erasure."))

    def erase(self) -> None:
        dialog = EraseDialog(self.services, self._pid(), self)
        dialog.accepted.connect(self._erased)
        dialog.open()

    def _erased(self) -> None:
        self.result.setText(self.tr("Erased. The erasure reaches the council at the next sync."))
        self.person = None
        self.chosen_label.setText(self.tr("Find the resident first."))
        for b in self.buttons:
            b.setEnabled(False)
