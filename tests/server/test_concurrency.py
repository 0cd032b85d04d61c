"""Concurrent pushes and a transaction that commits late while a pull runs."""

from __future__ import annotations

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

from accesspoint_server.db import Database
from accesspoint_server.push import push_batch

from .helpers import Hub, op, transfer


def test_concurrent_pushes_from_two_hubs_each_op_once(db: Database, hub_a: Hub, hub_b: Hub,
                                                      admin_headers) -> None:
    member = "member:" + str(uuid.uuid4())
    batches = []
    for hub in (hub_a, hub_b):
        for _ in range(8):
            ops = [op("enquiry") for _ in range(10)] + [transfer("project:p", member, 1)]
            batches.append((hub, {"protocol": 1, "batch_id": str(uuid.uuid4()), "ops": ops}))
    # Every batch sent twice, concurrently: a resend racing its original.
    work = batches + batches

    def send(item: tuple[Hub, dict]) -> dict:
        hub, body = item
        return push_batch(db, hub.hub_id, hub.device_id, body)

    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(send, work))
    n = len(batches)
    for first, second in zip(answers[:n], answers[n:], strict=True):
        assert first == second
    client = hub_a.client
    records = client.get("/api/v1/admin/records/enquiry", params={"limit": 5000},
                         headers=admin_headers).json()["records"]
    assert len(records) == 16 * 10
    assert len({r["record_id"] for r in records}) == 160
    balances = client.get("/api/v1/admin/balances", headers=admin_headers).json()["balances"]
    assert {b["account"]: b["balance_minutes"] for b in balances}[member] == 16
    check = client.get("/api/v1/admin/ledger/check", headers=admin_headers).json()
    assert check["ok"]


def test_late_commit_is_never_skipped_by_a_pull(db: Database, hub_a: Hub, hub_b: Hub) -> None:
    hub_a.push_ok([op("member", {"n": 0}, action="upsert")])
    _, cursor = hub_b.pull_all()
    entered, release = threading.Event(), threading.Event()
    late_id = str(uuid.uuid4())

    def hold(_conn: object) -> None:
        if threading.current_thread().name == "late":
            entered.set()
            assert release.wait(30)

    db.before_commit_hook = hold
    late_body = {"protocol": 1, "batch_id": str(uuid.uuid4()),
                 "ops": [op("member", {"n": 1}, action="upsert", record_id=late_id)]}
    late = threading.Thread(target=push_batch, name="late",
                            args=(db, hub_a.hub_id, hub_a.device_id, late_body))
    late.start()
    try:
        assert entered.wait(30)
        # The late transaction has its seq but has not committed: a pull now must
        # neither see it nor move the cursor past it.
        during, cursor_during = hub_b.pull_all(cursor)
        assert during == []
    finally:
        release.set()
        late.join(30)
    db.before_commit_hook = None
    after, _ = hub_b.pull_all(cursor_during)
    assert [c["record_id"] for c in after] == [late_id]
