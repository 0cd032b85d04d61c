"""The high-contrast theme (white on black, yellow focus), remembered per user.

Colour is never the only signal: the theme also thickens focus outlines, and
every state it colours is also said in words or shapes elsewhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from accesspoint.resources import resource_path

KEY = "ui/high_contrast"


def _settings():
    from ui.app import ui_settings

    return ui_settings()


def high_contrast_enabled() -> bool:
    return str(_settings().value(KEY, "false")).lower() in ("true", "1")


def apply_high_contrast(enabled: bool, *, remember: bool = True) -> None:
    app = QApplication.instance()
    if app is None:
        return
    sheet = ""
    if enabled:
        sheet = Path(resource_path("themes", "high-contrast.qss")).read_text(encoding="utf-8")
    app.setStyleSheet(sheet)
    if remember:
        _settings().setValue(KEY, "true" if enabled else "false")


def restore() -> None:
    """Apply what the user chose last time (called once at start-up)."""
    if high_contrast_enabled():
        apply_high_contrast(True, remember=False)
