"""The high-contrast theme (white on black, yellow focus), remembered per user.

Colour is never the only signal: the theme also thickens focus outlines, and
every state it colours is also said in words or shapes elsewhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from accesspoint.resources import resource_path

KEY = "ui/high_contrast"
# Secondary text (consent wording, hints): dark grey on the light theme, 9.7:1 on white.
HINT_COLOUR = "#444444"
ERROR_COLOUR = "#9b0000"


def _mark(widget: QWidget, prop: str, colour: str) -> None:
    # Imported here: restore() runs before the window's first paint, which these
    # classes (and their enums) are not needed for.
    from PySide6.QtGui import QColor, QPalette

    widget.setProperty(prop, True)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    palette.setColor(QPalette.ColorRole.Text, QColor(colour))
    widget.setPalette(palette)


def mark_as_error(widget: QWidget) -> None:
    """Problem text: dark red (#9b0000, 8.6:1 on white) and bold; high contrast turns
    it light red on black through `[error="true"]` (9:1), which a fixed style sheet of
    the widget's own would have overridden."""
    _mark(widget, "error", ERROR_COLOUR)
    font = widget.font()
    font.setBold(True)
    widget.setFont(font)


def mark_as_hint(widget: QWidget) -> None:
    """Draw `widget`'s text as secondary through its palette, not a style sheet of its
    own: a widget's own style sheet beats the application's, so a fixed grey stayed
    grey on black in high contrast (2.2:1). A palette colour gives way to the theme."""
    _mark(widget, "hint", HINT_COLOUR)


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
