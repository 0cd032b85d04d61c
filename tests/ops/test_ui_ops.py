"""GUI side: help menu, about box, crash dialog, start-up checks, single instance."""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from accesspoint.db import DB_FILENAME, open_database
from accesspoint.ops import backup
from tests.ops.conftest import remount_read_only, seed_people
from ui.ops import startup
from ui.ops.about import AboutDialog
from ui.ops.crash import CrashHandler
from ui.ops.help_menu import install_help_menu

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot):
    w = QMainWindow()
    qtbot.addWidget(w)
    return w


def test_help_menu_actions_and_report(window, data_dir, monkeypatch):
    services = SimpleNamespace(data_dir=data_dir, db=None)
    menu = install_help_menu(window, services)
    names = [a.objectName() for a in menu.actions()]
    assert "save_diagnostic_report" in names and "about" in names
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    window.help_actions.report_target = data_dir / "out" / "report.zip"
    next(a for a in menu.actions() if a.objectName() == "save_diagnostic_report").trigger()
    assert (data_dir / "out" / "report.zip").exists()
    assert "no names or personal details" in shown[0]


def test_about_has_version_licences_and_guide(qtbot):
    from accesspoint import __version__

    dialog = AboutDialog(None, "guide")
    qtbot.addWidget(dialog)
    assert dialog.tabs.currentIndex() == 1
    assert __version__ in dialog.browsers["about"].toPlainText()
    licences = dialog.browsers["licences"].toPlainText()
    assert "LGPL-3.0" in licences and "PySide6" in licences and "AGPL" in licences
    guide = dialog.browsers["guide"].toPlainText()
    assert "When someone comes in" in guide and "diagnostic report" in guide


def _raise(message: str):
    try:
        raise ValueError(message)
    except ValueError:
        return sys.exc_info()


def test_crash_saves_a_scrubbed_report_and_shows_a_calm_dialog(qtbot, conn, actor, data_dir):
    seed_people(conn, actor)
    handler = CrashHandler(data_dir)
    texts: list[str] = []

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            texts.append(box.text() + "\n" + box.informativeText())
            next(b for b in box.buttons() if b.text() == "Carry on").click()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    handler.handle(*_raise("lookup failed for Amara Okonkwo-Baptiste, 07700 900123"))
    assert texts and "Everything you saved is safe" in texts[0]
    assert "draft" in texts[0] and str(handler.last_report) in texts[0]
    with zipfile.ZipFile(handler.last_report) as zf:
        crash = zf.read("crash.txt").decode()
    assert "ValueError" in crash and "test_ui_ops.py" in crash
    assert "Amara" not in crash and "07700" not in crash


def test_crash_asks_open_pages_to_save_their_drafts(qtbot, data_dir):
    flushed = []
    page = SimpleNamespace(flush_draft=lambda: flushed.append("enquiry"))
    window = SimpleNamespace(pages={"enquiries": page})
    handler = CrashHandler(data_dir, lambda: window, interactive=False)
    handler.handle(*_raise("boom"))
    assert flushed == ["enquiry"]


def test_crash_on_a_worker_thread_is_caught(qtbot, data_dir):
    handler = CrashHandler(data_dir, interactive=False)
    handler.install()
    try:
        thread = threading.Thread(target=lambda: 1 / 0)
        thread.start()
        thread.join()
    finally:
        handler.uninstall()
    assert handler.count == 1 and handler.last_report is not None
    qtbot.wait(50)  # the queued dialog call runs (and stays quiet: interactive=False)


def test_crash_from_a_full_disk_says_so(qtbot, data_dir):
    import sqlite3

    handler = CrashHandler(data_dir, interactive=False)
    try:
        raise sqlite3.OperationalError("database or disk is full")
    except sqlite3.OperationalError:
        handler.handle(*sys.exc_info())
    assert "disk is full" in handler.last_message


@pytest.fixture
def dialogs(monkeypatch):
    seen: dict[str, list] = {"ask": [], "tell": []}
    answers = {"ask": True}

    def ask(title, text):
        seen["ask"].append(text)
        return answers["ask"]

    monkeypatch.setattr(startup, "ask", ask)
    monkeypatch.setattr(startup, "tell", lambda title, text: seen["tell"].append(text))
    seen["answers"] = answers  # type: ignore[assignment]
    return seen


def _release(app) -> None:
    state = getattr(app, "_accesspoint_ops", None)
    if state is not None and state.guard is not None:
        state.guard.release()


