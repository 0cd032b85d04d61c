"""The contract: committed OpenAPI == served; errors are JSON; hardening."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from accesspoint_server.openapi_doc import openapi_text

from .helpers import Hub

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_committed_openapi_matches_the_served_document(client) -> None:
    served = client.get("/openapi.json")
    assert served.status_code == 200
    assert json.loads(COMMITTED.read_text()) == served.json(), (
        "docs/openapi.json is stale: run `accesspoint-server openapi --out docs/openapi.json`")
    assert COMMITTED.read_text() == openapi_text()


def test_every_api_path_is_versioned_or_oruk(client) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert all(p.startswith(("/api/v1/", "/oruk/")) for p in paths), paths


def test_errors_are_json_with_code_and_message(client) -> None:
    for method, path in [("GET", "/nowhere"), ("DELETE", "/oruk/services"),
                         ("GET", "/oruk/services?page=0")]:
        r = client.request(method, path)
        body = r.json()
        assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body
    assert client.get("/nowhere").json()["error"]["code"] == "not_found"
    assert client.get("/oruk/services?page=0").status_code == 422


def test_security_headers(client) -> None:
    r = client.get("/oruk/")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert client.get("/api/v1/sync/handshake").headers["cache-control"] == "no-store"


def test_request_size_limits(hub_a: Hub) -> None:
    big = b'{"protocol": 1, "batch_id": "b", "ops": [], "x": "' + b"a" * (11 << 20) + b'"}'
    r = hub_a.client.post("/api/v1/sync/push", content=big,
                          headers={**hub_a.headers, "Content-Type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "payload_too_large"
    bomb = gzip.compress(b" " * (20 << 20))  # ~20 KB that inflates to 20 MB
    r = hub_a.client.post("/api/v1/sync/push", content=bomb,
                          headers={**hub_a.headers, "Content-Encoding": "gzip",
                                   "Content-Type": "application/json"})
    assert r.status_code == 413


def test_field_lengths_are_bounded(hub_a: Hub) -> None:
    body = {"protocol": 1, "batch_id": "x" * 65, "ops": []}
    r = hub_a.client.post("/api/v1/sync/push", json=body, headers=hub_a.headers)
    assert r.status_code == 422
    body = {"protocol": 1, "batch_id": "ok", "ops": [
        {"op_id": "o1", "kind": "enquiry", "record_id": "r1", "action": "append",
         "payload": {"text": "y" * (300 * 1024)}}]}
    r = hub_a.client.post("/api/v1/sync/push", json=body, headers=hub_a.headers)
    assert r.json()["results"][0]["status"] == "rejected"


def test_database_busy_is_503_with_retry_after(db, hub_a: Hub, monkeypatch) -> None:
    from fastapi.testclient import TestClient
    from sqlalchemy.exc import OperationalError

    from accesspoint_server import routes_api
    from accesspoint_server.app import create_app

    def busy(*_args: object) -> None:
        raise OperationalError("INSERT ...", {}, Exception("database is locked"))

    monkeypatch.setattr(routes_api, "push_batch", busy)
    with TestClient(create_app(db, migrate=False), raise_server_exceptions=False) as c:
        r = c.post("/api/v1/sync/push", json={"protocol": 1, "batch_id": "b", "ops": []},
                   headers=hub_a.headers)
    assert r.status_code == 503 and r.headers["Retry-After"] == "10"
    assert r.json()["error"]["code"] == "busy"


def test_unknown_query_parameters_are_refused_on_the_api_only(hub_a: Hub) -> None:
    r = hub_a.client.get("/api/v1/sync/pull", params={"sinse": "x"}, headers=hub_a.headers)
    assert r.status_code == 422 and "sinse" in r.json()["error"]["message"]
    assert hub_a.client.get("/oruk/services", params={"full": "true"}).status_code == 200
