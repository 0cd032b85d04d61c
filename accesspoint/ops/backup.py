"""Daily automatic local backups with SQLite's online backup API.

Both ends are opened with `accesspoint.db.connect`, so when the database is
encrypted the backup is written with the same key and stays encrypted. The copy
goes to a `.part` file first and is renamed only when complete, so a crash or a
full disk mid-backup never leaves something that looks like a good backup.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from accesspoint.db import DB_FILENAME, connect

log = logging.getLogger(__name__)

BACKUP_DIRNAME = "backups"
KEEP_DEFAULT = 14
KEEP_SETTING = "backup_keep"  # domain setting (accesspoint.settings) overriding the default
PREFIX = "accesspoint-"
SUFFIX = ".sqlite3"
# Copy in slices so a large database does not hold the read lock for long.
PAGES_PER_STEP = 256


def backup_dir(data_dir: Path | str) -> Path:
    return Path(data_dir) / BACKUP_DIRNAME


def list_backups(data_dir: Path | str) -> list[Path]:
    """Completed daily backups, newest first (names sort by time)."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir()
             if p.name.startswith(PREFIX) and p.name.endswith(SUFFIX)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S")


def backup_now(data_dir: Path | str, *, keep: int = KEEP_DEFAULT,
               now: datetime | None = None, source: sqlite3.Connection | None = None) -> Path:
    """Copy the database to `backups/accesspoint-YYYYMMDD-HHMMSS.sqlite3`, prune to `keep`.

    `source` lets the app reuse its open connection (the backup API reads a
    consistent snapshot while other work continues); otherwise one is opened.
    """
    data_dir = Path(data_dir)
    moment = now or datetime.now().astimezone()
    folder = backup_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{PREFIX}{_stamp(moment)}{SUFFIX}"
    n = 1
    while target.exists():  # two backups in one second (tests, a manual click)
        target = folder / f"{PREFIX}{_stamp(moment)}-{n}{SUFFIX}"
        n += 1
    part = target.with_name(target.name + ".part")
    src = source or connect(data_dir / DB_FILENAME, readonly=True)
    try:
        dst = connect(part)
        try:
            src.backup(dst, pages=PAGES_PER_STEP)
            # A backup is one file: fold the WAL in so copying it elsewhere is safe.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        _fsync(part)
        os.replace(part, target)
    except BaseException:
        for leftover in (part, *_sidecars(part)):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        if source is None:
            src.close()
    prune(data_dir, keep)
    log.info("backup written (%d bytes), keeping %d", target.stat().st_size, keep)
    return target


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def prune(data_dir: Path | str, keep: int = KEEP_DEFAULT) -> list[Path]:
    """Delete all but the newest `keep` backups (and stale .part files); returns deleted."""
    removed = []
    for old in list_backups(data_dir)[max(keep, 1):]:
        old.unlink(missing_ok=True)
        removed.append(old)
    folder = backup_dir(data_dir)
    if folder.is_dir():
        for stale in folder.glob(f"{PREFIX}*.part*"):
            stale.unlink(missing_ok=True)
    return removed


def backup_due(data_dir: Path | str, now: datetime | None = None,
               every: timedelta = timedelta(days=1)) -> bool:
    """True when there is no backup yet or the newest is older than `every`."""
    backups = list_backups(data_dir)
    if not backups:
        return True
    moment = now or datetime.now().astimezone()
    newest = datetime.fromtimestamp(backups[0].stat().st_mtime).astimezone()
    return moment - newest >= every


def ensure_daily_backup(data_dir: Path | str, *, keep: int = KEEP_DEFAULT,
                        now: datetime | None = None,
                        source: sqlite3.Connection | None = None) -> Path | None:
    """Back up if a day has passed since the last backup. Never raises: a failed backup
    is logged and retried next time, it must not stop a volunteer working."""
    data_dir = Path(data_dir)
    if not (data_dir / DB_FILENAME).exists() or not backup_due(data_dir, now):
        return None
    try:
        return backup_now(data_dir, keep=keep, now=now, source=source)
    except (OSError, sqlite3.Error) as exc:
        log.warning("daily backup failed: %s", type(exc).__name__, exc_info=True)
        return None
