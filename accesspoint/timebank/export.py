"""Export kinds for `accesspoint export` (columns are a contract: append only).

See docs/timebank.md for field meanings. `balances.balance_minutes` is summed
from the exported ledger (so the two files check against each other);
`display_balance_minutes` is what the app shows (server balance + unsynced).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from accesspoint.export import Export
from accesspoint.timebank import ledger, members, rewards

MEMBER_COLUMNS = (
    "id", "member_number", "person_id", "given_name", "family_name", "member_type",
    "card_number", "ypc_number", "organisation_name", "skills", "interests", "availability",
    "hubs", "employment_support", "joined_on", "status", "hub_id", "created_by",
    "created_at", "updated_at", "version",
)
ACTIVITY_COLUMNS = ("id", "code", "name", "category", "active", "created_at", "updated_at")
LEDGER_COLUMNS = (
    "id", "from_account", "to_account", "minutes", "created_at", "reverses", "reason", "kind",
    "activity_id", "activity_date", "member_id", "beneficiary", "verified_by", "note",
    "hub_id", "created_by", "sheet_id",
)
BALANCE_COLUMNS = ("account", "member_number", "balance_minutes", "display_balance_minutes")
REWARD_COLUMNS = (
    "id", "name", "provider", "cost_minutes", "financial", "eligible_types", "stock",
    "redeemed", "remaining", "valid_from", "valid_to", "active", "description",
)
CONVERSION_COLUMNS = (
    "id", "created_at", "member_number", "member_id", "transfer_id", "minutes",
    "rate_per_hour", "amount_minor", "currency", "hub_id", "created_by", "cancelled",
)


def _members(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    rows = conn.execute(
        "SELECT m.*, p.given_name, p.family_name FROM tb_members m JOIN people p"
        " ON p.id = m.person_id ORDER BY m.member_number"
    )
    for r in rows:
        item = dict(r)
        for key in members.LIST_FIELDS:
            item[key] = json.loads(item[key] or "[]")
        item["employment_support"] = bool(item["employment_support"])
        yield item


def _activities(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for r in conn.execute("SELECT * FROM tb_activities ORDER BY code"):
        yield {**dict(r), "active": bool(r["active"])}


def _ledger(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for r in conn.execute("SELECT * FROM tb_transfers ORDER BY created_at, id"):
        yield dict(r)


def _balances(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    numbers = dict(conn.execute("SELECT id, member_number FROM tb_members").fetchall())
    sums = ledger.all_local_balances(conn)
    for account in sorted(sums):
        member_id = ledger.member_of(account)
        yield {"account": account,
               "member_number": numbers.get(member_id) if member_id else None,
               "balance_minutes": sums[account],
               "display_balance_minutes": ledger.balance(conn, account)}


def _rewards(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    yield from rewards.list_rewards(conn)


def _conversions(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for r in conn.execute(
        "SELECT c.*, m.member_number, EXISTS (SELECT 1 FROM tb_transfers r"
        " WHERE r.reverses = c.transfer_id) AS cancelled FROM tb_conversions c"
        " JOIN tb_members m ON m.id = c.member_id ORDER BY c.created_at, c.id"
    ):
        yield {**dict(r), "cancelled": bool(r["cancelled"])}


MEMBERS = Export(MEMBER_COLUMNS, _members)
ACTIVITIES = Export(ACTIVITY_COLUMNS, _activities)
LEDGER = Export(LEDGER_COLUMNS, _ledger)
BALANCES = Export(BALANCE_COLUMNS, _balances)
REWARDS = Export(REWARD_COLUMNS, _rewards)
CONVERSIONS = Export(CONVERSION_COLUMNS, _conversions)


def _time_audit(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    from accesspoint.clock import today_local
    from accesspoint.timebank.audit_report import time_audit

    yield from time_audit(conn, "2000-01-01", today_local().isoformat()).as_rows()


TIME_AUDIT = Export(("dimension", "key", "minutes", "members"), _time_audit)
