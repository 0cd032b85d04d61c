"""Council administration: exports across all hubs, backup/restore, catalogue."""

from __future__ import annotations

import csv
import json
import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import IO, Any

from sqlalchemy import delete, select
from sqlalchemy.engine import make_url

from . import models as m
from .db import Database
from .ledger import member_of
from .records import RecordStore
from .timeutil import iso, now, now_iso

# Leading columns match the hub app's exports (docs/exports.md); for kinds the
# app defines by payload, the remaining payload fields follow, sorted.
ENQUIRY_COLUMNS = (
    "id", "reference", "hub_id", "created_by", "created_at", "updated_at", "version",
    "person_id", "channel", "needs", "description", "preferred_language",
    "interpreter_needed", "accessibility_needs", "urgency", "safeguarding", "outcome",
    "follow_up_date", "follow_up_done_at",
)
PEOPLE_COLUMNS = (
    "id", "hub_id", "created_by", "created_at", "updated_at", "version", "given_name",
    "family_name", "date_of_birth", "phone", "email", "postcode", "address",
    "preferred_language", "interpreter_needed", "accessibility_needs", "merged_into",
)
MEMBER_COLUMNS = (
    "id", "member_number", "person_id", "given_name", "family_name", "member_type",
    "card_number", "ypc_number", "organisation_name", "skills", "interests", "availability",
    "hubs", "employment_support", "joined_on", "status", "hub_id", "created_by",
    "created_at", "updated_at", "version",
)
# The app's ledger columns, then what only the server knows.
LEDGER_COLUMNS = (
    "id", "from_account", "to_account", "minutes", "created_at", "reverses", "reason", "kind",
    "activity_id", "activity_date", "member_id", "beneficiary", "verified_by", "note",
    "hub_id", "created_by", "sheet_id", "overdrawn", "received_at",
)
BALANCE_COLUMNS = ("account", "member_number", "balance_minutes", "display_balance_minutes",
                   "member_id")
REWARD_COLUMNS = (
    "id", "name", "provider", "cost_minutes", "financial", "eligible_types", "stock",
    "redeemed", "remaining", "valid_from", "valid_to", "active", "description",
)
RECORD_EXPORTS = {"enquiries": ("enquiry", ENQUIRY_COLUMNS), "people": ("person", PEOPLE_COLUMNS),
                  "members": ("member", MEMBER_COLUMNS), "rewards": ("reward", REWARD_COLUMNS)}
EXPORT_KINDS = (*RECORD_EXPORTS, "ledger", "balances")
CATALOGUE_KINDS = {"rewards": "reward", "activities": "activity", "opportunities": "opportunity"}


def export_rows(db: Database, kind: str) -> tuple[list[str], list[dict[str, Any]]]:
    with db.read() as conn:
        if kind == "balances":
            numbers = {r.record_id: json.loads(r.payload or "{}").get("member_number")
                       for r in conn.execute(select(m.records.c.record_id, m.records.c.payload)
                                             .where(m.records.c.kind == "member"))}
            rows = [{"account": r.account, "member_id": member_of(r.account),
                     "member_number": numbers.get(member_of(r.account) or ""),
                     "balance_minutes": int(r.balance_minutes),
                     "display_balance_minutes": int(r.balance_minutes)}
                    for r in conn.execute(select(m.balances).order_by(m.balances.c.account))]
            return list(BALANCE_COLUMNS), rows
        if kind == "ledger":
            return list(LEDGER_COLUMNS), list(_ledger_rows(conn))
        if kind not in RECORD_EXPORTS:
            raise ValueError(f"unknown export kind '{kind}'; choose one of: "
                             f"{', '.join(EXPORT_KINDS)}")
        record_kind, lead = RECORD_EXPORTS[kind]
        out = []
        for r in conn.execute(select(m.records).where(
                m.records.c.kind == record_kind, m.records.c.deleted.is_(False))
                .order_by(m.records.c.created_at, m.records.c.record_id)):
            payload = json.loads(r.payload or "{}")
            item = {"id": r.record_id, "hub_id": r.hub_id, "created_at": r.created_at,
                    "updated_at": r.updated_at, **payload, "version": r.version}
            out.append(item)
    return list(lead), [{c: item.get(c) for c in lead} for item in out]


def _ledger_rows(conn: Any) -> Iterator[dict[str, Any]]:
    t = m.ledger_transfers
    rows = conn.execute(select(t, m.records.c.payload).join(
        m.records, (m.records.c.kind == "ledger_transfer") & (m.records.c.record_id == t.c.id))
        .order_by(t.c.received_at, t.c.id))
    for r in rows:
        payload = json.loads(r.payload or "{}")
        item = {c: payload.get(c) for c in LEDGER_COLUMNS}
        item.update(id=r.id, hub_id=r.hub_id, from_account=r.from_account,
                    to_account=r.to_account, minutes=r.minutes, overdrawn=bool(r.overdrawn),
                    received_at=r.received_at)
        yield item


