"""Layout bugs seen in the pseudo-translation screenshots (issue 9): the status bar's
parts ran together ("○ Offline Not yet synced"), and the time bank's members list cut
people's names short once "Type" and "Balance" were translated longer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame

from ui import i18n


@pytest.fixture
def pseudo(qapp):
    tr = i18n.PseudoTranslator()
    QCoreApplication.installTranslator(tr)
    yield tr
    QCoreApplication.removeTranslator(tr)


def test_status_bar_parts_are_drawn_apart(pseudo, demo_window, qtbot):
    bar = demo_window.statusBar()
    qtbot.waitUntil(lambda: bool(bar.unsynced.text()), timeout=5000)
    labels = [bar.who, bar.network, bar.unsynced]
    lines = [f for f in bar.findChildren(QFrame)
             if f.frameShape() == QFrame.Shape.VLine and f.isVisible()]
    assert len(lines) == 2
    for left, right in zip(labels, labels[1:], strict=False):
        between = [f for f in lines
                   if left.geometry().right() < f.geometry().center().x() < right.geometry().left()]
        assert between, f"nothing drawn between {left.text()!r} and {right.text()!r}"


def test_member_names_are_not_cut_short_in_a_longer_language(pseudo, demo_window, qtbot):
    from accesspoint.timebank import members

    demo_window.show_section("timebank")
    tab = demo_window.pages["timebank"].members
    qtbot.waitUntil(lambda: len(tab.model.rows) > 5, timeout=10000)
    qtbot.wait(50)
    people = [r for r in tab.model.rows if r["member_type"] != "organisation"]
    metrics = tab.table.fontMetrics()
    widest = max(metrics.horizontalAdvance(members.display_name(r)) for r in people)
    # The cell's text margins are a few pixels each side.
    assert tab.table.columnWidth(1) >= widest + 8, (tab.table.columnWidth(1), widest)
    # and no other column is cut to make room, at 1280 px wide
    for column in range(tab.model.columnCount()):
        assert tab.table.columnWidth(column) >= tab.table.sizeHintForColumn(column), column
