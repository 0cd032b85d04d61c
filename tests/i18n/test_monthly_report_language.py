"""The monthly hub report (PDF) is written in the UI language (issue 9): its heading,
key figures, warning, chart titles, notes and summaries were English in every language."""

from __future__ import annotations

import json
from pathlib import Path

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
PT = json.loads((I18N / "translations" / "pt.json").read_text(encoding="utf-8"))


def test_monthly_report_is_in_portuguese(demo_window, qtbot, portuguese, tmp_path):
    from ui.reports.monthly import IN_PDF, monthly_html, write_monthly_pdf

    demo_window.show_section("reports")
    page = demo_window.pages["reports"]
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    text, used = monthly_html(page.result, "Riverside", "novembro 2026")
    assert PT["Monthly hub report: {hub}"].format(hub="Riverside") in text
    for english in ("Key figures", "Follow-ups overdue today",
                    "Unmet needs (no suitable service)"):
        assert PT[english] in text
        assert english not in text
    assert "do not publish" not in text and PT["Key figures"] in text
    assert used and all(k in IN_PDF for k in used)
    assert "Enquiries by channel" not in text  # a chart title, through ReportWords
    assert PT["Enquiries by channel"] in text
    assert " shown; totals " not in text  # the chart summaries
    path = tmp_path / "m.pdf"
    write_monthly_pdf(page.result, path, "Riverside", "novembro 2026", page.font())
    assert path.stat().st_size > 10_000
