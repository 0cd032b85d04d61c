"""Backup → restore into a fresh data folder; the CLI as audited coordinator; CLI off."""

from __future__ import annotations

from pathlib import Path

import pytest

from accesspoint import hubs, people
from accesspoint.cli import main
from accesspoint.db import DB_FILENAME, open_database
from accesspoint.security import audit, backup, keystore, users
from accesspoint.security.permissions import require


def _person(conn, actor, name="Olamide"):
    return people.create_person(conn, actor, given_name=name, family_name="Backup")


def test_backup_is_encrypted_and_restores_into_a_fresh_folder(enc_dir, enc_conn, coordinator,
                                                             tmp_path):
    p = _person(enc_conn, coordinator)
    out = tmp_path / "hub.apbak"
    backup.backup_to(enc_conn, coordinator, enc_dir, out)
    blob = out.read_bytes()
    assert b"Olamide" not in blob and b"SQLite format 3" not in blob
    fresh = tmp_path / "fresh"
    backup.restore_from(out, fresh)
    conn = open_database(fresh)
    assert people.get_person(conn, p["id"])["given_name"] == "Olamide"
    conn.close()


def test_restore_on_another_computer_needs_the_recovery_key(enc_dir, enc_conn, coordinator,
                                                            tmp_path, memkeyring):
    _person(enc_conn, coordinator)
    out = tmp_path / "hub.apbak"
    backup.backup_to(enc_conn, coordinator, enc_dir, out)
    key = keystore.get_db_key(enc_dir)
    enc_conn.close()
    memkeyring.items.clear()  # "another computer": an empty keyring
    keystore.clear_cache()
    with pytest.raises(Exception, match="recovery key"):
        backup.restore_from(out, tmp_path / "elsewhere")
    with pytest.raises(Exception, match="not right"):
        backup.restore_from(out, tmp_path / "elsewhere", "AAAA-" * 14 + "AAAA")
    backup.restore_from(out, tmp_path / "elsewhere", keystore.recovery_key(key))
    conn = open_database(tmp_path / "elsewhere")
    assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 1
    conn.close()


def test_restore_over_an_existing_folder_keeps_its_key_and_moves_old_aside(
        enc_dir, enc_conn, coordinator, tmp_path):
    _person(enc_conn, coordinator, "First")
    out = tmp_path / "hub.apbak"
    backup.backup_to(enc_conn, coordinator, enc_dir, out)
    other = tmp_path / "other"
    oc = open_database(other)
    oc.close()
    other_key = keystore.get_db_key(other)
    backup.restore_from(out, other)
    assert keystore.get_db_key(other) == other_key  # re-keyed to the folder's own key
    conn = open_database(other)
    assert conn.execute("SELECT given_name FROM people").fetchone()[0] == "First"
    conn.close()
    assert list(other.glob(f"{DB_FILENAME}.before-restore-*"))


def test_cli_backup_restore_and_audit(enc_dir, enc_conn, coordinator, tmp_path, capsys):
    _person(enc_conn, coordinator)
    enc_conn.close()
    out = tmp_path / "cli.apbak"
    assert main(["--data-dir", str(enc_dir), "backup", "--out", str(out)]) == 0
    fresh = tmp_path / "fresh-cli"
    assert main(["--data-dir", str(fresh), "restore", str(out)]) == 0
    conn = open_database(fresh)
    assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 1
    cli = hubs.cli_actor(conn)
    events = audit.query(conn, cli)
    assert {"restore", "cli_command"} <= {e["action"] for e in events}
    assert all(e["via_cli"] == 1 for e in events if e["action"] == "cli_command")
    conn.close()
    src = open_database(enc_dir)
    assert audit.query(src, cli, audit.AuditFilter(action="backup"))
    src.close()


def test_cli_export_is_audited_as_coordinator(enc_dir, enc_conn, coordinator, tmp_path):
    _person(enc_conn, coordinator)
    enc_conn.close()
    assert main(["--data-dir", str(enc_dir), "export", "people", "--out",
                 str(tmp_path / "p.csv")]) == 0
    conn = open_database(enc_dir)
    exported = audit.query(conn, coordinator, audit.AuditFilter(action="exported"))
    assert exported and exported[0]["kind"] == "people" and exported[0]["role"] == "coordinator"
    assert exported[0]["via_cli"] == 1
    conn.close()


def test_coordinator_can_switch_the_cli_off(enc_dir, enc_conn, coordinator, capsys):
    users.set_security_setting(enc_conn, coordinator, "cli_enabled", False)
    enc_conn.close()
    assert main(["--data-dir", str(enc_dir), "export", "people"]) == 1
    err = capsys.readouterr().err
    assert "command line is switched off" in err and "\n" not in err.strip()


def test_cli_init_prints_a_recovery_key(tmp_path, memkeyring, monkeypatch, capsys):
    monkeypatch.setenv("ACCESSPOINT_NEW_SECRET", "a long enough passphrase")
    folder = tmp_path / "new"
    assert main(["--data-dir", str(folder), "security", "init", "--hub", "Northside",
                 "--name", "Nia"]) == 0
    out = capsys.readouterr().out
    key = keystore.get_db_key(folder)
    assert keystore.recovery_key(key) in out
    # ...and `security recover` puts a lost key back from it.
    keystore.forget_db_key(folder)
    monkeypatch.setenv("ACCESSPOINT_RECOVERY_KEY", keystore.recovery_key(key))
    assert main(["--data-dir", str(folder), "security", "recover"]) == 0
    assert keystore.get_db_key(folder) == key


def test_cli_refuses_without_keyring_unless_insecure_flag(tmp_path: Path, no_keyring, capsys):
    folder = tmp_path / "plain"
    assert main(["--data-dir", str(folder), "export", "people"]) == 1
    assert "insecure-no-encryption" in capsys.readouterr().err
    assert main(["--data-dir", str(folder), "--insecure-no-encryption", "export",
                 "people"]) == 0


def test_cli_actor_is_coordinator(enc_conn, coordinator):
    require(hubs.cli_actor(enc_conn), "export")


def test_each_sensitive_action_leaves_an_audit_entry(enc_dir, enc_conn, coordinator, tmp_path,
                                                     capsys):
    from accesspoint import enquiries
    from accesspoint.security import erasure, retention, subject_access

    p = _person(enc_conn, coordinator)
    people.update_person(enc_conn, coordinator, p["id"], phone="07700 900777")
    audit.viewed(enc_conn, coordinator, "person", p["id"])
    enquiries.create_enquiry(enc_conn, coordinator, enquiries.EnquiryInput(
        needs=["food"], person_id=p["id"], consent_record=True))
    subject_access.collect(enc_conn, coordinator, p["id"])
    retention.place_hold(enc_conn, coordinator, "enquiry", "other-enquiry", "court")
    erasure.erase_person(enc_conn, coordinator, p["id"], reason="asked")
    enc_conn.close()
    assert main(["--data-dir", str(enc_dir), "export", "enquiries",
                 "--out", str(tmp_path / "e.csv")]) == 0
    assert main(["--data-dir", str(enc_dir), "security", "recovery-key"]) == 0
    assert main(["--data-dir", str(enc_dir), "backup", "--out", str(tmp_path / "b")]) == 0
    conn = open_database(enc_dir)
    actions = {e["action"] for e in audit.query(conn, coordinator)}
    conn.close()
    assert {"created", "edited", "viewed", "subject_access", "legal_hold", "erased",
            "anonymised", "exported", "printed", "backup", "cli_command",
            "user_added"} <= actions
