import sqlite3
from pathlib import Path

import pytest

from accesspoint import migrations
from accesspoint.db import DB_FILENAME, connect, open_database, transaction
from accesspoint.errors import DatabaseTooNewError
from accesspoint.ids import is_uuid, new_id

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "schemas"


def test_new_database_has_latest_schema_and_settings(data_dir):
    conn = open_database(data_dir)
    assert migrations.current_version(conn) == migrations.latest_version()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_refuses_database_newer_than_app(data_dir):
    conn = open_database(data_dir)
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    conn.close()
    with pytest.raises(DatabaseTooNewError, match="newer AccessPoint"):
        open_database(data_dir)


def test_transaction_rolls_back_on_error(conn):
    with pytest.raises(RuntimeError), transaction(conn):
        conn.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
        raise RuntimeError("boom")
    assert conn.execute("SELECT COUNT(*) FROM settings WHERE key = 'a'").fetchone()[0] == 0


def test_nested_transaction_is_a_savepoint(conn):
    with transaction(conn):
        conn.execute("INSERT INTO settings (key, value) VALUES ('outer', '1')")
        with pytest.raises(ValueError), transaction(conn):
            conn.execute("INSERT INTO settings (key, value) VALUES ('inner', '1')")
            raise ValueError
    keys = {r[0] for r in conn.execute("SELECT key FROM settings")}
    assert "outer" in keys and "inner" not in keys


def test_failed_migration_step_leaves_previous_version(data_dir, monkeypatch):
    path = data_dir / DB_FILENAME
    conn = connect(path)
    good = migrations.steps()[0]

    class Broken:
        VERSION = 2
        SQL = "CREATE TABLE half_done (x); THIS IS NOT SQL;"

    monkeypatch.setattr(migrations, "steps", lambda: [good, Broken])
    with pytest.raises(sqlite3.OperationalError):
        migrations.migrate(conn, path)
    assert migrations.current_version(conn) == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables


def _fixture_paths():
    return sorted(FIXTURES.glob("v*.sqlite3"))


def test_there_is_a_fixture_for_every_past_schema_version():
    versions = {int(p.stem[1:]) for p in _fixture_paths()}
    assert set(range(1, migrations.latest_version())) <= versions


@pytest.mark.parametrize("fixture", _fixture_paths(), ids=lambda p: p.stem)
def test_upgrade_fixture_in_place_keeps_data_and_backs_up(fixture, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    target = data_dir / DB_FILENAME
    target.write_bytes(fixture.read_bytes())
    before = connect(target)
    old_version = migrations.current_version(before)
    enquiries_before = before.execute("SELECT COUNT(*) FROM enquiries").fetchone()[0]
    people_before = before.execute("SELECT COUNT(*) FROM people").fetchone()[0]
    before.close()
    assert enquiries_before > 0

    conn = open_database(data_dir)
    assert migrations.current_version(conn) == migrations.latest_version()
    assert conn.execute("SELECT COUNT(*) FROM enquiries").fetchone()[0] == enquiries_before
    assert conn.execute("SELECT COUNT(*) FROM people").fetchone()[0] == people_before
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    if old_version < migrations.latest_version():
        backups = list(data_dir.glob(f"{DB_FILENAME}.v{old_version}.*.bak"))
        assert len(backups) == 1
        assert migrations.current_version(connect(backups[0])) == old_version


def test_ids_are_unique_sortable_uuids():
    ids = [new_id() for _ in range(2000)]
    assert len(set(ids)) == 2000
    assert ids == sorted(ids)
    assert all(is_uuid(i) for i in ids)
    assert all(i[14] == "7" for i in ids)  # version nibble


def test_failed_commit_leaves_no_open_transaction(conn):
    conn.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE child (pid INTEGER REFERENCES parent(id)"
                 " DEFERRABLE INITIALLY DEFERRED)")
    with pytest.raises(sqlite3.IntegrityError), transaction(conn):
        conn.execute("INSERT INTO child VALUES (42)")  # checked only at COMMIT
    assert not conn.in_transaction
    with transaction(conn):
        conn.execute("INSERT INTO parent VALUES (1)")
    assert conn.execute("SELECT COUNT(*) FROM parent").fetchone()[0] == 1
    assert conn.execute("SELECT COUNT(*) FROM child").fetchone()[0] == 0
