import csv
import json
import random
import re
from datetime import date

import pytest

from accesspoint import hubs
from accesspoint.cli import main
from accesspoint.context import Actor
from accesspoint.db import open_database
from accesspoint.reports.export import export_open_data
from accesspoint.reports.suppression import TOTAL, Table
from tests.reports import tempting
from tests.reports.audit import line_check, recoverable

MARK = "[c]"


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("opendata")
    conn = open_database(tmp_path / "data")
    hub = hubs.ensure_hub(conn, "Tempting Hub")
    user = hubs.add_user(conn, hub["id"], "Coordinator", "coordinator")
    actor = Actor(hub["id"], user["id"], "coordinator")
    rng = random.Random(3)
    secrets = tempting.seed(conn, actor, rng)
    has_tb = tempting.seed_timebank(conn, actor, secrets, rng)
    out = tmp_path / "open"
    files = export_open_data(conn, out, date(2026, 3, 1), date(2026, 5, 3))
    conn.close()
    return out, files, secrets, has_tb


def _read_csv(path):
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def _as_table(rows):
    """Rebuild the published table: shown values, and which entries are hidden."""
    header, body = rows[0], rows[1:]
    has_row_totals = header[-1] == "total"
    has_col_totals = bool(body) and body[-1][0] == "total"
    cols = header[1:-1] if has_row_totals else header[1:]
    inner = body[:-1] if has_col_totals else body
    table = Table([r[0] for r in inner], cols, row_totals=has_row_totals,
                  col_totals=has_col_totals)
    hidden = set()
    for line in body:
        r = TOTAL if line[0] == "total" else line[0]
        for name, cell in zip(header[1:], line[1:], strict=True):
            c = TOTAL if name == "total" else name
            if cell == MARK:
                hidden.add((r, c))
                table.values[(r, c)] = 0
            else:
                table.values[(r, c)] = float(cell)
    return table, hidden


def test_no_small_numbers_anywhere(exported):
    out, files, _, _ = exported
    for path in out.glob("*.csv"):
        for line in _read_csv(path)[1:]:
            for cell in line[1:]:
                if cell != MARK:
                    value = float(cell)
                    if "hours" not in path.name:
                        assert not 0 < value <= 4, (path.name, line)
    for path in out.glob("*.json"):
        if path.name.startswith("data-dictionary"):
            continue
        doc = json.loads(path.read_text())
        for item in doc["data"]:
            if item["suppressed"]:
                assert item["value"] is None
            elif doc["unit"] != "hours":
                assert not 0 < item["value"] <= 4, (path.name, item)


def test_nothing_hidden_can_be_recovered_from_totals(exported):
    out, _, _, _ = exported
    checked = 0
    for path in out.glob("*.csv"):
        table, hidden = _as_table(_read_csv(path))
        assert line_check(table, hidden) == [], path.name
        assert recoverable(table, hidden) == set(), path.name
        checked += 1
    assert checked >= 5


def test_shared_totals_hidden_alike(exported):
    out, _, _, _ = exported
    by_channel = {r[0]: r[-1] for r in _read_csv(out / "enquiries_by_week_channel.csv")[1:]}
    by_outcome = {r[0]: r[-1] for r in _read_csv(out / "enquiries_by_week_outcome.csv")[1:]}
    assert by_channel == by_outcome
    week_outcome = _read_csv(out / "enquiries_by_week_outcome.csv")
    area_outcome = _read_csv(out / "enquiries_by_area_outcome.csv")
    assert week_outcome[-1] == ["total", *area_outcome[-1][1:]]


def test_one_person_with_many_enquiries_is_hidden(exported):
    out, _, _, _ = exported
    rows = _read_csv(out / "unmet_needs_by_area.csv")
    col = rows[0].index("immigration")
    for line in rows[1:]:
        assert line[col] in (MARK, "0"), line


def test_no_names_free_text_or_identifiers(exported):
    out, files, secrets, _ = exported
    assert files
    needles = [s for group in secrets.values() for s in group]
    # Inward codes (the "1DY" of "E8 1DY") too: districts only, never full postcodes.
    needles += [p.split()[1] for p in secrets["postcodes"]]
    for path in out.iterdir():
        text = path.read_text(encoding="utf-8")
        for needle in needles:
            assert needle.lower() not in text.lower(), (path.name, needle)
        assert not re.search(r"\b\d{4}-\d{2}-\d{2}T", text), path.name


def test_finest_time_is_a_week_and_finest_area_a_district(exported):
    out, _, _, _ = exported
    for path in out.glob("*.csv"):
        rows = _read_csv(path)
        dim = rows[0][0]
        for line in rows[1:]:
            key = line[0]
            if dim == "iso_week":
                assert re.fullmatch(r"\d{4}-W\d{2}|total", key)
            elif dim == "month":
                assert re.fullmatch(r"\d{4}-\d{2}|total", key)
            elif dim == "area":
                assert re.fullmatch(r"[A-Z]{1,2}[0-9][A-Z0-9]?|unknown|total", key)
            else:
                pytest.fail(f"unexpected row dimension {dim}")


def test_dictionary_beside_the_data(exported):
    out, _, _, has_tb = exported
    text = (out / "data-dictionary.md").read_text()
    assert "postcode district" in text.lower() and "[c]" in text
    doc = json.loads((out / "data-dictionary.json").read_text())
    names = {f["name"] for f in doc["files"]}
    for f in doc["files"]:
        for name in f["files"]:
            assert (out / name).exists()
    assert ("timebank_hours_by_month_activity" in names) == has_tb


def test_signposting_table_without_service_names(exported):
    out, _, _, _ = exported
    path = out / "signposting_by_week.csv"
    if not path.exists():
        pytest.skip("referrals not built yet")
    rows = _read_csv(path)
    assert rows[0] == ["iso_week", "signpost", "referral", "total"]
    assert "Smith" not in path.read_text()


def test_timebank_lone_giver_hidden(exported):
    out, _, _, has_tb = exported
    if not has_tb:
        pytest.skip("time bank not built yet")
    rows = _read_csv(out / "timebank_hours_by_month_activity.csv")
    col = rows[0].index("befriending_calls")
    for line in rows[1:]:
        assert line[col] in (MARK, "0"), line


def test_cli(conn, actor, data_dir, tmp_path, capsys):
    tempting.seed(conn, actor)
    out = tmp_path / "cli"
    code = main(["--data-dir", str(data_dir), "report", "open-data", "--out", str(out),
                 "--from", "2026-03-04", "--to", "2026-04-30"])
    assert code == 0
    doc = json.loads((out / "enquiries_by_week_channel.json").read_text())
    assert doc["period"] == {"from": "2026-03-02", "to": "2026-05-03"}
    assert main(["--data-dir", str(data_dir), "report", "open-data", "--out", str(out),
                 "--from", "2026-05-01", "--to", "2026-04-01"]) == 2
    assert "after" in capsys.readouterr().err
