"""The dashboard in the volunteer's language (issue 9): accesspoint/reports/dashboard.py
stays English (the council server builds the same charts), and ui/reports/words.py
translates its titles, axes, series, fixed categories and notes when a chart is shown.
Fails when the dashboard gains a text the list does not have."""

from __future__ import annotations

import ast
import json
from datetime import date
from pathlib import Path

from accesspoint.reports import dashboard
from accesspoint.reports.charts import ChartData, Filters
from accesspoint.reports.rollups import LedgerRollup
from ui.reports import words

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
PT = json.loads((I18N / "translations" / "pt.json").read_text(encoding="utf-8"))
# Pieces of the two dated notes and the built title, which words.py matches whole.
PIECES = {" Whole months, ", " to ", "Enquiries by ", "Not done and past their date, as of "}


def _dashboard_texts() -> set[str]:
    tree = ast.parse((ROOT / "accesspoint" / "reports" / "dashboard.py").read_text("utf-8"))
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, ast.FunctionDef | ast.Module) and n.body
                  and isinstance(n.body[0], ast.Expr)}
    found = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                and id(node) not in docstrings and node.value not in PIECES
                and (" " in node.value or node.value[:1].isupper())):
            found.add(node.value)
    return found


def test_every_dashboard_text_is_listed_for_translation():
    listed = set(words.WORDS)
    missing = sorted(_dashboard_texts() - listed)
    assert not missing, f"add to ui/reports/words.py: {missing}"
    assert {"Enquiries by channel", "Enquiries by outcome"} <= listed  # built by f-string


def test_a_real_chart_is_shown_in_portuguese(qtbot, portuguese):
    from ui.reports.chart_view import ChartPanel

    flt = Filters(date(2026, 1, 5), date(2026, 2, 20), None, "day")
    chart = dashboard.timebank_charts(LedgerRollup(), flt)[0]  # no time bank here
    assert chart.note == "The time bank is not set up on this device yet."
    panel = ChartPanel(chart.key)
    qtbot.addWidget(panel)
    panel.set_data(chart)
    assert panel.title.text() == PT["Time bank hours by activity"]
    assert panel.note.text() == PT["The time bank is not set up on this device yet."]


def test_dated_notes_keep_their_dates(portuguese):
    note = "Spent: on rewards. Net of corrections. Whole months, 2026-01-01 to 2026-02-28."
    shown = words.word(note)
    assert shown == (PT["Spent: on rewards. Net of corrections."] + " "
                     + PT["Whole months, {first} to {last}."].format(
                         first="2026-01-01", last="2026-02-28"))
    late = words.word("Not done and past their date, as of 2026-03-01.")
    assert late == PT["Not done and past their date, as of {date}."].format(date="2026-03-01")


def test_data_stays_as_it_is(portuguese):
    data = ChartData("k", "Referral outcomes", "bar", ["Accepted", "Riverside Food Bank"],
                     [("Referrals", [3, 4])], "Status now", "Referrals")
    shown = words.translated(data)
    assert shown.categories == [PT["Accepted"], "Riverside Food Bank"]
    assert shown.series == [(PT["Referrals"], [3, 4])]
    assert data.title == "Referral outcomes"  # the original is not changed
