"""The report index is built in the background at server start (report_warmup.py),
a report request reads the database state once, and transfers pushed after the index
was built reach the reports (they have no feed rows)."""

from __future__ import annotations

import threading
import uuid
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import event

from accesspoint_server import report_warmup
from accesspoint_server.app import create_app
from accesspoint_server.auth import RateLimiter
from accesspoint_server.db import Database
from accesspoint_server.report_index import _INDEXES, TRANSFER, index_for, read_state

from .helpers import enrol_hub, op

RANGE = {"from": "2026-10-01", "to": "2026-10-31"}


def _earn(member: str, minutes: int = 90) -> dict[str, Any]:
    return op("ledger_transfer", {
        "from_account": "project:garden", "to_account": f"member:{member}",
        "minutes": minutes, "kind": "earn", "member_id": member, "activity_id": None,
        "activity_date": "2026-10-06", "created_at": "2026-10-06T12:00:00.000Z",
        "reverses": None})


def test_the_index_is_built_at_start_without_a_request(client, db: Database) -> None:
    warmup = client.app.state.report_warmup
    assert warmup.done.wait(30) and warmup.failed is None
    ix = _INDEXES.get(db.read_engine)
    assert ix is not None  # built by the start-up thread, no report asked for
    with db.read() as conn:
        assert (ix.epoch, ix.seq) == read_state(conn)


def test_a_request_during_the_build_gets_503_and_sync_still_answers(
        db: Database, monkeypatch) -> None:
    monkeypatch.setattr(report_warmup, "WAIT_S", 0.2)
    app = create_app(db, limiter=RateLimiter(limit=1000), migrate=False)
    hold = app.state.report_warmup.hold = threading.Event()  # a build that takes its time
    with TestClient(app) as client:
        hub = enrol_hub(client, db, "Early Hub")  # start-up did not wait for the build
        assert client.get("/api/v1/sync/handshake", headers=hub.headers).status_code == 200
        assert client.get("/oruk/").status_code == 200
        r = client.get("/api/v1/reports/open-data", params=RANGE)
        assert r.status_code == 503, r.text
        assert r.json()["error"]["code"] == "busy"
        assert int(r.headers["Retry-After"]) == report_warmup.RETRY_AFTER_S
        csv = client.get("/api/v1/reports/open-data/needs_by_week.csv", params=RANGE)
        assert csv.status_code == 503 and "Retry-After" in csv.headers
        hold.set()
        assert app.state.report_warmup.done.wait(30)
        r = client.get("/api/v1/reports/open-data", params=RANGE)
        assert r.status_code == 200, r.text


def test_transfers_pushed_after_the_build_reach_the_index(client, db: Database,
                                                          hub_a) -> None:
    assert client.app.state.report_warmup.done.wait(30)
    member = str(uuid.uuid4())
    with db.read() as conn:
        before = index_for(conn)
        assert not before.items[TRANSFER]
    sent = [_earn(member), _earn(member, 30)]
    assert all(r["status"] == "applied" for r in hub_a.push_ok(sent))
    with db.read() as conn:
        ix = index_for(conn)
    assert set(ix.items[TRANSFER]) == {o["record_id"] for o in sent}
    assert sum(v[0] for v in ix.ledger_day.values()) == 120


def test_a_report_request_reads_the_state_once(client, db: Database, hub_a,
                                               admin_headers) -> None:
    assert client.app.state.report_warmup.done.wait(30)
    hub_a.push_ok([_earn(str(uuid.uuid4()))])
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if "seq_counter" in statement:
            seen.append(statement)

    event.listen(db.read_engine, "before_cursor_execute", count)
    try:
        for path, headers in [("/api/v1/reports/open-data", {}),
                              ("/api/v1/reports/dashboard", admin_headers)]:
            for _ in range(2):  # built, then answered from the cache
                seen.clear()
                r = client.get(path, params=RANGE, headers=headers)
                assert r.status_code == 200, r.text
                assert len(seen) == 1, seen
    finally:
        event.remove(db.read_engine, "before_cursor_execute", count)