def _csv_value(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True)
    return "" if value is None else value


def write_export(columns: list[str], rows: list[dict[str, Any]], fmt: str, out: IO[str]) -> None:
    if fmt == "json":
        json.dump(rows, out, indent=1, ensure_ascii=False)
        out.write("\n")
        return
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: _csv_value(row.get(c)) for c in columns})


def write_atomic(path: Path, write: Any) -> None:
    part = path.with_name(path.name + ".part")
    with part.open("w", encoding="utf-8", newline="") as fh:
        write(fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(part, path)


# --- backup / restore ----------------------------------------------------------

DUMP_FORMAT = "accesspoint-server-dump"


def backup(db: Database, out: Path) -> str:
    """Online backup; returns the method used."""
    if db.is_sqlite:
        src = sqlite3.connect(make_url(db.url).database or "")
        dst = sqlite3.connect(out)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        return "sqlite-backup"
    pg_dump = shutil.which("pg_dump")
    if pg_dump:
        url = make_url(db.url).set(drivername="postgresql")
        subprocess.run([pg_dump, "--format=custom", f"--file={out}",
                        f"--dbname={url.render_as_string(hide_password=False)}"], check=True)
        return "pg_dump"
    tables = {}
    with db.read() as conn:
        for table in m.metadata.sorted_tables:
            tables[table.name] = [dict(r._mapping) for r in conn.execute(select(table))]
    out.write_text(json.dumps({"format": DUMP_FORMAT, "version": 1, "tables": tables}))
    return "json"


def restore(db: Database, source: Path) -> str:
    """Restore a backup into this database and give it a new epoch (so hubs
    re-push what the server may have lost and pull from zero)."""
    head = source.open("rb").read(16)
    if head.startswith(b"SQLite format 3"):
        if not db.is_sqlite:
            raise ValueError("a SQLite backup can only be restored into a SQLite database")
        db.dispose()
        src = sqlite3.connect(source)
        dst = sqlite3.connect(make_url(db.url).database or "")
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    elif head.lstrip().startswith(b"{"):
        data = json.loads(source.read_text())
        if data.get("format") != DUMP_FORMAT:
            raise ValueError("not an accesspoint-server JSON dump")
        db.migrate()
        with db.write_engine.begin() as conn:
            for table in reversed(m.metadata.sorted_tables):
                conn.execute(delete(table))
            for table in m.metadata.sorted_tables:
                rows = data["tables"].get(table.name) or []
                if rows:
                    conn.execute(table.insert(), rows)
    else:
        raise ValueError("unrecognised backup; restore a pg_dump file with pg_restore, "
                         "then run `accesspoint-server rotate-epoch`")
    db.migrate()
    return db.rotate_epoch()


# --- catalogue published to hubs ------------------------------------------------

def publish(db: Database, kind: str, items: list[dict[str, Any]]) -> int:
    """Publish council records (rewards, activities, opportunities) to every hub."""
    now = now_iso()
    with db.write() as conn:
        store = RecordStore(conn, now)
        items = [{**it, "id": str(it.get("id") or uuid.uuid4())} for it in items]
        store.prefetch({(kind, it["id"]) for it in items})
        for it in items:
            rec = store.get(kind, it["id"])
            if rec is None or rec.deleted:
                rec = store.create(kind, it["id"], None, it)
            elif rec.payload != it:
                store.update(rec, it)
            else:
                continue
            store.emit(kind, rec.record_id, None, None, "upsert", rec.version, rec.payload)
        store.flush()
    return len(items)


def load_catalogue(db: Database, data: dict[str, Any]) -> dict[str, int]:
    counts = {}
    for key, kind in CATALOGUE_KINDS.items():
        if isinstance(data.get(key), list):
            counts[key] = publish(db, kind, [x for x in data[key] if isinstance(x, dict)])
    if not counts:
        raise ValueError("the catalogue has none of: rewards, activities, opportunities")
    return counts


MIN_BATCH_ANSWER_DAYS = 1.0  # a hub may be resending a batch right now


def trim_batch_answers(db: Database, days: float) -> int:
    """Delete stored batch answers older than ``days``; return how many.

    Only the whole-batch answers go: the per-op rows (op id, payload hash,
    result) stay for ever, so a batch resent after this still applies nothing
    twice and gets each op's stored outcome (applied ones as "duplicate").
    """
    if not days >= MIN_BATCH_ANSWER_DAYS:
        raise ValueError(f"keep batch answers at least {MIN_BATCH_ANSWER_DAYS:g} day")
    cutoff = iso(now() - timedelta(days=days))
    with db.write() as conn:
        done = conn.execute(delete(m.batches).where(m.batches.c.created_at < cutoff))
        return int(done.rowcount or 0)
