"""Signpost or refer from an enquiry: pick services, choose signposting or (with
consent to share) referral, save, print the slip; or record that no suitable
service was found.

Keyboard: Alt+H search, Down into results, Enter adds the service to the list,
Alt+I the list (Delete removes one), Alt+T signpost, Alt+R refer, Alt+O note,
Alt+S saves, Alt+P saves and prints the slip, Alt+N "no suitable service found".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from accesspoint import enquiries
from accesspoint.directory import referrals
from ui.directory.search_panel import SearchPanel
from ui.services import Services
from ui.widgets.domain_text import describe_error
from ui.widgets.field_error import FieldError
from ui.widgets.needs_picker import need_label

ID_ROLE = Qt.ItemDataRole.UserRole


def _load(conn: Any, enquiry_id: str) -> dict[str, Any]:
    enquiry = enquiries.get_enquiry(conn, enquiry_id)
    person = None
    if enquiry["person_id"]:
        row = conn.execute("SELECT postcode, preferred_language FROM people WHERE id = ?",
                           (enquiry["person_id"],)).fetchone()
        person = dict(row) if row else None
    return {"enquiry": enquiry, "person": person,
            "can_refer": referrals.can_refer(conn, enquiry_id),
            "existing": referrals.for_enquiry(conn, enquiry_id)}


class SignpostDialog(QDialog):
    def __init__(self, services: Services, enquiry_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.enquiry_id = enquiry_id
        self.info: dict[str, Any] = {}
        self.slip: QWidget | None = None
        self.setWindowTitle(self.tr("Signpost or refer"))
        self.setAccessibleName(self.tr("Signpost or refer"))
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setAccessibleName(self.tr("Enquiry"))
        self.search = SearchPanel(services, self)
        self.chosen = QListWidget(self)
        self.chosen.setAccessibleName(self.tr("Services chosen"))
        self.chosen.setAccessibleDescription(self.tr("Delete removes a service from the list"))
        self.chosen.setMaximumHeight(110)
        chosen_label = QLabel(self.tr("Chosen serv&ices (Enter in the results adds one):"), self)
        chosen_label.setBuddy(self.chosen)
        self.add_button = QPushButton(self.tr("A&dd to list"), self)
        self.add_button.setAccessibleName(self.tr("Add the selected service to the list"))
        self.signpost = QRadioButton(self.tr("Signpos&t: the resident was given the details"),
                                     self)
        self.refer = QRadioButton(self.tr("&Refer: send their details to the service (needs "
                                          "consent to share)"), self)
        for radio, name in ((self.signpost, self.tr("Signpost")), (self.refer, self.tr("Refer"))):
            radio.setAccessibleName(name)
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.signpost)
        self.mode.addButton(self.refer)
        self.signpost.setChecked(True)
        self.consent = QLabel(self)
        self.consent.setWordWrap(True)
        self.consent.setAccessibleName(self.tr("Consent to share"))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        note_label = QLabel(self.tr("N&ote:"), self)
        note_label.setBuddy(self.note)
        self.error = FieldError(self.tr("signposting"), self)
        self.none_button = QPushButton(self.tr("&No suitable service found"), self)
        self.none_button.setAccessibleName(self.tr("No suitable service found: record the "
                                                   "unmet need"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self.tr("Save"))
        self.print_button = QPushButton(self.tr("Save and &print slip…"), self)
        self.print_button.setAccessibleName(self.tr("Save and print the slip"))
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAccessibleName(self.tr("Cancel"))
        add_row = QHBoxLayout()
        add_row.addWidget(chosen_label, 1)
        add_row.addWidget(self.add_button)
        note_row = QHBoxLayout()
        note_row.addWidget(note_label)
        note_row.addWidget(self.note, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        for b in (self.save_button, self.print_button, cancel):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.search, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.chosen)
        layout.addWidget(self.signpost)
        layout.addWidget(self.refer)
        layout.addWidget(self.consent)
        layout.addLayout(note_row)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.search.activated.connect(self.add_service)
        self.add_button.clicked.connect(lambda: self.add_service(self.search.current_id()))
        self.none_button.clicked.connect(self.no_suitable_service)
        self.save_button.clicked.connect(lambda: self.save(print_after=False))
        self.print_button.clicked.connect(lambda: self.save(print_after=True))
        cancel.clicked.connect(self.reject)
        self.chosen.installEventFilter(self)
        self.setFocusProxy(self.search)
        self.resize(860, 720)
        services.db.submit(lambda conn: _load(conn, enquiry_id), on_done=self._loaded,
                           on_error=lambda exc: self.error.show_problem(describe_error(exc)))

    def _loaded(self, info: dict[str, Any]) -> None:
        self.info = info
        enquiry, person = info["enquiry"], info["person"]
        needs = ", ".join(need_label(n) for n in enquiry["needs"])
        self.header.setText(self.tr("Enquiry {ref} · needs: {needs}").format(
            ref=enquiry["reference"], needs=needs or self.tr("none recorded")))
        if enquiry["needs"]:
            self.search.filters.set_need(enquiry["needs"][0])
        if person and person.get("postcode"):
            self.search.filters.near.setText(person["postcode"])
        self.refer.setEnabled(info["can_refer"])
        self.consent.setText(self.tr("The resident has given consent to share: you may refer.")
                             if info["can_refer"] else self.tr(
            "No consent to share is recorded, so you can signpost but not refer. Ask the "
            "resident and record consent on the enquiry to refer."))
        self.search.run()

    def chosen_ids(self) -> list[str]:
        return [self.chosen.item(i).data(ID_ROLE) for i in range(self.chosen.count())]

    def add_service(self, service_id: str | None) -> None:
        if not service_id or service_id in self.chosen_ids():
            return
        row = next((r for r in self.search.model.rows if r["id"] == service_id), None)
        item = QListWidgetItem(row["name"] if row else service_id)
        item.setData(ID_ROLE, service_id)
        self.chosen.addItem(item)
        self.error.clear_problem()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (watched is self.chosen and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete):
            self.chosen.takeItem(self.chosen.currentRow())
            return True
        return super().eventFilter(watched, event)

    def save(self, *, print_after: bool) -> None:
        ids = self.chosen_ids()
        if not ids and self.search.current_id():
            ids = [self.search.current_id()]  # Save with nothing listed: the one selected
        kind = "referral" if self.refer.isChecked() else "signpost"
        note, actor, enquiry_id = self.note.text(), self.services.actor, self.enquiry_id
        self.services.db.submit(
            lambda conn: referrals.create(conn, actor, enquiry_id, ids, kind, note=note),
            on_done=lambda made: self._saved(made, print_after), on_error=self._failed)

    def _saved(self, made: list[dict[str, Any]], print_after: bool) -> None:
        self.services.events.changed.emit("referral")
        if not print_after:
            self.accept()
            return
        from ui.directory.slip_print import SlipDialog

        person = self.info.get("person") or {}
        language = person.get("preferred_language") or self.info.get("enquiry", {}).get(
            "preferred_language", "en")
        self.slip = SlipDialog(self.services, [m["service_id"] for m in made], self.parent()
                               if isinstance(self.parent(), QWidget) else None,
                               language=language,
                               reference=self.info.get("enquiry", {}).get("reference", ""),
                               referred_ids={m["service_id"] for m in made
                                             if m["kind"] == "referral"})
        self.slip.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.slip.open()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        text = describe_error(exc)
        self.error.show_problem(text)

    def no_suitable_service(self) -> None:
        enquiry = self.info.get("enquiry", {})
        flt = self.search.filters.filters()
        searched = {"text": self.search.box.text(), "need": flt.need, "language": flt.language,
                    "age": flt.age, "free": flt.free, "near": flt.near}
        needs = enquiry.get("needs") or ([flt.need] if flt.need else [])
        actor, enquiry_id, note = self.services.actor, self.enquiry_id, self.note.text()
        self.services.db.submit(
            lambda conn: referrals.record_unmet_need(conn, actor, enquiry_id, needs, searched,
                                                     note),
            on_done=self._unmet_saved, on_error=self._failed)

    def _unmet_saved(self, _row: object) -> None:
        self.services.events.changed.emit("unmet_need")
        self.accept()

