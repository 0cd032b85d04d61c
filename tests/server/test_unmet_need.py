"""'No suitable service found' records (evidence for commissioning) are accepted from
the hub that made them and stay that hub's: another hub's token never sees them."""

from __future__ import annotations

from .helpers import Hub, op


def test_unmet_need_is_applied_and_stays_with_its_hub(hub_a: Hub, hub_b: Hub,
                                                       admin_headers) -> None:
    unmet = op("unmet_need", {"needs": ["housing"], "enquiry_id": "e1"})
    r = hub_a.push([unmet])
    assert r.status_code == 200
    assert [x["status"] for x in r.json()["results"]] == ["applied"]
    records = hub_a.client.get("/api/v1/admin/records/unmet_need", headers=admin_headers)
    assert [x["record_id"] for x in records.json()["records"]] == [unmet["record_id"]]
    pulled = hub_b.client.get("/api/v1/sync/pull", headers=hub_b.headers).json()["changes"]
    assert unmet["record_id"] not in {c["record_id"] for c in pulled}
