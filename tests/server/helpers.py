"""Small helpers for server tests: enrolling hubs and building ops."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from fastapi.testclient import TestClient

from accesspoint_server.auth import create_hub
from accesspoint_server.db import Database


@dataclass
class Hub:
    hub_id: str
    device_id: str
    token: str
    client: TestClient

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def push(self, ops: list[dict[str, Any]], batch_id: str | None = None) -> Any:
        body = {"protocol": 1, "batch_id": batch_id or str(uuid.uuid4()), "ops": ops}
        return self.client.post("/api/v1/sync/push", json=body, headers=self.headers)

    def push_ok(self, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
        r = self.push(ops)
        assert r.status_code == 200, r.text
        return list(r.json()["results"])

    def pull_all(self, since: str | None = None, limit: int = 500) -> tuple[list[Any], str]:
        changes: list[Any] = []
        cursor = since
        while True:
            params: dict[str, Any] = {"limit": limit}
            if cursor:
                params["since"] = cursor
            r = self.client.get("/api/v1/sync/pull", params=params, headers=self.headers)
            assert r.status_code == 200, r.text
            body = r.json()
            changes += body["changes"]
            cursor = body["next_cursor"]
            if not body["has_more"]:
                return changes, cursor


def enrol_hub(client: TestClient, db: Database, name: str) -> Hub:
    hub_id, code = create_hub(db, name)
    r = client.post("/api/v1/enrol", json={"code": code, "device_name": f"{name} PC"})
    assert r.status_code == 200, r.text
    body = r.json()
    return Hub(hub_id, body["device_id"], body["token"], client)


def op(kind: str, payload: dict[str, Any] | None = None, *, action: str = "append",
       record_id: str | None = None, base_version: int | None = None,
       changed: list[str] | None = None, op_id: str | None = None) -> dict[str, Any]:
    rid = record_id or str(uuid.uuid4())
    out: dict[str, Any] = {"op_id": op_id or str(uuid.uuid4()), "kind": kind, "record_id": rid,
                           "action": action, "payload": {"id": rid, **(payload or {})}}
    if base_version is not None:
        out["base_version"] = base_version
    if changed is not None:
        out["changed"] = changed
    return out


def transfer(src: str, dst: str, minutes: int, tid: str | None = None) -> dict[str, Any]:
    tid = tid or str(uuid.uuid4())
    return op("ledger_transfer", {"from_account": src, "to_account": dst, "minutes": minutes,
                                  "created_at": "2026-11-25T09:00:00.000Z", "reverses": None},
              record_id=tid)


@contextmanager
def live_server(app: Any) -> Iterator[str]:
    """Run ``app`` under uvicorn on a free loopback port; yield its base URL."""
    import socket
    import threading
    import time

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                            access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
