"""The one place the local database is opened.

Every connection comes from `connect`, so encryption at rest (SQLCipher) changes
only this module. Writes go through `transaction`, which takes the write lock
up front (BEGIN IMMEDIATE) so two writers never deadlock half-way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DB_FILENAME = "accesspoint.sqlite3"
BUSY_TIMEOUT_MS = 5000


def connect(path: Path | str, *, readonly: bool = False) -> sqlite3.Connection:
    """Open the database with the settings every caller relies on."""
    path = str(path)
    if readonly:
        conn = sqlite3.connect(
            f"file:{path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
        )
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly and path != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a reported save must survive a power cut on a hub PC.
    conn.execute("PRAGMA synchronous = FULL")
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One atomic write. Nested use becomes a savepoint inside the outer transaction."""
    if conn.in_transaction:
        name = f"sp_{id(conn)}_{_savepoint_counter()}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


_counter = 0


def _savepoint_counter() -> int:
    global _counter
    _counter += 1
    return _counter


def open_database(data_dir: Path | str) -> sqlite3.Connection:
    """Connect to the database in `data_dir` and bring its schema up to date."""
    from accesspoint.migrations import migrate

    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_FILENAME
    conn = connect(path)
    try:
        migrate(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn
