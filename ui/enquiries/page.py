"""The Enquiries section: follow-ups due on top; tabs to record, list and find people.

Ctrl+N: new enquiry (from anywhere in the section); Ctrl+F: find (the person, or in
the list); Ctrl+E: the enquiry list; Ctrl+Shift+P: people. (Ctrl+L is the security
lock; the tabs carry no Alt-mnemonics because the form's fields use them.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.enquiries.followups import FollowUpsPanel
from ui.enquiries.intake import IntakePanel
from ui.services import Services

if TYPE_CHECKING:
    from ui.enquiries.list_view import EnquiryListView
    from ui.people.view import PeopleView


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
        self.tabs.addTab(self.intake, self.tr("Record an enquiry"))
        self.tabs.setTabToolTip(0, self.tr("Ctrl+N"))
        # The list and people tabs are built when first opened (or just after the
        # window shows): start-up only pays for the intake form.
        self._lazy: dict[int, tuple[str, QWidget]] = {}
        for key, title, keys in (("list", self.tr("Enquiry list"), "Ctrl+E"),
                                 ("people", self.tr("People"), "Ctrl+Shift+P")):
            holder = QWidget(self.tabs)
            holder.setAccessibleName(title)
            index = self.tabs.addTab(holder, title)
            self.tabs.setTabToolTip(index, keys)
            self._lazy[index] = (key, holder)
        self._list: EnquiryListView | None = None
        self._people: PeopleView | None = None
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.followups)
        layout.addWidget(self.tabs, 1)
        self.followups.open_enquiry.connect(self.open_enquiry)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_enquiry, context=context)
        QShortcut(QKeySequence("Ctrl+E"), self, lambda: self.show_tab(self.list), context=context)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, lambda: self.show_tab(self.people),
                  context=context)
        QShortcut(QKeySequence.StandardKey.Find, self, self.find, context=context)
        self.setFocusProxy(self.intake.form.search.box)
        QTimer.singleShot(300, self._build_rest)

    # -- the tabs built on demand ---------------------------------------------------------
    @property
    def list(self) -> EnquiryListView:
        if self._list is None:
            from ui.enquiries.list_view import EnquiryListView

            self._list = EnquiryListView(self.services, self.tabs)
            self._list.open_enquiry.connect(self.open_enquiry)
            self._replace("list", self._list)
        return self._list

    @property
    def people(self) -> PeopleView:
        if self._people is None:
            from ui.people.view import PeopleView

            self._people = PeopleView(self.services, self.tabs)
            self._people.open_enquiry.connect(self.open_enquiry)
            self._people.record_for.connect(self.record_for)
            self._replace("people", self._people)
        return self._people

    def _replace(self, key: str, widget: QWidget) -> None:
        for index, (k, holder) in list(self._lazy.items()):
            if k == key:
                current = self.tabs.currentIndex()
                title = self.tabs.tabText(index)
                tip = self.tabs.tabToolTip(index)
                self.tabs.blockSignals(True)
                self.tabs.removeTab(index)
                self.tabs.insertTab(index, widget, title)
                self.tabs.setTabToolTip(index, tip)
                self.tabs.setCurrentIndex(current)
                self.tabs.blockSignals(False)
                holder.deleteLater()
                del self._lazy[index]

    def _tab_changed(self, index: int) -> None:
        if index in self._lazy:
            widget = getattr(self, self._lazy[index][0])
            self.tabs.setCurrentWidget(widget)

    def _build_rest(self) -> None:
        if self._lazy:
            _ = self.list, self.people

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)
        widget.setFocus()
        if widget is self.list:
            self.list.table.setFocus()

    def find(self) -> None:
        current = self.tabs.currentWidget()
        if current is self._list:
            self._list.text.setFocus()
        elif current is self._people:
            self._people.search.box.setFocus()
        else:
            self.tabs.setCurrentWidget(self.intake)
            self.intake.form.search.box.setFocus()

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

        actor = self.services.actor

        def load(conn):
            from accesspoint.security import audit

            loaded = load_enquiry(conn, enquiry_id)
            audit.viewed(conn, actor, "enquiry", enquiry_id)  # who saw whose data
            return loaded

        self.services.db.submit(load, show)

    def on_shown(self) -> None:
        if self.tabs.currentWidget() is self.intake and not self.intake.banner.isVisible():
            self.intake.form.search.box.setFocus()

    def can_close(self) -> bool:
        for dialog in list(self.dialogs):
            dialog.close()
        return self.intake.can_close()
