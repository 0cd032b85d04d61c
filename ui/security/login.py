"""First run (hub + first coordinator + recovery key) and the sign-in dialog.

`sign_in_flow(run, parent)` is what `ui.session.choose_actor` calls: `run(fn)`
runs `fn(conn)` on the database (the DB worker's `call`, or directly in tests).
Hashing takes ~0.1 s, so calling it from the GUI thread is acceptable here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from accesspoint.context import Actor
from accesspoint.errors import AccessPointError, ValidationError
from accesspoint.security import keystore, users
from ui.security.tables import named_add
from ui.widgets import theme
from ui.widgets.domain_text import describe_error

Run = Callable[[Callable[[Any], Any]], Any]


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    theme.mark_as_error(label)
    label.setAccessibleName(parent.tr("Problem"))
    label.hide()
    return label


def _secret_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(users.MAX_SECRET)
    field.setAccessibleName(name)
    return field


class FirstRunDialog(QDialog):
    """A new installation: the hub's name and its first coordinator's sign-in."""

    def __init__(self, run: Run, parent: QWidget | None = None):
        super().__init__(parent)
        self.run = run
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Set up AccessPoint"))
        intro = QLabel(self.tr("This computer is not set up yet. You will be this hub's "
                               "coordinator: choose a password (at least 10 characters) or a "
                               "PIN (at least 6 digits)."), self)
        intro.setWordWrap(True)
        self.hub_name = QLineEdit(self)
        self.hub_name.setMaxLength(200)
        self.hub_name.setAccessibleName(self.tr("Hub name"))
        self.your_name = QLineEdit(self)
        self.your_name.setMaxLength(100)
        self.your_name.setAccessibleName(self.tr("Your name"))
        self.use_password = QRadioButton(self.tr("Pass&word"), self)
        self.use_pin = QRadioButton(self.tr("P&IN"), self)
        self.use_password.setChecked(True)
        self.secret = _secret_field(self, self.tr("Password or PIN"))
        self.confirm = _secret_field(self, self.tr("Repeat password or PIN"))
        self.error = _error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("&Hub name:"), self.hub_name)
        form.addRow(self.tr("&Your name:"), self.your_name)
        form.addRow(self.tr("Sign in with:"), self.use_password)
        form.addRow("", self.use_pin)
        form.addRow(self.tr("&Password or PIN:"), self.secret)
        form.addRow(self.tr("&Repeat it:"), self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Set up"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        if self.secret.text() != self.confirm.text():
            self._problem(self.tr("The two entries differ; type them again."), self.confirm)
            return
        kind = "pin" if self.use_pin.isChecked() else "password"
        hub, name, secret = self.hub_name.text(), self.your_name.text(), self.secret.text()
        try:
            self.actor = self.run(lambda conn: users.first_run(conn, hub, name, secret, kind))
        except ValidationError as exc:
            self._problem(describe_error(exc),
                          self.secret if "secret" in exc.problems else self.hub_name)
            return
        self.secret.clear()
        self.confirm.clear()
        self.accept()

    def _problem(self, text: str, field: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        field.setFocus()


class RecoveryKeyDialog(QDialog):
    """Shown once at set-up: the key to print and lock away."""

    def __init__(self, recovery: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery key"))
        text = QLabel(self.tr(
            "Print this recovery key now and keep it locked away, apart from this computer. "
            "If this computer's keyring is lost (a new user profile, a rebuilt PC), the key "
            "is the only way to open records that have not reached the council yet. Anyone "
            "with it and a copy of the data folder can read the records."), self)
        text.setWordWrap(True)
        self.key = QPlainTextEdit(recovery, self)
        self.key.setReadOnly(True)
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setMaximumHeight(60)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        copy = named_add(buttons, self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(recovery))
        printer = named_add(buttons, self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        printer.clicked.connect(lambda: _print_text(self, recovery))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.key)
        layout.addWidget(buttons)


def _print_text(parent: QWidget, text: str) -> None:
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    if QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted:
        doc = QTextDocument()
        doc.setPlainText(parent.tr("AccessPoint recovery key") + "\n\n" + text)
        doc.print_(printer)


class SignInDialog(QDialog):
    """Choose your name, type your PIN or password. Also the lock screen's body."""

    def __init__(self, run: Run, parent: QWidget | None = None, *, user_id: str | None = None,
                 title: str | None = None):
        super().__init__(parent)
        self.run = run
        self.actor: Actor | None = None
        self.setWindowTitle(title or self.tr("Sign in to AccessPoint"))
        self.user = QComboBox(self)
        self.user.setAccessibleName(self.tr("Your name"))
        for u in run(users.sign_in_list):
            self.user.addItem(u["display_name"], u["id"])
        if user_id is not None:
            self.user.setCurrentIndex(max(0, self.user.findData(user_id)))
        self.secret = _secret_field(self, self.tr("PIN or password"))
        self.error = _error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.user)
        form.addRow(self.tr("&PIN or password:"), self.secret)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign in"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.secret.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        user_id, secret = self.user.currentData(), self.secret.text()
        self.secret.clear()  # never keep a typed secret in the widget
        if not user_id:
            self._problem(self.tr("Choose your name."))
            return
        try:
            self.actor = self.run(lambda conn: users.authenticate(conn, user_id, secret))
        except AccessPointError as exc:
            self._problem(describe_error(exc))
            return
        self.accept()

    def _problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.secret.setFocus()


def recovery_key_text(data_dir: Any) -> str | None:
    key = keystore.get_db_key(data_dir)
    return keystore.recovery_key(key) if key else None


def sign_in_flow(run: Run, parent: QWidget | None = None,
                 data_dir: Any = None) -> Actor | None:
    """First run on a new installation, otherwise the sign-in dialog; None if cancelled."""
    if not run(users.is_set_up):
        first = FirstRunDialog(run, parent)
        if first.exec() != QDialog.DialogCode.Accepted:
            return None
        recovery = recovery_key_text(data_dir) if data_dir is not None else None
        if recovery:
            RecoveryKeyDialog(recovery, parent).exec()
        return first.actor
    dialog = SignInDialog(run, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor
