"""People: find someone, see and edit their details, their enquiries, merge duplicates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from accesspoint import enquiries, people
from accesspoint.clock import to_local
from accesspoint.errors import ValidationError
from ui.enquiries import labels
from ui.services import Services
from ui.widgets import domain_text
from ui.widgets.field_error import FieldError
from ui.widgets.needs_picker import need_label
from ui.widgets.person_search import PersonSearch

EDIT_FIELDS = ("given_name", "family_name", "date_of_birth", "phone", "email", "postcode",
               "address", "preferred_language", "accessibility_needs")


def load_person(conn, person_id: str) -> dict[str, Any]:
    person = people.get_person(conn, person_id)
    rows = conn.execute(
        "SELECT id FROM enquiries WHERE person_id = ? ORDER BY created_at DESC LIMIT 200",
        (person["id"],)).fetchall()
    return {"person": person, "enquiries": [enquiries.get_enquiry(conn, r[0]) for r in rows]}


class PeopleView(QWidget):
    open_enquiry = Signal(str)
    record_for = Signal(dict)

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.person: dict[str, Any] | None = None
        self.search = PersonSearch(services, self)
        self.search.results.setMaximumHeight(16_777_215)
        find_label = QLabel(self.tr("&Find a person:"), self)
        find_label.setBuddy(self.search.box)
        left = QWidget(self)
        l_layout = QVBoxLayout(left)
        l_layout.addWidget(find_label)
        l_layout.addWidget(self.search)
        l_layout.addStretch(1)
        left.setMinimumWidth(260)

        right = QWidget(self)
        self.heading = QLabel(self.tr("Find someone on the left to see their record."), right)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Person"))
        details = QGroupBox(self.tr("Details"), right)
        form = QFormLayout(details)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, FieldError] = {}
        titles = {
            "given_name": self.tr("First name(s):"), "family_name": self.tr("Family name:"),
            "date_of_birth": self.tr("Date of birth:"), "phone": self.tr("Phone:"),
            "email": self.tr("Email:"), "postcode": self.tr("Postcode:"),
            "address": self.tr("Address:"), "preferred_language": self.tr("Language code:"),
            "accessibility_needs": self.tr("Accessibility needs:"),
        }
        for key in EDIT_FIELDS:
            edit = QLineEdit(details)
            edit.setAccessibleName(titles[key].rstrip(":"))
            label = QLabel(titles[key], details)
            label.setBuddy(edit)
            self.edits[key] = edit
            self.errors[key] = FieldError(edit.accessibleName(), details)
            form.addRow(label, edit)
            form.addRow("", self.errors[key])
        self.interpreter = QCheckBox(self.tr("Interpreter needed"), details)
        self.interpreter.setAccessibleName(self.tr("Interpreter needed"))
        form.addRow("", self.interpreter)
        self.save_button = QPushButton(self.tr("&Save changes"), right)
        self.save_button.setAccessibleName(self.tr("Save changes to the person"))
        self.record_button = QPushButton(self.tr("&New enquiry for them"), right)
        self.record_button.setAccessibleName(self.tr("Record a new enquiry for this person"))
        self.merge_button = QPushButton(self.tr("&Merge with another record…"), right)
        self.merge_button.setAccessibleName(self.tr("Merge with another record"))
        self.status = QLabel(right)
        self.status.setAccessibleName(self.tr("Result"))
        self.status.setWordWrap(True)
        # A grid rather than one row, so longer translations still fit.
        actions = QGridLayout()
        for i, button in enumerate((self.save_button, self.record_button, self.merge_button)):
            actions.addWidget(button, i // 2, i % 2)
        actions.setColumnStretch(2, 1)
        self.history = QListWidget(right)
        self.history.setAccessibleName(self.tr("Their enquiries"))
        history_label = QLabel(self.tr("Their &enquiries (Enter opens one):"), right)
        history_label.setBuddy(self.history)
        r_layout = QVBoxLayout(right)
        r_layout.addWidget(self.heading)
        r_layout.addWidget(details)
        r_layout.addLayout(actions)
        r_layout.addWidget(self.status)
        r_layout.addWidget(history_label)
        r_layout.addWidget(self.history, 1)
        self.details = details

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.search.chosen.connect(lambda p: self.show_person(p["id"]))
        self.save_button.clicked.connect(self.save)
        self.record_button.clicked.connect(
            lambda: self.person and self.record_for.emit(self.person))
        self.merge_button.clicked.connect(self.merge)
        self.history.itemActivated.connect(
            lambda item: self.open_enquiry.emit(item.data(Qt.ItemDataRole.UserRole)))
        services.events.changed.connect(self._changed)
        self._enable(False)
        self.setFocusProxy(self.search.box)

    def _enable(self, on: bool) -> None:
        for widget in (self.details, self.save_button, self.record_button, self.merge_button,
                       self.history):
            widget.setEnabled(on)

    def _changed(self, kind: str) -> None:
        if self.person is not None and kind in ("enquiry", "person"):
            self.show_person(self.person["id"], focus=False)

    def show_person(self, person_id: str, focus: bool = True) -> None:
        def shown(loaded: dict[str, Any]) -> None:
            self._show(loaded)
            if focus:
                self.edits["given_name"].setFocus()

        actor = self.services.actor

        def load(conn):
            from accesspoint.security import audit

            loaded = load_person(conn, person_id)
            audit.viewed(conn, actor, "person", person_id)  # who saw whose data
            return loaded

        self.services.db.submit(load, shown)

    def _show(self, loaded: dict[str, Any]) -> None:
        person = self.person = loaded["person"]
        self.heading.setText(f"<b>{people.display_name(person)}</b>")
        for key, edit in self.edits.items():
            value = str(person.get(key) or "")
            if key == "date_of_birth" and value:
                y, m, d = value.split("-")
                value = f"{d}/{m}/{y}"  # shown and typed the UK way; ISO is stored
            edit.setText(value)
            self.errors[key].clear_problem()
        self.interpreter.setChecked(bool(person.get("interpreter_needed")))
        self.history.clear()
        for e in loaded["enquiries"]:
            when = to_local(e["created_at"]).strftime("%d/%m/%Y")
            needs = ", ".join(need_label(c) for c in e["needs"])
            item = QListWidgetItem(f"{when} · {e['reference']} · {needs} · "
                                   f"{labels.outcome(e['outcome'])}", self.history)
            item.setData(Qt.ItemDataRole.UserRole, e["id"])
        if not loaded["enquiries"]:
            self.history.addItem(self.tr("No enquiries yet."))
        self._enable(True)

    def save(self) -> None:
        if self.person is None:
            return
        changes = {k: e.text() for k, e in self.edits.items()}
        changes["interpreter_needed"] = self.interpreter.isChecked()
        actor, pid = self.services.actor, self.person["id"]
        for label in self.errors.values():
            label.clear_problem()

        def saved(person: dict[str, Any]) -> None:
            self.status.setText(self.tr("Saved."))
            self.services.events.changed.emit("person")

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                for key, text in exc.problems.items():
                    if key in self.errors:
                        self.errors[key].show_problem(domain_text.translate(text))
                self.status.setText(self.tr("Not saved: fix what is shown in red."))
            else:
                self.status.setText(domain_text.describe_error(exc))

        self.services.db.submit(lambda conn: people.update_person(conn, actor, pid, **changes),
                                saved, failed)

    def merge(self) -> None:
        from ui.people.merge import MergeDialog

        if self.person is None:
            return
        dialog = MergeDialog(self.services, self.person, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.status.setText(self.tr("Records merged.")))
        self.merge_dialog = dialog
        dialog.open()
