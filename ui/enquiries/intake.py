"""Recording an enquiry: the form plus saving, validation and drafts.

Nothing typed is ever lost: every change is saved as a draft (debounced, on the DB
worker) under a key of its own ("enquiry:new:<id>" for a new enquiry,
"enquiry:<id>" when editing), so a crash, an accidental close or Ctrl+N mid-entry
leaves a draft that is offered back the next time the form opens. Saving discards it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from accesspoint import drafts, enquiries
from accesspoint.errors import ValidationError, msg
from accesspoint.ids import new_id
from ui.enquiries.intake_form import BLANK_STATE, IntakeForm, parse_follow_up
from ui.services import Services, submit_with_busy
from ui.widgets import domain_text, theme
from ui.widgets.theme import mark_as_error

DRAFT_DEBOUNCE_MS = 400
NEW_PREFIX = "enquiry:new"
BANNER_STYLE = "info"  # theme.BOXES kinds
SAVED_STYLE = "ok"


def to_input(state: dict[str, Any]) -> tuple[enquiries.EnquiryInput, dict[str, str]]:
    """The form state as an EnquiryInput, plus problems only the form can see."""
    problems: dict[str, str] = {}
    try:
        follow_up = parse_follow_up(state["follow_up_text"])
    except ValueError:
        follow_up = None
        problems["follow_up_date"] = msg(
            "'{text}' is not a date: write it as DD/MM/YYYY (for example 01/12/2026), or +7 "
            "for a week from today.", text=state["follow_up_text"])
    person = state.get("person")
    if person is None and not state.get("anonymous"):
        problems["person_id"] = msg("Find the person, add a new person, or tick Anonymous.")
    data = enquiries.EnquiryInput(
        channel=state["channel"], needs=list(state["needs"]), description=state["description"],
        person_id=person["id"] if person else None,
        preferred_language=state["preferred_language"] or "en",
        interpreter_needed=state["interpreter_needed"],
        accessibility_needs=state["accessibility_needs"], urgency=state["urgency"],
        safeguarding=state["safeguarding"], outcome=state["outcome"],
        follow_up_date=follow_up, consent_record=state["consent_record"],
        consent_share=state["consent_share"], consent_contact=state["consent_contact"])
    return data, problems


def _save(conn, actor, data, problems, enquiry_id, draft_key) -> dict[str, Any]:
    """On the worker: validate everything at once, then create/update and drop the draft."""
    try:
        enquiries.validate(data)
    except ValidationError as exc:
        problems = {**exc.problems, **problems}
    if problems:
        raise ValidationError(problems)
    if enquiry_id:
        saved = enquiries.update_enquiry(conn, actor, enquiry_id, data)
    else:
        saved = enquiries.create_enquiry(conn, actor, data)
    drafts.discard(conn, draft_key)
    return saved


class Banner(QFrame):
    """A one-line message with optional buttons, above the form."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Message"))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.text, 1)
        self.buttons: list[QPushButton] = []
        self.hide()

    def show_message(self, text: str, style: str = BANNER_STYLE,
                     actions: list[tuple[str, Callable[[], None]]] = ()) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for title, fn in actions:
            button = QPushButton(title, self)
            button.setAccessibleName(title.replace("&", ""))
            button.clicked.connect(fn)
            self.row.addWidget(button)
            self.buttons.append(button)
        theme.style_box(self, style)
        self.text.setText(text)
        self.show()


