"""The time-credit ledger: double entry in whole minutes, append-only.

Every transfer moves minutes from one account to another, so the sum over all
accounts is zero by construction. Nothing is edited or deleted (triggers in the
schema refuse it); a correction is a reversing transfer pointing at the
original. Balances are derived: the server's balance once synced, plus this
hub's transfers the server has not acknowledged yet.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from accesspoint import outbox
from accesspoint.clock import utcnow_iso
from accesspoint.context import Actor
from accesspoint.db import transaction
from accesspoint.errors import NotFoundError, ValidationError, msg
from accesspoint.ids import new_id

REWARDS = "rewards"
CONVERSION = "conversion"
MIGRATION = "migration"
MEMBER_PREFIX = "member:"
PROJECT_PREFIX = "project:"
KINDS = ("earn", "spend", "gift", "convert", "opening", "correction")
MAX_MINUTES = 24 * 60

_COLUMNS = (
    "id", "hub_id", "created_by", "created_at", "from_account", "to_account", "minutes",
    "kind", "reverses", "reason", "activity_id", "activity_date", "member_id",
    "beneficiary", "verified_by", "note", "sheet_id",
)
_INSERT = (
    f"INSERT INTO tb_transfers ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
)


def member_account(member_id: str) -> str:
    return MEMBER_PREFIX + member_id


def project_account(project_id: str) -> str:
    return PROJECT_PREFIX + project_id


def member_of(account: str) -> str | None:
    return account[len(MEMBER_PREFIX):] if account.startswith(MEMBER_PREFIX) else None


def is_valid_account(account: str) -> bool:
    if account in (REWARDS, CONVERSION, MIGRATION):
        return True
    for prefix in (MEMBER_PREFIX, PROJECT_PREFIX):
        if account.startswith(prefix) and len(account) > len(prefix):
            return True
    return False


@dataclass
class Transfer:
    from_account: str
    to_account: str
    minutes: int
    kind: str
    reason: str = ""
    reverses: str | None = None
    activity_id: str | None = None
    activity_date: str | None = None
    beneficiary: str = ""
    verified_by: str = ""
    note: str = ""
    sheet_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # travels in the sync payload only


def _check_shape(t: Transfer) -> None:
    if not isinstance(t.minutes, int) or isinstance(t.minutes, bool) or t.minutes <= 0:
        raise ValidationError({"minutes": "Minutes must be a whole number above zero."})
    if t.kind not in KINDS:
        raise ValidationError({"kind": msg("Unknown transfer kind '{kind}'.", kind=t.kind)})
    if t.from_account == t.to_account:
        raise ValidationError({"to_account": "A transfer needs two different accounts."})
    for acct in (t.from_account, t.to_account):
        if not is_valid_account(acct):
            raise ValidationError({"account": msg("'{acct}' is not a ledger account.", acct=acct)})


def balance(conn: sqlite3.Connection, account: str) -> int:
    """The balance shown to people: server balance (if synced) + unacknowledged local moves."""
    server = conn.execute(
        "SELECT balance_minutes FROM tb_server_balances WHERE account = ?", (account,)
    ).fetchone()
    if server is None:
        return local_balance(conn, account)
    row = conn.execute(
        "SELECT (SELECT COALESCE(SUM(minutes), 0) FROM tb_transfers"
        "        WHERE to_account = ?1 AND synced = 0)"
        " - (SELECT COALESCE(SUM(minutes), 0) FROM tb_transfers"
        "    WHERE from_account = ?1 AND synced = 0)",
        (account,),
    ).fetchone()
    return int(server[0]) + int(row[0])


def local_balance(conn: sqlite3.Connection, account: str) -> int:
    """Sum of this database's transfers for the account (index-only range sums)."""
    row = conn.execute(
        "SELECT (SELECT COALESCE(SUM(minutes), 0) FROM tb_transfers WHERE to_account = ?1)"
        " - (SELECT COALESCE(SUM(minutes), 0) FROM tb_transfers WHERE from_account = ?1)",
        (account,),
    ).fetchone()
    return int(row[0])


def member_balance(conn: sqlite3.Connection, member_id: str) -> int:
    return balance(conn, member_account(member_id))


