"""Residents' rights actions for a person: subject access export, erasure,
one-click consent withdrawal. Each is a function the person view can call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from accesspoint import consent
from accesspoint.errors import AccessPointError
from accesspoint.security import erasure, subject_access
from ui.security.tables import named_add
from ui.widgets import theme
from ui.widgets.domain_text import describe_error


def export_subject_access(services: Any, person_id: str, parent: QWidget | None = None,
                          folder: str | None = None) -> tuple[Path, Path] | None:
    folder = folder or QFileDialog.getExistingDirectory(
        parent, parent.tr("Save the subject access export in") if parent else "Folder")
    if not folder:
        return None
    actor = services.actor
    try:
        return services.db.call(
            lambda c: subject_access.write_files(c, actor, person_id, Path(folder)))
    except AccessPointError as exc:
        QMessageBox.warning(parent, "AccessPoint", describe_error(exc))
        return None


def withdraw_consent(services: Any, person_id: str, parent: QWidget | None = None) -> int:
    """One click: withdraw every consent this person has given; returns how many."""
    actor = services.actor
    events = services.db.call(lambda c: consent.withdraw(c, actor, person_id))
    services.events.changed.emit("person")
    return len(events)


class EraseDialog(QDialog):
    """Why, and which enquiries (if any) must be kept, e.g. for a safeguarding duty."""

    def __init__(self, services: Any, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.person_id = services, person_id
        self.setWindowTitle(self.tr("Erase this person everywhere"))
        warn = QLabel(self.tr(
            "This deletes the person's details here and, after sync, at the council and at "
            "every other hub. It cannot be undone. Enquiries are kept only as anonymous "
            "counts unless you keep one below for a legal reason."), self)
        warn.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(500)
        self.reason.setAccessibleName(self.tr("Reason for erasure"))
        self.reason.setPlaceholderText(self.tr("e.g. resident's request of 3 May (Art. 17)"))
        reason_label = QLabel(self.tr("&Reason:"), self)
        reason_label.setBuddy(self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(warn)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        self.keep: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        rows = services.db.call(lambda c: [dict(r) for r in c.execute(
            "SELECT id, reference, created_at, safeguarding FROM enquiries WHERE person_id = ?"
            " ORDER BY created_at", (person_id,))])
        for r in rows:
            box = QCheckBox(self.tr("Keep {ref} ({day})").format(
                ref=r["reference"], day=r["created_at"][:10]), self)
            box.setChecked(bool(r["safeguarding"]))
            why = QLineEdit(self.tr("safeguarding duty") if r["safeguarding"] else "", self)
            why.setMaxLength(200)
            why.setAccessibleName(self.tr("Why {ref} is kept").format(ref=r["reference"]))
            layout.addWidget(box)
            layout.addWidget(why)
            self.keep[r["id"]] = (box, why)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        theme.mark_as_error(self.error)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        erase = named_add(buttons, self.tr("&Erase"), QDialogButtonBox.ButtonRole.AcceptRole)
        erase.setAutoDefault(False)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.result_summary: dict[str, Any] | None = None

    def submit(self) -> None:
        exemptions = {eid: (why.text().strip() or "kept by coordinator")
                      for eid, (box, why) in self.keep.items() if box.isChecked()}
        reason, actor, pid = self.reason.text(), self.services.actor, self.person_id
        try:
            self.result_summary = self.services.db.call(lambda c: erasure.erase_person(
                c, actor, pid, reason=reason, exemptions=exemptions))
        except AccessPointError as exc:
            self.error.setText(describe_error(exc))
            self.error.show()
            return
        self.services.events.changed.emit("person")
        self.accept()
