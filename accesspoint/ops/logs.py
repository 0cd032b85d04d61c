"""Rotating log file in the data directory, with personal data kept out.

Code logs ids and counts, never names or notes. The scrubbing filter is a
safety net for the day someone forgets: an exception message that quotes a
phone number or postcode is masked before it reaches the file.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path

LOG_DIRNAME = "logs"
LOG_FILENAME = "accesspoint.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

# Order matters: emails first (they contain digits and dots), then phones, then postcodes.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# UK numbers (07700 900123, +44 20 7946 0000, 020-7946-0000) and any other long run
# of digits with separators. The look-arounds keep UUIDs, hex ids and the log's own
# timestamps (2026-11-25 07:05:46) intact.
_PHONE = re.compile(
    r"(?<![\w-])(?!\d{4}-\d\d-\d\d)(?:\+|00)?\d(?:[\s().-]{0,2}\d){8,14}(?![\w:-])"
)
# UK postcodes, with or without the space (SW1A 1AA, E1 6AN, n156rA).
_POSTCODE = re.compile(
    r"(?<![\w-])[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}(?![\w-])", re.IGNORECASE
)


def scrub(text: str) -> str:
    """Mask obvious emails, phone numbers and postcodes."""
    text = _EMAIL.sub("<email>", text)
    text = _PHONE.sub("<phone>", text)
    return _POSTCODE.sub("<postcode>", text)


class ScrubFilter(logging.Filter):
    """Rewrites each record's message (and formatted traceback) through `scrub`."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string must not kill logging
            message = str(record.msg)
        record.msg = scrub(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            # Formatter.format reuses exc_text when set, so the traceback is scrubbed too.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


class RotatingFile(logging.FileHandler):
    """What logging.handlers.RotatingFileHandler does (size-based, `backup_count` old
    files as .1, .2, ...), without importing logging.handlers: that module brings
    socket, pickle and queue, ~17 ms of the app's cold start, and the log is set up
    before the window's first paint (issue 2)."""

    def __init__(self, path: Path, max_bytes: int, backup_count: int):
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backup_count = backup_count

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._roll_over()
        except Exception:  # noqa: BLE001 - logging must never crash the app
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0:
            return False
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)
        return self.stream.tell() + len(self.format(record)) + 1 >= self.max_bytes

    def _roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        base = self.baseFilename
        if self.backup_count > 0:
            for i in range(self.backup_count - 1, 0, -1):
                if os.path.exists(f"{base}.{i}"):
                    os.replace(f"{base}.{i}", f"{base}.{i + 1}")
            if os.path.exists(base):
                os.replace(base, f"{base}.1")
        else:
            open(base, "w").close()  # noqa: SIM115 - truncate: keep no old file
        self.stream = self._open()


def log_dir(data_dir: Path | str) -> Path:
    return Path(data_dir) / LOG_DIRNAME


def log_files(data_dir: Path | str) -> list[Path]:
    folder = log_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.name.startswith(LOG_FILENAME))


_installed: list[logging.Handler] = []


def setup_logging(data_dir: Path | str, *, level: int = logging.INFO,
                  max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT,
                  also_stderr: bool = False) -> Path | None:
    """Send the root logger to `<data_dir>/logs/accesspoint.log` (rotating).

    Returns the log file, or None when the folder cannot be written (a read-only
    data directory is reported to the user elsewhere; logging must not crash first).
    Calling it again replaces the handlers installed before.
    """
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
    root.setLevel(level)
    formatter = logging.Formatter(FORMAT)
    path: Path | None = log_dir(data_dir) / LOG_FILENAME
    handlers: list[logging.Handler] = []
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(RotatingFile(path, max_bytes, backup_count))
    except OSError:
        path = None
    if also_stderr or path is None:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(formatter)
        # On the handler, not the logger: records from every child logger pass through.
        handler.addFilter(ScrubFilter())
        root.addHandler(handler)
        _installed.append(handler)
    return path
