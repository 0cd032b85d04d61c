"""Server test fixtures: a fresh database per test on SQLite, and on PostgreSQL
when ACCESSPOINT_TEST_PG_URL is set (scripts/start-test-postgres.sh)."""

from __future__ import annotations

import os
import shutil
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
from accesspoint_server.models import metadata

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
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file each test copies (migrating per test is slower)."""
    path = tmp_path_factory.mktemp("template") / "server.sqlite3"
    database = Database(f"sqlite:///{path}")
    database.migrate()
    database.dispose()
    return path


@pytest.fixture(scope="session")
def pg_session_db() -> Iterator[str]:
    """One migrated PostgreSQL database for the session, emptied before each test."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL or "", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    database = Database(_pg(name))
    database.migrate()
    database.dispose()
    yield _pg(name)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database per test: a copy of the migrated template on SQLite; on
    PostgreSQL the session database with every table emptied (and a new epoch)."""
    if request.param == "sqlite":
        path = tmp_path / "server.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("pg_session_db")
    engine = create_engine(url)
    tables = ", ".join(f'"{t.name}"' for t in metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()
    database = Database(url)
    database.migrate()  # re-creates the counter row and a new epoch
    database.dispose()
    return url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
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
