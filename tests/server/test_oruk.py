"""ORUK 3.0 endpoints: shapes validated against the shared schemas, and filters."""

from __future__ import annotations

from pathlib import Path

import pytest

from accesspoint_server.directory import load_postcodes, read_publisher, save_services

from .oruk_fixtures import (
    OFFICIAL_ID,
    POSTCODES_CSV,
    TERM_DEBT,
    TERM_FOOD,
    directory_docs,
    page_schema,
    schema,
    validate,
)


@pytest.fixture
def directory(db, tmp_path: Path):
    save_services(db, directory_docs())
    csv_path = tmp_path / "onspd.csv"
    csv_path.write_text(POSTCODES_CSV)
    assert load_postcodes(db, csv_path) == 2
    return db


def names(client, **params) -> list[str]:
    r = client.get("/oruk/services", params=params)
    assert r.status_code == 200, r.text
    return sorted(s["name"] for s in r.json()["contents"])


def test_api_info_is_open(client) -> None:
    r = client.get("/oruk/")
    assert r.status_code == 200
    assert r.json()["version"] == "3.0"
    assert set(r.json()) == {"version", "profile", "openapi_url"}


def test_services_page_and_records_validate_against_oruk_schemas(client, directory) -> None:
    r = client.get("/oruk/services", params={"per_page": 2})
    body = r.json()
    validate(body, page_schema(schema("service_list.json")))
    assert (body["total_items"], body["total_pages"], body["size"]) == (5, 3, 2)
    assert body["first_page"] and not body["last_page"] and not body["empty"]
    last = client.get("/oruk/services", params={"per_page": 2, "page": 3}).json()
    assert last["last_page"] and last["size"] == 1
    full_schema = schema("service.json")
    for item in client.get("/oruk/services", params={"per_page": 50}).json()["contents"]:
        full = client.get(f"/oruk/services/{item['id']}")
        assert full.status_code == 200
        validate(full.json(), full_schema)
    official = client.get(f"/oruk/services/{OFFICIAL_ID}").json()
    assert official["service_at_locations"][0]["location"]["addresses"][0]["city"] == "MyCity"
    assert client.get("/oruk/services/nope").json()["error"]["code"] == "not_found"


def test_service_at_locations_and_taxonomies_validate(client, directory) -> None:
    body = client.get("/oruk/service_at_locations").json()
    validate(body, page_schema(schema("service_at_location_list.json")))
    assert body["total_items"] == 5
    full_schema = schema("service_at_location.json")
    for item in body["contents"]:
        full = client.get(f"/oruk/service_at_locations/{item['id']}")
        assert full.status_code == 200
        validate(full.json(), full_schema)
    terms = client.get("/oruk/taxonomy_terms").json()
    validate(terms, page_schema({"type": "object", "required": ["id", "name"]}))
    assert {t["id"] for t in terms["contents"]} >= {TERM_FOOD, TERM_DEBT}
    assert client.get(f"/oruk/taxonomy_terms/{TERM_FOOD}").json()["name"] == "Food"
    taxonomies = client.get("/oruk/taxonomies").json()
    validate(taxonomies, page_schema({"type": "object"}))


def test_oruk1_input_is_converted(client, directory) -> None:
    doc = client.get("/oruk/services/22222222-0000-4000-8000-000000000099").json()
    validate(doc, schema("service.json"))
    assert doc["minimum_age"] == 18 and doc["schedules"][0]["byday"] == "WE"
    assert doc["attributes"][0]["taxonomy_term"]["id"] == TERM_DEBT
    assert doc["service_at_locations"][0]["location"]["addresses"][0]["postal_code"] == "BD1 1AA"


def test_filters(client, directory) -> None:
    assert names(client, search="pantry") == ["Bradford Pantry"]
    assert names(client, search="DEBT clinic") == ["Youth Debt Clinic"]
    assert names(client, taxonomy_term_id=TERM_FOOD) == ["Bradford Pantry", "Food Bank"]
    # Age: services open to someone aged 15 (ranges overlap).
    assert "Youth Debt Clinic" in names(client, minimum_age=15, maximum_age=15)
    assert "Old Feed Advice" not in names(client, minimum_age=15, maximum_age=15)
    assert "Youth Debt Clinic" not in names(client, minimum_age=30)
    assert names(client, day="SA") == ["Youth Debt Clinic"]
    assert names(client, day="wednesday", start_time="10:30", end_time="11:30") == [
        "Food Bank", "Old Feed Advice"]
    assert names(client, day="WE", start_time="08:00") == []
    # The v1 service has no last_modified: it counts as modified when loaded.
    assert names(client, modified_after="2026-05-01T00:00:00Z") == ["Food Bank", "Old Feed Advice"]
    assert names(client, modified_after="2020-01-01T00:00:00Z") == names(client)
    near_leeds = names(client, postcode="ls14ap", proximity="2000")
    assert near_leeds == ["Food Bank", "Youth Debt Clinic"]
    assert len(names(client, postcode="LS1 4AP", proximity="20000")) == 4
    r = client.get("/oruk/service_at_locations", params={"postcode": "BD1 1AA",
                                                         "proximity": "1000"})
    assert sorted(i["service"]["name"] for i in r.json()["contents"]) == [
        "Bradford Pantry", "Old Feed Advice"]
    assert client.get("/oruk/services", params={"day": "someday"}).status_code == 400
    assert client.get("/oruk/services", params={"start_time": "25:00"}).status_code == 400
    r = client.get("/oruk/services", params={"postcode": "ZZ99 9ZZ", "proximity": "10"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"


def test_directory_and_postcodes_flow_down_to_hubs(hub_a, directory) -> None:
    changes, _ = hub_a.pull_all()
    kinds = [c["kind"] for c in changes]
    assert kinds.count("service") == 5
    pcs = {c["record_id"]: c["payload"] for c in changes if c["kind"] == "postcode"}
    assert pcs["LS1 4AP"] == {"postcode": "LS1 4AP", "lat": 53.7997, "long": -1.5492}


def test_reloading_a_service_replaces_its_feed_entry(hub_a, db) -> None:
    docs = directory_docs()[1:2]
    save_services(db, docs)
    _, cursor = hub_a.pull_all()
    save_services(db, [{**docs[0], "name": "Food Bank (moved)"}])
    changes, _ = hub_a.pull_all(cursor)
    assert [c["payload"]["name"] for c in changes] == ["Food Bank (moved)"]
    all_changes, _ = hub_a.pull_all()
    assert len([c for c in all_changes if c["kind"] == "service"]) == 1


def test_loading_from_another_publisher_pages_and_fetches_full_records(client, directory,
                                                                       db_url) -> None:
    from accesspoint_server.db import Database

    def fetch(url: str):
        r = client.get(url.replace("http://publisher", ""))
        assert r.status_code == 200
        return r.json()

    docs = list(read_publisher("http://publisher/oruk", fetch=fetch, per_page=2))
    assert len(docs) == 5 and all("service_at_locations" in d for d in docs)
    other = Database(db_url.replace("server.sqlite3", "other.sqlite3")) \
        if db_url.startswith("sqlite") else None
    if other is not None:
        other.migrate()
        assert save_services(other, docs) == 5
        other.dispose()
