import csv
import io
import json
import os
import subprocess
import sys

from accesspoint.cli import main


def test_export_enquiries_json_on_demo(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "--demo", "export", "enquiries",
                 "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) >= 50
    assert {"id", "reference", "needs", "outcome", "created_at", "person_id"} <= rows[0].keys()
    assert all(isinstance(r["needs"], list) and r["needs"] for r in rows)


def test_export_people_csv_to_file(tmp_path):
    out = tmp_path / "people.csv"
    assert main(["--data-dir", str(tmp_path), "--demo", "export", "people", "--format", "csv",
                 "--out", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) >= 40 and rows[0]["given_name"]
    assert not (tmp_path / "people.csv.part").exists()


def test_bad_kind_is_one_line_error(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "export", "nonsense"]) != 0
    err = capsys.readouterr().err.strip()
    assert "unknown export kind" in err and "\n" not in err


def test_version_and_data_dir_from_environment(tmp_path):
    env = {**os.environ, "ACCESSPOINT_DATA_DIR": str(tmp_path / "envdir")}
    out = subprocess.run([sys.executable, "-m", "ui.launch", "--version"], capture_output=True,
                         text=True, env=env, check=True)
    assert out.stdout.startswith("AccessPoint ")
    subprocess.run([sys.executable, "-m", "ui.launch", "export", "people"], env=env, check=True,
                   capture_output=True)
    assert (tmp_path / "envdir" / "accesspoint.sqlite3").exists()


def test_demo_never_mixes_into_a_folder_with_real_records(tmp_path, capsys):
    from accesspoint import people
    from accesspoint.db import open_database
    from accesspoint.hubs import cli_actor

    conn = open_database(tmp_path)
    people.create_person(conn, cli_actor(conn), given_name="Real", family_name="Resident")
    conn.close()
    assert main(["--data-dir", str(tmp_path), "--demo", "export", "people"]) == 1
    assert "real records" in capsys.readouterr().err
    conn = open_database(tmp_path)
    assert conn.execute("SELECT COUNT(*) FROM people").fetchone()[0] == 1
