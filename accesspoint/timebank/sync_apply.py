"""Applying records pulled from the council server, inside the sync client's transaction.

None of these enqueue outbox ops (that would echo the server's data back).
`ledger_transfer` is never pulled: what comes down is each account's `balance`.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from accesspoint.clock import utcnow_iso
from accesspoint.errors import ValidationError, msg
from accesspoint.timebank.ledger import mark_transfers_synced
from accesspoint.timebank.members import LIST_FIELDS

__all__ = ["apply_activity", "apply_balance", "apply_member", "apply_opportunity",
           "apply_reward", "mark_transfers_synced"]


def _upsert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    cols = list(row)
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
    conn.execute(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        f" ON CONFLICT(id) DO UPDATE SET {updates}",
        tuple(row.values()),
    )


def _listy(value: Any) -> str:
    if isinstance(value, str):
        return value if value.startswith("[") else json.dumps([value] if value else [])
    return json.dumps(list(value or []))


def apply_member(conn: sqlite3.Connection, payload: dict[str, Any]) -> None:
    """A member from any hub. Their person may live at another hub: keep a minimal
    person record (names only) here so the member can be found and served."""
    now = utcnow_iso()
    clash = conn.execute("SELECT id FROM tb_members WHERE member_number = ? AND id != ?",
                         (payload["member_number"], payload["id"])).fetchone()
    if clash:
        # Two hubs gave out the same number (hub prefixes make this rare): never merge
        # two people's credits silently; the sync client holds this for a coordinator.
        raise ValidationError({"member_number": (
            msg(
                "Member number {member_number} is used by two different members; a coordinator "
                "must renumber one of them.",
                member_number=payload['member_number']))})
    person_id = payload["person_id"]
    if conn.execute("SELECT 1 FROM people WHERE id = ?", (person_id,)).fetchone() is None:
        from accesspoint.people import _index  # same indexing as locally created people

        conn.execute(
            "INSERT INTO people (id, hub_id, created_by, created_at, updated_at, version,"
            " given_name, family_name) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
            (person_id, payload.get("hub_id", ""), payload.get("created_by", ""),
             payload.get("created_at", now), now, payload.get("given_name", ""),
             payload.get("family_name", "")),
        )
        _index(conn, person_id, payload.get("given_name", ""), payload.get("family_name", ""))
    row = {
        "id": payload["id"], "hub_id": payload.get("hub_id", ""),
        "created_by": payload.get("created_by", ""),
        "created_at": payload.get("created_at", now),
        "updated_at": payload.get("updated_at", now), "version": payload.get("version", 1),
        "person_id": person_id, "member_number": payload["member_number"],
        "card_number": payload.get("card_number") or payload["member_number"],
        "member_type": payload.get("member_type", "adult"),
        "ypc_number": payload.get("ypc_number") or "",
        "organisation_name": payload.get("organisation_name") or "",
        "employment_support": 1 if payload.get("employment_support") else 0,
        "joined_on": payload.get("joined_on") or now[:10],
        "status": payload.get("status", "active"),
        **{k: _listy(payload.get(k)) for k in LIST_FIELDS},
    }
    _upsert(conn, "tb_members", row)


def apply_balance(conn: sqlite3.Connection, payload: dict[str, Any]) -> None:
    """The server's authoritative balance; local unacknowledged transfers add to it."""
    conn.execute(
        "INSERT INTO tb_server_balances (account, member_id, balance_minutes, updated_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT(account) DO UPDATE SET member_id ="
        " excluded.member_id, balance_minutes = excluded.balance_minutes,"
        " updated_at = excluded.updated_at",
        (payload["account"], payload.get("member_id"), int(payload["balance_minutes"]),
         utcnow_iso()),
    )


def apply_reward(conn: sqlite3.Connection, payload: dict[str, Any]) -> None:
    now = utcnow_iso()
    _upsert(conn, "tb_rewards", {
        "id": payload["id"], "name": payload["name"], "provider": payload.get("provider", ""),
        "cost_minutes": int(payload["cost_minutes"]),
        "financial": 1 if payload.get("financial") else 0,
        "eligible_types": _listy(payload.get("eligible_types") or ["adult", "young_person"]),
        "stock": payload.get("stock"), "valid_from": payload.get("valid_from"),
        "valid_to": payload.get("valid_to"), "active": 1 if payload.get("active", True) else 0,
        "description": payload.get("description", ""),
        "created_at": payload.get("created_at", now), "updated_at": payload.get("updated_at", now),
        "version": payload.get("version", 1),
    })


