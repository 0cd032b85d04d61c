"""The Enquiries section: follow-ups due on top; tabs to record, list and find people.

Ctrl+N: new enquiry (from anywhere in the section); Ctrl+L: the list; Ctrl+P: people.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.enquiries.followups import FollowUpsPanel
from ui.enquiries.intake import IntakePanel
from ui.enquiries.list_view import EnquiryListView
from ui.services import Services


class EnquiriesPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.dialogs: list[QWidget] = []
        self.setAccessibleName(self.tr("Enquiries"))
        self.followups = FollowUpsPanel(services, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Enquiries"))
        self.intake = IntakePanel(services, self.tabs)
        self.list = EnquiryListView(services, self.tabs)
        self.tabs.addTab(self.intake, self.tr("&Record an enquiry"))
        self.tabs.addTab(self.list, self.tr("Enquiry &list"))
        self.people = None
        try:
            from ui.people.view import PeopleView
        except ImportError:  # pragma: no cover - the people view ships with this page
            PeopleView = None  # noqa: N806
        if PeopleView is not None:
            self.people = PeopleView(services, self.tabs)
            self.people.open_enquiry.connect(self.open_enquiry)
            self.people.record_for.connect(self.record_for)
            self.tabs.addTab(self.people, self.tr("Peop&le"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.followups)
        layout.addWidget(self.tabs, 1)
        self.followups.open_enquiry.connect(self.open_enquiry)
        self.list.open_enquiry.connect(self.open_enquiry)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_enquiry, context=context)
        QShortcut(QKeySequence("Ctrl+L"), self, lambda: self.show_tab(self.list), context=context)
        if self.people is not None:
            QShortcut(QKeySequence("Ctrl+P"), self, lambda: self.show_tab(self.people),
                      context=context)
        self.setFocusProxy(self.intake.form.search.box)

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)
        widget.setFocus()
        if widget is self.list:
            self.list.table.setFocus()

    def new_enquiry(self) -> None:
        self.tabs.setCurrentWidget(self.intake)
        self.intake.new_enquiry()

    def record_for(self, person: dict[str, Any]) -> None:
        """Start an enquiry for a person chosen on the People tab."""
        self.new_enquiry()
        self.intake.form.choose_person(person)

    def open_enquiry(self, enquiry_id: str) -> None:
        from ui.enquiries.detail import EnquiryDialog, load_enquiry

        def show(loaded: dict[str, Any]) -> None:
            dialog = EnquiryDialog(self.services, loaded, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _r: dialog in self.dialogs
                                    and self.dialogs.remove(dialog))
            self.dialogs.append(dialog)
            dialog.show()

        self.services.db.submit(lambda conn: load_enquiry(conn, enquiry_id), show)

    def on_shown(self) -> None:
        if self.tabs.currentWidget() is self.intake and not self.intake.banner.isVisible():
            self.intake.form.search.box.setFocus()

    def can_close(self) -> bool:
        for dialog in list(self.dialogs):
            dialog.close()
        return self.intake.can_close()
