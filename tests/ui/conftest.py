"""Fixtures for the UI tests: services on a fresh database, settings kept in tmp."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from accesspoint import hubs
from accesspoint.context import Actor
from ui.services import DbWorker, Events, Services


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path: Path):
    """Geometry, font scale and language never leak into the real user profile."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qsettings"))
    yield


def _start(qapp, data_dir: Path) -> Services:
    events = Events()
    db = DbWorker(data_dir, events=events)
    from ui.session import existing_actor

    return Services(data_dir=data_dir, actor=db.call(existing_actor), db=db, events=events)


@pytest.fixture(scope="session")
def _demo_template(qapp, tmp_path_factory) -> Path:
    """Seeding the demo takes seconds (hundreds of fsynced transactions): do it once
    and give each test a copy."""
    from accesspoint.demo import ensure_demo

    template = tmp_path_factory.mktemp("demo-template")
    events = Events()
    db = DbWorker(template, events=events)
    db.call(ensure_demo, timeout=None)
    db.close()
    return template


@pytest.fixture
def demo_services(qapp, tmp_path: Path, _demo_template: Path):
    data_dir = tmp_path / "demodata"
    shutil.copytree(_demo_template, data_dir)
    svc = _start(qapp, data_dir)
    yield svc
    svc.close()


@pytest.fixture
def services(qapp, tmp_path: Path):
    data_dir = tmp_path / "uidata"
    events = Events()
    db = DbWorker(data_dir, events=events)

    def setup(conn):
        hub = hubs.ensure_hub(conn, "Test Hub")
        user = hubs.add_user(conn, hub["id"], "Test Coordinator", "coordinator")
        return Actor(hub_id=hub["id"], user_id=user["id"], role="coordinator")

    actor = db.call(setup)
    svc = Services(data_dir=data_dir, actor=actor, db=db, events=events)
    yield svc
    svc.close()
