"""Start the desktop app: `run_app(args)` (args: data_dir, demo, lang).

Kept small on purpose. Other parts hook in without editing it:
- `STARTUP_CHECKS`: callables `check(services) -> bool | None`, run in order after the
  database is open and the actor chosen, before the first section is built; returning
  False quits (e.g. a cancelled log-in or an unlock prompt).
- `ui.session.choose_actor`: who is using the app (sign-in, ui/security).

Order (issue 2, cold start <= 1.5x a bare window): what must happen before any window
(crash handler, writable folder, single instance) runs first and is cheap; then the
window shows at once with "Opening the database…", and the database is checked,
opened and signed into from the event loop (ui/ops/opening.py). Heavy modules
(keyring, SQLCipher, the pages) are imported only on the way there.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from accesspoint import paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QMenu

    from ui.services import DbWorker, Events, Services

log = logging.getLogger(__name__)

ORGANIZATION = "AccessPoint"
APPLICATION = "AccessPoint"

STARTUP_CHECKS: list[Callable[[Services], bool | None]] = []


def ui_settings() -> QSettings:
    """Per-user UI preferences (geometry, font scale, language); domain settings live
    in the database."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     ORGANIZATION, APPLICATION)


def _setup_logging(data_dir: Path) -> None:
    """A rotating log file in the data dir. No personal data is ever logged; the ops
    handler also scrubs emails, phones and postcodes as a safety net."""
    from accesspoint.ops.logs import setup_logging

    setup_logging(data_dir)


def install_translators(app: QApplication, lang: str | None) -> list[QTranslator]:
    """--lang, else the language chosen in Settings, else the system language;
    `pseudo` is the pseudo-translation used to find clipped layouts (ui/i18n.py)."""
    lang = lang or str(ui_settings().value("ui/language", "") or "") or None
    if lang == "en":
        return []  # the source language: nothing to load (ui.i18n not even imported)
    from ui import i18n

    return i18n.install(app, lang)


def start_services(data_dir: Path, demo: bool = False) -> tuple[DbWorker, Events]:
    """Open the database and wait (scripts and tests; the app itself opens it after
    the window shows, see ui/ops/opening.py)."""
    from ui.services import DbWorker, Events

    events = Events()
    db = DbWorker(data_dir, events=events)
    if demo:
        from accesspoint.demo import ensure_demo

        db.call(ensure_demo, timeout=None)
    return db, events


def run_app(args: Any) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("AccessPoint")
    # The PySide6 6.12 refcount guard (ui/widgets/qt_refcount_guard.py) before any
    # window; ui/services.py, which also installs it, is loaded after the first paint.
    from ui.widgets import qt_refcount_guard

    qt_refcount_guard.install()
    data_dir = paths.data_dir(getattr(args, "data_dir", None), demo=getattr(args, "demo", False))
    _setup_logging(data_dir)
    install_translators(app, getattr(args, "lang", None))
    from ui.widgets import theme

    theme.restore()
    # Crash handler, writable folder, single instance (ui/ops). The damaged-database
    # check needs the keyring: it runs with the opening, after the window shows.
    from ui.ops.startup import before_open

    early_exit = before_open(app, data_dir, check_database=False)
    if early_exit is not None:
        return early_exit

    from ui.main_window import MainWindow
    from ui.ops.opening import Opening

    window = MainWindow(None)
    # The Help menu's title now (a menu bar appearing later would push the window's
    # content down); its items, which work while opening (a diagnostic report needs
    # no database), once the event loop runs: ui.ops.help_menu and QAction are not
    # needed to paint.
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "&Help"))
    window.show()
    QTimer.singleShot(0, window, lambda: _fill_help_menu(window, data_dir, help_menu))
    opening = Opening(app, window, data_dir, getattr(args, "demo", False), args)
    # Zero-delay: runs once the event loop has painted the window.
    QTimer.singleShot(0, opening, opening.start)
    try:
        return app.exec()
    finally:
        opening.close()
        window.hide()  # an exit before the first section (an error, a cancelled sign-in)
        window.deleteLater()


def _fill_help_menu(window: QMainWindow, data_dir: Path, menu: QMenu) -> None:
    from ui.ops.help_menu import install_help_menu

    services = getattr(window, "services", None) or _Folder(data_dir)
    install_help_menu(window, services, menu)


class _Folder:
    """What the Help menu needs before the services exist."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.db = None
