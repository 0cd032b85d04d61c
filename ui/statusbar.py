"""Status bar: who is signed in, online/offline, and changes not yet synced.

Online means the configured council server (setting `server_url`) answered a TCP
connect recently. The check is cheap, runs on the network worker (never the GUI
thread) and repeats every `CHECK_INTERVAL_MS`. No server configured = offline.
"""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QStatusBar, QWidget

from accesspoint import hubs, outbox, settings
from ui.services import Services

CHECK_INTERVAL_MS = 30_000
CONNECT_TIMEOUT_S = 3.0


def reachable(url: str, timeout: float = CONNECT_TIMEOUT_S) -> bool:
    """Can we open a TCP connection to the server named by `url`?"""
    parts = urlsplit(url if "://" in url else f"https://{url}")
    if not parts.hostname:
        return False
    port = parts.port or (80 if parts.scheme == "http" else 443)
    try:
        with socket.create_connection((parts.hostname, port), timeout=timeout):
            return True
    except OSError:
        return False


def server_url(conn) -> str:
    """The enrolled council server (the sync client's state), else the `server_url`
    setting; '' when none is configured."""
    try:
        from sync import state

        url = state.get(conn, state.SERVER_URL)
    except Exception:  # noqa: BLE001 - no sync tables (older database, no sync part)
        url = None
    return url or settings.get(conn, "server_url") or ""


def _snapshot(conn, actor) -> dict:
    return {
        "pending": outbox.pending_count(conn),
        "server_url": server_url(conn),
        "user": hubs.user_name(conn, actor.user_id),
        "hub": (hubs.current_hub(conn) or {}).get("name", ""),
    }


def _separator(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Plain)
    line.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # drawn only: not a control
    return line


class StatusBar(QStatusBar):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.server_url = ""
        self.online: bool | None = None
        self.pending: int | None = None
        self.who = QLabel(self)
        self.who.setAccessibleName(self.tr("Signed in as"))
        self.network = QLabel(self.tr("Offline"), self)
        self.network.setAccessibleName(self.tr("Connection"))
        self.unsynced = QLabel(self)
        self.unsynced.setAccessibleName(self.tr("Changes not yet synced"))
        for i, label in enumerate((self.who, self.network, self.unsynced)):
            if i:
                # A drawn line between the parts: side by side they read as one
                # sentence ("○ Offline Not yet synced"), and a screen reader reads
                # each label's accessible name anyway.
                self.addPermanentWidget(_separator(self))
            label.setContentsMargins(4, 0, 4, 0)
            self.addPermanentWidget(label)
        self._timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check_network)
        self._timer.start()
        self._checking = False
        services.events.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, _kind: str = "") -> None:
        actor = self.services.actor
        self.services.db.submit(lambda conn: _snapshot(conn, actor), self._show)

    def _show(self, snap: dict) -> None:
        self.pending = snap["pending"]
        self.unsynced.setText(
            self.tr("Nothing waiting to sync") if not self.pending
            else self.tr("Not yet synced: {count}").format(count=self.pending))
        self.who.setText(self.tr("{user} at {hub}").format(user=snap["user"], hub=snap["hub"]))
        if snap["server_url"] != self.server_url or self.online is None:
            self.server_url = snap["server_url"]
            self.check_network()

    def check_network(self) -> None:
        url = self.server_url
        if not url:
            self._set_online(False)
            return
        if self._checking or self.services.net is None:
            return
        self._checking = True
        self.services.net.submit(lambda: reachable(url), self._checked, self._check_failed)

    def _checked(self, ok: bool) -> None:
        self._checking = False
        self._set_online(ok)

    def _check_failed(self, _exc: BaseException) -> None:
        self._checking = False
        self._set_online(False)

    def _set_online(self, ok: bool) -> None:
        self.online = ok
        if ok:
            self.network.setText(self.tr("● Online"))
            self.network.setToolTip(self.tr("The council server answered."))
        elif not self.server_url:
            self.network.setText(self.tr("○ Offline"))
            self.network.setToolTip(self.tr("No council server is set up; see the Sync page. "
                                            "Everything is saved on this computer."))
        else:
            self.network.setText(self.tr("○ Offline"))
            self.network.setToolTip(self.tr("The council server cannot be reached. Carry on: "
                                            "changes are kept and sent when it is back."))
