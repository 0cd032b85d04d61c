"""Larger text on the time bank screens follows Ctrl +/- (issue 9): the member's name
and balance and the voucher code were fixed point sizes in style sheets, so they
stayed the same size while everything around them grew."""

from __future__ import annotations

import pytest

from ui.widgets import fontscale

pytest.importorskip("pytestqt")


@pytest.fixture
def scale_back(qapp):
    yield
    fontscale.apply_scale(1.0, remember=False)


def _sizes(*widgets) -> list[float]:
    return [w.font().pointSizeF() for w in widgets]


def test_member_title_balance_and_voucher_grow_with_the_font_scale(qtbot, services,
                                                                     scale_back):
    from ui.timebank.members_view import MemberView
    from ui.timebank.rewards_view import RewardsTab

    fontscale.apply_scale(1.0, remember=False)
    view = MemberView(services)
    tab = RewardsTab(services)
    qtbot.addWidget(view)
    qtbot.addWidget(tab)
    body = view.font().pointSizeF()
    before = _sizes(view.title, view.balance, tab.voucher)
    assert all(size > body for size in before)  # still larger than the text around them
    assert view.title.font().bold()

    fontscale.apply_scale(1.5, remember=False)
    after = _sizes(view.title, view.balance, tab.voucher)
    for old, new in zip(before, after, strict=True):
        assert new == pytest.approx(old * 1.5, rel=0.02)
    assert view.title.font().bold()

    fontscale.apply_scale(0.8, remember=False)
    smaller = _sizes(view.title, view.balance, tab.voucher)
    assert all(s < b for s, b in zip(smaller, before, strict=True))


def test_no_fixed_point_sizes_left_in_screen_style_sheets():
    """A "font-size: Npt" in a widget's style sheet cannot follow the scale."""
    import re
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "ui"
    found = [f"{p.relative_to(ui)}:{n}" for p in ui.rglob("*.py")
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"setStyleSheet\(.*font-size:\s*\d+(\.\d+)?(pt|px)", line)]
    assert found == []
