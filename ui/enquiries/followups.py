"""Follow-ups due today (or overdue), shown at the top of the Enquiries page on opening."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accesspoint import enquiries
from accesspoint.clock import today_local
from ui.services import Services
from ui.widgets import theme
from ui.widgets.needs_picker import need_label


def describe_due(row: dict[str, Any]) -> str:
    who = " ".join(filter(None, (row.get("given_name"), row.get("family_name"))))
    when = row["follow_up_date"]
    late = when < today_local().isoformat()
    y, m, d = when.split("-")
    needs = ", ".join(need_label(c) for c in (row.get("need_codes") or "").split(",") if c)
    due = (_tr("overdue since {date}") if late else _tr("due today")).format(date=f"{d}/{m}/{y}")
    return f"{row['reference']} · {who or _tr('Anonymous')} · {needs} · {due}"


def _tr(text: str) -> str:
    return QCoreApplication.translate("FollowUpsPanel", text)


class FollowUpsPanel(QFrame):
    """Hidden when nothing is due. `open_enquiry(id)` asks the page to open one."""

    open_enquiry = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setObjectName("followups")
        theme.style_box(self, "notice")
        self.title = QLabel(self)
        self.title.setAccessibleName(self.tr("Follow-ups due"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Follow-ups due today or overdue"))
        self.list.setUniformItemSizes(True)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setAccessibleName(self.tr("Open the follow-up's enquiry"))
        self.done_button = QPushButton(self.tr("&Mark done"), self)
        self.done_button.setAccessibleName(self.tr("Mark the follow-up done"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(row)
        self.open_button.clicked.connect(self._open)
        self.list.itemActivated.connect(lambda _i: self._open())
        self.done_button.clicked.connect(self._done)
        services.events.changed.connect(self._changed)
        self.hide()
        self.refresh()

    def _changed(self, kind: str) -> None:
        if kind in ("enquiry", "person", ""):
            self.refresh()

    def refresh(self) -> None:
        def load(conn):
            due = enquiries.follow_ups_due(conn)
            for row in due:
                row["need_codes"] = ",".join(enquiries.get_enquiry(conn, row["id"])["needs"])
            return due

        self.services.db.submit(load, self._show)

    def _show(self, due: list[dict[str, Any]]) -> None:
        self.list.clear()
        for row in due:
            item = QListWidgetItem(describe_due(row), self.list)
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
        if due:
            self.list.setCurrentRow(0)
        self.title.setText("<b>" + self.tr("%n follow-up(s) due today or overdue", "", len(due))
                           + "</b>")
        # Tall enough for three follow-ups; more scroll, so the form keeps its room.
        rows = min(max(len(due), 1), 3)
        self.list.setFixedHeight(rows * max(self.list.sizeHintForRow(0), 16)
                                 + 2 * self.list.frameWidth() + 2)
        self.setVisible(bool(due))

    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _open(self) -> None:
        enquiry_id = self._current_id()
        if enquiry_id:
            self.open_enquiry.emit(enquiry_id)

    def _done(self) -> None:
        enquiry_id, actor = self._current_id(), self.services.actor
        if enquiry_id:
            self.services.db.submit(
                lambda conn: enquiries.complete_follow_up(conn, actor, enquiry_id),
                lambda _e: self.services.events.changed.emit("enquiry"))
