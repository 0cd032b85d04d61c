"""Opportunities and matching: pick an opportunity, see members ranked with reasons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accesspoint.timebank import activities, matching
from ui.timebank.widgets import (
    RowsModel,
    StatusLine,
    match_reasons,
    member_label,
    slots_text,
)


class OpportunitiesTab(QWidget):
    open_member = Signal(str)

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.opps_model = RowsModel([
            (self.tr("Opportunity"), lambda r: r["title"]),
            (self.tr("From"), lambda r: r["starts_on"] or ""),
            (self.tr("Skills wanted"), lambda r: ", ".join(r["skills"])),
            (self.tr("When"), lambda r: slots_text(r["availability"])),
            (self.tr("Employment"), lambda r: self.tr("Yes") if r["employment"] else ""),
        ], self)
        self.opps = QTableView(self)
        self.opps.setModel(self.opps_model)
        self.opps.setAccessibleName(self.tr("Open opportunities"))
        self.matches_model = RowsModel([
            (self.tr("Member"), lambda r: member_label(r["member"])),
            (self.tr("Score"), lambda r: f"{r['score']:.1f}"),
            (self.tr("Why"), lambda r: r["why"]),
        ], self, align_right=(1,))
        self.matches = QTableView(self)
        self.matches.setModel(self.matches_model)
        self.matches.setAccessibleName(self.tr("Members ranked for this opportunity"))
        for view in (self.opps, self.matches):
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.opps.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.matches.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.new_button = QPushButton(self.tr("&New opportunity…"), self)
        self.new_button.setAccessibleName(self.tr("Post a new opportunity"))
        self.new_button.clicked.connect(self._new)
        self.open_button = QPushButton(self.tr("&Open member"), self)
        self.open_button.setAccessibleName(self.tr("Open the selected member"))
        self.open_button.clicked.connect(self._open)
        self.matches.activated.connect(lambda _i: self._open())
        self.status = StatusLine(self)
        top = QWidget(self)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("O&pportunities"), top)
        label.setBuddy(self.opps)
        tl.addWidget(label)
        tl.addWidget(self.opps)
        tl.addWidget(self.new_button)
        bottom = QWidget(self)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        label2 = QLabel(self.tr("Best &matches (skills, interests, availability, hub)"), bottom)
        label2.setBuddy(self.matches)
        bl.addWidget(label2)
        bl.addWidget(self.matches)
        bl.addWidget(self.open_button)
        splitter = QSplitter(self)
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(self.status)
        self.opps.selectionModel().currentRowChanged.connect(self._current)

    def reload(self) -> None:
        self.services.db.submit(lambda conn: activities.list_opportunities(conn),
                                self.opps_model.set_rows, self.status.error)

    def _current(self, index, _prev) -> None:
        opp = self.opps_model.row(index.row())
        if opp is None:
            return

        def load(conn) -> list[dict[str, Any]]:
            return [{"member": m.member, "score": m.score, "why": match_reasons(m)}
                    for m in matching.members_for(conn, opp["id"])]

        self.services.db.submit(load, self.matches_model.set_rows, self.status.error)

    def _new(self) -> None:
        from ui.timebank.opportunity_dialog import NewOpportunityDialog

        def ask(acts: list[dict[str, Any]]) -> None:
            dialog = NewOpportunityDialog(self.services, acts, self)
            if dialog.exec():
                self.reload()

        self.services.db.submit(activities.list_activities, ask, self.status.error)

    def _open(self) -> None:
        row = self.matches_model.row(self.matches.currentIndex().row())
        if row:
            self.open_member.emit(row["member"]["id"])
