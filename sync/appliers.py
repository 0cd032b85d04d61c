"""Applying pulled changes (and the server's side of a conflict) to local tables.

One registry maps a kind to the function that applies it. Other parts own
their tables, so their appliers are imported lazily by name: if a module is
not installed yet the change waits in ``sync_unapplied`` (nothing lost) and is
applied by a later sync. People, enquiries, notes and consent events (the
foundation's tables) are applied here.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import sqlite3
from collections.abc import Callable
from typing import Any

from sync import protocol as p

Change = dict[str, Any]  # kind, record_id, action, version, payload


class NoApplierError(LookupError):
    """No code here can apply this kind yet (its module not installed)."""


def _lazy(module: str, attr: str) -> Callable[..., Any]:
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            raise NoApplierError(f"{module} is not installed") from None
        raise
    fn = getattr(mod, attr, None)
    if fn is None:
        raise NoApplierError(f"{module}.{attr} does not exist yet")
    return fn


# --- other parts' tables ------------------------------------------------------

def _service(conn: sqlite3.Connection, ch: Change) -> None:
    store = "accesspoint.directory.store"
    if ch["action"] == "delete":
        _lazy(store, "retire_service")(conn, ch["record_id"])
    else:
        _lazy(store, "apply_service")(conn, ch["payload"])


def _services(conn: sqlite3.Connection, changes: list[Change]) -> dict[str, Exception]:
    """A page's services in one set-based write (the per-change path costs ~1.5 ms each)."""
    fn = _lazy("accesspoint.directory.store", "apply_services")
    return fn(conn, [(ch["record_id"], None if ch["action"] == "delete" else ch["payload"])
                     for ch in changes])


def _local_service(conn: sqlite3.Connection, ch: Change) -> None:
    """This hub's local service from another of its computers: in search, marked local."""
    _lazy("accesspoint.directory.local", "apply_pulled")(
        conn, ch["record_id"], None if ch["action"] == "delete" else ch["payload"],
        int(ch.get("version") or 1))


def _signposting(conn: sqlite3.Connection, ch: Change) -> None:
    """A signposting fact. This app records signposts as referrals of kind 'signpost'
    (and sends them as `referral`); one arriving as `signposting` (another client, or an
    older one) is kept the same way, so the enquiry's follow-up and the person's history
    at this hub show it whichever computer recorded it."""
    if ch["action"] == "delete":
        conn.execute("UPDATE referrals SET closed_at = COALESCE(closed_at, updated_at)"
                     " WHERE id = ?", (ch["record_id"],))
        return
    pl = ch["payload"] or {}
    created = pl.get("created_at")
    _upsert_row(conn, "referrals", {
        **pl, "id": ch["record_id"], "kind": "signpost",
        "status": pl.get("status") or "closed", "updated_at": pl.get("updated_at") or created,
        "closed_at": pl.get("closed_at") or created, "version": ch.get("version") or 1})


def _redemption(conn: sqlite3.Connection, ch: Change) -> None:
    """A reward redeemed on another of this hub's computers. Its voucher must check as
    real here and the reward's stock go down (stock counts redemptions). The member's
    balance comes down separately (kind `balance`) and already includes the spend, so
    the spend is kept as an already-synced transfer: it never counts twice."""
    if ch["action"] == "delete":
        return  # redemptions are facts; a refund is a reversing transfer
    pl = ch["payload"] or {}
    rid = ch["record_id"]
    if pl.get("cancels"):
        _redemption_cancelled(conn, pl)
        return
    if conn.execute("SELECT 1 FROM tb_redemptions WHERE id = ?", (rid,)).fetchone():
        return
    reward = conn.execute("SELECT name FROM tb_rewards WHERE id = ?",
                          (pl.get("reward_id"),)).fetchone()
    if reward is None:
        # Held (and retried after the rest of the pull) until the reward is here.
        raise LookupError(f"reward {pl.get('reward_id')!r} is not here yet")
    if not conn.execute("SELECT 1 FROM tb_transfers WHERE id = ?",
                        (pl["transfer_id"],)).fetchone():
        conn.execute(
            "INSERT INTO tb_transfers (id, hub_id, created_by, created_at, from_account,"
            " to_account, minutes, kind, reason, member_id, synced)"
            " VALUES (?, ?, ?, ?, ?, 'rewards', ?, 'spend', ?, ?, 1)",
            (pl["transfer_id"], pl["hub_id"], pl["created_by"], pl["created_at"],
             f"{p.MEMBER_ACCOUNT_PREFIX}{pl['member_id']}", int(pl["cost_minutes"]),
             reward[0], pl["member_id"]))
    _upsert_row(conn, "tb_redemptions", {**pl, "id": rid})


