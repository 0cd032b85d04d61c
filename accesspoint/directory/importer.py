"""Atomic import and refresh of the directory from an ORUK feed.

Two phases. First the whole feed is read, checked and staged in a temporary
table (on disk, not in memory); any error stops here and the directory in use
is untouched. Then one short write transaction applies the staged services and
retires those that disappeared from this source, with counts.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import asdict, dataclass, field
from typing import Any

from accesspoint.clock import utcnow_iso
from accesspoint.db import transaction
from accesspoint.directory import store
from accesspoint.directory.errors import FeedError, ImportCancelledError
from accesspoint.directory.oruk_map import Mapper
from accesspoint.directory.oruk_read import FeedReader, Progress
from accesspoint.ids import new_id


@dataclass
class ImportResult:
    origin: str
    version: str
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    duplicates: int = 0
    stale: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.added + self.changed + self.unchanged

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "total": self.total}


def import_directory(conn: sqlite3.Connection, source: str, *,
                     progress: Progress | None = None, cancel: threading.Event | None = None,
                     origin: str | None = None, retire_missing: bool = True,
                     **reader_options: Any) -> ImportResult:
    cancel = cancel or threading.Event()
    report = progress or (lambda done, total, message: None)
    reader = FeedReader(source, progress=report, cancel=cancel, **reader_options)
    origin = origin or reader.origin
    mapper = Mapper()
    conn.execute("DROP TABLE IF EXISTS temp.dir_stage")
    conn.execute("CREATE TEMP TABLE dir_stage (id TEXT PRIMARY KEY, hash TEXT NOT NULL,"
                 " data TEXT NOT NULL, stale INTEGER NOT NULL)")
    try:
        duplicates = _stage(conn, reader, mapper, cancel, report)
        staged = conn.execute("SELECT COUNT(*) FROM temp.dir_stage").fetchone()[0]
        if reader.expected is not None and staged + duplicates < reader.expected:
            raise FeedError(f"the feed promised {reader.expected} services but only "
                            f"{staged + duplicates} arrived; it looks cut short, so nothing "
                            "was changed", where=source)
        result = ImportResult(origin=origin, version=reader.version or _guess(conn),
                              duplicates=duplicates)
        result.warnings = reader.warnings + mapper.warnings
        if duplicates:
            result.warnings.append(f"{duplicates} services appeared more than once; the last "
                                   "copy of each was kept.")
        _apply(conn, result, cancel, report, retire_missing and not reader.partial,
               staged)
        return result
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.dir_stage")


def _stage(conn: sqlite3.Connection, reader: FeedReader, mapper: Mapper,
           cancel: threading.Event, report: Progress) -> int:
    duplicates = 0
    for n, (raw, where) in enumerate(reader, 1):
        if n % 200 == 0 and cancel.is_set():
            raise ImportCancelledError()
        record = mapper.normalise(raw, where)
        values = (store.content_hash(record), json.dumps(record, ensure_ascii=False),
                  int(store.is_stale(record.get("assured_date"))), record["id"])
        if conn.execute("SELECT 1 FROM temp.dir_stage WHERE id = ?", (record["id"],)
                        ).fetchone():
            duplicates += 1  # the last copy wins, as a publisher's later edit would
            conn.execute("UPDATE temp.dir_stage SET hash = ?, data = ?, stale = ?"
                         " WHERE id = ?", values)
        else:
            conn.execute("INSERT INTO temp.dir_stage (hash, data, stale, id)"
                         " VALUES (?, ?, ?, ?)", values)
        if n % 500 == 0 and not reader.is_url:
            report(n, reader.expected, f"read {n} services")
    return duplicates


def _guess(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT data FROM temp.dir_stage LIMIT 1").fetchone()
    return json.loads(row[0]).get("oruk_version", "3.0") if row else "3.0"


def _apply(conn: sqlite3.Connection, result: ImportResult, cancel: threading.Event,
           report: Progress, retire_missing: bool, staged: int) -> None:
    started = utcnow_iso()
    with transaction(conn):
        for n, (_rid, digest, data, stale) in enumerate(_iterate(conn), 1):
            outcome = store.upsert_record(conn, json.loads(data), result.origin, digest=digest)
            setattr(result, outcome, getattr(result, outcome) + 1)
            result.stale += stale
            if n % 1000 == 0:
                if cancel.is_set():
                    raise ImportCancelledError()
                report(n, staged, f"saved {n} of {staged}")
        if retire_missing:
            gone = [r[0] for r in conn.execute(
                "SELECT id FROM dir_services WHERE origin = ? AND local = 0 AND retired_at IS"
                " NULL AND id NOT IN (SELECT id FROM temp.dir_stage)", (result.origin,))]
            for rid in gone:
                store.retire(conn, rid)
            result.removed = len(gone)
        if cancel.is_set():
            raise ImportCancelledError()
        conn.execute(
            "INSERT INTO dir_imports (id, origin, started_at, finished_at, version, added,"
            " changed, removed, unchanged, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (new_id(), result.origin, started, utcnow_iso(), result.version, result.added,
             result.changed, result.removed, result.unchanged,
             json.dumps(result.warnings[:200], ensure_ascii=False)))
    report(staged, staged, "done")


def _iterate(conn: sqlite3.Connection):
    """Page through the stage by rowid so a big feed is never all in memory."""
    last = 0
    while True:
        rows = conn.execute("SELECT rowid, id, hash, data, stale FROM temp.dir_stage"
                            " WHERE rowid > ? ORDER BY rowid LIMIT 1000", (last,)).fetchall()
        if not rows:
            return
        for row in rows:
            last = row[0]
            yield row[1:]
