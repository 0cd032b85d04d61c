"""Runs a sync (or an enrolment) off the GUI thread.

The sync engine gets its own database connection on its own thread: the sync
talks to the network for seconds or minutes and must not hold the app's single
DB worker (the hub keeps working while it syncs; SQLite WAL lets both run).
The worker thread never calls into Qt (PySide6 6.12 crashes on signals emitted
from Python threads under load, see ui/services.py): it puts messages on a
queue that a GUI-thread timer drains.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from accesspoint.db import open_database

POLL_MS = 50


class SyncRunner(QObject):
    progress = Signal(object)  # sync.engine.Progress
    finished = Signal(object)  # the job's result (a SyncSummary for a sync)
    failed = Signal(object)  # the exception (sync.errors.SyncError mostly)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.cancel_event = threading.Event()
        self._messages: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._drain)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start_sync(self, **engine_options: Any) -> bool:
        from sync.engine import SyncEngine

        def job(conn: Any) -> Any:
            engine = SyncEngine(conn, data_dir=self.data_dir, cancel=self.cancel_event,
                                progress=lambda p: self._messages.put(("progress", p)),
                                **engine_options)
            return engine.run()

        return self.start(job)

    def start(self, job: Callable[[Any], Any]) -> bool:
        """Run `job(conn)` on a fresh thread with its own connection; False if busy."""
        if self.running:
            return False
        self.cancel_event.clear()

        def run() -> None:
            conn = None
            try:
                conn = open_database(self.data_dir)
                self._messages.put(("finished", job(conn)))
            except BaseException as exc:  # noqa: BLE001 - delivered on the GUI thread
                self._messages.put(("failed", exc))
            finally:
                if conn is not None:
                    conn.close()

        self._thread = threading.Thread(target=run, name="accesspoint-sync", daemon=True)
        self._thread.start()
        self._timer.start()
        return True

    def cancel(self) -> None:
        """Ask the sync to stop at the next safe point (never inside a page)."""
        self.cancel_event.set()

    def wait(self, timeout: float = 30) -> None:
        """Tests and shutdown: wait for the thread, then deliver what it left."""
        if self._thread is not None:
            self._thread.join(timeout)
        self._drain()

    def _drain(self) -> None:
        while True:
            try:
                kind, value = self._messages.get_nowait()
            except queue.Empty:
                break
            if kind == "progress":
                self.progress.emit(value)
            elif kind == "finished":
                self.finished.emit(value)
            else:
                self.failed.emit(value)
        if not self.running and self._messages.empty():
            self._timer.stop()
