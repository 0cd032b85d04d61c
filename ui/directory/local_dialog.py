"""Add (or edit) a hub-local service: marked local, proposed to the council at sync."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from accesspoint.directory import local
from accesspoint.errors import ValidationError
from ui.directory.detail import day_names
from ui.services import Services
from ui.widgets.domain_text import describe_error, translate
from ui.widgets.field_error import FieldError
from ui.widgets.needs_picker import NeedsPicker


class LocalServiceDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Add a local service"))
        self.setAccessibleName(self.tr("Add a local service"))
        intro = QLabel(self.tr("A service the council directory does not list yet. It is "
                               "marked local and proposed to the council at the next sync."),
                       self)
        intro.setWordWrap(True)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        self.errors: dict[str, FieldError] = {}

        def line(key: str, label: str, accessible: str) -> QLineEdit:
            edit = QLineEdit(self)
            edit.setAccessibleName(accessible)
            self.fields[key] = edit
            form.addRow(label, edit)
            self._error(form, key, accessible)
            return edit

        line("name", self.tr("&Name:"), self.tr("Service name"))
        line("organization", self.tr("Run &by:"), self.tr("Run by"))
        self.description = QPlainTextEdit(self)
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(80)
        form.addRow(self.tr("&Description:"), self.description)
        self.needs = NeedsPicker(self)
        self.needs.setMaximumHeight(170)
        form.addRow(self.tr("Helps &with:"), self.needs)
        self._error(form, "needs", self.tr("Needs"))
        line("phone", self.tr("&Phone:"), self.tr("Phone"))
        line("email", self.tr("&Email:"), self.tr("Email"))
        line("address", self.tr("&Address:"), self.tr("Address"))
        line("postcode", self.tr("Post&code:"), self.tr("Postcode"))
        days = QHBoxLayout()
        self.days: dict[str, QCheckBox] = {}
        for code, name in zip(local.DAYS, day_names(), strict=True):
            box = QCheckBox(name[:3], self)
            box.setAccessibleName(name)
            self.days[code] = box
            days.addWidget(box)
        form.addRow(self.tr("Days:"), days)
        self._error(form, "days", self.tr("Days"))
        line("opens_at", self.tr("&Opens at:"), self.tr("Opens at"))
        line("closes_at", self.tr("C&loses at:"), self.tr("Closes at"))
        self.free = QCheckBox(self.tr("&Free of charge"), self)
        self.free.setChecked(True)
        self.free.setAccessibleName(self.tr("Free of charge"))
        form.addRow("", self.free)
        body = QWidget(self)
        body.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def _error(self, form: QFormLayout, key: str, about: str) -> None:
        error = FieldError(about, self)
        self.errors[key] = error
        form.addRow("", error)

    def data(self) -> local.LocalServiceInput:
        f = {k: e.text() for k, e in self.fields.items()}
        return local.LocalServiceInput(
            name=f["name"], organization=f["organization"],
            description=self.description.toPlainText(), needs=self.needs.codes(),
            phone=f["phone"], email=f["email"], address=f["address"], postcode=f["postcode"],
            days=[c for c, b in self.days.items() if b.isChecked()], opens_at=f["opens_at"],
            closes_at=f["closes_at"], free=self.free.isChecked())

    def save(self) -> None:
        data, actor = self.data(), self.services.actor
        for error in self.errors.values():
            error.clear_problem()
        self.services.db.submit(lambda conn: local.save_local_service(conn, actor, data),
                                on_done=self._saved, on_error=self._failed)

    def _saved(self, service: dict) -> None:
        self.saved_id = service.get("id")
        self.services.events.changed.emit("directory")
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            self.errors["name"].show_problem(describe_error(exc))
            return
        first = None
        for key, text in exc.problems.items():
            target = self.errors.get(key) or self.errors.get(
                {"min_age": "name", "max_age": "name"}.get(key, "name"))
            target.show_problem(translate(text))
            first = first or self.fields.get(key)
        if first is not None:
            first.setFocus()
