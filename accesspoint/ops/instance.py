"""One AccessPoint per data directory.

Two copies writing the same database would each keep a stale view and fight
over the write lock. The GUI takes this file lock before opening the database.
It is an OS lock (flock / msvcrt), so the OS drops it when the process dies,
even on SIGKILL or a power cut: no stale lock file to clean up by hand. The Qt
side (ui/ops/single_instance.py) adds the "bring the first window to the front"
message on top, using the same key.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

LOCK_FILENAME = ".accesspoint.lock"


def instance_key(data_dir: Path | str) -> str:
    """A short name derived from the data directory (same folder → same key), safe
    for a QLocalServer name on every platform."""
    import hashlib  # here: OpenSSL's start-up is only needed once the app listens

    resolved = os.path.normcase(str(Path(data_dir).expanduser().resolve()))
    digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:16]
    return f"accesspoint-{digest}"


class InstanceLock:
    """A non-blocking exclusive lock on `<data_dir>/.accesspoint.lock`."""

    def __init__(self, data_dir: Path | str):
        self.path = Path(data_dir) / LOCK_FILENAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """True if this process now holds the lock; False if another process does.
        OSError (e.g. a read-only folder) propagates: that is a different problem."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            return False
        # The pid is for people reading the folder; the lock itself is what counts.
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


def is_running(data_dir: Path | str) -> bool:
    """True if another process holds the lock for `data_dir` (checked without keeping it)."""
    lock = InstanceLock(data_dir)
    try:
        if lock.acquire():
            lock.release()
            return False
    except OSError:
        return False
    return True


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
