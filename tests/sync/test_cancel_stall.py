"""Cancel while the council server stalls mid-request: the sync stops at once
(not after the 60 s read timeout), and the next sync resends the same frozen
batch, with nothing lost or doubled."""

from __future__ import annotations

import random
import threading
import time

import pytest
from sqlalchemy import select

from accesspoint import outbox
from accesspoint_server import models as m
from sync import protocol as p
from sync import state
from sync.engine import SyncEngine
from sync.errors import CancelledError
from sync.push import current_batch

from .fault_proxy import FaultProxy
from .workload import check_server_matches, do_work

STALL_S = 60.0  # as long as the production read timeout: only Cancel can end the wait
SLOW = {"timeout": (2.0, STALL_S)}


def _cancel_during_first_push(hub, proxy_url: str, stalled) -> tuple[float, str]:
    """Start a sync through the stalling proxy; press Cancel once ``stalled()`` says the
    push is stuck there (the proxy holds it; for "hang", after the server committed)."""
    state.put(hub.conn, state.SERVER_URL, proxy_url)
    cancel = threading.Event()
    pressed: dict[str, float] = {}

    def press_when_stalled() -> None:
        deadline = time.monotonic() + 30
        while not stalled() and time.monotonic() < deadline:
            time.sleep(0.02)
        pressed["at"] = time.monotonic()
        cancel.set()

    def progress(pr) -> None:
        if pr.stage == "push" and "started" not in pressed:
            pressed["started"] = time.monotonic()
            threading.Thread(target=press_when_stalled, daemon=True).start()

    engine = SyncEngine(hub.conn, data_dir=hub.data_dir, cancel=cancel, progress=progress,
                        batch_ops=10, transport_options={**hub.transport_options, **SLOW})
    with pytest.raises(CancelledError):
        engine.run()
    waited = time.monotonic() - pressed["at"]
    batch = current_batch(hub.conn)
    assert batch is not None  # still frozen: it goes again, under the same id
    return waited, batch.batch_id


def _server_batches(server) -> set[str]:
    with server.db.read() as c:
        return {r.batch_id for r in c.execute(select(m.batches.c.batch_id))}


@pytest.mark.parametrize("fault", ["stall", "hang"])
def test_cancel_during_a_stalled_push_returns_quickly_then_resends(fresh_server, make_hub,
                                                                   fault):
    """stall: the server never saw the batch; hang: it committed it, then went quiet."""
    hub = make_hub(fresh_server, f"Stall Hub {fault}")
    do_work(hub, random.Random(61), 40)
    pending = outbox.pending_count(hub.conn)
    proxy = FaultProxy(fresh_server.port, rate=1.0, faults=[fault], stall_s=STALL_S,
                       paths=[p.PUSH_PATH])
    try:
        if fault == "hang":
            def stalled() -> bool:
                return bool(_server_batches(fresh_server))  # committed, answer held back
        else:
            def stalled() -> bool:
                return proxy.seen[fault] >= 1  # held by the proxy, never forwarded
        waited, batch_id = _cancel_during_first_push(hub, proxy.url, stalled)
        assert waited < 10, f"Cancel took {waited:.1f} s"  # not the 60 s stall
        assert proxy.seen[fault] == 1
        assert outbox.pending_count(hub.conn) == pending  # nothing acknowledged, nothing lost
        assert (batch_id in _server_batches(fresh_server)) == (fault == "hang")
    finally:
        proxy.close()
    state.put(hub.conn, state.SERVER_URL, fresh_server.url)
    summary = hub.sync()
    assert summary.ok and summary.pending == 0
    assert batch_id in _server_batches(fresh_server)  # the same batch id, resent
    check_server_matches(fresh_server, hub)


def test_cancel_during_a_stalled_handshake(fresh_server, make_hub):
    hub = make_hub(fresh_server, "Stalled handshake")
    do_work(hub, random.Random(62), 5)
    proxy = FaultProxy(fresh_server.port, rate=1.0, faults=["stall"], stall_s=STALL_S)
    state.put(hub.conn, state.SERVER_URL, proxy.url)
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    started = time.monotonic()
    try:
        with pytest.raises(CancelledError):
            SyncEngine(hub.conn, data_dir=hub.data_dir, cancel=cancel,
                       transport_options={**hub.transport_options, **SLOW}).run()
        assert time.monotonic() - started < 10.5
    finally:
        proxy.close()
    state.put(hub.conn, state.SERVER_URL, fresh_server.url)
    assert hub.sync().ok
    check_server_matches(fresh_server, hub)
