"""Current state of synced records, their version history and the pull feed."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, select, update

from sync import protocol as p

from . import models as m
from .db import SeqAllocator, bulk_insert

# Bookkeeping fields a client may bump on every save; not "changes" for merging.
BOOKKEEPING = frozenset({"version", "updated_at", "updated_by", "created_at", "created_by",
                         "hub_id"})


@dataclass(slots=True)
class RecordState:
    kind: str
    record_id: str
    hub_id: str | None
    version: int
    deleted: bool
    payload: dict[str, Any] | None
    payload_hash: str | None
    created_at: str
    in_db: bool = True
    dirty: bool = False
    born_here: bool = False  # first created by the current batch
    new_versions: list[tuple[int, set[str]]] = field(default_factory=list)
    # The payload's JSON text when already made (a push serialises it once for its
    # hashes); None = json.dumps at flush.
    payload_text: str | None = None


def diff_fields(old: dict[str, Any] | None, new: dict[str, Any] | None) -> set[str]:
    old, new = old or {}, new or {}
    return {k for k in old.keys() | new.keys()
            if k not in BOOKKEEPING and old.get(k) != new.get(k)}


def rows_among(conn: Connection, sql: str, values: list[Any],
               lead: tuple[Any, ...] = ()) -> list[Any]:
    """Rows of ``sql`` whose ``{among}`` is "IN the values", in chunks of 500, through
    the driver: SQLAlchemy's expanding IN cost more than the look-ups themselves.
    ``?`` marks the ``lead`` parameters. PostgreSQL gets ``= ANY(array)`` (one
    parameter: a short statement psycopg parses once)."""
    rows: list[Any] = []
    postgres = conn.dialect.name == "postgresql"
    if postgres:
        sql = sql.replace("?", "%s")
    for i in range(0, len(values), 500):
        chunk = values[i:i + 500]
        if postgres:
            rows += conn.exec_driver_sql(sql.format(among="= ANY(%s)"),
                                         (*lead, list(chunk))).fetchall()
        else:
            marks = "IN (" + ",".join("?" * len(chunk)) + ")"
            rows += conn.exec_driver_sql(sql.format(among=marks), (*lead, *chunk)).fetchall()
    return rows


class RecordStore:
    def __init__(self, conn: Connection, now: str) -> None:
        self.conn = conn
        self.now = now
        self.cache: dict[tuple[str, str], RecordState] = {}
        self.pending_changes: dict[tuple[str, str], dict[str, Any]] = {}

    def prefetch(self, keys: set[tuple[str, str]]) -> None:
        by_kind: dict[str, list[str]] = {}
        for kind, rid in keys:
            by_kind.setdefault(kind, []).append(rid)
        cache = self.cache
        for kind, ids in by_kind.items():
            for rid, hub_id, version, deleted, payload, payload_hash, created_at in rows_among(
                    self.conn, "SELECT record_id, hub_id, version, deleted, payload, payload_hash,"
                    " created_at FROM records WHERE kind = ? AND record_id {among}", ids, (kind,)):
                cache[(kind, rid)] = RecordState(
                    kind, rid, hub_id, version, bool(deleted),
                    json.loads(payload) if payload is not None else None,
                    payload_hash, created_at)
            for rid in ids:
                cache.setdefault((kind, rid), None)  # type: ignore[arg-type]

    def get(self, kind: str, record_id: str) -> RecordState | None:
        key = (kind, record_id)
        if key not in self.cache:
            self.prefetch({key})
        return self.cache[key]

    def create(self, kind: str, record_id: str, hub_id: str | None,
               payload: dict[str, Any] | None, digest: Any = None) -> RecordState:
        """``digest``: an ``op_hashing.OpDigest`` of this payload, if the caller has one."""
        if digest is not None and payload is not None:
            text, digest_hash = digest.payload_text, digest.payload_hash
        else:
            text = None
            digest_hash = p.payload_hash(payload) if payload is not None else None
        rec = RecordState(kind, record_id, hub_id, 1, False, payload, digest_hash,
                          self.now, in_db=False, dirty=True, born_here=True, payload_text=text)
        if kind in p.MERGEABLE_KINDS:
            rec.new_versions.append((1, {"*"}))
        self.cache[(kind, record_id)] = rec
        return rec

    def update(self, rec: RecordState, payload: dict[str, Any],
               changed: set[str] | None = None, digest: Any = None) -> None:
        fields = changed if changed is not None else diff_fields(rec.payload, payload)
        rec.version += 1
        rec.payload = payload
        if digest is not None:
            rec.payload_text, rec.payload_hash = digest.payload_text, digest.payload_hash
        else:
            rec.payload_text, rec.payload_hash = None, p.payload_hash(payload)
        rec.dirty = True
        if rec.kind in p.MERGEABLE_KINDS:
            rec.new_versions.append((rec.version, fields))

    def tombstone(self, rec: RecordState) -> None:
        rec.version += 1
        rec.deleted = True
        rec.payload = None
        rec.payload_hash = None
        rec.payload_text = None
        rec.dirty = True
        if rec.kind in p.MERGEABLE_KINDS:
            rec.new_versions.append((rec.version, {"*"}))

    def changed_since(self, rec: RecordState, base: int) -> set[str]:
        """Fields changed on the server by versions after ``base``."""
        fields: set[str] = set()
        rows = self.conn.execute(select(m.record_versions.c.changed).where(
            m.record_versions.c.kind == rec.kind, m.record_versions.c.record_id == rec.record_id,
            m.record_versions.c.version > base))
        for (text,) in rows:
            fields.update(json.loads(text))
        for version, changed in rec.new_versions:
            if version > base:
                fields.update(changed)
        return fields

    def emit(self, kind: str, record_id: str, hub_id: str | None, device_id: str | None,
             action: str, version: int, payload: dict[str, Any] | None,
             version_from_seq: bool = False, payload_text: str | None = None) -> None:
        key = (kind, record_id)
        self.pending_changes.pop(key, None)  # keep emission order: last wins, goes last
        self.pending_changes[key] = {
            "kind": kind, "record_id": record_id, "hub_id": hub_id, "origin_device": device_id,
            "action": action, "version": version,
            "payload": (payload_text if payload_text is not None else json.dumps(payload))
            if payload is not None else None,
            "_version_from_seq": version_from_seq,
        }

    def flush(self) -> None:
        inserts, updates, versions = [], [], []
        for rec in self.cache.values():
            if rec is None or not rec.dirty:
                continue
            row = {"kind": rec.kind, "record_id": rec.record_id, "hub_id": rec.hub_id,
                   "version": rec.version, "deleted": rec.deleted,
                   "payload": (rec.payload_text if rec.payload_text is not None
                               else json.dumps(rec.payload))
                   if rec.payload is not None else None,
                   "payload_hash": rec.payload_hash, "created_at": rec.created_at,
                   "updated_at": self.now}
            if rec.in_db:
                updates.append({f"b_{k}": v for k, v in row.items()})
            else:
                inserts.append(row)
            versions.extend({"kind": rec.kind, "record_id": rec.record_id, "version": v,
                             "hub_id": rec.hub_id, "changed": json.dumps(sorted(f)),
                             "created_at": self.now} for v, f in rec.new_versions)
            rec.in_db, rec.dirty, rec.new_versions = True, False, []
        if inserts:
            bulk_insert(self.conn, m.records, inserts)
        if updates:
            self.conn.execute(
                update(m.records).where(and_(m.records.c.kind == bindparam("b_kind"),
                                             m.records.c.record_id == bindparam("b_record_id")))
                .values(version=bindparam("b_version"), deleted=bindparam("b_deleted"),
                        payload=bindparam("b_payload"), payload_hash=bindparam("b_payload_hash"),
                        updated_at=bindparam("b_updated_at")),
                updates)
        if versions:
            bulk_insert(self.conn, m.record_versions, versions)
        self.flush_changes()

    def flush_changes(self) -> None:
        if not self.pending_changes:
            return
        seqs = SeqAllocator(self.conn)
        rows = []
        stale = []
        for key, change in self.pending_changes.items():
            rec = self.cache.get(key)
            # Records first created in this batch have no feed row yet.
            if not (rec is not None and rec.born_here):
                stale.append({"b_kind": key[0], "b_record_id": key[1]})
            seq = seqs.next()
            if change.pop("_version_from_seq"):
                change["version"] = seq
            change["seq"] = seq  # the pending dicts are cleared below: no copy
            rows.append(change)
        if stale:
            self.conn.execute(delete(m.changes).where(
                and_(m.changes.c.kind == bindparam("b_kind"),
                     m.changes.c.record_id == bindparam("b_record_id"))), stale)
        bulk_insert(self.conn, m.changes, rows)
        seqs.flush()
        self.pending_changes.clear()


def hub_summary(conn: Connection, hub_id: str) -> dict[str, Any]:
    """The reconcile answer: per kind a hub pushes, the count of this hub's records
    and ``p.ids_hash`` of their ids (what ``sync.reconcile`` compares). PostgreSQL
    sorts, joins and hashes the ids itself ("C" collation: code point order, as
    Python sorts), so a hub's whole history does not cross the wire on every
    no-change sync; SQLite (in process) hands the bare id tuples to Python."""
    kinds = sorted(p.PUSH_KINDS)
    if conn.dialect.name == "postgresql":
        rows = conn.exec_driver_sql(
            "SELECT kind, count(*), encode(sha256(convert_to(string_agg(record_id, E'\\n'"
            " ORDER BY record_id COLLATE \"C\"), 'UTF8')), 'hex') FROM records"
            " WHERE hub_id = %s AND kind = ANY(%s) GROUP BY kind", (hub_id, kinds)).fetchall()
        return {"kinds": {kind: {"count": count, "hash": digest}
                          for kind, count, digest in sorted(rows)}}
    ids: dict[str, list[str]] = {}
    marks = ",".join("?" * len(kinds))
    for kind, rid in conn.exec_driver_sql(
            f"SELECT kind, record_id FROM records WHERE hub_id = ? AND kind IN ({marks})",  # nosec B608 - placeholders only
            (hub_id, *kinds)):
        ids.setdefault(kind, []).append(rid)
    return {"kinds": {k: {"count": len(v), "hash": p.ids_hash(v)} for k, v in sorted(ids.items())}}
