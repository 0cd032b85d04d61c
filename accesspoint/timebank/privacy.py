"""Erasure and retention hooks for the time bank (issue 7).

A member's ledger must stay zero-sum: transfers are never deleted or edited in
amount, so the member record stays as the (pseudonymous) owner of its account and
what identifies the person goes:

- erasure: the member is moved to a blank placeholder person (the real person row
  is then deleted by the erasure), its card/YPC numbers, skills, interests and
  availability are cleared, it is marked as left; the free-text note and
  beneficiary of its transfers are cleared locally (amounts, accounts and dates
  stay). Redemptions and conversions keep only the member id and amounts, which
  now point at an anonymous member.
- retention: a person being anonymised keeps their person row (blanked), so the
  member keeps it too and loses the same details.
- "seen": a member who gave or received time since the cutoff has been seen, so
  retention does not anonymise them as "not seen".

Each member change is queued for sync, so the council and other hubs get the
anonymous version (the server's retention scrubs the notes of synced transfers).
"""

from __future__ import annotations

import sqlite3

from accesspoint import outbox
from accesspoint.clock import utcnow_iso
from accesspoint.context import Actor
from accesspoint.ids import new_id
from accesspoint.timebank.ledger import MEMBER_PREFIX, member_account
from accesspoint.timebank.members import get_member, sync_payload

SCRUBBED = ("card_number", "ypc_number", "skills", "interests", "availability")


def _scrub_transfer_words(conn: sqlite3.Connection, member_id: str) -> None:
    """Amounts, accounts and dates stay (the ledger trigger forbids changing them);
    the words written about the person go. One statement for erasure, retention and
    the council's anonymisation alike."""
    account = member_account(member_id)
    conn.execute("UPDATE tb_transfers SET note = '', beneficiary = '' WHERE member_id = ?"
                 " OR from_account = ? OR to_account = ?", (member_id, account, account))


def _scrub(conn: sqlite3.Connection, member_id: str, *, person_id: str | None,
           left: bool) -> None:
    before = get_member(conn, member_id)
    conn.execute(
        "UPDATE tb_members SET person_id = COALESCE(?, person_id), card_number = '',"
        " ypc_number = '', skills = '[]', interests = '[]', availability = '[]',"
        " status = CASE WHEN ? THEN 'left' ELSE status END, version = version + 1,"
        " updated_at = ? WHERE id = ?",
        (person_id, 1 if left else 0, utcnow_iso(), member_id))
    _scrub_transfer_words(conn, member_id)
    after = get_member(conn, member_id)
    changed = [k for k in (*SCRUBBED, "person_id", "status", "given_name", "family_name")
               if before.get(k) != after.get(k)]
    outbox.enqueue(conn, "member", member_id, sync_payload(after),
                   base_version=before["version"], changed=changed)


def _members(conn: sqlite3.Connection, person_id: str) -> list[str]:
    return [r[0] for r in conn.execute("SELECT id FROM tb_members WHERE person_id = ?",
                                       (person_id,))]


def erase_members(conn: sqlite3.Connection, actor: Actor, person_id: str) -> None:
    """erasure.ERASURE_HOOKS: called before the person row is deleted."""
    from accesspoint.security.retention import mark_anonymised

    members = _members(conn, person_id)
    if not members:
        return
    now = utcnow_iso()
    for member_id in members:
        placeholder = new_id()  # one per member: never link two erased people together
        conn.execute("INSERT INTO people (id, hub_id, created_by, created_at, updated_at,"
                     " version) VALUES (?, ?, ?, ?, ?, 1)",
                     (placeholder, actor.hub_id, actor.user_id, now, now))
        mark_anonymised(conn, "person", placeholder, "erasure")
        _scrub(conn, member_id, person_id=placeholder, left=True)


def anonymise_members(conn: sqlite3.Connection, actor: Actor, person_id: str) -> None:
    """retention.PERSON_HOOKS: the person row stays, blanked; so do their members."""
    for member_id in _members(conn, person_id):
        _scrub(conn, member_id, person_id=None, left=False)


def seen_since(conn: sqlite3.Connection, cutoff: str) -> set[str]:
    """retention.SEEN_HOOKS: people whose membership was active since the cutoff."""
    return {r[0] for r in conn.execute(
        "SELECT DISTINCT m.person_id FROM tb_members m WHERE m.updated_at >= ?1"
        " OR EXISTS (SELECT 1 FROM tb_transfers t WHERE t.member_id = m.id"
        "            AND t.created_at >= ?1)"
        " OR EXISTS (SELECT 1 FROM tb_transfers t WHERE t.created_at >= ?1"
        "            AND (t.to_account = ?2 || m.id OR t.from_account = ?2 || m.id))",
        (cutoff, MEMBER_PREFIX))}


def scrub_pulled(conn: sqlite3.Connection, kind: str, record_id: str) -> None:
    """retention.PULLED_HOOKS: the council anonymised a member; the notes on its
    transfers here go too (amounts stay)."""
    if kind == "member":
        _scrub_transfer_words(conn, record_id)
