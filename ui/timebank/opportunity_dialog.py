"""Posting an opportunity ("befriender needed on Tuesdays") for matching."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accesspoint.timebank import activities, members
from ui.timebank.widgets import StatusLine, slot_label


class NewOpportunityDialog(QDialog):
    def __init__(self, services, activity_list: list[dict[str, Any]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.created: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("New opportunity"))
        self.setAccessibleName(self.tr("New opportunity"))
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("e.g. Befriender needed on Tuesdays"))
        self.description = QLineEdit(self)
        self.description.setAccessibleName(self.tr("Description"))
        self.activity = QComboBox(self)
        self.activity.setAccessibleName(self.tr("Activity"))
        self.activity.addItem(self.tr("(any)"), None)
        for a in activity_list:
            self.activity.addItem(a["name"], a["id"])
        self.skills = QLineEdit(self)
        self.skills.setAccessibleName(self.tr("Skills wanted"))
        self.skills.setPlaceholderText(self.tr("e.g. listening; driving"))
        self.interests = QLineEdit(self)
        self.interests.setAccessibleName(self.tr("Interests"))
        self.slots = QListWidget(self)
        self.slots.setAccessibleName(self.tr("When: space ticks a time"))
        self.slots.setMaximumHeight(110)
        for slot in members.SLOTS:
            item = QListWidgetItem(slot_label(slot), self.slots)
            item.setData(Qt.ItemDataRole.UserRole, slot)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.starts = QDateEdit(QDate.currentDate(), self)
        self.ends = QDateEdit(QDate.currentDate().addMonths(3), self)
        for w, name in ((self.starts, self.tr("Starts")), (self.ends, self.tr("Ends"))):
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd/MM/yyyy")
            w.setAccessibleName(name)
        self.employment = QCheckBox(self.tr("Training, mentoring or a &placement"), self)
        self.employment.setAccessibleName(self.tr("Employment support opportunity"))
        self.status = StatusLine(self)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Activity"), self.activity)
        form.addRow(self.tr("&Skills wanted"), self.skills)
        form.addRow(self.tr("&Interests"), self.interests)
        form.addRow(self.tr("&When"), self.slots)
        form.addRow(self.tr("St&arts"), self.starts)
        form.addRow(self.tr("&Ends"), self.ends)
        form.addRow("", self.employment)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(
            self.tr("Save opportunity"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _save(self) -> None:
        slots = [self.slots.item(i).data(Qt.ItemDataRole.UserRole)
                 for i in range(self.slots.count())
                 if self.slots.item(i).checkState() == Qt.CheckState.Checked]
        fields = dict(title=self.title.text(), description=self.description.text(),
                      activity_id=self.activity.currentData(), skills=self.skills.text(),
                      interests=self.interests.text(), availability=slots,
                      employment=self.employment.isChecked(),
                      starts_on=self.starts.date().toString("yyyy-MM-dd"),
                      ends_on=self.ends.date().toString("yyyy-MM-dd"))
        actor = self.services.actor
        self.services.db.submit(lambda conn: activities.add_opportunity(conn, actor, **fields),
                                self._saved, self.status.error)

    def _saved(self, opp: dict[str, Any]) -> None:
        self.created = opp
        self.services.events.changed.emit("timebank")
        self.accept()
