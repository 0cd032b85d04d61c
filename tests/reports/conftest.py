"""A dashboard on synthetic data: built once per session, copied for each test."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from accesspoint import hubs
from accesspoint.context import Actor
from accesspoint.db import open_database

TODAY = date.today()


@pytest.fixture(scope="session")
def _synthetic_template(tmp_path_factory) -> Path:
    from accesspoint.reports import synthetic

    folder = tmp_path_factory.mktemp("reports-template")
    conn = open_database(folder)
    synthetic.fill(conn, enquiries=1500, transfers=6000, end=TODAY, days=200, seed=5)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return folder


@pytest.fixture
def report_services(qapp, tmp_path, _synthetic_template):
    from PySide6.QtCore import QSettings

    from ui.services import DbWorker, Events, Services

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qsettings"))
    data_dir = tmp_path / "data"
    shutil.copytree(_synthetic_template, data_dir)
    events = Events()
    db = DbWorker(data_dir, events=events)

    def setup(conn):
        hub = conn.execute("SELECT id FROM hubs ORDER BY name LIMIT 1").fetchone()[0]
        user = hubs.add_user(conn, hub, "Report Coordinator", "coordinator")
        return Actor(hub, user["id"], "coordinator")

    svc = Services(data_dir=data_dir, actor=db.call(setup), db=db, events=events)
    yield svc
    svc.close()
