"""Pull: pages of changes since the stored cursor, each applied with its cursor atomically.

Rules, in the order they are checked for each change:
- a version already applied here is skipped (a re-pull from zero after a 410
  or an epoch change duplicates nothing);
- a record with a local edit still in the outbox is not overwritten: the
  change waits in ``sync_unapplied`` and is looked at again after that edit
  is answered (a conflict then shows both versions);
- a kind whose code is not installed yet waits in ``sync_unapplied`` too;
- anything else goes through the applier registry (``sync.appliers``).
One failing change never blocks the page: it is kept with its reason, inside
a savepoint, and the page and cursor still commit together.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from accesspoint import outbox
from accesspoint.clock import utcnow_iso
from accesspoint.db import transaction
from sync import appliers, reasons, state
from sync import protocol as p
from sync.errors import CursorExpiredError, ProtocolError, ServerError
from sync.transport import Transport

log = logging.getLogger(__name__)

PAGE_LIMIT = 1000


@dataclass
class PullStats:
    pages: int = 0
    received: dict[str, int] = field(default_factory=dict)  # kind -> changes applied
    held: int = 0
    restarted: bool = False

    def count(self, kind: str) -> None:
        self.received[kind] = self.received.get(kind, 0) + 1


def pull_all(conn: sqlite3.Connection, transport: Transport, *, epoch: str | None,
             limit: int = PAGE_LIMIT, own_hub: str | None = None,
             progress: Callable[[int], None] | None = None) -> PullStats:
    stats = PullStats()
    retry_unapplied(conn, stats, own_hub)
    cursor = state.get(conn, state.CURSOR) or ""
    seen = 0

    def fetch(since: str) -> Any:
        return transport.request("GET", p.PULL_PATH, params={"since": since, "limit": limit})

    # The next page downloads while this one is written: the server's query, the
    # network and this hub's writing overlap. A page fetched ahead is only used after
    # the page before it (and its cursor) committed; if anything fails it is dropped.
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull-ahead")
    ahead: Future[Any] | None = None
    try:
        while True:
            transport.check_cancel()
            try:
                page = ahead.result() if ahead is not None else fetch(cursor)
            except CursorExpiredError:
                ahead = None
                if stats.restarted or not cursor:
                    raise
                # From the start; versions already applied are skipped, so nothing doubles.
                log.info("sync: cursor expired, pulling from the beginning")
                stats.restarted = True
                cursor = ""
                continue
            ahead = None
            _check_page(page)
            if epoch and page["server_epoch"] != epoch:
                raise ServerError("The council server was restored while syncing; sync again.")
            if page["has_more"]:
                ahead = pool.submit(fetch, page["next_cursor"])
            # Cancel is checked before the page, never inside it: a page is all or nothing.
            with transaction(conn):
                known = Known.of_page(conn, page["changes"])
                apply_page(conn, page["changes"], stats, own_hub, known)
                known.flush(conn)
                state.put(conn, state.CURSOR, page["next_cursor"])
            cursor = page["next_cursor"]
            stats.pages += 1
            seen += len(page["changes"])
            if progress:
                progress(seen)
            if not page["has_more"]:
                break
    finally:
        # A page still downloading after a failure or a cancel is not waited for.
        pool.shutdown(wait=False, cancel_futures=True)
    # The feed is in server order, not dependency order (a person edited after
    # their enquiry comes after it): what failed for want of its parent row may
    # apply now that the whole feed is in.
    for _round in range(5):  # a chain (consent → enquiry → person) needs a few passes
        if not conn.execute("SELECT 1 FROM sync_unapplied LIMIT 1").fetchone():
            break
        if not retry_unapplied(conn, stats, own_hub):
            break
    stats.held = conn.execute("SELECT COUNT(*) FROM sync_unapplied").fetchone()[0]
    return stats


def _check_page(page: Any) -> None:
    ok = (isinstance(page, dict) and isinstance(page.get("changes"), list)
          and isinstance(page.get("next_cursor"), str) and "has_more" in page)
    if not ok:
        raise ProtocolError("The council server sent changes this app does not understand.",
                            detail="pull page malformed")


class Known:
    """What this device already has for a page's records, read in a few queries per
    kind (not several per change), and the page's bookkeeping written in one go.

    Nothing a page applies adds outbox rows or conflicts (appliers write only their
    own tables), so what is read before the page holds for all of it."""

    def __init__(self) -> None:
        self.pulled: dict[tuple[str, str], int] = {}
        self.acked: dict[tuple[str, str], int | None] = {}
        self.unapplied: set[tuple[str, str]] = set()
        self.writes: list[tuple[str, str, int, int, int]] = []
        self.prefetched = False
        self.pending: dict[str, set[str]] = {}  # kind -> the page's ids waiting in the outbox
        self.conflicts: set[tuple[str, str]] = set()  # open conflicts among the page's records

    def has_pending(self, conn: sqlite3.Connection, kind: str, rid: str) -> bool:
        """Whether a local change of ``kind`` to ``rid`` waits to be sent."""
        if not self.prefetched:
            return outbox.has_pending(conn, kind, rid)
        return rid in self.pending.get(kind, ())

    def in_conflict(self, conn: sqlite3.Connection, kind: str, rid: str) -> bool:
        if not self.prefetched:
            return _open_conflict(conn, kind, rid)
        return (kind, rid) in self.conflicts

    @classmethod
    def of_page(cls, conn: sqlite3.Connection, changes: list[dict[str, Any]]) -> Known:
        known = cls()
        known.prefetched = True
        by_kind: dict[str, set[str]] = {}
        for c in changes:
            by_kind.setdefault(c["kind"], set()).add(c["record_id"])
        # Kind and ids together: every table here is keyed or indexed by (kind, record id),
        # so each lookup is a seek. (By record id alone it was a scan of every record ever
        # pulled, per page: a pull of 50,000 services spent seconds here, more each page.)
        for kind, ids in by_kind.items():
            args = (kind, json.dumps(list(ids)))
            for rid, version in conn.execute(
                    "SELECT record_id, version FROM sync_pulled WHERE kind = ? AND record_id IN"
                    " (SELECT value FROM json_each(?))", args):
                known.pulled[(kind, rid)] = version
            for rid, version in conn.execute(
                    "SELECT record_id, version FROM sync_acked WHERE kind = ? AND record_id IN"
                    " (SELECT value FROM json_each(?))", args):
                known.acked[(kind, rid)] = version
            if kind in p.PUSH_KINDS:
                known.pending[kind] = _pending(conn, kind, args[1])
                known.conflicts.update((kind, r) for (r,) in conn.execute(
                    "SELECT record_id FROM sync_attention WHERE kind = ? AND record_id IN"
                    " (SELECT value FROM json_each(?)) AND status = 'conflict'"
                    " AND resolved_at IS NULL", args))
            twin = LOCAL_TWIN.get(kind)
            if twin:
                known.pending[twin] = _pending(conn, twin, args[1])
        known.unapplied = {(k, r) for k, r in conn.execute(
            "SELECT kind, record_id FROM sync_unapplied")}
        return known

    def load(self, conn: sqlite3.Connection, kind: str, rid: str) -> None:
        if self.prefetched:
            return
        row = conn.execute("SELECT version FROM sync_pulled WHERE kind = ? AND record_id = ?",
                           (kind, rid)).fetchone()
        if row:
            self.pulled[(kind, rid)] = row[0]
        row = conn.execute("SELECT version FROM sync_acked WHERE kind = ? AND record_id = ?",
                           (kind, rid)).fetchone()
        if row:
            self.acked[(kind, rid)] = row[0]
        self.unapplied.add((kind, rid))

    def flush(self, conn: sqlite3.Connection) -> None:
        conn.executemany(
            "INSERT INTO sync_pulled (kind, record_id, version, deleted, own_hub)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(kind, record_id) DO UPDATE SET"
            " version = excluded.version, deleted = excluded.deleted,"
            " own_hub = MAX(own_hub, excluded.own_hub)", self.writes)
        self.writes.clear()


def apply_page(conn: sqlite3.Connection, changes: list[dict[str, Any]], stats: PullStats,
               own_hub: str | None, known: Known) -> None:
    """Apply a page inside the caller's transaction. Kinds with a bulk applier (the
    directory) go in one set-based write after the others; the rest one by one, in order.
    Directory services depend on no other record, so applying them last is safe."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for change in changes:
        if change["kind"] in appliers.BULK_APPLIERS:
            grouped.setdefault(change["kind"], []).append(change)
        else:
            apply_one(conn, change, stats, own_hub, known)
    for kind, group in grouped.items():
        apply_group(conn, kind, group, stats, own_hub, known)


