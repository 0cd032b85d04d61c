"""The Directory section: search as you type, filters, service detail, report a
problem, hub-local services, print a slip, and the referrals follow-up queue.

Keyboard: Ctrl+F search, Down into results, Ctrl+D details, Ctrl+P print a slip,
Ctrl+R report a problem, Ctrl+Shift+N add a local service, Ctrl+E referrals to
follow up, Alt+M import.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from accesspoint.directory import referrals, store
from ui.directory.detail import DetailView
from ui.directory.referrals_panel import ReferralsPanel
from ui.directory.search_panel import SearchPanel
from ui.services import Services


class DirectoryPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.dialogs: list[QWidget] = []
        self.setAccessibleName(self.tr("Directory"))
        self.search = SearchPanel(services, self)
        self.detail = DetailView(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Directory summary"))
        self.report_button = QPushButton(self.tr("&Report a problem…"), self)
        self.report_button.setAccessibleName(self.tr("Report a problem with this entry"))
        self.slip_button = QPushButton(self.tr("&Print slip…"), self)
        self.slip_button.setAccessibleName(self.tr("Print or save a slip for this service"))
        self.local_button = QPushButton(self.tr("Add local ser&vice…"), self)
        self.local_button.setAccessibleName(self.tr("Add a hub-local service"))
        self.import_button = QPushButton(self.tr("I&mport directory…"), self)
        self.import_button.setAccessibleName(self.tr("Import or refresh the directory"))
        # Replacing the council directory is a staff or coordinator task.
        self.import_button.setEnabled(services.actor.at_least("staff"))
        for b in (self.report_button, self.slip_button):
            b.setEnabled(False)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.slip_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.search)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 460])
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.local_button)
        bottom.addWidget(self.import_button)
        self.referrals = ReferralsPanel(services, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Directory"))
        self.tabs.addTab(self.splitter, self.tr("Find a service"))
        self.tabs.addTab(self.referrals, self.tr("Referrals to follow up"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.search.current.connect(self.load_detail)
        self.search.activated.connect(lambda _id: self.detail.setFocus())
        self.report_button.clicked.connect(self.report_problem)
        self.slip_button.clicked.connect(self.print_slip)
        self.local_button.clicked.connect(self.add_local)
        self.import_button.clicked.connect(self.import_directory)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+F"), self, self.show_search, context=context)
        QShortcut(QKeySequence("Ctrl+E"), self, self.show_referrals, context=context)
        QShortcut(QKeySequence("Ctrl+D"), self, self.detail.setFocus, context=context)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.add_local, context=context)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_slip, context=context)
        QShortcut(QKeySequence("Ctrl+R"), self, self.report_problem, context=context)
        self.setFocusProxy(self.search)
        services.events.changed.connect(self._changed)
        self.refresh_summary()
        self.search.run()

    def show_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.box.setFocus()

    def show_referrals(self) -> None:
        self.tabs.setCurrentWidget(self.referrals)
        self.referrals.table.setFocus()

    def _changed(self, kind: str) -> None:
        if kind in ("directory", "referral", "directory_report"):
            self.refresh_summary()

    def refresh_summary(self) -> None:
        def read(conn) -> dict[str, Any]:
            info = store.status(conn)
            info["due"] = len(referrals.follow_up_queue(conn))
            return info

        self.services.db.submit(read, on_done=self._show_summary)

    def _show_summary(self, info: dict[str, Any]) -> None:
        parts = [self.tr("%n service(s) in the directory", "", info["services"])]
        if info["local"]:
            parts.append(self.tr("%n added by this hub", "", info["local"]))
        if info["not_verified_12_months"]:
            parts.append(self.tr("%n not verified for over 12 months", "",
                                 info["not_verified_12_months"]))
        if info["due"]:
            parts.append(self.tr("%n referral(s) due a follow-up", "", info["due"]))
        if not info["services"]:
            parts = [self.tr("The directory is empty: import your council's Open Referral "
                             "feed with `accesspoint directory import`, or add a local "
                             "service.")]
        self.summary.setText(" · ".join(parts))

    def load_detail(self, service_id: str) -> None:
        self.services.db.submit(lambda conn: store.get_service(conn, service_id),
                                on_done=self._show_detail)

    def _show_detail(self, service: dict[str, Any] | None) -> None:
        self.detail.show_service(service)
        for b in (self.report_button, self.slip_button):
            b.setEnabled(service is not None)

    def _keep(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        dialog.open()

    def report_problem(self) -> None:
        service = self.detail.service
        if service is None:
            return
        from ui.directory.report_dialog import ReportProblemDialog

        self._keep(ReportProblemDialog(self.services, service["id"], service["name"], self))

    def print_slip(self) -> None:
        service = self.detail.service
        if service is None:
            return
        from ui.directory.slip_print import SlipDialog

        self._keep(SlipDialog(self.services, [service["id"]], self))

    def import_directory(self) -> None:
        from ui.directory.import_dialog import ImportDialog

        self._keep(ImportDialog(self.services, self))

    def add_local(self) -> None:
        from ui.directory.local_dialog import LocalServiceDialog

        self._keep(LocalServiceDialog(self.services, self))