def _redemption_cancelled(conn: sqlite3.Connection, pl: dict[str, Any]) -> None:
    """A redemption cancelled on another of this hub's computers (rewards.cancel_redemption).
    The reversing transfer is kept as already synced, like the spend: the refund is in
    the council's balance, which comes down as kind `balance`. With it here the voucher
    checks as cancelled and the stock comes back."""
    spend = conn.execute("SELECT transfer_id, member_id, cost_minutes FROM tb_redemptions"
                         " WHERE id = ?", (pl["cancels"],)).fetchone()
    if spend is None:
        # Held (and retried after the rest of the pull) until the redemption is here.
        raise LookupError(f"redemption {pl['cancels']!r} is not here yet")
    if conn.execute("SELECT 1 FROM tb_transfers WHERE reverses = ? OR id = ?",
                    (spend[0], pl["transfer_id"])).fetchone():
        return  # cancelled here too (or already applied): never refund twice
    conn.execute(
        "INSERT INTO tb_transfers (id, hub_id, created_by, created_at, from_account,"
        " to_account, minutes, kind, reverses, reason, member_id, synced)"
        " VALUES (?, ?, ?, ?, 'rewards', ?, ?, 'correction', ?, ?, ?, 1)",
        (pl["transfer_id"], pl["hub_id"], pl["created_by"], pl["created_at"],
         f"{p.MEMBER_ACCOUNT_PREFIX}{spend[1]}", int(spend[2]), spend[0],
         pl.get("reason") or "", spend[1]))


def _postcode(conn: sqlite3.Connection, ch: Change) -> None:
    if ch["action"] == "delete":
        return  # postcodes are never withdrawn locally; a terminated one stays findable
    pl = ch["payload"]
    _lazy("accesspoint.directory.store", "apply_postcode")(
        conn, pl.get("postcode") or ch["record_id"], float(pl["lat"]), float(pl["long"]))


def _timebank(attr: str) -> Callable[[sqlite3.Connection, Change], None]:
    def apply(conn: sqlite3.Connection, ch: Change) -> None:
        module = "accesspoint.timebank.sync_apply"
        if ch["action"] == "delete":
            fn = _lazy(module, attr.replace("apply_", "delete_"))
            fn(conn, ch["record_id"])
        else:
            _lazy(module, attr)(conn, {**ch["payload"], "version": ch["version"]}
                                if attr == "apply_member" else ch["payload"])
    return apply


# --- foundation tables --------------------------------------------------------

def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _upsert_row(conn: sqlite3.Connection, table: str, payload: dict[str, Any],
                extra: dict[str, Any] | None = None) -> None:
    """Update the row if it exists (a partial record must not trip NOT NULL), else insert."""
    cols = set(_columns(conn, table))
    row = {k: v for k, v in {**payload, **(extra or {})}.items() if k in cols}
    for k, v in row.items():
        if isinstance(v, (list, dict)):
            row[k] = json.dumps(v)
    sets = [c for c in row if c != "id"]
    exists = conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row["id"],)).fetchone()
    if exists:
        if sets:
            conn.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in sets)}"
                         " WHERE id = ?", (*(row[c] for c in sets), row["id"]))
        return
    names = list(row)
    conn.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES"
                 f" ({', '.join('?' * len(names))})", tuple(row.values()))


def _person(conn: sqlite3.Connection, ch: Change) -> None:
    if ch["action"] == "delete":
        erase_person(conn, ch["record_id"])
        return
    from accesspoint.people import _index  # the same search index as local edits
    from accesspoint.textnorm import phone_digits, postcode_key

    pl = {**ch["payload"], "id": ch["record_id"], "version": ch["version"]}
    _upsert_row(conn, "people", pl, {
        "phone_digits": phone_digits(pl.get("phone") or ""),
        "postcode_key": postcode_key(pl.get("postcode") or ""),
    })
    _index(conn, ch["record_id"], pl.get("given_name") or "", pl.get("family_name") or "")


def _enquiry(conn: sqlite3.Connection, ch: Change) -> None:
    if ch["action"] == "delete":
        conn.execute("DELETE FROM enquiries WHERE id = ?", (ch["record_id"],))
        return
    pl = {**ch["payload"], "id": ch["record_id"], "version": ch["version"]}
    needs = pl.pop("needs", None)
    _upsert_row(conn, "enquiries", pl)
    if needs is not None:
        conn.execute("DELETE FROM enquiry_needs WHERE enquiry_id = ?", (ch["record_id"],))
        conn.executemany("INSERT OR IGNORE INTO enquiry_needs (enquiry_id, need_code)"
                         " VALUES (?, ?)", [(ch["record_id"], n) for n in needs])


def _fact(table: str) -> Callable[[sqlite3.Connection, Change], None]:
    def apply(conn: sqlite3.Connection, ch: Change) -> None:
        if ch["action"] == "delete":
            conn.execute(f"DELETE FROM {table} WHERE id = ?", (ch["record_id"],))
        else:
            _upsert_row(conn, table, {**ch["payload"], "id": ch["record_id"]})
    return apply


def _referral(conn: sqlite3.Connection, ch: Change) -> None:
    if ch["action"] == "delete":
        conn.execute("UPDATE referrals SET closed_at = COALESCE(closed_at, updated_at)"
                     " WHERE id = ?", (ch["record_id"],))
        return
    _upsert_row(conn, "referrals", {**ch["payload"], "id": ch["record_id"],
                                    "version": ch["version"]})


