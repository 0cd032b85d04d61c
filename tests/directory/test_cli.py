"""The `accesspoint directory` commands, run headless as a script would."""

from __future__ import annotations

import json

from accesspoint.cli import main
from tests.directory.feeds import page_v3, sid, v3_service, write_json


def _run(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), "directory", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_search_status(capsys, tmp_path):
    data = tmp_path / "data"
    feed = page_v3([
        v3_service(1, "Riverside Food Bank", terms=["Food"], lat=51.586, lon=-0.018,
                   postcode="E17 4QT", free=True, languages=["pt"]),
        v3_service(2, "Food Helpline", terms=["Food"], org="Phone Org"),
        v3_service(3, "Benefits Advice", terms=["Welfare benefits"], assured="2019-05-01"),
    ])
    code, out, err = _run(capsys, data, "import", str(write_json(tmp_path / "f.json", feed)))
    assert code == 0 and "3 added, 0 changed, 0 removed" in out
    assert "last verified more than 12 months ago" in err
    csv = tmp_path / "pc.csv"
    csv.write_text("pcds,lat,long,extra\nE17 4QT,51.586,-0.018,x\nE17 5AA,51.59,-0.02,y\n")
    code, out, _ = _run(capsys, data, "load-postcodes", str(csv))
    assert code == 0 and "loaded 2 postcodes" in out
    code, out, err = _run(capsys, data, "search", "food", "--near", "E17 4QT", "--json")
    rows = json.loads(out)
    # Rank order (a name starting with the word first); distance is given, not sorted on.
    assert [r["id"] for r in rows] == [sid(2), sid(1)]
    assert rows[1]["organization"] == "Test Org" and rows[1]["distance_m"] == 0
    assert rows[0]["distance_m"] is None and rows[0]["location"] == "none"
    code, out, err = _run(capsys, data, "search", "food", "--near", "E17 4QT", "--sort",
                          "distance", "--json")
    assert [r["id"] for r in json.loads(out)] == [sid(1), sid(2)]
    code, out, err = _run(capsys, data, "search", "foood", "--near", "E17 9XX", "--json")
    assert "district E17" in err and "'food' instead of 'foood'" in err
    code, out, _ = _run(capsys, data, "search", "", "--language", "pt", "--free", "--json")
    assert [r["id"] for r in json.loads(out)] == [sid(1)]
    assert "distance_m" not in json.loads(out)[0]
    code, out, _ = _run(capsys, data, "search", "benifits")
    assert "Benefits Advice" in out and "not verified in 12 months" in out
    code, out, _ = _run(capsys, data, "status", "--json")
    info = json.loads(out)
    assert info["services"] == 3 and info["not_verified_12_months"] == 1
    assert info["postcodes"] == 2


def test_bad_feed_exits_nonzero_with_one_line(capsys, tmp_path):
    bad = page_v3([v3_service(1, "Ok"), v3_service(2, "Bad", minimum_age="ten")])
    code, out, err = _run(capsys, tmp_path / "d", "import", str(write_json(tmp_path / "b.json",
                                                                           bad)))
    assert code == 1 and "minimum_age" in err and sid(2) in err
    assert len(err.strip().splitlines()) == 1


def test_open_at_parsing():
    from datetime import datetime

    from accesspoint.cli.directory_cmd import parse_when

    wed = datetime(2026, 11, 25, 9, 0)
    assert parse_when("sat 10:00", wed) == datetime(2026, 11, 28, 10, 0)
    assert parse_when("tomorrow 14:30", wed) == datetime(2026, 11, 26, 14, 30)
    assert parse_when("2026-12-01 09:00", wed) == datetime(2026, 12, 1, 9, 0)


def test_ctrl_c_exits_130_with_nothing_changed(capsys, tmp_path, monkeypatch):
    from accesspoint.directory import importer

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(importer, "import_directory", interrupted)
    code, out, err = _run(capsys, tmp_path / "d", "import",
                          str(write_json(tmp_path / "f.json", page_v3([v3_service(1, "A")]))))
    assert code == 130 and "directory was not changed" in err
