"""Alembic migrations produce exactly the schema the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from accesspoint_server.db import Database
from accesspoint_server.models import metadata


def test_migrated_schema_matches_models(db: Database) -> None:
    with db.write_engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_migrate_is_idempotent_and_keeps_the_epoch(db: Database) -> None:
    epoch = db.epoch()
    db.migrate()
    assert db.epoch() == epoch
