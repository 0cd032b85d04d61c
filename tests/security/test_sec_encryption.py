"""Encryption at rest: unreadable without or with the wrong key; key in no file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from accesspoint import db, people
from accesspoint.db import DB_FILENAME, connect, is_encrypted, open_database
from accesspoint.security import keystore
from accesspoint.security.keystore import KeyMissingError, KeyringUnavailableError

SECRET_NAME = "Zebedee-Quixotic"


def _fill(conn, actor) -> None:
    people.create_person(conn, actor, given_name=SECRET_NAME, family_name="Ottoline",
                         phone="07700 900123")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def test_new_database_is_encrypted_and_plain_sqlite_cannot_read_it(enc_dir, enc_conn,
                                                                   coordinator):
    _fill(enc_conn, coordinator)
    assert is_encrypted(enc_conn)
    path = enc_dir / DB_FILENAME
    assert not path.read_bytes().startswith(b"SQLite format 3")
    plain = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        plain.execute("SELECT count(*) FROM people").fetchone()
    plain.close()


def test_wrong_key_and_no_key_fail(enc_dir, enc_conn, coordinator):
    _fill(enc_conn, coordinator)
    path = enc_dir / DB_FILENAME
    with pytest.raises(db.EncryptionError):
        connect(path, key=b"\x01" * 32)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        connect(path, key=None)


def test_key_and_personal_data_absent_from_every_file(enc_dir, enc_conn, coordinator):
    _fill(enc_conn, coordinator)
    enc_conn.close()
    key = keystore.get_db_key(enc_dir)
    assert key is not None
    needles = [key, key.hex().encode(), key.hex().upper().encode(),
               keystore.recovery_key(key).encode(), SECRET_NAME.encode()]
    files = [p for p in enc_dir.rglob("*") if p.is_file()]
    assert files
    for f in files:
        blob = f.read_bytes()
        for needle in needles:
            assert needle not in blob, f"{needle[:6]!r}… found in {f.name}"


def test_missing_key_gives_a_recovery_message(enc_dir, enc_conn, coordinator):
    _fill(enc_conn, coordinator)
    enc_conn.close()
    key = keystore.get_db_key(enc_dir)
    keystore.forget_db_key(enc_dir)
    with pytest.raises(KeyMissingError, match="recovery key"):
        open_database(enc_dir)
    # The printed recovery key puts it back.
    keystore.store_db_key(enc_dir, keystore.parse_recovery_key(keystore.recovery_key(key)))
    conn = open_database(enc_dir)
    assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 1
    conn.close()


def test_recovery_key_round_trip_and_typo():
    key = bytes(range(32))
    text = keystore.recovery_key(key)
    assert keystore.parse_recovery_key(text.lower().replace("-", " ")) == key
    broken = ("B" if text[0] != "B" else "C") + text[1:]
    with pytest.raises(Exception, match="not right"):
        keystore.parse_recovery_key(broken)


def test_no_keyring_refuses_unless_plaintext_allowed(tmp_path: Path, no_keyring, monkeypatch):
    with pytest.raises(KeyringUnavailableError, match="insecure-no-encryption"):
        open_database(tmp_path / "a")
    monkeypatch.setenv(db.PLAINTEXT_ENV, "1")
    conn = open_database(tmp_path / "a")
    assert not is_encrypted(conn)
    conn.close()


def test_existing_plaintext_database_is_encrypted_in_place(tmp_path: Path, memkeyring,
                                                           monkeypatch):
    folder = tmp_path / "old"
    # An old, unencrypted hub database (made while plaintext was allowed, no keyring).
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv(db.PLAINTEXT_ENV, "1")
    conn = open_database(folder)
    conn.execute("INSERT INTO settings (key, value) VALUES ('marker', '\"kept\"')")
    (folder / "backups").mkdir()
    daily = folder / "backups" / "accesspoint-20260101-000000.sqlite3"
    conn.execute("VACUUM INTO ?", (str(daily),))
    conn.close()
    assert (folder / DB_FILENAME).read_bytes().startswith(b"SQLite format 3")
    # Now a keyring exists: the next open encrypts it.
    keyring.set_keyring(memkeyring)
    monkeypatch.delenv(db.PLAINTEXT_ENV)
    conn = open_database(folder)
    assert is_encrypted(conn)
    assert conn.execute("SELECT value FROM settings WHERE key='marker'").fetchone()[0] == '"kept"'
    conn.close()
    assert not (folder / DB_FILENAME).read_bytes().startswith(b"SQLite format 3")
    assert not daily.read_bytes().startswith(b"SQLite format 3")
    copy = connect(daily)
    assert copy.execute("SELECT count(*) FROM settings WHERE key='marker'").fetchone()[0] == 1
    copy.close()


def test_sqlcipher_errors_are_caught_as_stdlib_errors(enc_conn):
    enc_conn.execute("CREATE TABLE t (x PRIMARY KEY)")
    enc_conn.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(sqlite3.IntegrityError):
        enc_conn.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(sqlite3.OperationalError):
        enc_conn.execute("SELECT * FROM no_such_table")


def test_files_in_backups_subfolder_use_the_hub_key(enc_dir, enc_conn, coordinator):
    _fill(enc_conn, coordinator)
    side = enc_dir / "backups" / "copy.sqlite3"
    side.parent.mkdir()
    dst = connect(side)
    enc_conn.backup(dst)
    assert dst.execute("SELECT count(*) FROM people").fetchone()[0] == 1
    dst.close()
    assert not side.read_bytes().startswith(b"SQLite format 3")


def test_a_copied_data_folder_opens_on_the_same_pc_only(enc_dir, enc_conn, coordinator,
                                                         tmp_path, memkeyring):
    import shutil

    _fill(enc_conn, coordinator)
    enc_conn.close()
    copy = tmp_path / "moved"
    shutil.copytree(enc_dir, copy)
    conn = open_database(copy)  # the id file names the same keyring entry
    assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 1
    conn.close()
    memkeyring.items.clear()  # another PC: same files, empty keyring
    keystore.clear_cache()
    with pytest.raises(KeyMissingError):
        open_database(copy)
