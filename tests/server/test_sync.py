"""Push, pull and reconcile per docs/sync-protocol.md."""

from __future__ import annotations

import gzip
import json
import uuid

from sync import protocol as p

from .helpers import Hub, op, transfer


def test_handshake(hub_a: Hub, db) -> None:
    r = hub_a.client.get("/api/v1/sync/handshake", headers=hub_a.headers)
    assert r.status_code == 200
    body = r.json()
    assert body["protocol_min"] == 1 and body["protocol_max"] == 1
    assert body["server_epoch"] == db.epoch()
    assert body["hub_id"] == hub_a.hub_id and body["hub_name"] == "Hub A"
    assert body["server_time"].endswith("Z")


def test_push_applies_and_replayed_batch_returns_the_stored_answer(hub_a: Hub,
                                                                  admin_headers) -> None:
    ops = [op("enquiry", {"description": "help"}), op("consent_event", {"scope": "x"})]
    batch_id = str(uuid.uuid4())
    first = hub_a.push(ops, batch_id)
    assert first.status_code == 200
    assert [r["status"] for r in first.json()["results"]] == ["applied", "applied"]
    again = hub_a.push(ops, batch_id)
    assert again.status_code == 200
    assert again.json() == first.json()  # the stored answer, replayed verbatim
    r = hub_a.client.get("/api/v1/admin/records/enquiry", headers=admin_headers)
    assert len(r.json()["records"]) == 1


def test_same_batch_id_with_a_different_body_is_409(hub_a: Hub) -> None:
    batch_id = str(uuid.uuid4())
    assert hub_a.push([op("enquiry")], batch_id).status_code == 200
    r = hub_a.push([op("enquiry")], batch_id)
    assert r.status_code == 409
    assert r.json()["error"]["code"] == p.ERR_BATCH_MISMATCH


def test_gzip_body_is_accepted(hub_a: Hub) -> None:
    body = {"protocol": 1, "batch_id": str(uuid.uuid4()), "ops": [op("enquiry")]}
    r = hub_a.client.post("/api/v1/sync/push", content=p.gzip_json(body),
                          headers={**hub_a.headers, "Content-Encoding": "gzip",
                                   "Content-Type": "application/json"})
    assert r.status_code == 200, r.text
    assert r.json()["results"][0]["status"] == "applied"


def test_same_op_id_different_payload_is_rejected_not_applied(hub_a: Hub, client,
                                                              admin_headers) -> None:
    first = op("enquiry", {"description": "original"})
    assert hub_a.push_ok([first])[0]["status"] == "applied"
    tampered = {**first, "payload": {**first["payload"], "description": "changed"}}
    result = hub_a.push_ok([tampered])[0]
    assert result["status"] == "rejected"
    assert "different payload" in result["reason"]
    r = client.get(f"/api/v1/records/enquiry/{first['record_id']}", headers=hub_a.headers)
    assert r.json()["payload"]["description"] == "original"
    # The original op resent in a new batch is a duplicate, not a second copy.
    assert hub_a.push_ok([first])[0]["status"] == "duplicate"


def test_same_record_id_in_a_new_op_is_a_duplicate_or_rejected(hub_a: Hub) -> None:
    first = op("enquiry", {"description": "a"})
    hub_a.push_ok([first])
    same = {**first, "op_id": str(uuid.uuid4())}
    assert hub_a.push_ok([same])[0]["status"] == "duplicate"
    other = {**same, "op_id": str(uuid.uuid4()), "payload": {"id": first["record_id"], "x": 1}}
    assert hub_a.push_ok([other])[0]["status"] == "rejected"


def test_upsert_versions_conflicts_and_field_merge(hub_a: Hub, hub_b: Hub) -> None:
    pid = str(uuid.uuid4())
    v1 = hub_a.push_ok([op("member", {"name": "Ann", "phone": "1", "email": "a@x"},
                           action="upsert", record_id=pid)])[0]
    assert (v1["status"], v1["version"]) == ("applied", 1)
    # Hub B edits phone at version 1 -> version 2.
    r = hub_b.push_ok([op("member", {"name": "Ann", "phone": "2", "email": "a@x"},
                          action="upsert", record_id=pid, base_version=1, changed=["phone"])])[0]
    assert (r["status"], r["version"]) == ("applied", 2)
    # Hub A edits email from base 1: disjoint fields -> merged.
    r = hub_a.push_ok([op("member", {"name": "Ann", "phone": "1", "email": "b@x"},
                          action="upsert", record_id=pid, base_version=1, changed=["email"])])[0]
    assert (r["status"], r["version"]) == ("applied", 3)
    assert r["server_record"]["phone"] == "2" and r["server_record"]["email"] == "b@x"
    merged = [c for c in hub_a.pull_all()[0] if c["record_id"] == pid]
    assert merged[0]["version"] == 3 and merged[0]["payload"]["phone"] == "2"
    # Hub A edits phone from base 1: overlaps B's change -> conflict with the server record.
    r = hub_a.push_ok([op("member", {"name": "Ann", "phone": "9", "email": "b@x"},
                          action="upsert", record_id=pid, base_version=1, changed=["phone"])])[0]
    assert r["status"] == "conflict"
    assert r["server_record"]["phone"] == "2" and r["version"] == 3


