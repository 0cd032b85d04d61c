"""Sign-in dialog, idle lock and Ctrl+L, fast user switching (pytest-qt)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from accesspoint.security import audit, users
from ui.services import DbWorker, Events, Services


@pytest.fixture
def ui_services(qapp, enc_dir, memkeyring):
    events = Events()
    db = DbWorker(enc_dir, events=events)
    coordinator = db.call(lambda c: users.first_run(c, "Hub", "Cora", "correct horse battery"))
    db.call(lambda c: users.add_user(c, coordinator, "Val", "volunteer", "135792"))
    svc = Services(data_dir=enc_dir, actor=coordinator, db=db, events=events)
    yield svc
    lock = getattr(svc, "idle_lock", None)
    if lock is not None:
        lock.stop()
    svc.close()


def _user_id(svc, name):
    return next(u["id"] for u in svc.db.call(users.sign_in_list) if u["display_name"] == name)


def test_sign_in_dialog_rejects_wrong_pin_then_accepts(qtbot, ui_services):
    from ui.security.login import SignInDialog

    dlg = SignInDialog(ui_services.db.call)
    qtbot.addWidget(dlg)
    dlg.user.setCurrentIndex(dlg.user.findData(_user_id(ui_services, "Val")))
    qtbot.keyClicks(dlg.secret, "000000")
    dlg.submit()
    assert dlg.error.isVisible() or "not right" in dlg.error.text()
    assert dlg.secret.text() == ""  # typed secret never kept
    qtbot.keyClicks(dlg.secret, "135792")
    dlg.submit()
    assert dlg.actor is not None and dlg.actor.role == "volunteer"


def test_first_run_dialog_creates_coordinator(qtbot, qapp, tmp_path, memkeyring):
    from ui.security.login import FirstRunDialog

    events = Events()
    db = DbWorker(tmp_path / "fresh", events=events)
    try:
        dlg = FirstRunDialog(db.call)
        qtbot.addWidget(dlg)
        qtbot.keyClicks(dlg.hub_name, "Eastside")
        qtbot.keyClicks(dlg.your_name, "Eve")
        dlg.use_pin.setChecked(True)
        qtbot.keyClicks(dlg.secret, "2468")
        qtbot.keyClicks(dlg.confirm, "2468")
        dlg.submit()
        assert "6 digits" in dlg.error.text()
        dlg.secret.setText("482915")
        dlg.confirm.setText("482915")
        dlg.submit()
        assert dlg.actor is not None and dlg.actor.role == "coordinator"
        assert db.call(users.is_set_up)
    finally:
        db.close()


def test_idle_lock_hides_windows_and_unlocks_as_another_user(qtbot, qapp, ui_services):
    from ui.security.lock import IdleLock

    window = QWidget()
    window.setWindowTitle("Resident record")
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(ui_services, idle_ms=50)
    ui_services.idle_lock = lock
    qtbot.waitUntil(lambda: lock.is_locked, timeout=2000)
    assert not window.isVisible()
    dialog = lock.dialog
    # Fast user switching: Val signs in at the lock screen.
    dialog.user.setCurrentIndex(dialog.user.findData(_user_id(ui_services, "Val")))
    dialog.secret.setText("135792")
    with qtbot.waitSignal(lock.unlocked, timeout=2000):
        dialog.submit()
    assert ui_services.actor.role == "volunteer"
    assert window.isVisible()
    ui_services.db.call(lambda c: None)  # let the queued audit writes land
    cora = _user_id(ui_services, "Cora")
    coord = ui_services.db.call(lambda c: users.authenticate(c, cora, "correct horse battery"))
    actions = [e["action"] for e in ui_services.db.call(lambda c: audit.query(c, coord))]
    assert "screen_locked" in actions and "sign_out" in actions


def test_ctrl_l_locks_at_once(qtbot, qapp, ui_services):
    from ui.security.lock import IdleLock

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(ui_services, idle_ms=600_000)
    ui_services.idle_lock = lock
    assert not lock.is_locked
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.is_locked
    assert not window.isVisible()


def test_activity_restarts_the_idle_timer(qtbot, qapp, ui_services):
    from ui.security.lock import IdleLock

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(ui_services, idle_ms=300)
    ui_services.idle_lock = lock
    for _ in range(5):
        qtbot.wait(100)
        qtbot.keyClick(window, Qt.Key.Key_A)
    assert not lock.is_locked
    qtbot.waitUntil(lambda: lock.is_locked, timeout=2000)


def test_choose_actor_signs_in_and_installs_the_idle_lock(qtbot, qapp, ui_services, monkeypatch):
    from ui import app
    from ui.security.lock import install_idle_lock
    from ui.security.login import SignInDialog
    from ui.session import choose_actor

    val = _user_id(ui_services, "Val")

    def fake_exec(dialog):
        dialog.user.setCurrentIndex(dialog.user.findData(val))
        dialog.secret.setText("135792")
        dialog.submit()
        return SignInDialog.DialogCode.Accepted if dialog.actor else 0

    monkeypatch.setattr(SignInDialog, "exec", fake_exec)
    monkeypatch.setattr(app, "STARTUP_CHECKS", [])
    actor = choose_actor(ui_services.db, None)
    assert actor.user_id == val and actor.role == "volunteer"
    assert install_idle_lock in app.STARTUP_CHECKS and len(app.STARTUP_CHECKS) == 1
