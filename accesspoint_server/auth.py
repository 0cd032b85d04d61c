"""Hubs, enrolment codes, device and admin tokens, and failed-attempt limits."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, select, update

from sync import protocol as p

from . import models as m
from .config import (
    ENROL_CODE_HOURS,
    ENROL_RETRY_MINUTES,
    RATE_LIMIT_FAILURES,
    RATE_LIMIT_WINDOW_S,
)
from .db import Database, get_meta
from .errors import ApiError
from .timeutil import iso, now, now_iso, parse_iso


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def new_token(prefix: str) -> str:
    return f"{prefix}_{secrets.token_urlsafe(32)}"


@dataclass(frozen=True)
class Principal:
    """Who is calling: a hub device, or a council administrator (hub_id None)."""

    kind: str  # "device" | "admin"
    id: str
    hub_id: str | None = None
    hub_name: str | None = None

    @property
    def is_admin(self) -> bool:
        return self.kind == "admin"


class RateLimiter:
    """Sliding window of failed attempts per client address (in memory, per process)."""

    def __init__(self, limit: int = RATE_LIMIT_FAILURES,
                 window_s: float = RATE_LIMIT_WINDOW_S) -> None:
        self.limit = limit
        self.window_s = window_s
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _prune(self, key: str, at: float) -> deque[float]:
        q = self._failures.setdefault(key, deque())
        while q and q[0] <= at - self.window_s:
            q.popleft()
        return q

    def check(self, key: str) -> None:
        with self._lock:
            at = time.monotonic()
            q = self._prune(key, at)
            if len(q) >= self.limit:
                retry = max(1, int(q[0] + self.window_s - at) + 1)
                raise ApiError(429, p.ERR_RATE_LIMITED,
                               "Too many failed attempts; wait and try again.",
                               {"Retry-After": str(retry)})

    def fail(self, key: str) -> None:
        with self._lock:
            self._prune(key, time.monotonic()).append(time.monotonic())


# --- administration ---------------------------------------------------------

def create_hub(db: Database, name: str, expires_hours: float = ENROL_CODE_HOURS) -> tuple[str, str]:
    """Create a hub; return (hub_id, enrolment code)."""
    hub_id = str(uuid.uuid4())
    with db.write() as conn:
        conn.execute(m.hubs.insert().values(id=hub_id, name=name, created_at=now_iso()))
        code = _insert_code(conn, hub_id, expires_hours)
    return hub_id, code


def new_enrolment_code(db: Database, hub_id: str,
                       expires_hours: float = ENROL_CODE_HOURS) -> str:
    with db.write() as conn:
        if conn.execute(select(m.hubs.c.id).where(m.hubs.c.id == hub_id)).first() is None:
            raise LookupError(f"no hub {hub_id}")
        return _insert_code(conn, hub_id, expires_hours)


def _insert_code(conn: Connection, hub_id: str, expires_hours: float) -> str:
    # Grouped for reading aloud over the phone; 100 bits of entropy.
    raw = secrets.token_hex(13).upper()[:25]
    code = "-".join(raw[i:i + 5] for i in range(0, 25, 5))
    conn.execute(m.enrol_codes.insert().values(
        code_hash=sha256(_normalise_code(code)), hub_id=hub_id, created_at=now_iso(),
        expires_at=iso(now() + timedelta(hours=expires_hours))))
    return code


def _normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def create_admin_token(db: Database, name: str) -> str:
    token = new_token("apa")
    with db.write() as conn:
        conn.execute(m.admin_tokens.insert().values(
            id=str(uuid.uuid4()), name=name, token_hash=sha256(token), created_at=now_iso()))
    return token


def revoke_device(db: Database, device_id: str) -> bool:
    with db.write() as conn:
        done = conn.execute(update(m.devices).where(m.devices.c.id == device_id,
                                                    m.devices.c.revoked_at.is_(None))
                            .values(revoked_at=now_iso()))
        return done.rowcount > 0


# --- runtime ----------------------------------------------------------------

def enrol(db: Database, code: str, device_name: str,
          request_id: str | None = None) -> p.EnrolResponse:
    """Exchange a one-time code for a device token (raises ApiError).

    ``request_id`` (made by the device, optional for old clients) makes the
    exchange safe to retry: if the answer was lost after the code was spent, the
    same request id within ENROL_RETRY_MINUTES gets a fresh token for the same
    device (the lost one stops working). Any other caller still finds the code used.
    """
    with db.write() as conn:
        row = conn.execute(select(m.enrol_codes).where(
            m.enrol_codes.c.code_hash == sha256(_normalise_code(code)))).first()
        if row is None:
            raise ApiError(401, p.ERR_ENROL_INVALID, "That enrolment code is not valid.")
        if row.used_at is not None:
            reissued = _reissue(conn, row, request_id)
            if reissued is None:
                raise ApiError(401, p.ERR_ENROL_USED,
                               "That enrolment code has already been used.")
            return reissued
        if parse_iso(row.expires_at) <= now():
            raise ApiError(401, p.ERR_ENROL_EXPIRED,
                           "That enrolment code has expired; ask the council for a new one.")
        token = new_token("apd")
        device_id = str(uuid.uuid4())
        conn.execute(update(m.enrol_codes).where(m.enrol_codes.c.code_hash == row.code_hash)
                     .values(used_at=now_iso(), request_id=request_id, device_id=device_id))
        conn.execute(m.devices.insert().values(
            id=device_id, hub_id=row.hub_id, name=device_name, token_hash=sha256(token),
            created_at=now_iso()))
        return _answer(conn, row.hub_id, device_id, token)


def _answer(conn: Connection, hub_id: str, device_id: str, token: str) -> p.EnrolResponse:
    """What an enrolment (first or retried) answers: the device's hub, id, new token and
    the server's epoch (read in the same transaction that issued the token)."""
    hub = conn.execute(select(m.hubs.c.id, m.hubs.c.name).where(m.hubs.c.id == hub_id)).one()
    return p.EnrolResponse(hub_id=hub.id, hub_name=hub.name, device_id=device_id,
                           token=token, server_epoch=get_meta(conn, "epoch") or "")


