"""Turn storage failures into messages a volunteer can act on.

SQLite and the OS report a full disk, a read-only folder, a locked or damaged
file in many shapes (sqlite3.OperationalError text, OSError errno). `explain`
maps them all to one of a few plain-English messages; nothing here retries or
hides the error, because a failed save must never look like a saved one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path

from accesspoint.errors import AccessPointError, Message, msg


class StorageError(AccessPointError):
    """A storage problem with a message for the user; `kind` names it for code."""

    kind = "storage"


class DiskFullError(StorageError):
    kind = "disk_full"


class ReadOnlyDataDirError(StorageError):
    kind = "read_only"


class DatabaseCorruptError(StorageError):
    kind = "corrupt"

    def __init__(self, message: str, backup: Path | None = None):
        super().__init__(message)
        self.backup = backup


class AlreadyRunningError(StorageError):
    kind = "already_running"


# Messages (accesspoint.errors.msg): English here, shown in the volunteer's language.
DISK_FULL = msg(
    "The computer's disk is full, so the last change could not be saved. Everything "
    "saved before it is safe. Free some space (empty the Recycle Bin, delete large "
    "downloads), then try again; what you typed is still on the screen."
)


def read_only(folder: str) -> Message:
    return msg(
        "AccessPoint cannot write to its data folder ({folder}). It may be on a read-only "
        "drive or its permissions changed. Ask whoever looks after this computer to give "
        "your user write access to that folder, then start AccessPoint again.",
        folder=folder)


LOCKED = msg(
    "The database is busy in another program (perhaps a second copy of AccessPoint or "
    "a backup tool). Close it and try again; nothing was lost."
)
CORRUPT = msg(
    "The database file is damaged and cannot be read safely. AccessPoint can restore "
    "the latest backup; the damaged file is kept aside, not deleted."
)

_FULL_TEXT = ("database or disk is full", "no space left")
_READ_ONLY_TEXT = ("readonly database", "read-only", "unable to open database file")
_CORRUPT_TEXT = ("malformed", "file is not a database", "disk image is malformed")


def explain(exc: BaseException, data_dir: Path | str | None = None) -> str | None:
    """The user-facing message for a storage failure, or None if `exc` is not one."""
    if isinstance(exc, StorageError):
        return exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
    folder = display_path(data_dir) if data_dir else msg("the data folder")
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return DISK_FULL
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return read_only(folder)
        return None
    # Looked up, not imported: the app installs its handlers before the first paint,
    # when no database module is loaded yet (and so no sqlite3 error can exist).
    sqlite3 = sys.modules.get("sqlite3")
    if sqlite3 is not None and isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        if any(t in text for t in _FULL_TEXT):
            return DISK_FULL
        if any(t in text for t in _CORRUPT_TEXT):
            return CORRUPT
        if any(t in text for t in _READ_ONLY_TEXT):
            return read_only(folder)
        if "locked" in text or "busy" in text:
            return LOCKED
    return None


def as_storage_error(exc: BaseException, data_dir: Path | str | None = None) -> StorageError | None:
    """`exc` rewrapped as the matching StorageError subclass (or None)."""
    message = explain(exc, data_dir)
    if message is None:
        return None
    if message == DISK_FULL:
        return DiskFullError(message)
    if message == CORRUPT:
        return DatabaseCorruptError(message)
    if message == LOCKED:
        return StorageError(message)
    return ReadOnlyDataDirError(message)


def display_path(path: Path | str) -> str:
    """The path with the home folder shown as ~, so messages and reports do not carry
    the Windows/Linux user name."""
    text = str(path)
    home = str(Path.home())
    if home and home != "/" and text.startswith(home):
        return "~" + text[len(home):]
    return text


def check_writable(data_dir: Path | str) -> None:
    """Raise ReadOnlyDataDirError (or DiskFullError) unless the folder takes a new file.

    A real write with fsync, not os.access: access() says yes to root on a read-only
    mount and knows nothing of full disks or network shares.
    """
    folder = Path(data_dir)
    probe = folder / f".write-test-{os.getpid()}-{os.urandom(8).hex()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, b"ok")
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        error = as_storage_error(exc, folder)
        raise (error or ReadOnlyDataDirError(read_only(display_path(folder)))) \
            from exc
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
