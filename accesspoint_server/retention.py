"""Retention on the council server (issue 7), the same rules as on a hub
(accesspoint/security/retention.py), applied to what every hub has synced:

- ``enquiry``: older than the period, an enquiry loses its description, its
  accessibility notes, its notes (tombstoned) and its link to the person; needs,
  channel, urgency, outcome, safeguarding flag, language and dates stay, so the
  statistics still add up.
- ``person``: not seen for the period (no edit, no enquiry), a person loses name,
  date of birth, phone, email, address and accessibility needs; the postcode is cut
  to its district. Time-bank members linked to them lose their names and contact
  details too; their ledger transfers keep their minutes (the ledger stays zero-sum).

A legal hold (set by the council, or by a hub coordinator and synced as an audit
event) on the record, or for an enquiry on its person, exempts it. Each change is
a new version published to the owning hub, so a hub pulling afterwards receives the
anonymised record, and a hub still holding an older version meets a conflict
instead of writing the old details back. Runs are idempotent (``anonymised``).

Schedule it daily, e.g. in the council server's crontab::

    15 2 * * *  accesspoint-server retention run --db "$ACCESSPOINT_SERVER_DB"
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, select

from sync import protocol as p

from . import models as m
from .answer_scrub import scrub_stored_copies
from .db import Database, bulk_insert, get_meta, set_meta
from .holds import audit, held
from .records import RecordStore
from .timeutil import iso, now, now_iso, parse_iso

SETTING = "retention_days"
DEFAULTS = {"enquiry": 3 * 365, "person": 3 * 365}
MIN_DAYS, MAX_DAYS = 30, 100 * 365
ENQUIRY_WIPE = {"description": "", "accessibility_needs": "", "person_id": None}
PERSON_WIPE = {"given_name": "", "family_name": "", "phone": "", "email": "", "address": "",
               "accessibility_needs": "", "date_of_birth": None}
# The member number stays: it is the pseudonymous key of the ledger and the statistics.
MEMBER_WIPE = {"given_name": "", "family_name": "", "card_number": "", "ypc_number": "",
               "skills": [], "interests": [], "availability": []}


def periods(db: Database) -> dict[str, int]:
    with db.read() as conn:
        text = get_meta(conn, SETTING)
    return {**DEFAULTS, **(json.loads(text) if text else {})}


def set_period(db: Database, actor: str, kind: str, days: int) -> dict[str, int]:
    if kind not in DEFAULTS:
        raise ValueError(f"retention applies to: {', '.join(DEFAULTS)}")
    if not MIN_DAYS <= int(days) <= MAX_DAYS:
        raise ValueError(f"choose between {MIN_DAYS} and {MAX_DAYS} days")
    new = {**periods(db), kind: int(days)}
    with db.write() as conn:
        set_meta(conn, SETTING, json.dumps(new, sort_keys=True))
        audit(conn, actor, "retention_set", kind, "", f"{kind}={int(days)}")
    return new


def _when(pl: dict[str, Any], *fields: str) -> datetime | None:
    stamps = []
    for f in fields:
        value = pl.get(f)
        if value:
            try:
                stamps.append(parse_iso(str(value)))
            except ValueError:
                continue
    return max(stamps) if stamps else None


def _live(conn: Connection, kind: str) -> list[Any]:
    return conn.execute(select(m.records).where(m.records.c.kind == kind,
                                                m.records.c.deleted.is_(False))).all()


def _wipe(store: RecordStore, kind: str, record_id: str, values: dict[str, Any],
          extra: dict[str, Any] | None = None) -> None:
    rec = store.get(kind, record_id)
    if rec is None or rec.payload is None:
        return  # erased meanwhile: nothing left to anonymise
    payload = dict(rec.payload)
    for key, value in values.items():
        # A hub applies only the fields a payload names, so each one is sent blanked.
        if key in payload or key in ("person_id", "description"):
            payload[key] = value
    payload.update(extra or {})
    payload["anonymised_at"] = store.now
    store.update(rec, payload)
    visible_to = rec.hub_id if kind in p.HUB_KINDS else None
    store.emit(kind, record_id, visible_to, None, "upsert", rec.version, rec.payload)


def _scrub_transfers(conn: Connection, store: RecordStore, member_id: str) -> None:
    """The words on a member's transfers go; accounts and minutes (the ledger) stay.
    Transfers flow up only, so nothing is published."""
    t, account = m.ledger_transfers, f"{p.MEMBER_ACCOUNT_PREFIX}{member_id}"
    for (tid,) in conn.execute(select(t.c.id).where((t.c.from_account == account)
                                                    | (t.c.to_account == account))):
        rec = store.get("ledger_transfer", tid)
        if rec is None or rec.payload is None:
            continue
        if any(rec.payload.get(k) for k in ("note", "beneficiary")):
            store.update(rec, {**rec.payload, "note": "", "beneficiary": ""})


class _Done:
    """What a run anonymised: written in bulk at the end (marks, audit rows)."""

    def __init__(self, actor: str, at: str) -> None:
        self.actor, self.at = actor, at
        self.keys: set[tuple[str, str]] = set()

    def add(self, kind: str, record_id: str) -> None:
        self.keys.add((kind, record_id))

    def write(self, conn: Connection) -> None:
        if not self.keys:
            return
        ordered = sorted(self.keys)
        bulk_insert(conn, m.anonymised, [
            {"kind": k, "record_id": r, "anonymised_at": self.at, "rule": "retention"}
            for k, r in ordered])
        bulk_insert(conn, m.server_audit, [
            {"id": str(uuid.uuid4()), "at": self.at, "actor": self.actor[:200],
             "action": "anonymised", "kind": k, "record_id": r, "detail": "retention"}
            for k, r in ordered])
        scrub_stored_copies(conn, self.keys)


def run(db: Database, actor: str, at: datetime | None = None) -> dict[str, dict[str, int]]:
    """Apply every rule once; counts per kind: anonymised, held, already (done earlier)."""
    at = at or now()
    days = periods(db)
    report = {k: {"anonymised": 0, "held": 0, "already": 0} for k in (*DEFAULTS, "member")}
    report["enquiry_note"] = {"destroyed": 0}
    stamp = now_iso()
    with db.write() as conn:
        store = RecordStore(conn, stamp)
        wiped = _Done(actor, stamp)
        done = {(r.kind, r.record_id) for r in conn.execute(select(m.anonymised))}
        on_hold = held(conn)
        enquiries = _live(conn, "enquiry")
        # --- enquiries past their period ---
        cutoff = at - timedelta(days=days["enquiry"])
        due = []
        for r in enquiries:
            pl = json.loads(r.payload or "{}")
            created = _when(pl, "created_at") or parse_iso(r.created_at)
            if created >= cutoff:
                continue
            if ("enquiry", r.record_id) in done:
                report["enquiry"]["already"] += 1
            elif ("enquiry", r.record_id) in on_hold or ("person", pl.get("person_id")) in on_hold:
                report["enquiry"]["held"] += 1
            else:
                due.append(r.record_id)
        due_set = set(due)
        if due:
            notes = [n.record_id for n in _live(conn, "enquiry_note")
                     if json.loads(n.payload or "{}").get("enquiry_id") in due_set]
            store.prefetch({("enquiry", rid) for rid in due}
                           | {("enquiry_note", nid) for nid in notes})
            for note_id in notes:
                rec = store.get("enquiry_note", note_id)
                if rec is None:
                    continue
                store.tombstone(rec)
                store.emit("enquiry_note", rec.record_id, rec.hub_id, None, "delete",
                           rec.version, None)
                report["enquiry_note"]["destroyed"] += 1
        for rid in due:
            _wipe(store, "enquiry", rid, ENQUIRY_WIPE)
            wiped.add("enquiry", rid)
            report["enquiry"]["anonymised"] += 1

        # --- people not seen for their period ---
        cutoff = at - timedelta(days=days["person"])
        last_seen: dict[str, datetime] = {}
        for r in enquiries:
            pl = json.loads(r.payload or "{}")
            pid, when = pl.get("person_id"), _when(pl, "created_at")
            if pid and when and (pid not in last_seen or when > last_seen[pid]):
                last_seen[pid] = when
        members_of: dict[str, list[str]] = {}
        for r in _live(conn, "member"):
            pid = json.loads(r.payload or "{}").get("person_id")
            if pid:
                members_of.setdefault(pid, []).append(r.record_id)
        # A member giving or receiving time has been seen, enquiry or not.
        member_person = {mid: pid for pid, mids in members_of.items() for mid in mids}
        t = m.ledger_transfers
        for account, created in conn.execute(select(t.c.to_account, t.c.created_at)).all() + \
                conn.execute(select(t.c.from_account, t.c.created_at)).all():
            pid = member_person.get(account.removeprefix(p.MEMBER_ACCOUNT_PREFIX))
            when = _when({"c": created}, "c")
            if pid and when and (pid not in last_seen or when > last_seen[pid]):
                last_seen[pid] = when
        people_due: list[tuple[str, dict[str, Any]]] = []
        for r in _live(conn, "person"):
            pl = json.loads(r.payload or "{}")
            # When the hub last saw them (not when the server received the record).
            seen = max(filter(None, (_when(pl, "created_at", "updated_at")
                                     or parse_iso(r.created_at),
                                     last_seen.get(r.record_id))))
            if seen >= cutoff or pl.get("merged_into"):
                continue
            if ("person", r.record_id) in done:
                report["person"]["already"] += 1
                continue
            if ("person", r.record_id) in on_hold:
                report["person"]["held"] += 1
                continue
            people_due.append((r.record_id, pl))
        store.prefetch({("person", pid) for pid, _pl in people_due}
                       | {("member", mid) for pid, _pl in people_due
                          for mid in members_of.get(pid, [])})
        for pid, pl in people_due:
            district = str(pl.get("postcode") or "").strip().split(" ")[0].upper()
            _wipe(store, "person", pid, PERSON_WIPE, {"postcode": district})
            wiped.add("person", pid)
            report["person"]["anonymised"] += 1
            for mid in members_of.get(pid, []):
                if ("member", mid) in done:
                    report["member"]["already"] += 1
                elif ("member", mid) in on_hold:
                    report["member"]["held"] += 1
                else:
                    _wipe(store, "member", mid, MEMBER_WIPE)
                    _scrub_transfers(conn, store, mid)
                    wiped.add("member", mid)
                    report["member"]["anonymised"] += 1
        store.flush()
        wiped.write(conn)
        audit(conn, actor, "retention_run", "", "", ";".join(
            f"{k}={v.get('anonymised', v.get('destroyed', 0))}" for k, v in report.items())
            + f";at={iso(at)}")
    return report
