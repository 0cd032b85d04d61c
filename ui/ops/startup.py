"""What runs before the database is opened, and the checks right after.

`before_open(app, data_dir)` is called by ui/app.py between logging and opening
the database. In order:
  1. crash handlers (so anything below that fails is reported calmly);
  2. the data folder takes a write (else: a clear message, exit 2);
  3. single instance (else: ask the first copy to come to the front, exit 0);
  4. quick_check of the database (else: offer the newest good backup).
It returns None to carry on, or the exit status. It also adds the post-open
checks (daily backup, plain-words storage errors) to ui.app.STARTUP_CHECKS.

The app itself calls it with `check_database=False`: step 4 needs the keyring and
SQLCipher (~100-200 ms), so it runs on the DB worker after the window is shown
(ui/ops/opening.py), and a damaged file comes back to `database_sound_or_restored`.
The lock of step 3 is still taken before any window; only the local socket a second
start talks to (QtNetwork, ~25 ms to load) opens once the event loop runs.
"""

from __future__ import annotations

import logging
import signal
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from accesspoint.errors import AccessPointError
from accesspoint.ops.storage import StorageError, check_writable, explain
from ui.ops.crash import CrashHandler
from ui.ops.single_instance import InstanceGuard, ask_first_to_raise, bring_to_front
from ui.widgets.domain_text import describe_error, translate

if TYPE_CHECKING:
    from accesspoint.ops.health import Health

log = logging.getLogger(__name__)

BACKUP_CHECK_MS = 60 * 60 * 1000  # hourly: a PC left on overnight still gets its daily copy
FIRST_BACKUP_DELAY_MS = 1500  # after the window is shown and its first section has loaded


def main_window() -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow):
            return widget
    return None


def ask(title: str, text: str) -> bool:
    """Yes/No question (tests replace this function)."""
    from PySide6.QtWidgets import QMessageBox  # not before the first paint: hardly used

    answer = QMessageBox.question(None, title, text)
    return answer == QMessageBox.StandardButton.Yes


def tell(title: str, text: str) -> None:
    """A blocking message (tests replace this function)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, title, text)


class OpsState(QObject):
    """Keeps the guard, crash handler and timers alive for the app's lifetime."""

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.guard: InstanceGuard | None = None
        self.crash: CrashHandler | None = None
        self.backup_timer: QTimer | None = None
        self.restored_from: Path | None = None


def before_open(app: QApplication, data_dir: Path | str, *,
                install_hooks: bool = True, check_database: bool = True) -> int | None:
    data_dir = Path(data_dir)
    state = OpsState(data_dir, app)
    app._accesspoint_ops = state  # type: ignore[attr-defined]
    if install_hooks:
        state.crash = CrashHandler(data_dir, main_window, state)
        state.crash.install()
        _quit_on_sigterm(app)
    try:
        check_writable(data_dir)
    except StorageError as exc:
        log.error("data folder not writable (%s)", exc.kind)
        tell(app.tr("AccessPoint cannot start"), describe_error(exc))
        return 2
    state.guard = InstanceGuard(data_dir, state)
    if not state.guard.acquire(listen=check_database):
        answered = ask_first_to_raise(data_dir)
        log.info("already running for this data folder; asked it to come forward (%s)",
                 "answered" if answered else "no answer")
        return 0
    state.guard.raise_requested.connect(lambda: bring_to_front(main_window()))
    _register_post_open_checks()
    if not check_database:
        # The app's path: the rest comes once the event loop runs and the window is
        # painted (ui/ops/opening.py calls `listen_for_second_start`, then opens).
        return None
    if not database_sound_or_restored(app, data_dir):
        return 2
    # installer/smoke-test and tests wait for this line (sign-in comes next).
    log.info("start-up checks passed")
    return None


def listen_for_second_start(app: QApplication) -> None:
    """Open the channel a second start uses to bring this window forward."""
    state = getattr(app, "_accesspoint_ops", None)
    if state is not None and state.guard is not None:
        state.guard.listen()


def _quit_on_sigterm(app: QApplication) -> None:
    """Log-off, shutdown and `kill` send SIGTERM: leave through the normal exit path
    (database closed cleanly) instead of dying mid-way."""
    if not hasattr(signal, "SIGTERM"):
        return
    def on_term(*_: object) -> None:
        # exit() is ignored while no event loop runs (a TERM during start-up, e.g.
        # while the demo is being built); a zero-delay timer fires as soon as one does.
        if app.thread().loopLevel() > 0:
            app.exit(0)
        else:
            QTimer.singleShot(0, app, lambda: app.exit(0))

    signal.signal(signal.SIGTERM, on_term)
    # Python runs signal handlers only when it gets control; Qt's loop is C++, so a
    # tiny timer hands control back now and then.
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)