def apply_group(conn: sqlite3.Connection, kind: str, changes: list[dict[str, Any]],
                stats: PullStats, own_hub: str | None, known: Known) -> None:
    """Changes of one kind through its bulk applier, with the same rules as apply_one:
    versions already here are skipped, records with a local edit waiting are held, and a
    change that fails is kept with its reason while the others apply."""
    ready = []
    for change in changes:
        known.load(conn, kind, change["record_id"])
        if _gate(conn, change, stats, known) is None:
            ready.append(change)
    if not ready:
        return
    conn.execute("SAVEPOINT pull_bulk")
    try:
        errors = appliers.BULK_APPLIERS[kind](conn, ready)
    except Exception as exc:  # noqa: BLE001 - retried one by one, each kept if it fails
        conn.execute("ROLLBACK TO pull_bulk")
        conn.execute("RELEASE pull_bulk")
        log.warning("sync: bulk apply of %s failed (%s); applying one by one", kind,
                    type(exc).__name__)
        for change in ready:
            apply_one(conn, change, stats, own_hub, known)
        return
    conn.execute("RELEASE pull_bulk")
    for change in ready:
        exc = errors.get(change["record_id"])
        if exc is not None:
            hold(conn, change, reasons.could_not_apply(exc))
            stats.held += 1
        else:
            _applied(conn, change, stats, own_hub, known)


