"""The push answer is sent as stored (same bytes on every resend), and the
reconcile summary made in SQL equals the protocol's formula on awkward ids."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import text

from accesspoint_server.db import Database
from sync import protocol as p

from .helpers import Hub, op, transfer


def test_a_resent_batch_gets_the_same_bytes(hub_a: Hub, hub_b: Hub) -> None:
    member = op("member", {"given_name": "Ann", "town": "Leeds"}, action="upsert")
    assert hub_a.push_ok([member])[0]["version"] == 1
    # hub b edits the town; hub a, still on version 1, edits the name: merged,
    # so hub a's answer carries the server record (the slow, json.dumps path).
    edit_b = op("member", {**member["payload"], "town": "York"}, action="upsert",
                record_id=member["record_id"], base_version=1, changed=["town"])
    assert hub_b.push_ok([edit_b])[0]["status"] == "applied"
    edit_a = op("member", {**member["payload"], "given_name": "Anne"}, action="upsert",
                record_id=member["record_id"], base_version=1, changed=["given_name"])
    ops = [edit_a, op("enquiry", {"description": "é 中文 \"q\""}),
           transfer("member:m1", "member:m2", 30), op("enquiry", {"hub_id": hub_b.hub_id})]
    batch_id = str(uuid.uuid4())
    first = hub_a.push(ops, batch_id)
    assert first.status_code == 200, first.text
    results = first.json()["results"]
    assert [r["status"] for r in results] == ["applied", "applied", "applied", "rejected"]
    assert results[0]["server_record"]["town"] == "York"
    assert results[0]["server_record"]["given_name"] == "Anne"
    assert results[2]["flags"] == [p.FLAG_OVERDRAWN]
    # Stored as json.dumps writes it (answer_scrub finds copies by that spelling).
    assert first.content.decode() == json.dumps(first.json())
    for _ in range(2):
        again = hub_a.push(ops, batch_id)
        assert again.status_code == 200 and again.content == first.content


def test_an_empty_batch_is_answered_and_resent_alike(hub_a: Hub) -> None:
    batch_id = str(uuid.uuid4())
    first = hub_a.push([], batch_id)
    assert first.status_code == 200 and first.json() == {"batch_id": batch_id, "results": []}
    assert hub_a.push([], batch_id).content == first.content
    # The same id with another body is still refused.
    other = hub_a.push([op("enquiry")], batch_id)
    assert other.status_code == 409 and other.json()["error"]["code"] == p.ERR_BATCH_MISMATCH


# Orders where a linguistic collation (case-blind, punctuation ignored) and code
# point order disagree: the server must sort as Python does.
IDS = ["a", "B", "b", "_x", "-y", ".z", ":w", "10", "9", "Zz", "zZ", "a-b", "ab", "A.b"]


def test_reconcile_summary_is_the_protocol_hash_of_sorted_ids(hub_a: Hub, hub_b: Hub) -> None:
    ids = IDS
    assert {r["status"] for r in hub_a.push_ok(
        [op("enquiry_note", {"text": i}, record_id=i) for i in ids])} == {"applied"}
    people = [op("person", {"given_name": "P"}, action="upsert") for _ in range(3)]
    hub_a.push_ok(people)
    hub_b.push_ok([op("enquiry_note", {"text": "b's"}, record_id="b-only")])
    r = hub_a.client.get(p.RECONCILE_PATH, headers=hub_a.headers)
    assert r.status_code == 200, r.text
    assert r.json() == {"kinds": {
        "enquiry_note": {"count": len(ids), "hash": p.ids_hash(ids)},
        "person": {"count": 3, "hash": p.ids_hash(o["record_id"] for o in people)}}}
    fresh = hub_b.client.get(p.RECONCILE_PATH, headers=hub_b.headers).json()
    assert fresh == {"kinds": {"enquiry_note": {"count": 1, "hash": p.ids_hash(["b-only"])}}}


def test_reconcile_sorts_by_code_point_under_a_linguistic_collation(db: Database,
                                                                   hub_a: Hub) -> None:
    """A council's PostgreSQL may sort text linguistically (the test cluster sorts by
    code point): with the ids column under an ICU collation the summary is still
    the hash of the ids in Python's order."""
    if db.is_sqlite:
        pytest.skip("PostgreSQL collations only")
    with db.write_engine.begin() as conn:
        if conn.execute(text("SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'")
                        ).first() is None:
            pytest.skip("no ICU collation in this PostgreSQL")
    alter = 'ALTER TABLE records ALTER COLUMN record_id TYPE varchar(64) COLLATE "{}"'
    with db.write_engine.begin() as conn:
        conn.execute(text(alter.format("und-x-icu")))
    try:
        hub_a.push_ok([op("enquiry_note", {"text": i}, record_id=i) for i in IDS])
        with db.read() as conn:
            linguistic = [r[0] for r in conn.execute(text(
                "SELECT record_id FROM records WHERE kind = 'enquiry_note' ORDER BY record_id"))]
        assert linguistic != sorted(IDS)  # the trap is armed
        r = hub_a.client.get(p.RECONCILE_PATH, headers=hub_a.headers)
        assert r.json()["kinds"]["enquiry_note"] == {"count": len(IDS), "hash": p.ids_hash(IDS)}
    finally:
        with db.write_engine.begin() as conn:
            conn.execute(text(alter.format("default")))
