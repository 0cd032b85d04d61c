"""The equality monitoring form, offered after an enquiry is saved.

Optional and separate: "Skip" is the default button, every question starts at
"Not answered" and offers "Prefer not to say", and nothing here is linked to the
enquiry or the person (see accesspoint/security/equality.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from accesspoint.security import equality
from ui.security.tables import named_add


def _label(code: str) -> str:
    return code.replace("_", " ").capitalize()


class EqualityForm(QDialog):
    def __init__(self, services: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Equality monitoring (optional)"))
        intro = QLabel(self.tr(
            "These questions are optional and separate from your enquiry: answering or not "
            "makes no difference to the help you get. Answers are not linked to your name "
            "or your enquiry and are only ever counted together with others'."), self)
        intro.setWordWrap(True)
        self.fields: dict[str, QComboBox] = {}
        form = QFormLayout()
        for q, (text, _choices) in equality.QUESTIONS.items():
            box = QComboBox(self)
            box.setAccessibleName(text)
            box.addItem(self.tr("Not answered"), "")
            for option in equality.options(q):
                box.addItem(self.tr("Prefer not to say") if option == equality.PREFER_NOT
                            else _label(option), option)
            label = QLabel(text, self)
            label.setWordWrap(True)
            label.setBuddy(box)
            form.addRow(label, box)
            self.fields[q] = box
        holder = QWidget(self)
        holder.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        buttons = QDialogButtonBox(self)
        self.save = named_add(buttons, self.tr("&Save answers"),
                                      QDialogButtonBox.ButtonRole.AcceptRole)
        skip = named_add(buttons, self.tr("S&kip"), QDialogButtonBox.ButtonRole.RejectRole)
        skip.setDefault(True)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def answers(self) -> dict[str, str]:
        return {q: box.currentData() for q, box in self.fields.items() if box.currentData()}

    def submit(self) -> None:
        answers, actor = self.answers(), self.services.actor
        self.services.db.call(lambda c: equality.submit(c, actor, answers))
        self.accept()


def offer_equality_form(services: Any, parent: QWidget | None = None) -> None:
    """Call after an enquiry is saved (the enquiry page's hook)."""
    EqualityForm(services, parent).open()
