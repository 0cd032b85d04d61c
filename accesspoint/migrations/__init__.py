"""Ordered, numbered schema migrations tracked in PRAGMA user_version.

Each step is a module `mNNNN_name.py` with VERSION (its number) and either SQL
(a script) or apply(conn). A step runs in one transaction together with the
user_version bump, so a crash leaves the database at the previous version.
New databases run through the very same steps.
"""

from __future__ import annotations

import importlib
import pkgutil
import shutil
import sqlite3
from pathlib import Path
from types import ModuleType

from accesspoint.clock import utcnow
from accesspoint.errors import DatabaseTooNewError, msg


def steps() -> list[ModuleType]:
    mods = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            mods.append(importlib.import_module(f"{__name__}.{info.name}"))
    mods.sort(key=lambda m: m.VERSION)
    versions = [m.VERSION for m in mods]
    if versions != list(range(1, len(mods) + 1)):
        raise RuntimeError(f"migration numbers must run 1..N without gaps, got {versions}")
    return mods


def latest_version() -> int:
    return len(steps())


def current_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def backup_file(path: Path, version: int) -> Path:
    """Copy the database (and its WAL) aside before changing its schema."""
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.v{version}.{stamp}.bak")
    shutil.copy2(path, target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            shutil.copy2(side, target.with_name(target.name + suffix))
    return target


def migrate(conn: sqlite3.Connection, path: Path | None = None) -> list[int]:
    """Apply pending steps; returns the versions applied."""
    todo = steps()
    have = current_version(conn)
    newest = len(todo)
    if have > newest:
        raise DatabaseTooNewError(
            msg(
                "This database was written by a newer AccessPoint (schema {have}; this version "
                "understands up to {newest}). Install the newer version; the data is untouched.",
                have=have, newest=newest)
        )
    if have == newest:
        return []
    if have > 0 and path is not None and Path(path).exists():
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        backup_file(Path(path), have)
    applied = []
    for step in todo[have:]:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if hasattr(step, "apply"):
                step.apply(conn)
            else:
                _run_script(conn, step.SQL)
            conn.execute(f"PRAGMA user_version = {int(step.VERSION)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.append(step.VERSION)
    return applied


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # executescript would COMMIT our transaction; run statements one by one instead.
    # Split on ';' and join pieces until SQLite says a statement is complete, so
    # semicolons inside trigger bodies and strings stay where they belong.
    buf = ""
    for piece in script.split(";"):
        buf += piece + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \t\r\n;"):
                conn.execute(buf)
            buf = ""
    if buf.strip(" \t\r\n;"):
        conn.execute(buf)
