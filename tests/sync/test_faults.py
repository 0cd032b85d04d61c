"""Fault injection against the real server: nothing lost, nothing doubled.

A proxy drops connections before and after the server commits, stalls, cuts
answers mid-body and returns 5xx/429, over many seeded runs. After each run
the server holds exactly the records the hub created, once each.
"""

from __future__ import annotations

import contextlib
import os
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


# More seeds on demand (a nightly run): ACCESSPOINT_SYNC_SEEDS=50 pytest tests/sync
SEEDS = int(os.environ.get("ACCESSPOINT_SYNC_SEEDS", "5"))


@pytest.mark.parametrize("seed", range(SEEDS))
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


@pytest.mark.parametrize("seed", [100 + i for i in range(max(1, SEEDS // 5))])
def test_two_hubs_through_faults_converge(fresh_server, make_hub, seed):
    """Two hubs work offline (members, hours for each other's members), sync through
    the fault proxy until done, and end with the same members and balances."""
    rng = random.Random(seed)
    server = fresh_server
    hubs_ = [make_hub(server, f"Converge {seed} {n}") for n in "AB"]
    faults = ("refuse", "lost", "cut", "garbage", "e500", "e503", "e429")
    proxy = FaultProxy(server.port, seed=seed, rate=0.3, faults=faults)
    try:
        for hub in hubs_:
            state.put(hub.conn, state.SERVER_URL, proxy.url)
        for _round in range(2):
            for hub in hubs_:
                do_work(hub, rng, rng.randrange(20, 40))
                _hours_for_others(hub, rng)
            for hub in hubs_:
                sync_until_done(hub, batch_ops=rng.choice([9, 50]))
        proxy.rate = 0.0
        for hub in hubs_ * 2:  # a clean round each, so both have seen everything
            hub.sync()
        for hub in hubs_:
            check_server_matches(server, hub)
        a, b = hubs_

        def members(h):
            return set(h.conn.execute("SELECT id, member_number, version FROM tb_members"))

        def balances(h):
            return dict(h.conn.execute("SELECT account, balance_minutes FROM tb_server_balances"))

        assert members(a) == members(b)
        assert balances(a) == balances(b) and balances(a)
    finally:
        proxy.close()


def _hours_for_others(hub, rng):
    """Log hours here for members who joined at the other hub (pulled earlier)."""
    from accesspoint.errors import ValidationError
    from accesspoint.timebank.hours import Entry, log_hours

    from .workload import _activity

    others = [r[0] for r in hub.conn.execute(
        "SELECT id FROM tb_members WHERE hub_id != ?", (hub.hub_id,))]
    for mid in rng.sample(others, min(3, len(others))):
        day = f"2026-{rng.randrange(1, 11):02d}-{rng.randrange(1, 28):02d}"
        with contextlib.suppress(ValidationError):  # over 12 hours that day
            log_hours(hub.conn, hub.actor, Entry(mid, _activity(hub), day, 60))
