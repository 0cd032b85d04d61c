"""Stored batch answers are trimmed after the retention; a resent batch still gets
its answer verbatim inside the window, and nothing applied twice after it."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from accesspoint_server import models as m
from accesspoint_server.admin_ops import trim_batch_answers
from accesspoint_server.cli import main
from accesspoint_server.db import Database
from accesspoint_server.timeutil import iso, now

from .helpers import Hub, op


def _count(db: Database, table) -> int:
    with db.read() as c:
        return int(c.execute(select(func.count()).select_from(table)).scalar_one())


def _age(db: Database, batch_id: str, days: float) -> None:
    with db.write() as c:
        c.execute(update(m.batches).where(m.batches.c.batch_id == batch_id)
                  .values(created_at=iso(now() - timedelta(days=days))))


def test_old_answers_go_recent_ones_stay(hub_a: Hub, db: Database, admin_headers) -> None:
    old_ops = [op("enquiry", {"description": "old"}),
               op("enquiry", {"description": "not ours", "hub_id": "another-hub"})]
    new_ops = [op("enquiry", {"description": "new"})]
    old_id, new_id = str(uuid.uuid4()), str(uuid.uuid4())
    old_answer = hub_a.push(old_ops, old_id).json()
    new_answer = hub_a.push(new_ops, new_id).json()
    assert [r["status"] for r in old_answer["results"]] == ["applied", "rejected"]
    _age(db, old_id, 31)
    _age(db, new_id, 29)
    seq_before = _count(db, m.changes)
    assert trim_batch_answers(db, 30) == 1
    assert trim_batch_answers(db, 30) == 0
    # Inside the window: the stored answer, verbatim.
    assert hub_a.push(new_ops, new_id).json() == new_answer
    # After it: answered again from the per-op records; nothing applied twice.
    again = hub_a.push(old_ops, old_id)
    assert again.status_code == 200
    results = again.json()["results"]
    assert [r["status"] for r in results] == ["duplicate", "rejected"]
    assert results[1]["reason"] == old_answer["results"][1]["reason"]
    assert results[0]["version"] == old_answer["results"][0]["version"]
    r = hub_a.client.get("/api/v1/admin/records/enquiry", headers=admin_headers)
    assert len(r.json()["records"]) == 2
    assert _count(db, m.changes) == seq_before
    assert _count(db, m.ops) == 3


def test_retention_of_less_than_a_day_is_refused(db: Database) -> None:
    for days in (0, 0.5, -3):
        with pytest.raises(ValueError):
            trim_batch_answers(db, days)


def test_cli_trim_batch_answers(capsys, db_url, hub_a: Hub, db: Database, monkeypatch) -> None:
    ids = [str(uuid.uuid4()) for _ in range(3)]
    for i, batch_id in enumerate(ids):
        assert hub_a.push([op("enquiry")], batch_id).status_code == 200
        _age(db, batch_id, [5, 50, 500][i])
    assert main(["trim-batch-answers", "--days", "100", "--db", db_url]) == 0
    assert "deleted 1 stored batch answers older than 100 days" in capsys.readouterr().err
    monkeypatch.setenv("ACCESSPOINT_SERVER_BATCH_ANSWER_DAYS", "10")
    assert main(["trim-batch-answers", "--db", db_url]) == 0  # the configured retention
    assert "deleted 1 " in capsys.readouterr().err
    assert _count(db, m.batches) == 1
    assert main(["trim-batch-answers", "--days", "0", "--db", db_url]) == 1
    assert "at least 1 day" in capsys.readouterr().err
