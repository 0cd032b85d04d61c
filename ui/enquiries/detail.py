"""One enquiry: edit it (edits keep history), add notes, see its history, follow-up done."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from accesspoint import consent, enquiries, hubs, people
from accesspoint.clock import to_local
from accesspoint.errors import ValidationError
from accesspoint.security.permissions import can
from ui.enquiries.intake import IntakePanel
from ui.enquiries.list_view import open_signpost, signpost_available
from ui.services import Services
from ui.widgets import domain_text
from ui.widgets.field_error import FieldError

TRACKED = ("person_id", "channel", "needs", "description", "preferred_language",
           "interpreter_needed", "accessibility_needs", "urgency", "safeguarding", "outcome",
           "follow_up_date", "follow_up_done_at")


def load_enquiry(conn, enquiry_id: str) -> dict[str, Any]:
    """Everything the dialog shows, read in one go on the DB worker."""
    enquiry = enquiries.get_enquiry(conn, enquiry_id)
    person = people.get_person(conn, enquiry["person_id"]) if enquiry["person_id"] else None
    names: dict[str, str] = {}

    def name(user_id: str) -> str:
        if user_id not in names:
            names[user_id] = hubs.user_name(conn, user_id)
        return names[user_id]

    return {
        "enquiry": enquiry,
        "created_by_name": name(enquiry["created_by"]),
        "person": person,
        "consent": {p: consent.enquiry_consent(conn, enquiry_id, p) for p in consent.PURPOSES},
        "notes": [{**n, "by": name(n["created_by"])}
                  for n in enquiries.notes(conn, enquiry_id)],
        "revisions": [{**r, "by": name(r["revised_by"])}
                      for r in enquiries.revisions(conn, enquiry_id)],
    }


def form_state(loaded: dict[str, Any]) -> dict[str, Any]:
    e = loaded["enquiry"]
    follow = ""
    if e.get("follow_up_date"):
        y, m, d = e["follow_up_date"].split("-")
        follow = f"{d}/{m}/{y}"
    return {
        "person": loaded["person"], "anonymous": loaded["person"] is None, "search": "",
        "channel": e["channel"], "needs": e["needs"], "description": e["description"],
        "preferred_language": e["preferred_language"],
        "interpreter_needed": bool(e["interpreter_needed"]),
        "accessibility_needs": e["accessibility_needs"],
        **{f"consent_{p}": granted for p, granted in loaded["consent"].items()},
        "urgency": e["urgency"], "safeguarding": bool(e["safeguarding"]),
        "outcome": e["outcome"], "follow_up_text": follow,
    }


def changes(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    return [k for k in TRACKED if before.get(k) != after.get(k)]


def _when(iso: str) -> str:
    return to_local(iso).strftime("%d/%m/%Y %H:%M")


class EnquiryDialog(QDialog):
    def __init__(self, services: Services, loaded: dict[str, Any],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.enquiry = loaded["enquiry"]
        self.setWindowTitle(self.tr("Enquiry {ref}").format(ref=self.enquiry["reference"]))
        self.header = QLabel(self)
        self.header.setAccessibleName(self.tr("Enquiry"))
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Enquiry details"))
        self.editor = IntakePanel(services, self, enquiry=self.enquiry, state=form_state(loaded))
        self.editor.saved.connect(self._saved)
        self.tabs.addTab(self.editor, self.tr("&Details"))
        # The domain refuses an edit without the permission; the screen does not offer it.
        self.read_only = not can(services.actor, "enquiry.edit")
        self.read_only_note = QLabel(self.tr(
            "You can read this enquiry and add notes. Changing what was recorded is for "
            "staff and coordinators."), self)
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setAccessibleName(self.tr("Read only"))
        self.read_only_note.setVisible(self.read_only)
        if self.read_only:
            self.editor.form.setEnabled(False)
            self.editor.save_button.hide()
            self.editor.discard_button.hide()

        notes_tab = QWidget(self)
        self.notes = QListWidget(notes_tab)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setWordWrap(True)
        self.note = QPlainTextEdit(notes_tab)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("New note"))
        self.note.setPlaceholderText(self.tr("Add a note (Ctrl+Enter to add)"))
        self.note.setMaximumHeight(90)
        self.note_error = FieldError(self.tr("note"), notes_tab)
        self.add_note_button = QPushButton(self.tr("&Add note"), notes_tab)
        self.add_note_button.setAccessibleName(self.tr("Add note"))
        note_label = QLabel(self.tr("&New note:"), notes_tab)
        note_label.setBuddy(self.note)
        n_layout = QVBoxLayout(notes_tab)
        n_layout.addWidget(self.notes, 1)
        n_layout.addWidget(note_label)
        n_layout.addWidget(self.note)
        n_layout.addWidget(self.note_error)
        n_layout.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(notes_tab, self.tr("&Notes"))
        self.add_note_button.clicked.connect(self.add_note)
        QShortcut(QKeySequence("Ctrl+Return"), self.note, self.add_note,
                  context=Qt.ShortcutContext.WidgetShortcut)

        self.history = QListWidget(self)
        self.history.setAccessibleName(self.tr("History of edits"))
        self.history.setWordWrap(True)
        self.tabs.addTab(self.history, self.tr("&History"))

        self.done_button = QPushButton(self.tr("Follow-up done"), self)
        self.done_button.setAccessibleName(self.tr("Mark the follow-up done"))
        self.signpost_button = QPushButton(self.tr("Si&gnpost…"), self)
        self.signpost_button.setAccessibleName(self.tr("Signpost to a service"))
        self.signpost_button.setEnabled(signpost_available())
        if not signpost_available():
            self.signpost_button.setToolTip(self.tr(
                "Signposting arrives with the Directory section; not available yet."))
        close = QPushButton(self.tr("C&lose"), self)
        close.setAccessibleName(self.tr("Close"))
        row = QHBoxLayout()
        row.addWidget(self.done_button)
        row.addWidget(self.signpost_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row)
        close.clicked.connect(self.close)
        self.done_button.clicked.connect(self.follow_up_done)
        self.signpost_button.clicked.connect(
            lambda: open_signpost(self.services, self.enquiry["id"], self))
        self._show(loaded)
        self.resize(1000, 720)

    def _show(self, loaded: dict[str, Any]) -> None:
        self.enquiry = loaded["enquiry"]
        e = self.enquiry
        self.header.setText(self.tr("{ref} · recorded {when} by {who} · {n} note(s), {r} edit(s)")
                            .format(ref=e["reference"], when=_when(e["created_at"]),
                                    who=loaded.get("created_by_name", ""),
                                    n=len(loaded["notes"]), r=len(loaded["revisions"])))
        self.done_button.setEnabled(bool(e.get("follow_up_date") and not e["follow_up_done_at"]))
        self.notes.clear()
        for n in loaded["notes"]:
            self.notes.addItem(f"{_when(n['created_at'])} · {n['by']}\n{n['text']}")
        self.history.clear()
        states = [r["before"] for r in loaded["revisions"]] + [e]
        self.history.addItem(self.tr("{when} · created").format(when=_when(e["created_at"])))
        for rev, after in zip(loaded["revisions"], states[1:], strict=True):
            what = ", ".join(changes(rev["before"], after)) or self.tr("no visible change")
            self.history.addItem(self.tr("{when} · {who} changed: {what}").format(
                when=_when(rev["revised_at"]), who=rev["by"], what=what))

    def reload(self) -> None:
        eid = self.enquiry["id"]
        self.services.db.submit(lambda conn: load_enquiry(conn, eid), self._show)

    def _saved(self, _enquiry: dict[str, Any]) -> None:
        self.reload()

    def add_note(self) -> None:
        self.note_error.clear_problem()
        text, actor, eid = self.note.toPlainText(), self.services.actor, self.enquiry["id"]

        def added(_note: dict[str, Any]) -> None:
            self.note.clear()
            self.services.events.changed.emit("enquiry")
            self.reload()

        def failed(exc: BaseException) -> None:
            message = domain_text.problems(exc).get("note", domain_text.describe_error(exc)) \
                if isinstance(exc, ValidationError) else domain_text.describe_error(exc)
            self.note_error.show_problem(message)
            self.note.setFocus()

        self.services.db.submit(lambda conn: enquiries.add_note(conn, actor, eid, text),
                                added, failed)

    def follow_up_done(self) -> None:
        actor, eid = self.services.actor, self.enquiry["id"]

        def done(_e: dict[str, Any]) -> None:
            self.services.events.changed.emit("enquiry")
            self.reload()

        self.services.db.submit(lambda conn: enquiries.complete_follow_up(conn, actor, eid), done)

    def closeEvent(self, event) -> None:  # noqa: ANN001
        self.editor.can_close()
        super().closeEvent(event)
