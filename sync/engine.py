"""One end-of-day sync: handshake, push, pull, reconcile. No Qt: the GUI, background
sync and `accesspoint sync` all drive this with a progress callback and a cancel event.

Order matters: push before pull (so a pulled change never lands on a row whose
local edit the server has not seen yet without being held), and reconcile last.
Every step is safe to interrupt: the outbox, the frozen batch and the cursor are
committed state, so the next run carries on where this one stopped.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from accesspoint import outbox
from accesspoint.clock import utcnow_iso
from accesspoint.context import Actor
from accesspoint.db import transaction
from accesspoint.security.permissions import require
from sync import credentials, state
from sync import protocol as p
from sync.errors import (
    AuthError,
    LocalError,
    NotEnrolledError,
    ProtocolError,
    SyncError,
)
from sync.lease import SyncLease
from sync.pull import PAGE_LIMIT, pull_all
from sync.push import BATCH_OPS, PushStats, push_all
from sync.reconcile import reconcile
from sync.transport import Transport

STAGES = ("connect", "push", "pull", "reconcile", "done")


@dataclass
class Progress:
    stage: str
    done: int = 0
    total: int | None = None
    message: str = ""


@dataclass
class SyncSummary:
    ok: bool = False
    started_at: str = ""
    finished_at: str = ""
    seconds: float = 0.0
    sent: dict[str, int] = field(default_factory=dict)
    minutes_sent: int = 0
    received: dict[str, int] = field(default_factory=dict)
    held: int = 0
    attention_new: int = 0
    attention_open: int = 0
    pending: int = 0
    reconciled: bool = False
    reconcile_mismatched: list[str] = field(default_factory=list)
    requeued: int = 0
    epoch_changed: bool = False
    error: str | None = None
    error_code: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


ProgressFn = Callable[[Progress], None]


def data_dir_of(conn: sqlite3.Connection) -> Path:
    """The data folder of an open database (the keyring entry and lock are per folder)."""
    for row in conn.execute("PRAGMA database_list"):
        if row[1] == "main" and row[2]:
            return Path(row[2]).parent
    raise RuntimeError("the database has no file; sync needs a data folder")


class SyncEngine:
    def __init__(self, conn: sqlite3.Connection, *, data_dir: Path | None = None,
                 progress: ProgressFn | None = None, cancel: threading.Event | None = None,
                 batch_ops: int = BATCH_OPS, page_limit: int = PAGE_LIMIT,
                 transport_options: dict[str, Any] | None = None,
                 actor: Actor | None = None) -> None:
        self.conn = conn
        # Who asked: a manual sync from the app names its user, who must be allowed
        # to sync (coordinators, issue 7). The command line and a coordinator's
        # background-sync setting run without one (the CLI is audited as coordinator).
        self.actor = actor
        self.data_dir = data_dir or data_dir_of(conn)
        self.progress = progress or (lambda _p: None)
        self.cancel = cancel or threading.Event()
        self.batch_ops = batch_ops
        self.page_limit = page_limit
        self.transport_options = transport_options or {}

    def _report(self, stage: str, done: int = 0, total: int | None = None,
                message: str = "") -> None:
        self.progress(Progress(stage, done, total, message))

    def transport(self) -> Transport:
        link = state.connection(self.conn)
        token = credentials.get_device_token(self.data_dir)
        if link is None or not state.is_enrolled(self.conn):
            raise NotEnrolledError("This computer is not enrolled with the council server yet. "
                                   "Enter the server address and an enrolment code first.")
        if not token:
            raise AuthError("This computer's council token is missing from the system keyring. "
                            "Enrol it again with a new code; nothing unsynced is lost.")
        return Transport(link.server_url, token, ca_bundle=link.ca_bundle, proxy=link.proxy,
                         cancel=self.cancel, **self.transport_options)

    def run(self) -> SyncSummary:
        if self.actor is not None:
            require(self.actor, "sync")  # before touching the network or the outbox
        summary = SyncSummary(started_at=utcnow_iso())
        t0 = time.perf_counter()
        try:
            with SyncLease(self.data_dir):
                state.put(self.conn, state.LAST_ATTEMPT, summary.started_at)
                self._run(summary)
            summary.ok = True
        except SyncError as exc:
            self._failed(summary, exc)
            raise
        except Exception as exc:
            if type(exc).__module__.split(".")[0] not in ("sqlite3", "sqlcipher3"):
                raise
            # Busy past the timeout, disk full...: every step is its own transaction,
            # so the sync simply stops here and the next one carries on.
            err = LocalError("The local database could not be written just now "
                             f"({type(exc).__name__}); the sync will carry on next time.")
            self._failed(summary, err)
            raise err from exc
        finally:
            summary.seconds = round(time.perf_counter() - t0, 3)
            summary.finished_at = utcnow_iso()
            with contextlib.suppress(Exception):  # never mask the real failure
                summary.pending = outbox.pending_count(self.conn)
                summary.attention_open = _open_attention(self.conn)
            if summary.ok:
                with transaction(self.conn):
                    state.put(self.conn, state.LAST_SYNC, summary.finished_at)
                    state.put(self.conn, state.LAST_ERROR, None)
                    state.put(self.conn, state.LAST_SUMMARY, summary.to_json())
            self._report("done" if summary.ok else "failed", message=summary.error or "")
        return summary

    def _failed(self, summary: SyncSummary, exc: SyncError) -> None:
        summary.error = exc.message
        summary.error_code = exc.code
        with contextlib.suppress(Exception):  # the database itself may be what failed
            state.put(self.conn, state.LAST_ERROR, {"code": exc.code, "message": exc.message,
                                                    "at": utcnow_iso()})

    def _run(self, summary: SyncSummary) -> None:
        self._report("connect")
        transport = self.transport()
        try:
            shake = transport.request("GET", p.HANDSHAKE_PATH)
            self._check_handshake(shake)
            epoch = shake["server_epoch"]
            stored = state.get(self.conn, state.EPOCH)
            if stored and stored != epoch:
                summary.epoch_changed = True
                self._epoch_changed(epoch)
            elif not stored:
                state.put(self.conn, state.EPOCH, epoch)
            own_hub = state.get(self.conn, state.HUB_ID)

            _queue_summaries(self.conn)
            pushed = PushStats()
            total = outbox.pending_count(self.conn)
            self._report("push", 0, total)
            pushed.add(push_all(self.conn, transport, max_ops=self.batch_ops,
                                progress=lambda d, t: self._report("push", d, t),
                                hub_rewrite=_hub_rewriter(self.conn)))

            self._report("pull", 0, None)
            pulled = pull_all(self.conn, transport, epoch=epoch, limit=self.page_limit,
                              own_hub=own_hub, progress=lambda n: self._report("pull", n))
            summary.received = pulled.received
            summary.held = pulled.held

            self._report("reconcile")
            changed_here = bool(pushed.sent or summary.epoch_changed or pulled.received)
            rec = reconcile(self.conn, transport, changed_here=changed_here)
            if rec.requeued:
                # Targeted re-push of what the server is missing, then check again.
                pushed.add(push_all(self.conn, transport, max_ops=self.batch_ops,
                                    progress=lambda d, t: self._report("reconcile", d, t),
                                    hub_rewrite=_hub_rewriter(self.conn)))
                rec = reconcile(self.conn, transport)
                summary.requeued = rec.requeued
            summary.reconciled = rec.ok
            summary.reconcile_mismatched = rec.mismatched
            summary.sent = pushed.sent
            summary.minutes_sent = pushed.minutes
            summary.attention_new = pushed.attention
        finally:
            transport.close()

    def _check_handshake(self, shake: Any) -> None:
        if not isinstance(shake, dict) or "server_epoch" not in shake:
            raise ProtocolError("The address does not answer like a council AccessPoint server.")
        lo, hi = int(shake.get("protocol_min", 1)), int(shake.get("protocol_max", 1))
        if not lo <= p.PROTOCOL_VERSION <= hi:
            if lo > p.PROTOCOL_VERSION:
                msg = ("This version of AccessPoint is older than the council server supports. "
                       "Install the current version; nothing unsynced is lost.")
            else:
                msg = ("The council server is older than this version of AccessPoint. "
                       "Ask the council to update it; nothing unsynced is lost.")
            raise ProtocolError(msg, detail=f"client {p.PROTOCOL_VERSION}, server {lo}..{hi}")
        hub = state.get(self.conn, state.HUB_ID)
        if hub and shake.get("hub_id") and shake["hub_id"] != hub:
            raise AuthError("The council server says this token belongs to another hub. "
                            "Enrol this computer again.")

    def _epoch_changed(self, epoch: str) -> None:
        """The server was restored from a backup: pull everything again and let
        reconcile re-push what the server lost (versions stop doubles)."""
        with transaction(self.conn):
            state.put(self.conn, state.CURSOR, None)
            state.put(self.conn, state.EPOCH, epoch)
            # The restored server may hold older versions than we saw: accept them again.
            self.conn.execute("DELETE FROM sync_pulled")


def _queue_summaries(conn: sqlite3.Connection) -> None:
    """Queue what is sent only as a summary: finished months of equality answers."""
    from accesspoint.security.equality import queue_tallies

    queue_tallies(conn)


def _open_attention(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM sync_attention WHERE resolved_at IS NULL"
                        ).fetchone()[0]


def _hub_rewriter(conn: sqlite3.Connection) -> Callable[[dict], None] | None:
    """Records written before enrolment (or by a window opened before it) name the
    hub's old local id; the council knows the hub by its own id."""
    server_hub = state.get(conn, state.HUB_ID)
    former = set(state.get(conn, "former_hub_ids") or [])
    if not server_hub or not former:
        return None

    def rewrite(op: dict) -> None:
        payload = op["payload"]
        if payload.get("hub_id") in former:
            payload["hub_id"] = server_hub
    return rewrite
