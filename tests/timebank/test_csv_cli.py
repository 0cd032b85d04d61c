"""Sheets through the command line, as a coordinator would run them."""

import csv
import io
import json
from datetime import timedelta

import pytest

from accesspoint.cli import main
from accesspoint.db import open_database
from accesspoint.timebank.hours import today_local

TODAY = today_local()
YESTERDAY = (TODAY - timedelta(days=1)).isoformat()


def cli(data_dir, *args):
    return main(["--data-dir", str(data_dir), *args])


@pytest.fixture
def bank(data_dir, tmp_path):
    """A database with three imported members and the activity catalogue."""
    conn = open_database(data_dir)
    from accesspoint.timebank.demo import seed_catalogue

    seed_catalogue(conn)
    conn.close()
    sheet = tmp_path / "members.csv"
    sheet.write_text(
        "member_number,given_name,family_name,phone,postcode,date_of_birth,skills,"
        "opening_balance_minutes\n"
        "OLD-001,Amara,Okafor,07700 900123,E8 1DY,1980-02-01,cooking;IT,120\n"
        "OLD-002,Kwame,Mensah,,,,,0\n"
        "OLD-003,Lucía,García,,E5 8NH,,gardening,45\n", encoding="utf-8")
    assert cli(data_dir, "timebank", "import-members", str(sheet)) == 0
    return data_dir


def write(path, rows, header=("member", "date", "activity", "minutes", "verified_by")):
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_import_members_opening_balance_and_refuse_repeat(bank, tmp_path, capsys):
    assert cli(bank, "timebank", "balance", "OLD-001", "--json") == 0
    assert json.loads(capsys.readouterr().out)["balance_minutes"] == 120
    assert cli(bank, "timebank", "import-members", str(tmp_path / "members.csv")) == 1
    assert "already" in capsys.readouterr().err


def test_bad_members_sheet_imports_nothing(data_dir, tmp_path, capsys):
    sheet = tmp_path / "m.csv"
    sheet.write_text("member_number,given_name,family_name,date_of_birth,opening_balance_minutes\n"
                     "A1,Ok,Person,,10\nA2,Bad,Date,31/02/1990,5\nA1,Dup,Number,,x\n",
                     encoding="utf-8")
    assert cli(data_dir, "timebank", "import-members", str(sheet)) == 1
    err = capsys.readouterr().err
    assert "line 3" in err and "line 4" in err and "also on line 2" in err
    conn = open_database(data_dir)
    assert conn.execute("SELECT COUNT(*) FROM tb_members").fetchone()[0] == 0
    conn.close()


def test_good_sheet_then_same_sheet_refused(bank, tmp_path, capsys):
    sheet = write(tmp_path / "s.csv", [
        ["OLD-001", YESTERDAY, "gardening", "90", "Joy"],
        ["old-002", YESTERDAY, "Tea and chat", "60", "Joy"],
    ])
    assert cli(bank, "timebank", "import-hours", str(sheet)) == 0
    assert "imported 2 rows, 150 minutes" in capsys.readouterr().out
    # Same rows, reordered and re-spaced: still the same sheet.
    again = write(tmp_path / "s2.csv", [
        ["old-002 ", YESTERDAY, "tea_and_chat", "60", "Joy"],
        ["OLD-001", YESTERDAY, " Gardening", "90", " Joy"],
    ])
    assert cli(bank, "timebank", "import-hours", str(again)) == 1
    assert "already imported" in capsys.readouterr().err
    assert cli(bank, "timebank", "balance", "OLD-001", "--json") == 0
    assert json.loads(capsys.readouterr().out)["balance_minutes"] == 210


def test_mixed_sheet_imports_nothing_and_reports(bank, tmp_path, capsys):
    future = (TODAY + timedelta(days=3)).isoformat()
    sheet = write(tmp_path / "mixed.csv", [
        ["OLD-001", YESTERDAY, "gardening", "60", ""],   # good
        ["OLD-999", YESTERDAY, "gardening", "60", ""],   # unknown member
        ["OLD-002", future, "gardening", "60", ""],      # future date
        ["OLD-002", YESTERDAY, "knitting", "60", ""],    # unknown activity
        ["OLD-003", YESTERDAY, "gardening", "-30", ""],  # negative
        ["OLD-003", YESTERDAY, "gardening", "0", ""],    # zero
        ["OLD-003", "2026-13-01", "gardening", "60", ""],  # not a date
        ["OLD-002", TODAY.isoformat(), "gardening", str(25 * 60), ""],  # 25 hours
    ])
    assert cli(bank, "timebank", "import-hours", str(sheet)) == 1
    err = capsys.readouterr().err
    assert "Nothing imported: 7 of 8 rows" in err
    for line, why in [(3, "unknown member 'OLD-999'"), (4, "in the future"),
                      (5, "unknown activity 'knitting'"), (6, "above zero"), (7, "above zero"),
                      (8, "not a date"), (9, "24 hours")]:
        assert f"line {line}: " in err and why in err
    assert "line 2:" not in err
    conn = open_database(bank)
    assert conn.execute("SELECT COUNT(*) FROM tb_transfers WHERE kind = 'earn'").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM tb_sheets WHERE kind = 'hours'").fetchone()[0] == 0
    conn.close()


