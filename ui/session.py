"""Who is using the app: the single hook the security work replaces with real log-in.

`choose_actor(services_or_conn, parent)` returns the Actor for this session, or None
if the person cancelled (the app then quits). For now it picks the hub's first
coordinator (else first user), and on a brand-new database asks for the hub's name
and yours in a small first-run dialog.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from accesspoint import hubs, settings
from accesspoint.context import Actor
from accesspoint.errors import ValidationError
from ui.widgets import theme


def _runner(services_or_conn: Any):
    """A function running `fn(conn)`: directly on a connection, or on the DB worker."""
    if hasattr(services_or_conn, "execute"):  # a connection (sqlcipher's is no sqlite3 one)
        return lambda fn: fn(services_or_conn)
    db = getattr(services_or_conn, "db", services_or_conn)
    return db.call


def existing_actor(conn: sqlite3.Connection) -> Actor | None:
    """The hub's first coordinator, else its first user (the CLI's own user last)."""
    hub = hubs.current_hub(conn)
    if hub is None:
        return None
    rank = {"coordinator": 0, "staff": 1, "volunteer": 2}
    candidates = [u for u in hubs.users(conn) if u["hub_id"] == hub["id"]]
    if not candidates:
        return None
    candidates.sort(key=lambda u: (u["display_name"] == hubs.CLI_USER_NAME,
                                   rank.get(u["role"], 9), u["created_at"]))
    user = candidates[0]
    return Actor(hub_id=hub["id"], user_id=user["id"], role=user["role"])


def set_up_hub(conn: sqlite3.Connection, hub_name: str, your_name: str) -> Actor:
    """First run: create (or reuse) the hub and a coordinator for the person setting it up."""
    problems = {}
    if not hub_name.strip():
        problems["hub_name"] = "Give the hub a name."
    if not your_name.strip():
        problems["your_name"] = "Give your name."
    if problems:
        raise ValidationError(problems)
    hub = hubs.current_hub(conn) or hubs.create_hub(conn, hub_name)
    user = hubs.add_user(conn, hub["id"], your_name, "coordinator")
    return Actor(hub_id=hub["id"], user_id=user["id"], role="coordinator")


class FirstRunDialog(QDialog):
    """Asks for the hub's name and the coordinator's name on a new installation."""

    def __init__(self, parent: QWidget | None = None, hub_name: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to AccessPoint"))
        intro = QLabel(self.tr("This computer is not set up yet. Tell us the name of this hub "
                               "and your name; you will be its coordinator."), self)
        intro.setWordWrap(True)
        self.hub_name = QLineEdit(hub_name, self)
        self.hub_name.setAccessibleName(self.tr("Hub name"))
        self.hub_name.setPlaceholderText(self.tr("for example Riverside Community Centre"))
        self.your_name = QLineEdit(self)
        self.your_name.setAccessibleName(self.tr("Your name"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        theme.mark_as_error(self.error)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Hub name:"), self.hub_name)
        form.addRow(self.tr("&Your name:"), self.your_name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if not self.hub_name.text().strip():
            self._problem(self.tr("Give the hub a name."), self.hub_name)
        elif not self.your_name.text().strip():
            self._problem(self.tr("Give your name."), self.your_name)
        else:
            self.accept()

    def _problem(self, text: str, field: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        field.setFocus()


def choose_actor(services_or_conn: Any, parent: QWidget | None = None) -> Actor | None:
    # Real sign-in (issue 7, ui/security): a new installation sets up the hub and its
    # first coordinator with a password/PIN and shows the recovery key; afterwards
    # everyone signs in. The idle lock joins STARTUP_CHECKS so it runs for the session.
    from ui import app
    from ui.security.lock import install_idle_lock
    from ui.security.login import sign_in_flow

    run = _runner(services_or_conn)
    db = getattr(services_or_conn, "db", services_or_conn)
    if run(lambda conn: settings.get(conn, "demo_seeded")):
        # The demo (made-up data in its own folder) opens straight onto the app as its
        # coordinator, so a newcomer sees it working at once; the lock screen and user
        # switching still ask for a PIN (accesspoint.demo.DEMO_PIN).
        actor = run(existing_actor)
    else:
        actor = sign_in_flow(run, parent, getattr(db, "_data_dir", None))
    if actor is not None and install_idle_lock not in app.STARTUP_CHECKS:
        app.STARTUP_CHECKS.append(install_idle_lock)
    return actor