def all_local_balances(conn: sqlite3.Connection) -> dict[str, int]:
    sums: dict[str, int] = {}
    for acct, total in conn.execute(
        "SELECT to_account, SUM(minutes) FROM tb_transfers GROUP BY to_account"
    ):
        sums[acct] = sums.get(acct, 0) + total
    for acct, total in conn.execute(
        "SELECT from_account, SUM(minutes) FROM tb_transfers GROUP BY from_account"
    ):
        sums[acct] = sums.get(acct, 0) - total
    return sums


def post(conn: sqlite3.Connection, actor: Actor, transfer: Transfer) -> dict[str, Any]:
    """Append one transfer after checking that no member goes below zero."""
    return post_many(conn, actor, [transfer])[0]


def post_many(
    conn: sqlite3.Connection, actor: Actor, transfers: Sequence[Transfer], *,
    created_at: str | None = None,
) -> list[dict[str, Any]]:
    """Append transfers in one transaction (all or none), each with its outbox op."""
    for t in transfers:
        _check_shape(t)
    now = created_at or utcnow_iso()
    rows: list[dict[str, Any]] = []
    with transaction(conn):
        # Checked inside the write lock (BEGIN IMMEDIATE), so two hubs' volunteers on one
        # database cannot both spend the same minutes.
        spending: dict[str, int] = {}
        for t in transfers:
            if member_of(t.from_account):
                spending[t.from_account] = spending.get(t.from_account, 0) + t.minutes
        for acct, total in spending.items():
            have = balance(conn, acct)
            if total > have:
                raise ValidationError({"minutes": (
                    msg(
                        "Not enough time credits: the balance is {have}, this needs {total}.",
                        have=fmt_minutes(have), total=fmt_minutes(total))
                )})
        ids = batch_ids(len(transfers))
        for t, tid in zip(transfers, ids, strict=True):
            member = member_of(t.to_account) or member_of(t.from_account)
            row = {
                "id": tid, "hub_id": actor.hub_id, "created_by": actor.user_id,
                "created_at": now, "from_account": t.from_account, "to_account": t.to_account,
                "minutes": t.minutes, "kind": t.kind, "reverses": t.reverses,
                "reason": t.reason, "activity_id": t.activity_id,
                "activity_date": t.activity_date, "member_id": member,
                "beneficiary": t.beneficiary, "verified_by": t.verified_by, "note": t.note,
                "sheet_id": t.sheet_id,
            }
            rows.append(row)
        conn.executemany(_INSERT, [tuple(r[c] for c in _COLUMNS) for r in rows])
        if len(rows) < BULK_OUTBOX:
            for row, t in zip(rows, transfers, strict=True):
                outbox.enqueue(conn, "ledger_transfer", row["id"], {**row, **t.extra},
                               action="append")
        else:
            _enqueue_bulk(conn, rows, transfers)
    return rows


BULK_OUTBOX = 200


def _enqueue_bulk(conn: sqlite3.Connection, rows: list[dict[str, Any]],
                  transfers: Sequence[Transfer]) -> None:
    """The same outbox rows `outbox.enqueue` writes, in one executemany: a 10,000-row
    sheet spends most of its time in per-row enqueue calls otherwise (bench/timebank_bench.py).
    tests/timebank/test_ledger.py checks the rows match enqueue's exactly."""
    now = utcnow_iso()
    conn.executemany(
        "INSERT INTO outbox (op_id, kind, record_id, action, base_version, changed, payload,"
        " created_at) VALUES (?, 'ledger_transfer', ?, 'append', NULL, NULL, ?, ?)",
        [(op_id, row["id"], json.dumps({**row, **t.extra}, ensure_ascii=False,
                                         sort_keys=True), now)
         for op_id, row, t in zip(batch_ids(len(rows)), rows, transfers, strict=True)],
    )


def batch_ids(n: int) -> list[str]:
    """n UUIDv7s in creation order, cheaply: one `new_id()`, then its random tail
    incremented (RFC 9562 §6.2 method 2, "monotonic random"). Later `new_id()` calls
    still sort after these (their counter field is higher)."""
    first = new_id()
    if n <= 1:
        return [first][:n]
    base = uuid.UUID(first).int
    if (base & ((1 << 62) - 1)) + n >= (1 << 62):  # would carry out of the random field
        return [first] + [new_id() for _ in range(n - 1)]
    out = []
    for k in range(n):
        h = f"{base + k:032x}"
        out.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return out


