"""Writes to the directory tables. Every function works inside the caller's
transaction (nesting as a savepoint), so an import or a sync page is applied
atomically by whoever opened the transaction.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from accesspoint.clock import today_local, utcnow_iso
from accesspoint.db import transaction
from accesspoint.directory import schedules
from accesspoint.directory.needs_map import need_search_text
from accesspoint.directory.oruk_map import normalise
from accesspoint.errors import msg

STALE_DAYS = 365
SYNC_ORIGIN = "council-sync"
LOCAL_ORIGIN = "local"


# One encoder for every record: json.dumps with options builds a new one per call, which
# cost a third of the encoding. The output is the same text, so stored hashes still match.
_ENCODE = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode


def encode(record: dict[str, Any]) -> tuple[str, str]:
    """(stored JSON text, its content hash): one serialisation serves both."""
    text = _ENCODE(record)
    return text, hashlib.sha256(text.encode()).hexdigest()


def content_hash(record: dict[str, Any]) -> str:
    return encode(record)[1]


def bump_generation(conn: sqlite3.Connection) -> None:
    """Search caches (the typo vocabulary) compare this to know they are stale."""
    conn.execute("UPDATE dir_meta SET value = CAST(value AS INTEGER) + 1"
                 " WHERE key = 'generation'")


def generation(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT value FROM dir_meta WHERE key = 'generation'").fetchone()[0])


def fts_texts(record: dict[str, Any]) -> tuple[str, str, str]:
    names = [record["name"], record.get("alternate_name", ""),
             record.get("organization", {}).get("name", "")]
    taxonomy = [t["term"] for t in record.get("taxonomy", [])]
    taxonomy += [need_search_text(code) for code in record.get("needs", [])]
    description = [record.get("description", ""), record.get("eligibility", ""),
                   " ".join(record.get("service_areas", []))]
    return (" ".join(p for p in names if p), " ".join(p for p in taxonomy if p),
            " ".join(p for p in description if p))


def upsert_record(conn: sqlite3.Connection, record: dict[str, Any], origin: str, *,
                  hub_id: str | None = None, created_by: str | None = None) -> str:
    """Insert or replace one normalised service; returns 'added', 'changed' or 'unchanged'."""
    text, digest = encode(record)
    with transaction(conn):
        outcome = write(conn, record, origin, text, digest, hub_id=hub_id,
                        created_by=created_by)
        if outcome != "unchanged":
            bump_generation(conn)
    return outcome


# Side tables, their columns after service_rowid, and how a record fills them.
SIDE_TABLES = {
    "dir_needs": ("need_code",),
    "dir_languages": ("code",),
    "dir_points": ("lat", "lon"),
    "dir_openings": ("weekday", "nth", "monthday", "interval_weeks", "dtstart", "opens_min",
                     "closes_min", "valid_from", "valid_to"),
}
SERVICE_COLUMNS = ("name", "org_name", "status", "is_free", "min_age", "max_age",
                   "assured_date", "has_location", "location_kind")


def derive(record: dict[str, Any]) -> tuple[dict[str, Any], dict[str, list[tuple]],
                                            tuple[str, str, str] | None]:
    """What search needs from a record: service columns, side-table rows, FTS texts
    (None for a service that must not be found). Shared by single writes and bulk import."""
    locations = record.get("locations")
    points = list(dict.fromkeys(
        (loc["lat"], loc["lon"]) for loc in locations
        if loc.get("lat") is not None and not loc.get("confidential"))) if locations else []
    status = record.get("status") or "active"
    values = {
        "name": record["name"], "org_name": record.get("organization", {}).get("name", ""),
        "status": status,
        "is_free": None if record.get("is_free") is None else int(record["is_free"]),
        "min_age": record.get("min_age"), "max_age": record.get("max_age"),
        "assured_date": record.get("assured_date"), "has_location": 1 if points else 0,
        "location_kind": _location_kind(record) if locations else "none",
    }
    side = {
        "dir_needs": [(n,) for n in dict.fromkeys(record.get("needs", []))],
        "dir_languages": [(c,) for c in dict.fromkeys(record.get("languages", []))],
        "dir_points": points,
        "dir_openings": [o.as_row() for o in schedules.openings(record["schedules"])]
        if record.get("schedules") else [],
    }
    fts = None if status in ("inactive", "defunct") else fts_texts(record)
    return values, side, fts


def write(conn: sqlite3.Connection, record: dict[str, Any], origin: str, text: str,
          digest: str, *, hub_id: str | None = None, created_by: str | None = None) -> str:
    """One upsert inside the caller's transaction; the caller bumps the generation."""
    now = utcnow_iso()
    row = conn.execute("SELECT num, content_hash, retired_at, origin FROM dir_services"
                       " WHERE id = ?", (record["id"],)).fetchone()
    if row and row["content_hash"] == digest and row["retired_at"] is None:
        if origin != LOCAL_ORIGIN and row["origin"] != origin:
            conn.execute("UPDATE dir_services SET origin = ? WHERE num = ?",
                         (origin, row["num"]))
        return "unchanged"
    derived, side, fts = derive(record)
    local = 1 if origin == LOCAL_ORIGIN or record.get("local") else 0
    values = {"origin": origin, "local": local, "updated_at": now, **derived,
              "content_hash": digest, "data": text}
    if row is None:
        values.update(id=record["id"], hub_id=hub_id, created_by=created_by,
                      created_at=now, version=1)
        cur = conn.execute(f"INSERT INTO dir_services ({', '.join(values)}) VALUES"
                           f" ({', '.join('?' * len(values))})", tuple(values.values()))
        num = cur.lastrowid
        outcome = "added"
    else:
        num = row["num"]
        sets = ", ".join(f"{k} = ?" for k in values)
        conn.execute(f"UPDATE dir_services SET {sets}, retired_at = NULL,"
                     " version = version + 1 WHERE num = ?", (*values.values(), num))
        _clear_side_tables(conn, num)
        outcome = "changed" if row["retired_at"] is None else "added"
    for table, columns in SIDE_TABLES.items():
        if side[table]:
            conn.executemany(f"INSERT OR IGNORE INTO {table} (service_rowid, {', '.join(columns)})"
                             f" VALUES (?, {', '.join('?' * len(columns))})",
                             [(num, *r) for r in side[table]])
    if fts is not None:
        conn.execute("INSERT INTO dir_fts (rowid, name, taxonomy, description)"
                     " VALUES (?, ?, ?, ?)", (num, *fts))
    return outcome


