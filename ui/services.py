"""What a page needs from the app: who is acting, the database worker, change events.

All database work goes through ONE worker thread that owns the sqlite connection
(DESIGN.md §5, Anki's single DB worker): SQLite allows one writer anyway, and a
single thread means no two screens ever race on the connection. Results come
back to the GUI thread through a queued signal, so callbacks may touch widgets.

    services.db.submit(lambda conn: people.search_people(conn, text),
                       on_done=self._show_results, on_error=self._show_error)
"""

from __future__ import annotations

import contextlib
import logging
import queue
import socket
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from accesspoint.context import Actor
from accesspoint.db import open_database
from ui.widgets import qt_refcount_guard
from ui.widgets.domain_text import describe_error

log = logging.getLogger(__name__)
# Every page imports this module, so the PySide6 6.12 / Python 3.11 crash guard is
# in place before any window exists (see ui/widgets/qt_refcount_guard.py).
qt_refcount_guard.install()

Callback = Callable[[Any], None] | None



class _SetupFailedError(Exception):
    """The worker could not start (the database did not open); it ends quietly."""

class Events(QObject):
    """App-wide notifications. Emit `changed(kind)` after a write ("enquiry", "person",
    "directory", "settings", ...) so other views refresh from it instead of polling."""

    changed = Signal(str)
    # A background failure nobody handled: the main window shows it in plain words.
    error = Signal(str)
    # Ask the main window to show a section by key (e.g. Settings links to "sync").
    navigate = Signal(str)


class Task:
    """A handle on submitted work. `cancel()` drops it if not started and always
    suppresses its callbacks (a stale search result must not overwrite a newer one)."""

    __slots__ = ("fn", "on_done", "on_error", "cancelled", "result", "error")

    def __init__(self, fn: Callable[..., Any], on_done: Callback, on_error: Callback):
        self.fn = fn
        self.on_done = on_done
        self.on_error = on_error
        self.cancelled = False
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self.cancelled = True


