"""Joining the time bank: reuse a person the hub already knows, or record a new one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accesspoint import people
from accesspoint.security.permissions import can
from accesspoint.taxonomy import consent_wording
from accesspoint.timebank import members
from ui.timebank.widgets import StatusLine, slot_label


class NewMemberDialog(QDialog):
    """New member, or (given `member`) edit a member's time-bank details."""

    def __init__(self, services, parent: QWidget | None = None,
                 member: dict[str, Any] | None = None):
        super().__init__(parent)
        self.services = services
        self.created: dict[str, Any] | None = None
        self.person: dict[str, Any] | None = None
        self.editing = member
        title = self.tr("Edit member {0}").format(member["member_number"]) if member \
            else self.tr("New time-bank member")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        # -- who: an existing person (tell us once) or a new one
        who = QGroupBox(self.tr("Who"), self)
        wl = QFormLayout(who)
        self.find = QLineEdit(who)
        self.find.setAccessibleName(self.tr("Find a person already known to the hub"))
        self.find.setPlaceholderText(self.tr("Name, phone or postcode"))
        self.find.setMinimumWidth(220)
        self.found = QListWidget(who)
        self.found.setAccessibleName(self.tr("People found"))
        self.found.setMaximumHeight(90)
        wl.addRow(self.tr("&Already known?"), self.find)
        wl.addRow("", self.found)
        self.given = QLineEdit(who)
        self.family = QLineEdit(who)
        self.dob = QLineEdit(who)
        self.dob.setPlaceholderText(self.tr("DD/MM/YYYY"))
        self.phone = QLineEdit(who)
        self.postcode = QLineEdit(who)
        for w, label, name in ((self.given, self.tr("&First name"), self.tr("First name")),
                               (self.family, self.tr("Famil&y name"), self.tr("Family name")),
                               (self.dob, self.tr("Date of &birth"), self.tr("Date of birth")),
                               (self.phone, self.tr("P&hone"), self.tr("Phone")),
                               (self.postcode, self.tr("Post&code"), self.tr("Postcode"))):
            w.setAccessibleName(name)
            w.setMinimumWidth(220)
            wl.addRow(label, w)
        # -- membership
        mem = QGroupBox(self.tr("Membership"), self)
        ml = QFormLayout(mem)
        self.mtype = QComboBox(mem)
        for key, label in (("adult", self.tr("Adult")), ("young_person", self.tr("Young person")),
                           ("organisation", self.tr("Organisation or project"))):
            self.mtype.addItem(label, key)
        self.mtype.setAccessibleName(self.tr("Member type"))
        self.ypc = QLineEdit(mem)
        self.ypc.setAccessibleName(self.tr("Youth Privilege Card number"))
        self.org = QLineEdit(mem)
        self.org.setAccessibleName(self.tr("Organisation or project name"))
        self.skills = QLineEdit(mem)
        self.skills.setPlaceholderText(self.tr("e.g. cooking; IT; listening"))
        self.skills.setAccessibleName(self.tr("Skills"))
        self.interests = QLineEdit(mem)
        self.interests.setPlaceholderText(self.tr("e.g. older people; environment"))
        self.interests.setAccessibleName(self.tr("Interests and passions"))
        self.slots = QListWidget(mem)
        self.slots.setAccessibleName(self.tr("Availability: space ticks a time"))
        self.slots.setMaximumHeight(110)
        for slot in members.SLOTS:
            item = QListWidgetItem(slot_label(slot), self.slots)
            item.setData(Qt.ItemDataRole.UserRole, slot)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.employment = QCheckBox(self.tr("Wants &employment support (training, mentoring,"
                                            " placements)"), mem)
        self.employment.setAccessibleName(self.tr("Wants employment support"))
        # The hubs the member attends (matching ranks their opportunities first);
        # staff and coordinators change them, volunteers see them.
        self.may_set_hubs = can(services.actor, "member.manage")
        self.hubs = QListWidget(mem)
        self.hubs.setAccessibleName(self.tr("Hubs the member attends: space ticks a hub"))
        self.hubs.setMaximumHeight(90)
        self.hubs.setEnabled(self.may_set_hubs)
        if not self.may_set_hubs:
            self.hubs.setToolTip(self.tr("Only staff and coordinators can change the hubs a "
                                         "member attends."))
            self.hubs.setAccessibleDescription(self.hubs.toolTip())
        self._hub_ids: list[str] = list(member["hubs"]) if member \
            else [services.actor.hub_id]
        ml.addRow(self.tr("&Type"), self.mtype)
        ml.addRow(self.tr("Youth Privilege Car&d"), self.ypc)
        ml.addRow(self.tr("&Organisation"), self.org)
        ml.addRow(self.tr("&Skills"), self.skills)
        ml.addRow(self.tr("&Interests"), self.interests)
        ml.addRow(self.tr("A&vailable"), self.slots)
        ml.addRow(self.tr("H&ubs"), self.hubs)
        ml.addRow("", self.employment)
        wording, _lang = consent_wording("record")
        self.consent_text = QLabel(wording, self)
        self.consent_text.setWordWrap(True)
        self.consent = QCheckBox(self.tr("The member a&grees to their record being kept"), self)
        self.consent.setAccessibleName(self.tr("Consent to keep a record"))
        self.status = StatusLine(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(
            self.tr("Save member"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        cols = QHBoxLayout()
        cols.addWidget(who, 1)
        cols.addWidget(mem, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(cols)
        layout.addWidget(self.consent_text)
        layout.addWidget(self.consent)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.mtype.currentIndexChanged.connect(self._type_changed)
        self._type_changed()
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._search)
        self.find.textEdited.connect(lambda _t: self._timer.start())
        self.found.itemActivated.connect(self._pick)
        if member:
            self._fill(member)
        services.db.submit(members.known_hubs, self._show_hubs, self.status.error)

    def _show_hubs(self, known: list[dict[str, Any]]) -> None:
        """Every hub this device knows, plus any the member already attends."""
        ids = [h["id"] for h in known]
        names = {h["id"]: h["name"] for h in known}
        ids += [h for h in self._hub_ids if h not in names]
        self.hubs.clear()
        for hub_id in ids:
            # Other hubs' names never come down to this device: show a short id.
            label = names.get(hub_id) or self.tr("Another hub ({0})").format(hub_id[-6:])
            item = QListWidgetItem(label, self.hubs)
            item.setData(Qt.ItemDataRole.UserRole, hub_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if hub_id in self._hub_ids
                               else Qt.CheckState.Unchecked)
        if self.hubs.count():
            self.hubs.setCurrentRow(0)

    def chosen_hubs(self) -> list[str]:
        return [self.hubs.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.hubs.count())
                if self.hubs.item(i).checkState() == Qt.CheckState.Checked]

    def _fill(self, m: dict[str, Any]) -> None:
        """Edit mode: names and contact details belong to the person record (edited
        where people are edited); here only the membership changes."""
        for w in (self.find, self.found, self.given, self.family, self.dob, self.phone,
                  self.postcode, self.consent, self.consent_text):
            w.setEnabled(False)
        self.consent.setChecked(True)
        self.given.setText(m.get("given_name") or "")
        self.family.setText(m.get("family_name") or "")
        self.mtype.setCurrentIndex(self.mtype.findData(m["member_type"]))
        self.ypc.setText(m["ypc_number"])
        self.org.setText(m["organisation_name"])
        self.skills.setText("; ".join(m["skills"]))
        self.interests.setText("; ".join(m["interests"]))
        self.employment.setChecked(bool(m["employment_support"]))
        for i in range(self.slots.count()):
            item = self.slots.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in m["availability"]:
                item.setCheckState(Qt.CheckState.Checked)

    def _type_changed(self) -> None:
        kind = self.mtype.currentData()
        self.ypc.setEnabled(kind == "young_person")
        self.org.setEnabled(kind == "organisation")

    def _search(self) -> None:
        query = self.find.text().strip()
        if len(query) < 2:
            self.found.clear()
            return
        self.services.db.submit(
            lambda conn: [m.person for m in people.search_people(conn, query, limit=8)],
            self._show_found)

    def _show_found(self, found: list[dict[str, Any]]) -> None:
        self.found.clear()
        for p in found:
            bits = [people.display_name(p), p.get("date_of_birth") or "", p.get("postcode")]
            item = QListWidgetItem(" · ".join(b for b in bits if b), self.found)
            item.setData(Qt.ItemDataRole.UserRole, p)

    def _pick(self, item: QListWidgetItem) -> None:
        self.person = item.data(Qt.ItemDataRole.UserRole)
        for w in (self.given, self.family, self.dob, self.phone, self.postcode):
            w.setEnabled(False)
        self.given.setText(self.person["given_name"])
        self.family.setText(self.person["family_name"])
        self.status.ok(self.tr("Using the record already kept for {0}.").format(
            people.display_name(self.person)))

    def _save(self) -> None:
        slots = [self.slots.item(i).data(Qt.ItemDataRole.UserRole)
                 for i in range(self.slots.count())
                 if self.slots.item(i).checkState() == Qt.CheckState.Checked]
        kind = self.mtype.currentData()
        fields: dict[str, Any] = {
            "member_type": kind, "skills": self.skills.text(),
            "interests": self.interests.text(), "availability": slots,
            "employment_support": self.employment.isChecked(),
            "consent_given": self.consent.isChecked(),
        }
        if kind == "young_person":
            fields["ypc_number"] = self.ypc.text()
        if kind == "organisation":
            fields["organisation_name"] = self.org.text()
        if self.may_set_hubs and self.hubs.count():
            fields["hubs"] = self.chosen_hubs()
            if not fields["hubs"]:
                self.status.error(self.tr("Tick at least one hub the member attends."))
                self.hubs.setFocus()
                return
        actor = self.services.actor
        if self.editing:
            fields.pop("consent_given")
            fields["ypc_number"] = self.ypc.text()
            fields["organisation_name"] = self.org.text()
            member_id = self.editing["id"]
            self.services.db.submit(
                lambda conn: members.update_member(conn, actor, member_id, **fields),
                self._saved, self.status.error)
            return
        person_id = self.person["id"] if self.person else None
        person = None if person_id else {
            "given_name": self.given.text(), "family_name": self.family.text(),
            "date_of_birth": self.dob.text() or None, "phone": self.phone.text(),
            "postcode": self.postcode.text()}
        self.services.db.submit(
            lambda conn: members.create_member(conn, actor, person_id=person_id, person=person,
                                               **fields),
            self._saved, self.status.error)

    def _saved(self, member: dict[str, Any]) -> None:
        self.created = member
        self.services.events.changed.emit("member")
        self.accept()