def test_over_twelve_hours_needs_confirmation(bank, tmp_path, capsys):
    sheet = write(tmp_path / "long.csv", [["OLD-001", YESTERDAY, "gardening", "480", ""],
                                          ["OLD-001", YESTERDAY, "befriending", "300", ""]])
    assert cli(bank, "timebank", "import-hours", str(sheet)) == 1
    assert "--confirm-long-days" in capsys.readouterr().err
    assert cli(bank, "timebank", "import-hours", str(sheet), "--confirm-long-days") == 0


def test_missing_column_and_empty(bank, tmp_path, capsys):
    bad = tmp_path / "b.csv"
    bad.write_text("member,date,minutes\nOLD-001,2024-01-01,60\n", encoding="utf-8")
    assert cli(bank, "timebank", "import-hours", str(bad)) == 1
    assert "lacks: activity" in capsys.readouterr().err


def test_exports_check_zero_sum_and_balances(bank, tmp_path, capsys):
    sheet = write(tmp_path / "s.csv", [["OLD-001", YESTERDAY, "gardening", "90", "Joy"]])
    assert cli(bank, "timebank", "import-hours", str(sheet)) == 0
    for kind in ("members", "activities", "ledger", "balances", "rewards"):
        assert cli(bank, "export", kind, "--format", "json",
                   "--out", str(tmp_path / f"{kind}.json")) == 0
        assert cli(bank, "export", kind, "--format", "csv") == 0
    ledger_rows = json.loads((tmp_path / "ledger.json").read_text())
    balances = json.loads((tmp_path / "balances.json").read_text())
    members = json.loads((tmp_path / "members.json").read_text())
    assert {"member_number", "person_id"} <= members[0].keys()
    assert {"id", "from_account", "to_account", "minutes", "created_at", "reverses"} <= \
        ledger_rows[0].keys()
    sums: dict[str, int] = {}
    for t in ledger_rows:
        sums[t["from_account"]] = sums.get(t["from_account"], 0) - t["minutes"]
        sums[t["to_account"]] = sums.get(t["to_account"], 0) + t["minutes"]
    assert sum(sums.values()) == 0
    assert {b["account"]: b["balance_minutes"] for b in balances} == sums
    by_number = {b["member_number"]: b["balance_minutes"] for b in balances}
    assert by_number["OLD-001"] == 210 and by_number[None] is not None
    out = io.StringIO(capsys.readouterr().out)
    assert "account,member_number,balance_minutes" in out.getvalue()


def test_demo_data_is_consistent(tmp_path, capsys):
    assert cli(tmp_path / "demo", "--demo", "timebank", "check") == 0
    assert "sum over accounts: 0" in capsys.readouterr().out
    conn = open_database(tmp_path / "demo")
    counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in
              ("tb_members", "tb_activities", "tb_opportunities", "tb_rewards",
               "tb_transfers", "tb_redemptions")}
    assert all(counts.values()), counts
    months = conn.execute("SELECT COUNT(DISTINCT substr(created_at, 1, 7)) FROM tb_transfers"
                          ).fetchone()[0]
    assert months >= 3
    conn.close()
    assert cli(tmp_path / "demo", "--demo", "timebank", "audit") == 0
    assert "by activity" in capsys.readouterr().out


def test_catalogue_and_settings_commands(data_dir, capsys):
    assert cli(data_dir, "timebank", "add-activity", "Repair café", "--category",
               "practical_help") == 0
    assert cli(data_dir, "timebank", "add-reward", "Swim", "--cost-minutes", "60",
               "--stock", "3") == 0
    assert cli(data_dir, "timebank", "add-reward", "Bad", "--cost-minutes", "0") == 1
    assert cli(data_dir, "timebank", "settings", "--rate-per-hour", "1000",
               "--member-prefix", "RIV") == 0
    assert "RIV00001" in capsys.readouterr().out
    assert cli(data_dir, "export", "activities", "--format", "json") == 0
    assert "repair_caf" in capsys.readouterr().out


def test_statement_lists_history_with_running_balance(bank, capsys):
    assert cli(bank, "timebank", "statement", "OLD-001") == 0
    out = capsys.readouterr().out
    assert "Opening balance brought across" in out and "2h 00m" in out
    from accesspoint.timebank import members, statement

    conn = open_database(bank)
    html = statement.statement_html(conn, members.find_by_number(conn, "OLD-001")["id"])
    conn.close()
    assert "Time credit statement" in html and "Balance after" in html


def test_member_card(bank):
    from accesspoint.timebank import members, statement

    conn = open_database(bank)
    html = statement.card_html(conn, members.find_by_number(conn, "OLD-002")["id"])
    conn.close()
    assert "Kwame Mensah" in html and "OLD-002" in html
