"""Enrolment codes, device tokens, revocation, admin tokens and rate limits."""

from __future__ import annotations

from fastapi.testclient import TestClient

from accesspoint_server.app import create_app
from accesspoint_server.auth import RateLimiter, create_hub, revoke_device
from accesspoint_server.db import Database
from sync import protocol as p

from .helpers import Hub, enrol_hub

HANDSHAKE = "/api/v1/sync/handshake"


def test_enrolment_code_is_one_time_and_token_is_stored_hashed(client, db: Database) -> None:
    hub_id, code = create_hub(db, "Hub")
    r = client.post("/api/v1/enrol", json={"code": code.lower(), "device_name": "PC"})
    assert r.status_code == 200
    token = r.json()["token"]
    assert len(token) > 40 and r.json()["hub_id"] == hub_id
    again = client.post("/api/v1/enrol", json={"code": code, "device_name": "PC2"})
    assert again.status_code == 401
    assert again.json()["error"]["code"] == p.ERR_ENROL_USED
    from sqlalchemy import select

    from accesspoint_server import models as m

    with db.read() as conn:
        stored = conn.execute(select(m.devices.c.token_hash)).scalars().all()
    assert token not in stored and len(stored[0]) == 64


def test_expired_enrolment_code_is_refused(client, db: Database) -> None:
    _, code = create_hub(db, "Hub", expires_hours=-1)
    r = client.post("/api/v1/enrol", json={"code": code, "device_name": "PC"})
    assert r.status_code == 401
    assert r.json()["error"]["code"] == p.ERR_ENROL_EXPIRED


def test_unknown_code_and_missing_or_bad_token_are_401(client) -> None:
    r = client.post("/api/v1/enrol", json={"code": "NOPE-NOPE", "device_name": "PC"})
    assert r.status_code == 401 and r.json()["error"]["code"] == p.ERR_ENROL_INVALID
    assert client.get(HANDSHAKE).json()["error"]["code"] == p.ERR_UNAUTHORISED
    r = client.get(HANDSHAKE, headers={"Authorization": "Bearer apd_wrong"})
    assert r.status_code == 401


def test_revoked_device_is_refused_and_others_keep_working(client, db: Database) -> None:
    a1 = enrol_hub(client, db, "Hub A")
    a2 = enrol_hub(client, db, "Hub A2")
    assert revoke_device(db, a1.device_id)
    r = client.get(HANDSHAKE, headers=a1.headers)
    assert r.status_code == 401
    assert r.json()["error"]["code"] == p.ERR_TOKEN_REVOKED
    r = client.post("/api/v1/sync/push", json={"protocol": 1, "batch_id": "b1", "ops": []},
                    headers=a1.headers)
    assert r.status_code == 401
    assert client.get(HANDSHAKE, headers=a2.headers).status_code == 200
    assert not revoke_device(db, a1.device_id)  # already revoked


def test_failed_attempts_are_rate_limited_with_retry_after(db: Database) -> None:
    app = create_app(db, limiter=RateLimiter(limit=3, window_s=60), migrate=False)
    with TestClient(app) as client:
        for _ in range(3):
            r = client.post("/api/v1/enrol", json={"code": "WRONG", "device_name": "x"})
            assert r.status_code == 401
        r = client.post("/api/v1/enrol", json={"code": "WRONG", "device_name": "x"})
        assert r.status_code == 429
        assert int(r.headers["Retry-After"]) >= 1
        assert r.json()["error"]["code"] == p.ERR_RATE_LIMITED
        # Even a correct code waits out the window: guessing gains nothing.
        _, code = create_hub(db, "Hub")
        assert client.post("/api/v1/enrol",
                           json={"code": code, "device_name": "x"}).status_code == 429
        assert client.get(HANDSHAKE, headers={"Authorization": "Bearer x"}).status_code == 429


def test_admin_and_hub_tokens_are_kept_to_their_endpoints(hub_a: Hub, admin_headers) -> None:
    c = hub_a.client
    assert c.get("/api/v1/admin/overdrawn", headers=hub_a.headers).status_code == 403
    assert c.get("/api/v1/admin/records/person", headers=hub_a.headers).status_code == 403
    assert c.get(HANDSHAKE, headers=admin_headers).status_code == 403
    assert c.get("/api/v1/admin/overdrawn", headers=admin_headers).status_code == 200
