"""The one place the local database is opened.

Every connection comes from `connect`, so encryption at rest lives only here.
The database is a SQLCipher file (the `sqlcipher3` wheel: SQLite with page-level
AES-256 and an HMAC per page). Its key is 32 random bytes kept in the OS
keyring (accesspoint.security.keystore), never in a file. `PRAGMA key` is the
first statement on every connection, so nothing is read before the key is set.

Which key: a file belongs to the nearest data folder (itself or up to two
levels up, e.g. `backups/…`) whose key the keyring holds; a brand-new database
gets a new key when a keyring is available. Without a keyring, we refuse to
open unless plaintext was explicitly allowed (`--insecure-no-encryption` or
ACCESSPOINT_ALLOW_PLAINTEXT=1, for tests and demo machines only). An old
plaintext database is encrypted in place (`sqlcipher_export`) on first open.

Writes go through `transaction`, which takes the write lock up front
(BEGIN IMMEDIATE) so two writers never deadlock half-way.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

log = logging.getLogger(__name__)

DB_FILENAME = "accesspoint.sqlite3"
BUSY_TIMEOUT_MS = 5000
PLAINTEXT_ENV = "ACCESSPOINT_ALLOW_PLAINTEXT"
SQLITE_MAGIC = b"SQLite format 3\x00"

# Everyone annotates and catches with the stdlib names; a connection is sqlcipher's.
Connection = sqlite3.Connection


# sqlcipher3 and the keyring (through keystore, which scans every installed keyring
# backend) cost a cold start ~100-200 ms. Nothing needs them until a database is
# opened, which the app does on its DB worker after the window is shown, so they
# are imported on first use. `accesspoint.db.sqlcipher` / `.keystore` still work.
_sqlcipher_mod: ModuleType | None = None


def _sqlcipher() -> ModuleType:
    global _sqlcipher_mod
    if _sqlcipher_mod is None:
        from sqlcipher3 import dbapi2

        _alias_errors(dbapi2)
        _sqlcipher_mod = dbapi2
    return _sqlcipher_mod


def _keystore() -> ModuleType:
    from accesspoint.security import keystore

    return keystore


def __getattr__(name: str) -> Any:
    if name == "sqlcipher":
        return _sqlcipher()
    if name == "keystore":
        return _keystore()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _alias_errors(sqlcipher: ModuleType) -> None:
    """Make sqlcipher3's exceptions subclasses of the stdlib ones.

    The rest of the code (and the other engineers' tests) write
    `except sqlite3.IntegrityError`; without this, an encrypted database would
    raise exceptions those handlers silently miss. `except` matches on the MRO,
    so the stdlib class has to be a real base, not an ABC registration.
    """
    # The two roots keep their own base (CPython refuses that swap); every error
    # actually raised is one of these subclasses.
    for name in ("InterfaceError", "DatabaseError", "DataError", "OperationalError",
                 "IntegrityError", "InternalError", "ProgrammingError", "NotSupportedError"):
        ours, std = getattr(sqlcipher, name), getattr(sqlite3, name)
        if std not in ours.__mro__:
            ours.__bases__ = (*ours.__bases__, std)


class EncryptionError(sqlite3.DatabaseError):
    """The database cannot be opened safely (no key, no keyring, or the wrong key)."""


def plaintext_allowed() -> bool:
    return os.environ.get(PLAINTEXT_ENV, "").strip().lower() in ("1", "true", "yes")


def is_plaintext_file(path: Path | str) -> bool:
    """An unencrypted SQLite file starts with a fixed magic; SQLCipher's starts with salt."""
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _owner_key(path: Path) -> bytes | None:
    """The key of the data folder this file lives in (its own folder or up to two above)."""
    keystore = _keystore()
    folder = path.parent
    for candidate in (folder, folder.parent, folder.parent.parent):
        key = keystore.get_db_key(candidate)
        if key is not None:
            return key
    return None


def resolve_key(path: Path, *, readonly: bool = False) -> bytes | None:
    """The key to open `path` with, None for an (allowed) plaintext database."""
    key = _owner_key(path)
    if key is not None:
        return key
    keystore = _keystore()
    exists = _has_content(path)
    if readonly and not exists:
        return None  # nothing to read: never mint a key for a file that is not there
    if exists and not is_plaintext_file(path):
        if not keystore.backend_usable():
            raise keystore.KeyringUnavailableError(
                "This database is encrypted but no OS keyring is available to unlock it. "
                "Start AccessPoint in your own Windows/desktop session, or recover it with "
                "the printed recovery key (accesspoint security recover)."
            )
        raise keystore.KeyMissingError(
            "This database is encrypted and this computer's keyring has no key for it "
            "(a new user profile, or the folder was copied from elsewhere). Recover it with "
            "the printed recovery key: accesspoint security recover --data-dir FOLDER."
        )
    if keystore.backend_usable():
        if exists:
            encrypt_in_place(path)
            return _owner_key(path)
        return keystore.new_db_key(path.parent)
    if plaintext_allowed():
        return None
    raise keystore.KeyringUnavailableError(
        "No secure password store (OS keyring) is available on this computer, so the "
        "database cannot be encrypted and AccessPoint will not open it. Ask IT to enable "
        "the system keyring; on a test machine with no real residents' data you may start "
        "with --insecure-no-encryption (or ACCESSPOINT_ALLOW_PLAINTEXT=1)."
    )


def _raw(path: str, *, readonly: bool, key: bytes | None) -> sqlite3.Connection:
    sqlcipher = _sqlcipher()
    target = f"file:{path}?mode=ro" if readonly else path
    conn = sqlcipher.connect(target, uri=readonly, isolation_level=None, check_same_thread=False)
    if key is not None:
        # SQLCipher's own log goes to stderr by default; a failed key is reported
        # below in plain words instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        # First statement on the connection. The key is hex of random bytes, never
        # user input, so formatting it in cannot inject (PRAGMA takes no parameters).
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            conn.close()
            raise EncryptionError(
                "The database could not be unlocked with this computer's key (wrong key or "
                "a damaged file)."
            ) from exc
    return conn  # type: ignore[return-value]


def connect(path: Path | str, *, readonly: bool = False,
            key: bytes | None | str = "auto") -> sqlite3.Connection:
    """Open the database with the settings every caller relies on.

    `key`: "auto" (the keyring decides, see the module notes), raw key bytes, or
    None for an explicitly unencrypted file (only used when plaintext is allowed,
    and for exporting into an encrypted copy).
    """
    spath = str(path)
    if spath == ":memory:" or spath == "":
        resolved: bytes | None = None
    elif key == "auto":
        resolved = resolve_key(Path(spath), readonly=readonly)
    else:
        resolved = key  # type: ignore[assignment]
    conn = _raw(spath, readonly=readonly, key=resolved)
    conn.row_factory = _sqlcipher().Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly and spath != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a reported save must survive a power cut on a hub PC.
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def is_encrypted(conn: sqlite3.Connection) -> bool:
    """True when the connection was opened with a key (cipher in use)."""
    try:
        row = conn.execute("PRAGMA cipher_status").fetchone()
    except sqlite3.DatabaseError:
        return False
    return bool(row and str(row[0]) == "1")


def export_encrypted(src: sqlite3.Connection, target: Path, key: bytes | None) -> None:
    """Copy the whole database into a new file under `key` (None: plaintext) with
    sqlcipher_export, which also carries the schema version."""
    target.unlink(missing_ok=True)
    version = src.execute("PRAGMA user_version").fetchone()[0]
    keyspec = f"x'{key.hex()}'" if key is not None else ""
    # ATTACH takes the path as a bound parameter; the key is hex we generated.
    src.execute(f"ATTACH DATABASE ? AS export_target KEY \"{keyspec}\"", (str(target),))
    try:
        src.execute("SELECT sqlcipher_export('export_target')").fetchone()
        src.execute(f"PRAGMA export_target.user_version = {int(version)}")
    finally:
        src.execute("DETACH DATABASE export_target")


def encrypt_in_place(path: Path) -> None:
    """Turn an old plaintext database (and its migration copies) into encrypted ones."""
    keystore = _keystore()
    key = keystore.get_db_key(path.parent) or keystore.new_db_key(path.parent)
    # The daily backups (accesspoint/ops/backup.py) and pre-migration copies hold the
    # same residents' data, so they are encrypted too.
    copies = [*path.parent.glob(f"{path.name}.v*.bak"), *path.parent.glob("backups/*.sqlite3")]
    for plain in [path, *sorted(copies)]:
        if not is_plaintext_file(plain):
            continue
        src = _raw(str(plain), readonly=False, key=None)
        try:
            src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            tmp = plain.with_name(plain.name + ".encrypting")
            export_encrypted(src, tmp, key)
        finally:
            src.close()
        for side in ("-wal", "-shm"):
            plain.with_name(plain.name + side).unlink(missing_ok=True)
        os.replace(tmp, plain)
    log.info("an unencrypted database was encrypted in place")


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
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        # COMMIT can fail (disk full, I/O error); SQLite may or may not have rolled
        # back already, and a transaction left open would swallow later writes.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


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
