"""Time-bank members: a person (recorded once, reused) with a member number and card.

A member row holds only what the time bank adds; names and contact details stay
on the person. The `member` sync payload carries the person's names too,
because other hubs see members but not this hub's people.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from typing import Any

from accesspoint import consent, outbox, people, settings
from accesspoint.clock import today_local, utcnow_iso
from accesspoint.context import Actor
from accesspoint.db import transaction
from accesspoint.errors import NotFoundError, ValidationError, msg
from accesspoint.ids import new_id
from accesspoint.security.permissions import require

MEMBER_TYPES = ("adult", "young_person", "organisation")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PARTS = ("am", "pm", "eve")
SLOTS = tuple(f"{d}_{p}" for d in DAYS for p in PARTS)
LIST_FIELDS = ("skills", "interests", "availability", "hubs")
EDITABLE = (
    "card_number", "member_type", "ypc_number", "organisation_name", "skills", "interests",
    "availability", "hubs", "employment_support", "status",
)
_NUMBER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,19}$")


def parse_list(value: Any) -> list[str]:
    """Accept a list or 'a; b, c' text; keep order, drop blanks and repeats (case-folded)."""
    if value is None:
        return []
    items = value if isinstance(value, list | tuple) else re.split(r"[;,]", str(value))
    seen: dict[str, str] = {}
    for item in items:
        text = str(item).strip()
        if text and text.casefold() not in seen:
            seen[text.casefold()] = text[:60]
    return list(seen.values())


def validate(fields: dict[str, Any]) -> dict[str, Any]:
    problems: dict[str, str] = {}
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in EDITABLE:
            problems[key] = msg("Unknown member field '{key}'.", key=key)
        elif key == "member_type":
            if value not in MEMBER_TYPES:
                problems[key] = "Member type must be adult, young person or organisation."
            clean[key] = value
        elif key in LIST_FIELDS:
            items = parse_list(value)
            if key == "availability":
                bad = [s for s in items if s not in SLOTS]
                if bad:
                    problems[key] = msg(
                        "Unknown times {bad} (use e.g. mon_am, tue_eve).",
                        bad=', '.join(bad))
            clean[key] = items
        elif key == "employment_support":
            clean[key] = 1 if value else 0
        elif key == "status":
            if value not in ("active", "left"):
                problems[key] = "Status must be active or left."
            clean[key] = value
        else:
            text = "" if value is None else str(value).strip()
            if len(text) > 120:
                problems[key] = "Too long (at most 120 characters)."
            clean[key] = text
    mtype = clean.get("member_type")
    if mtype == "young_person" and "ypc_number" in clean and not clean["ypc_number"]:
        problems["ypc_number"] = "A young person needs their Youth Privilege Card number."
    if mtype == "organisation" and "organisation_name" in clean \
            and not clean["organisation_name"]:
        problems["organisation_name"] = "Give the organisation or project's name."
    if problems:
        raise ValidationError(problems)
    return clean


PREFIX_KEY = "timebank.member_prefix"
_B32 = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L: read aloud over a counter


def member_prefix(conn: sqlite3.Connection, hub_id: str) -> str:
    """Numbers are made at each hub offline, so each hub has its own prefix: the
    configured one (e.g. 'RIV'), else a code derived from the hub's id ('K3QD-')."""
    configured = settings.get(conn, PREFIX_KEY)
    if configured:
        return str(configured)
    digest = int(hashlib.sha256(hub_id.encode()).hexdigest(), 16)
    code = ""
    for _ in range(4):
        digest, r = divmod(digest, len(_B32))
        code += _B32[r]
    return code + "-"


def next_member_number(conn: sqlite3.Connection, hub_id: str) -> str:
    prefix = member_prefix(conn, hub_id)
    row = conn.execute(
        "SELECT MAX(CAST(substr(member_number, ?) AS INTEGER)) FROM tb_members"
        " WHERE member_number LIKE ? ESCAPE '\\'",
        (len(prefix) + 1, prefix.replace("%", "\\%").replace("_", "\\_") + "%"),
    ).fetchone()
    return f"{prefix}{(row[0] or 0) + 1:05d}"


def _row_to_member(row: sqlite3.Row) -> dict[str, Any]:
    member = dict(row)
    for key in LIST_FIELDS:
        member[key] = json.loads(member[key] or "[]")
    member["employment_support"] = bool(member["employment_support"])
    return member