def _location_kind(record: dict[str, Any]) -> str:
    locations = record.get("locations", [])
    if any(not loc.get("confidential") and (loc.get("lat") is not None or loc.get("address"))
           for loc in locations):
        return "place"
    if any(loc.get("confidential") for loc in locations):
        return "confidential"
    return "none"


def _clear_side_tables(conn: sqlite3.Connection, num: int) -> None:
    for table in ("dir_needs", "dir_languages", "dir_points", "dir_openings"):
        conn.execute(f"DELETE FROM {table} WHERE service_rowid = ?", (num,))
    conn.execute("DELETE FROM dir_fts WHERE rowid = ?", (num,))


def retire(conn: sqlite3.Connection, service_id: str) -> bool:
    """Take a service out of search; the row stays so past referrals still read it."""
    with transaction(conn):
        row = conn.execute("SELECT num FROM dir_services WHERE id = ? AND retired_at IS NULL",
                           (service_id,)).fetchone()
        if row is None:
            return False
        _clear_side_tables(conn, row["num"])
        conn.execute("UPDATE dir_services SET retired_at = ?, updated_at = ?,"
                     " version = version + 1 WHERE num = ?",
                     (utcnow_iso(), utcnow_iso(), row["num"]))
        bump_generation(conn)
    return True


# -- what the sync client calls for pulled records (kinds `service`, `postcode`) --------

def apply_service(conn: sqlite3.Connection, service_json: dict[str, Any]) -> str:
    """Apply one ORUK 3.0 service pulled from the council; raises FeedError if malformed."""
    return upsert_record(conn, normalise(service_json, "pulled service"), SYNC_ORIGIN)


def retire_service(conn: sqlite3.Connection, service_id: str) -> bool:
    return retire(conn, service_id)


