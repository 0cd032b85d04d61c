"""Start the desktop app: `run_app(args)` (args: data_dir, demo, lang).

Kept small on purpose. Other parts hook in without editing it:
- `STARTUP_CHECKS`: callables `check(services) -> bool | None`, run in order after the
  database is open and the actor chosen, before the window shows; returning False
  quits (e.g. a cancelled log-in or an unlock prompt).
- `ui.session.choose_actor`: who is using the app (replaced by real log-in later).
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from accesspoint import paths
from accesspoint.errors import AccessPointError
from ui.services import DbWorker, Events, NetWorker, Services

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
    from ui import i18n

    lang = lang or str(ui_settings().value("ui/language", "") or "") or None
    return i18n.install(app, lang)


def start_services(data_dir: Path, demo: bool = False) -> tuple[DbWorker, Events]:
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
    data_dir = paths.data_dir(getattr(args, "data_dir", None), demo=getattr(args, "demo", False))
    _setup_logging(data_dir)
    install_translators(app, getattr(args, "lang", None))
    from ui.widgets import theme

    theme.restore()
    # Crash handler, writable folder, single instance, damaged-database check (ui/ops).
    from ui.ops.startup import before_open

    early_exit = before_open(app, data_dir)
    if early_exit is not None:
        return early_exit
    try:
        db, events = start_services(data_dir, getattr(args, "demo", False))
    except AccessPointError as exc:
        QMessageBox.critical(None, app.tr("AccessPoint cannot start"), str(exc))
        return 2

    from ui.session import choose_actor

    actor = choose_actor(db, None)
    if actor is None:
        db.close()
        return 0
    services = Services(data_dir=data_dir, actor=actor, db=db, events=events,
                        net=NetWorker(events=events))
    for check in STARTUP_CHECKS:
        if check(services) is False:
            services.close()
            return 0

    from ui.main_window import MainWindow

    window = MainWindow(services)
    from ui.ops.help_menu import install_help_menu

    install_help_menu(window, services)
    window.show()
    try:
        return app.exec()
    finally:
        services.close()
