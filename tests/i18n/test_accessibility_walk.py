"""Every control on every screen has an accessible name, so a screen reader can say
what it is (issue 9). Walks the real widgets of each section of the main window."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ui.sections import SECTIONS

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox,
            QLineEdit, QPlainTextEdit, QTextEdit)


def _nameless(root: QWidget) -> list[str]:
    missing = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or not w.isVisibleTo(root):
            continue
        # Qt's own inner parts (a combo's line edit, a spin box's editor, scroll bars)
        # are announced through their owner.
        parent = w.parentWidget()
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView)) or \
                w.objectName().startswith("qt_"):
            continue
        if isinstance(w, QAbstractSlider) and isinstance(parent, QWidget) and \
                parent.objectName().startswith("qt_scrollarea"):
            continue
        if not w.accessibleName().strip():
            label = getattr(w, "text", lambda: "")()
            missing.append(f"{type(w).__name__} {w.objectName()!r} {label!r} in "
                           f"{type(parent).__name__ if parent else '-'}")
    return missing


def test_every_control_on_every_section_has_an_accessible_name(demo_window, qtbot):
    problems = []
    for section in SECTIONS:
        demo_window.show_section(section.key)
        qtbot.wait(150)
        page = demo_window.stack.currentWidget()
        problems += [f"[{section.key}] {m}" for m in _nameless(page)]
    problems += [f"[window] {m}" for m in _nameless(demo_window.statusBar())]
    assert not problems, "controls without an accessible name:\n" + "\n".join(problems)