def apply_activity(conn: sqlite3.Connection, payload: dict[str, Any]) -> None:
    now = utcnow_iso()
    # A hub may have added the same activity locally under another id: the council's wins.
    conn.execute("UPDATE tb_activities SET code = code || '_local_' || substr(id, -6)"
                 " WHERE code = ? AND id != ?", (payload["code"], payload["id"]))
    _upsert(conn, "tb_activities", {
        "id": payload["id"], "code": payload["code"], "name": payload["name"],
        "category": payload.get("category", "other"),
        "active": 1 if payload.get("active", True) else 0,
        "created_at": payload.get("created_at", now), "updated_at": payload.get("updated_at", now),
        "version": payload.get("version", 1),
    })


def apply_opportunity(conn: sqlite3.Connection, payload: dict[str, Any]) -> None:
    now = utcnow_iso()
    activity_id = payload.get("activity_id")
    if activity_id and not conn.execute("SELECT 1 FROM tb_activities WHERE id = ?",
                                        (activity_id,)).fetchone():
        activity_id = None  # the activity arrives later or was withdrawn; keep the posting
    _upsert(conn, "tb_opportunities", {
        "id": payload["id"], "hub_id": payload.get("hub_id", ""),
        "created_by": payload.get("created_by", ""),
        "created_at": payload.get("created_at", now), "updated_at": payload.get("updated_at", now),
        "version": payload.get("version", 1), "title": payload["title"],
        "description": payload.get("description", ""), "activity_id": activity_id,
        "project_id": payload.get("project_id"), "skills": _listy(payload.get("skills")),
        "interests": _listy(payload.get("interests")),
        "availability": _listy(payload.get("availability")),
        "employment": 1 if payload.get("employment") else 0,
        "starts_on": payload.get("starts_on"), "ends_on": payload.get("ends_on"),
        "status": payload.get("status", "open"),
    })



# Withdrawals from the council. Rows others point at (redemptions, transfers) are
# kept and switched off rather than deleted, so history stays whole.

def delete_member(conn: sqlite3.Connection, record_id: str) -> None:
    conn.execute("UPDATE tb_members SET status = 'left' WHERE id = ?", (record_id,))


def delete_balance(conn: sqlite3.Connection, record_id: str) -> None:
    conn.execute("DELETE FROM tb_server_balances WHERE account = ?", (record_id,))


def delete_reward(conn: sqlite3.Connection, record_id: str) -> None:
    conn.execute("UPDATE tb_rewards SET active = 0 WHERE id = ?", (record_id,))


def delete_activity(conn: sqlite3.Connection, record_id: str) -> None:
    conn.execute("UPDATE tb_activities SET active = 0 WHERE id = ?", (record_id,))


def delete_opportunity(conn: sqlite3.Connection, record_id: str) -> None:
    conn.execute("UPDATE tb_opportunities SET status = 'closed' WHERE id = ?", (record_id,))


def rebuild_payload(conn: sqlite3.Connection, kind: str, record_id: str
                    ) -> dict[str, Any] | None:
    """The current payload of one of our pushed records (for the sync reconcile)."""
    if kind == "member":
        from accesspoint.errors import NotFoundError
        from accesspoint.timebank.members import get_member, sync_payload

        try:
            return sync_payload(get_member(conn, record_id))
        except NotFoundError:
            return None
    table = {"ledger_transfer": "tb_transfers", "redemption": "tb_redemptions"}.get(kind)
    if table is None:
        return None
    row = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,)).fetchone()
    if row is None and kind == "redemption":
        from accesspoint.timebank.rewards import cancellation_for

        return cancellation_for(conn, record_id)  # a cancellation's id is its reversal's
    if row is None:
        return None
    item = dict(row)
    item.pop("synced", None)
    if kind == "ledger_transfer":
        from accesspoint.timebank.rewards import transfer_extra

        item.update(transfer_extra(conn, item))
    return item
