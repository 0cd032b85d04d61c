"""Daily backups, corrupted-database detection and restore."""

from __future__ import annotations

import os
from datetime import datetime, timedelta

import pytest

from accesspoint.db import DB_FILENAME, connect, is_encrypted, is_plaintext_file, open_database
from accesspoint.ops import backup, health
from tests.ops.conftest import seed_people


def _count(path, table="people") -> int:
    conn = connect(path, readonly=True)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_backup_is_complete_and_keeps_last_n(conn, actor, data_dir):
    seed_people(conn, actor)
    start = datetime(2026, 1, 1, 9, 0).astimezone()
    made = [backup.backup_now(data_dir, keep=3, now=start + timedelta(days=i), source=conn)
            for i in range(5)]
    kept = backup.list_backups(data_dir)
    assert kept == sorted(made[-3:], reverse=True)
    assert _count(kept[0]) == 2
    assert health.check_file(kept[0]).detail == "ok"
    assert not list(backup.backup_dir(data_dir).glob("*.part*"))


def test_daily_backup_only_when_a_day_has_passed(conn, data_dir):
    first = backup.ensure_daily_backup(data_dir, source=conn)
    assert first is not None
    assert backup.ensure_daily_backup(data_dir, source=conn) is None
    old = (datetime.now() - timedelta(days=2)).timestamp()
    os.utime(first, (old, old))
    assert backup.ensure_daily_backup(data_dir, source=conn) is not None


def test_backup_of_an_encrypted_database_stays_encrypted(tmp_path, memkeyring):
    data_dir = tmp_path / "hub"
    conn = open_database(data_dir)
    assert is_encrypted(conn)
    conn.execute("INSERT INTO settings (key, value) VALUES ('marker', '1')")
    target = backup.backup_now(data_dir, source=conn)
    conn.close()
    assert not is_plaintext_file(target)  # not readable without the key
    copy = connect(target, readonly=True)  # the data folder's key opens it
    assert copy.execute("SELECT value FROM settings WHERE key = 'marker'").fetchone()[0] == "1"
    copy.close()


def _corrupt(path, at: int = 4096 + 100, size: int = 8192) -> None:
    with open(path, "r+b") as fh:
        fh.seek(at)
        fh.write(os.urandom(size))


def test_damaged_pages_are_detected(conn, actor, data_dir):
    seed_people(conn, actor)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert health.check_database(data_dir).detail == "ok"
    _corrupt(data_dir / DB_FILENAME)
    result = health.check_database(data_dir)
    assert not result.ok
    assert result.detail != "ok"


def test_garbage_after_the_header_is_detected(data_dir):
    (data_dir / DB_FILENAME).write_bytes(b"SQLite format 3\x00" + os.urandom(64 * 1024))
    assert not health.check_database(data_dir).ok


def test_unreadable_without_a_key_is_not_called_damage(data_dir):
    # Random bytes look exactly like an encrypted file; without its key that is a
    # key problem (explained by the recovery message), not a reason to restore.
    from accesspoint.errors import AccessPointError

    (data_dir / DB_FILENAME).write_bytes(os.urandom(64 * 1024))
    with pytest.raises(AccessPointError):
        health.check_database(data_dir)


def test_restore_latest_good_backup_keeps_damaged_file(conn, actor, data_dir):
    seed_people(conn, actor)
    good = backup.backup_now(data_dir, source=conn)
    conn.close()
    # A newer backup that is itself damaged must be skipped.
    bad = backup.backup_dir(data_dir) / "accesspoint-29991231-000000.sqlite3"
    bad.write_bytes(os.urandom(8192))
    _corrupt(data_dir / DB_FILENAME, at=100, size=4096)
    assert not health.check_database(data_dir).ok
    assert health.latest_good_backup(data_dir) == good
    aside = health.restore_backup(data_dir, good)
    assert aside.exists() and "damaged" in aside.name
    assert health.check_database(data_dir).detail == "ok"
    reopened = open_database(data_dir)
    assert reopened.execute("SELECT count(*) FROM people").fetchone()[0] == 2
    reopened.close()


def test_restore_refuses_a_damaged_backup(data_dir, tmp_path):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(os.urandom(8192))
    with pytest.raises(ValueError, match="damaged"):
        health.restore_backup(data_dir, broken)