def test_before_open_restores_backup_of_a_damaged_database(qapp, conn, actor, data_dir,
                                                             dialogs):
    seed_people(conn, actor)
    backup.backup_now(data_dir, source=conn)
    conn.close()
    with open(data_dir / DB_FILENAME, "r+b") as fh:
        fh.seek(100)
        fh.write(os.urandom(8192))
    try:
        assert startup.before_open(qapp, data_dir, install_hooks=False) is None
    finally:
        _release(qapp)
    assert "damaged" in dialogs["ask"][0] and "kept aside" in dialogs["ask"][0]
    restored = open_database(data_dir)
    assert restored.execute("SELECT count(*) FROM people").fetchone()[0] == 2
    restored.close()
    assert list(data_dir.glob(f"{DB_FILENAME}.damaged-*"))


def test_before_open_damaged_without_backup_explains_and_quits(qapp, data_dir, dialogs):
    (data_dir / DB_FILENAME).write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    try:
        assert startup.before_open(qapp, data_dir, install_hooks=False) == 2
    finally:
        _release(qapp)
    assert not dialogs["ask"]
    assert "no backup to restore" in dialogs["tell"][0]
    assert "Nothing has been deleted" in dialogs["tell"][0]


def test_before_open_declined_restore_quits_and_touches_nothing(qapp, conn, data_dir,
                                                               dialogs):
    backup.backup_now(data_dir, source=conn)
    conn.close()
    with open(data_dir / DB_FILENAME, "r+b") as fh:
        fh.seek(100)
        fh.write(os.urandom(8192))
    damaged = (data_dir / DB_FILENAME).read_bytes()
    dialogs["answers"]["ask"] = False
    try:
        assert startup.before_open(qapp, data_dir, install_hooks=False) == 2
    finally:
        _release(qapp)
    assert (data_dir / DB_FILENAME).read_bytes() == damaged


def test_before_open_read_only_folder(qapp, tmpfs, dialogs):
    folder = tmpfs(1024)
    remount_read_only(folder)
    assert startup.before_open(qapp, folder, install_hooks=False) == 2
    assert "cannot write to its data folder" in dialogs["tell"][0]


def test_gui_shows_newer_database_in_a_dialog(qapp, data_dir, monkeypatch):
    from accesspoint import migrations
    from ui import app as ui_app

    conn = open_database(data_dir)
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    conn.close()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    # The real start-up checks, minus the process-wide hooks (excepthook, SIGTERM).
    monkeypatch.setattr(startup, "before_open",
                        functools.partial(_real_before_open, install_hooks=False))
    try:
        rc = ui_app.run_app(SimpleNamespace(data_dir=str(data_dir), demo=False, lang=None))
    finally:
        _release(qapp)
    assert rc == 2
    assert shown and "newer AccessPoint" in shown[0]


_real_before_open = startup.before_open


def _wait_for(path: Path, text: str, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if path.exists() and text in path.read_text(errors="replace"):
            return True
        time.sleep(0.2)
    return False


def test_second_start_raises_the_first_and_exits_0(data_dir, plaintext_only):
    """The real app, twice, in child processes (the lock and the local socket are
    per process)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    cmd = [sys.executable, "-m", "ui.launch", "--data-dir", str(data_dir)]
    # The first copy may sit at the sign-in dialog: the lock is taken before it.
    log = data_dir / "logs" / "accesspoint.log"
    first = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
    try:
        assert _wait_for(log, "start-up checks passed", 45), first.stderr.read() \
            if first.poll() is not None else "first instance never got ready"
        second = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, timeout=45)
        assert second.returncode == 0
        assert _wait_for(log, "a second start asked this window to come to the front", 10)
        assert first.poll() is None  # the first one is still running
        first.send_signal(signal.SIGTERM)
        assert first.wait(30) == 0
    finally:
        if first.poll() is None:
            first.kill()


def test_daily_backup_runs_on_the_db_worker_with_the_keep_setting(qtbot, data_dir):
    import gc

    from accesspoint import settings
    from ui.services import DbWorker, Events

    # Finalise objects left by earlier tests here, on the GUI thread, not while the
    # worker runs: after tests/security a rare segfault in the event loop was seen
    # here (main thread inside qtbot.waitUntil), never with tests/ops alone.
    gc.collect()
    db = DbWorker(data_dir, events=Events())
    try:
        db.call(lambda c: settings.put(c, backup.KEEP_SETTING, 2))
        for day in (1, 2, 3):  # older backups already there
            stamp = f"accesspoint-2026010{day}-090000.sqlite3"
            (backup.backup_dir(data_dir)).mkdir(exist_ok=True)
            (backup.backup_dir(data_dir) / stamp).write_bytes(b"old")
            os.utime(backup.backup_dir(data_dir) / stamp, (0, 0))
        startup.daily_backup_check(SimpleNamespace(data_dir=data_dir, db=db))
        qtbot.waitUntil(lambda: any("2026010" not in p.name
                                    for p in backup.list_backups(data_dir)), timeout=10000)
        qtbot.waitUntil(lambda: len(backup.list_backups(data_dir)) == 2, timeout=5000)
    finally:
        db.close()
