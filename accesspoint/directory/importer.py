"""Atomic import and refresh of the directory from an ORUK feed.

Two phases. First the whole feed is read, checked and staged in a temporary
table (on disk, not in memory); any error stops here and the directory in use
is untouched. Then one short write transaction applies the staged services and
retires those that disappeared from this source, with counts.
"""

from __future__ import annotations

import json
import queue
import sqlite3
import threading
from dataclasses import asdict, dataclass, field
from typing import Any

from accesspoint.clock import utcnow_iso
from accesspoint.db import transaction
from accesspoint.directory import bulk
from accesspoint.directory.errors import FeedError, ImportCancelledError
from accesspoint.directory.oruk_map import Mapper
from accesspoint.directory.oruk_read import FeedReader, Progress
from accesspoint.errors import msg
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
    bulk.create(conn)
    try:
        duplicates, version = _stage(conn, reader, mapper, cancel, report)
        staged = bulk.staged_count(conn)
        if reader.expected is not None and staged + duplicates < reader.expected:
            raise FeedError(msg(
                "the feed promised {expected} services but only {arrived} arrived; it looks "
                "cut short, so nothing was changed",
                expected=reader.expected, arrived=staged + duplicates), where=source)
        result = ImportResult(origin=origin, version=reader.version or version or "3.0",
                              duplicates=duplicates, stale=bulk.staged_stale(conn))
        result.warnings = reader.warnings + mapper.warnings
        if duplicates:
            result.warnings.append(msg("{count} services appeared more than once; the last "
                                       "copy of each was kept.", count=duplicates))
        if cancel.is_set():
            raise ImportCancelledError()
        report(staged, staged, "saving")
        started = utcnow_iso()
        with transaction(conn):
            counts = bulk.apply(conn, origin, retire_missing and not reader.partial)
            for key, value in counts.items():
                setattr(result, key, value)
            conn.execute(
                "INSERT INTO dir_imports (id, origin, started_at, finished_at, version, added,"
                " changed, removed, unchanged, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_id(), origin, started, utcnow_iso(), result.version, result.added,
                 result.changed, result.removed, result.unchanged,
                 json.dumps(result.warnings[:200], ensure_ascii=False)))
            if cancel.is_set():  # the last moment a cancel can still undo everything
                raise ImportCancelledError()
        report(staged, staged, "done")
        return result
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        bulk.drop(conn)


_DONE = object()
CHUNK = 250  # records mapped per hand-over between the two threads


def _stage(conn: sqlite3.Connection, reader: FeedReader, mapper: Mapper,
           cancel: threading.Event, report: Progress) -> tuple[int, str | None]:
    """Read, check and stage every record. Only the temporary database is written, in
    batches (one commit per 1,000 records); the directory is not locked.

    A producer thread reads, maps and prepares records a chunk at a time while this
    thread writes each chunk to the stage with one executemany: SQLite releases the
    GIL, so the two overlap. The queue is bounded, so memory stays bounded however
    large the feed. (Worker processes for the mapping were tried: on a 2-CPU machine
    shared with other work they gained nothing and cost a second of start-up.)"""
    pipe: queue.Queue[Any] = queue.Queue(maxsize=8)
    stop = threading.Event()

    def produce() -> None:
        try:
            chunk: list[tuple[Any, str]] = []
            n = 0
            for raw, where in reader:
                if stop.is_set():
                    return
                n += 1
                chunk.append((raw, where))
                if len(chunk) == CHUNK:
                    if cancel.is_set():
                        raise ImportCancelledError()
                    _put(pipe, stop, (n, bulk.prepare_chunk(chunk, mapper)))
                    chunk = []
            if chunk:
                _put(pipe, stop, (n, bulk.prepare_chunk(chunk, mapper)))
            _put(pipe, stop, _DONE)
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer to raise
            _put(pipe, stop, exc)

    producer = threading.Thread(target=produce, name="oruk-stage", daemon=True)
    duplicates = 0
    first_version: str | None = None
    conn.execute("BEGIN")
    producer.start()
    try:
        while True:
            item = pipe.get()
            if item is _DONE:
                break
            if isinstance(item, BaseException):
                raise item
            n, (rows, _warnings, first) = item
            first_version = first_version or first
            duplicates += bulk.stage(conn, rows)
            if n // 1000 != (n - len(rows)) // 1000:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
                if not reader.is_url:
                    report(n, reader.expected, f"read {n} services")
            if cancel.is_set():
                raise ImportCancelledError()
    except BaseException:
        stop.set()
        conn.execute("ROLLBACK")
        raise
    finally:
        stop.set()
        producer.join(timeout=60)
    conn.execute("COMMIT")
    return duplicates, first_version


def _put(pipe: queue.Queue[Any], stop: threading.Event, item: Any) -> None:
    while not stop.is_set():
        try:
            pipe.put(item, timeout=0.2)
            return
        except queue.Full:
            continue
