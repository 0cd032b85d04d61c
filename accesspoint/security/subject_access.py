"""Subject access: everything held about one person, as readable HTML and as JSON.

Completeness does not depend on remembering every table: besides the known
records (person, merged duplicates, enquiries with needs, notes and history,
consent, rectifications, erasure and hold records, who opened the record), every
other table with a `person_id` column is scanned, so parts added later (time bank
members, referrals) are included without an edit here. Equality monitoring is not
linked to anyone (see equality.py), so there is nothing of it to include.
"""

from __future__ import annotations

import html
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


def _esc(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return html.escape(json.dumps(value, ensure_ascii=False, indent=1))
    return html.escape("" if value is None else str(value))


def _table(rows: list[dict[str, Any]], skip: tuple[str, ...] = ()) -> str:
    if not rows:
        return "<p>None held.</p>"
    cols = [c for c in rows[0] if c not in skip]
    head = "".join(f"<th scope='col'>{_esc(c)}</th>" for c in cols)
    body = "".join("<tr>" + "".join(f"<td>{_esc(r.get(c))}</td>" for c in cols) + "</tr>"
                   for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def to_html(data: dict[str, Any]) -> str:
    p = data["person"]
    names = data["staff_names"]
    enquiries = [{**e, "created_by": names.get(e["created_by"], e["created_by"])}
                 for e in data["enquiries"]]
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<title>Information we hold about you</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
        "table{border-collapse:collapse;margin-bottom:1em}td,th{border:1px solid #999;"
        "padding:.3em;vertical-align:top;text-align:left}</style></head><body>",
        "<h1>Information we hold about you</h1>",
        f"<p>Prepared {_esc(data['generated_at'])} (UTC) under Article 15 UK GDPR.</p>",
        "<h2>Your details</h2>", _table([p], skip=("hub_id",)),
        "<h2>Earlier duplicate records merged into yours</h2>", _table(data["merged_records"]),
        "<h2>Your enquiries</h2>", _table(enquiries),
        "<h2>Your consent choices</h2>", _table(data["consent"]),
        "<h2>Corrections made to your details</h2>", _table(data["corrections"]),
        "<h2>Who has looked at or changed your record</h2>", _table(data["access_log"]),
        "<h2>Legal holds</h2>", _table(data["legal_holds"]),
    ]
    for table, rows in data["other_records"].items():
        parts += [f"<h2>Other records: {_esc(table)}</h2>", _table(rows)]
    parts.append("</body></html>")
    return "\n".join(parts)


def write_files(conn: sqlite3.Connection, actor: Actor, person_id: str,
                folder: Path) -> tuple[Path, Path]:
    data = collect(conn, actor, person_id)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"subject-access-{data['person']['id']}"
    js = folder / f"{stem}.json"
    page = folder / f"{stem}.html"
    js.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True),
                  encoding="utf-8")
    page.write_text(to_html(data), encoding="utf-8")
    return page, js