_SELECT = (
    "SELECT m.*, p.given_name, p.family_name, p.phone, p.postcode, p.date_of_birth"
    " FROM tb_members m JOIN people p ON p.id = m.person_id"
)


def get_member(conn: sqlite3.Connection, member_id: str) -> dict[str, Any]:
    row = conn.execute(_SELECT + " WHERE m.id = ?", (member_id,)).fetchone()
    if row is None:
        raise NotFoundError(msg("No time-bank member with id {member_id}.", member_id=member_id))
    return _row_to_member(row)


def find_by_number(conn: sqlite3.Connection, number: str) -> dict[str, Any] | None:
    row = conn.execute(
        _SELECT + " WHERE m.member_number = ? COLLATE NOCASE", (number.strip(),)
    ).fetchone()
    return _row_to_member(row) if row else None


def members_of_person(conn: sqlite3.Connection, person_id: str) -> list[dict[str, Any]]:
    return [_row_to_member(r) for r in conn.execute(_SELECT + " WHERE m.person_id = ?",
                                                    (person_id,))]


def display_name(member: dict[str, Any]) -> str:
    if member.get("member_type") == "organisation" and member.get("organisation_name"):
        return member["organisation_name"]
    return people.display_name(member)


def sync_payload(member: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "hub_id", "created_by", "created_at", "updated_at", "version", "person_id",
            "member_number", "joined_on", "given_name", "family_name", *EDITABLE)
    return {k: member.get(k) for k in keys}


def create_member(
    conn: sqlite3.Connection, actor: Actor, *, person_id: str | None = None,
    person: dict[str, Any] | None = None, member_number: str | None = None,
    member_type: str = "adult", consent_given: bool = True, joined_on: str | None = None,
    **fields: Any,
) -> dict[str, Any]:
    """Join a person to the time bank; joining records their consent to the record.

    Give `person_id` to reuse a person already known to the hub ("tell us once"),
    or `person` (people fields) to create one.
    """
    if not consent_given:
        raise ValidationError({"consent": "A member must agree to their record being kept."})
    clean = validate({"member_type": member_type, **fields})
    clean.setdefault("ypc_number", "")
    clean.setdefault("organisation_name", "")
    if member_type == "young_person" and not clean["ypc_number"]:
        raise ValidationError({"ypc_number": "A young person needs their Youth Privilege "
                                             "Card number."})
    if member_type == "organisation" and not clean["organisation_name"]:
        raise ValidationError({"organisation_name": "Give the organisation or project's name."})
    number = (member_number or "").strip()
    if number and not _NUMBER.match(number):
        raise ValidationError({"member_number": msg(
            "'{number}' is not a member number (letters, digits and dashes, up to 20).",
            number=number)})
    with transaction(conn):
        if person_id is None:
            if not person:
                raise ValidationError({"person": "Choose a person or give their name."})
            person_id = people.create_person(conn, actor, **person)["id"]
        else:
            people.get_person(conn, person_id)
        number = number or next_member_number(conn, actor.hub_id)
        if find_by_number(conn, number):
            raise ValidationError({"member_number": msg(
                "Member number {number} is already used.",
                number=number)})
        now = utcnow_iso()
        member_id = new_id()
        row = {
            "id": member_id, "hub_id": actor.hub_id, "created_by": actor.user_id,
            "created_at": now, "updated_at": now, "version": 1, "person_id": person_id,
            "member_number": number, "card_number": clean.get("card_number") or number,
            "member_type": member_type, "ypc_number": clean["ypc_number"],
            "organisation_name": clean["organisation_name"],
            "employment_support": clean.get("employment_support", 0),
            "joined_on": joined_on or today_local().isoformat(), "status": "active",
            **{k: json.dumps(clean.get(k, [] if k != "hubs" else [actor.hub_id]))
               for k in LIST_FIELDS},
        }
        conn.execute(
            f"INSERT INTO tb_members ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            tuple(row.values()),
        )
        consent.record_consent(conn, actor, "record", True, person_id=person_id)
        member = get_member(conn, member_id)
        outbox.enqueue(conn, "member", member_id, sync_payload(member), base_version=None)
    return member


