"""A hub reads and writes only its own residents' records; shared kinds are shared;
council admins see everything. Checked on every /api/v1 endpoint."""

from __future__ import annotations

import re
import uuid

from fastapi.routing import APIRoute

from sync import protocol as p

from .helpers import Hub, op

SECRET = "Zebediah-" + uuid.uuid4().hex


def _seed_hub_a(hub_a: Hub) -> dict[str, str]:
    ids = {}
    ops = []
    for kind in sorted(p.HUB_KINDS):
        o = op(kind, {"note": SECRET, "given_name": SECRET},
               action="append" if kind in p.APPEND_KINDS else "upsert")
        ids[kind] = o["record_id"]
        ops.append(o)
    assert {r["status"] for r in hub_a.push_ok(ops)} == {"applied"}
    return ids


def test_every_api_endpoint_keeps_hub_a_data_from_hub_b(hub_a: Hub, hub_b: Hub) -> None:
    ids = _seed_hub_a(hub_a)
    client = hub_b.client
    routes = [r for r in client.app.routes
              if isinstance(r, APIRoute) and r.path.startswith(p.API_PREFIX)]
    checked = 0
    for route in routes:
        for kind, rid in ids.items():
            path = route.path.replace("{kind}", kind).replace("{record_id}", rid)
            assert not re.search(r"{\w+}", path), path
            for method in route.methods:
                if method == "POST":
                    continue  # enrol/push are covered below
                r = client.request(method, path, headers=hub_b.headers)
                assert SECRET not in r.text, (method, path)
                assert rid not in r.text or r.status_code in (403, 404), (method, path)
                if "{record_id}" in route.path:
                    assert r.status_code in (403, 404)
                checked += 1
            if "{kind}" not in route.path:
                break
    assert checked >= len(routes)
    # Hub A can read its own.
    r = hub_a.client.get(f"/api/v1/records/person/{ids['person']}", headers=hub_a.headers)
    assert r.status_code == 200 and r.json()["payload"]["given_name"] == SECRET


def test_pull_and_reconcile_of_another_hub_never_carry_the_data(hub_a: Hub, hub_b: Hub) -> None:
    _seed_hub_a(hub_a)
    changes, _ = hub_b.pull_all()
    assert SECRET not in str(changes)
    assert hub_b.client.get("/api/v1/sync/reconcile", headers=hub_b.headers).json() == {
        "kinds": {}}


def test_pushing_onto_another_hubs_record_is_rejected(hub_a: Hub, hub_b: Hub) -> None:
    ids = _seed_hub_a(hub_a)
    results = hub_b.push_ok([
        op("person", {"given_name": "Mallory"}, action="upsert", record_id=ids["person"],
           base_version=1),
        op("person", {}, action="delete", record_id=ids["person"]),
        op("enquiry", {"note": "x"}, record_id=ids["enquiry"]),
        op("enquiry", {"hub_id": hub_a.hub_id}),
    ])
    assert [r["status"] for r in results] == ["rejected"] * 4
    assert all(r["server_record"] is None for r in results)
    r = hub_a.client.get(f"/api/v1/records/person/{ids['person']}", headers=hub_a.headers)
    assert r.json()["payload"]["given_name"] == SECRET and r.json()["version"] == 1


def test_another_hubs_batch_id_and_op_id_reveal_nothing(hub_a: Hub, hub_b: Hub) -> None:
    first = op("enquiry", {"note": SECRET})
    batch_id = str(uuid.uuid4())
    assert hub_a.push([first], batch_id).status_code == 200
    r = hub_b.push([first], batch_id)
    assert r.status_code == 409 and SECRET not in r.text
    res = hub_b.push_ok([first])[0]
    assert res["status"] == "rejected" and SECRET not in str(res)


def test_admin_reads_every_hub(hub_a: Hub, hub_b: Hub, admin_headers) -> None:
    ids = _seed_hub_a(hub_a)
    hub_b.push_ok([op("person", {"given_name": "B"}, action="upsert")])
    c = hub_a.client
    people = c.get("/api/v1/admin/records/person", headers=admin_headers).json()["records"]
    assert {r["hub_id"] for r in people} == {hub_a.hub_id, hub_b.hub_id}
    r = c.get(f"/api/v1/records/person/{ids['person']}", headers=admin_headers)
    assert r.status_code == 200
    only_a = c.get("/api/v1/admin/records/person", params={"hub_id": hub_a.hub_id},
                   headers=admin_headers).json()["records"]
    assert [r["record_id"] for r in only_a] == [ids["person"]]
