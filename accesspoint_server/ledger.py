"""The time-bank ledger: double entry in whole minutes, applied from every hub.

The server is the authority for balances. A transfer is never dropped: if it
takes a member below zero it is applied and flagged ``overdrawn`` for a
coordinator (two hubs spending the same minutes offline). A transfer that
reverses one already reversed (two computers cancelling the same voucher, or
correcting the same entry, offline) is kept as a record but moves nothing: it is
answered ``applied`` with the flag ``already_reversed``, so the pusher counts it
as synced and its balance is the council's, refunded once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, func, select, update

from sync import protocol as p

from . import models as m
from .db import among, bulk_insert

MAX_MINUTES = 10_000 * 60
FLAG_ALREADY_REVERSED = "already_reversed"


def member_of(account: str) -> str | None:
    if account.startswith(p.MEMBER_ACCOUNT_PREFIX):
        return account[len(p.MEMBER_ACCOUNT_PREFIX):]
    return None


class Ledger:
    def __init__(self, conn: Connection, now: str) -> None:
        self.conn = conn
        self.now = now
        self.balances: dict[str, int] = {}
        self.known: set[str] = set()
        self.touched: dict[str, None] = {}
        self.rows: list[dict[str, Any]] = []
        self.reversed: set[str] = set()  # transfers known to be reversed already
        self.looked_up: set[str] = set()  # ... of those asked about

    def _reverses(self, payload: dict[str, Any]) -> str | None:
        reverses = payload.get("reverses")
        return str(reverses)[:64] if reverses else None

    def prefetch_reversals(self, transfers: list[dict[str, Any]]) -> None:
        """Which of the transfers these reverse are reversed on the server already.
        Only corrections ask (rare), so this read is skipped for most batches."""
        wanted = {r for t in transfers if (r := self._reverses(t))} - self.looked_up
        ids = list(wanted)
        self.looked_up |= wanted
        t = m.ledger_transfers
        for i in range(0, len(ids), 500):
            self.reversed.update(row.reverses for row in self.conn.execute(
                select(t.c.reverses).where(among(self.conn, t.c.reverses, ids[i:i + 500]))))

    def prefetch(self, transfers: list[dict[str, Any]]) -> None:
        self.prefetch_reversals(transfers)
        accounts = {str(t.get(k)) for t in transfers for k in ("from_account", "to_account")
                    if isinstance(t.get(k), str)}
        accounts -= set(self.balances)
        ids = list(accounts)
        for i in range(0, len(ids), 500):
            for row in self.conn.execute(select(m.balances).where(
                    among(self.conn, m.balances.c.account, ids[i:i + 500]))):
                self.balances[row.account] = int(row.balance_minutes)
                self.known.add(row.account)

    def validate(self, record_id: str, payload: dict[str, Any]) -> str | None:
        src, dst, minutes = (payload.get("from_account"), payload.get("to_account"),
                             payload.get("minutes"))
        if payload.get("id", record_id) != record_id:
            return "The transfer id does not match the record id."
        for acc in (src, dst):
            if not isinstance(acc, str) or not acc or len(acc) > 120:
                return "A transfer needs from_account and to_account."
        if src == dst:
            return "A transfer must move minutes between two different accounts."
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not (
                0 < minutes <= MAX_MINUTES):
            return "A transfer moves a positive whole number of minutes."
        return None

    def _balance(self, account: str) -> int:
        if account not in self.balances:
            self.prefetch([{"from_account": account}])
            self.balances.setdefault(account, 0)
        return self.balances[account]

    def apply(self, hub_id: str, record_id: str, payload: dict[str, Any]) -> list[str]:
        src, dst, minutes = payload["from_account"], payload["to_account"], payload["minutes"]
        reverses = self._reverses(payload)
        if reverses is not None:
            if reverses not in self.looked_up:
                self.prefetch_reversals([payload])
            if reverses in self.reversed:
                return [FLAG_ALREADY_REVERSED]  # a second refund would count twice
            self.reversed.add(reverses)
        after = self._balance(src) - minutes
        self.balances[src] = after
        self.balances[dst] = self._balance(dst) + minutes
        self.touched[src] = None
        self.touched[dst] = None
        overdrawn = member_of(src) is not None and after < 0
        created = payload.get("created_at")
        self.rows.append({
            "id": record_id, "hub_id": hub_id, "from_account": src, "to_account": dst,
            "minutes": minutes, "created_at": str(created)[:40] if created else None,
            "reverses": reverses, "overdrawn": overdrawn,
            "balance_after": after, "received_at": self.now})
        return [p.FLAG_OVERDRAWN] if overdrawn else []

    def flush(self) -> list[tuple[str, str | None, int]]:
        """Write transfers and balances; return (account, member_id, balance) touched."""
        if self.rows:
            bulk_insert(self.conn, m.ledger_transfers, self.rows)
        new = [{"account": a, "balance_minutes": self.balances[a]}
               for a in self.touched if a not in self.known]
        old = [{"b_account": a, "b_balance": self.balances[a]}
               for a in self.touched if a in self.known]
        if new:
            bulk_insert(self.conn, m.balances, new)
        if old:
            self.conn.execute(update(m.balances)
                              .where(m.balances.c.account == bindparam("b_account"))
                              .values(balance_minutes=bindparam("b_balance")), old)
        self.known.update(self.touched)
        out = [(a, member_of(a), self.balances[a]) for a in self.touched]
        self.touched.clear()
        self.rows.clear()
        return out


def check(conn: Connection) -> dict[str, Any]:
    """Zero-sum and cache-vs-transfers check, for coordinators and tests."""
    total = conn.execute(select(func.coalesce(func.sum(m.balances.c.balance_minutes), 0)))
    derived: dict[str, int] = {}
    for row in conn.execute(select(m.ledger_transfers.c.from_account,
                                   m.ledger_transfers.c.to_account, m.ledger_transfers.c.minutes)):
        derived[row.from_account] = derived.get(row.from_account, 0) - row.minutes
        derived[row.to_account] = derived.get(row.to_account, 0) + row.minutes
    cached = {r.account: int(r.balance_minutes) for r in conn.execute(select(m.balances))}
    mismatched = sorted(a for a in derived.keys() | cached.keys()
                        if derived.get(a, 0) != cached.get(a, 0))
    return {"sum_minutes": int(total.scalar_one()), "accounts": len(cached),
            "mismatched_accounts": mismatched,
            "ok": int(sum(cached.values())) == 0 and not mismatched}
