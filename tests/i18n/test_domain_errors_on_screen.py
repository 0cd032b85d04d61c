"""Real domain errors reach real screens in the volunteer's language (issue 9):
Portuguese installed as the UI language, then an overdrawn redemption, a wrong PIN
and a damaged directory feed, each raised by the domain in English, must be shown
in Portuguese, with their numbers and names filled in."""

from __future__ import annotations

import json
from pathlib import Path

from accesspoint.security import users

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
PT = json.loads((I18N / "translations" / "pt.json").read_text(encoding="utf-8"))


def test_overdrawn_redemption_is_shown_in_portuguese(qtbot, services, portuguese):
    from accesspoint.timebank import members, rewards
    from ui.timebank.rewards_view import RewardsTab

    def setup(conn):
        member = members.create_member(conn, services.actor,
                                       person={"given_name": "Ana", "family_name": "Silva"})
        rewards.add_reward(conn, name="Cinema ticket", cost_minutes=120)
        return members.get_member(conn, member["id"])

    member = services.db.call(setup)
    tab = RewardsTab(services)
    qtbot.addWidget(tab)
    tab.set_member(member)
    qtbot.waitUntil(lambda: len(tab.model.rows) == 1, timeout=5000)
    tab.table.selectRow(0)
    tab.redeem_button.click()
    qtbot.waitUntil(lambda: bool(tab.status.text()), timeout=5000)
    shown = tab.status.text()
    template = PT["Not enough time credits: the balance is {have}, this needs {total}."]
    assert shown == template.format(have="0h 00m", total="2h 00m"), shown
    assert "Not enough" not in shown
    assert tab.status.accessibleDescription() == shown  # read out by screen readers too


def test_wrong_pin_and_lockout_are_shown_in_portuguese(qtbot, services, portuguese):
    from ui.security.login import SignInDialog

    def setup(conn):
        return users.add_user(conn, services.actor, "Val", "volunteer", "135792")["id"]

    user_id = services.db.call(setup)
    dialog = SignInDialog(services.db.call, user_id=user_id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.secret, "000000")
    dialog.submit()
    assert dialog.actor is None
    assert dialog.error.text() == PT["That PIN or password is not right. Try again."]
    for _ in range(10):  # until the account locks
        dialog.secret.setText("000000")
        dialog.submit()
    text = dialog.error.text()
    assert "Too many" not in text and "minut" in text, text
    assert text.startswith(PT["Too many wrong attempts. This account is locked for about "
                              "{minutes} minutes; try again then or ask a coordinator."]
                           .split("{minutes}")[0])


def test_damaged_feed_file_is_described_in_portuguese(qtbot, services, portuguese,
                                                     tmp_path):
    from ui.directory.import_dialog import ImportDialog

    broken = tmp_path / "broken.json"
    broken.write_text('{"contents": [{"id": "1", "name": "Cut sh', encoding="utf-8")
    dialog = ImportDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.source.setText(str(broken))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    text = dialog.status.text()
    head = PT["not valid JSON at line {lineno}, column {colno} ({msg}); the file may be "
              "truncated or damaged"].split("{lineno}")[0]
    assert head in text and "not valid JSON" not in text, text
    assert "broken.json" in text  # where it went wrong is still named


def test_no_screen_shows_an_error_as_its_raw_english_text():
    """`str(exc)` handed straight to a label, a message box or a status line shows the
    domain's English; every such place goes through ui.widgets.domain_text instead."""
    import ast

    shown_by = {"setText", "warning", "critical", "information", "_problem", "tell",
                "emit", "error", "show_problem"}
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "attr",
                    getattr(node.func, "id", "")) in shown_by):
                continue
            for arg in node.args:
                raw = (isinstance(arg, ast.Call) and getattr(arg.func, "id", "") == "str"
                       and arg.args and isinstance(arg.args[0], ast.Name)
                       and arg.args[0].id in ("exc", "e", "err", "error"))
                if raw:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, found


def test_voucher_check_answer_is_shown_in_portuguese(qtbot, services, portuguese):
    from ui.timebank.rewards_view import RewardsTab

    tab = RewardsTab(services)
    qtbot.addWidget(tab)
    tab.check_code.setText("not a code")
    tab.check_button.click()
    qtbot.waitUntil(lambda: bool(tab.check_result.text()), timeout=5000)
    assert tab.check_result.text() == PT["This is not a voucher code (check for a typo)."]


def test_import_warning_is_shown_in_portuguese(qtbot, services, portuguese, tmp_path):
    from tests.directory.feeds import page_v3, v3_service, write_json
    from ui.directory.import_dialog import ImportDialog

    feed = page_v3([v3_service(1, "Long one", description="x" * 25_000),
                    v3_service(2, "Short one", description="ok")])
    path = write_json(tmp_path / "long.json", feed)
    dialog = ImportDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.source.setText(str(path))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    text = dialog.status.text()
    head = PT["service {record}, field '{field}': {problem}"].split("{record}")[0]
    kept = PT["{length} characters; kept the first {limit}"].split("{limit}")[0]
    kept = kept.replace("{length}", "25\N{NO-BREAK SPACE}000")  # pt groups with a space
    assert head in text and "kept the first" not in text, text
    assert kept.split(";")[1].strip() in text, text
