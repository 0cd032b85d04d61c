"""Is the database file sound, and if not, what can replace it?

`PRAGMA quick_check` at start-up catches a damaged file (a disk error, a copy
cut short, a sync tool overwriting it) before the app writes more on top. A
restore never deletes anything: the damaged file is moved aside for an expert.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from accesspoint.db import DB_FILENAME, connect
from accesspoint.errors import AccessPointError
from accesspoint.ops import backup

log = logging.getLogger(__name__)


@dataclass
class Health:
    ok: bool
    detail: str  # "ok", "missing", or the first problems sqlite reported


def check_file(path: Path | str, *, full: bool = False) -> Health:
    """quick_check (or integrity_check when `full`) on the file at `path`."""
    path = Path(path)
    if not path.exists():
        return Health(True, "missing")
    pragma = "integrity_check" if full else "quick_check"
    try:
        conn = connect(path, readonly=True)
        try:
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}(20)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return Health(False, str(exc))
    if rows == ["ok"]:
        return Health(True, "ok")
    return Health(False, "; ".join(rows[:5]))


def check_database(data_dir: Path | str) -> Health:
    return check_file(Path(data_dir) / DB_FILENAME)


def candidate_backups(data_dir: Path | str) -> list[Path]:
    """Backups to offer, newest first: the daily ones, then copies made before migrating."""
    data_dir = Path(data_dir)
    daily = backup.list_backups(data_dir)
    migration = sorted(data_dir.glob(f"{DB_FILENAME}.v*.bak"),
                       key=lambda p: p.stat().st_mtime, reverse=True)
    return daily + migration


def latest_good_backup(data_dir: Path | str) -> Path | None:
    """The newest backup that itself passes quick_check (a backup can be damaged too)."""
    for candidate in candidate_backups(data_dir):
        if _usable(candidate):
            return candidate
    return None


def _usable(path: Path) -> bool:
    try:
        return check_file(path).detail == "ok"
    except (AccessPointError, OSError):
        # No key opens it (copied from another hub's PC?): not a backup we can use.
        return False


def restore_backup(data_dir: Path | str, source: Path) -> Path:
    """Put `source` in place of the database; returns where the old file was moved.

    Refuses a backup newer than this app (the migrations check runs at the next
    open) but not an older one: opening it migrates it as usual.
    """
    data_dir = Path(data_dir)
    live = data_dir / DB_FILENAME
    if not _usable(source):
        raise ValueError("that backup is damaged too, or this computer has no key for it")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = live.with_name(f"{live.name}.damaged-{stamp}")
    if live.exists():
        os.replace(live, aside)
    for suffix in ("-wal", "-shm", "-journal"):
        side = live.with_name(live.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    tmp = live.with_name(live.name + ".restoring")
    shutil.copy2(source, tmp)
    os.replace(tmp, live)
    log.warning("database restored from backup %s; damaged file kept as %s",
                source.name, aside.name)
    return aside
