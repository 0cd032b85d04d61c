"""Enrolment: exchange a one-time code for this computer's device token.

The token goes straight into the OS keyring (sync.credentials). Enrolling
again (after a revoked or lost token) keeps every unsynced record and the
sync position; only the token and device id change.
"""

from __future__ import annotations

import hashlib
import ipaddress
import platform
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from accesspoint import settings
from accesspoint.clock import utcnow_iso
from accesspoint.db import transaction
from accesspoint.ids import new_id
from sync import credentials, state
from sync import protocol as p
from sync.errors import AuthError, KeyringError, NetworkError
from sync.transport import HttpError, Transport

ENROL_REQUEST = "enrol_request"  # sync_state key: the pending enrolment's request id

_ENROL_MESSAGES = {
    p.ERR_ENROL_INVALID: "That enrolment code is not valid. Check it and try again.",
    p.ERR_ENROL_USED: "That enrolment code has already been used. Ask the council for a new one.",
    p.ERR_ENROL_EXPIRED: "That enrolment code has expired. Ask the council for a new one.",
}


def normalise_url(url: str) -> str:
    """https only, except a server on this computer (tests, a council's local demo)."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise NetworkError("Enter the council server address, starting with https://")
    if parts.scheme == "http" and not _loopback(parts.hostname):
        raise NetworkError("The council server address must start with https:// "
                           "(the connection has to be encrypted).")
    return url


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def enrol(conn: sqlite3.Connection, data_dir: Path | str, server_url: str, code: str, *,
          ca_bundle: str | None = None, proxy: str | None = None,
          device_name: str | None = None,
          transport_options: dict[str, Any] | None = None) -> dict[str, Any]:
    url = normalise_url(server_url)
    if ca_bundle and not Path(ca_bundle).is_file():
        raise NetworkError(f"The CA bundle file {ca_bundle} does not exist.")
    name = (device_name or platform.node() or "AccessPoint hub PC")[:200]
    opts = {"max_attempts": 3, **(transport_options or {})}
    request_id = _request_id(conn, url, code)
    transport = Transport(url, None, ca_bundle=ca_bundle, proxy=proxy, **opts)
    try:
        answer = transport.request("POST", p.ENROL_PATH,
                                   json_body={"code": code.strip(), "device_name": name,
                                              "request_id": request_id})
    except HttpError as exc:
        raise AuthError(_ENROL_MESSAGES.get(exc.error_code, exc.message or
                                            "The council server refused the enrolment.")) from None
    finally:
        transport.close()
    if not isinstance(answer, dict) or not answer.get("token") or not answer.get("hub_id"):
        raise NetworkError("The address does not answer like a council AccessPoint server.")
    try:
        credentials.set_device_token(data_dir, answer["token"])
    except credentials.KeyringUnavailableError as exc:
        raise KeyringError(str(exc)) from None
    with transaction(conn):
        previous_hub = state.get(conn, state.HUB_ID)
        if previous_hub and previous_hub != answer["hub_id"]:
            # Another hub: start its feed from the beginning.
            state.put(conn, state.CURSOR, None)
            conn.execute("DELETE FROM sync_acked")
            conn.execute("DELETE FROM sync_pulled")
        adopt_hub_id(conn, answer["hub_id"], answer.get("hub_name") or "")
        state.put_many(conn, {
            state.SERVER_URL: url, state.HUB_ID: answer["hub_id"],
            state.HUB_NAME: answer.get("hub_name") or "", state.DEVICE_ID: answer["device_id"],
            state.CA_BUNDLE: ca_bundle or None, state.PROXY: proxy or None,
            state.ENROLLED_AT: utcnow_iso(), ENROL_REQUEST: None,
        })
        if not state.get(conn, state.EPOCH):
            state.put(conn, state.EPOCH, answer.get("server_epoch") or None)
    return {"hub_id": answer["hub_id"], "hub_name": answer.get("hub_name"),
            "device_id": answer["device_id"], "server_url": url}


def _request_id(conn: sqlite3.Connection, url: str, code: str) -> str:
    """This computer's id for enrolling at ``url`` with ``code``, kept until it succeeds.

    The server spends the code when it answers; if the answer is lost (dropped
    connection, app closed), trying again (the transport's retry, or the
    coordinator pressing Enrol again with the same code) sends the same id and
    the server answers again instead of "code already used". Only a hash of the
    code is kept.
    """
    key = hashlib.sha256(
        (url + "\n" + "".join(ch for ch in code.upper() if ch.isalnum())).encode()).hexdigest()
    pending = state.get(conn, ENROL_REQUEST)
    if isinstance(pending, dict) and pending.get("key") == key and pending.get("id"):
        return str(pending["id"])
    request_id = new_id()
    state.put(conn, ENROL_REQUEST, {"key": key, "id": request_id})
    return request_id


def adopt_hub_id(conn: sqlite3.Connection, hub_id: str, hub_name: str) -> None:
    """Give this hub the council's id for it, across every local row that names the hub.

    Records made before enrolment carry the id the app made up on first start;
    the council would refuse them as another hub's. Inside the caller's transaction.
    """
    old = settings.get(conn, "hub_id")
    if old == hub_id:
        return
    row = conn.execute("SELECT * FROM hubs WHERE id = ?", (old,)).fetchone() if old else None
    if conn.execute("SELECT 1 FROM hubs WHERE id = ?", (hub_id,)).fetchone() is None:
        conn.execute("INSERT INTO hubs (id, name, kind, created_at) VALUES (?, ?, ?, ?)",
                     (hub_id, hub_name or (row["name"] if row else "Hub"),
                      row["kind"] if row else "community_centre", utcnow_iso()))
    conn.execute("INSERT INTO settings (key, value) VALUES ('hub_id', json_quote(?))"
                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (hub_id,))
    if not old:
        return
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'sync_%' AND name != 'hubs'")]
    for table in tables:
        cols = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        if "hub_id" not in cols:
            continue
        conn.execute("SAVEPOINT adopt_hub")
        try:
            conn.execute(f"UPDATE {table} SET hub_id = ? WHERE hub_id = ?", (hub_id, old))
        except sqlite3.DatabaseError:
            # An append-only table (the audit trail) keeps its history as written;
            # its queued copies are rewritten below and at push (former_hub_ids).
            conn.execute("ROLLBACK TO adopt_hub")
        conn.execute("RELEASE adopt_hub")
    # Queued changes not yet frozen into a batch carry the old id in their payload.
    conn.execute("UPDATE outbox SET payload = json_set(payload, '$.hub_id', ?)"
                 " WHERE batch_id IS NULL AND json_extract(payload, '$.hub_id') = ?",
                 (hub_id, old))
    conn.execute("SAVEPOINT drop_old_hub")
    try:
        conn.execute("DELETE FROM hubs WHERE id = ?", (old,))
    except sqlite3.IntegrityError:
        conn.execute("ROLLBACK TO drop_old_hub")  # still referenced somewhere: harmless
    conn.execute("RELEASE drop_old_hub")
    former = set(state.get(conn, "former_hub_ids") or [])
    former.add(old)
    state.put(conn, "former_hub_ids", sorted(former))
