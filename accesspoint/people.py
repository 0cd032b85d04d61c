"""People, recorded once and reused ("tell us once")."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from accesspoint import outbox
from accesspoint.clock import today_local, utcnow_iso
from accesspoint.context import Actor
from accesspoint.db import transaction
from accesspoint.errors import Message, NotFoundError, ValidationError, msg
from accesspoint.ids import new_id
from accesspoint.security import audit
from accesspoint.security.permissions import require
from accesspoint.textnorm import (
    format_postcode,
    is_postcode,
    phone_digits,
    postcode_key,
    similarity,
    soundex,
    tokens,
)

EDITABLE = (
    "given_name",
    "family_name",
    "date_of_birth",
    "phone",
    "email",
    "postcode",
    "address",
    "preferred_language",
    "interpreter_needed",
    "accessibility_needs",
)
LIMITS = {
    "given_name": 100,
    "family_name": 100,
    "phone": 40,
    "email": 254,
    "postcode": 10,
    "address": 500,
    "preferred_language": 16,
    "accessibility_needs": 1000,
}
_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def parse_date(text: str) -> date:
    """Accept ISO (2024-05-01) or UK order (01/05/2024)."""
    text = text.strip()
    match = _DATE.match(text)
    try:
        if match:
            d, m, y = (int(g) for g in match.groups())
            return date(y, m, d)
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(msg("'{text}' is not a date (use DD/MM/YYYY).", text=text)) from exc


def validate(fields: dict[str, Any]) -> dict[str, Any]:
    problems: dict[str, str] = {}
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in EDITABLE:
            problems[key] = msg("Unknown field '{field}'.", field=key)
            continue
        if key == "interpreter_needed":
            clean[key] = 1 if value else 0
            continue
        if key == "date_of_birth":
            if value in (None, ""):
                clean[key] = None
                continue
            try:
                dob = value if isinstance(value, date) else parse_date(str(value))
            except ValueError as exc:
                first = exc.args[0] if exc.args else ""
                problems[key] = first if isinstance(first, Message) else str(exc)
                continue
            if dob > today_local():
                problems[key] = msg("Date of birth is in the future.")
            elif dob.year < 1900:
                problems[key] = msg("Date of birth is before 1900.")
            clean[key] = dob.isoformat()
            continue
        text = "" if value is None else str(value).strip()
        limit = LIMITS.get(key)
        if limit and len(text) > limit:
            problems[key] = msg("Too long: {length} characters, at most {limit}.",
                                length=len(text), limit=limit)
            continue
        if key == "postcode" and text:
            if not is_postcode(text):
                problems[key] = msg("'{text}' is not a UK postcode (for example E1 6AN).",
                                    text=text)
                continue
            text = format_postcode(text)
        if key == "phone" and text and len(phone_digits(text)) < 6:
            problems[key] = msg("A phone number needs at least 6 digits.")
            continue
        clean[key] = text
    if problems:
        raise ValidationError(problems)
    return clean


def _index(conn: sqlite3.Connection, person_id: str, given: str, family: str) -> None:
    conn.execute("DELETE FROM person_tokens WHERE person_id = ?", (person_id,))
    toks = set(tokens(f"{given} {family}"))
    conn.executemany(
        "INSERT INTO person_tokens (person_id, token, phonetic) VALUES (?, ?, ?)",
        [(person_id, t, soundex(t)) for t in toks],
    )


def _payload(row: sqlite3.Row) -> dict[str, Any]:
    return outbox.row_payload(row, drop=("phone_digits", "postcode_key"))


def create_person(conn: sqlite3.Connection, actor: Actor, **fields: Any) -> dict[str, Any]:
    clean = validate(fields)
    if not (clean.get("given_name") or clean.get("family_name")):
        raise ValidationError({"given_name": msg("Give at least a first name or a family name.")})
    now = utcnow_iso()
    person_id = new_id()
    row = {k: clean.get(k, "") for k in EDITABLE}
    row["date_of_birth"] = clean.get("date_of_birth")
    row["interpreter_needed"] = clean.get("interpreter_needed", 0)
    row["preferred_language"] = clean.get("preferred_language") or "en"
    with transaction(conn):
        conn.execute(
            f"INSERT INTO people (id, hub_id, created_by, created_at, updated_at, version,"
            f" {', '.join(EDITABLE)}, phone_digits, postcode_key)"
            f" VALUES (?, ?, ?, ?, ?, 1, {', '.join('?' * len(EDITABLE))}, ?, ?)",
            (
                person_id,
                actor.hub_id,
                actor.user_id,
                now,
                now,
                *(row[k] for k in EDITABLE),
                phone_digits(row["phone"]),
                postcode_key(row["postcode"]),
            ),
        )
        _index(conn, person_id, row["given_name"], row["family_name"])
        person = get_person(conn, person_id)
        outbox.enqueue(conn, "person", person_id, person, base_version=None)
        audit.record(conn, actor, "created", "person", person_id)
    return person


def get_person(conn: sqlite3.Connection, person_id: str, *, follow: bool = True) -> dict[str, Any]:
    row = conn.execute("SELECT * FROM people WHERE id = ?", (person_id,)).fetchone()
    if row is None:
        raise NotFoundError(msg("No person with id {person_id}.", person_id=person_id))
    if follow and row["merged_into"]:
        return get_person(conn, row["merged_into"])
    return _payload(row)


def update_person(
    conn: sqlite3.Connection, actor: Actor, person_id: str, **changes: Any
) -> dict[str, Any]:
    require(actor, "person.edit")
    clean = validate(changes)
    with transaction(conn):
        before = get_person(conn, person_id)
        changed = {k: v for k, v in clean.items() if before.get(k) != v}
        if not changed:
            return before
        if ("given_name" in changed or "family_name" in changed) and not (
            changed.get("given_name", before["given_name"])
            or changed.get("family_name", before["family_name"])
        ):
            raise ValidationError({"given_name": msg("A person needs a first or family name.")})
        sets = ", ".join(f"{k} = ?" for k in changed)
        conn.execute(
            f"UPDATE people SET {sets}, version = version + 1, updated_at = ?,"
            " phone_digits = ?, postcode_key = ? WHERE id = ?",
            (
                *changed.values(),
                utcnow_iso(),
                phone_digits(changed.get("phone", before["phone"])),
                postcode_key(changed.get("postcode", before["postcode"])),
                before["id"],
            ),
        )
        after = get_person(conn, before["id"])
        _index(conn, after["id"], after["given_name"], after["family_name"])
        outbox.enqueue(
            conn,
            "person",
            after["id"],
            after,
            base_version=before["version"],
            changed=changed.keys(),
        )
        audit.record(conn, actor, "edited", "person", after["id"], ",".join(sorted(changed)))
    return after


@dataclass
class Match:
    person: dict[str, Any]
    score: float
    reasons: list[str]


_POSTCODE_IN_TEXT = re.compile(r"\b([A-Za-z]{1,2}[0-9][A-Za-z0-9]?\s*[0-9][A-Za-z]{2})\b")


def _split_query(query: str) -> tuple[list[str], str, str, str | None]:
    names: list[str] = []
    digits = ""
    postcode = ""
    dob: str | None = None
    text = query.strip()
    found = _POSTCODE_IN_TEXT.search(text)
    if found:
        postcode = postcode_key(found.group(1))
        text = text[: found.start()] + " " + text[found.end() :]
    for part in text.replace(",", " ").split():
        n_digits = sum(c.isdigit() for c in part)
        if any(ch in part for ch in "/-.") and n_digits >= 6:
            try:
                dob = parse_date(part).isoformat()
                continue
            except ValueError:
                pass
        if n_digits >= 6 and not any(c.isalpha() for c in part):
            digits += phone_digits(part)
        elif n_digits == 0:
            names.extend(tokens(part))
    return names, digits, postcode, dob


_PER_SOURCE = 1500
_CANDIDATES = 80


def search_people(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[Match]:
    """Find people as you type by name, phone, postcode or date of birth."""
    names, digits, postcode, dob = _split_query(query)
    if not (names or digits or postcode or dob):
        return []
    parts: list[str] = []
    args: list[Any] = []
    for i, tok in enumerate(names):
        # Each source is capped so a one-letter prefix cannot drag in half the borough.
        parts.append(
            f"SELECT * FROM (SELECT person_id, {i} AS qi FROM person_tokens"
            f" WHERE token >= ? AND token < ? LIMIT {_PER_SOURCE})"
        )
        args += [tok, tok + "\U0010ffff"]
        if len(tok) >= 3:
            parts.append(
                f"SELECT * FROM (SELECT person_id, {i} AS qi FROM person_tokens"
                f" WHERE phonetic = ? LIMIT {_PER_SOURCE})"
            )
            args.append(soundex(tok))
    if digits:
        parts.append(
            "SELECT id AS person_id, 100 AS qi FROM people"
            " WHERE phone_digits >= ? AND phone_digits < ? AND phone_digits != ''"
        )
        args += [digits, digits + ":"]
    if postcode:
        parts.append("SELECT id AS person_id, 101 AS qi FROM people"
            " WHERE postcode_key = ? AND postcode_key != ''")
        args.append(postcode)
    if dob:
        parts.append("SELECT id AS person_id, 102 AS qi FROM people"
            " WHERE date_of_birth = ? AND date_of_birth IS NOT NULL")
        args.append(dob)
    sql = (
        "SELECT c.person_id, COUNT(DISTINCT c.qi) AS hits FROM ("
        + " UNION ALL ".join(parts)
        + ") AS c"
        f" GROUP BY c.person_id ORDER BY hits DESC LIMIT {_CANDIDATES}"
    )
    candidates = [r[0] for r in conn.execute(sql, args)]
    if not candidates:
        return []
    marks = ",".join("?" * len(candidates))
    # Merged records lose their name tokens but may still match on phone or date of
    # birth; they are dropped here rather than in the candidate query, which stays
    # index-only. The partial indexes need their own conditions repeated to be used.
    rows = conn.execute(
        f"SELECT * FROM people WHERE id IN ({marks}) AND merged_into IS NULL", candidates
    ).fetchall()
    matches = [_score(row, names, digits, postcode, dob) for row in rows]
    matches = [m for m in matches if m.score >= 0.5]
    matches.sort(key=lambda m: (-m.score, m.person["family_name"], m.person["given_name"]))
    return matches[:limit]


def _score(
    row: sqlite3.Row, names: list[str], digits: str, postcode: str, dob: str | None
) -> Match:
    person_tokens = tokens(f"{row['given_name']} {row['family_name']}")
    reasons: list[str] = []
    weights = 0.0
    total = 0.0
    if names:
        name_score = sum(
            max((similarity(q, t) for t in person_tokens), default=0.0) for q in names
        ) / len(names)
        total += 2 * name_score
        weights += 2
        if name_score >= 0.75:
            reasons.append("name")
    for present, ok, label in (
        (digits, digits and row["phone_digits"].startswith(digits), "phone"),
        (postcode, postcode and row["postcode_key"] == postcode, "postcode"),
        (dob, dob and row["date_of_birth"] == dob, "date of birth"),
    ):
        if present:
            weights += 1
            if ok:
                total += 1
                reasons.append(label)
    return Match(_payload(row), total / weights if weights else 0.0, reasons)


def likely_duplicates(conn: sqlite3.Connection, **fields: Any) -> list[Match]:
    """People who may already be the one about to be created."""
    query = " ".join(str(fields.get(k) or "") for k in ("given_name", "family_name"))
    found: dict[str, Match] = {}
    if query.strip():
        for m in search_people(conn, query, limit=50):
            if m.score >= 0.8:
                found[m.person["id"]] = m
    dob = fields.get("date_of_birth")
    phone = phone_digits(str(fields.get("phone") or ""))
    pc = postcode_key(str(fields.get("postcode") or ""))
    if phone and len(phone) >= 6:
        for row in conn.execute(
            "SELECT * FROM people WHERE phone_digits = ? AND phone_digits != ''"
            " AND merged_into IS NULL", (phone,)
        ):
            match = found.setdefault(row["id"], Match(_payload(row), 0.9, []))
            # A name match found first must still count the phone: together they are strong.
            match.reasons.append("phone")
    result = []
    for m in found.values():
        p = m.person
        strong = "phone" in m.reasons
        if dob and p["date_of_birth"] == dob:
            strong = True
            m.reasons.append("date of birth")
        if pc and postcode_key(p["postcode"]) == pc:
            strong = True
            m.reasons.append("postcode")
        if strong or m.score >= 0.95:
            result.append(m)
    result.sort(key=lambda m: -m.score)
    return result


def merge_people(
    conn: sqlite3.Connection, actor: Actor, keep_id: str, merge_id: str
) -> dict[str, Any]:
    """Fold `merge_id` into `keep_id`; every enquiry, consent and note follows."""
    require(actor, "person.merge")
    if keep_id == merge_id:
        raise ValidationError(msg("Choose two different people to merge."))
    with transaction(conn):
        keep = get_person(conn, keep_id, follow=False)
        gone = get_person(conn, merge_id, follow=False)
        if keep["merged_into"] or gone["merged_into"]:
            raise ValidationError(msg("One of these records was already merged; reopen it."))
        fill = {k: gone[k] for k in EDITABLE if not keep.get(k) and gone.get(k)}
        moved = conn.execute(
            "SELECT id FROM enquiries WHERE person_id = ?", (merge_id,)
        ).fetchall()
        conn.execute("UPDATE enquiries SET person_id = ? WHERE person_id = ?", (keep_id, merge_id))
        conn.execute(
            "UPDATE consent_events SET person_id = ? WHERE person_id = ?", (keep_id, merge_id)
        )
        for hook in MERGE_HOOKS:
            hook(conn, keep_id, merge_id)
        now = utcnow_iso()
        conn.execute(
            "UPDATE people SET merged_into = ?, version = version + 1, updated_at = ? WHERE id = ?",
            (keep_id, now, merge_id),
        )
        if fill:
            sets = ", ".join(f"{k} = ?" for k in fill)
            conn.execute(
                f"UPDATE people SET {sets}, version = version + 1, updated_at = ?,"
                " phone_digits = ?, postcode_key = ? WHERE id = ?",
                (
                    *fill.values(),
                    now,
                    phone_digits(fill.get("phone", keep["phone"])),
                    postcode_key(fill.get("postcode", keep["postcode"])),
                    keep_id,
                ),
            )
        conn.execute("DELETE FROM person_tokens WHERE person_id = ?", (merge_id,))
        after_gone = get_person(conn, merge_id, follow=False)
        outbox.enqueue(
            conn, "person", merge_id, after_gone, base_version=gone["version"],
            changed=["merged_into"],
        )
        after = get_person(conn, keep_id)
        if fill:
            _index(conn, keep_id, after["given_name"], after["family_name"])
            outbox.enqueue(
                conn, "person", keep_id, after, base_version=keep["version"], changed=fill.keys()
            )
        for (enquiry_id,) in moved:
            row = conn.execute("SELECT * FROM enquiries WHERE id = ?", (enquiry_id,)).fetchone()
            outbox.enqueue(conn, "enquiry", enquiry_id, dict(row), base_version=None)
        audit.record(conn, actor, "merged", "person", keep_id, f"from={merge_id}")
    return after


# Other parts (the time bank) register callbacks to move their own rows on merge.
MERGE_HOOKS: list = []


def display_name(person: dict[str, Any]) -> str:
    return " ".join(p for p in (person.get("given_name"), person.get("family_name")) if p)
