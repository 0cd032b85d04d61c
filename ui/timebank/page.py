"""The Time bank section: members, logging hours, group sessions, rewards,
opportunities and the time audit, as tabs (Ctrl+Tab / Ctrl+PgDn move between them)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

import accesspoint.timebank  # noqa: F401  (memberships follow people when they are merged)
from accesspoint.timebank import activities, members
from ui.timebank.audit_view import AuditTab
from ui.timebank.log_hours import GroupSessionTab, LogHoursTab
from ui.timebank.member_dialog import NewMemberDialog
from ui.timebank.members_view import MembersTab
from ui.timebank.opportunities_view import OpportunitiesTab
from ui.timebank.rewards_view import RewardsTab

# Writes elsewhere that change what these tabs show.
REFRESH_ON = {"member", "ledger", "person", "timebank"}


def load_context(conn) -> dict[str, Any]:
    """What the pickers need: every active member and the activities catalogue."""
    members.follow_merges(conn)
    return {"members": members.list_members(conn, limit=100_000, with_balances=False),
            "activities": activities.list_activities(conn)}


class TimeBankPage(QWidget):
    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self._loaded = False
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Time bank"))
        self.members = MembersTab(services, self)
        self.log = LogHoursTab(services, self)
        self.group = GroupSessionTab(services, self)
        self.rewards = RewardsTab(services, self)
        self.opportunities = OpportunitiesTab(services, self)
        self.audit = AuditTab(services, self)
        for widget, title in ((self.members, self.tr("Members")),
                              (self.log, self.tr("Log hours")),
                              (self.group, self.tr("Group session")),
                              (self.rewards, self.tr("Rewards")),
                              (self.opportunities, self.tr("Opportunities")),
                              (self.audit, self.tr("Time audit"))):
            self.tabs.addTab(widget, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.members.new_member.connect(self._new_member)
        self.members.view.log_hours.connect(self._log_for)
        self.members.view.redeem.connect(self._redeem_for)
        self.members.view.edit.connect(self._edit_member)
        self.opportunities.open_member.connect(self._open_member)
        services.events.changed.connect(self._changed)
        self.setFocusProxy(self.tabs)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.reload()

    def reload(self) -> None:
        self.services.db.submit(load_context, self._context, self.members.view.status.error)
        self.members.reload()
        self.opportunities.reload()
        self.audit.reload()

    def _context(self, ctx: dict[str, Any]) -> None:
        for tab in (self.log, self.group, self.rewards):
            tab.set_context(ctx)

    def _changed(self, kind: str) -> None:
        if kind in REFRESH_ON and self._loaded:
            self.services.db.submit(load_context, self._context)
            self.members.reload()
            self.members.view.refresh()
            self.audit.reload()

    def _new_member(self) -> None:
        dialog = NewMemberDialog(self.services, self)
        if dialog.exec() and dialog.created:
            self.members.select_member(dialog.created["id"])

    def _edit_member(self, member: dict[str, Any]) -> None:
        dialog = NewMemberDialog(self.services, self, member=member)
        if dialog.exec():
            self.members.view.refresh()

    def _log_for(self, member: dict[str, Any]) -> None:
        self.log.set_member(member)
        self.tabs.setCurrentWidget(self.log)

    def _redeem_for(self, member: dict[str, Any]) -> None:
        self.rewards.set_member(member)
        self.tabs.setCurrentWidget(self.rewards)

    def _open_member(self, member_id: str) -> None:
        self.members.select_member(member_id)
        self.tabs.setCurrentWidget(self.members)
