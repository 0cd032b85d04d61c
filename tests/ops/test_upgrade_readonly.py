"""Updates keep data (older schema → migrated, with a backup first); a newer database
is refused with a clear message; a read-only data folder gets a clear message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from accesspoint import migrations
from accesspoint.db import DB_FILENAME, connect, open_database
from accesspoint.errors import DatabaseTooNewError
from accesspoint.ops.storage import ReadOnlyDataDirError, check_writable, explain
from tests.ops.conftest import remount_read_only

ROOT = Path(__file__).resolve().parents[2]


def make_old_database(data_dir: Path, upto: int, monkeypatch) -> None:
    """A database as an older release left it: only the first `upto` migration steps."""
    all_steps = migrations.steps()
    with monkeypatch.context() as m:
        m.setattr(migrations, "steps", lambda: all_steps[:upto])
        conn = open_database(data_dir)
    assert migrations.current_version(conn) == upto
    conn.execute("INSERT INTO settings (key, value) VALUES ('kept', '\"from v1\"')")
    conn.execute("INSERT INTO hubs (id, name, kind, created_at) VALUES"
                 " ('hub-1', 'Old Hub', 'community_centre', '2025-01-01T00:00:00.000Z')")
    conn.close()


@pytest.mark.skipif(migrations.latest_version() < 2, reason="only one schema version so far")
def test_older_schema_is_migrated_with_a_backup_first(data_dir, monkeypatch):
    make_old_database(data_dir, 1, monkeypatch)
    conn = open_database(data_dir)
    assert migrations.current_version(conn) == migrations.latest_version()
    assert conn.execute("SELECT value FROM settings WHERE key = 'kept'").fetchone()[0] \
        == '"from v1"'
    assert conn.execute("SELECT name FROM hubs WHERE id = 'hub-1'").fetchone()[0] == "Old Hub"
    conn.close()
    backups = list(data_dir.glob(f"{DB_FILENAME}.v1.*.bak"))
    assert len(backups) == 1
    old = connect(backups[0], readonly=True)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT count(*) FROM hubs").fetchone()[0] == 1
    old.close()


def _make_too_new(data_dir: Path) -> None:
    conn = open_database(data_dir)
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    conn.close()


def test_newer_database_is_refused_and_untouched(data_dir):
    _make_too_new(data_dir)
    before = (data_dir / DB_FILENAME).read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer AccessPoint"):
        open_database(data_dir)
    assert (data_dir / DB_FILENAME).read_bytes() == before


def test_cli_prints_one_line_for_a_newer_database(data_dir, plaintext_only):
    _make_too_new(data_dir)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "ui.launch", "--data-dir", str(data_dir), "export", "enquiries"],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("accesspoint: ") and "newer AccessPoint" in lines[0]


def _make_read_only(tmpfs, data_dir_fallback: Path) -> tuple[Path, str]:
    """A data folder that refuses writes: a tmpfs remounted read-only when we are root
    (chmod means nothing to root), else chmod 555."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        folder = tmpfs(4096)
        open_database(folder).close()
        remount_read_only(folder)
        return folder, "read-only tmpfs"
    open_database(data_dir_fallback).close()
    os.chmod(data_dir_fallback, 0o555)
    return data_dir_fallback, "chmod 555"


def test_read_only_data_folder_is_explained(tmpfs, data_dir):
    folder, how = _make_read_only(tmpfs, data_dir)
    try:
        with pytest.raises(ReadOnlyDataDirError) as info:
            check_writable(folder)
        message = str(info.value)
        assert "cannot write to its data folder" in message
        assert "write access" in message
        # And if something tried to open the database anyway, the error maps to the
        # same advice instead of a raw SQLite message.
        with pytest.raises(Exception) as raw:  # noqa: B017 - whatever SQLite/OS raises
            conn = open_database(folder)
            conn.execute("CREATE TABLE t (x)")
        assert explain(raw.value, folder) is not None, f"{how}: {raw.value!r}"
    finally:
        os.chmod(data_dir, 0o755)
