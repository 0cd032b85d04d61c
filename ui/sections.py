"""The app's sections, in navigation order.

Each section's page is imported only when first shown (start-up stays fast), and a
section whose code has not landed yet shows a plain placeholder instead of crashing.
Pages are constructed as `Page(services, parent=None)`.
"""

from __future__ import annotations

import importlib
import logging
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

log = logging.getLogger(__name__)


class Section(NamedTuple):  # not a dataclass: `dataclasses` costs the first paint ~6 ms
    key: str
    title: str  # untranslated source text; show it with `section_title`
    factory: str  # "module:Class"
    issue_no: int
    shortcut: str = ""  # Alt+digit by default, see ui/main_window.py


SECTIONS: list[Section] = [
    Section("enquiries", QT_TRANSLATE_NOOP("Sections", "Enquiries"),
            "ui.enquiries.page:EnquiriesPage", 2),
    Section("directory", QT_TRANSLATE_NOOP("Sections", "Directory"),
            "ui.directory.page:DirectoryPage", 3),
    Section("timebank", QT_TRANSLATE_NOOP("Sections", "Time bank"),
            "ui.timebank.page:TimeBankPage", 4),
    Section("sync", QT_TRANSLATE_NOOP("Sections", "Sync"), "ui.sync.page:SyncPage", 5),
    Section("reports", QT_TRANSLATE_NOOP("Sections", "Reports"),
            "ui.reports.page:ReportsPage", 7),
    Section("security", QT_TRANSLATE_NOOP("Sections", "Security"),
            "ui.security.page:SecurityPage", 7),
    Section("settings", QT_TRANSLATE_NOOP("Sections", "Settings"),
            "ui.settings.page:SettingsPage", 2),
]


def section_title(section: Section) -> str:
    return QCoreApplication.translate("Sections", section.title)


def find(key: str) -> Section:
    for section in SECTIONS:
        if section.key == key:
            return section
    raise KeyError(key)


class PlaceholderPage(QWidget):
    """Shown for a section whose code is not there yet (or failed to load)."""

    def __init__(self, section: Section, services: object = None,
                 parent: QWidget | None = None, detail: str = ""):
        from PySide6.QtCore import Qt  # not at import: see ui/main_window.py

        super().__init__(parent)
        self.section = section
        title = section_title(section)
        label = QLabel(
            self.tr("The {section} section is not available yet (issue {issue}).")
            .format(section=title, issue=section.issue_no),
            self,
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(self.tr("{section}: not available yet").format(section=title))
        # Focusable, so a keyboard or screen-reader user lands on the explanation.
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(label)
        if detail:
            more = QLabel(detail, self)
            more.setWordWrap(True)
            more.setAlignment(Qt.AlignmentFlag.AlignCenter)
            more.setAccessibleName(self.tr("Details"))
            layout.addWidget(more)
        layout.addStretch(1)
        self.setAccessibleName(title)


def load_page_class(section: Section) -> type | None:
    """The page class, or None if its module/class does not exist yet."""
    module_name, _, class_name = section.factory.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        # Only "this section is not written yet" is expected; a missing dependency
        # *inside* a page module is a real bug and is logged.
        missing = exc.name or ""
        if not (module_name == missing or module_name.startswith(missing + ".")):
            log.exception("section %s failed to import", section.key)
        return None
    return getattr(module, class_name, None)


def create_page(section: Section, services: object, parent: QWidget | None = None) -> QWidget:
    """The section's page; a placeholder if it is missing or fails to build."""
    try:
        cls = load_page_class(section)
    except Exception:  # noqa: BLE001 - one broken section must not take down the app
        log.exception("section %s failed to import", section.key)
        return PlaceholderPage(section, services, parent,
                               QCoreApplication.translate("Sections", "It could not be loaded; "
                                                          "the log file has the details."))
    if cls is None:
        return PlaceholderPage(section, services, parent)
    try:
        return cls(services, parent)
    except Exception:  # noqa: BLE001
        log.exception("section %s failed to start", section.key)
        return PlaceholderPage(section, services, parent,
                               QCoreApplication.translate("Sections", "It could not be started; "
                                                          "the log file has the details."))
