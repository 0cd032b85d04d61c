"""A full disk: the save fails with a clear message, nothing committed is lost, and
saving works again once space is freed.

Two versions: a real tiny tmpfs (needs root to mount; the test says SKIPPED otherwise)
and a simulated one (a connection wrapper raising SQLite's own disk-full error at
COMMIT), which runs everywhere.
"""

from __future__ import annotations

import sqlite3
import traceback

import pytest

from accesspoint import enquiries, hubs
from accesspoint.context import Actor
from accesspoint.db import DB_FILENAME, connect, open_database
from accesspoint.enquiries import EnquiryInput
from accesspoint.ops.storage import DISK_FULL, DiskFullError, as_storage_error, explain


def _actor(conn) -> Actor:
    hub = hubs.ensure_hub(conn, "Hub")
    user = hubs.add_user(conn, hub["id"], "Volunteer", "volunteer")
    return Actor(hub["id"], user["id"], "volunteer")


def _enquiry(i: int) -> EnquiryInput:
    return EnquiryInput(needs=["food"], description=f"enquiry {i} " + "x" * 6000)


def test_real_full_disk_on_a_tiny_tmpfs(tmpfs):
    folder = tmpfs(2048)
    conn = open_database(folder)
    actor = _actor(conn)
    filler = folder / "filler.bin"
    filler.write_bytes(b"\0" * 640 * 1024)  # freed later, to show saving resumes
    done: list[str] = []
    failure: BaseException | None = None
    for i in range(2000):
        try:
            done.append(enquiries.create_enquiry(conn, actor, _enquiry(i))["id"])
        except (sqlite3.Error, OSError) as exc:
            failure = exc
            break
    assert failure is not None, "the tmpfs never filled up"
    assert done, "nothing fitted before the disk filled"
    assert explain(failure) == DISK_FULL
    assert isinstance(as_storage_error(failure), DiskFullError)
    print("failed at:", traceback.format_tb(failure.__traceback__)[-1].strip().splitlines()[-1])
    # The connection is not left inside a half-open transaction.
    assert not conn.in_transaction
    # Free space; the next save works and everything saved before is there.
    filler.unlink()
    done.append(enquiries.create_enquiry(conn, actor, _enquiry(-1))["id"])
    conn.close()
    check = connect(folder / DB_FILENAME)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    have = {r[0] for r in check.execute("SELECT id FROM enquiries")}
    check.close()
    assert set(done) <= have


class FullAfter:
    """Wraps a connection; the COMMIT after `n` good ones fails like a full disk."""

    def __init__(self, conn: sqlite3.Connection, n: int):
        self._conn = conn
        self._left = n

    def execute(self, sql: str, *args):
        if sql.strip().upper() == "COMMIT":
            if self._left <= 0:
                # What SQLite does on SQLITE_FULL at commit: roll back, then report.
                self._conn.execute("ROLLBACK")
                raise sqlite3.OperationalError("database or disk is full")
            self._left -= 1
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self._conn, name)


def test_simulated_full_disk_at_commit(data_dir):
    raw = open_database(data_dir)
    actor = _actor(raw)
    conn = FullAfter(raw, 3)
    done = [enquiries.create_enquiry(conn, actor, _enquiry(i))["id"] for i in range(3)]
    with pytest.raises(sqlite3.OperationalError) as info:
        enquiries.create_enquiry(conn, actor, _enquiry(99))
    assert explain(info.value) == DISK_FULL
    assert "Everything saved before it is safe" in explain(info.value)
    raw.close()
    check = connect(data_dir / DB_FILENAME)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    have = [r[0] for r in check.execute("SELECT id FROM enquiries ORDER BY id")]
    check.close()
    assert sorted(done) == have  # the failed one is absent, the others all present
