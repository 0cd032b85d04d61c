"""Equality monitoring: optional, asked after the enquiry, never needed for help.

Questions follow the 2021 Census for England and Wales (ethnic group, religion,
sex, gender identity, sexual orientation, main language, English proficiency),
the Equality Act 2010 protected characteristics (age, marriage/civil partnership,
pregnancy/maternity) and the GSS harmonised disability questions. Every question
has "prefer not to say"; an unanswered question counts as not asked.

Stored apart from the enquiry and linked to no person and no enquiry, with the
day only: a response cannot be traced back, so it is not personal data once
saved. Anyone can submit (the resident answers at the volunteer's PC); only
coordinators see results, and only as counts with small numbers suppressed.

The council gets counts, never single responses: at sync, each finished month's
answers are summed into one ``equality_tally`` record per hub and month (sent once),
so no response can be matched to an enquiry sent in the same batch.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections import Counter
from datetime import date
from typing import Any

from accesspoint import hubs, outbox, settings
from accesspoint.clock import today_local
from accesspoint.context import Actor
from accesspoint.db import transaction
from accesspoint.errors import ValidationError
from accesspoint.ids import new_id
from accesspoint.security.permissions import require

PREFER_NOT = "prefer_not_to_say"
SUPPRESS_BELOW = 5  # counts under this are shown as "<5" so no one stands out

_ETHNIC = (
    # Census 2021 (England and Wales), 19 groups under 5 headings.
    "asian_indian", "asian_pakistani", "asian_bangladeshi", "asian_chinese", "asian_other",
    "black_caribbean", "black_african", "black_other",
    "mixed_white_black_caribbean", "mixed_white_black_african", "mixed_white_asian",
    "mixed_other",
    "white_british", "white_irish", "white_gypsy_irish_traveller", "white_roma", "white_other",
    "other_arab", "other_any",
)
QUESTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "age_band": ("What is your age?", (
        "under_16", "16_24", "25_34", "35_44", "45_54", "55_64", "65_74", "75_plus")),
    "sex": ("What is your sex?", ("female", "male")),
    "gender_same_as_birth": (
        "Is the gender you identify with the same as your sex registered at birth?",
        ("yes", "no")),
    "sexual_orientation": ("Which of the following best describes your sexual orientation?", (
        "straight_heterosexual", "gay_lesbian", "bisexual", "other")),
    "ethnic_group": ("What is your ethnic group?", _ETHNIC),
    "religion": ("What is your religion?", (
        "no_religion", "christian", "buddhist", "hindu", "jewish", "muslim", "sikh", "other")),
    "marital_status": ("Are you married or in a civil partnership?", (
        "never_married", "married", "civil_partnership", "separated", "divorced",
        "widowed")),
    "pregnancy_maternity": ("Are you pregnant or have you given birth in the last 26 weeks?",
                            ("yes", "no")),
    # GSS harmonised standard: two questions.
    "disability_condition": (
        "Do you have any physical or mental health conditions or illnesses lasting or "
        "expected to last 12 months or more?", ("yes", "no")),
    "disability_reduces_ability": (
        "Does your condition or illness reduce your ability to carry out day-to-day "
        "activities?", ("yes_a_lot", "yes_a_little", "not_at_all")),
    "main_language": ("What is your main language?", (
        "english", "welsh", "polish", "romanian", "panjabi", "urdu", "portuguese", "spanish",
        "arabic", "bengali", "gujarati", "italian", "somali", "tigrinya", "ukrainian",
        "farsi", "kurdish", "bsl", "other")),
    "english_proficiency": ("How well can you speak English?", (
        "very_well", "well", "not_well", "not_at_all")),
}


def options(question: str) -> tuple[str, ...]:
    return (*QUESTIONS[question][1], PREFER_NOT)


def submit(conn: sqlite3.Connection, actor: Actor, answers: dict[str, str]) -> str | None:
    """Store one response; returns its id, or None if nothing was answered."""
    require(actor, "equality.submit")
    problems = {}
    clean: dict[str, str] = {}
    for q, a in answers.items():
        if q not in QUESTIONS:
            problems[q] = "Unknown question."
        elif a in (None, ""):
            continue
        elif a not in options(q):
            problems[q] = "Choose one of the answers listed."
        else:
            clean[q] = a
    if problems:
        raise ValidationError(problems)
    if not clean:
        return None
    response_id = new_id()
    with transaction(conn):
        # Not audited and not queued for sync by design: an audit row (user, time)
        # next to an enquiry would re-link the answers to the resident.
        conn.execute("INSERT INTO equality_responses (id, hub_id, recorded_on, answers)"
                     " VALUES (?, ?, ?, ?)",
                     (response_id, actor.hub_id, today_local().isoformat(),
                      json.dumps(clean, sort_keys=True)))
    return response_id


def report(conn: sqlite3.Connection, actor: Actor, since: str | None = None,
           until: str | None = None) -> dict[str, Any]:
    """Counts per answer for each question, small numbers suppressed (coordinators only)."""
    require(actor, "equality.report")
    where, args = [], []
    if since:
        where.append("recorded_on >= ?")
        args.append(since)
    if until:
        where.append("recorded_on < ?")
        args.append(until)
    sql = "SELECT answers FROM equality_responses" + (  # nosec B608 - fixed clauses, bound values
        f" WHERE {' AND '.join(where)}" if where else "")
    counts: dict[str, Counter[str]] = {q: Counter() for q in QUESTIONS}
    total = 0
    for (raw,) in conn.execute(sql, args):
        total += 1
        for q, a in json.loads(raw).items():
            if q in counts:
                counts[q][a] += 1
    shown: dict[str, dict[str, int | str]] = {}
    for q, counter in counts.items():
        shown[q] = {a: (n if n >= SUPPRESS_BELOW else f"<{SUPPRESS_BELOW}")
                    for a, n in sorted(counter.items())}
    return {"responses": total if total >= SUPPRESS_BELOW else f"<{SUPPRESS_BELOW}",
            "questions": shown}


TALLIES_SENT = "equality_tallies_sent"  # settings key: months already queued


def tally(conn: sqlite3.Connection, month: str) -> dict[str, Any]:
    """Counts per question and answer for one month (YYYY-MM), unsuppressed."""
    counts: dict[str, Counter[str]] = {}
    total = 0
    for (raw,) in conn.execute("SELECT answers FROM equality_responses"
                               " WHERE substr(recorded_on, 1, 7) = ?", (month,)):
        total += 1
        for q, a in json.loads(raw).items():
            counts.setdefault(q, Counter())[a] += 1
    return {"month": month, "responses": total,
            "counts": {q: dict(sorted(c.items())) for q, c in sorted(counts.items())}}


def queue_tallies(conn: sqlite3.Connection, today: date | None = None) -> int:
    """Queue one tally per finished month not sent yet; returns how many were queued."""
    current = (today or today_local()).isoformat()[:7]
    months = [r[0] for r in conn.execute(
        "SELECT DISTINCT substr(recorded_on, 1, 7) FROM equality_responses"
        " WHERE substr(recorded_on, 1, 7) < ? ORDER BY 1", (current,))]
    sent = set(settings.get(conn, TALLIES_SENT, []) or [])
    todo = [mth for mth in months if mth not in sent]
    hub = hubs.current_hub(conn)
    if not todo or hub is None:
        return 0
    with transaction(conn):
        for month in todo:
            # The same id for the same hub and month: a resend is a duplicate, not a second count.
            record_id = str(uuid.uuid5(uuid.NAMESPACE_URL,
                                       f"accesspoint:equality:{hub['id']}:{month}"))
            outbox.enqueue(conn, "equality_tally", record_id,
                           {"id": record_id, "hub_id": hub["id"], **tally(conn, month)},
                           action="append")
        settings.put(conn, TALLIES_SENT, sorted(sent | set(todo)))
    return len(todo)
