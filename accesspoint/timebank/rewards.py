"""Spending credits: the rewards menu, vouchers, gifts and conversions.

A redemption is a transfer member -> rewards plus a voucher the provider can
check. A gift is member -> member. A conversion (to the local electronic
currency, at the configured rate) is member -> conversion; the money side is
the scheme operator's, who receives the conversions CSV.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from typing import Any

from accesspoint import outbox, settings
from accesspoint.clock import today_local, utcnow_iso
from accesspoint.context import Actor
from accesspoint.db import transaction
from accesspoint.errors import NotFoundError, ValidationError, msg
from accesspoint.ids import new_id
from accesspoint.timebank import ledger, members

# Crockford base32 without I, L, O, U: nothing to misread on a voucher.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RATE_KEY = "timebank.conversion_rate_per_hour"  # minor units (pence) per hour
CURRENCY_KEY = "timebank.conversion_currency"


def _check_char(body: str) -> str:
    # Weighted sum mod 32 catches any single mistyped character and most swaps.
    total = sum((i + 1) * _ALPHABET.index(c) for i, c in enumerate(body))
    return _ALPHABET[total % 32]


def new_voucher_code() -> str:
    body = "".join(secrets.choice(_ALPHABET) for _ in range(8))
    return f"TC-{body[:4]}-{body[4:]}-{_check_char(body)}"


def voucher_well_formed(code: str) -> bool:
    text = code.strip().upper().replace(" ", "")
    parts = text.split("-")
    if len(parts) != 4 or parts[0] != "TC" or len(parts[3]) != 1:
        return False
    body = parts[1] + parts[2]
    if len(body) != 8 or any(c not in _ALPHABET for c in body):
        return False
    return _check_char(body) == parts[3]


def add_reward(
    conn: sqlite3.Connection, *, name: str, cost_minutes: int, provider: str = "",
    financial: bool = False, eligible_types: list[str] | None = None, stock: int | None = None,
    valid_from: str | None = None, valid_to: str | None = None, description: str = "",
    reward_id: str | None = None,
) -> dict[str, Any]:
    types = eligible_types or ["adult", "young_person"]
    problems = {}
    if not name.strip():
        problems["name"] = "Give the reward a name."
    if not isinstance(cost_minutes, int) or cost_minutes <= 0:
        problems["cost_minutes"] = "The cost must be a whole number of minutes above zero."
    if [t for t in types if t not in members.MEMBER_TYPES]:
        problems["eligible_types"] = "Unknown member type."
    if stock is not None and stock < 0:
        problems["stock"] = "Stock cannot be negative."
    if valid_from and valid_to and valid_to < valid_from:
        problems["valid_to"] = "The end date is before the start date."
    if problems:
        raise ValidationError(problems)
    now = utcnow_iso()
    row = {"id": reward_id or new_id(), "name": name.strip(), "provider": provider.strip(),
           "cost_minutes": cost_minutes, "financial": 1 if financial else 0,
           "eligible_types": json.dumps(types), "stock": stock, "valid_from": valid_from,
           "valid_to": valid_to, "active": 1, "description": description.strip(),
           "created_at": now, "updated_at": now, "version": 1}
    with transaction(conn):
        conn.execute(f"INSERT INTO tb_rewards ({', '.join(row)})"
                     f" VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
    return get_reward(conn, row["id"])


_REWARD_SQL = (
    "SELECT r.*, (SELECT COUNT(*) FROM tb_redemptions d WHERE d.reward_id = r.id"
    " AND NOT EXISTS (SELECT 1 FROM tb_transfers c WHERE c.reverses = d.transfer_id))"
    " AS redeemed FROM tb_rewards r"
)


def _reward(row: sqlite3.Row) -> dict[str, Any]:
    item = dict(row)
    item["eligible_types"] = json.loads(item["eligible_types"])
    item["financial"] = bool(item["financial"])
    item["remaining"] = None if item["stock"] is None else item["stock"] - item["redeemed"]
    return item


def get_reward(conn: sqlite3.Connection, reward_id: str) -> dict[str, Any]:
    row = conn.execute(_REWARD_SQL + " WHERE r.id = ?", (reward_id,)).fetchone()
    if row is None:
        raise NotFoundError(msg("No reward with id {reward_id}.", reward_id=reward_id))
    return _reward(row)


def list_rewards(conn: sqlite3.Connection, *, available_only: bool = False) -> list[dict[str, Any]]:
    items = [_reward(r) for r in conn.execute(_REWARD_SQL + " ORDER BY r.cost_minutes, r.name")]
    if available_only:
        day = today_local().isoformat()
        items = [r for r in items if r["active"] and (r["remaining"] is None or r["remaining"] > 0)
                 and (not r["valid_from"] or r["valid_from"] <= day)
                 and (not r["valid_to"] or r["valid_to"] >= day)]
    return items


def redeem(
    conn: sqlite3.Connection, actor: Actor, member_id: str, reward_id: str
) -> dict[str, Any]:
    """Spend credits on a reward; returns the redemption with its voucher code."""
    with transaction(conn):
        member = members.get_member(conn, member_id)
        reward = get_reward(conn, reward_id)
        day = today_local().isoformat()
        if member["status"] != "active":
            raise ValidationError({"member": "This member has left the time bank."})
        if not reward["active"]:
            raise ValidationError({"reward": msg(
                "{name} is no longer offered.",
                name=reward['name'])})
        if member["member_type"] not in reward["eligible_types"]:
            raise ValidationError({"reward": msg(
                "{name} is not open to this member type.",
                name=reward['name'])})
        if reward["valid_from"] and day < reward["valid_from"]:
            raise ValidationError({"reward": msg(
                "{name} is offered from {valid_from}.",
                name=reward['name'], valid_from=reward['valid_from'])})
        if reward["valid_to"] and day > reward["valid_to"]:
            raise ValidationError({"reward": msg(
                "{name} ended on {valid_to}.",
                name=reward['name'], valid_to=reward['valid_to'])})
        if reward["remaining"] is not None and reward["remaining"] <= 0:
            raise ValidationError({"reward": msg("{name} is out of stock.", name=reward['name'])})
        transfer = ledger.post(conn, actor, ledger.Transfer(
            from_account=ledger.member_account(member_id), to_account=ledger.REWARDS,
            minutes=reward["cost_minutes"], kind="spend", reason=reward["name"],
            extra={"reward_id": reward_id},
        ))
        code = new_voucher_code()
        while conn.execute("SELECT 1 FROM tb_redemptions WHERE voucher_code = ?",
                           (code,)).fetchone():
            code = new_voucher_code()
        row = {"id": new_id(), "hub_id": actor.hub_id, "created_by": actor.user_id,
               "created_at": transfer["created_at"], "reward_id": reward_id,
               "member_id": member_id, "transfer_id": transfer["id"], "voucher_code": code,
               "cost_minutes": reward["cost_minutes"]}
        conn.execute(f"INSERT INTO tb_redemptions ({', '.join(row)})"
                     f" VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
        outbox.enqueue(conn, "redemption", row["id"], row, action="append")
    return {**row, "reward_name": reward["name"], "provider": reward["provider"]}


def check_voucher(conn: sqlite3.Connection, code: str) -> dict[str, Any]:
    """What a provider asks: is this voucher real and still good?"""
    text = code.strip().upper().replace(" ", "")
    if not voucher_well_formed(text):
        return {"valid": False, "reason": msg("This is not a voucher code (check for a typo).")}
    row = conn.execute(
        "SELECT d.*, r.name AS reward_name, r.provider, m.member_number,"
        " EXISTS (SELECT 1 FROM tb_transfers c WHERE c.reverses = d.transfer_id) AS cancelled"
        " FROM tb_redemptions d JOIN tb_rewards r ON r.id = d.reward_id"
        " JOIN tb_members m ON m.id = d.member_id WHERE d.voucher_code = ?", (text,),
    ).fetchone()
    if row is None:
        return {"valid": False, "reason": msg("No voucher with this code was issued here.")}
    item = dict(row)
    item["valid"] = not item["cancelled"]
    item["reason"] = msg("Cancelled: the credits were refunded.") if item["cancelled"] \
        else msg("Valid.")
    return item


def cancel_redemption(
    conn: sqlite3.Connection, actor: Actor, redemption_id: str, reason: str
) -> dict[str, Any]:
    """Refund by reversing the spend; the voucher then checks as cancelled, stock returns.

    The reversal goes up as a ledger transfer (the council's balance gets the refund),
    and a cancellation record (kind ``redemption``, pointing at the original) goes up
    too: transfers never come down, so this is how the hub's other computers learn
    that the voucher is void (sync/appliers.py applies it)."""
    with transaction(conn):
        row = conn.execute("SELECT * FROM tb_redemptions WHERE id = ?",
                           (redemption_id,)).fetchone()
        if row is None:
            raise NotFoundError(msg("No redemption with id {redemption_id}.",
                                    redemption_id=redemption_id))
        reversal = ledger.reverse(conn, actor, row["transfer_id"], reason)
        outbox.enqueue(conn, "redemption", reversal["id"],
                       cancellation_payload(dict(row), reversal), action="append")
    return reversal


def cancellation_payload(redemption: dict[str, Any], reversal: dict[str, Any]
                         ) -> dict[str, Any]:
    """The cancellation record, rebuilt identically from the two rows (for reconcile).
    Its id is the reversing transfer's: one cancellation per reversal."""
    return {"id": reversal["id"], "hub_id": reversal["hub_id"],
            "created_by": reversal["created_by"], "created_at": reversal["created_at"],
            "cancels": redemption["id"], "transfer_id": reversal["id"],
            "reverses": redemption["transfer_id"], "member_id": redemption["member_id"],
            "reward_id": redemption["reward_id"], "cost_minutes": redemption["cost_minutes"],
            "reason": reversal["reason"]}


def cancellation_for(conn: sqlite3.Connection, record_id: str) -> dict[str, Any] | None:
    """The cancellation record whose id is `record_id` (a reversing transfer), if any."""
    reversal = conn.execute("SELECT * FROM tb_transfers WHERE id = ? AND reverses IS NOT NULL",
                            (record_id,)).fetchone()
    if reversal is None:
        return None
    redemption = conn.execute("SELECT * FROM tb_redemptions WHERE transfer_id = ?",
                              (reversal["reverses"],)).fetchone()
    if redemption is None:
        return None
    return cancellation_payload(dict(redemption), dict(reversal))


def transfer_extra(conn: sqlite3.Connection, transfer: dict[str, Any]) -> dict[str, Any]:
    """The `extra` fields a spend or conversion carried in its sync payload (redeem,
    convert), read back from the rows made with it, so a rebuilt payload is the one sent."""
    if transfer["kind"] == "spend":
        row = conn.execute("SELECT reward_id FROM tb_redemptions WHERE transfer_id = ?",
                           (transfer["id"],)).fetchone()
        return {"reward_id": row[0]} if row else {}
    if transfer["kind"] == "convert":
        row = conn.execute("SELECT rate_per_hour, amount_minor, currency FROM tb_conversions"
                           " WHERE transfer_id = ?", (transfer["id"],)).fetchone()
        return {"rate_per_hour": row[0], "amount_minor": row[1], "currency": row[2]} \
            if row else {}
    return {}


def gift(
    conn: sqlite3.Connection, actor: Actor, from_member_id: str, to_member_id: str,
    minutes: int, note: str = "",
) -> dict[str, Any]:
    if from_member_id == to_member_id:
        raise ValidationError({"to_member": "Choose someone else to give credits to."})
    with transaction(conn):
        for mid in (from_member_id, to_member_id):
            if members.get_member(conn, mid)["status"] != "active":
                raise ValidationError({"member": "Both members must be active."})
        return ledger.post(conn, actor, ledger.Transfer(
            from_account=ledger.member_account(from_member_id),
            to_account=ledger.member_account(to_member_id), minutes=minutes, kind="gift",
            note=note.strip()[:500],
        ))


def conversion_rate(conn: sqlite3.Connection) -> tuple[int, str]:
    return int(settings.get(conn, RATE_KEY, 0)), str(settings.get(conn, CURRENCY_KEY, "GBP"))


def convert(
    conn: sqlite3.Connection, actor: Actor, member_id: str, minutes: int
) -> dict[str, Any]:
    """Record credits converted to the local currency at the configured rate."""
    rate, currency = conversion_rate(conn)
    if rate <= 0:
        raise ValidationError({"rate": "No conversion rate is set up for this scheme."})
    with transaction(conn):
        member = members.get_member(conn, member_id)
        if member["member_type"] == "organisation":
            raise ValidationError({"member": "Organisation accounts cannot convert credits."})
        amount = minutes * rate // 60
        transfer = ledger.post(conn, actor, ledger.Transfer(
            from_account=ledger.member_account(member_id), to_account=ledger.CONVERSION,
            minutes=minutes, kind="convert",
            extra={"rate_per_hour": rate, "amount_minor": amount, "currency": currency},
        ))
        row = {"id": new_id(), "hub_id": actor.hub_id, "created_by": actor.user_id,
               "created_at": transfer["created_at"], "member_id": member_id,
               "transfer_id": transfer["id"], "minutes": minutes, "rate_per_hour": rate,
               "amount_minor": amount, "currency": currency}
        conn.execute(f"INSERT INTO tb_conversions ({', '.join(row)})"
                     f" VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
    return row
