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
OK_COLOUR = "#1b5e20"  # 7.9:1 on white
# On black (high contrast): light red 9:1, light green 15:1, as in high-contrast.qss.
HC_ERROR_COLOUR = "#ff8a8a"
HC_OK_COLOUR = "#7dff7d"
_PROPERTY = "accesspointHighContrast"  # set on the QApplication while the theme is on

# Framed notices (intake banner, follow-ups due, possible duplicates, safeguarding):
# kind -> (background, border, border width) on the light theme. High contrast draws
# them black with a bright border of the same width; each also says what it is in words.
BOXES = {
    "info": ("#eef5ff", "#7aa7e0", 1),
    "ok": ("#ecf8ee", "#5fae6e", 1),
    "notice": ("#fff8e1", "#d9a400", 1),
    "warning": ("#fff7e6", "#c77700", 2),
    "danger": ("#fff1f1", "#b00020", 3),
}
HC_BORDERS = {"info": "#ffffff", "ok": HC_OK_COLOUR, "notice": "#ffff00",
              "warning": "#ffff00", "danger": HC_ERROR_COLOUR}
_DANGER_TEXT = "#5a0010"  # dark red text on the pale red safeguarding box, 12:1


def _mark(widget: QWidget, prop: str, colour: str) -> None:
    # Imported here: restore() runs before the window's first paint, which these
    # classes (and their enums) are not needed for.
    from PySide6.QtGui import QColor, QPalette

    widget.setProperty(prop, True)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    palette.setColor(QPalette.ColorRole.Text, QColor(colour))
    widget.setPalette(palette)


def _unmark(widget: QWidget) -> None:
    for prop in ("error", "ok", "hint"):
        widget.setProperty(prop, False)


def _repolish(widget: QWidget) -> None:
    # A dynamic property only reaches the style sheet's [prop="true"] on re-polish.
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _bold(widget: QWidget, bold: bool) -> None:
    font = widget.font()
    font.setBold(bold)
    widget.setFont(font)


def mark_as_error(widget: QWidget) -> None:
    """Problem text: dark red (#9b0000, 8.6:1 on white) and bold; high contrast turns
    it light red on black through `[error="true"]` (9:1), which a fixed style sheet of
    the widget's own would have overridden."""
    _unmark(widget)
    _mark(widget, "error", ERROR_COLOUR)
    _bold(widget, True)
    _repolish(widget)


def mark_as_ok(widget: QWidget) -> None:
    """Done/valid text: dark green, not bold (an error is bold: weight tells them apart
    without colour too); high contrast makes it light green through `[ok="true"]`."""
    _unmark(widget)
    _mark(widget, "ok", OK_COLOUR)
    _bold(widget, False)
    _repolish(widget)


def high_contrast_active() -> bool:
    app = QApplication.instance()
    return bool(app is not None and app.property(_PROPERTY))


def error_colour() -> str:
    """For text drawn by a model (ForegroundRole), which no style sheet reaches."""
    return HC_ERROR_COLOUR if high_contrast_active() else ERROR_COLOUR


def style_box(frame: QWidget, kind: str) -> None:
    """Frame `frame` (it needs an objectName) as a notice of `kind` (see BOXES); it
    follows the theme when the theme changes, as its own style sheet otherwise won't."""
    frame.setProperty("box", kind)
    _restyle_box(frame)


def _restyle_box(frame: QWidget) -> None:
    kind = str(frame.property("box"))
    background, border, width = BOXES[kind]
    name = frame.objectName()
    if high_contrast_active():
        sheet = (f"QFrame#{name} {{ background: #000000; border: {width}px solid "
                 f"{HC_BORDERS[kind]}; }} QLabel {{ background: transparent; color: #ffffff; }}")
    else:
        text = f" color: {_DANGER_TEXT};" if kind == "danger" else ""
        sheet = (f"QFrame#{name} {{ background: {background}; border: {width}px solid "
                 f"{border}; }} QLabel {{ background: transparent;{text} }}")
    frame.setStyleSheet(sheet)


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
    app.setProperty(_PROPERTY, bool(enabled))
    app.setStyleSheet(sheet)
    for widget in app.allWidgets():
        if widget.property("box"):
            _restyle_box(widget)
    if remember:
        _settings().setValue(KEY, "true" if enabled else "false")


def restore() -> None:
    """Apply what the user chose last time (called once at start-up)."""
    if high_contrast_enabled():
        apply_high_contrast(True, remember=False)
