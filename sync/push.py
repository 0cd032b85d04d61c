"""Push: freeze the oldest outbox rows into a batch, send it, store the answers.

A batch is frozen once (its batch id written on its outbox rows and its exact
gzip bytes kept in ``sync_batches``, in one transaction) and then resent byte
for byte after any error until the server answers it. The server keeps the
answer to every batch id, so a resend after a lost response gets the same
answer and nothing is applied twice. The answers are stored in one transaction:
applied/duplicate rows leave the outbox, conflicts and rejections move to the
Needs attention list with both versions and the reason. Nothing is dropped.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from accesspoint.clock import utcnow_iso
from accesspoint.db import transaction
from accesspoint.ids import new_id
from sync import hooks, reasons
from sync import protocol as p
from sync.errors import ProtocolError
from sync.transport import HttpError, Transport

BATCH_OPS = 500
BATCH_BYTES = 4 * 1024 * 1024  # uncompressed; the server takes up to 10 MB


@dataclass
class Batch:
    batch_id: str
    body: bytes
    op_count: int


@dataclass
class PushStats:
    batches: int = 0
    sent: dict[str, int] = field(default_factory=dict)  # kind -> ops acknowledged
    minutes: int = 0  # time credited in acknowledged ledger transfers
    attention: int = 0

    def add(self, other: PushStats) -> None:
        self.batches += other.batches
        for k, v in other.sent.items():
            self.sent[k] = self.sent.get(k, 0) + v
        self.minutes += other.minutes
        self.attention += other.attention


# --- freezing -------------------------------------------------------------

# Frozen batches in outbox order (by their first row), so a batch frozen ahead
# (see push_all) always goes after the one before it, whatever the clock did.
_FROZEN = ("SELECT b.batch_id, b.body, b.op_count FROM sync_batches b LEFT JOIN"
           " (SELECT batch_id, MIN(seq) AS first FROM outbox WHERE batch_id IS NOT NULL"
           " GROUP BY batch_id) o ON o.batch_id = b.batch_id {where}"
           " ORDER BY o.first, b.created_at, b.batch_id LIMIT 1")


def current_batch(conn: sqlite3.Connection) -> Batch | None:
    row = conn.execute(_FROZEN.format(where="")).fetchone()
    return Batch(row[0], bytes(row[1]), row[2]) if row else None


def _frozen_after(conn: sqlite3.Connection, batch_id: str) -> Batch | None:
    row = conn.execute(_FROZEN.format(where="WHERE b.batch_id != ?"), (batch_id,)).fetchone()
    return Batch(row[0], bytes(row[1]), row[2]) if row else None


def freeze_batch(conn: sqlite3.Connection, *, max_ops: int = BATCH_OPS,
                 max_bytes: int = BATCH_BYTES, hub_rewrite: Callable[[dict], None] | None = None,
                 after: str | None = None) -> Batch | None:
    """The batch to send next: the frozen one if any, else freeze the oldest rows.

    ``after``: the batch after that (current) one, frozen now if there is none yet.
    Un-batched rows always come after every frozen batch's rows (a batch is only
    given back to the queue together with every batch after it, see ``unfreeze``).
    """
    with transaction(conn):
        existing = current_batch(conn) if after is None else _frozen_after(conn, after)
        if existing is not None:
            return existing
        # Rows stamped by a freeze whose batch row is gone cannot have been sent.
        conn.execute("UPDATE outbox SET batch_id = NULL WHERE batch_id IS NOT NULL AND"
                     " batch_id NOT IN (SELECT batch_id FROM sync_batches)")
        rows = conn.execute(
            "SELECT seq, op_id, kind, record_id, action, base_version, changed, payload"
            " FROM outbox WHERE batch_id IS NULL ORDER BY seq LIMIT ?", (max_ops,)
        ).fetchall()
        if not rows:
            return None
        parts: list[str] = []
        size = 0
        last_seq = rows[0]["seq"]
        for row in rows:
            text = op_text(row, hub_rewrite)
            size += len(text)
            if parts and size > max_bytes:
                break
            parts.append(text)
            last_seq = row["seq"]
        batch_id = new_id()
        # The payload column already holds JSON: splice it in rather than parse and
        # re-serialise 500 payloads. The bytes are stored, so resends are identical.
        body = gzip.compress(
            (f'{{"protocol":{p.PROTOCOL_VERSION},"batch_id":{json.dumps(batch_id)},"ops":['
             + ",".join(parts) + "]}").encode(), compresslevel=6, mtime=0)
        conn.execute("UPDATE outbox SET batch_id = ? WHERE batch_id IS NULL AND seq <= ?",
                     (batch_id, last_seq))
        conn.execute("INSERT INTO sync_batches (batch_id, body, op_count, created_at)"
                     " VALUES (?, ?, ?, ?)", (batch_id, body, len(parts), utcnow_iso()))
    return Batch(batch_id, body, len(parts))


def op_text(row: sqlite3.Row, hub_rewrite: Callable[[dict], None] | None = None) -> str:
    """One op as JSON text, its payload spliced in as stored."""
    payload = row["payload"]
    if hub_rewrite is not None:
        op = op_of_row(row)
        before = op["payload"].get("hub_id")
        hub_rewrite(op)
        if op["payload"].get("hub_id") != before:
            payload = json.dumps(op["payload"], ensure_ascii=False, sort_keys=True)
    # By hand: a json.dumps per op was a fifth of this hub's push time.
    head = ('{"op_id": ' + _js(row["op_id"]) + ', "kind": ' + _js(row["kind"])
            + ', "record_id": ' + _js(row["record_id"]) + ', "action": ' + _js(row["action"]))
    if row["action"] == p.ACTION_UPSERT:
        base = row["base_version"]
        changed = json.loads(row["changed"]) if row["changed"] else None
        head += (', "base_version": ' + ("null" if base is None else str(int(base)))
                 + ', "changed": ' + json.dumps(changed, ensure_ascii=False))
    return head + ',"payload":' + payload + "}"


_js = p.json_scalar  # json.dumps(value, ensure_ascii=False) for a string


def op_of_row(row: sqlite3.Row) -> dict[str, Any]:
    op: dict[str, Any] = {
        "op_id": row["op_id"], "kind": row["kind"], "record_id": row["record_id"],
        "action": row["action"], "payload": json.loads(row["payload"]),
    }
    if row["action"] == p.ACTION_UPSERT:
        op["base_version"] = row["base_version"]
        op["changed"] = json.loads(row["changed"]) if row["changed"] else None
    return op


def unfreeze(conn: sqlite3.Connection, batch_id: str) -> None:
    """Give a batch's rows back to the queue (only for a batch the server refused whole),
    with every batch frozen after it: those were never sent (a batch goes only once the
    one before it was answered) and must not overtake its rows."""
    with transaction(conn):
        conn.execute("UPDATE outbox SET batch_id = NULL WHERE batch_id IS NOT NULL")
        conn.execute("DELETE FROM sync_batches")


# --- sending --------------------------------------------------------------

def send_batch(transport: Transport, batch: Batch) -> dict[str, Any]:
    answer = transport.request(
        "POST", p.PUSH_PATH, data=batch.body,
        headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
    )
    if not isinstance(answer, dict) or answer.get("batch_id") != batch.batch_id or not isinstance(
            answer.get("results"), list):
        raise ProtocolError("The council server sent an answer this app does not understand.",
                            detail="push answer malformed")
    return answer


def push_all(conn: sqlite3.Connection, transport: Transport, *,
             max_ops: int = BATCH_OPS, progress: Callable[[int, int], None] | None = None,
             hub_rewrite: Callable[[dict], None] | None = None) -> PushStats:
    """Send every outbox row; stops (raising) on an error the retries did not cure.

    Pipelined: while the server applies batch k, this thread freezes batch k+1;
    k+1 is sent as soon as k is answered, and k's answers are stored (with k+2
    frozen, one transaction) while the server works on k+1. Batches still reach
    the server one at a time and in order (k+1 only after k's answer), and only
    this thread touches the database.
    """
    stats = PushStats()
    total = conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0]
    done = 0
    size = max_ops
    batch = freeze_batch(conn, max_ops=size, hub_rewrite=hub_rewrite)
    if batch is None:
        return stats
    transport.check_cancel()
    pool = ThreadPoolExecutor(1, thread_name_prefix="sync-push")
    try:
        flight = pool.submit(send_batch, transport, batch)
        ahead: Batch | None = None
        while True:
            if ahead is None:  # overlaps the server's work on `batch`
                ahead = freeze_batch(conn, max_ops=size, hub_rewrite=hub_rewrite,
                                     after=batch.batch_id)
            try:
                answer = flight.result()
            except HttpError as exc:
                if not _shrink_or_set_aside(conn, batch, exc, stats):
                    raise
                size = max(1, batch.op_count // 2)
                ahead = None
                next_batch = freeze_batch(conn, max_ops=size, hub_rewrite=hub_rewrite)
                if next_batch is None:
                    return stats
                batch = next_batch
                transport.check_cancel()
                flight = pool.submit(send_batch, transport, batch)
                continue
            sent, batch, ahead = batch, ahead, None
            if batch is not None:
                # Cancel is honoured by the transport on the helper thread; the
                # answers already here are stored first either way.
                flight = pool.submit(send_batch, transport, batch)
            # One transaction (one disk sync) stores these answers and freezes the
            # batch after the one in flight: both or neither; a crash loses nothing.
            with transaction(conn):
                stats.add(store_results(conn, sent, answer["results"]))
                if batch is not None:
                    ahead = freeze_batch(conn, max_ops=size, hub_rewrite=hub_rewrite,
                                         after=batch.batch_id)
            stats.batches += 1
            done += sent.op_count
            if progress:
                progress(done, max(total, done))
            if batch is None:
                return stats
    finally:
        pool.shutdown(wait=False)


def _shrink_or_set_aside(conn: sqlite3.Connection, batch: Batch, exc: HttpError,
                         stats: PushStats) -> bool:
    """A whole batch refused (too large, one bad op, id clash): never leave the queue stuck."""
    if exc.error_code == p.ERR_BATCH_MISMATCH:
        # The id is known with another body (a restored client database): the
        # same ops go again under a fresh batch id; op ids keep them idempotent.
        unfreeze(conn, batch.batch_id)
        return True
    if exc.status in (400, 413, 422) and exc.error_code != p.ERR_PROTOCOL_UNSUPPORTED:
        if batch.op_count > 1:
            unfreeze(conn, batch.batch_id)  # halve until the bad op stands alone
            return True
        with transaction(conn):
            row = conn.execute("SELECT * FROM outbox WHERE batch_id = ?",
                               (batch.batch_id,)).fetchone()
            if row is not None:
                op = op_of_row(row)
                _to_attention(conn, op, "rejected",
                              exc.message or reasons.server_refused(exc.status),
                              None, None, [])
                conn.execute("DELETE FROM outbox WHERE seq = ?", (row["seq"],))
                stats.attention += 1
            conn.execute("DELETE FROM sync_batches WHERE batch_id = ?", (batch.batch_id,))
        return True
    return False


# --- storing the answers ----------------------------------------------------

def store_results(conn: sqlite3.Connection, batch: Batch,
                  results: list[dict[str, Any]]) -> PushStats:
    stats = PushStats()
    by_op = {r.get("op_id"): r for r in results if isinstance(r, dict)}
    now = utcnow_iso()
    with transaction(conn):
        rows = conn.execute(
            "SELECT seq, op_id, kind, record_id, action, base_version, changed, payload"
            " FROM outbox WHERE batch_id = ? ORDER BY seq", (batch.batch_id,)).fetchall()
        transfers: list[str] = []
        acks: list[tuple[Any, ...]] = []
        acked: list[tuple[str, str, int | None, dict[str, Any] | None]] = []
        for row in rows:
            result = by_op.get(row["op_id"])
            if result is None:
                # Unanswered (should not happen): back to the queue, sent again later.
                conn.execute("UPDATE outbox SET batch_id = NULL WHERE seq = ?", (row["seq"],))
                continue
            status = result.get("status")
            kind, action = row["kind"], row["action"]
            if status in (p.STATUS_APPLIED, p.STATUS_DUPLICATE):
                # created_here: the server counts a record for this hub (reconcile) only
                # if this hub created it; an edit of another hub's member is not ours.
                created = 1 if (action != p.ACTION_UPSERT or row["base_version"] is None) else 0
                acks.append((kind, row["record_id"], result.get("version"), action, now, created))
                stats.sent[kind] = stats.sent.get(kind, 0) + 1
                flags = result.get("flags") or []
                if kind == "ledger_transfer":
                    transfers.append(row["record_id"])
                    payload = json.loads(row["payload"])
                    minutes = payload.get("minutes")
                    if isinstance(minutes, int) and _credits_member(payload):
                        stats.minutes += minutes
                if p.FLAG_OVERDRAWN in flags:
                    _to_attention(conn, op_of_row(row), "overdrawn", result.get("reason") or
                                  reasons.overdrawn(),
                                  result.get("server_record"), result.get("version"), flags)
                    stats.attention += 1
                if status == p.STATUS_APPLIED and action == p.ACTION_UPSERT:
                    acked.append((kind, row["record_id"], result.get("version"),
                                  result.get("server_record")))
            else:
                _to_attention(conn, op_of_row(row),
                              "conflict" if status == p.STATUS_CONFLICT else "rejected",
                              result.get("reason"), result.get("server_record"),
                              result.get("version"), result.get("flags") or [])
                stats.attention += 1
        # Every answered row leaves the outbox (acknowledged, or kept in Needs attention).
        conn.execute("DELETE FROM outbox WHERE batch_id = ?", (batch.batch_id,))
        conn.executemany(
            "INSERT INTO sync_acked (kind, record_id, version, action, acked_at, created_here)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(kind, record_id) DO UPDATE SET"
            " version = excluded.version, action = excluded.action,"
            " acked_at = excluded.acked_at, created_here = MAX(created_here,"
            " excluded.created_here)", acks)
        conn.execute("DELETE FROM sync_batches WHERE batch_id = ?", (batch.batch_id,))
        if transfers:
            hooks.transfers_synced(conn, transfers)
        for kind, record_id, version, server_record in acked:
            hooks.upsert_acknowledged(conn, kind, record_id, version, server_record)
    return stats


def _credits_member(payload: dict[str, Any]) -> bool:
    # "Hours sent" counts time earned by members (not spending or conversions).
    to = payload.get("to_account")
    return isinstance(to, str) and to.startswith(p.MEMBER_ACCOUNT_PREFIX)


def _to_attention(conn: sqlite3.Connection, op: dict[str, Any], status: str,
                  reason: str | None, server_record: dict[str, Any] | None,
                  server_version: int | None, flags: list[str]) -> None:
    conn.execute(
        "INSERT INTO sync_attention (id, op_id, kind, record_id, action, status, reason,"
        " base_version, changed, local_payload, server_record, server_version, flags,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (new_id(), op["op_id"], op["kind"], op["record_id"], op["action"], status, reason,
         op.get("base_version"), json.dumps(op.get("changed")) if op.get("changed") else None,
         json.dumps(op["payload"], ensure_ascii=False, sort_keys=True),
         json.dumps(server_record, ensure_ascii=False, sort_keys=True)
         if server_record is not None else None,
         server_version, json.dumps(flags), utcnow_iso()),
    )
