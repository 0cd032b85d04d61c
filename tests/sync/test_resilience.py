"""Killed mid-sync, a week's backlog, a restored server, an old client, a revoked
token, cancel, one sync at a time."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time

import pytest

from accesspoint import outbox
from accesspoint.db import transaction
from accesspoint.ids import new_id
from accesspoint_server import admin_ops
from accesspoint_server.auth import new_enrolment_code, revoke_device
from sync import protocol as p
from sync import state
from sync.engine import SyncEngine
from sync.errors import AuthError, BusyError, CancelledError, ProtocolError, SyncError
from sync.lease import SyncLease

from .conftest import needs_real_keyring
from .fault_proxy import FaultProxy
from .workload import check_server_matches, do_work

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLI = "import sys; from ui.launch import main; sys.exit(main(sys.argv[1:]))"


def cli(data_dir, *args, timeout=60, env=None):
    return subprocess.run([sys.executable, "-c", CLI, "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                          env={**os.environ, **(env or {})})


@needs_real_keyring
@pytest.mark.parametrize("seed", range(max(2, int(os.environ.get("ACCESSPOINT_SYNC_SEEDS",
                                                                 "5")) // 2)))
def test_client_killed_at_random_points(fresh_server, make_hub, seed):
    rng = random.Random(100 + seed)
    hub = make_hub(fresh_server, f"Killed Hub {seed}")
    proxy = FaultProxy(fresh_server.port, latency_s=0.03)
    try:
        state.put(hub.conn, state.SERVER_URL, proxy.url)
        do_work(hub, rng, 150)
        for _ in range(3):
            proc = subprocess.Popen(
                [sys.executable, "-c", CLI, "--data-dir", str(hub.data_dir), "sync",
                 "--quiet", "--batch-size", str(rng.choice([5, 20]))],
                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.3, 1.5))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            do_work(hub, rng, 20)  # the hub keeps working between attempts
        done = cli(hub.data_dir, "sync", "--json")
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["ok"] is True
        check_server_matches(fresh_server, hub)
    finally:
        proxy.close()


def test_week_backlog_10000_ops(fresh_server, make_hub):
    hub = make_hub(fresh_server, "Backlog Hub")
    with transaction(hub.conn):
        for i in range(10_000):
            rid = new_id()
            outbox.enqueue(hub.conn, "enquiry_note", rid,
                           {"id": rid, "hub_id": hub.hub_id, "enquiry_id": None,
                            "text": f"note {i}", "created_at": "2026-11-20T10:00:00Z"},
                           action="append")
    started = time.perf_counter()
    summary = hub.sync()
    took = time.perf_counter() - started
    assert summary.sent["enquiry_note"] == 10_000
    assert outbox.pending_count(hub.conn) == 0
    assert len(fresh_server.records(hub.hub_id, "enquiry_note")) == 10_000
    assert summary.reconciled
    assert took < 60


def test_server_restored_from_backup(fresh_server, make_hub, tmp_path):
    hub = make_hub(fresh_server, "Restore Hub")
    rng = random.Random(7)
    do_work(hub, rng, 60)
    hub.sync()
    backup = tmp_path / "server-backup.sqlite3"
    admin_ops.backup(fresh_server.db, backup)
    do_work(hub, rng, 60)
    hub.sync()
    admin_ops.restore(fresh_server.db, backup)  # loses the second day; new epoch
    summary = hub.sync()
    assert summary.epoch_changed
    assert summary.reconciled
    check_server_matches(fresh_server, hub)
    # And once more: nothing left to do.
    again = hub.sync()
    assert not again.epoch_changed and again.reconciled and not again.requeued


def test_old_client_protocol_is_told_clearly(fresh_server, make_hub, monkeypatch):
    hub = make_hub(fresh_server, "Old Hub")
    do_work(hub, random.Random(3), 10)
    pending = outbox.pending_count(hub.conn)
    monkeypatch.setattr(p, "PROTOCOL_MIN", 2)  # the server moved on to protocol 2
    monkeypatch.setattr(p, "PROTOCOL_MAX", 2)
    with pytest.raises(ProtocolError) as err:
        hub.sync()
    assert "older" in err.value.message
    assert outbox.pending_count(hub.conn) == pending  # nothing lost
    # A push that skips the handshake is refused by the server too.
    from sync.push import freeze_batch, send_batch

    engine = SyncEngine(hub.conn, data_dir=hub.data_dir)
    with pytest.raises(ProtocolError):
        send_batch(engine.transport(), freeze_batch(hub.conn))
    monkeypatch.undo()
    hub.sync()
    check_server_matches(fresh_server, hub)


def test_revoked_token_keeps_data_and_reenrols(fresh_server, make_hub):
    hub = make_hub(fresh_server, "Revoked Hub")
    do_work(hub, random.Random(4), 20)
    hub.sync()
    do_work(hub, random.Random(5), 20)
    pending = outbox.pending_count(hub.conn)
    revoke_device(fresh_server.db, state.get(hub.conn, state.DEVICE_ID))
    with pytest.raises(AuthError) as err:
        hub.sync()
    assert "revoked" in err.value.message and "nothing unsynced is lost" in err.value.message
    assert outbox.pending_count(hub.conn) == pending
    hub.enrol(fresh_server.url, new_enrolment_code(fresh_server.db, hub.hub_id))
    hub.sync()
    check_server_matches(fresh_server, hub)


def test_cancel_between_steps_then_resume(fresh_server, make_hub):
    hub = make_hub(fresh_server, "Cancel Hub")
    do_work(hub, random.Random(6), 80)
    cancel = threading.Event()
    stages = []

    def progress(pr):
        stages.append((pr.stage, pr.done))
        if pr.stage == "push" and pr.done >= 10:
            cancel.set()

    with pytest.raises(CancelledError):
        SyncEngine(hub.conn, data_dir=hub.data_dir, cancel=cancel, progress=progress,
                   batch_ops=10).run()
    assert outbox.pending_count(hub.conn) > 0
    assert state.get(hub.conn, state.CURSOR) is None  # the pull never started
    hub.sync()
    check_server_matches(fresh_server, hub)


def test_one_sync_at_a_time(fresh_server, make_hub):
    hub = make_hub(fresh_server, "Busy Hub")
    with SyncLease(hub.data_dir), pytest.raises(BusyError):
        hub.sync()
    hub.sync()  # the lease is free again


@needs_real_keyring
def test_cli_exit_codes_and_json(fresh_server, make_hub, tmp_path):
    hub = make_hub(fresh_server, "CLI Hub", enrol=False)
    do_work(hub, random.Random(8), 10)
    hub.conn.close()
    not_enrolled = cli(hub.data_dir, "sync")
    assert not_enrolled.returncode == 3
    assert "not enrolled" in not_enrolled.stderr and "waiting to be sent" in not_enrolled.stderr
    _hub_id, code = fresh_server.new_hub("CLI Hub")
    bad = cli(hub.data_dir, "hub", "enrol", "--server", fresh_server.url, "--code", "WRONG")
    assert bad.returncode == 4 and "not valid" in bad.stderr
    ok = cli(hub.data_dir, "hub", "enrol", "--server", fresh_server.url, "--code", code)
    assert ok.returncode == 0, ok.stderr
    done = cli(hub.data_dir, "sync", "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["ok"] and summary["pending"] == 0 and summary["sent"]["person"] >= 1
    st = cli(hub.data_dir, "sync", "status", "--json")
    assert json.loads(st.stdout)["last_sync"]
    # The server gone: non-zero, the reason and the pending count.
    from sync import credentials

    down = fresh_server.url.rsplit(":", 1)[0] + ":1"
    from accesspoint.db import open_database

    conn = open_database(hub.data_dir)
    state.put(conn, state.SERVER_URL, down)
    with transaction(conn):  # one more local change, to be reported as pending
        outbox.enqueue(conn, "enquiry_note", new_id(), {"id": "x", "text": "t"},
                       action="append")
    conn.close()
    failed = cli(hub.data_dir, "sync", timeout=120, env={"ACCESSPOINT_SYNC_MAX_ATTEMPTS": "2"})
    assert failed.returncode == 5, failed.stderr
    assert "Could not reach" in failed.stderr and "waiting to be sent" in failed.stderr
    assert credentials.get_device_token(hub.data_dir)


def test_429_retry_after_is_honoured(fresh_server, make_hub):
    hub = make_hub(fresh_server, "Slow Down Hub")
    do_work(hub, random.Random(9), 5)
    proxy = FaultProxy(fresh_server.port)
    waits = []
    try:
        state.put(hub.conn, state.SERVER_URL, proxy.url)
        proxy.script = ["e429", "e503"]
        hub.sync(transport_options={"on_retry": lambda why, delay: waits.append((why, delay))})
        assert [w[0] for w in waits] == ["http 429", "http 503"]
        check_server_matches(fresh_server, hub)
    finally:
        proxy.close()


def test_unapplied_kind_is_kept_and_applied_later(fresh_server, make_hub, monkeypatch):
    from sync import appliers, status

    a = make_hub(fresh_server, "Publisher")
    admin_ops.publish(fresh_server.db, "reward", [
        {"id": "r1", "name": "Cinema ticket", "cost_minutes": 120, "provider": "Odeon"}])

    def missing(conn, change):
        raise appliers.NoApplierError("accesspoint.timebank is not installed")

    monkeypatch.setitem(appliers.APPLIERS, "reward", missing)
    a.sync()
    assert status.unapplied_count(a.conn) == 1
    monkeypatch.undo()
    a.sync()
    assert status.unapplied_count(a.conn) == 0
    assert a.conn.execute("SELECT name FROM tb_rewards WHERE id = 'r1'").fetchone()[0] == \
        "Cinema ticket"


def test_sync_error_leaves_state_consistent(fresh_server, make_hub):
    hub = make_hub(fresh_server, "Down Hub")
    do_work(hub, random.Random(10), 10)
    state.put(hub.conn, state.SERVER_URL, "http://127.0.0.1:1")
    with pytest.raises(SyncError):
        hub.sync(transport_options={"max_attempts": 2})
    assert state.get(hub.conn, state.LAST_ERROR)["code"] == "network"


@needs_real_keyring
def test_cli_sync_through_fault_proxy(fresh_server, make_hub):
    """As a scripted hub would: enrol, point at a bad connection, run `accesspoint sync`
    until it exits 0; the server then holds each record exactly once."""
    hub = make_hub(fresh_server, "Scripted Hub", enrol=False)
    _hub_id, code = fresh_server.new_hub("Scripted Hub")
    assert cli(hub.data_dir, "hub", "enrol", "--server", fresh_server.url,
               "--code", code).returncode == 0
    hub.hub_id = state.get(hub.conn, state.HUB_ID)
    hub.actor = type(hub.actor)(hub.hub_id, hub.actor.user_id, "coordinator")
    do_work(hub, random.Random(12), 80)
    faults = ("refuse", "lost", "cut", "garbage", "e500", "e503", "e429")
    proxy = FaultProxy(fresh_server.port, seed=12, rate=0.4, faults=faults)
    try:
        assert cli(hub.data_dir, "hub", "connection", "--server", proxy.url).returncode == 0
        codes = []
        for _ in range(12):
            run = cli(hub.data_dir, "sync", "--quiet", "--batch-size", "15",
                      env={"ACCESSPOINT_SYNC_MAX_ATTEMPTS": "2"})
            codes.append(run.returncode)
            if run.returncode == 0:
                break
            assert "waiting to be sent" in run.stderr
        assert codes[-1] == 0, codes
        check_server_matches(fresh_server, hub)
    finally:
        proxy.close()


@needs_real_keyring
def test_records_made_with_the_cli_reach_the_server_once_through_faults(fresh_server, make_hub):
    """A scripted hub records people and enquiries with `accesspoint person|enquiry add`,
    then syncs through a faulty connection: each is on the server exactly once."""
    hub = make_hub(fresh_server, "Scripted Hub", enrol=False)
    _hub_id, code = fresh_server.new_hub("Scripted Hub")
    assert cli(hub.data_dir, "hub", "enrol", "--server", fresh_server.url,
               "--code", code).returncode == 0
    hub.hub_id = state.get(hub.conn, state.HUB_ID)
    made: dict[str, list[str]] = {"person": [], "enquiry": []}
    for i in range(4):
        run = cli(hub.data_dir, "person", "add", "--given-name", f"Resident{i}",
                  "--family-name", f"Family{i}", "--phone", f"07700 90{i:04d}")
        assert run.returncode == 0, run.stderr
        person_id = json.loads(run.stdout)["id"]
        made["person"].append(person_id)
        for need in ("housing", "food"):
            run = cli(hub.data_dir, "enquiry", "add", "--need", need, "--person", person_id,
                      "--consent", "record", "--description", f"{need} for resident {i}")
            assert run.returncode == 0, run.stderr
            made["enquiry"].append(json.loads(run.stdout)["id"])
    proxy = FaultProxy(fresh_server.port, seed=7, rate=0.4,
                       faults=("refuse", "lost", "cut", "e500", "e503"))
    try:
        assert cli(hub.data_dir, "hub", "connection", "--server", proxy.url).returncode == 0
        for _ in range(12):
            run = cli(hub.data_dir, "sync", "--quiet", "--batch-size", "5",
                      env={"ACCESSPOINT_SYNC_MAX_ATTEMPTS": "2"})
            if run.returncode == 0:
                break
        assert run.returncode == 0, run.stderr
    finally:
        proxy.close()
    on_server: dict[str, list[str]] = {}
    for r in fresh_server.records(hub.hub_id, deleted=None):
        on_server.setdefault(r.kind, []).append(r.record_id)
    for kind, ids in made.items():
        assert sorted(on_server.get(kind, [])) == sorted(ids), kind  # all, and once each
    check_server_matches(fresh_server, hub)