def apply_one(conn: sqlite3.Connection, change: dict[str, Any], stats: PullStats,
              own_hub: str | None, known: Known | None = None) -> bool:
    """Apply a change (inside the caller's transaction); False if it was kept for later."""
    kind, rid = change["kind"], change["record_id"]
    single = known is None
    known = known or Known()
    known.load(conn, kind, rid)
    verdict = _gate(conn, change, stats, known)
    if verdict is not None:
        return verdict
    conn.execute("SAVEPOINT pull_change")
    try:
        appliers.apply_change(conn, change)
    except appliers.NoApplierError as exc:
        conn.execute("ROLLBACK TO pull_change")
        conn.execute("RELEASE pull_change")
        hold(conn, change, reasons.not_applied_yet(exc))
        stats.held += 1
        return False
    except Exception as exc:  # noqa: BLE001 - kept with its reason, never dropped
        conn.execute("ROLLBACK TO pull_change")
        conn.execute("RELEASE pull_change")
        log.warning("sync: could not apply a pulled %s: %s", kind, type(exc).__name__)
        hold(conn, change, reasons.could_not_apply(exc))
        stats.held += 1
        return False
    conn.execute("RELEASE pull_change")
    _applied(conn, change, stats, own_hub, known)
    if single:
        known.flush(conn)
    return True


# A pulled record that stands for a local one under another kind: the council
# publishing (adopting) a hub's proposed local service as a directory service.
LOCAL_TWIN = {"service": "local_service"}


def _gate(conn: sqlite3.Connection, change: dict[str, Any], stats: PullStats,
          known: Known) -> bool | None:
    """None: apply it. True: already here, nothing to do. False: held for later."""
    kind, rid, version = change["kind"], change["record_id"], int(change.get("version") or 0)
    have = known.pulled.get((kind, rid))
    if have is not None and version <= have:
        return True  # already here (a re-pull)
    acked = known.acked.get((kind, rid))
    if acked is not None and version <= acked:
        return True  # our own push, seen again (e.g. after enrolling again as a new device)
    twin = LOCAL_TWIN.get(kind)
    if (kind in p.PUSH_KINDS and known.has_pending(conn, kind, rid)) or (
            twin and known.has_pending(conn, twin, rid)):
        hold(conn, change, reasons.local_change_waiting())
        stats.held += 1
        return False
    if kind in p.PUSH_KINDS and known.in_conflict(conn, kind, rid):
        hold(conn, change, reasons.waiting_for_choice())
        stats.held += 1
        return False
    return None


