"""The reports page at 150% text in high contrast, and in pseudo-translation (issue 9):
the filter labels are drawn whole (the "To" label was clipped to "Tc"), the page fits
a 1280 px window (it needed 1,312), and every chart's buttons are inside its panel and
on screen (the right-hand chart's were cut off in pseudo-translation)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea

from ui import i18n
from ui.widgets import fontscale, theme


@pytest.fixture
def big_high_contrast(qapp):
    theme.apply_high_contrast(True, remember=False)
    fontscale.apply_scale(1.5, remember=False)
    yield
    fontscale.apply_scale(1.0, remember=False)
    theme.apply_high_contrast(False, remember=False)


@pytest.fixture
def pseudo(qapp):
    tr = i18n.PseudoTranslator()
    QCoreApplication.installTranslator(tr)
    yield tr
    QCoreApplication.removeTranslator(tr)


def _reports(window, qtbot):
    window.show_section("reports")
    page = window.pages["reports"]
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    qtbot.wait(300)
    return page


def _problems(window, page) -> list[str]:
    found = []
    if window.width() > 1280:
        found.append(f"window {window.width()} px wide")
    for lab in page.findChildren(QLabel):
        if lab.buddy() is None or not lab.isVisible():
            continue
        text = lab.text().replace("&", "")
        need = lab.fontMetrics().horizontalAdvance(text)
        if lab.width() < need:
            found.append(f"label {text!r} {lab.width()} px for {need} px of text")
    scroll = page.tabs.currentWidget()
    assert isinstance(scroll, QScrollArea)
    view = scroll.viewport()
    for button in page.findChildren(QPushButton):
        if not button.isVisible():
            continue
        panel = button.parentWidget()
        inside = QRect(button.mapTo(panel, QPoint(0, 0)), button.size())
        if not panel.rect().contains(inside):
            found.append(f"button {button.text()!r} outside its panel")
        if view.isAncestorOf(button):
            right = button.mapTo(view, QPoint(button.width(), 0)).x()
            if right > view.width():
                found.append(f"button {button.text()!r} past the right edge by "
                             f"{right - view.width()} px")
        elif button.mapTo(window, QPoint(button.width(), 0)).x() > window.width():
            found.append(f"button {button.text()!r} past the window's edge")
    return found


def test_reports_page_fits_at_150_percent_high_contrast(demo_window, qtbot,
                                                         big_high_contrast):
    demo_window.resize(1280, 800)
    page = _reports(demo_window, qtbot)
    assert _problems(demo_window, page) == []


def test_reports_page_fits_in_pseudo_translation(pseudo, demo_window, qtbot):
    demo_window.resize(1280, 800)
    page = _reports(demo_window, qtbot)
    assert _problems(demo_window, page) == []



def test_fit_label_hint_fits_its_text_in_every_font(qapp):
    """The filter labels' hint is the text's width in the font the label has now."""
    from PySide6.QtGui import QFont

    from ui.reports.flow import FitLabel

    label = FitLabel("&To")
    for size in (9.0, 13.5, 18.0):
        font = QFont(label.font())
        font.setPointSizeF(size)
        label.setFont(font)
        need = label.fontMetrics().horizontalAdvance("To")
        assert label.sizeHint().width() >= need
        assert label.minimumSizeHint().width() >= need