def _reissue(conn: Connection, code_row: Any, request_id: str | None) -> p.EnrolResponse | None:
    """The same enrolment request again (its answer was lost): rotate its device's token."""
    if not request_id or code_row.request_id != request_id or not code_row.device_id:
        return None
    if parse_iso(code_row.used_at) + timedelta(minutes=ENROL_RETRY_MINUTES) <= now():
        return None
    device = conn.execute(select(m.devices).where(m.devices.c.id == code_row.device_id)).first()
    if device is None or device.revoked_at is not None:
        return None
    token = new_token("apd")
    conn.execute(update(m.devices).where(m.devices.c.id == device.id)
                 .values(token_hash=sha256(token)))
    return _answer(conn, device.hub_id, device.id, token)


def authenticate(db: Database, token: str) -> Principal:
    digest = sha256(token)
    with db.read() as conn:
        row = conn.execute(
            select(m.devices.c.id, m.devices.c.hub_id, m.devices.c.revoked_at, m.hubs.c.name)
            .join(m.hubs, m.hubs.c.id == m.devices.c.hub_id)
            .where(m.devices.c.token_hash == digest)).first()
        if row is not None:
            if row.revoked_at is not None:
                raise ApiError(401, p.ERR_TOKEN_REVOKED,
                               "This device has been revoked; enrol it again.")
            return Principal("device", row.id, row.hub_id, row.name)
        admin = conn.execute(select(m.admin_tokens.c.id, m.admin_tokens.c.revoked_at)
                             .where(m.admin_tokens.c.token_hash == digest)).first()
        if admin is not None:
            if admin.revoked_at is not None:
                raise ApiError(401, p.ERR_TOKEN_REVOKED, "This admin token has been revoked.")
            return Principal("admin", admin.id)
    raise ApiError(401, p.ERR_UNAUTHORISED, "A valid token is required.")
