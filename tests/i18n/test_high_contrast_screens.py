"""High contrast reaches every screen that used to fix its own colours (issue 9):
with the theme on, none of the light theme's fixed colours (dark red problems,
green "done", pale notice boxes) is left on screen; they are checked in the pixels
each widget draws. With the theme off the same grabs do show them, so the check
can fail. Colour is never the only signal: each state also says so in words."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from ui.widgets import theme

LIGHT_ONLY = {  # every fixed colour these screens used before, and theme.py's light ones
    "#9b0000", "#a00000", "#8a1c1c", "#b71c1c", "#1b5e20", "#b00020", "#5a0010",
    "#eef5ff", "#ecf8ee", "#fff8e1", "#fff7e6", "#fff1f1",
    "#7aa7e0", "#5fae6e", "#d9a400", "#c77700",
}


def _colours(widget: QWidget) -> set[str]:
    widget.resize(max(widget.width(), 600), max(widget.sizeHint().height(), 200))
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(image.constBits())
    found = set()
    for hex_colour in LIGHT_ONLY:
        c = QColor(hex_colour)
        pattern = bytes((c.blue(), c.green(), c.red(), 0xFF))
        at = data.find(pattern)
        while at != -1:
            if at % 4 == 0:
                found.add(hex_colour)
                break
            at = data.find(pattern, at + 1)
    return found


def _screens(qtbot, services) -> dict[str, QWidget]:
    """Each screen part in the state that is coloured: a problem, a success, a notice."""
    from ui.enquiries.followups import FollowUpsPanel
    from ui.enquiries.intake import Banner
    from ui.enquiries.intake_form import IntakeForm
    from ui.people.new_person import NewPersonDialog
    from ui.security.login import SignInDialog
    from ui.security.rights import EraseDialog
    from ui.session import FirstRunDialog
    from ui.sync.page import SyncPage
    from ui.timebank.rewards_view import RewardsTab
    from ui.timebank.widgets import StatusLine

    out: dict[str, Any] = {}
    sign_in = SignInDialog(services.db.call)
    sign_in._problem("That PIN or password is not right. Try again.")
    out["sign-in problem"] = sign_in
    first = FirstRunDialog()
    first.error.setText("Give the hub a name.")
    first.error.show()
    out["first-run problem"] = first
    erase = EraseDialog(services, "no-such-person")
    erase.error.setText("No such person (already erased?).")
    erase.error.show()
    out["erase problem"] = erase
    sync = SyncPage(services)
    sync.overdue.setText("This hub has not synced for more than 7 days.")
    sync.overdue.setVisible(True)
    out["sync overdue"] = sync.overdue
    bad, good = StatusLine(), StatusLine()
    bad.error("Not enough time credits.")
    good.ok("Saved.")
    out["time bank problem"], out["time bank done"] = bad, good
    rewards_tab = RewardsTab(services)
    rewards_tab._checked({"valid": True, "reason": "Valid."})
    out["voucher valid"] = rewards_tab.check_result
    form = IntakeForm(services)
    form.safeguarding.setChecked(True)
    form.guidance.show()
    out["safeguarding guidance"] = form.guidance
    follow = FollowUpsPanel(services)
    follow.title.setText("2 follow-ups due")
    out["follow-ups due"] = follow
    for kind in ("info", "ok"):
        banner = Banner()
        banner.show_message("Saved.", kind)
        out[f"intake banner {kind}"] = banner
    person = NewPersonDialog(services, "")
    person.warning.show()
    person.warning_text.setText("Possible duplicates")
    out["possible duplicates"] = person.warning
    for widget in out.values():
        qtbot.addWidget(widget.window())
        widget.window().show()
    return out


@pytest.fixture
def high_contrast(qapp):
    theme.apply_high_contrast(True, remember=False)
    yield
    theme.apply_high_contrast(False, remember=False)


def test_no_fixed_colour_survives_high_contrast(qtbot, services, high_contrast):
    kept = {name: found for name, w in _screens(qtbot, services).items()
            if (found := _colours(w))}
    assert not kept, kept


def test_the_same_screens_use_those_colours_on_the_light_theme(qtbot, services):
    screens = _screens(qtbot, services)
    for name in ("sign-in problem", "time bank problem", "time bank done",
                 "safeguarding guidance", "follow-ups due", "possible duplicates",
                 "intake banner ok", "sync overdue"):
        assert _colours(screens[name]), name


def test_boxes_follow_a_theme_switched_on_while_they_are_open(qtbot, services):
    screens = _screens(qtbot, services)
    assert "#fff1f1" in _colours(screens["safeguarding guidance"])
    theme.apply_high_contrast(True, remember=False)
    try:
        assert not _colours(screens["safeguarding guidance"])
        assert not _colours(screens["possible duplicates"])
    finally:
        theme.apply_high_contrast(False, remember=False)
    assert "#fff1f1" in _colours(screens["safeguarding guidance"])


def test_red_rows_in_the_enquiry_list_are_light_red_in_high_contrast(qapp, high_contrast):
    from ui.enquiries.list_model import EnquiryTableModel

    model = EnquiryTableModel()
    row = {"id": "e1", "created_at": "2026-01-05T10:00:00.000Z", "reference": "E-1",
           "given_name": "Ana", "family_name": "Silva", "need_codes": "", "outcome": "open",
           "urgency": "urgent", "safeguarding": 0, "follow_up_date": "2026-01-06",
           "follow_up_done_at": None}
    model.rows = [row]
    column = model.COLUMNS.index("urgency")
    colour = model.data(model.index(0, column), Qt.ItemDataRole.ForegroundRole)
    assert colour == QColor(theme.HC_ERROR_COLOUR)
    assert "Urgent" in model.data(model.index(0, column))  # said in words too
    theme.apply_high_contrast(False, remember=False)
    colour = model.data(model.index(0, column), Qt.ItemDataRole.ForegroundRole)
    assert colour == QColor(theme.ERROR_COLOUR)
