"""A coordinator's backup to a file they choose, and restore into any data folder.

The file is a short JSON header line after a magic line, then a SQLCipher copy of
the database made with `sqlcipher_export` under the same key: without that key
(this PC's keyring, or the printed recovery key) it is unreadable. The header
holds no personal data: format, schema version, when, a key check (8 hex of the
key's SHA-256, to say "wrong recovery key" rather than "damaged"), and the name
of the keyring entry holding the key (a random id), so a restore on the same PC
finds the key without the recovery key.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from accesspoint.clock import utcnow, utcnow_iso
from accesspoint.context import Actor
from accesspoint.db import DB_FILENAME, EncryptionError, connect, export_encrypted
from accesspoint.errors import AccessPointError
from accesspoint.security import audit, keystore
from accesspoint.security.permissions import require

MAGIC = b"ACCESSPOINT-BACKUP 1\n"
MAX_HEADER = 4096


def _key_check(key: bytes | None) -> str:
    return hashlib.sha256(key).hexdigest()[:8] if key else ""


def backup_to(conn: sqlite3.Connection, actor: Actor, data_dir: Path | str,
              out: Path | str) -> dict[str, Any]:
    """Write an encrypted backup of the open database to `out` (atomically)."""
    require(actor, "backup")
    data_dir, out = Path(data_dir), Path(out)
    key = keystore.get_db_key(data_dir)
    header = {
        "format": 1,
        "created_at": utcnow_iso(),
        "schema": conn.execute("PRAGMA user_version").fetchone()[0],
        "encrypted": key is not None,
        "key_check": _key_check(key),
        "key_entry": (keystore.db_entry(data_dir) or "") if key else "",
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp_db = out.with_name(out.name + ".db.part")
    part = out.with_name(out.name + ".part")
    try:
        export_encrypted(conn, tmp_db, key)
        with part.open("wb") as fh:
            fh.write(MAGIC)
            fh.write(json.dumps(header).encode("utf-8") + b"\n")
            with tmp_db.open("rb") as src:
                shutil.copyfileobj(src, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, out)
    finally:
        tmp_db.unlink(missing_ok=True)
        part.unlink(missing_ok=True)
    audit.record(conn, actor, "backup", "database", "", f"schema={header['schema']}")
    return header


def read_header(path: Path | str) -> tuple[dict[str, Any], int]:
    """The header and the offset where the database bytes start."""
    with Path(path).open("rb") as fh:
        if fh.read(len(MAGIC)) != MAGIC:
            raise AccessPointError("That file is not an AccessPoint backup.")
        line = fh.readline(MAX_HEADER)
        try:
            header = json.loads(line)
        except ValueError as exc:
            raise AccessPointError("That backup's header is damaged.") from exc
        return header, fh.tell()


def _candidate_keys(header: dict[str, Any], target_dir: Path,
                    recovery: str | None) -> list[bytes]:
    keys: list[bytes] = []
    if recovery:
        keys.append(keystore.parse_recovery_key(recovery))
    own = keystore.get_db_key(target_dir)
    if own:
        keys.append(own)
    source = keystore.get_key_by_entry(str(header.get("key_entry") or ""))
    if source:
        keys.append(source)
    return [k for k in keys if _key_check(k) == header.get("key_check")]


def restore_from(backup: Path | str, target_dir: Path | str,
                 recovery_key: str | None = None) -> Path:
    """Put a backup in place as `target_dir`'s database; an existing one is moved aside.

    If the target folder already has its own key, the restored copy is re-keyed to
    it, so the folder keeps one key and one recovery key.
    """
    backup, target_dir = Path(backup), Path(target_dir)
    header, offset = read_header(backup)
    target_dir.mkdir(parents=True, exist_ok=True)
    staging = target_dir / f"{DB_FILENAME}.restoring"
    with backup.open("rb") as src, staging.open("wb") as dst:
        src.seek(offset)
        shutil.copyfileobj(src, dst)
    try:
        key = None
        if header.get("encrypted"):
            keys = _candidate_keys(header, target_dir, recovery_key)
            if not keys:
                raise AccessPointError(
                    "This backup is encrypted with a key this computer does not hold. Give "
                    "the recovery key printed when that hub was set up (--recovery-key).")
            key = keys[0]
        conn = connect(staging, key=key)
        try:
            own = keystore.get_db_key(target_dir)
            if key is None and (own is not None or keystore.backend_usable()):
                # A plaintext backup (made on a test machine) comes back encrypted.
                own = own or keystore.new_db_key(target_dir)
                sealed = staging.with_name(staging.name + ".enc")
                export_encrypted(conn, sealed, own)
                conn.close()
                os.replace(sealed, staging)
                conn = connect(staging, key=own)
            elif key is not None and own is None:
                keystore.store_db_key(target_dir, key)
            elif key is not None and own != key:
                conn.execute(f"PRAGMA rekey = \"x'{own.hex()}'\"")  # hex we generated
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    except (sqlite3.DatabaseError, EncryptionError) as exc:
        staging.unlink(missing_ok=True)
        raise AccessPointError("The backup could not be read: it is damaged or the key is "
                               "wrong.") from exc
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    live = target_dir / DB_FILENAME
    if live.exists():
        aside = target_dir / f"{DB_FILENAME}.before-restore-{utcnow().strftime('%Y%m%dT%H%M%SZ')}"
        os.replace(live, aside)
    for side in ("-wal", "-shm"):
        live.with_name(live.name + side).unlink(missing_ok=True)
    os.replace(staging, live)
    return live
