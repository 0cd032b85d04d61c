"""A real council server on loopback (uvicorn in a thread, SQLite in a tmp dir) and
scripted hubs that talk to it through the real sync client."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uvicorn
from sqlalchemy import func, select

from accesspoint import hubs
from accesspoint.context import Actor
from accesspoint.db import open_database
from accesspoint_server import models as m
from accesspoint_server.app import create_app
from accesspoint_server.auth import RateLimiter, create_hub
from accesspoint_server.db import Database
from sync.engine import SyncEngine, SyncSummary
from sync.enrol import enrol

FAST = {"max_attempts": 4, "backoff_base": 0.02, "backoff_max": 0.1, "retry_after_max": 0.2,
        "timeout": (2.0, 5.0)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.db_url = f"sqlite:///{folder / 'server.sqlite3'}"
        self.db = Database(self.db_url)
        self.db.migrate()
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.app = create_app(self.db, limiter=RateLimiter(limit=10_000), migrate=False)
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_config=None,
                                access_log=False, lifespan="off", timeout_keep_alive=30)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.db.dispose()

    def new_hub(self, name: str) -> tuple[str, str]:
        return create_hub(self.db, name)

    def records(self, hub_id: str | None = None, kind: str | None = None,
                deleted: bool | None = False) -> list[Any]:
        q = select(m.records)
        if hub_id:
            q = q.where(m.records.c.hub_id == hub_id)
        if kind:
            q = q.where(m.records.c.kind == kind)
        if deleted is not None:
            q = q.where(m.records.c.deleted.is_(deleted))
        with self.db.read() as conn:
            return list(conn.execute(q))

    def count(self, table: Any, *where: Any) -> int:
        with self.db.read() as conn:
            return int(conn.execute(select(func.count()).select_from(table).where(*where))
                       .scalar_one())


@dataclass
class HubClient:
    """One hub PC: its own data folder and database, enrolled with the server."""

    name: str
    data_dir: Path
    conn: Any
    actor: Actor
    hub_id: str = ""
    transport_options: dict[str, Any] = field(default_factory=lambda: dict(FAST))

    @classmethod
    def create(cls, folder: Path, name: str) -> HubClient:
        folder.mkdir(parents=True, exist_ok=True)
        conn = open_database(folder)
        hub = hubs.ensure_hub(conn, name)
        user = hubs.add_user(conn, hub["id"], f"{name} coordinator", "coordinator")
        return cls(name, folder, conn, Actor(hub["id"], user["id"], "coordinator"))

    def enrol(self, server_url: str, code: str, **kw: Any) -> dict[str, Any]:
        result = enrol(self.conn, self.data_dir, server_url, code,
                       transport_options=self.transport_options, **kw)
        self.hub_id = result["hub_id"]
        self.actor = Actor(result["hub_id"], self.actor.user_id, "coordinator")
        return result

    def sync(self, **kw: Any) -> SyncSummary:
        engine = SyncEngine(self.conn, data_dir=self.data_dir,
                            transport_options={**self.transport_options,
                                               **kw.pop("transport_options", {})}, **kw)
        return engine.run()

    def close(self) -> None:
        self.conn.close()


def make_person(client: HubClient, i: int) -> dict[str, Any]:
    from accesspoint.people import create_person

    return create_person(client.conn, client.actor, given_name=f"Person{i}",
                         family_name=f"{client.name.replace(' ', '')}", phone=f"0770090{i:04d}")