def _applied(conn: sqlite3.Connection, change: dict[str, Any], stats: PullStats,
             own_hub: str | None, known: Known) -> None:
    """Bookkeeping for an applied change: its version, and it is no longer waiting."""
    kind, rid, version = change["kind"], change["record_id"], int(change.get("version") or 0)
    payload = change.get("payload") or {}
    mine = 1 if own_hub and payload.get("hub_id") == own_hub else 0
    known.pulled[(kind, rid)] = version
    known.writes.append((kind, rid, version, 1 if change["action"] == "delete" else 0, mine))
    if (kind, rid) in known.unapplied:
        conn.execute("DELETE FROM sync_unapplied WHERE kind = ? AND record_id = ?", (kind, rid))
        known.unapplied.discard((kind, rid))
    stats.count(kind)


def _pending(conn: sqlite3.Connection, kind: str, ids_json: str) -> set[str]:
    """Which of these records of ``kind`` have a local change waiting (index
    outbox_kind_record)."""
    return {r for (r,) in conn.execute(
        "SELECT record_id FROM outbox WHERE kind = ? AND record_id IN"
        " (SELECT value FROM json_each(?))", (kind, ids_json))}


def _open_conflict(conn: sqlite3.Connection, kind: str, record_id: str) -> bool:
    return conn.execute(
        "SELECT 1 FROM sync_attention WHERE kind = ? AND record_id = ? AND status = 'conflict'"
        " AND resolved_at IS NULL LIMIT 1", (kind, record_id)).fetchone() is not None


def hold(conn: sqlite3.Connection, change: dict[str, Any], reason: str) -> None:
    """Keep a change that could not be applied now; a newer one for the record replaces it."""
    conn.execute(
        "INSERT INTO sync_unapplied (kind, record_id, action, version, payload, seq, reason,"
        " received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(kind, record_id) DO UPDATE"
        " SET action = excluded.action, version = excluded.version, payload = excluded.payload,"
        " seq = excluded.seq, reason = excluded.reason, received_at = excluded.received_at"
        " WHERE excluded.version >= sync_unapplied.version OR sync_unapplied.version IS NULL",
        (change["kind"], change["record_id"], change["action"], change.get("version"),
         json.dumps(change.get("payload"), ensure_ascii=False)
         if change.get("payload") is not None else None,
         change.get("seq"), str(reason), utcnow_iso()),
    )


def retry_unapplied(conn: sqlite3.Connection, stats: PullStats | None = None,
                    own_hub: str | None = None) -> int:
    """Apply kept changes whose module is now installed or whose local edit was answered."""
    stats = stats or PullStats()
    rows = conn.execute("SELECT * FROM sync_unapplied ORDER BY seq").fetchall()
    applied = 0
    for row in rows:
        change = {"kind": row["kind"], "record_id": row["record_id"], "action": row["action"],
                  "version": row["version"], "seq": row["seq"],
                  "payload": json.loads(row["payload"]) if row["payload"] else None}
        if _superseded(conn, change):
            with transaction(conn):
                conn.execute("DELETE FROM sync_unapplied WHERE kind = ? AND record_id = ?",
                             (row["kind"], row["record_id"]))
            continue
        with transaction(conn):
            if apply_one(conn, change, stats, own_hub):
                applied += 1
    return applied


def _superseded(conn: sqlite3.Connection, change: dict[str, Any]) -> bool:
    """A kept change older than what we have since pushed ourselves must not win."""
    row = conn.execute("SELECT version FROM sync_acked WHERE kind = ? AND record_id = ?",
                       (change["kind"], change["record_id"])).fetchone()
    return bool(row and row[0] is not None and change["version"] is not None
                and change["version"] < row[0])
