"""Font scaling (Ctrl+= / Ctrl+- / Ctrl+0), remembered per user in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QApplication, QWidget

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


class _Relative(QObject):
    """Keeps a widget's font `factor` × the application font, through every Ctrl +/-.

    A font size in a style sheet ("font-size: 15pt") is fixed (Qt style sheets have no
    em), and a font set on a widget no longer follows the application font; so the
    font is made again from the application font whenever that changes."""

    def __init__(self, widget: QWidget, factor: float, bold: bool, monospace: bool) -> None:
        super().__init__(widget)  # a child: gone (and disconnected) with the widget
        self.widget, self.factor, self.bold, self.monospace = widget, factor, bold, monospace
        QApplication.instance().fontChanged.connect(self.apply)
        self.apply()

    @Slot()
    def apply(self) -> None:
        from PySide6.QtGui import QFont

        base = QApplication.font()
        font = QFont(base)
        if self.monospace:
            font.setFamilies(["monospace"])
            font.setStyleHint(QFont.StyleHint.Monospace)
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * self.factor)
        if self.bold:
            font.setBold(True)
        self.widget.setFont(font)


def relative_font(widget: QWidget, factor: float, *, bold: bool = False,
                  monospace: bool = False) -> None:
    """Show `widget` `factor` times larger than the application font, scaling with it."""
    _Relative(widget, factor, bold, monospace)