def get_transfer(conn: sqlite3.Connection, transfer_id: str) -> dict[str, Any]:
    row = conn.execute("SELECT * FROM tb_transfers WHERE id = ?", (transfer_id,)).fetchone()
    if row is None:
        raise NotFoundError(msg(
            "No ledger transfer with id {transfer_id}.",
            transfer_id=transfer_id))
    return dict(row)


def reverse(
    conn: sqlite3.Connection, actor: Actor, transfer_id: str, reason: str
) -> dict[str, Any]:
    """Correct a transfer by moving the same minutes back; the original stays in history."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "Say why this transfer is being corrected."})
    with transaction(conn):
        original = get_transfer(conn, transfer_id)
        if original["reverses"]:
            raise ValidationError({"": "This is already a correction; log the entry again "
                                       "instead of correcting a correction."})
        done = conn.execute(
            "SELECT id FROM tb_transfers WHERE reverses = ?", (transfer_id,)
        ).fetchone()
        if done:
            raise ValidationError({"": "This transfer has already been corrected."})
        return post(conn, actor, Transfer(
            from_account=original["to_account"], to_account=original["from_account"],
            minutes=original["minutes"], kind="correction", reverses=transfer_id,
            reason=reason, activity_id=original["activity_id"],
            activity_date=original["activity_date"],
        ))


def history(
    conn: sqlite3.Connection, account: str, *, limit: int = 50,
    before: tuple[str, str] | None = None,
) -> list[dict[str, Any]]:
    """Newest first, each with `signed` minutes and the `running` balance after it.

    The running balance is walked back from the current balance, so the
    first page needs only the balance and one page of rows.
    """
    params: dict[str, Any] = {"acct": account, "limit": limit}
    cond = ""
    if before:
        cond = " AND (created_at, id) < (:at, :id)"
        params.update(at=before[0], id=before[1])
    sql = (
        f"SELECT * FROM (SELECT * FROM tb_transfers WHERE to_account = :acct{cond}"
        f" UNION ALL SELECT * FROM tb_transfers WHERE from_account = :acct{cond})"
        " ORDER BY created_at DESC, id DESC LIMIT :limit"
    )
    rows = [dict(r) for r in conn.execute(sql, params)]
    running = balance(conn, account)
    if before:
        running -= _sum_since(conn, account, before)
    for r in rows:
        r["signed"] = r["minutes"] if r["to_account"] == account else -r["minutes"]
        r["running"] = running
        running -= r["signed"]
    return rows


def _sum_since(conn: sqlite3.Connection, account: str, at: tuple[str, str]) -> int:
    row = conn.execute(
        "SELECT (SELECT COALESCE(SUM(minutes), 0) FROM tb_transfers WHERE to_account = ?1"
        "        AND (created_at, id) >= (?2, ?3))"
        " - (SELECT COALESCE(SUM(minutes), 0) FROM tb_transfers WHERE from_account = ?1"
        "    AND (created_at, id) >= (?2, ?3))",
        (account, *at),
    ).fetchone()
    return int(row[0])


def mark_transfers_synced(conn: sqlite3.Connection, ids: Iterable[str]) -> int:
    """The sync client calls this (inside its transaction) when the server acknowledged them."""
    ids = list(ids)
    count = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        count += conn.execute(
            f"UPDATE tb_transfers SET synced = 1 WHERE id IN ({marks}) AND synced = 0", chunk
        ).rowcount
    return count


@dataclass
class LedgerCheck:
    total: int
    negative_members: dict[str, int]
    broken_reversals: list[str]

    @property
    def ok(self) -> bool:
        return self.total == 0 and not self.negative_members and not self.broken_reversals


def check(conn: sqlite3.Connection) -> LedgerCheck:
    """Re-derive every balance and check the invariants (zero sum, no member overdrawn,
    every correction mirrors its original)."""
    sums = all_local_balances(conn)
    negative = {a: b for a, b in sums.items() if member_of(a) and b < 0}
    broken = [r[0] for r in conn.execute(
        "SELECT c.id FROM tb_transfers c JOIN tb_transfers o ON o.id = c.reverses"
        " WHERE c.from_account != o.to_account OR c.to_account != o.from_account"
        " OR c.minutes != o.minutes"
    )]
    return LedgerCheck(sum(sums.values()), negative, broken)


def fmt_minutes(minutes: int) -> str:
    sign = "-" if minutes < 0 else ""
    h, m = divmod(abs(minutes), 60)
    return f"{sign}{h}h {m:02d}m"
