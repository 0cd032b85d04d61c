"""The bulk push path: hashes made once per payload, rows written in bulk.

The hashes must be byte-for-byte those of the original formulas (records,
ops and batches stored by earlier versions are compared against them), and a
big mixed batch must give the same answers as ops sent one by one would.
"""

from __future__ import annotations

import random
import uuid

from accesspoint_server.op_hashing import digest_batch
from accesspoint_server.push import OP_FIELDS, op_hash
from sync import protocol as p

from .helpers import Hub, op, transfer

AWKWARD = ["plain", "", "quote \" and back\\slash", "tab\tnew\nline", "é ü 中文 🙂",
           "\u2028\u2029", "/slash/", "ctrl\x01", "a" * 300]


def _random_value(rng: random.Random, depth: int = 0) -> object:
    roll = rng.random()
    if depth < 2 and roll < 0.2:
        return {rng.choice(AWKWARD): _random_value(rng, depth + 1) for _ in range(3)}
    if depth < 2 and roll < 0.3:
        return [_random_value(rng, depth + 1) for _ in range(3)]
    return rng.choice([*AWKWARD, 0, -7, 3.25, 1e300, True, False, None])


def test_digests_equal_the_canonical_json_hashes() -> None:
    rng = random.Random(6)
    ops = []
    for i in range(300):
        ops.append({
            "op_id": rng.choice([str(uuid.uuid4()), f"op.{i}:x-y_z", f"odd id {i} é"]),
            "kind": rng.choice(["enquiry", "member", "odd kind é", "k\"q"]),
            "record_id": rng.choice([str(uuid.uuid4()), f"rec é {i}", f"r\\{i}"]),
            "action": rng.choice(["append", "upsert", "delete"]),
            "base_version": rng.choice([None, 0, 3, 10**12]),
            "changed": rng.choice([None, [], ["name", "é", "a\"b"]]),
            "payload": rng.choice([{}, {"k": _random_value(rng)},
                                   {w: _random_value(rng) for w in AWKWARD[:5]}]),
        })
    body_hash, digests = digest_batch(1, ops)
    expected_body = p.payload_hash({"protocol": 1, "ops": [
        {"op_id": o["op_id"], **{k: o.get(k) for k in OP_FIELDS}} for o in ops]})
    assert body_hash == expected_body
    for o, d in zip(ops, digests, strict=True):
        assert d.op_hash == op_hash(o)
        assert d.payload_hash == p.payload_hash(o["payload"])
        assert d.size == len(p.canonical_json(o["payload"]))


def test_a_digest_differs_when_any_field_differs() -> None:
    base = {"op_id": "o1", "kind": "enquiry", "record_id": "r1", "action": "upsert",
            "base_version": 1, "changed": ["a"], "payload": {"a": 1}}
    ref_body, (ref,) = digest_batch(1, [base])
    for field, value in [("kind", "person"), ("record_id", "r2"), ("action", "append"),
                         ("base_version", 2), ("changed", ["b"]), ("payload", {"a": 2})]:
        body, (d,) = digest_batch(1, [{**base, field: value}])
        assert d.op_hash != ref.op_hash and body != ref_body, field
    body, (d,) = digest_batch(1, [{**base, "op_id": "o2"}])
    assert d.op_hash == ref.op_hash and body != ref_body  # the op hash leaves out the id
    assert digest_batch(2, [base])[0] != ref_body


def test_a_large_mixed_batch_gives_the_per_op_answers(hub_a: Hub, hub_b: Hub,
                                                      admin_headers) -> None:
    """600 ops in one batch: new, repeated within the batch, seen in an earlier batch,
    another hub's op id, same id with another payload, overdrawn transfers, unicode."""
    earlier = [op("enquiry", {"description": f"earlier {i}"}) for i in range(50)]
    assert {r["status"] for r in hub_a.push_ok(earlier)} == {"applied"}
    b_op = op("enquiry", {"description": "hub b's"})
    assert hub_b.push_ok([b_op])[0]["status"] == "applied"
    fresh = [op("enquiry_note", {"text": f"note {i} é 中文 \"quoted\""}) for i in range(400)]
    changed_payload = {**earlier[0], "payload": {**earlier[0]["payload"], "description": "x"}}
    transfers = [transfer("member:m1", "member:m2", 30) for _ in range(3)]
    ops = (fresh + fresh[:20] + earlier[:100] + [b_op, changed_payload] + transfers
           + [op("enquiry", {"description": f"tail {i}"}) for i in range(600 - 400 - 20
                                                                       - 50 - 2 - 3)])
    batch_id = str(uuid.uuid4())
    first = hub_a.push(ops, batch_id)
    assert first.status_code == 200, first.text
    results = first.json()["results"]
    assert len(results) == 600
    status = [r["status"] for r in results]
    assert status[:400] == ["applied"] * 400
    assert status[400:420] == ["duplicate"] * 20  # same op twice in one batch
    assert status[420:470] == ["duplicate"] * 50  # from the earlier batch
    assert status[470] == "rejected" and "already in use" in results[470]["reason"]
    assert status[471] == "rejected" and "different payload" in results[471]["reason"]
    assert status[472:475] == ["applied"] * 3
    # 90 minutes out of an empty account: each transfer is applied and flagged.
    assert all(r["flags"] == ["overdrawn"] for r in results[472:475])
    assert set(status[475:]) == {"applied"}
    r = hub_a.client.get("/api/v1/admin/records/enquiry_note", headers=admin_headers,
                         params={"limit": 5000})
    notes = {rec["record_id"]: rec["payload"] for rec in r.json()["records"]}
    assert len(notes) == 400
    assert notes[fresh[7]["record_id"]]["text"] == 'note 7 é 中文 "quoted"'
    check = hub_a.client.get("/api/v1/admin/ledger/check", headers=admin_headers).json()
    assert check["ok"] and check["sum_minutes"] == 0
    changes, _ = hub_b.pull_all()
    assert not [c for c in changes if c["kind"] == "enquiry_note"]  # hub a's own records
    # The resent batch (a lost answer) is answered verbatim and applies nothing again.
    again = hub_a.push(ops, batch_id)
    assert again.status_code == 200 and again.json() == first.json()
    r = hub_a.client.get("/api/v1/admin/records/enquiry_note", headers=admin_headers,
                         params={"limit": 5000})
    assert len(r.json()["records"]) == 400


def test_awkward_text_survives_the_bulk_write(hub_a: Hub, admin_headers) -> None:
    """Rows go to PostgreSQL by COPY and to SQLite as driver tuples: tabs, newlines,
    backslashes, a literal \\N, control characters and non-BMP text come back intact."""
    texts = ["tab\there", "new\nline\r\n", "back\\slash", "\\N", "\\.", "nul \x00 bell \x07",
             "🙂 中文 é", "\u2028", "", "'; DROP TABLE records; --"]
    ops = [op("enquiry_note", {"text": t, "nested": {"k\t": [t, None, 1.5]}}) for t in texts]
    assert {r["status"] for r in hub_a.push_ok(ops)} == {"applied"}
    r = hub_a.client.get("/api/v1/admin/records/enquiry_note", headers=admin_headers)
    got = {rec["record_id"]: rec["payload"] for rec in r.json()["records"]}
    for o in ops:
        assert got[o["record_id"]] == o["payload"]
    # The same ops again (another batch id): every one recognised by its stored hash.
    assert {r["status"] for r in hub_a.push_ok(ops)} == {"duplicate"}