def _referral_event(conn: sqlite3.Connection, ch: Change) -> None:
    """A status update (often made at the council): kept in the history, and the
    referral shows it if it is the newest news."""
    _fact("referral_events")(conn, ch)
    pl = ch.get("payload") or {}
    if ch["action"] != "delete" and pl.get("referral_id") and pl.get("status"):
        conn.execute("UPDATE referrals SET status = ?, updated_at = ? WHERE id = ?"
                     " AND updated_at <= ?", (pl["status"], pl.get("created_at"),
                                              pl["referral_id"], pl.get("created_at")))


# Other parts may add erasure steps for their own rows: fn(conn, person_id).
ERASE_HOOKS: list[Callable[[sqlite3.Connection, str], None]] = []

_PERSONAL = ("given_name", "family_name", "phone", "email", "postcode", "address",
             "accessibility_needs", "phone_digits", "postcode_key")


def erase_person(conn: sqlite3.Connection, person_id: str) -> None:
    """A person erased at the council: remove them here too, keeping the hub's counts."""
    for hook in ERASE_HOOKS:
        hook(conn, person_id)
    conn.execute("DELETE FROM person_tokens WHERE person_id = ?", (person_id,))
    conn.execute("UPDATE enquiries SET person_id = NULL WHERE person_id = ?", (person_id,))
    conn.execute("UPDATE consent_events SET person_id = NULL WHERE person_id = ?", (person_id,))
    conn.execute("UPDATE people SET merged_into = NULL WHERE merged_into = ?", (person_id,))
    conn.execute("SAVEPOINT erase_person")
    try:
        conn.execute("DELETE FROM people WHERE id = ?", (person_id,))
        conn.execute("RELEASE erase_person")
    except sqlite3.IntegrityError:
        # Still referenced by another part's rows (a time-bank member): blank it instead.
        conn.execute("ROLLBACK TO erase_person")
        conn.execute("RELEASE erase_person")
        sets = ", ".join(f"{c} = ''" for c in _PERSONAL)
        conn.execute(f"UPDATE people SET {sets}, date_of_birth = NULL WHERE id = ?",
                     (person_id,))


APPLIERS: dict[str, Callable[[sqlite3.Connection, Change], None]] = {
    "service": _service,
    "local_service": _local_service,
    "signposting": _signposting,
    "redemption": _redemption,
    "postcode": _postcode,
    "member": _timebank("apply_member"),
    "balance": _timebank("apply_balance"),
    "reward": _timebank("apply_reward"),
    "activity": _timebank("apply_activity"),
    "opportunity": _timebank("apply_opportunity"),
    "person": _person,
    "enquiry": _enquiry,
    "enquiry_note": _fact("enquiry_notes"),
    "consent_event": _fact("consent_events"),
    "referral": _referral,
    "referral_event": _referral_event,
    "directory_report": _fact("directory_reports"),
    "audit_event": _fact("audit_events"),
    "legal_hold": lambda conn, ch: _lazy("sync.holds_apply", "apply_hold")(conn, ch),
    # Equality tallies are for the council; another PC of the hub keeps none.
    "equality_tally": lambda _conn, _ch: None,
}


# Kinds that can also be applied a page at a time: fn(conn, changes) -> {record_id: error}
# for the changes it could not apply (the others are applied). Raising means none were.
BULK_APPLIERS: dict[str, Callable[[sqlite3.Connection, list[Change]], dict[str, Exception]]] = {
    "service": _services,
}


def apply_change(conn: sqlite3.Connection, change: Change) -> None:
    """Apply one change; raises NoApplierError if this kind cannot be applied yet."""
    fn = APPLIERS.get(change["kind"])
    if fn is None:
        raise NoApplierError(f"no applier for kind {change['kind']!r}")
    fn(conn, change)
    if change["action"] != "delete" and (change.get("payload") or {}).get("anonymised_at"):
        # The council's retention anonymised it: destroy the local history of the
        # old details too (revisions, notes on transfers), as local retention would.
        _lazy("accesspoint.security.retention", "scrub_pulled")(
            conn, change["kind"], change["record_id"])


# --- after our own upsert was acknowledged --------------------------------------

VERSIONED_TABLES = {"person": "people", "enquiry": "enquiries", "referral": "referrals"}


def set_local_version(conn: sqlite3.Connection, kind: str, record_id: str,
                      version: int) -> None:
    """Keep the local version in step with the server's, so the next edit's base matches."""
    table = VERSIONED_TABLES.get(kind)
    if table is not None:
        conn.execute(f"UPDATE {table} SET version = ? WHERE id = ?", (version, record_id))
        return
    if kind == "local_service":
        conn.execute("UPDATE dir_services SET version = ? WHERE id = ? AND local = 1",
                     (version, record_id))
        return
    if kind == "member":
        # The time bank's tables may not be installed.
        with contextlib.suppress(sqlite3.OperationalError):
            conn.execute("UPDATE tb_members SET version = ? WHERE id = ?", (version, record_id))
