"""Fault injection: connections dropped before and after commit, replays, and
what the server writes to its logs."""

from __future__ import annotations

import logging
import uuid

import pytest

from accesspoint_server.db import Database
from accesspoint_server.push import push_batch

from .helpers import Hub, op, transfer

SECRET = "Hortensia-" + uuid.uuid4().hex


def _count(client, admin_headers, kind: str) -> int:
    r = client.get(f"/api/v1/admin/records/{kind}", params={"limit": 5000},
                   headers=admin_headers)
    return len(r.json()["records"])


def test_drop_before_commit_then_resend_applies_once(db: Database, hub_a: Hub,
                                                     admin_headers) -> None:
    ops = [op("enquiry"), op("person", {}, action="upsert"), transfer("project:p", "member:x", 5)]
    batch_id = str(uuid.uuid4())

    def die(_conn: object) -> None:
        raise ConnectionError("connection dropped before commit")

    db.before_commit_hook = die
    with pytest.raises(ConnectionError):
        push_batch(db, hub_a.hub_id, hub_a.device_id,
                   {"protocol": 1, "batch_id": batch_id, "ops": ops})
    db.before_commit_hook = None
    assert _count(hub_a.client, admin_headers, "enquiry") == 0  # rolled back whole
    r = hub_a.push(ops, batch_id)
    assert [x["status"] for x in r.json()["results"]] == ["applied"] * 3
    for _ in range(3):
        assert hub_a.push(ops, batch_id).json() == r.json()
    assert _count(hub_a.client, admin_headers, "enquiry") == 1
    bal = hub_a.client.get("/api/v1/admin/balances", headers=admin_headers).json()
    assert {b["account"]: b["balance_minutes"] for b in bal["balances"]}["member:x"] == 5


def test_drop_after_commit_then_resend_gets_the_stored_answer(db: Database, hub_a: Hub,
                                                              hub_b: Hub,
                                                              admin_headers) -> None:
    ops = [op("enquiry") for _ in range(5)] + [op("member", {"n": 1}, action="upsert")]
    body = {"protocol": 1, "batch_id": str(uuid.uuid4()), "ops": ops}
    lost_answer = push_batch(db, hub_a.hub_id, hub_a.device_id, body)  # committed, never seen
    r = hub_a.push(ops, body["batch_id"])
    assert r.json() == lost_answer
    # The client gives up on the batch id but re-sends the same ops in a new one.
    again = hub_a.push_ok(ops)
    assert {x["status"] for x in again} == {"duplicate"}
    assert _count(hub_a.client, admin_headers, "enquiry") == 5
    members, _ = hub_b.pull_all()
    assert len([c for c in members if c["kind"] == "member"]) == 1


def test_logs_carry_no_personal_data(hub_a: Hub, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    hub_a.push_ok([op("person", {"given_name": SECRET, "phone": "07700 900123"},
                      action="upsert")])
    hub_a.pull_all()
    hub_a.client.get("/oruk/services", params={"search": SECRET})
    # Server-side loggers only (httpx's client log shows the URL the test sent).
    text = "\n".join(r.getMessage() for r in caplog.records
                     if r.name.startswith(("accesspoint_server", "uvicorn", "sqlalchemy")))
    assert "request" in text
    assert SECRET not in text and "07700" not in text and hub_a.token not in text
