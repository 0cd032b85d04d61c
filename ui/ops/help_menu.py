# ruff: noqa: E501 - QCoreApplication.translate with a literal context, so lupdate files each
# string under it (a tr alias put them in an empty context that never matched at run time)
"""The Help menu: getting started, save a diagnostic report, about.

`install_help_menu(main_window, services)` is the only call the main window
needs; it adds the menu to the window's menu bar and returns it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from accesspoint.ops.storage import explain
from ui.widgets.domain_text import translate

if TYPE_CHECKING:
    from ui.ops.about import AboutDialog

log = logging.getLogger(__name__)


class HelpActions:
    """Holds what the menu's actions need; kept on the window so it lives as long."""

    def __init__(self, window: QMainWindow, services):  # noqa: ANN001 - ui.services.Services
        self.window = window
        self.services = services
        # Tests set this to skip the file dialog and write here.
        self.report_target: Path | None = None

    def show_about(self, start: str = "about") -> AboutDialog:
        # Imported when asked for: it reads every package's metadata (licences).
        from ui.ops.about import AboutDialog

        dialog = AboutDialog(self.window, start)
        dialog.open()
        return dialog

    def save_report(self) -> Path | None:
        from accesspoint.ops import diagnostics

        data_dir = Path(self.services.data_dir)
        default = diagnostics.report_dir(data_dir) / "accesspoint-diagnostics.zip"
        target = self.report_target
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, self.window.tr("Save diagnostic report"), str(default),
                self.window.tr("Zip files (*.zip)"))
            if not chosen:
                return None
            target = Path(chosen)
        try:
            path = diagnostics.write_report(data_dir, target)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            log.exception("diagnostic report failed")
            QMessageBox.warning(self.window, self.window.tr("Report not saved"),
                                translate(explain(exc, data_dir) or str(exc)))
            return None
        QMessageBox.information(
            self.window, self.window.tr("Report saved"),
            self.window.tr("The report was saved as:\n{path}\n\nIt contains the app's logs "
                           "and versions, and no names or personal details. Send it to "
                           "whoever supports your hub.").format(path=path))
        return path


def install_help_menu(main_window: QMainWindow, services,  # noqa: ANN001
                      menu: QMenu | None = None) -> QMenu:
    """`menu`: the Help menu already in the menu bar (the app adds its title before
    the first paint, so the bar does not appear later and push the window down)."""
    if menu is None:
        menu = main_window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "&Help"))
    menu.setObjectName("help_menu")
    actions = HelpActions(main_window, services)
    main_window.help_actions = actions  # type: ignore[attr-defined]

    guide = QAction(QCoreApplication.translate("HelpMenu", "&Getting started"), main_window)
    # The StandardKey overload: wrapping it in QKeySequence(...) builds all of Qt's
    # enums (~50 ms) before the first paint (see ui/main_window.py).
    guide.setShortcuts(QKeySequence.StandardKey.HelpContents)
    guide.triggered.connect(lambda: actions.show_about("guide"))
    report = QAction(QCoreApplication.translate("HelpMenu", "Save &diagnostic report…"), main_window)
    report.setObjectName("save_diagnostic_report")
    report.triggered.connect(actions.save_report)
    about = QAction(QCoreApplication.translate("HelpMenu", "&About AccessPoint"), main_window)
    about.setObjectName("about")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: actions.show_about("about"))
    for action in (guide, report, about):
        menu.addAction(action)
    return menu