def database_sound_or_restored(app: QApplication, data_dir: Path,
                               result: Health | None = None) -> bool:
    """quick_check (unless `result` already says how it went); a damaged file is
    replaced by the newest good backup if the person agrees. False: do not open."""
    from accesspoint.ops import diagnostics, health  # needs SQLCipher: not at import

    state = getattr(app, "_accesspoint_ops", None) or OpsState(Path(data_dir), app)
    if result is None:
        try:
            result = health.check_database(state.data_dir)
        except AccessPointError:
            # A keyring problem, not damage: opening the database explains it properly.
            return True
    if result.ok:
        return True
    log.error("database failed quick_check")
    candidate = health.latest_good_backup(state.data_dir)
    if candidate is None:
        try:
            report = str(diagnostics.write_report(state.data_dir))
        except Exception:  # noqa: BLE001 - the message below matters more
            report = "-"
        tell(app.tr("The database is damaged"), app.tr(
            "AccessPoint's database file is damaged and there is no backup to restore. "
            "Nothing has been deleted. Please contact whoever supports your hub, and do not "
            "delete this folder:\n{folder}\n\nA report for them was saved as:\n{report}"
        ).format(folder=state.data_dir, report=report))
        return False
    when = datetime.fromtimestamp(candidate.stat().st_mtime).strftime("%d %B %Y %H:%M")
    if not ask(app.tr("The database is damaged"), app.tr(
        "AccessPoint's database file is damaged, so it has not been opened.\n\n"
        "Restore the latest backup, from {when}? Anything entered after that will be "
        "missing. The damaged file is kept aside, not deleted, in case an expert can "
        "recover more from it."
    ).format(when=when)):
        return False
    try:
        state.restored_from = candidate
        health.restore_backup(state.data_dir, candidate)
    except (OSError, ValueError) as exc:
        tell(app.tr("The backup could not be restored"),
             translate(explain(exc, state.data_dir) or str(exc)))
        return False
    return True


# -- after the database is open ----------------------------------------------------

def daily_backup_check(services) -> None:  # noqa: ANN001 - ui.services.Services
    """Take today's backup on the DB worker soon after start, then check every hour."""
    from accesspoint import settings
    from accesspoint.ops import backup

    data_dir = Path(services.data_dir)

    def take(conn) -> object:  # noqa: ANN001 - runs on the DB worker with its connection
        # How many to keep is a domain setting (in the database), default 14.
        keep = settings.get(conn, backup.KEEP_SETTING, backup.KEEP_DEFAULT)
        return backup.ensure_daily_backup(data_dir, keep=max(int(keep), 1), source=conn)

    app = QApplication.instance()
    state = getattr(app, "_accesspoint_ops", None)
    timer = QTimer(state or app)

    def run() -> None:
        try:
            services.db.submit(take, on_error=lambda exc: log.warning(
                "backup failed: %s", type(exc).__name__))
        except RuntimeError:  # the DB worker is closed: the session is over
            timer.stop()

    # The first check waits until the first screen has loaded: the copy reads the whole
    # database on the DB worker, where the first page's queries would queue behind it.
    QTimer.singleShot(FIRST_BACKUP_DELAY_MS, timer, run)
    timer.setInterval(BACKUP_CHECK_MS)
    timer.timeout.connect(run)
    timer.start()
    if state is not None:
        state.backup_timer = timer


def storage_messages_check(services) -> None:  # noqa: ANN001
    """Background save failures arrive as plain strings on events.error; a full disk
    or read-only folder gets a dialog that says what to do, not a status-bar line."""
    import sqlite3

    def on_error(message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        text = explain(sqlite3.OperationalError(message), services.data_dir)
        if text:
            QMessageBox.warning(main_window(), QApplication.translate("ops", "Not saved"),
                                text)

    services.events.error.connect(on_error)


def _register_post_open_checks() -> None:
    from ui import app as ui_app

    for check in (daily_backup_check, storage_messages_check):
        if check not in ui_app.STARTUP_CHECKS:
            ui_app.STARTUP_CHECKS.append(check)
