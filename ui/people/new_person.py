"""Add a person, warning about likely duplicates first ("tell us once").

Add checks `people.likely_duplicates` on the DB worker. If anyone matches, the
dialog lists them and the volunteer either picks one (no duplicate is made) or
confirms it really is somebody new.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accesspoint import people
from accesspoint.errors import ValidationError
from ui.services import Services
from ui.widgets import domain_text, theme
from ui.widgets.field_error import FieldError
from ui.widgets.person_search import describe
from ui.widgets.theme import mark_as_error

FIELDS = (
    ("given_name", "First name(s):"),
    ("family_name", "Family name:"),
    ("date_of_birth", "Date of birth:"),
    ("phone", "Phone:"),
    ("postcode", "Postcode:"),
    ("email", "Email:"),
)


def split_name(text: str) -> tuple[str, str]:
    """What was typed in the search box as a starting point: 'Adeyemi, Seun' or 'Seun Adeyemi'."""
    text = text.strip()
    if any(ch.isdigit() for ch in text):
        return "", ""
    if "," in text:
        family, _, given = text.partition(",")
        return given.strip(), family.strip()
    parts = text.split()
    if len(parts) >= 2:
        return " ".join(parts[:-1]), parts[-1]
    return text, ""


class NewPersonDialog(QDialog):
    def __init__(self, services: Services, typed: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.person: dict[str, Any] | None = None
        self._checked_duplicates = False
        self.setWindowTitle(self.tr("New person"))
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, FieldError] = {}
        form = QFormLayout()
        titles = {
            "given_name": self.tr("&First name(s):"), "family_name": self.tr("F&amily name:"),
            "date_of_birth": self.tr("&Date of birth:"), "phone": self.tr("&Phone:"),
            "postcode": self.tr("P&ostcode:"), "email": self.tr("&Email:"),
        }
        for key, _english in FIELDS:
            edit = QLineEdit(self)
            edit.setAccessibleName(titles[key].replace("&", "").rstrip(":"))
            label = QLabel(titles[key], self)
            label.setBuddy(edit)
            self.edits[key] = edit
            self.errors[key] = FieldError(edit.accessibleName(), self)
            form.addRow(label, edit)
            form.addRow("", self.errors[key])
        self.edits["date_of_birth"].setPlaceholderText(self.tr("DD/MM/YYYY"))
        given, family = split_name(typed)
        self.edits["given_name"].setText(given)
        self.edits["family_name"].setText(family)

        self.warning = QFrame(self)
        self.warning.setObjectName("dupes")
        theme.style_box(self.warning, "warning")
        w_layout = QVBoxLayout(self.warning)
        self.warning_text = QLabel(self.warning)
        self.warning_text.setWordWrap(True)
        self.warning_text.setAccessibleName(self.tr("Possible duplicates"))
        self.matches = QListWidget(self.warning)
        self.matches.setAccessibleName(self.tr("People who may be the same"))
        self.use_match = QPushButton(self.tr("&Use the selected person"), self.warning)
        self.use_match.setAccessibleName(self.tr("Use the selected person"))
        w_layout.addWidget(self.warning_text)
        w_layout.addWidget(self.matches)
        w_layout.addWidget(self.use_match)
        self.warning.hide()
        self.problem = QLabel(self)
        mark_as_error(self.problem)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton(self.tr("Add person"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setAccessibleName(self.tr("Add person"))
        self.add_button.setDefault(True)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        self.use_match.clicked.connect(self._use_selected)
        self.matches.itemActivated.connect(lambda _i: self._use_selected())
        for edit in self.edits.values():
            edit.textEdited.connect(self._fields_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.matches.setWordWrap(True)
        self.setMinimumWidth(620)

    def values(self) -> dict[str, str]:
        return {k: e.text() for k, e in self.edits.items()}

    def _fields_changed(self) -> None:
        # Different details may match different people: check again before adding.
        self._checked_duplicates = False
        self.add_button.setText(self.tr("Add person"))

    def add(self) -> None:
        for label in self.errors.values():
            label.clear_problem()
        self.problem.hide()
        fields = self.values()
        force = self._checked_duplicates
        actor = self.services.actor

        def work(conn):
            if not force:
                # Problems first; then duplicates, on the cleaned values (ISO dates).
                clean = people.validate(fields)
                found = people.likely_duplicates(conn, **clean)
                if found:
                    return {"duplicates": [(m.person, m.reasons) for m in found]}
            return {"person": people.create_person(conn, actor, **fields)}

        self.add_button.setEnabled(False)
        self.services.db.submit(work, self._done, self._failed)

    def _done(self, result: dict[str, Any]) -> None:
        self.add_button.setEnabled(True)
        if "person" in result:
            self.person = result["person"]
            self.services.events.changed.emit("person")
            self.accept()
            return
        self._checked_duplicates = True
        self.matches.clear()
        for person, reasons in result["duplicates"]:
            item = QListWidgetItem(
                self.tr("{who} (same {why})").format(who=describe(person),
                                                     why=", ".join(reasons)), self.matches)
            item.setData(Qt.ItemDataRole.UserRole, person)
        self.matches.setCurrentRow(0)
        self.warning_text.setText(self.tr(
            "This may be someone already recorded. Ask them, then use their record "
            "or, if it really is someone new, press “Add as a new person”."))
        self.warning.show()
        self.add_button.setText(self.tr("Add as a new person"))
        # Enter now means "use the person found", never "make a duplicate".
        self.add_button.setDefault(False)
        self.use_match.setDefault(True)
        self.matches.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            first = None
            for key, text in domain_text.problems(exc).items():
                if key in self.errors:
                    self.errors[key].show_problem(text)
                    first = first or self.edits[key]
                else:
                    self.problem.setText(text)
                    self.problem.show()
            if first is not None:
                first.setFocus()
            return
        self.problem.setText(self.tr("Could not add the person: {error}").format(
            error=domain_text.describe_error(exc)))
        self.problem.show()

    def _use_selected(self) -> None:
        item = self.matches.currentItem()
        if item is not None:
            self.person = item.data(Qt.ItemDataRole.UserRole)
            self.accept()
