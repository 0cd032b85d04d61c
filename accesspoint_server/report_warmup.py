"""The report index built in the background when the server starts.

Why: the index (report_index.py) is built on first use; on a council's full
database (100,000 enquiries, a million transfers) that took the first report request
after every restart ~24 s. Now the server starts a thread at start-up that builds it;
start-up, health checks and sync do not wait for it.

A report request arriving before the index is ready waits up to WAIT_S (on a small
database the index is ready by then and nobody notices), then gets 503 with code
"busy" and a Retry-After header: a request thread is not held for the whole build,
and the caller knows when to come back. Documented in docs/server.md.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import Any

from .db import Database
from .report_index import index_for

log = logging.getLogger("accesspoint_server.reports")

WAIT_S = 2.0
RETRY_AFTER_S = 15


class ReportWarmup:
    """Builds the database's report index once, in a daemon thread."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.done = threading.Event()
        self.thread: threading.Thread | None = None
        self.seconds: float | None = None
        self.failed: str | None = None
        # Test hook: the build waits for this event first (a slow build, on demand).
        self.hold: threading.Event | None = None

    def start(self) -> None:
        if self.thread is None:
            self.thread = threading.Thread(target=self._run, name="report-warmup", daemon=True)
            self.thread.start()

    def _run(self) -> None:
        started = time.perf_counter()
        try:
            if self.hold is not None:
                self.hold.wait()
            with self.db.read() as conn:
                index_for(conn)
            self.seconds = time.perf_counter() - started
            log.info(json.dumps({"event": "report_index_ready",
                                 "seconds": round(self.seconds, 1)}))
        except Exception as exc:  # noqa: BLE001 - a request then builds it itself
            self.failed = type(exc).__name__
            log.warning(json.dumps({"event": "report_index_failed", "exception": self.failed}))
        finally:
            self.done.set()

    def ready(self, wait: float | None = None) -> bool:
        """Whether requests may read the index now (waiting up to `wait` seconds).
        Never started (no server start, e.g. the CLI): a request builds it itself."""
        return self.thread is None or self.done.wait(WAIT_S if wait is None else wait)


def for_app(state: Any) -> ReportWarmup | None:
    return getattr(state, "report_warmup", None)
