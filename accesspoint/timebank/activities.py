"""The activities catalogue and the opportunities hubs and projects post.

Both are published by the council (they flow down at sync); a hub may also add
its own for local use before the council has them.
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from accesspoint.clock import utcnow_iso
from accesspoint.context import Actor
from accesspoint.db import transaction
from accesspoint.errors import NotFoundError, ValidationError, msg
from accesspoint.ids import new_id
from accesspoint.timebank.members import SLOTS, parse_list

CATEGORIES = (
    "care_and_company", "community_events", "environment", "children_and_families",
    "civic", "learning_and_skills", "practical_help", "other",
)
_CODE = re.compile(r"^[a-z0-9_]{2,40}$")


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_")[:40]


def add_activity(
    conn: sqlite3.Connection, name: str, category: str, code: str | None = None,
    activity_id: str | None = None,
) -> dict[str, Any]:
    name = name.strip()
    code = (code or slug(name)).strip()
    problems = {}
    if not name:
        problems["name"] = "Give the activity a name."
    if category not in CATEGORIES:
        problems["category"] = msg(
            "Category must be one of {categories}.",
            categories=', '.join(CATEGORIES))
    if not _CODE.match(code):
        problems["code"] = "A code is 2-40 lower-case letters, digits or underscores."
    if problems:
        raise ValidationError(problems)
    now = utcnow_iso()
    row = {"id": activity_id or new_id(), "code": code, "name": name, "category": category,
           "active": 1, "created_at": now, "updated_at": now, "version": 1}
    with transaction(conn):
        if conn.execute("SELECT 1 FROM tb_activities WHERE code = ? OR name = ? COLLATE NOCASE",
                        (code, name)).fetchone():
            raise ValidationError({"code": msg(
                "An activity '{name}' ({code}) already exists.",
                name=name, code=code)})
        conn.execute(f"INSERT INTO tb_activities ({', '.join(row)})"
                     f" VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
    return row


def list_activities(conn: sqlite3.Connection, *, active_only: bool = True) -> list[dict[str, Any]]:
    sql = "SELECT * FROM tb_activities" + (" WHERE active = 1" if active_only else "")
    return [dict(r) for r in conn.execute(sql + " ORDER BY name")]


def get_activity(conn: sqlite3.Connection, activity_id: str) -> dict[str, Any]:
    row = conn.execute("SELECT * FROM tb_activities WHERE id = ?", (activity_id,)).fetchone()
    if row is None:
        raise NotFoundError(msg("No activity with id {activity_id}.", activity_id=activity_id))
    return dict(row)


def resolve_activity(conn: sqlite3.Connection, text: str) -> dict[str, Any] | None:
    """An activity by code or by name (case-insensitive), as typed on a sheet."""
    text = text.strip()
    row = conn.execute(
        "SELECT * FROM tb_activities WHERE code = ? COLLATE NOCASE OR name = ? COLLATE NOCASE"
        " ORDER BY active DESC LIMIT 1", (text, text),
    ).fetchone()
    return dict(row) if row else None


def _opportunity(row: sqlite3.Row) -> dict[str, Any]:
    item = dict(row)
    for key in ("skills", "interests", "availability"):
        item[key] = json.loads(item[key] or "[]")
    item["employment"] = bool(item["employment"])
    return item


def add_opportunity(
    conn: sqlite3.Connection, actor: Actor, *, title: str, description: str = "",
    activity_id: str | None = None, project_id: str | None = None, skills: Any = None,
    interests: Any = None, availability: Any = None, employment: bool = False,
    starts_on: str | None = None, ends_on: str | None = None,
) -> dict[str, Any]:
    """Post an opportunity ("befriender needed on Tuesdays") for matching."""
    title = title.strip()
    slots = parse_list(availability)
    problems = {}
    if not title:
        problems["title"] = "Give the opportunity a title."
    if [s for s in slots if s not in SLOTS]:
        problems["availability"] = "Use times such as mon_am, tue_pm, wed_eve."
    if starts_on and ends_on and ends_on < starts_on:
        problems["ends_on"] = "The end date is before the start date."
    if problems:
        raise ValidationError(problems)
    now = utcnow_iso()
    row = {
        "id": new_id(), "hub_id": actor.hub_id, "created_by": actor.user_id,
        "created_at": now, "updated_at": now, "version": 1, "title": title,
        "description": description.strip(), "activity_id": activity_id,
        "project_id": project_id, "skills": json.dumps(parse_list(skills)),
        "interests": json.dumps(parse_list(interests)), "availability": json.dumps(slots),
        "employment": 1 if employment else 0, "starts_on": starts_on, "ends_on": ends_on,
        "status": "open",
    }
    with transaction(conn):
        if activity_id:
            get_activity(conn, activity_id)
        conn.execute(f"INSERT INTO tb_opportunities ({', '.join(row)})"
                     f" VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
    # Not pushed: `opportunity` flows down only (sync protocol v1); a hub's own
    # postings stay local until the council publishes them.
    return get_opportunity(conn, row["id"])


def get_opportunity(conn: sqlite3.Connection, opportunity_id: str) -> dict[str, Any]:
    row = conn.execute("SELECT * FROM tb_opportunities WHERE id = ?",
                       (opportunity_id,)).fetchone()
    if row is None:
        raise NotFoundError(msg(
            "No opportunity with id {opportunity_id}.",
            opportunity_id=opportunity_id))
    return _opportunity(row)


def list_opportunities(
    conn: sqlite3.Connection, *, open_only: bool = True, on_or_after: str | None = None
) -> list[dict[str, Any]]:
    where, args = [], []
    if open_only:
        where.append("status = 'open'")
    if on_or_after:
        where.append("(ends_on IS NULL OR ends_on >= ?)")
        args.append(on_or_after)
    sql = "SELECT * FROM tb_opportunities" + (" WHERE " + " AND ".join(where) if where else "")
    return [_opportunity(r) for r in conn.execute(sql + " ORDER BY starts_on, title", args)]
