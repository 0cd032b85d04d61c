from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from accesspoint import hubs
from accesspoint.context import Actor

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


@pytest.fixture
def demo_window(qapp, qtbot, tmp_path: Path):
    """The main window on demo data, as a coordinator sees it (every section)."""
    from ui.main_window import MainWindow
    from ui.services import DbWorker, Events, Services

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qsettings"))
    events = Events()
    db = DbWorker(tmp_path / "data", events=events)

    def setup(conn):
        from accesspoint.demo import ensure_demo

        ensure_demo(conn)
        hub = hubs.current_hub(conn)
        user = next(u for u in hubs.users(conn) if u["role"] == "coordinator")
        return Actor(hub_id=hub["id"], user_id=user["id"], role="coordinator")

    actor = db.call(setup, timeout=None)
    services = Services(data_dir=tmp_path / "data", actor=actor, db=db, events=events)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window
    window.close()
    services.close()


def _translated(language: str):
    tr = QTranslator()
    assert tr.load(str(I18N / f"accesspoint_{language}.qm"))
    QCoreApplication.installTranslator(tr)
    yield tr
    QCoreApplication.removeTranslator(tr)


@pytest.fixture
def portuguese(qapp):
    yield from _translated("pt")


@pytest.fixture
def somali(qapp):
    yield from _translated("so")


@pytest.fixture
def services(qapp, tmp_path):
    """A coordinator at a fresh hub, with its own settings file."""
    from ui.services import DbWorker, Events, Services

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qsettings"))
    events = Events()
    db = DbWorker(tmp_path / "data", events=events)

    def setup(conn):
        hub = hubs.ensure_hub(conn, "Test Hub")
        user = hubs.add_user(conn, hub["id"], "Coordinator", "coordinator")
        return Actor(hub_id=hub["id"], user_id=user["id"], role="coordinator")

    svc = Services(data_dir=tmp_path / "data", actor=db.call(setup), db=db, events=events)
    yield svc
    svc.close()
