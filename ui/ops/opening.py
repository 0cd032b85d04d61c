"""Opening the database while the window already shows.

The keyring, SQLCipher, the quick_check and the migrations cost a cold start a few
hundred milliseconds (more on a slow disk, seconds when the demo is built). None of
it is needed to paint the window, so ui/app.py shows `MainWindow(None)` ("Opening
the database…") and starts `Opening`, which, in order:

  0. starts the DB worker, then opens the single-instance channel
     (ui/ops/single_instance.py) while the worker works;
  1. on the DB worker: --insecure-no-encryption / --demo applied
     (accesspoint.security.cli_access), quick_check, then open (migrating, with the
     copy made first); a damaged file comes back here and the person is offered the
     newest good backup (ui/ops/startup.py, the same dialogs as before), then opening
     starts again;
  2. builds the demo data if asked (`--demo` on an empty folder), still on the worker;
  3. signs the person in (`ui.session.choose_actor`, over the window);
  4. runs `ui.app.STARTUP_CHECKS`, then `window.attach(services)`: the first section.

Any failure is shown in plain words (a database newer than the app, no keyring,
the wrong key, a locked or unreadable file) and the app exits with status 2; a
cancelled sign-in exits 0. Nothing here touches the database from the GUI thread.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication

from accesspoint.errors import AccessPointError
from ui.widgets.domain_text import describe_error, translate

if TYPE_CHECKING:
    import sqlite3

    from PySide6.QtCore import QEvent

    from ui.services import DbWorker, Events, Services

log = logging.getLogger(__name__)


class DamagedDatabaseError(Exception):
    """quick_check failed: the GUI offers a backup before anything writes to the file."""

    def __init__(self, detail: str):
        super().__init__(detail)
        self.detail = detail


def checked_open(data_dir: Path, args: object = None) -> sqlite3.Connection:
    """Runs on the DB worker: quick_check, then open (and migrate) the database.
    `args`: the command line, whose --insecure-no-encryption / --demo must be applied
    before the database is touched (accesspoint.security.cli_access)."""
    from accesspoint.db import open_database
    from accesspoint.ops import health

    if args is not None:
        from accesspoint.security.cli_access import apply_flags

        apply_flags(args)

    try:
        result = health.check_database(data_dir)
    except AccessPointError:
        result = None  # a keyring problem, not damage: opening explains it properly
    if result is not None and not result.ok:
        log.error("database failed quick_check")
        raise DamagedDatabaseError(result.detail)
    # installer/smoke-test and tests wait for this line (sign-in comes next).
    log.info("start-up checks passed")
    return open_database(data_dir)


def tell(title: str, text: str) -> None:
    """A blocking message over the window (tests replace QMessageBox.critical)."""
    from PySide6.QtWidgets import QMessageBox

    from ui.ops.startup import main_window

    QMessageBox.critical(main_window(), title, text)


def _translate(text: str) -> str:
    return QCoreApplication.translate("Opening", text)


class Opening(QObject):
    """One start-up: owns the DB worker until the window takes the services over."""

    def __init__(self, app: QApplication, window, data_dir: Path,  # noqa: ANN001
                 demo: bool = False, args: object = None):
        super().__init__(app)
        self.args = args
        self._started = False
        self.app = app
        self.window = window
        self.data_dir = Path(data_dir)
        self.demo = demo
        self.events: Events | None = None  # made with the DB worker, after the first paint
        self.db: DbWorker | None = None
        self.services: Services | None = None
        self.exit_code: int | None = None
        self._spent: list[DbWorker] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import QEvent  # its ~170 event types: not before the paint

        if (watched is self.window and event.type() == QEvent.Type.Close
                and self.services is None and self.exit_code is None):
            QTimer.singleShot(0, self, self._closed_early)
        return False

    def _closed_early(self) -> None:
        if self.services is None and self.exit_code is None and not self.window.isVisible():
            log.info("window closed before the database was open")
            self.finish(0)

    # -- steps ------------------------------------------------------------------
    def start(self) -> None:
        from ui.ops.startup import listen_for_second_start

        if self.exit_code is not None or not self.window.isVisible():
            return  # closed before we began: nothing to open
        from ui.services import DbWorker, Events

        if self.events is None:
            self.events = Events()
        # The worker first: its keyring and disk work overlaps with what follows here.
        self.db = DbWorker(self.data_dir, events=self.events, wait=False,
                           opener=functools.partial(checked_open, args=self.args))
        self.db.when_open(self._opened, self._failed)
        if not self._started:
            self._started = True
            # Closing the window before it is ready ends the start-up: no sign-in over
            # a window that is gone. (Watched from here: not an extra Python call per
            # event while the window first paints.)
            self.window.installEventFilter(self)
            listen_for_second_start(self.app)
        # While the worker waits on the disk and the keyring, load the first section's
        # code here: it is needed as soon as the person is signed in.
        QTimer.singleShot(0, self, self._preload_first_section)

    def _preload_first_section(self) -> None:
        from ui.sections import SECTIONS, load_page_class

        if self.exit_code is None and self.services is None:
            try:
                load_page_class(SECTIONS[0])
            except Exception:  # noqa: BLE001 - building the page reports it properly
                log.debug("first section not preloaded", exc_info=True)

    def _opened(self) -> None:
        # Leave the socket-notifier callback before any modal dialog (sign-in) opens.
        QTimer.singleShot(0, self, self._prepare)

    def _prepare(self) -> None:
        if self.exit_code is not None or self.db is None:
            return
        if not self.demo:
            self._sign_in()
            return
        from accesspoint.demo import ensure_demo

        self.window.set_opening_text(_translate("Preparing the demo data…"))
        self.db.submit(ensure_demo, on_done=lambda _result: self._sign_in(),
                       on_error=self._failed)

    def _sign_in(self) -> None:
        from ui import app as ui_app
        from ui import session

        if self.exit_code is not None or self.db is None:
            return
        actor = session.choose_actor(self.db, self.window)
        if actor is None:
            self.finish(0)
            return
        from ui.services import NetWorker, Services

        services = Services(data_dir=self.data_dir, actor=actor, db=self.db,
                            events=self.events, net=NetWorker(events=self.events))
        self.services = services
        for check in ui_app.STARTUP_CHECKS:
            if check(services) is False:
                self.finish(0)
                return
        self.window.attach(services)
        help_actions = getattr(self.window, "help_actions", None)
        if help_actions is not None:
            help_actions.services = services
        # installer/smoke-test waits for this line.
        log.info("main window ready")

    # -- failures and the end ---------------------------------------------------
    def _failed(self, exc: BaseException) -> None:
        if self.exit_code is not None:
            return
        if isinstance(exc, DamagedDatabaseError):
            from accesspoint.ops.health import Health
            from ui.ops.startup import database_sound_or_restored

            self._close_db()
            if database_sound_or_restored(self.app, self.data_dir, Health(False, exc.detail)):
                self.start()  # the restored copy (it is checked again)
            else:
                self.finish(2)
            return
        log.error("the database could not be opened (%s)", type(exc).__name__)
        tell(self.app.tr("AccessPoint cannot start"), self.message(exc))
        self.finish(2)

    def message(self, exc: BaseException) -> str:
        """Plain words for a failure to open (the exception's own text is already
        written for people when it is one of ours)."""
        import sqlite3

        from accesspoint.ops.storage import explain

        if isinstance(exc, AccessPointError):
            return describe_error(exc)
        known = explain(exc, self.data_dir) if isinstance(exc, OSError | sqlite3.Error) \
            else None
        if known:
            return translate(known)
        return _translate(
            "AccessPoint could not open its database ({error}). Nothing has been changed. "
            "Close other programs that may be using the data folder and start AccessPoint "
            "again; if it keeps happening, send the diagnostic report (Help menu) to whoever "
            "supports your hub."
        ).format(error=type(exc).__name__)

    def finish(self, code: int) -> None:
        self.exit_code = code
        self.app.exit(code)

    def _close_db(self) -> None:
        if self.db is not None:
            self.db.close()
            # Kept referenced: this may run inside the worker's own wake-up callback,
            # and deleting a QObject from its own signal crashes.
            self._spent.append(self.db)
            self.db = None

    def close(self) -> None:
        """After the event loop: stop the workers (the window's services, if attached)."""
        if self.exit_code is None:
            self.exit_code = 0
        if self.services is not None:
            self.services.close()
            self.services = None
            self.db = None
        self._close_db()
        self.window.removeEventFilter(self)
        self.setParent(None)  # not kept alive by the application after this start-up
