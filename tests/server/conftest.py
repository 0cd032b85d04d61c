"""Server test fixtures: a fresh database per test on SQLite, and on PostgreSQL
when ACCESSPOINT_TEST_PG_URL is set (scripts/start-test-postgres.sh)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from accesspoint_server.app import create_app
from accesspoint_server.auth import RateLimiter
from accesspoint_server.db import Database

from .helpers import Hub, enrol_hub

PG_URL = os.environ.get("ACCESSPOINT_TEST_PG_URL")
SHARED = Path(__file__).resolve().parents[3] / "shared"
ORUK = SHARED / "data" / "oruk"

BACKENDS = ["sqlite", pytest.param("postgres", marks=[
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="ACCESSPOINT_TEST_PG_URL not set")])]


def _pg(name: str) -> str:
    assert PG_URL
    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A migrated database that each test's database is copied from (fast)."""
    name = f"tmpl_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL or "", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    database = Database(_pg(name))
    database.migrate()
    database.dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite3'}"
        return
    template = request.getfixturevalue("pg_template")
    name = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(PG_URL or "", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    try:
        yield _pg(name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    database.migrate()
    yield database
    database.dispose()


@pytest.fixture
def limiter() -> RateLimiter:
    return RateLimiter(limit=1000)


@pytest.fixture
def client(db: Database, limiter: RateLimiter) -> Iterator[TestClient]:
    with TestClient(create_app(db, limiter=limiter, migrate=False)) as c:
        yield c


@pytest.fixture
def hub_a(client: TestClient, db: Database) -> Hub:
    return enrol_hub(client, db, "Hub A")


@pytest.fixture
def hub_b(client: TestClient, db: Database) -> Hub:
    return enrol_hub(client, db, "Hub B")


@pytest.fixture
def admin_headers(db: Database) -> dict[str, str]:
    from accesspoint_server.auth import create_admin_token

    return {"Authorization": f"Bearer {create_admin_token(db, 'test')}"}