def test_non_mergeable_kind_with_old_base_conflicts(hub_a: Hub) -> None:
    rid = str(uuid.uuid4())
    hub_a.push_ok([op("local_service", {"name": "a"}, action="upsert", record_id=rid)])
    hub_a.push_ok([op("local_service", {"name": "b"}, action="upsert", record_id=rid,
                      base_version=1)])
    r = hub_a.push_ok([op("local_service", {"name": "c"}, action="upsert", record_id=rid,
                          base_version=1, changed=["name"])])[0]
    assert r["status"] == "conflict"


def test_members_flow_to_other_hubs_not_back_to_the_pusher(hub_a: Hub, hub_b: Hub) -> None:
    mid = str(uuid.uuid4())
    hub_a.push_ok([op("member", {"name": "Bo"}, action="upsert", record_id=mid)])
    b_changes, _ = hub_b.pull_all()
    assert [(c["kind"], c["record_id"]) for c in b_changes] == [("member", mid)]
    a_changes, _ = hub_a.pull_all()
    assert not [c for c in a_changes if c["kind"] == "member"]


def test_delete_is_a_tombstone_that_reaches_other_hubs_for_people(hub_a: Hub, hub_b: Hub) -> None:
    pid = str(uuid.uuid4())
    hub_a.push_ok([op("person", {"given_name": "Secret"}, action="upsert", record_id=pid)])
    _, cursor = hub_b.pull_all()
    r = hub_a.push_ok([op("person", {}, action="delete", record_id=pid)])[0]
    assert r["status"] == "applied"
    changes, _ = hub_b.pull_all(cursor)
    assert changes == [{"seq": changes[0]["seq"], "kind": "person", "record_id": pid,
                        "action": "delete", "version": 2, "payload": None}]
    assert hub_a.push_ok([op("person", {}, action="delete", record_id=pid)])[0]["status"] == \
        "duplicate"
    again = hub_a.push_ok([op("person", {"given_name": "X"}, action="upsert", record_id=pid,
                              base_version=2)])[0]
    assert again["status"] == "rejected"


def test_pull_pages_and_cursor_from_another_epoch_is_410(hub_a: Hub, hub_b: Hub, db) -> None:
    hub_a.push_ok([op("member", {"n": i}, action="upsert") for i in range(25)])
    r = hub_b.client.get("/api/v1/sync/pull", params={"limit": 10}, headers=hub_b.headers)
    body = r.json()
    assert len(body["changes"]) == 10 and body["has_more"] is True
    changes, cursor = hub_b.pull_all(limit=7)
    assert len(changes) == 25
    seqs = [c["seq"] for c in changes]
    assert seqs == sorted(seqs) and len(set(seqs)) == 25
    more, cursor2 = hub_b.pull_all(cursor)
    assert more == [] and cursor2 == cursor
    db.rotate_epoch()
    r = hub_b.client.get("/api/v1/sync/pull", params={"since": cursor}, headers=hub_b.headers)
    assert r.status_code == 410
    assert r.json()["error"]["code"] == p.ERR_CURSOR_EXPIRED
    r = hub_b.client.get("/api/v1/sync/pull", params={"since": "junk"}, headers=hub_b.headers)
    assert r.status_code == 400


def test_reconcile_counts_and_hashes_this_hubs_records(hub_a: Hub, hub_b: Hub) -> None:
    ops = [op("enquiry") for _ in range(3)] + [op("person", {}, action="upsert")]
    hub_a.push_ok(ops)
    hub_b.push_ok([op("enquiry")])
    body = hub_a.client.get("/api/v1/sync/reconcile", headers=hub_a.headers).json()
    enquiry_ids = [o["record_id"] for o in ops if o["kind"] == "enquiry"]
    assert body["kinds"]["enquiry"] == {"count": 3, "hash": p.ids_hash(enquiry_ids)}
    assert body["kinds"]["person"]["count"] == 1


