"""Users on a shared hub PC: first-run coordinator, adding users, signing in.

Passwords and PINs are hashed with scrypt (memory-hard: 32 MiB per guess, so a
stolen hash cannot be brute-forced on a GPU cheaply) and never stored in clear.
Repeated failures lock the account for a while (time-based, so a forgotten PIN
never needs IT); the lock is checked before the hash, so guessing stops too.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import sqlite3
from datetime import datetime, timedelta
from typing import Any

from accesspoint import hubs, settings
from accesspoint.clock import parse_iso, to_iso, utcnow
from accesspoint.context import ROLES, Actor
from accesspoint.db import transaction
from accesspoint.errors import AccessPointError, NotFoundError, ValidationError, msg
from accesspoint.security import audit
from accesspoint.security.permissions import require

# scrypt cost: N=2^15, r=8 → 32 MiB and ~0.1 s per hash on a hub PC.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
MAX_SECRET = 128  # bounded input: scrypt on a megabyte "password" is a denial of service
MIN_PASSWORD = 10  # NCSC: length over complexity rules
MIN_PIN = 6
LOCKOUT_FAILURES = 5
LOCKOUT_MINUTES = 5
_COMMON = {"password", "password1", "1234567890", "qwertyuiop", "letmein123", "123456",
           "1234567", "12345678", "123456789", "000000", "111111", "654321", "123123"}


class SignInError(AccessPointError):
    """Wrong PIN or password (the message never says which part was wrong)."""


class AccountLockedError(SignInError):
    def __init__(self, until: datetime):
        self.until = until
        minutes = max(1, int((until - utcnow()).total_seconds() // 60) + 1)
        # Two sentences, not a pasted plural "s", so each language can word both.
        super().__init__(msg(
            "Too many wrong attempts. This account is locked for about a minute; try again "
            "then or ask a coordinator.") if minutes == 1 else msg(
            "Too many wrong attempts. This account is locked for about {minutes} minutes; "
            "try again then or ask a coordinator.", minutes=minutes))


def hash_secret(secret: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R,
                            p=SCRYPT_P, maxmem=128 * SCRYPT_R * SCRYPT_N * 2, dklen=32)
    enc = base64.b64encode
    return (f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}$"
            f"{enc(salt).decode()}${enc(digest).decode()}")


def verify_secret(secret: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        n_, r_, p_ = int(n), int(r), int(p)
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(digest)
    got = hashlib.scrypt(secret.encode("utf-8"), salt=base64.b64decode(salt), n=n_, r=r_,
                         p=p_, maxmem=128 * r_ * n_ * 2, dklen=len(expected))
    return hmac.compare_digest(got, expected)


def check_secret(secret: str, kind: str) -> None:
    """Reject weak or oversized secrets with a message that says how to fix it."""
    if kind not in ("password", "pin"):
        raise ValidationError({"kind": "Choose a password or a PIN."})
    if len(secret) > MAX_SECRET:
        raise ValidationError({"secret": msg(
            "At most {max_secret} characters.",
            max_secret=MAX_SECRET)})
    if kind == "pin":
        if not secret.isdigit() or not secret.isascii():
            raise ValidationError({"secret": "A PIN is digits only."})  # nosec B105 - a message
        if len(secret) < MIN_PIN:
            raise ValidationError({"secret": msg(
                "A PIN needs at least {min_pin} digits.",
                min_pin=MIN_PIN)})
        runs = ("0123456789", "9876543210")  # refused sequences, not credentials
        if len(set(secret)) == 1 or any(secret in run for run in runs):
            easy = "That PIN is too easy to guess."
            raise ValidationError({"secret": easy})  # nosec B105 - a message
    elif len(secret) < MIN_PASSWORD:
        raise ValidationError({"secret": msg(
            "A password needs at least {min_password} characters (a short phrase is easy to "
            "remember).",
            min_password=MIN_PASSWORD)})
    if secret.lower() in _COMMON:
        common = "That is one of the most common choices; pick another."
        raise ValidationError({"secret": common})  # nosec B105 - a message, not a password


def _set_credentials(conn: sqlite3.Connection, user_id: str, secret: str, kind: str) -> None:
    check_secret(secret, kind)
    hashed = hash_secret(secret)
    conn.execute(
        "INSERT INTO user_credentials (user_id, kind, hash, changed_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(user_id) DO UPDATE SET kind = excluded.kind, hash = excluded.hash,"
        " changed_at = excluded.changed_at, failed_count = 0, locked_until = NULL",
        (user_id, kind, hashed, to_iso(utcnow())),
    )


def is_set_up(conn: sqlite3.Connection) -> bool:
    """True once a coordinator who can sign in exists."""
    row = conn.execute(
        "SELECT 1 FROM users u JOIN user_credentials c ON c.user_id = u.id"
        " WHERE u.role = 'coordinator' AND u.active = 1 LIMIT 1").fetchone()
    return row is not None


def first_run(conn: sqlite3.Connection, hub_name: str, name: str, secret: str,
              kind: str = "password") -> Actor:
    """Create the hub (if new) and its first coordinator. Refused once set up."""
    problems = {}
    if not hub_name.strip():
        problems["hub_name"] = "Give the hub a name."
    if not name.strip():
        problems["display_name"] = "Give your name."
    if problems:
        raise ValidationError(problems)
    check_secret(secret, kind)
    with transaction(conn):
        if is_set_up(conn):
            raise AccessPointError("This computer already has a coordinator; sign in instead.")
        hub = hubs.current_hub(conn) or hubs.create_hub(conn, hub_name.strip()[:200])
        user = hubs.add_user(conn, hub["id"], name.strip()[:100], "coordinator")
        _set_credentials(conn, user["id"], secret, kind)
        actor = Actor(hub_id=hub["id"], user_id=user["id"], role="coordinator")
        audit.record(conn, actor, "user_added", "user", user["id"], "first coordinator")
    return actor


def add_user(conn: sqlite3.Connection, actor: Actor, display_name: str, role: str,
             secret: str, kind: str = "pin") -> dict[str, Any]:
    require(actor, "user.manage")
    check_secret(secret, kind)
    if len(display_name) > 100:
        raise ValidationError({"display_name": "At most 100 characters."})
    with transaction(conn):
        user = hubs.add_user(conn, actor.hub_id, display_name, role)
        _set_credentials(conn, user["id"], secret, kind)
        audit.record(conn, actor, "user_added", "user", user["id"], f"role={role}")
    return user


def _user(conn: sqlite3.Connection, user_id: str) -> sqlite3.Row:
    row = conn.execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()
    if row is None:
        raise NotFoundError("No such user.")
    return row


def set_role(conn: sqlite3.Connection, actor: Actor, user_id: str, role: str) -> None:
    require(actor, "user.manage")
    if role not in ROLES:
        raise ValidationError({"role": msg("Role must be one of {roles}.", roles=', '.join(ROLES))})
    with transaction(conn):
        _user(conn, user_id)
        if role != "coordinator":
            _keep_a_coordinator(conn, user_id)
        conn.execute("UPDATE users SET role = ? WHERE id = ?", (role, user_id))
        audit.record(conn, actor, "user_changed", "user", user_id, f"role={role}")


def set_active(conn: sqlite3.Connection, actor: Actor, user_id: str, active: bool) -> None:
    """A volunteer who leaves is deactivated (kept, so records still name them)."""
    require(actor, "user.manage")
    with transaction(conn):
        _user(conn, user_id)
        if not active:
            _keep_a_coordinator(conn, user_id)
        conn.execute("UPDATE users SET active = ? WHERE id = ?", (1 if active else 0, user_id))
        audit.record(conn, actor, "user_changed", "user", user_id,
                     "activated" if active else "deactivated")


def _keep_a_coordinator(conn: sqlite3.Connection, user_id: str) -> None:
    others = conn.execute(
        "SELECT COUNT(*) FROM users u JOIN user_credentials c ON c.user_id = u.id"
        " WHERE u.role = 'coordinator' AND u.active = 1 AND u.id != ?", (user_id,)).fetchone()[0]
    if others == 0:
        raise ValidationError("There must always be one coordinator who can sign in.")


def reset_secret(conn: sqlite3.Connection, actor: Actor, user_id: str, secret: str,
                 kind: str = "pin") -> None:
    """A coordinator sets a new PIN/password for someone (also clears a lock-out)."""
    if user_id != actor.user_id:
        require(actor, "user.manage")
    with transaction(conn):
        if _user(conn, user_id)["display_name"] == hubs.CLI_USER_NAME:
            # The command line's own user must never become a way into the app.
            raise ValidationError("The command line's user cannot sign in to the app.")
        _set_credentials(conn, user_id, secret, kind)
        audit.record(conn, actor, "user_changed", "user", user_id, "secret reset")


def change_own_secret(conn: sqlite3.Connection, actor: Actor, old: str, new: str,
                      kind: str) -> None:
    authenticate(conn, actor.user_id, old)
    reset_secret(conn, actor, actor.user_id, new, kind)


def sign_in_list(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Who can sign in here (names and roles only), for the sign-in screen."""
    return [dict(r) for r in conn.execute(
        "SELECT u.id, u.display_name, u.role, c.kind FROM users u"
        " JOIN user_credentials c ON c.user_id = u.id WHERE u.active = 1"
        " ORDER BY u.display_name")]