def update_member(
    conn: sqlite3.Connection, actor: Actor, member_id: str, **changes: Any
) -> dict[str, Any]:
    clean = validate(changes)
    with transaction(conn):
        before = get_member(conn, member_id)
        changed = {k: v for k, v in clean.items() if before.get(k) != v
                   and not (k == "employment_support" and bool(v) == before[k])}
        if not changed:
            return before
        if "hubs" in changed:
            # Where a member is served is managed by staff (issue 7's roles).
            require(actor, "member.manage")
        merged = {**before, **changed}
        validate({k: merged[k] for k in ("member_type", "ypc_number", "organisation_name")})
        stored = {k: json.dumps(v) if k in LIST_FIELDS else v for k, v in changed.items()}
        sets = ", ".join(f"{k} = ?" for k in stored)
        conn.execute(
            f"UPDATE tb_members SET {sets}, version = version + 1, updated_at = ? WHERE id = ?",
            (*stored.values(), utcnow_iso(), member_id),
        )
        after = get_member(conn, member_id)
        outbox.enqueue(conn, "member", member_id, sync_payload(after),
                       base_version=before["version"], changed=changed.keys())
    return after


def list_members(
    conn: sqlite3.Connection, query: str = "", *, limit: int = 200, include_left: bool = False,
    with_balances: bool = True,
) -> list[dict[str, Any]]:
    """Members by number or name, with their balances, for the members list."""
    from accesspoint.timebank.ledger import member_balance

    where = [] if include_left else ["m.status = 'active'"]
    args: list[Any] = []
    q = query.strip()
    if q:
        ids = [m.person["id"] for m in people.search_people(conn, q, limit=100)]
        marks = ",".join("?" * len(ids))
        where.append(f"(m.member_number LIKE ? OR m.organisation_name LIKE ?"
                     f"{f' OR m.person_id IN ({marks})' if ids else ''})")
        args += [q + "%", "%" + q + "%", *ids]
    sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + \
        " ORDER BY p.family_name, p.given_name, m.member_number LIMIT ?"
    found = [_row_to_member(r) for r in conn.execute(sql, (*args, limit))]
    if with_balances:
        for m in found:
            m["balance_minutes"] = member_balance(conn, m["id"])
    return found


def known_hubs(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Hubs a member can be said to attend: those this device knows by name, and any
    other hub id members here already name (other hubs' names never come down, so
    `name` is None for those). This device's hubs first, then by id."""
    named = {r[0]: r[1] for r in conn.execute("SELECT id, name FROM hubs")}
    seen = {r[0] for r in conn.execute(
        "SELECT DISTINCT j.value FROM tb_members m, json_each(m.hubs) j"
        " UNION SELECT DISTINCT hub_id FROM tb_members") if r[0]}
    ids = sorted(named, key=lambda h: named[h].casefold()) + sorted(seen - set(named))
    return [{"id": h, "name": named.get(h)} for h in ids]


def merge_hook(conn: sqlite3.Connection, keep_id: str, merge_id: str) -> None:
    """Two person records became one: their memberships follow the kept person.

    Both memberships are kept (each has its own ledger history); a coordinator may
    gift one balance to the other and mark the spare membership as left.
    """
    moved = [r[0] for r in conn.execute(
        "SELECT id FROM tb_members WHERE person_id = ?", (merge_id,))]
    now = utcnow_iso()
    for member_id in moved:
        before = get_member(conn, member_id)
        conn.execute(
            "UPDATE tb_members SET person_id = ?, version = version + 1, updated_at = ?"
            " WHERE id = ?", (keep_id, now, member_id),
        )
        after = get_member(conn, member_id)
        outbox.enqueue(conn, "member", member_id, sync_payload(after),
                       base_version=before["version"], changed=["person_id"])


def follow_merges(conn: sqlite3.Connection) -> int:
    """Catch up memberships whose person was merged while the hook was not registered
    (a process that merged people without importing accesspoint.timebank). Cheap when
    there is nothing to do; the UI runs it when the Time bank opens."""
    stale = conn.execute(
        "SELECT DISTINCT p.merged_into, p.id FROM tb_members m JOIN people p"
        " ON p.id = m.person_id WHERE p.merged_into IS NOT NULL"
    ).fetchall()
    if stale:
        with transaction(conn):
            for keep_id, merged_id in stale:
                merge_hook(conn, keep_id, merged_id)
    return len(stale)
