"""Plain records for `aggregate`, read from the local database.

The SELECTs name their columns one by one: descriptions, notes, names, phone
numbers and addresses are never read, so they cannot leak into a report. Tables of
other parts (directory, time bank) are read only if they exist yet.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone() is not None


def has_columns(conn: sqlite3.Connection, table: str, *columns: str) -> bool:
    if not has_table(conn, table):
        return False
    have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
    return set(columns) <= have


def utc_bounds(start: date, end: date) -> tuple[str, str]:
    """[start 00:00Z, day after end 00:00Z) as ISO strings comparable with created_at."""
    return f"{start.isoformat()}T00:00:00", f"{(end + timedelta(days=1)).isoformat()}T00:00:00"


def enquiry_records(conn: sqlite3.Connection, start: date, end: date,
                    hub_id: str | None = None) -> Iterator[dict[str, Any]]:
    low, high = utc_bounds(start, end)
    sql = (
        "SELECT e.created_at, e.hub_id, e.channel, e.outcome,"
        " COALESCE(p.merged_into, e.person_id) AS person, p.postcode,"
        " (SELECT group_concat(n.need_code, ',') FROM enquiry_needs n"
        "  WHERE n.enquiry_id = e.id) AS needs"
        " FROM enquiries e LEFT JOIN people p ON p.id = e.person_id"
        " WHERE e.created_at >= ? AND e.created_at < ?"
    )
    args: list[Any] = [low, high]
    if hub_id:
        sql += " AND e.hub_id = ?"
        args.append(hub_id)
    for row in conn.execute(sql, args):
        yield {
            "created_at": row[0], "hub_id": row[1], "channel": row[2], "outcome": row[3],
            "person": row[4], "postcode": row[5] or "",
            "needs": row[6].split(",") if row[6] else [],
        }


def referral_records(conn: sqlite3.Connection, start: date, end: date,
                     hub_id: str | None = None) -> Iterator[dict[str, Any]]:
    """Signposts and referrals (kind only: service names are typed text, never read)."""
    if not has_columns(conn, "referrals", "kind", "person_id", "created_at"):
        return
    low, high = utc_bounds(start, end)
    sql = ("SELECT r.created_at, r.hub_id, r.kind, COALESCE(p.merged_into, r.person_id)"
           " FROM referrals r LEFT JOIN people p ON p.id = r.person_id"
           " WHERE r.created_at >= ? AND r.created_at < ?")
    args: list[Any] = [low, high]
    if hub_id:
        sql += " AND r.hub_id = ?"
        args.append(hub_id)
    for row in conn.execute(sql, args):
        yield {"created_at": row[0], "hub_id": row[1], "kind": row[2], "person": row[3]}


def _live_transfers_sql() -> str:
    # A correction reverses a transfer: neither the reversed one nor its reversal counts.
    return (
        " FROM tb_transfers t"
        " WHERE t.reverses IS NULL"
        " AND NOT EXISTS (SELECT 1 FROM tb_transfers r WHERE r.reverses = t.id)"
    )


def transfer_records(conn: sqlite3.Connection, start: date, end: date,
                     hub_id: str | None = None) -> Iterator[dict[str, Any]]:
    if not has_columns(conn, "tb_transfers", "kind", "minutes", "member_id", "activity_id"):
        return
    activities = activity_codes(conn)
    sql = (
        "SELECT COALESCE(t.activity_date, substr(t.created_at, 1, 10)) AS day, t.hub_id,"
        " t.kind, t.minutes, t.activity_id, t.member_id" + _live_transfers_sql()
        + " AND COALESCE(t.activity_date, substr(t.created_at, 1, 10)) BETWEEN ? AND ?"
    )
    args: list[Any] = [start.isoformat(), end.isoformat()]
    if hub_id:
        sql += " AND t.hub_id = ?"
        args.append(hub_id)
    for row in conn.execute(sql, args):
        yield {
            "day": row[0], "hub_id": row[1], "kind": row[2], "minutes": row[3],
            "activity": activities.get(row[4]) if row[4] else None, "member": row[5],
        }


def member_records(conn: sqlite3.Connection, start: date, end: date,
                   hub_id: str | None = None) -> Iterator[dict[str, Any]]:
    if not has_columns(conn, "tb_members", "joined_on", "member_type"):
        return
    sql = ("SELECT joined_on, hub_id, member_type, id FROM tb_members"
           " WHERE substr(joined_on, 1, 10) BETWEEN ? AND ?")
    args: list[Any] = [start.isoformat(), end.isoformat()]
    if hub_id:
        sql += " AND hub_id = ?"
        args.append(hub_id)
    for row in conn.execute(sql, args):
        yield {"joined_on": row[0], "hub_id": row[1], "member_type": row[2], "member": row[3]}


def activity_codes(conn: sqlite3.Connection) -> dict[str, str]:
    """Activity id -> code (codes are a managed list, not free text)."""
    if not has_columns(conn, "tb_activities", "id", "code"):
        return {}
    return {r[0]: r[1] for r in conn.execute("SELECT id, code FROM tb_activities")}


def activity_labels(conn: sqlite3.Connection) -> dict[str, str]:
    if not has_columns(conn, "tb_activities", "code", "name"):
        return {}
    return {r[0]: r[1] for r in conn.execute("SELECT code, name FROM tb_activities")}


def data_span(conn: sqlite3.Connection) -> tuple[date, date] | None:
    """First and last day with an enquiry (or ledger transfer), for default ranges."""
    days: list[str] = []
    row = conn.execute("SELECT min(created_at), max(created_at) FROM enquiries").fetchone()
    days += [d for d in row if d]
    if has_table(conn, "tb_transfers"):
        row = conn.execute("SELECT min(created_at), max(created_at) FROM tb_transfers").fetchone()
        days += [d for d in row if d]
    if not days:
        return None
    return date.fromisoformat(min(days)[:10]), date.fromisoformat(max(days)[:10])
