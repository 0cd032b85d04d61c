"""A retried enrolment (the answer was lost after the code was spent) gets a token
for the same device; nobody else can use the spent code."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import select, update

from accesspoint_server import models as m
from accesspoint_server.auth import create_hub, revoke_device
from accesspoint_server.db import Database
from accesspoint_server.timeutil import iso, now
from sync import protocol as p


def _enrol(client, code: str, request_id: str | None, name: str = "PC"):
    body = {"code": code, "device_name": name}
    if request_id is not None:
        body["request_id"] = request_id
    return client.post("/api/v1/enrol", json=body)


def _handshake(client, token: str) -> int:
    return client.get("/api/v1/sync/handshake",
                      headers={"Authorization": f"Bearer {token}"}).status_code


def test_same_request_id_gets_a_fresh_token_for_the_same_device(client, db: Database) -> None:
    hub_id, code = create_hub(db, "Retry Hub")
    rid = str(uuid.uuid4())
    first = _enrol(client, code, rid)
    assert first.status_code == 200
    again = _enrol(client, code, rid)
    assert again.status_code == 200, again.text
    a, b = first.json(), again.json()
    assert b["device_id"] == a["device_id"] and b["hub_id"] == hub_id == a["hub_id"]
    assert b["token"] != a["token"]
    # Both answers are made by one function: the same hub name and epoch.
    assert b["hub_name"] == a["hub_name"] == "Retry Hub"
    assert b["server_epoch"] == a["server_epoch"] == db.epoch()
    assert _handshake(client, b["token"]) == 200
    assert _handshake(client, a["token"]) == 401  # the lost token is rotated away
    with db.read() as c:
        assert len(c.execute(select(m.devices).where(m.devices.c.hub_id == hub_id)).all()) == 1


def test_a_spent_code_is_refused_to_anyone_else(client, db: Database) -> None:
    _hub_id, code = create_hub(db, "Spent Hub")
    assert _enrol(client, code, str(uuid.uuid4())).status_code == 200
    for other in (str(uuid.uuid4()), None):  # another device; an old client without an id
        r = _enrol(client, code, other, name="Intruder")
        assert r.status_code == 401 and r.json()["error"]["code"] == p.ERR_ENROL_USED


def test_old_clients_without_a_request_id_still_enrol_once(client, db: Database) -> None:
    _hub_id, code = create_hub(db, "Old Client Hub")
    assert _enrol(client, code, None).status_code == 200
    assert _enrol(client, code, None).status_code == 401


def test_the_retry_window_closes(client, db: Database) -> None:
    _hub_id, code = create_hub(db, "Window Hub")
    rid = str(uuid.uuid4())
    assert _enrol(client, code, rid).status_code == 200
    with db.write() as c:
        c.execute(update(m.enrol_codes).values(used_at=iso(now() - timedelta(hours=2))))
    r = _enrol(client, code, rid)
    assert r.status_code == 401 and r.json()["error"]["code"] == p.ERR_ENROL_USED


def test_no_reissue_for_a_revoked_device(client, db: Database) -> None:
    _hub_id, code = create_hub(db, "Revoked Hub")
    rid = str(uuid.uuid4())
    first = _enrol(client, code, rid).json()
    assert revoke_device(db, first["device_id"])
    r = _enrol(client, code, rid)
    assert r.status_code == 401 and r.json()["error"]["code"] == p.ERR_ENROL_USED
