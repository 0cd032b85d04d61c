"""The main window: section navigation on the left, the current page on the right.

Pages are built the first time they are shown, so start-up only pays for the first
one. Ctrl+1..6 (and Alt+1..6) jump to a section; Ctrl+= / Ctrl+- scale the font.

`MainWindow(None)` is the window the app shows at once, before the database is
open: the navigation (disabled) and an "Opening…" note. `attach(services)` then
brings it to life (ui/ops/opening.py). `MainWindow(services)` does both at once.

No `Qt` before the first paint: the first use of `PySide6.QtCore.Qt` builds all of
its ~100 enums (about 50 ms, a quarter of a bare window's start), so this module
and what the app runs before showing it (ui/app.py, ui/ops/startup.py, ui/ops/crash.py,
ui/ops/help_menu.py, ui/services.py, ui/sections.py, ui/i18n.py) use it only in what
runs later. tests/ops/test_opening.py checks it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStatusBar,
    QWidget,
)

from ui.sections import SECTIONS, Section, create_page, section_title
from ui.widgets import fontscale, theme

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent

    from ui.services import Services

GEOMETRY_KEY = "ui/main_window/geometry"
STATE_KEY = "ui/main_window/state"


class MainWindow(QMainWindow):
    def __init__(self, services: Services | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services: Services | None = None
        self.setWindowTitle(self.tr("AccessPoint"))
        self.setObjectName("MainWindow")
        self.pages: dict[str, QWidget] = {}

        self.nav = QListWidget(self)
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setAccessibleDescription(self.tr("Ctrl+1 to Ctrl+6 jump to a section"))
        self.nav.setFixedWidth(170)
        self.nav.setUniformItemSizes(True)
        self.stack = QStackedWidget(self)
        self.stack.setAccessibleName(self.tr("Current section"))
        for i, section in enumerate(SECTIONS):
            item = QListWidgetItem(section_title(section), self.nav)  # row i: section_at(i)
            item.setSizeHint(QSize(160, 36))
            item.setToolTip(self.tr("Ctrl+{n}").format(n=i + 1))
            holder = QWidget(self.stack)  # replaced by the page when first shown
            holder.setAccessibleName(section_title(section))
            self.stack.addWidget(holder)
        self.nav.currentRowChanged.connect(self._row_changed)
        # Until the database is open: a note in place of the pages (never a blank area).
        self.opening = QLabel(self.tr("Opening the database…"), self.stack)
        self.opening.setObjectName("opening")
        # Centred through the style sheet: see "No `Qt` before the first paint" above.
        self.opening.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.opening.setWordWrap(True)
        self.opening.setAccessibleName(self.tr("Opening the database…"))
        self.stack.addWidget(self.opening)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status: QStatusBar = QStatusBar(self)
        self.setStatusBar(self.status)
        # The keyboard shortcuts come with attach(): they only lead to sections, and
        # QAction/QKeySequence (their enums) are not needed to paint this.
        self.section_actions: list[QAction] = []
        self._restore_geometry()
        self.nav.setCurrentRow(0)  # shown selected; built on attach
        self.stack.setCurrentWidget(self.opening)
        self.nav.setEnabled(False)
        if services is not None:
            self.attach(services)

    def set_opening_text(self, text: str) -> None:
        """What the window is waiting for (opening, preparing the demo, ...)."""
        self.opening.setText(text)
        self.opening.setAccessibleName(text)

    def attach(self, services: Services) -> None:
        """The database is open and someone signed in: show the first section."""
        from ui.statusbar import StatusBar

        self.services = services
        self.status = StatusBar(services, self)
        self.setStatusBar(self.status)  # deletes the plain one
        services.events.error.connect(self._background_error)
        services.events.navigate.connect(self.show_section)
        self.nav.setEnabled(True)
        self._add_actions()
        self._row_changed(self.nav.currentRow())  # already current: no signal to build it
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        if self.focusWidget() is None:  # keyboard users start somewhere, not nowhere
            self.nav.setFocus()

    def is_ready(self) -> bool:
        """Attached and the first section built (bench/startup.py waits for this)."""
        return self.services is not None and bool(self.pages)

    # -- navigation -----------------------------------------------------------
    def _add_actions(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        for i, section in enumerate(SECTIONS):
            action = QAction(section_title(section), self)
            action.setShortcuts([QKeySequence(f"Ctrl+{i + 1}"), QKeySequence(f"Alt+{i + 1}")])
            action.triggered.connect(lambda _=False, key=section.key: self.show_section(key))
            self.addAction(action)
            self.section_actions.append(action)
        for keys, fn in (
            (["Ctrl+=", "Ctrl++"], fontscale.bigger),
            (["Ctrl+-"], fontscale.smaller),
            (["Ctrl+0"], fontscale.reset),
            (["Ctrl+Shift+H"], lambda: theme.apply_high_contrast(
                not theme.high_contrast_enabled())),
        ):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(fn)
            self.addAction(action)

    def section_at(self, row: int) -> Section:
        return SECTIONS[row]

    def page(self, key: str) -> QWidget:
        """The section's page, built on first use (tests call this to force-build one)."""
        if self.services is None:
            raise RuntimeError("the database is not open yet: attach(services) first")
        if key not in self.pages:
            row = next(i for i, s in enumerate(SECTIONS) if s.key == key)
            page = create_page(SECTIONS[row], self.services, None)
            old = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.pages[key] = page
        return self.pages[key]

    def show_section(self, key: str) -> QWidget:
        row = next(i for i, s in enumerate(SECTIONS) if s.key == key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # calls _row_changed
        return self.page(key)

    def _row_changed(self, row: int) -> None:
        if row < 0 or self.services is None:
            return
        page = self.page(SECTIONS[row].key)
        self.stack.setCurrentWidget(page)
        hook = getattr(page, "on_shown", None)
        if callable(hook):
            hook()

    # -- errors, geometry, closing --------------------------------------------
    def _background_error(self, message: str) -> None:
        self.status.showMessage(self.tr("Something went wrong: {message}").format(
            message=message), 15_000)

    def _restore_geometry(self) -> None:
        from ui.app import ui_settings

        settings = ui_settings()
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 780)
        state = settings.value(STATE_KEY)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        scale = fontscale.current_scale()
        if scale != 1.0:  # 1.0 is the platform's own font: nothing to set
            fontscale.apply_scale(scale, remember=False)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Pages may veto (return False from can_close) or flush drafts on the way out.
        for page in self.pages.values():
            can_close = getattr(page, "can_close", None)
            if callable(can_close) and not can_close():
                event.ignore()
                return
        from ui.app import ui_settings

        settings = ui_settings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        event.accept()

    def confirm(self, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes
