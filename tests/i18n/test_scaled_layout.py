"""At 150% text the directory's results still show whole service names: each row is
as tall as its name wrapped in the column (a fixed height cut every name to the same
"Adult maths and English…" in the high-contrast screenshots)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from ui.widgets import fontscale, theme


def test_result_rows_fit_their_names_at_150_percent(demo_window, qtbot):
    theme.apply_high_contrast(True, remember=False)
    fontscale.apply_scale(1.5, remember=False)
    try:
        demo_window.show_section("directory")
        panel = demo_window.stack.currentWidget().search
        qtbot.waitUntil(lambda: panel.model.rowCount() > 10, timeout=10000)
        table = panel.table
        qtbot.wait(100)  # the rows are fitted once the columns have their widths
        metrics = QFontMetrics(table.font())
        width = table.columnWidth(0) - 8  # the cell's own margins
        cut = []
        for row in range(10):
            name = panel.model.index(row, 0).data()
            needed = metrics.boundingRect(QRect(0, 0, width, 10_000),
                                          int(Qt.TextFlag.TextWordWrap), name).height()
            if table.rowHeight(row) < needed:
                cut.append((name, table.rowHeight(row), needed))
        assert not cut, cut
    finally:
        fontscale.apply_scale(1.0, remember=False)
        theme.apply_high_contrast(False, remember=False)