def _receiver_alive(callback: Callable[..., Any] | None) -> bool:
    """A callback bound to a widget that has since been closed must not be called."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class Worker(QObject):
    """One thread running callables in order; `arg` is passed to each (the DB connection
    for `DbWorker`, nothing for plain workers such as the network one)."""

    def __init__(self, name: str, parent: QObject | None = None, *, events: Events | None = None):
        super().__init__(parent)
        self._queue: queue.SimpleQueue[Task | None] = queue.SimpleQueue()
        # Finished tasks wait in a queue; the worker wakes the GUI thread by writing a
        # byte to a socket pair watched by a QSocketNotifier. The worker thread never
        # calls into Qt: emitting a signal from a Python thread crashes PySide6 6.12
        # under load ("bool_dealloc"/"none_dealloc" refcount errors, measured here).
        self._finished: queue.SimpleQueue[Task] = queue.SimpleQueue()
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._wake_w.setblocking(False)
        self._notifier = QSocketNotifier(self._wake_r.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._events = events
        self._closed = False
        self._shut_down = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    # -- lifecycle ------------------------------------------------------------
    def _start(self) -> None:
        self._thread.start()

    def _setup(self) -> Any:
        """Runs first on the worker thread; the returned value is passed to every task."""
        return None

    def _teardown(self, arg: Any) -> None:
        pass

    def _call(self, fn: Callable[..., Any], arg: Any) -> Any:
        return fn()

    def _run(self) -> None:
        try:
            arg = self._setup()
        except _SetupFailedError:
            return  # already reported to whoever waits on the opening
        try:
            while True:
                task = self._queue.get()
                if task is None:
                    break
                if task.cancelled:
                    continue
                try:
                    result, error = self._call(task.fn, arg), None
                except BaseException as exc:  # noqa: BLE001 - delivered to the caller
                    result, error = None, exc
                if isinstance(task.on_done, Future):
                    if error is None:
                        task.on_done.set_result(result)
                    else:
                        task.on_done.set_exception(error)
                    continue
                task.result, task.error = result, error
                self._finished.put(task)
                # A full buffer means a wake-up is already pending.
                with contextlib.suppress(OSError):
                    self._wake_w.send(b"\0")
        finally:
            self._teardown(arg)

    # -- API ------------------------------------------------------------------
    def submit(self, fn: Callable[..., Any], on_done: Callback = None,
               on_error: Callback = None) -> Task:
        """Run `fn` on the worker; `on_done(result)` / `on_error(exc)` on the GUI thread."""
        task = Task(fn, on_done, on_error)
        if self._closed:
            # Shutting down: a late timer (a draft save, a refresh) is dropped quietly.
            log.debug("%s closed; task dropped", self._thread.name)
            task.cancel()
            return task
        self._queue.put(task)
        return task

    def call(self, fn: Callable[..., Any], timeout: float | None = 30) -> Any:
        """Run `fn` on the worker and wait for it: for tests and tiny reads only."""
        if threading.current_thread() is self._thread:
            raise RuntimeError("call() from the worker itself would deadlock")
        future: Future = Future()
        task = Task(fn, None, None)
        task.on_done = future  # type: ignore[assignment]
        self._queue.put(task)
        return future.result(timeout)

    def close(self, timeout: float = 10) -> None:
        # Not `_closed`: a DbWorker whose opening failed is closed to new work but
        # still holds its wake-up sockets, released here.
        if self._shut_down:
            return
        self._shut_down = True
        self._closed = True
        self._queue.put(None)
        self._thread.join(timeout)
        self._drain()  # deliver what finished before closing
        self._notifier.setEnabled(False)
        self._wake_r.close()
        self._wake_w.close()

    def _drain(self, *_args: object) -> None:
        try:
            while self._wake_r.recv(4096):
                pass
        except OSError:
            pass
        while True:
            try:
                task = self._finished.get_nowait()
            except queue.Empty:
                return
            self._deliver(task)

    def _deliver(self, task: Task) -> None:
        result, error = task.result, task.error
        task.result = task.error = None  # drop references early
        if task.cancelled:
            return
        if error is None:
            if task.on_done is not None and _receiver_alive(task.on_done):
                task.on_done(result)
            return
        if task.on_error is not None:
            if _receiver_alive(task.on_error):
                task.on_error(error)
            return
        log.error("background task failed", exc_info=error)
        if self._events is not None:
            self._events.error.emit(describe_error(error) or type(error).__name__)


class DbWorker(Worker):
    """The single thread that owns the sqlite connection; `fn(conn)` runs there."""

    def __init__(self, data_dir: Path | str, parent: QObject | None = None, *,
                 events: Events | None = None,
                 opener: Callable[[Path], sqlite3.Connection] = open_database,
                 wait: bool = True):
        super().__init__("accesspoint-db", parent, events=events)
        self._data_dir = Path(data_dir)
        self._opener = opener
        self._opened: Future = Future()
        self._start()
        if wait:
            # Opening migrates; a failure (e.g. a database newer than the app) is raised
            # here, at start-up, where the app can explain it.
            self._opened.result()

    def when_open(self, on_done: Callable[[], None],
                  on_error: Callable[[BaseException], None]) -> None:
        """For `wait=False` (the app shows its window first, ui/ops/opening.py): call
        `on_done()` or `on_error(exc)` on the GUI thread once opening has finished."""
        def landed(future: Future) -> None:  # on the worker thread, or here if done
            task = Task(lambda: None, lambda _result: on_done(), on_error)
            task.error = future.exception()
            self._finished.put(task)
            with contextlib.suppress(OSError):
                self._wake_w.send(b"\0")

        self._opened.add_done_callback(landed)

    def _setup(self) -> Any:
        try:
            conn = self._opener(self._data_dir)
        except BaseException as exc:  # noqa: BLE001
            self._opened.set_exception(exc)
            self._closed = True
            raise _SetupFailedError from None
        self._opened.set_result(True)
        return conn

    def _teardown(self, conn: Any) -> None:
        if conn is not None:
            conn.close()

    def _call(self, fn: Callable[..., Any], conn: Any) -> Any:
        return fn(conn)


class NetWorker(Worker):
    """Network work (reachability checks, sync) on its own thread, never blocking the DB."""

    def __init__(self, parent: QObject | None = None, *, events: Events | None = None):
        super().__init__("accesspoint-net", parent, events=events)
        self._start()


@dataclass
class Services:
    """Passed to every page (no global app object). `actor` may change on log-in."""

    data_dir: Path
    actor: Actor
    db: DbWorker
    events: Events
    net: NetWorker | None = field(default=None)

    def close(self) -> None:
        if self.net is not None:
            self.net.close()
        self.db.close()


class BusyIndicator(QObject):
    """Shows a wait cursor and a small 'Working…' dialog only if work takes over
    `delay_ms` (DESIGN.md §5): quick work never flickers."""

    def __init__(self, parent: QWidget | None = None, text: str | None = None,
                 delay_ms: int = 500):
        super().__init__(parent)
        self._parent = parent
        self._text = text
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._show)
        self._dialog: QProgressDialog | None = None
        self._cursor = False

    def start(self) -> None:
        self._timer.start()

    def _show(self) -> None:
        # Imported here: the first use of `Qt` builds all its enums (~50 ms), which the
        # app's first paint does without (ui/main_window.py).
        from PySide6.QtCore import Qt

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._cursor = True
        text = self._text or self.tr("Working…")
        self._dialog = QProgressDialog(text, "", 0, 0, self._parent)
        self._dialog.setCancelButton(None)
        self._dialog.setWindowTitle(self.tr("Please wait"))
        self._dialog.setAccessibleName(text)
        self._dialog.setMinimumDuration(0)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.show()

    def stop(self) -> None:
        self._timer.stop()
        if self._cursor:
            QApplication.restoreOverrideCursor()
            self._cursor = False
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    @property
    def visible(self) -> bool:
        return self._dialog is not None


def submit_with_busy(worker: Worker, fn: Callable[..., Any], on_done: Callback = None,
                     on_error: Callback = None, *, parent: QWidget | None = None,
                     text: str | None = None, delay_ms: int = 500) -> Task:
    """`worker.submit`, plus a busy indicator if the work takes longer than `delay_ms`."""
    busy = BusyIndicator(parent, text, delay_ms)

    def done(result: Any) -> None:
        busy.stop()
        busy.deleteLater()
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        busy.stop()
        busy.deleteLater()
        if on_error is not None:
            on_error(exc)
        else:
            failed_task = Task(fn, None, None)
            failed_task.error = exc
            worker._deliver(failed_task)  # the app-wide error path

    busy.start()
    return worker.submit(fn, done, failed)
