"""Text in the high-contrast theme really is high contrast: the consent wording, the
hints and problem text are measured on the rendered pixels, not on style strings
(they used to be drawn #444 on black, 2.2:1, because of a widget-level style sheet)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage

from ui.widgets import theme


def _luminance(c: QColor) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def _ratio(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def rendered_contrast(widget) -> float:
    """Contrast between the commonest pixel (the background) and the pixel furthest
    from it (the core of the glyphs; anti-aliased edges lie in between)."""
    # Grab the window around it: a transparent label shows its parent's background.
    window = widget.window()
    area = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    image: QImage = window.grab(area).toImage()
    counts: dict[int, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    background = QColor(max(counts, key=counts.get))
    return max(_ratio(background, QColor(rgb)) for rgb in counts)


@pytest.fixture
def form(qtbot, services):
    from ui.enquiries.intake_form import IntakeForm

    widget = IntakeForm(services)
    qtbot.addWidget(widget)
    widget.resize(1100, 900)
    widget.show()
    yield widget
    theme.apply_high_contrast(False, remember=False)


def test_consent_wording_meets_contrast_in_both_themes(form, qtbot):
    label = form.consent_text["record"]
    assert label.text()
    plain = rendered_contrast(label)
    theme.apply_high_contrast(True, remember=False)
    qtbot.wait(50)
    high = rendered_contrast(label)
    assert plain >= 7, plain
    assert high >= 15, high  # white on black, not grey on black


def test_problem_text_meets_contrast_in_high_contrast(form, qtbot):
    theme.apply_high_contrast(True, remember=False)
    error = form.errors["needs"]
    error.show_problem("Choose at least one need.")
    qtbot.wait(50)
    assert rendered_contrast(error) >= 7
    theme.apply_high_contrast(False, remember=False)
    qtbot.wait(50)
    assert rendered_contrast(error) >= 7


def test_safeguarding_guidance_is_readable_in_high_contrast(form, qtbot):
    theme.apply_high_contrast(True, remember=False)
    form.safeguarding.setChecked(True)
    qtbot.wait(50)
    assert form.guidance.isVisible()
    from PySide6.QtWidgets import QLabel

    labels = [w for w in form.guidance.findChildren(QLabel) if w.isVisible() and w.text()]
    assert labels
    for label in labels:
        assert rendered_contrast(label) >= 7, label.text()
