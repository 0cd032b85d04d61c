"""Subject access: everything held about one person, as readable HTML and as JSON.

Completeness does not depend on remembering every table: besides the known
records (person, merged duplicates, enquiries with needs, notes and history,
consent, rectifications, erasure and hold records, who opened the record), every
other table with a `person_id` column is scanned, so parts added later (time bank
members, referrals) are included without an edit here. Equality monitoring is not
linked to anyone (see equality.py), so there is nothing of it to include.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from accesspoint.clock import utcnow_iso
from accesspoint.context import Actor
from accesspoint.security import audit
from accesspoint.security.permissions import require

KNOWN = {"people", "enquiries", "consent_events", "person_tokens", "person_revisions"}


def _rows(conn: sqlite3.Connection, sql: str, args: tuple[Any, ...]) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(sql, args)]


def _ident(name: str) -> str:
    # Table names come from sqlite_master, not from users; quoting still keeps odd names safe.
    return '"' + name.replace('"', '""') + '"'


def person_tables(conn: sqlite3.Connection) -> list[str]:
    found = []
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                " AND name NOT LIKE 'sqlite_%' ORDER BY name"):
        cols = {r[1] for r in conn.execute(f"PRAGMA table_info({_ident(name)})")}
        if "person_id" in cols:
            found.append(name)
    return found


def collect(conn: sqlite3.Connection, actor: Actor, person_id: str) -> dict[str, Any]:
    require(actor, "subject_access")
    from accesspoint.people import get_person

    person = get_person(conn, person_id)
    ids = [person["id"]] + [r[0] for r in conn.execute(
        "SELECT id FROM people WHERE merged_into = ?", (person["id"],))]
    marks = ",".join("?" * len(ids))
    enquiries = _rows(conn, f"SELECT * FROM enquiries WHERE person_id IN ({marks})"  # nosec B608 - placeholders only
                      " ORDER BY created_at", tuple(ids))
    for e in enquiries:
        e["needs"] = [r[0] for r in conn.execute(
            "SELECT need_code FROM enquiry_needs WHERE enquiry_id = ? ORDER BY need_code",
            (e["id"],))]
        e["notes"] = _rows(conn, "SELECT created_at, created_by, text FROM enquiry_notes"
                                 " WHERE enquiry_id = ? ORDER BY created_at", (e["id"],))
        e["history"] = [{**r, "before": json.loads(r["before"])} for r in _rows(
            conn, "SELECT revised_at, revised_by, before FROM enquiry_revisions"
                  " WHERE enquiry_id = ? ORDER BY revised_at", (e["id"],))]
    other: dict[str, list[dict[str, Any]]] = {}
    for table in person_tables(conn):
        if table in KNOWN:
            continue
        rows = _rows(conn, f"SELECT * FROM {_ident(table)} WHERE person_id IN ({marks})",  # nosec B608 - names from sqlite_master
                     tuple(ids))
        if rows:
            other[table] = rows
    users = {r[0]: r[1] for r in conn.execute("SELECT id, display_name FROM users")}
    data = {
        "generated_at": utcnow_iso(),
        "person": person,
        "merged_records": [get_person(conn, i, follow=False) for i in ids[1:]],
        "enquiries": enquiries,
        "consent": _rows(conn, f"SELECT purpose, granted, wording, language, created_at,"  # nosec B608 - placeholders only
                               f" renew_by FROM consent_events WHERE person_id IN ({marks})"
                               " ORDER BY created_at", tuple(ids)),
        "corrections": [{**r, "before": json.loads(r["before"])} for r in _rows(
            conn, f"SELECT revised_at, revised_by, reason, before FROM person_revisions"  # nosec B608 - placeholders
                  f" WHERE person_id IN ({marks}) ORDER BY revised_at", tuple(ids))],
        "legal_holds": _rows(conn, "SELECT kind, reason, placed_at, released_at FROM"
                                   " legal_holds WHERE record_id = ?", (person["id"],)),
        "access_log": audit.events_for(conn, "person", person["id"]),
        "other_records": other,
        "staff_names": {k: v for k, v in users.items()},
    }
    audit.record(conn, actor, "subject_access", "person", person["id"])
    return data


def to_html(data: dict[str, Any], language: str | None = None) -> str:
    """The readable page, in the resident's language (see subject_access_text)."""
    from accesspoint.security.subject_access_text import to_html as render

    return render(data, language)


def write_files(conn: sqlite3.Connection, actor: Actor, person_id: str,
                folder: Path, language: str | None = None) -> tuple[Path, Path]:
    """HTML (in `language`, by default the person's preferred one) and JSON files."""
    data = collect(conn, actor, person_id)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"subject-access-{data['person']['id']}"
    js = folder / f"{stem}.json"
    page = folder / f"{stem}.html"
    js.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True),
                  encoding="utf-8")
    page.write_text(to_html(data, language), encoding="utf-8")
    return page, js
