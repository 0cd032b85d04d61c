"""Font scaling (Ctrl+= / Ctrl+- / Ctrl+0), remembered per user in QSettings."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

KEY = "ui/font_scale"
MIN_SCALE, MAX_SCALE, STEP = 0.8, 2.0, 0.1

_base_point_size: float | None = None


def _settings():
    from ui.app import ui_settings

    return ui_settings()


def current_scale() -> float:
    try:
        return float(_settings().value(KEY, 1.0))
    except (TypeError, ValueError):
        return 1.0


def apply_scale(scale: float, *, remember: bool = True) -> float:
    """Set the application font to `scale` × the platform default; returns the scale used."""
    from PySide6.QtGui import QFont  # not at import: the main window's first paint

    global _base_point_size
    app = QApplication.instance()
    if app is None:
        return 1.0
    scale = round(min(MAX_SCALE, max(MIN_SCALE, scale)), 2)
    if _base_point_size is None:
        size = app.font().pointSizeF()
        _base_point_size = size if size > 0 else 10.0
    font = QFont(app.font())
    font.setPointSizeF(_base_point_size * scale)
    app.setFont(font)
    sheet = app.styleSheet()
    if sheet:
        # With a style sheet (the high-contrast theme) Qt does not pass a new
        # application font on to existing widgets; setting the sheet again does.
        app.setStyleSheet("")
        app.setStyleSheet(sheet)
    if remember:
        _settings().setValue(KEY, scale)
    return scale


def bigger() -> float:
    return apply_scale(current_scale() + STEP)


def smaller() -> float:
    return apply_scale(current_scale() - STEP)


def reset() -> float:
    return apply_scale(1.0)
