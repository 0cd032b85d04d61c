"""The intake form's widgets, layout, tab order and state (no saving here: see intake.py).

Two columns: who and what on the left (person, channel, needs, description); how
to help and what happens next on the right (language, access, consent, urgency and
safeguarding, outcome, follow-up). Tab goes down the left column, then the right.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accesspoint import people, taxonomy
from accesspoint.clock import today_local
from accesspoint.consent import PURPOSES
from ui.enquiries import labels
from ui.services import Services
from ui.widgets import theme
from ui.widgets.field_error import FieldError
from ui.widgets.needs_picker import NeedsPicker
from ui.widgets.person_search import PersonSearch, describe
from ui.widgets.taxonomy_strings import safeguarding_guidance


def parse_follow_up(text: str, today: date | None = None) -> str | None:
    """'' → None; '+7' → a week today; DD/MM/YYYY or ISO → ISO. Raises ValueError."""
    text = text.strip()
    if not text:
        return None
    today = today or today_local()
    if text.startswith("+") and text[1:].isdigit():
        return (today + timedelta(days=int(text[1:]))).isoformat()
    return people.parse_date(text).isoformat()


def _combo(parent: QWidget, items: dict[str, str] | list[tuple[str, str]], name: str) -> QComboBox:
    combo = QComboBox(parent)
    for code, text in (items.items() if isinstance(items, dict) else items):
        combo.addItem(text, code)
    combo.setAccessibleName(name)
    # Sized by a typical entry, not the longest one (or its translation).
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    return combo


def _set_combo(combo: QComboBox, code: Any) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)


class IntakeForm(QWidget):
    """Widgets + `state()`/`set_state()`; emits `edited` on every change."""

    edited = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.person: dict[str, Any] | None = None
        self.errors: dict[str, FieldError] = {}
        self.fields: dict[str, QWidget] = {}
        self._build()
        self._wire()
        self._set_tab_order()

    # -- construction ------------------------------------------------------------
    def _error(self, key: str, about: str) -> FieldError:
        self.errors[key] = FieldError(about, self)
        return self.errors[key]

    def _build(self) -> None:
        # Who ----------------------------------------------------------------------
        who = QGroupBox(self.tr("Who"), self)
        self.search = PersonSearch(self.services, who)
        self.search_label = QLabel(self.tr("&Who? Find the person:"), who)
        self.search_label.setBuddy(self.search.box)
        self.chosen = QLabel(who)
        self.chosen.setAccessibleName(self.tr("Person chosen"))
        self.chosen.setWordWrap(True)
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
        self.change_person = QPushButton(self.tr("Chan&ge person"), who)
        self.change_person.setAccessibleName(self.tr("Change person"))
        self.new_person = QPushButton(self.tr("New &person…"), who)
        self.new_person.setAccessibleName(self.tr("New person"))
        self.new_person.setAccessibleDescription(self.tr(
            "Add someone who is not found; you are warned about likely duplicates first"))
        self.anonymous = QCheckBox(self.tr("&Anonymous"), who)
        self.anonymous.setAccessibleName(self.tr("Anonymous enquiry"))
        self.anonymous.setAccessibleDescription(self.tr(
            "No name is recorded; the resident gets a reference number instead"))
        self.anonymous.setToolTip(self.anonymous.accessibleDescription())
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_person)
        buttons.addWidget(self.anonymous, 1)
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen, 1)
        chosen_row.addWidget(self.change_person)
        who_layout = QVBoxLayout(who)
        who_layout.addWidget(self.search_label)
        who_layout.addWidget(self.search)
        who_layout.addLayout(chosen_row)
        who_layout.addLayout(buttons)
        who_layout.addWidget(self._error("person_id", self.tr("person")))
        self.fields["person_id"] = self.search
        self._show_person(None)

        # What ---------------------------------------------------------------------
        what = QGroupBox(self.tr("What they need"), self)
        self.channel = _combo(what, {k: labels.tr(v) for k, v in labels.CHANNELS.items()},
                              self.tr("Channel"))
        self.needs = NeedsPicker(what)
        self.description = QPlainTextEdit(what)
        self.description.setTabChangesFocus(True)
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setPlaceholderText(self.tr("What happened, in their words"))
        self.description.setMinimumHeight(70)
        form = QFormLayout(what)
        form.addRow(self._label(self.tr("C&hannel:"), self.channel), self.channel)
        form.addRow("", self._error("channel", self.tr("channel")))
        form.addRow(self._label(self.tr("&Needs:"), self.needs.filter), self.needs)
        form.addRow("", self._error("needs", self.tr("needs")))
        form.addRow(self._label(self.tr("&Description:"), self.description), self.description)
        form.addRow("", self._error("description", self.tr("description")))
        self.fields.update(channel=self.channel, needs=self.needs.filter,
                           description=self.description)

        # How to help ----------------------------------------------------------------
        how = QGroupBox(self.tr("How to help"), self)
        self.language = _combo(how, [(c, labels.language(c)) for c in labels.LANGUAGES],
                               self.tr("Preferred language"))
        self.interpreter = QCheckBox(self.tr("&Interpreter needed"), how)
        self.interpreter.setAccessibleName(self.tr("Interpreter needed"))
        self.access = QLineEdit(how)
        self.access.setAccessibleName(self.tr("Accessibility needs"))
        self.access.setPlaceholderText(self.tr("for example large print, wheelchair access"))
        lang_row = QHBoxLayout()
        lang_row.addWidget(self.language, 1)
        lang_row.addWidget(self.interpreter)
        how_form = QFormLayout(how)
        how_form.addRow(self._label(self.tr("&Language:"), self.language), lang_row)
        how_form.addRow(self._label(self.tr("Acc&essibility:"), self.access), self.access)
        how_form.addRow("", self._error("accessibility_needs", self.tr("accessibility needs")))
        self.fields["accessibility_needs"] = self.access

        # Consent ----------------------------------------------------------------------
        consent_box = QGroupBox(self.tr("Consent (read the words out)"), self)
        consent_layout = QVBoxLayout(consent_box)
        self.consent: dict[str, QCheckBox] = {}
        self.consent_text: dict[str, QLabel] = {}
        titles = {"record": self.tr("Consent to &record"),
                  "share": self.tr("Consent to &share for a referral"),
                  "contact": self.tr("Consent to be &contacted for follow-up")}
        for purpose in PURPOSES:
            box = QCheckBox(titles[purpose], consent_box)
            box.setAccessibleName(titles[purpose].replace("&", ""))
            text = QLabel(consent_box)
            text.setWordWrap(True)
            theme.mark_as_hint(text)  # palette, not a fixed grey: high contrast wins
            text.setAccessibleName(self.tr("Wording for {purpose}").format(
                purpose=titles[purpose].replace("&", "")))
            consent_layout.addWidget(box)
            consent_layout.addWidget(text)
            consent_layout.addWidget(self._error(f"consent_{purpose}", box.accessibleName()))
            self.consent[purpose], self.consent_text[purpose] = box, text
            self.fields[f"consent_{purpose}"] = box
        self._show_consent_wording()

        # Next ---------------------------------------------------------------------------
        nxt = QGroupBox(self.tr("Urgency and what happens next"), self)
        self.urgency = _combo(nxt, {k: labels.tr(v) for k, v in labels.URGENCIES.items()},
                              self.tr("Urgency"))
        self.safeguarding = QCheckBox(self.tr("Sa&feguarding concern"), nxt)
        self.safeguarding.setAccessibleName(self.tr("Safeguarding concern"))
        self.guidance = QFrame(nxt)
        self.guidance.setObjectName("guidance")
        theme.style_box(self.guidance, "danger")
        g_layout = QVBoxLayout(self.guidance)
        heading = QLabel(self.tr("<b>Safeguarding: do this now</b>"), self.guidance)
        heading.setAccessibleName(self.tr("Safeguarding: do this now"))
        g_layout.addWidget(heading)
        steps = safeguarding_guidance()  # translated: the domain's list is English
        self.guidance_text = QLabel("\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)),
                                    self.guidance)
        self.guidance_text.setWordWrap(True)
        self.guidance_text.setTextFormat(Qt.TextFormat.PlainText)
        self.guidance_text.setAccessibleName(self.tr("Safeguarding guidance"))
        g_layout.addWidget(self.guidance_text)
        self.guidance.hide()
        self.outcome = _combo(nxt, {k: labels.tr(v) for k, v in labels.OUTCOMES.items()},
                              self.tr("Outcome"))
        self.follow_up = QLineEdit(nxt)
        self.follow_up.setAccessibleName(self.tr("Follow-up date"))
        self.follow_up.setAccessibleDescription(self.tr(
            "DD/MM/YYYY, or +7 for a week from today; leave empty for no follow-up"))
        self.follow_up.setPlaceholderText(self.tr("DD/MM/YYYY or +7"))
        self.follow_up.setToolTip(self.tr(
            "A date as DD/MM/YYYY, or +7 for a week from today. Empty: no follow-up."))
        self.follow_up_hint = QLabel(nxt)
        theme.mark_as_hint(self.follow_up_hint)
        self.follow_up_hint.setAccessibleName(self.tr("Follow-up date understood as"))
        fu_row = QHBoxLayout()
        fu_row.addWidget(self.follow_up, 1)
        fu_row.addWidget(self.follow_up_hint, 1)
        nxt_form = QFormLayout(nxt)
        nxt_form.addRow(self._label(self.tr("&Urgency:"), self.urgency), self.urgency)
        # Its own row: beside the urgency it squeezed the combo until a longer
        # translation of the urgency was cut off (seen in the pseudo screenshots).
        nxt_form.addRow("", self.safeguarding)
        nxt_form.addRow(self.guidance)
        nxt_form.addRow(self._label(self.tr("&Outcome:"), self.outcome), self.outcome)
        nxt_form.addRow("", self._error("outcome", self.tr("outcome")))
        nxt_form.addRow(self._label(self.tr("Follow-up da&te:"), self.follow_up), fu_row)
        nxt_form.addRow("", self._error("follow_up_date", self.tr("follow-up date")))
        self.fields.update(urgency=self.urgency, outcome=self.outcome,
                           follow_up_date=self.follow_up)
        nxt_form.addRow("", self._error("urgency", self.tr("urgency")))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(who, 0, 0)
        grid.addWidget(what, 1, 0, 2, 1)
        grid.addWidget(how, 0, 1)
        grid.addWidget(consent_box, 1, 1)
        grid.addWidget(nxt, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _wire(self) -> None:
        self.search.chosen.connect(self.choose_person)
        self.change_person.clicked.connect(lambda: self.choose_person(None, focus=True))
        self.anonymous.toggled.connect(self._anonymous_toggled)
        for combo in (self.channel, self.language, self.urgency, self.outcome):
            combo.currentIndexChanged.connect(self.edited)
        self.language.currentIndexChanged.connect(self._show_consent_wording)
        self.needs.changed.connect(self._needs_changed)
        self.description.textChanged.connect(self.edited)
        self.access.textChanged.connect(self.edited)
        self.follow_up.textChanged.connect(self._follow_up_changed)
        for box in (self.interpreter, *self.consent.values()):
            box.toggled.connect(self.edited)
        self.safeguarding.toggled.connect(self._safeguarding_toggled)
        self.search.box.textChanged.connect(self.edited)

    def _set_tab_order(self) -> None:
        chain = [self.search.box, self.search.results, self.change_person, self.new_person,
                 self.anonymous, self.channel, self.needs.filter, self.needs.list,
                 self.description, self.language, self.interpreter, self.access,
                 *self.consent.values(), self.urgency, self.safeguarding, self.outcome,
                 self.follow_up]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)
        self.tab_chain = chain

    # -- behaviour -------------------------------------------------------------------
    def choose_person(self, person: dict[str, Any] | None, focus: bool = False) -> None:
        self._show_person(person)
        if person is not None:
            self.anonymous.setChecked(False)
            _set_combo(self.language, person.get("preferred_language") or "en")
            self.interpreter.setChecked(bool(person.get("interpreter_needed")))
            if person.get("accessibility_needs") and not self.access.text():
                self.access.setText(person["accessibility_needs"])
            self.channel.setFocus()
        elif focus:
            self.search.box.setFocus()
        self.edited.emit()

    def _show_person(self, person: dict[str, Any] | None) -> None:
        self.person = person
        picked = person is not None
        self.search.setVisible(not picked)
        self.search_label.setVisible(not picked)
        self.chosen.setVisible(picked)
        self.change_person.setVisible(picked)
        if picked:
            self.chosen.setText(self.tr("Recording for: {who}").format(who=describe(person)))
            self.search.reset()

    def _anonymous_toggled(self, on: bool) -> None:
        if on and self.person is not None:
            self._show_person(None)
        self.search.setEnabled(not on)
        self.new_person.setEnabled(not on)
        self.edited.emit()

    def _needs_changed(self) -> None:
        # A safeguarding need (domestic abuse, child or adult at risk) raises the flag.
        if self.needs.has_safeguarding_need() and not self.safeguarding.isChecked():
            self.safeguarding.setChecked(True)
        self.edited.emit()

    def _safeguarding_toggled(self, on: bool) -> None:
        self.guidance.setVisible(on)
        if on and self.urgency.currentData() == "routine":
            _set_combo(self.urgency, "urgent")
        self.edited.emit()

    def _show_consent_wording(self) -> None:
        lang = self.language.currentData() or "en"
        for purpose, label in self.consent_text.items():
            text, used = taxonomy.consent_wording(purpose, lang)
            if used != lang:
                text += " " + self.tr("(English wording: use the interpreter to explain it.)")
            elif used != "en":
                # The resident's wording, and the English for the volunteer reading it out.
                text += "\n" + self.tr("English: {text}").format(
                    text=taxonomy.consent_wording(purpose, "en")[0])
            label.setText(text)

    def _follow_up_changed(self, text: str) -> None:
        try:
            iso = parse_follow_up(text)
        except ValueError:
            self.follow_up_hint.setText(self.tr("not a date yet"))
        else:
            self.follow_up_hint.setText(
                "" if iso is None else date.fromisoformat(iso).strftime("%a %d %b %Y"))
        self.edited.emit()

    # -- state (what a draft stores) ------------------------------------------------------
    def state(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "anonymous": self.anonymous.isChecked(),
            "search": self.search.text(),
            "channel": self.channel.currentData(),
            "needs": self.needs.codes(),
            "description": self.description.toPlainText(),
            "preferred_language": self.language.currentData(),
            "interpreter_needed": self.interpreter.isChecked(),
            "accessibility_needs": self.access.text(),
            **{f"consent_{p}": box.isChecked() for p, box in self.consent.items()},
            "urgency": self.urgency.currentData(),
            "safeguarding": self.safeguarding.isChecked(),
            "outcome": self.outcome.currentData(),
            "follow_up_text": self.follow_up.text(),
        }

    def set_state(self, state: dict[str, Any]) -> None:
        self.blockSignals(True)  # one `edited` at the end, not twenty
        try:
            self._show_person(state.get("person"))
            if state.get("person") is None:
                self.search.reset()
                self.search.box.setText(state.get("search", ""))
            self.anonymous.setChecked(bool(state.get("anonymous")))
            _set_combo(self.channel, state.get("channel", "walk_in"))
            self.needs.set_codes(state.get("needs", []))
            self.description.setPlainText(state.get("description", ""))
            _set_combo(self.language, state.get("preferred_language", "en"))
            self.interpreter.setChecked(bool(state.get("interpreter_needed")))
            self.access.setText(state.get("accessibility_needs", ""))
            for purpose, box in self.consent.items():
                box.setChecked(bool(state.get(f"consent_{purpose}")))
            self.safeguarding.setChecked(bool(state.get("safeguarding")))
            _set_combo(self.urgency, state.get("urgency", "routine"))
            _set_combo(self.outcome, state.get("outcome", "information"))
            self.follow_up.setText(state.get("follow_up_text", ""))
        finally:
            self.blockSignals(False)
        self.edited.emit()

    def is_blank(self) -> bool:
        """Nothing typed or chosen yet (a blank form needs no draft)."""
        return self.state() == BLANK_STATE

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_problem()


BLANK_STATE: dict[str, Any] = {
    "person": None, "anonymous": False, "search": "", "channel": "walk_in", "needs": [],
    "description": "", "preferred_language": "en", "interpreter_needed": False,
    "accessibility_needs": "", "consent_record": False, "consent_share": False,
    "consent_contact": False, "urgency": "routine", "safeguarding": False,
    "outcome": "information", "follow_up_text": "",
}
