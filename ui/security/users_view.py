"""User management for coordinators: add, change role, deactivate, reset a PIN."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accesspoint.context import ROLES
from accesspoint.errors import AccessPointError
from accesspoint.security import users
from ui.security.tables import DictTableModel, named
from ui.widgets.domain_text import describe_error


class AddUserDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a user"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(100)
        self.name.setAccessibleName(self.tr("Name"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role"))
        for r in ROLES:
            self.role.addItem(r.capitalize(), r)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Signs in with"))
        self.kind.addItem(self.tr("PIN (6+ digits)"), "pin")
        self.kind.addItem(self.tr("Password (10+ characters)"), "password")
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMaxLength(users.MAX_SECRET)
        self.secret.setAccessibleName(self.tr("First PIN or password"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("Signs in &with:"), self.kind)
        form.addRow(self.tr("First &PIN or password:"), self.secret)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class UsersView(QWidget):
    def __init__(self, services: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.model = DictTableModel([("display_name", self.tr("Name")), ("role", self.tr("Role")),
                                     ("kind", self.tr("Signs in with")),
                                     ("active", self.tr("Active"))], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("&Add user…"), self.add_user),
                           (self.tr("Change &role…"), self.change_role),
                           (self.tr("&Reset PIN…"), self.reset_secret),
                           (self.tr("&Deactivate / reactivate"), self.toggle_active)):
            b = named(QPushButton(text, self), text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        note = QLabel(self.tr("Someone who leaves is deactivated, not deleted: the records "
                              "they made still name them."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(note)
        self.refresh()

    def refresh(self) -> None:
        rows = self.services.db.call(lambda c: [dict(r) for r in c.execute(
            "SELECT u.id, u.display_name, u.role, u.active, COALESCE(c.kind, '') AS kind"
            " FROM users u LEFT JOIN user_credentials c ON c.user_id = u.id"
            " ORDER BY u.active DESC, u.display_name")])
        self.model.set_rows(rows)

    def _selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _do(self, fn: Any) -> bool:
        actor = self.services.actor
        try:
            self.services.db.call(lambda c: fn(c, actor))
        except AccessPointError as exc:
            QMessageBox.warning(self, self.tr("Not done"), describe_error(exc))
            return False
        self.refresh()
        return True

    def add_user(self) -> None:
        dlg = AddUserDialog(self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        name, role = dlg.name.text(), dlg.role.currentData()
        kind, secret = dlg.kind.currentData(), dlg.secret.text()
        dlg.secret.clear()
        self._do(lambda c, a: users.add_user(c, a, name, role, secret, kind))

    def change_role(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        user = self._selected()
        if user is None:
            return
        role, ok = QInputDialog.getItem(self, self.tr("Change role"), self.tr("Role:"),
                                        list(ROLES), ROLES.index(user["role"]), False)
        if ok:
            self._do(lambda c, a: users.set_role(c, a, user["id"], role))

    def reset_secret(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        user = self._selected()
        if user is None:
            return
        secret, ok = QInputDialog.getText(self, self.tr("Reset PIN"),
                                          self.tr("New PIN (6+ digits):"),
                                          QLineEdit.EchoMode.Password)
        if ok:
            self._do(lambda c, a: users.reset_secret(c, a, user["id"], secret, "pin"))

    def toggle_active(self) -> None:
        user = self._selected()
        if user is not None:
            self._do(lambda c, a: users.set_active(c, a, user["id"], not user["active"]))
