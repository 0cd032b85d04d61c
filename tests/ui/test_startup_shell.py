"""The window shown before the database is open (ui/main_window.py, issue 2 start-up)."""

from __future__ import annotations

import pytest

from ui.main_window import MainWindow


def test_shell_window_before_attach(qtbot, demo_services):
    window = MainWindow(None)
    qtbot.addWidget(window)
    assert not window.nav.isEnabled() and not window.is_ready()
    assert window.section_actions == []  # Ctrl+1..7 lead nowhere yet
    assert window.stack.currentWidget().accessibleName() == "Opening the database…"
    with pytest.raises(RuntimeError):
        window.page("enquiries")
    window.attach(demo_services)
    assert window.nav.isEnabled() and window.is_ready()
    assert len(window.section_actions) == window.nav.count() and all(
        a.isEnabled() for a in window.section_actions)
    assert type(window.stack.currentWidget()).__name__ == "EnquiriesPage"
    assert window.findChild(object, "opening") is None or \
        window.stack.indexOf(window.findChild(object, "opening")) == -1
    # Other sections are still built only when asked for (tests force them this way).
    assert list(window.pages) == ["enquiries"]
    assert window.page("settings") is window.pages["settings"]