class IntakePanel(QWidget):
    """The form with its banners and buttons. `saved(enquiry)` after a successful save."""

    saved = Signal(dict)

    def __init__(self, services: Services, parent: QWidget | None = None,
                 enquiry: dict[str, Any] | None = None, state: dict[str, Any] | None = None):
        super().__init__(parent)
        self.services = services
        self.enquiry_id: str | None = enquiry["id"] if enquiry else None
        self.draft_key = f"enquiry:{self.enquiry_id}" if enquiry else f"{NEW_PREFIX}:{new_id()}"
        self._offered: str | None = None
        self._saving = False
        # Tests replace this to answer the "discard?" question without a dialog.
        self.confirm: Callable[[str, str], bool] = self._ask
        self.form = IntakeForm(services, self)
        self.banner = Banner(self)
        self.summary = QLabel(self)
        mark_as_error(self.summary)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Problems to fix before saving"))
        self.summary.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.summary.hide()
        scroll = self.scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"), self)
        self.save_button.setAccessibleName(self.tr("Save enquiry"))
        self.save_button.setDefault(False)
        self.new_button = QPushButton(self.tr("New enquiry (Ctrl+N)"), self)
        self.new_button.setAccessibleName(self.tr("New enquiry"))
        self.discard_button = QPushButton(self.tr("Discard (Esc)"), self)
        self.discard_button.setAccessibleName(self.tr("Discard this enquiry"))
        # Equality monitoring is optional and asked separately, after the enquiry is
        # saved, never as part of getting help (issue 7): a button, not a pop-up.
        self.equality_button = QPushButton(self.tr("E&quality questions (optional)…"), self)
        self.equality_button.setAccessibleName(self.tr("Equality monitoring questions"))
        self.equality_button.setAccessibleDescription(self.tr(
            "Optional questions, asked only after the enquiry is saved; kept apart from it"))
        self.equality_button.hide()
        self.equality_button.clicked.connect(self.offer_equality)
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.equality_button)
        buttons.addStretch(1)
        if self.enquiry_id is None:
            buttons.addWidget(self.new_button)
        else:
            self.new_button.hide()
            self.discard_button.setText(self.tr("Cancel changes (Esc)"))
            self.discard_button.setAccessibleName(self.tr("Cancel changes"))
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.form.tab_chain[-1], self.save_button)
        QWidget.setTabOrder(self.save_button, self.new_button)
        QWidget.setTabOrder(self.new_button, self.discard_button)

        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DEBOUNCE_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self.form.edited.connect(self._edited)
        self.form.new_person.clicked.connect(self.add_new_person)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.new_enquiry)
        self.discard_button.clicked.connect(self.discard)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        # Ctrl+N belongs to the Enquiries page (it also switches to this tab).
        for keys, fn in ((QKeySequence.StandardKey.Save, self.save),
                         (QKeySequence("Escape"), self.discard)):
            QShortcut(keys, self, fn, context=context)
        if enquiry is not None:
            self.form.set_state(state or {})
            for box in self.form.consent.values():
                box.setEnabled(False)
                box.setToolTip(self.tr("Consent is recorded when the enquiry is first saved."))
        self._baseline = self.form.state()
        # Keyboard users must see where they are: scroll the focused field into view.
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.offer_draft()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.form.isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 10, 40)

    # -- drafts ------------------------------------------------------------------------
    def _edited(self) -> None:
        if self.banner.isVisible() and not self._offered:
            self.banner.hide()  # the "saved" message, now out of date
            self.equality_button.hide()
        self._draft_timer.start()

    def is_dirty(self) -> bool:
        return self.form.state() != self._baseline

    def save_draft(self) -> None:
        """Store the form as it is now (or drop the draft if nothing is typed)."""
        self._draft_timer.stop()
        key, dirty = self.draft_key, self.is_dirty()
        payload = json.dumps(self.form.state(), ensure_ascii=False)
        self.services.db.submit(
            lambda conn: drafts.save(conn, key, payload) if dirty else drafts.discard(conn, key))

    def offer_draft(self) -> None:
        """Show a draft left over from before (a crash, a close, Ctrl+N) with Restore."""
        prefix, own = (NEW_PREFIX if self.enquiry_id is None else self.draft_key), self.draft_key

        def find(conn):
            for key in drafts.keys(conn, prefix):
                if key != own:
                    return key, drafts.load(conn, key)
            return None

        self.services.db.submit(find, self._offer)

    def _offer(self, found: tuple[str, str] | None) -> None:
        if not found:
            self._offered = None
            return
        self._offered, payload = found
        try:
            state = {**BLANK_STATE, **json.loads(payload)}
        except ValueError:
            state = dict(BLANK_STATE)
        who = state["person"] and " ".join(filter(None, (state["person"].get("given_name"),
                                                          state["person"].get("family_name"))))
        what = who or state["description"][:40] or self.tr("no name yet")
        self.banner.show_message(
            self.tr("An enquiry you had not saved was kept ({what}). Restore it?").format(
                what=what),
            actions=[(self.tr("&Restore"), lambda: self.restore_draft(state)),
                     (self.tr("Dis&card it"), self._drop_offered)])
        self.banner.buttons[0].setFocus()

    def restore_draft(self, state: dict[str, Any]) -> None:
        key = self._offered
        if self.is_dirty():
            self.save_draft()  # what was typed here stays as a draft of its own
        self._offered = None
        self.banner.hide()
        if self.enquiry_id is None and key:
            self.draft_key = key  # carry on in the restored draft
        self.form.set_state(state)
        self._baseline = dict(BLANK_STATE) if self.enquiry_id is None else self._baseline
        self.form.search.box.setFocus()

    def _drop_offered(self) -> None:
        key, self._offered = self._offered, None
        self.banner.hide()
        if key:
            self.services.db.submit(lambda conn: drafts.discard(conn, key),
                                    lambda _r: self.offer_draft())
        self.form.search.box.setFocus()

    # -- saving -------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        self._draft_timer.stop()
        self.form.clear_errors()
        self.summary.hide()
        state = self.form.state()
        data, problems = to_input(state)
        actor, eid, key = self.services.actor, self.enquiry_id, self.draft_key
        # The draft is written first, so even a failed save has everything kept.
        self.save_draft()
        self._saving = True
        # A wait cursor and "Working…" only if the save takes over half a second.
        submit_with_busy(self.services.db,
                         lambda conn: _save(conn, actor, data, problems, eid, key),
                         self._saved, self._save_failed, parent=self,
                         text=self.tr("Saving the enquiry…"))

    def _saved(self, enquiry: dict[str, Any]) -> None:
        self._saving = False
        self.services.events.changed.emit("enquiry")
        self.saved.emit(enquiry)
        if self.enquiry_id is not None:
            self._baseline = self.form.state()
            return
        who = self.form.person
        name = " ".join(filter(None, (who.get("given_name"), who.get("family_name")))) \
            if who else self.tr("an anonymous resident")
        self._reset(new_key=True)
        self.banner.show_message(
            self.tr("Saved: enquiry {ref} for {name}.").format(ref=enquiry["reference"],
                                                               name=name), SAVED_STYLE)
        self.equality_button.show()

    def offer_equality(self) -> None:
        from ui.security.equality_form import offer_equality_form

        self.equality_button.hide()
        offer_equality_form(self.services, self)

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        if not isinstance(exc, ValidationError):
            self.summary.setText(self.tr(
                "Not saved: {error}. Everything you typed is kept as a draft; try again, "
                "and tell your coordinator if it keeps happening.").format(error=exc))
            self.summary.show()
            return
        self.show_problems(exc.problems)

    def show_problems(self, problems: dict[str, str]) -> None:
        first = None
        for key in self.form.fields:  # in form order, so focus goes to the first one
            if key in problems:
                self.form.errors[key].show_problem(domain_text.translate(problems[key]))
                first = first or self.form.fields[key]
        others = [domain_text.translate(v) for k, v in problems.items()
                  if k not in self.form.fields]
        self.summary.setText(
            self.tr("Not saved yet: %n thing(s) to fix, shown in red. Nothing you typed is "
                    "lost.", "", len(problems)) + "".join(f"\n• {o}" for o in others))
        self.summary.show()
        (first or self.summary).setFocus()

    # -- new, discard, close ---------------------------------------------------------------
    def new_enquiry(self) -> None:
        """Start afresh. Anything typed stays as a draft and is offered back."""
        if self.enquiry_id is not None:
            return
        if self.is_dirty():
            self.save_draft()
        self._reset(new_key=True)
        self.offer_draft()

    def discard(self) -> None:
        if self.is_dirty() and not self.confirm(
                self.tr("Discard this enquiry?"),
                self.tr("What you have typed will be deleted. Discard it?")):
            return
        key = self.draft_key
        self.services.db.submit(lambda conn: drafts.discard(conn, key))
        if self.enquiry_id is None:
            self._reset(new_key=True)
        elif self.window() is not self:
            self.window().close()

    def _reset(self, new_key: bool) -> None:
        self._draft_timer.stop()
        if new_key:
            self.draft_key = f"{NEW_PREFIX}:{new_id()}"
        self.form.set_state(BLANK_STATE)
        self.form.clear_errors()
        self.summary.hide()
        self.banner.hide()
        self._draft_timer.stop()
        self._baseline = self.form.state()
        self.form.search.box.setFocus()

    def can_close(self) -> bool:
        """Closing never loses anything: flush the draft and let the window go."""
        if self._draft_timer.isActive() or self.is_dirty():
            self.save_draft()
        return True

    def add_new_person(self) -> None:
        """Open the new-person dialog (window-modal, not a nested event loop)."""
        from ui.people.new_person import NewPersonDialog

        dialog = NewPersonDialog(self.services, self.form.search.text(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: dialog.person and self.form.choose_person(dialog.person))
        self.person_dialog = dialog
        dialog.open()

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
