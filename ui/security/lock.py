"""Lock the screen after idle time and on Ctrl+L; anyone can then sign in (fast
user switching on a shared PC) and the app carries on as them.

While locked every top-level window is hidden, so nothing of a resident's record
stays on screen behind the sign-in box. Input anywhere in the app restarts the
idle timer (an application-wide event filter, so no page has to cooperate).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from accesspoint.context import Actor
from accesspoint.security import audit, users
from ui.security.login import SignInDialog

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
          QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class IdleLock(QObject):
    """Owns the lock state for one app session; `services.actor` follows who signed in."""

    locked = Signal()
    unlocked = Signal(object)  # the Actor now using the app

    def __init__(self, services: Any, *, idle_ms: int | None = None,
                 parent: QObject | None = None):
        super().__init__(parent or QApplication.instance())
        self.services = services
        self.dialog: SignInDialog | None = None
        self._hidden: list[QWidget] = []
        self._stopped = False
        if idle_ms is None:
            idle_ms = self.run(users.idle_lock_minutes) * 60_000
        self.timer = QTimer(self, singleShot=True, interval=idle_ms)
        self.timer.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def run(self, fn: Callable[[Any], Any]) -> Any:
        return self.services.db.call(fn)

    def _record(self, fn: Callable[[Any], Any]) -> None:
        # Audit writes need no answer: queue them rather than block the GUI.
        self.services.db.submit(fn)

    def stop(self) -> None:
        """End of session (or of a test): no more locking, no lock screen left open."""
        self._stopped = True
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.close()
            dialog.deleteLater()

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def set_idle_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and not self.is_locked and event.key() == Qt.Key.Key_L
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.lock()
            return True
        if kind in _INPUT and not self.is_locked:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.is_locked or self._stopped:
            return
        self.timer.stop()
        actor: Actor = self.services.actor
        self._record(lambda conn: audit.record(conn, actor, "screen_locked", "user",
                                               actor.user_id))
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if w.isVisible() and not isinstance(w, SignInDialog)]
        for w in self._hidden:
            w.hide()
        self.dialog = SignInDialog(self.run, None, user_id=actor.user_id,
                                   title=self.tr("AccessPoint is locked"))
        self.dialog.setAccessibleDescription(self.tr(
            "Sign in to carry on, or choose another name to switch user."))
        self.dialog.finished.connect(self._finished)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.show()
        self.locked.emit()

    def _finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        if result != QDialog.DialogCode.Accepted or dialog.actor is None:
            # Cancel does not unlock: the lock screen simply comes back.
            QTimer.singleShot(0, self.lock)
            return
        previous: Actor = self.services.actor
        self.services.actor = dialog.actor
        if dialog.actor.user_id != previous.user_id:
            self._record(lambda conn: users.sign_out(conn, previous))
            self.services.events.changed.emit("session")
        for w in self._hidden:
            w.show()
        self._hidden = []
        dialog.deleteLater()
        self.timer.start()
        self.unlocked.emit(dialog.actor)


def install_idle_lock(services: Any) -> bool:
    """A `ui.app.STARTUP_CHECKS` entry: keep one IdleLock for the session."""
    services.idle_lock = IdleLock(services)
    return True
