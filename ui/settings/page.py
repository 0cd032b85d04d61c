"""Settings: the hub's name, the council server (set up on the Sync page), the
language of the app (applied at next start) and the text size.

Per-user preferences (language, text size, window geometry) live in QSettings;
the hub's own settings live in the database (DESIGN.md §5).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from accesspoint import hubs
from accesspoint.db import transaction
from accesspoint.errors import PermissionDeniedError, ValidationError
from ui.services import Services
from ui.statusbar import server_url
from ui.widgets import fontscale, theme
from ui.widgets.domain_text import describe_error, problems
from ui.widgets.field_error import FieldError

LANGUAGE_KEY = "ui/language"


def rename_hub(conn, actor, name: str) -> dict[str, Any]:
    # TODO(lead): move into accesspoint.hubs (rename_hub) so the CLI and sync share it.
    name = name.strip()
    if not actor.at_least("coordinator"):
        raise PermissionDeniedError("Only a coordinator can rename the hub.")
    if not name:
        raise ValidationError({"name": "Give the hub a name."})
    if len(name) > 120:
        raise ValidationError({"name": "The name is too long (at most 120 characters)."})
    with transaction(conn):
        conn.execute("UPDATE hubs SET name = ? WHERE id = ?", (name, actor.hub_id))
    return hubs.current_hub(conn) or {}


def ui_languages() -> list[tuple[str, str]]:
    """(code, name) of the shipped translations; English only if none are listed."""
    try:
        from ui import i18n

        # Named in the current UI language with the language's own name beside it,
        # so someone who cannot read the current UI still finds theirs.
        return [(code, i18n.language_display(code) + ("" if i18n.is_reviewed(code) else " *"))
                for code in i18n.languages()]
    except Exception:  # noqa: BLE001 - translations are optional
        return [("en", "English")]


class SettingsPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        from ui.app import ui_settings

        self.qsettings = ui_settings()
        self.setAccessibleName(self.tr("Settings"))

        hub_box = QGroupBox(self.tr("This hub"), self)
        self.hub_name = QLineEdit(hub_box)
        self.hub_name.setAccessibleName(self.tr("Hub name"))
        self.hub_error = FieldError(self.tr("hub name"), hub_box)
        self.save_hub = QPushButton(self.tr("Save &name"), hub_box)
        self.save_hub.setAccessibleName(self.tr("Save hub name"))
        self.hub_status = QLabel(hub_box)
        self.hub_status.setAccessibleName(self.tr("Hub name status"))
        self.server = QLineEdit(hub_box)
        self.server.setReadOnly(True)
        self.server.setAccessibleName(self.tr("Council server"))
        self.server.setAccessibleDescription(self.tr("Set up on the Sync page"))
        self.go_sync = QPushButton(self.tr("Set up on the S&ync page…"), hub_box)
        self.go_sync.setAccessibleName(self.tr("Open the Sync page"))
        name_row = QHBoxLayout()
        name_row.addWidget(self.hub_name, 1)
        name_row.addWidget(self.save_hub)
        server_row = QHBoxLayout()
        server_row.addWidget(self.server, 1)
        server_row.addWidget(self.go_sync)
        hub_form = QFormLayout(hub_box)
        hub_form.addRow(self._label(self.tr("Hub &name:"), self.hub_name), name_row)
        hub_form.addRow("", self.hub_error)
        hub_form.addRow("", self.hub_status)
        hub_form.addRow(self._label(self.tr("Council &server:"), self.server), server_row)

        look = QGroupBox(self.tr("Language and text size (this computer, this user)"), self)
        self.language = QComboBox(look)
        self.language.setAccessibleName(self.tr("Language of the app"))
        for code, name in ui_languages():
            self.language.addItem(name, code)
        self.language_note = QLabel(look)
        self.language_note.setWordWrap(True)
        self.language_note.setAccessibleName(self.tr("Language note"))
        self.scale = QSpinBox(look)
        self.scale.setRange(int(fontscale.MIN_SCALE * 100), int(fontscale.MAX_SCALE * 100))
        self.scale.setSingleStep(int(fontscale.STEP * 100))
        self.scale.setSuffix(" %")
        self.scale.setMaximumWidth(120)
        self.language.setMaximumWidth(320)
        self.hub_name.setMaximumWidth(420)
        self.scale.setAccessibleName(self.tr("Text size"))
        self.scale.setAccessibleDescription(self.tr("Ctrl+= and Ctrl+- also change it anywhere"))
        look_form = QFormLayout(look)
        look_form.addRow(self._label(self.tr("&Language:"), self.language), self.language)
        look_form.addRow("", self.language_note)
        look_form.addRow(self._label(self.tr("&Text size:"), self.scale), self.scale)
        self.contrast = QCheckBox(self.tr("High &contrast (white on black, yellow focus)"), look)
        self.contrast.setAccessibleName(self.tr("High contrast"))
        self.contrast.setAccessibleDescription(self.tr("Ctrl+Shift+H also switches it"))
        self.contrast.setChecked(theme.high_contrast_enabled())
        self.contrast.toggled.connect(theme.apply_high_contrast)
        look_form.addRow("", self.contrast)
        hint = QLabel(self.tr("Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 normal. "
                              "The window's size and place are remembered."), look)
        hint.setWordWrap(True)
        look_form.addRow("", hint)

        layout = QVBoxLayout(self)
        layout.addWidget(hub_box)
        layout.addWidget(look)
        layout.addStretch(1)

        current = str(self.qsettings.value(LANGUAGE_KEY, "") or "en")
        index = self.language.findData(current)
        self.language.setCurrentIndex(max(0, index))
        self._language_at_start = self.language.currentData()
        self.scale.setValue(round(fontscale.current_scale() * 100))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.scale.valueChanged.connect(lambda v: fontscale.apply_scale(v / 100))
        self.save_hub.clicked.connect(self.rename)
        self.hub_name.returnPressed.connect(self.rename)
        self.go_sync.clicked.connect(lambda: services.events.navigate.emit("sync"))
        services.events.changed.connect(self._changed)
        self._language_changed()
        self.refresh()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _changed(self, kind: str) -> None:
        if kind in ("settings", "sync", "hub"):
            self.refresh()

    def refresh(self) -> None:
        def read(conn):
            return {"hub": hubs.current_hub(conn) or {}, "server": server_url(conn)}

        self.services.db.submit(read, self._show)

    def _show(self, info: dict[str, Any]) -> None:
        self.hub_name.setText(info["hub"].get("name", ""))
        self.server.setText(info["server"] or self.tr("Not set up: working offline"))
        coordinator = self.services.actor.at_least("coordinator")
        self.hub_name.setReadOnly(not coordinator)
        self.save_hub.setEnabled(coordinator)
        if not coordinator:
            self.hub_status.setText(self.tr("Only a coordinator can rename the hub."))

    def rename(self) -> None:
        self.hub_error.clear_problem()
        actor, name = self.services.actor, self.hub_name.text()

        def done(_hub: dict[str, Any]) -> None:
            self.hub_status.setText(self.tr("Saved."))
            self.services.events.changed.emit("hub")

        def failed(exc: BaseException) -> None:
            text = problems(exc).get("name", describe_error(exc)) \
                if isinstance(exc, ValidationError) else describe_error(exc)
            self.hub_error.show_problem(text)

        self.services.db.submit(lambda conn: rename_hub(conn, actor, name), done, failed)

    def _language_changed(self, *_args: object) -> None:
        code = self.language.currentData()
        self.qsettings.setValue(LANGUAGE_KEY, code)
        notes = []
        if code != self._language_at_start:
            notes.append(self.tr("The new language is used the next time AccessPoint starts."))
        if self.language.currentText().endswith("*"):
            notes.append(self.tr("* Not yet checked by a native speaker."))
        self.language_note.setText(" ".join(notes))
        self.language_note.setVisible(bool(notes))
