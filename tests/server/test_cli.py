"""The admin CLI: every subcommand against the test database (--db)."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pytest

from accesspoint_server.cli import main
from accesspoint_server.db import Database

from .helpers import Hub, op, transfer
from .oruk_fixtures import ORUK, POSTCODES_CSV, oruk1_service


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_create_hub_prints_only_the_code_and_it_enrols(capsys, db_url, client, db) -> None:
    code, out, _ = run(capsys, "create-hub", "Library Hub", "--db", db_url)
    assert code == 0
    assert re.fullmatch(r"[0-9A-F]{5}(-[0-9A-F]{5}){4}\n", out)
    r = client.post("/api/v1/enrol", json={"code": out.strip(), "device_name": "PC"})
    assert r.status_code == 200 and r.json()["hub_name"] == "Library Hub"
    device = r.json()["device_id"]
    code, out, _ = run(capsys, "list-hubs", "--db", db_url)
    assert json.loads(out)[0]["devices"][0]["device_id"] == device
    assert run(capsys, "revoke-device", device, "--db", db_url)[0] == 0
    headers = {"Authorization": f"Bearer {r.json()['token']}"}
    assert client.get("/api/v1/sync/handshake", headers=headers).status_code == 401
    code, out, err = run(capsys, "revoke-device", device, "--db", db_url)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1


def test_expires_hours_and_admin_token(capsys, db_url, client) -> None:
    _, out, _ = run(capsys, "create-hub", "Old", "--expires-hours", "-1", "--db", db_url)
    r = client.post("/api/v1/enrol", json={"code": out.strip(), "device_name": "PC"})
    assert r.json()["error"]["code"] == "enrolment_code_expired"
    _, token, _ = run(capsys, "create-admin-token", "--db", db_url)
    r = client.get("/api/v1/admin/status", headers={"Authorization": f"Bearer {token.strip()}"})
    assert r.status_code == 200


def test_load_directory_file_folder_and_v1_array(capsys, db_url, client, tmp_path) -> None:
    assert run(capsys, "load-directory", str(ORUK / "oruk3_service_full.json"),
               "--db", db_url)[0] == 0
    folder = tmp_path / "feeds"
    folder.mkdir()
    shutil.copy(ORUK / "oruk3_service_list.json", folder / "list.json")
    (folder / "v1.json").write_text(json.dumps({"totalPages": 1, "number": 1,
                                                "content": [oruk1_service()]}))
    code, _, err = run(capsys, "load-directory", str(folder), "--db", db_url)
    assert code == 0 and "loaded 2 services" in err
    assert client.get("/oruk/services").json()["total_items"] == 2
    code, _, err = run(capsys, "load-directory", str(tmp_path / "missing.json"), "--db", db_url)
    assert code == 1 and err.startswith("accesspoint-server: error:")


def test_load_postcodes(capsys, db_url, tmp_path) -> None:
    path = tmp_path / "ONSPD.csv"
    path.write_text(POSTCODES_CSV)
    code, _, err = run(capsys, "load-postcodes", str(path), "--db", db_url)
    assert code == 0 and "loaded 2 postcodes" in err
    bad = tmp_path / "bad.csv"
    bad.write_text("postcode,x\nLS1 4AP,1\n")
    assert run(capsys, "load-postcodes", str(bad), "--db", db_url)[0] == 1


def test_exports_across_hubs(capsys, db_url, hub_a: Hub, hub_b: Hub, tmp_path) -> None:
    hub_a.push_ok([op("enquiry", {"description": "A", "needs": ["food", "debt"],
                                  "safeguarding": False}),
                   op("person", {"given_name": "Ann"}, action="upsert")])
    hub_b.push_ok([op("enquiry", {"description": "B"}),
                   op("member", {"display_name": "Bo"}, action="upsert"),
                   transfer("project:p", "member:m1", 30)])
    _, out, _ = run(capsys, "export", "enquiries", "--format", "json", "--db", db_url)
    rows = json.loads(out)
    assert {r["hub_id"] for r in rows} == {hub_a.hub_id, hub_b.hub_id}
    assert list(rows[0])[:4] == ["id", "reference", "hub_id", "created_by"]
    out_file = tmp_path / "enq.csv"
    assert run(capsys, "export", "enquiries", "--format", "csv", "--out", str(out_file),
               "--db", db_url)[0] == 0
    table = list(csv.DictReader(out_file.open()))
    assert {r["needs"] for r in table} >= {"food;debt"}
    for kind in ("people", "members", "ledger", "balances", "rewards"):
        code, out, _ = run(capsys, "export", kind, "--format", "csv", "--db", db_url)
        assert code == 0 and out.splitlines()[0]
    _, out, _ = run(capsys, "export", "balances", "--format", "json", "--db", db_url)
    balances = {b["account"]: b for b in json.loads(out)}
    assert balances["member:m1"]["balance_minutes"] == 30
    assert balances["member:m1"]["member_id"] == "m1"
    _, out, _ = run(capsys, "export", "members", "--format", "csv", "--db", db_url)
    assert out.splitlines()[0].startswith("id,member_number,person_id,given_name")


def test_catalogue_flows_down(capsys, db_url, hub_a: Hub, tmp_path) -> None:
    assert run(capsys, "put-reward", "Cinema ticket", "--cost-minutes", "120",
               "--db", db_url)[0] == 0
    cat = tmp_path / "cat.json"
    cat.write_text(json.dumps({"activities": [{"id": "a1", "name": "Gardening"}],
                               "opportunities": [{"id": "o1", "title": "Litter pick"}]}))
    assert run(capsys, "load-catalogue", str(cat), "--db", db_url)[0] == 0
    kinds = sorted(c["kind"] for c in hub_a.pull_all()[0])
    assert kinds == ["activity", "opportunity", "reward"]


def test_backup_and_restore_gives_a_new_epoch(capsys, db_url, db: Database, hub_a: Hub,
                                              tmp_path) -> None:
    hub_a.push_ok([op("enquiry")])
    backup = tmp_path / "backup.bin"
    code, _, err = run(capsys, "backup", "--out", str(backup), "--db", db_url)
    assert code == 0 and backup.stat().st_size > 0
    if not db_url.startswith("sqlite"):
        return  # pg_dump (or JSON) written; restore of pg_dump output is pg_restore's job
    old = db.epoch()
    hub_a.push_ok([op("enquiry")])
    code, _, err = run(capsys, "restore", str(backup), "--db", db_url)
    assert code == 0 and "new server epoch" in err
    fresh = Database(db_url)
    assert fresh.epoch() != old
    r = hub_a.client.get("/api/v1/sync/reconcile", headers=hub_a.headers)
    assert r.json()["kinds"]["enquiry"]["count"] == 1  # the backup's state
    fresh.dispose()


def test_json_dump_round_trip(db: Database, hub_a: Hub, tmp_path, monkeypatch) -> None:
    from accesspoint_server import admin_ops

    hub_a.push_ok([op("enquiry")])
    monkeypatch.setattr(admin_ops.shutil, "which", lambda _name: None)
    monkeypatch.setattr(db, "is_sqlite", False)
    dump = tmp_path / "dump.json"
    assert admin_ops.backup(db, dump) == "json"
    monkeypatch.setattr(db, "is_sqlite", db.url.startswith("sqlite"))
    old = db.epoch()
    hub_a.push_ok([op("enquiry")])
    new = admin_ops.restore(db, dump)
    assert new != old and db.epoch() == new
    r = hub_a.client.get("/api/v1/sync/reconcile", headers=hub_a.headers)
    assert r.json()["kinds"]["enquiry"]["count"] == 1


def test_openapi_command_and_errors(capsys, tmp_path) -> None:
    out_file = tmp_path / "openapi.json"
    assert run(capsys, "openapi", "--out", str(out_file))[0] == 0
    assert json.loads(out_file.read_text())["openapi"].startswith("3.")
    with pytest.raises(SystemExit):
        main(["export", "nonsense"])


def test_default_db_is_sqlite_in_the_data_dir(capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("ACCESSPOINT_SERVER_DB", raising=False)
    monkeypatch.setenv("ACCESSPOINT_SERVER_DATA_DIR", str(tmp_path / "srv"))
    code, out, _ = run(capsys, "create-hub", "Zero Config")
    assert code == 0 and out.strip()
    assert (tmp_path / "srv" / "server.sqlite3").exists()
    monkeypatch.setenv("ACCESSPOINT_SERVER_DB", f"sqlite:///{tmp_path / 'env.sqlite3'}")
    assert run(capsys, "create-hub", "Env")[0] == 0
    assert Path(tmp_path / "env.sqlite3").exists()
