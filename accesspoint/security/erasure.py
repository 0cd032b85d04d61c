"""Erasure ("delete me") and rectification with history.

Erasure removes the person everywhere it can:
- the person row (and any duplicates merged into it) is deleted, and a `person`
  delete op (a tombstone) is queued, which the council server spreads to every hub;
- changes to the person still waiting in the outbox are dropped first: they would
  upload the very data being erased;
- their enquiries lose free text and the link (coded facts stay, anonymised), their
  notes, consent events and history are deleted, each with a delete op;
- other parts register ERASURE_HOOKS; any other table with a `person_id` column is
  unlinked (NULL) or, where the column is required, its rows are deleted.

Exemptions (e.g. an enquiry kept for a safeguarding duty, or a legal hold) are
recorded with their reason in `erasures`; an exempt enquiry keeps its text but is
unlinked from the erased identity.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from accesspoint import outbox
from accesspoint.clock import utcnow_iso
from accesspoint.context import Actor
from accesspoint.db import transaction
from accesspoint.errors import ValidationError
from accesspoint.ids import new_id
from accesspoint.security import audit, retention
from accesspoint.security.permissions import require
from accesspoint.security.subject_access import _ident, person_tables

ERASURE_HOOKS: list[Callable[[sqlite3.Connection, Actor, str], None]] = []
HANDLED = {"people", "enquiries", "consent_events", "person_tokens", "person_revisions"}


def _drop_pending(conn: sqlite3.Connection, kind: str, record_id: str) -> int:
    # Only unsent ops (no batch yet); a frozen batch is resent as-is by design and the
    # tombstone queued after it wins on the server.
    cur = conn.execute("DELETE FROM outbox WHERE kind = ? AND record_id = ? AND batch_id IS NULL",
                       (kind, record_id))
    return cur.rowcount


def erase_person(conn: sqlite3.Connection, actor: Actor, person_id: str, *, reason: str,
                 exemptions: dict[str, str] | None = None) -> dict[str, Any]:
    """Erase a person; `exemptions` maps enquiry ids to the reason each is kept."""
    require(actor, "person.erase")
    retention.load_hooks()
    reason = reason.strip()
    if not reason or len(reason) > 500:
        raise ValidationError({"reason": "Say why the person is erased (at most 500 characters)."})
    exemptions = dict(exemptions or {})
    with transaction(conn):
        row = conn.execute("SELECT id, hub_id, merged_into FROM people WHERE id = ?",
                           (person_id,)).fetchone()
        if row is None:
            raise ValidationError("No such person (already erased?).")
        if row["merged_into"]:
            person_id = row["merged_into"]
        if retention.on_hold(conn, "person", person_id):
            raise ValidationError("This person is under a legal hold; release it first.")
        ids = [person_id] + [r[0] for r in conn.execute(
            "SELECT id FROM people WHERE merged_into = ?", (person_id,))]
        summary: dict[str, int] = {}

        def count(key: str, n: int = 1) -> None:
            summary[key] = summary.get(key, 0) + n

        for pid in ids:
            count("outbox_dropped", _drop_pending(conn, "person", pid))
            for (enquiry_id,) in conn.execute("SELECT id FROM enquiries WHERE person_id = ?",
                                              (pid,)).fetchall():
                if enquiry_id in exemptions or retention.on_hold(conn, "enquiry", enquiry_id):
                    exemptions.setdefault(enquiry_id, "legal hold")
                    _unlink_enquiry(conn, enquiry_id)
                    count("enquiries_exempt")
                else:
                    retention.anonymise_enquiry(conn, actor, enquiry_id, rule="erasure")
                    count("enquiries_anonymised")
            for (event_id, hub) in conn.execute(
                    "SELECT id, hub_id FROM consent_events WHERE person_id = ?", (pid,)).fetchall():
                _drop_pending(conn, "consent_event", event_id)
                outbox.enqueue(conn, "consent_event", event_id, {"hub_id": hub}, action="delete")
                count("consent_events")
            conn.execute("DELETE FROM consent_events WHERE person_id = ?", (pid,))
            for hook in ERASURE_HOOKS:
                hook(conn, actor, pid)
            for table in person_tables(conn):
                if table not in HANDLED:
                    count(f"unlinked:{table}", _unlink_other(conn, table, pid))
        for pid in reversed(ids):  # duplicates first: they point at the kept row
            conn.execute("DELETE FROM person_tokens WHERE person_id = ?", (pid,))
            conn.execute("DELETE FROM person_revisions WHERE person_id = ?", (pid,))
            conn.execute("UPDATE people SET merged_into = NULL WHERE merged_into = ?", (pid,))
            conn.execute("DELETE FROM people WHERE id = ?", (pid,))
            outbox.enqueue(conn, "person", pid,
                           {"hub_id": row["hub_id"], "erased_at": utcnow_iso()},
                           action="delete")
        record = {
            "id": new_id(), "person_id": person_id, "hub_id": actor.hub_id,
            "erased_by": actor.user_id, "erased_at": utcnow_iso(), "reason": reason,
            "exemptions": json.dumps(exemptions, sort_keys=True),
            "summary": json.dumps(summary, sort_keys=True),
        }
        conn.execute(f"INSERT INTO erasures ({', '.join(record)})"  # nosec B608 - fixed keys
                     f" VALUES ({', '.join('?' * len(record))})", tuple(record.values()))
        audit.record(conn, actor, "erased", "person", person_id,
                     f"exemptions={len(exemptions)}")
    return {"erasure_id": record["id"], "person_id": person_id, "summary": summary,
            "exemptions": exemptions}


def _unlink_enquiry(conn: sqlite3.Connection, enquiry_id: str) -> None:
    from accesspoint.enquiries import get_enquiry

    before = get_enquiry(conn, enquiry_id)
    conn.execute("UPDATE enquiries SET person_id = NULL, version = version + 1, updated_at = ?"
                 " WHERE id = ?", (utcnow_iso(), enquiry_id))
    outbox.enqueue(conn, "enquiry", enquiry_id, get_enquiry(conn, enquiry_id),
                   base_version=before["version"], changed=["person_id"])


def _unlink_other(conn: sqlite3.Connection, table: str, person_id: str) -> int:
    info = {r[1]: r for r in conn.execute(f"PRAGMA table_info({_ident(table)})")}
    required = bool(info["person_id"][3])  # notnull flag
    if required:
        cur = conn.execute(f"DELETE FROM {_ident(table)} WHERE person_id = ?",  # nosec B608 - name from sqlite_master
                           (person_id,))
    else:
        cur = conn.execute(f"UPDATE {_ident(table)} SET person_id = NULL"  # nosec B608 - as above
                           " WHERE person_id = ?", (person_id,))
    return cur.rowcount


def erasures(conn: sqlite3.Connection, actor: Actor) -> list[dict[str, Any]]:
    require(actor, "person.erase")
    return [dict(r) for r in conn.execute("SELECT * FROM erasures ORDER BY erased_at DESC")]


# --- rectification ------------------------------------------------------------

def rectify_person(conn: sqlite3.Connection, actor: Actor, person_id: str, reason: str,
                   **changes: Any) -> dict[str, Any]:
    """Correct a person's details, keeping what they were and why they changed."""
    require(actor, "person.edit")
    from accesspoint.people import get_person, update_person

    reason = reason.strip()[:500]
    with transaction(conn):
        before = get_person(conn, person_id)
        after = update_person(conn, actor, person_id, **changes)
        if after["version"] != before["version"]:
            conn.execute(
                "INSERT INTO person_revisions (id, person_id, revised_at, revised_by, reason,"
                " before) VALUES (?, ?, ?, ?, ?, ?)",
                (new_id(), before["id"], utcnow_iso(), actor.user_id, reason,
                 json.dumps(before, ensure_ascii=False)))
            audit.record(conn, actor, "rectified", "person", before["id"])
    return after


def person_history(conn: sqlite3.Connection, person_id: str) -> list[dict[str, Any]]:
    return [{**dict(r), "before": json.loads(r["before"])} for r in conn.execute(
        "SELECT * FROM person_revisions WHERE person_id = ? ORDER BY revised_at, rowid",
        (person_id,))]