def test_ledger_applies_all_transfers_flags_overdrawn_and_sends_balances(
        hub_a: Hub, hub_b: Hub, admin_headers) -> None:
    m = "member:" + str(uuid.uuid4())
    hub_a.push_ok([transfer("project:garden", m, 60)])
    # Both hubs spend the same 60 minutes offline.
    spend_b = transfer(m, "rewards", 50)
    ra = hub_a.push_ok([transfer(m, "rewards", 50)])[0]
    rb = hub_b.push_ok([spend_b])[0]
    assert ra["status"] == rb["status"] == "applied"
    assert ra["flags"] == [] and rb["flags"] == [p.FLAG_OVERDRAWN]
    client = hub_a.client
    flagged = client.get("/api/v1/admin/overdrawn", headers=admin_headers).json()["transfers"]
    assert [t["transfer_id"] for t in flagged] == [spend_b["record_id"]]
    assert flagged[0]["hub_id"] == hub_b.hub_id and flagged[0]["balance_after"] == -40
    check = client.get("/api/v1/admin/ledger/check", headers=admin_headers).json()
    assert check["ok"] and check["sum_minutes"] == 0
    changes, _ = hub_a.pull_all()
    balances = {c["record_id"]: c["payload"] for c in changes if c["kind"] == "balance"}
    assert balances[m] == {"account": m, "member_id": m.split(":", 1)[1],
                           "balance_minutes": -40}
    assert balances["rewards"]["balance_minutes"] == 100
    assert not [c for c in changes if c["kind"] == "ledger_transfer"]
    # Not an upsert, not a bad transfer.
    bad = transfer(m, m, 5)
    assert hub_a.push_ok([bad])[0]["status"] == "rejected"
    upd = {**transfer("a", "b", 5), "action": "upsert"}
    assert hub_a.push_ok([upd])[0]["status"] == "rejected"


def test_unknown_kind_and_down_only_kinds_are_rejected(hub_a: Hub) -> None:
    results = hub_a.push_ok([op("service", {"name": "x"}, action="upsert"),
                             op("balance", {}, action="upsert"), op("nonsense")])
    assert [r["status"] for r in results] == ["rejected"] * 3


def test_protocol_version_outside_range_is_refused(hub_a: Hub) -> None:
    body = {"protocol": 99, "batch_id": str(uuid.uuid4()), "ops": []}
    r = hub_a.client.post("/api/v1/sync/push", json=body, headers=hub_a.headers)
    assert r.status_code == 400
    assert r.json()["error"]["code"] == p.ERR_PROTOCOL_UNSUPPORTED


def test_push_validation_errors_are_json(hub_a: Hub) -> None:
    r = hub_a.client.post("/api/v1/sync/push", content=b"{not json",
                          headers={**hub_a.headers, "Content-Type": "application/json"})
    assert r.status_code == 422
    assert r.json()["error"]["code"] == p.ERR_VALIDATION
    r = hub_a.client.post("/api/v1/sync/push", content=gzip.compress(b"x")[:5],
                          headers={**hub_a.headers, "Content-Encoding": "gzip"})
    assert r.status_code in (400, 413)
    assert json.loads(r.content)["error"]["code"]


def test_council_writes_referral_updates_down_to_the_hub(hub_a: Hub, hub_b: Hub,
                                                          admin_headers) -> None:
    ref = op("referral", {"service": "x"}, action="upsert")
    hub_a.push_ok([ref])
    _, cursor = hub_a.pull_all()
    event = op("referral_event", {"referral_id": ref["record_id"], "status": "accepted"})
    body = {"protocol": 1, "batch_id": str(uuid.uuid4()), "ops": [event]}
    r = hub_a.client.post(f"/api/v1/admin/hubs/{hub_a.hub_id}/push", json=body,
                          headers=admin_headers)
    assert r.json()["results"][0]["status"] == "applied"
    changes, _ = hub_a.pull_all(cursor)
    assert [(c["kind"], c["payload"]["status"]) for c in changes] == [
        ("referral_event", "accepted")]
    assert not [c for c in hub_b.pull_all()[0] if c["kind"] == "referral_event"]
    assert hub_a.client.post(f"/api/v1/admin/hubs/{hub_a.hub_id}/push", json=body,
                             headers=hub_a.headers).status_code == 403
    assert hub_a.client.post("/api/v1/admin/hubs/nope/push", json=body,
                             headers=admin_headers).status_code == 404
