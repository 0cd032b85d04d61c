"""Users, roles and sign-in: scrypt hashes, lock-out, role permissions, audit."""

from __future__ import annotations

from datetime import timedelta

import pytest

from accesspoint import people
from accesspoint.clock import utcnow
from accesspoint.errors import PermissionDeniedError, ValidationError
from accesspoint.security import audit, erasure, permissions, users
from accesspoint.security.backup import backup_to
from tests.security.conftest import COORD_PASSWORD


def test_first_run_creates_a_coordinator_once(enc_conn, coordinator):
    assert coordinator.role == "coordinator"
    assert users.is_set_up(enc_conn)
    with pytest.raises(Exception, match="already has a coordinator"):
        users.first_run(enc_conn, "Hub", "Someone Else", "another long password")


def test_secret_is_hashed_with_scrypt_never_stored_in_clear(enc_conn, coordinator):
    row = enc_conn.execute("SELECT hash FROM user_credentials WHERE user_id = ?",
                           (coordinator.user_id,)).fetchone()
    assert row[0].startswith("scrypt$32768$8$1$")
    assert COORD_PASSWORD not in row[0]
    tables = [r[0] for r in enc_conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for t in tables:
        for r in enc_conn.execute(f'SELECT * FROM "{t}"'):
            assert COORD_PASSWORD not in repr(tuple(r))


@pytest.mark.parametrize(("secret", "kind"), [
    ("12345", "pin"), ("111111", "pin"), ("123456", "pin"), ("12ab56", "pin"),
    ("short", "password"), ("x" * 200, "password"), ("password1", "password"),
])
def test_weak_or_oversized_secrets_are_refused(secret, kind):
    with pytest.raises(ValidationError):
        users.check_secret(secret, kind)


def test_sign_in_success_and_failure_are_audited(enc_conn, coordinator, volunteer):
    actor = users.authenticate(enc_conn, volunteer.user_id, "135792")
    assert actor == volunteer
    with pytest.raises(users.SignInError, match="not right"):
        users.authenticate(enc_conn, volunteer.user_id, "999999")
    actions = [e["action"] for e in audit.query(enc_conn, coordinator,
                                                audit.AuditFilter(user_id=volunteer.user_id))]
    assert actions[:2] == ["sign_in_failed", "sign_in"]


def test_lock_out_after_repeated_failures_then_time_unlocks(enc_conn, coordinator, volunteer):
    now = utcnow()
    for _ in range(users.LOCKOUT_FAILURES - 1):
        with pytest.raises(users.SignInError):
            users.authenticate(enc_conn, volunteer.user_id, "000001", now=now)
    with pytest.raises(users.AccountLockedError):
        users.authenticate(enc_conn, volunteer.user_id, "000001", now=now)
    # Locked: even the right PIN is refused (no guessing while locked).
    with pytest.raises(users.AccountLockedError, match="locked"):
        users.authenticate(enc_conn, volunteer.user_id, "135792", now=now + timedelta(minutes=1))
    later = now + timedelta(minutes=users.LOCKOUT_MINUTES, seconds=1)
    assert users.authenticate(enc_conn, volunteer.user_id, "135792", now=later) == volunteer
    events = audit.query(enc_conn, coordinator, audit.AuditFilter(action="locked_out"))
    assert len(events) == 1


def test_coordinator_reset_clears_lock_out(enc_conn, coordinator, volunteer):
    for _ in range(users.LOCKOUT_FAILURES):
        with pytest.raises(users.SignInError):
            users.authenticate(enc_conn, volunteer.user_id, "000001")
    users.reset_secret(enc_conn, coordinator, volunteer.user_id, "864209")
    assert users.authenticate(enc_conn, volunteer.user_id, "864209") == volunteer


def test_deactivated_user_cannot_sign_in_and_last_coordinator_is_kept(enc_conn, coordinator,
                                                                      volunteer):
    users.set_active(enc_conn, coordinator, volunteer.user_id, False)
    with pytest.raises(users.SignInError):
        users.authenticate(enc_conn, volunteer.user_id, "135792")
    with pytest.raises(ValidationError, match="one coordinator"):
        users.set_role(enc_conn, coordinator, coordinator.user_id, "staff")


@pytest.mark.parametrize("action", ["export", "person.erase", "sync", "user.manage",
                                    "audit.view", "settings", "backup", "person.merge",
                                    "equality.report", "subject_access", "referral.send",
                                    "person.edit"])
def test_volunteer_cannot(volunteer, action):
    assert not permissions.can(volunteer, action)
    with pytest.raises(PermissionDeniedError, match="Ask a coordinator"):
        permissions.require(volunteer, action)


@pytest.mark.parametrize("action", ["enquiry.create", "directory.search", "hours.log",
                                    "equality.submit", "person.create"])
def test_volunteer_can(volunteer, action):
    permissions.require(volunteer, action)


def test_staff_refer_and_edit_but_not_coordinator_work(staff):
    for ok in ("referral.send", "person.edit", "member.manage", "enquiry.create"):
        permissions.require(staff, ok)
    for no in ("sync", "export", "person.erase", "user.manage", "settings", "person.merge"):
        assert not permissions.can(staff, no)


def test_coordinator_can_everything(coordinator):
    for action in permissions.ACTIONS:
        permissions.require(coordinator, action)


def test_unknown_permission_is_a_bug_not_a_denial(coordinator):
    with pytest.raises(ValueError):
        permissions.can(coordinator, "exprot")


def test_domain_enforces_roles(enc_conn, enc_dir, tmp_path, coordinator, volunteer):
    person = people.create_person(enc_conn, volunteer, given_name="Ada", family_name="Ng")
    with pytest.raises(PermissionDeniedError):
        people.update_person(enc_conn, volunteer, person["id"], phone="07700 900111")
    with pytest.raises(PermissionDeniedError):
        erasure.erase_person(enc_conn, volunteer, person["id"], reason="asked")
    with pytest.raises(PermissionDeniedError):
        backup_to(enc_conn, volunteer, enc_dir, tmp_path / "b.apbak")
    with pytest.raises(PermissionDeniedError):
        users.add_user(enc_conn, volunteer, "Mallory", "coordinator", "975310")
    with pytest.raises(PermissionDeniedError):
        audit.query(enc_conn, volunteer)


def test_audit_trail_is_append_only(enc_conn, coordinator):
    import sqlite3

    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        enc_conn.execute("UPDATE audit_events SET action = 'x'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        enc_conn.execute("DELETE FROM audit_events")


def test_audit_events_are_queued_for_sync_without_personal_data(enc_conn, coordinator):
    person = people.create_person(enc_conn, coordinator, given_name="Petronella",
                                  family_name="Quist")
    people.update_person(enc_conn, coordinator, person["id"], phone="07700 900222")
    audit.viewed(enc_conn, coordinator, "person", person["id"])
    audit.viewed(enc_conn, coordinator, "person", person["id"])  # deduplicated
    rows = enc_conn.execute("SELECT payload FROM outbox WHERE kind = 'audit_event'").fetchall()
    payloads = "\n".join(r[0] for r in rows)
    assert '"action": "created"' in payloads and '"action": "edited"' in payloads
    assert payloads.count('"action": "viewed"') == 1
    assert "Petronella" not in payloads and "900222" not in payloads


def test_settings_are_bounded_and_audited(enc_conn, coordinator, staff):
    users.set_security_setting(enc_conn, coordinator, "idle_lock_minutes", 3)
    assert users.idle_lock_minutes(enc_conn) == 3
    with pytest.raises(ValidationError):
        users.set_security_setting(enc_conn, coordinator, "idle_lock_minutes", 100000)
    with pytest.raises(PermissionDeniedError):
        users.set_security_setting(enc_conn, staff, "cli_enabled", False)


def test_the_command_line_user_can_never_sign_in(enc_conn, coordinator):
    from accesspoint import hubs

    cli = hubs.cli_actor(enc_conn)
    with pytest.raises(ValidationError, match="command line"):
        users.reset_secret(enc_conn, coordinator, cli.user_id, "918273")
    assert cli.user_id not in {u["id"] for u in users.sign_in_list(enc_conn)}
    with pytest.raises(users.SignInError):
        users.authenticate(enc_conn, cli.user_id, "anything")
