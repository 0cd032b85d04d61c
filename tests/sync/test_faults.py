"""Fault injection against the real server: nothing lost, nothing doubled.

A proxy drops connections before and after the server commits, stalls, cuts
answers mid-body and returns 5xx/429, over many seeded runs. After each run
the server holds exactly the records the hub created, once each.
"""

from __future__ import annotations

import random

import pytest

from sync import state
from sync.errors import SyncError

from .fault_proxy import FaultProxy
from .workload import check_server_matches, do_work

FAULTY = {"max_attempts": 3, "backoff_base": 0.01, "backoff_max": 0.05,
          "retry_after_max": 0.05, "timeout": (1.0, 1.0)}


def sync_until_done(hub, rounds: int = 25, **kw) -> int:
    """Sync again after every failure, as a coordinator (or cron) would; returns failures."""
    failures = 0
    for _ in range(rounds):
        try:
            hub.sync(transport_options=FAULTY, **kw)
            return failures
        except SyncError:
            failures += 1
    raise AssertionError(f"no successful sync after {rounds} rounds")


@pytest.mark.parametrize("seed", range(6))
def test_random_faults_no_loss_no_duplicates(fresh_server, make_hub, seed):
    server = fresh_server
    rng = random.Random(seed)
    hub = make_hub(server, f"Fault Hub {seed}")
    # Stalls cost a read timeout each: rarer than the instant faults.
    faults = ("refuse", "lost", "cut", "garbage", "e500", "e503", "e429") * 3 + ("stall",)
    proxy = FaultProxy(server.port, seed=seed, rate=0.3, stall_s=1.1, faults=faults)
    try:
        state.put(hub.conn, state.SERVER_URL, proxy.url)
        for _round in range(3):
            do_work(hub, rng, rng.randrange(20, 60))
            # Small batches so a sync has many requests to break.
            sync_until_done(hub, batch_ops=rng.choice([7, 25, 500]),
                            page_limit=rng.choice([5, 50, 1000]))
        check_server_matches(server, hub)
        assert sum(proxy.seen[f] for f in proxy.seen if f != "ok") > 0
    finally:
        proxy.close()


@pytest.mark.parametrize("fault", ["lost", "cut", "garbage", "refuse", "e500", "e429", "stall"])
def test_each_fault_on_push(server, make_hub, fault):
    """Every fault on the very first push request; the resend is the same batch."""
    hub = make_hub(server, f"Push {fault}")
    proxy = FaultProxy(server.port, stall_s=1.3)
    try:
        state.put(hub.conn, state.SERVER_URL, proxy.url)
        do_work(hub, random.Random(1), 30)
        proxy.script = ["ok", fault]  # handshake passes, first push breaks
        sync_until_done(hub, batch_ops=10)
        check_server_matches(server, hub)
        assert proxy.seen[fault] >= 1
    finally:
        proxy.close()


def test_response_lost_after_commit_gives_identical_resend(server, make_hub, monkeypatch):
    """The resent batch is byte-identical and the server replays its stored answer."""
    from sync import push

    hub = make_hub(server, "Identical Hub")
    proxy = FaultProxy(server.port)
    sent: list[tuple[str, bytes]] = []
    real = push.send_batch

    def spy(transport, batch):
        sent.append((batch.batch_id, batch.body))
        return real(transport, batch)

    monkeypatch.setattr(push, "send_batch", spy)
    try:
        state.put(hub.conn, state.SERVER_URL, proxy.url)
        do_work(hub, random.Random(2), 20)
        proxy.script = ["ok"] + ["lost"] * 3  # more than one sync's retries
        with pytest.raises(SyncError):
            hub.sync(transport_options={**FAULTY, "max_attempts": 3})
        hub.sync(transport_options=FAULTY)
        assert len(sent) >= 2 and sent[0] == sent[1]
        check_server_matches(server, hub)
    finally:
        proxy.close()
