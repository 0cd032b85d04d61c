"""One window per data directory; a second start brings the first to the front.

The OS file lock (accesspoint.ops.instance) decides who is first: it cannot go
stale after a crash. The QLocalServer, named from the same data-dir hash, only
carries the "raise" message from the second process to the first.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from accesspoint.ops.instance import InstanceLock, instance_key

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE = b"raise\n"
TIMEOUT_MS = 1500


class InstanceGuard(QObject):
    """Holds the lock and the server for the lifetime of the app."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path | str, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.lock = InstanceLock(data_dir)
        self.server: QLocalServer | None = None

    def acquire(self, listen: bool = True) -> bool:
        """True if we are the first instance (and, with `listen`, now listening); False
        if another is. The app listens a moment later (`listen()` once its window is
        shown): QtNetwork is not needed to paint, the lock alone decides who is first."""
        if not self.lock.acquire():
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Open the channel a second start uses to ask this window to come forward."""
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None:
            return
        # We hold the lock, so any socket left by a crashed first instance is stale.
        QLocalServer.removeServer(self.key)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.key):
            # Still the only instance (the lock says so); we just cannot be raised.
            log.warning("single-instance server did not start: %s", server.errorString())
        else:
            server.newConnection.connect(self._on_connection)
            self.server = server

    @property
    def key(self) -> str:
        return instance_key(self.data_dir)

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._on_ready(s))
            sock.disconnected.connect(sock.deleteLater)

    def _on_ready(self, sock: QLocalSocket) -> None:
        data = bytes(sock.readAll().data())
        if data.startswith(RAISE.strip()):
            log.info("a second start asked this window to come to the front")
            self.raise_requested.emit()
        sock.write(b"ok\n")
        sock.flush()
        sock.disconnectFromServer()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.release()


def ask_first_to_raise(data_dir: Path | str, timeout_ms: int = TIMEOUT_MS) -> bool:
    """From a second start: ask the running instance to show its window. True if it
    answered (it may be busy, so a False is not an error; we exit anyway)."""
    from PySide6.QtNetwork import QLocalSocket

    sock = QLocalSocket()
    sock.connectToServer(instance_key(data_dir))
    if not sock.waitForConnected(timeout_ms):
        return False
    sock.write(RAISE)
    sock.flush()
    sock.waitForBytesWritten(timeout_ms)
    answered = sock.waitForReadyRead(timeout_ms)
    sock.disconnectFromServer()
    return answered


def bring_to_front(window) -> None:  # noqa: ANN001 - any QWidget
    """Restore if minimised, raise and focus. Some window managers only flash the
    taskbar entry instead; that is as far as an app may go."""
    from PySide6.QtCore import Qt

    if window is None:
        return
    if window.windowState() & Qt.WindowState.WindowMinimized:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