def lockout_policy(conn: sqlite3.Connection) -> tuple[int, timedelta]:
    """(wrong attempts before lock-out, how long it lasts), as a coordinator set them."""
    failures = int(settings.get(conn, "lockout_failures", LOCKOUT_FAILURES))
    minutes = int(settings.get(conn, "lockout_minutes", LOCKOUT_MINUTES))
    return max(1, failures), timedelta(minutes=max(1, minutes))


def authenticate(conn: sqlite3.Connection, user_id: str, secret: str,
                 now: datetime | None = None) -> Actor:
    """Check a PIN/password; returns the user's Actor or raises SignInError."""
    now = now or utcnow()
    row = conn.execute(
        "SELECT u.id, u.hub_id, u.role, u.active, c.hash, c.failed_count, c.locked_until"
        " FROM users u JOIN user_credentials c ON c.user_id = u.id WHERE u.id = ?",
        (user_id,)).fetchone()
    if row is None or not row["active"]:
        raise SignInError("That user cannot sign in here; ask a coordinator.")
    actor = Actor(hub_id=row["hub_id"], user_id=row["id"], role=row["role"])
    if row["locked_until"] and parse_iso(row["locked_until"]) > now:
        raise AccountLockedError(parse_iso(row["locked_until"]))
    ok = len(secret) <= MAX_SECRET and verify_secret(secret, row["hash"])
    failures, lock_for = lockout_policy(conn)
    with transaction(conn):
        if ok:
            conn.execute("UPDATE user_credentials SET failed_count = 0, locked_until = NULL,"
                         " last_sign_in_at = ? WHERE user_id = ?", (to_iso(now), user_id))
            audit.record(conn, actor, "sign_in", "user", user_id)
            return actor
        count = row["failed_count"] + 1
        until = now + lock_for if count >= failures else None
        conn.execute(
            "UPDATE user_credentials SET failed_count = ?, locked_until = ? WHERE user_id = ?",
            (0 if until else count, to_iso(until) if until else None, user_id))
        audit.record(conn, actor, "sign_in_failed", "user", user_id)
        if until:
            audit.record(conn, actor, "locked_out", "user", user_id)
    if until:
        raise AccountLockedError(until)
    raise SignInError("That PIN or password is not right. Try again.")


def sign_out(conn: sqlite3.Connection, actor: Actor) -> None:
    audit.record(conn, actor, "sign_out", "user", actor.user_id)


def idle_lock_minutes(conn: sqlite3.Connection) -> int:
    return int(settings.get(conn, "idle_lock_minutes", 5))


def set_security_setting(conn: sqlite3.Connection, actor: Actor, key: str, value: Any) -> None:
    """Coordinator-only settings (idle lock, lock-out, the command line switch)."""
    require(actor, "settings")
    allowed = {"idle_lock_minutes": (1, 240), "lockout_failures": (3, 20),
               "lockout_minutes": (1, 1440), "cli_enabled": None}
    if key not in allowed:
        raise ValidationError({key: "Not a security setting."})
    bounds = allowed[key]
    if bounds is None:
        value = bool(value)
    else:
        value = int(value)
        if not bounds[0] <= value <= bounds[1]:
            raise ValidationError({key: msg(
                "Choose between {low} and {high}.", low=bounds[0], high=bounds[1])})
    with transaction(conn):
        settings.put(conn, key, value)
        audit.record(conn, actor, "settings_changed", "setting", key, str(value))
