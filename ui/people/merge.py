"""Merge two records of the same person, after showing both side by side.

The record kept is the one being viewed; the other one's enquiries, consent and
time-bank rows move to it (people.merge_people), and its blanks are filled in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accesspoint import people
from ui.services import Services
from ui.widgets import domain_text
from ui.widgets.person_search import PersonSearch
from ui.widgets.theme import mark_as_error

SHOWN = ("given_name", "family_name", "date_of_birth", "phone", "email", "postcode",
         "address", "preferred_language")


class MergeDialog(QDialog):
    """Step 1: find the duplicate. Step 2: compare and confirm."""

    def __init__(self, services: Services, keep: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.keep = keep
        self.other: dict[str, Any] | None = None
        self.merged: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Merge two records"))
        self.intro = QLabel(self.tr("Find the other record of {name}:").format(
            name=people.display_name(keep)), self)
        self.intro.setWordWrap(True)
        self.search = PersonSearch(services, self)
        self.intro.setBuddy(self.search.box)
        self.search.chosen.connect(self.compare_with)
        self.table = QGridLayout()
        self.titles = {
            "given_name": self.tr("First name(s)"), "family_name": self.tr("Family name"),
            "date_of_birth": self.tr("Date of birth"), "phone": self.tr("Phone"),
            "email": self.tr("Email"), "postcode": self.tr("Postcode"),
            "address": self.tr("Address"), "preferred_language": self.tr("Language"),
        }
        self.compare = QWidget(self)
        self.compare.setLayout(self.table)
        self.compare.hide()
        self.problem = QLabel(self)
        mark_as_error(self.problem)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button: QPushButton = self.buttons.addButton(
            self.tr("&Merge into the kept record"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setAccessibleName(self.tr("Merge into the kept record"))
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.search)
        layout.addWidget(self.compare)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)

    def compare_with(self, other: dict[str, Any]) -> None:
        if other["id"] == self.keep["id"]:
            self.problem.setText(self.tr("That is the same record; choose the other one."))
            self.problem.show()
            return
        self.problem.hide()
        self.other = other
        while self.table.count():
            self.table.takeAt(0).widget().deleteLater()
        heads = (self.tr("Kept"), self.tr("Merged into it (then hidden)"))
        for col, text in enumerate(heads, start=1):
            head = QLabel(f"<b>{text}</b>", self.compare)
            head.setAccessibleName(text)
            self.table.addWidget(head, 0, col)
        for row, key in enumerate(SHOWN, start=1):
            name = QLabel(self.titles[key], self.compare)
            self.table.addWidget(name, row, 0)
            for col, person in enumerate((self.keep, other), start=1):
                value = QLabel(str(person.get(key) or "—"), self.compare)
                value.setAccessibleName(f"{self.titles[key]}: {heads[col - 1]}")
                self.table.addWidget(value, row, col)
        self.intro.setText(self.tr(
            "Check these are the same person. Their enquiries and consent records will all "
            "be kept under the left-hand record; empty details are filled from the right."))
        self.search.hide()
        self.compare.show()
        self.merge_button.setEnabled(True)
        self.merge_button.setFocus()

    def merge(self) -> None:
        if self.other is None:
            return
        actor, keep_id, merge_id = self.services.actor, self.keep["id"], self.other["id"]
        self.merge_button.setEnabled(False)
        self.services.db.submit(
            lambda conn: people.merge_people(conn, actor, keep_id, merge_id),
            self._merged, self._failed)

    def _merged(self, person: dict[str, Any]) -> None:
        self.merged = person
        self.services.events.changed.emit("person")
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.problem.setText("; ".join(domain_text.problems(exc).values()))
        self.problem.show()
        self.merge_button.setEnabled(True)