def apply_services(conn: sqlite3.Connection,
                   changes: list[tuple[str, dict[str, Any] | None]]) -> dict[str, Exception]:
    """Apply a whole pulled page of services in one go: (service id, ORUK 3.0 record, or
    None to retire it). The last change of an id wins (each carries the whole record).

    Set-based (one executemany per table), inside the caller's transaction, so the page
    and its cursor still commit together. Returns the ids that could not be applied with
    the reason (a malformed record); the rest are applied."""
    from accesspoint.directory import bulk
    from accesspoint.directory.errors import FeedError
    from accesspoint.directory.oruk_map import Mapper

    latest: dict[str, dict[str, Any] | None] = {}
    for sid, payload in changes:
        latest.pop(sid, None)  # keep the order of the last change
        latest[sid] = payload
    errors: dict[str, Exception] = {}
    rows, gone = [], []
    mapper = Mapper()
    today = today_local()
    for sid, payload in latest.items():
        if payload is None:
            gone.append(sid)
            continue
        try:
            record = mapper.normalise(payload, "pulled service")
            if record["id"] != sid:
                raise FeedError(msg(
                    "the record says it is {id}",
                    id=repr(record['id'])), record=sid,
                                field="id")
            rows.append(bulk.prepare(record, today))
        except FeedError as exc:
            errors[sid] = exc
    with transaction(conn):
        if rows:
            bulk.write_page(conn, rows, SYNC_ORIGIN)
        bulk.retire_ids(conn, gone)
    return errors


def apply_postcode(conn: sqlite3.Connection, pcds: str, lat: float, long: float) -> None:
    from accesspoint.directory.postcodes import upsert_postcode

    with transaction(conn):
        upsert_postcode(conn, pcds, lat, long, source="council-sync")


# -- reading -----------------------------------------------------------------------------

def get_service(conn: sqlite3.Connection, service_id: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT * FROM dir_services WHERE id = ?", (service_id,)).fetchone()
    if row is None:
        return None
    record = json.loads(row["data"])
    record.update(local=bool(row["local"]), origin=row["origin"], retired=row["retired_at"]
                  is not None, version=row["version"], stale=is_stale(row["assured_date"]))
    return record


def is_stale(assured_date: str | None, today: date | None = None) -> bool:
    """Not verified within 12 months (or never): the volunteer should double-check."""
    if not assured_date:
        return True
    return _stale(assured_date[:10], today or today_local())


@lru_cache(maxsize=4096)  # a feed has a few hundred distinct dates, read per service
def _stale(assured_date: str, today: date) -> bool:
    try:
        verified = date.fromisoformat(assured_date)
    except ValueError:
        return True
    return verified < today - timedelta(days=STALE_DAYS)


def status(conn: sqlite3.Connection) -> dict[str, Any]:
    live = "retired_at IS NULL"
    one = conn.execute(
        f"SELECT COUNT(*) AS services, SUM(local) AS local, SUM(has_location) AS located,"
        f" SUM(CASE WHEN assured_date IS NULL OR assured_date < ? THEN 1 ELSE 0 END) AS stale"
        f" FROM dir_services WHERE {live}",
        ((today_local() - timedelta(days=STALE_DAYS)).isoformat(),)).fetchone()
    retired = conn.execute("SELECT COUNT(*) FROM dir_services WHERE retired_at IS NOT NULL"
                           ).fetchone()[0]
    origins = [dict(r) for r in conn.execute(
        f"SELECT origin, COUNT(*) AS services FROM dir_services WHERE {live}"
        " GROUP BY origin ORDER BY origin")]
    last = conn.execute("SELECT * FROM dir_imports ORDER BY finished_at DESC LIMIT 1"
                        ).fetchone()
    pc = conn.execute("SELECT COUNT(*) AS n, COALESCE(SUM(approximate), 0) AS approx"
                      " FROM postcodes").fetchone()
    return {
        "services": one["services"] or 0, "local": one["local"] or 0,
        "with_location": one["located"] or 0, "not_verified_12_months": one["stale"] or 0,
        "retired": retired, "origins": origins,
        "last_import": ({k: last[k] for k in last.keys() if k != "warnings"}  # noqa: SIM118
                        if last else None),
        "postcodes": pc["n"], "approximate_postcodes": pc["approx"],
        "referrals_open": conn.execute("SELECT COUNT(*) FROM referrals WHERE closed_at IS NULL"
                                       " AND kind = 'referral'").fetchone()[0],
        "unmet_needs": conn.execute("SELECT COUNT(*) FROM unmet_needs").fetchone()[0],
        "problem_reports": conn.execute("SELECT COUNT(*) FROM directory_reports").fetchone()[0],
    }
