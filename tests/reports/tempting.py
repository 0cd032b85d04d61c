"""Generated data designed to tempt an open-data export into disclosure.

Every free-text field carries CANARY and every person a distinctive name, so a test
can grep the output for them. The shape is hostile on purpose: many districts with one
to three enquiries, one person with many enquiries in one place, weeks where one
small cell would be given away by its total.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from accesspoint import enquiries, people
from accesspoint.db import transaction

CANARY = "CANARY7f3a"
START = date(2026, 3, 2)  # a Monday
WEEKS = 8
DISTRICTS = ["E1", "E2", "E8", "N15", "SE5", "SW9", "W10", "NW6", "EC1A", "B33", "M1", "LS6"]


def _stamp(day: date, rng: random.Random) -> str:
    moment = datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59),
                      tzinfo=UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def seed(conn, actor, rng: random.Random | None = None) -> dict[str, list[str]]:
    """Returns the identifying strings that must never appear in any output."""
    rng = rng or random.Random(8)
    secrets: dict[str, list[str]] = {"text": [CANARY], "names": [], "postcodes": [],
                                     "phones": [], "ids": [], "references": []}
    persons = []
    for i, district in enumerate(DISTRICTS * 2):
        given, family = f"Zebedee{i}Quixworth", f"Marchbanks{i}Ollerenshaw"
        postcode = f"{district} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRT')}"
        p = people.create_person(conn, actor, given_name=given, family_name=family,
                                 postcode=postcode, phone=f"07700 9{i:05d}",
                                 email=f"{given.lower()}@example.org",
                                 address=f"{i} {CANARY} Street",
                                 accessibility_needs=f"needs {CANARY}")
        persons.append(p)
        secrets["names"] += [given, family]
        secrets["postcodes"].append(p["postcode"])
        secrets["phones"].append(p["phone"])
        secrets["ids"].append(p["id"])

    def enquiry(person, day, channel, outcome, needs):
        data = enquiries.EnquiryInput(
            channel=channel, needs=needs, outcome=outcome,
            description=f"{CANARY} story about {person['given_name'] if person else 'anon'}",
            person_id=person["id"] if person else None, consent_record=person is not None,
            accessibility_needs=f"{CANARY} hearing loop",
        )
        e = enquiries.create_enquiry(conn, actor, data)
        enquiries.add_note(conn, actor, e["id"], f"note {CANARY} for {e['reference']}")
        stamp = _stamp(day, rng)
        with transaction(conn):
            conn.execute("UPDATE enquiries SET created_at = ?, updated_at = ? WHERE id = ?",
                         (stamp, stamp, e["id"]))
        secrets["references"].append(e["reference"])
        secrets["ids"].append(e["id"])

    outcomes = list(enquiries.OUTCOMES)
    # Many tiny groups: each person one to three enquiries, spread thin.
    for p in persons:
        for _ in range(rng.randint(1, 3)):
            day = START + timedelta(days=rng.randrange(WEEKS * 7))
            enquiry(p, day, rng.choice(enquiries.CHANNELS), rng.choice(outcomes),
                    rng.sample(["housing", "food", "debt", "benefits", "fuel"], rng.randint(1, 2)))
    # A big, boring block so some cells are publishable at all.
    for _ in range(160):
        day = START + timedelta(days=rng.randrange(WEEKS * 7))
        enquiry(None, day, "walk_in", "signposted", ["benefits"])
    # One person, six unmet housing enquiries in one district in one week: a count of six
    # that is still one person.
    lonely = persons[0]
    for k in range(6):
        enquiry(lonely, START + timedelta(days=k % 5), "phone", "no_suitable_service",
                ["immigration"])
    # A week where one small cell would be given away by its total: 10 walk-ins and 2
    # phone calls, nothing else.
    week = START + timedelta(days=7 * WEEKS)
    for _ in range(10):
        enquiry(None, week, "walk_in", "information", ["digital"])
    for p in persons[1:3]:
        enquiry(p, week, "phone", "information", ["digital"])
    _referrals(conn, actor, rng)
    return secrets


def _referrals(conn, actor, rng: random.Random) -> None:
    """Raw rows (the directory's domain functions need a loaded directory): service
    names and notes carry the canary, and must never be published."""
    have = {r[1] for r in conn.execute("PRAGMA table_info(referrals)")}
    if not {"service_name", "kind", "org_name", "note"} <= have:
        return
    rows = conn.execute("SELECT id, person_id, created_at FROM enquiries"
                        " WHERE outcome IN ('signposted', 'referred')").fetchall()
    with transaction(conn):
        for i, (eid, pid, stamp) in enumerate(rows):
            kind = "referral" if i % 3 == 0 else "signpost"
            conn.execute(
                "INSERT INTO referrals (id, hub_id, created_by, created_at, updated_at,"
                " enquiry_id, person_id, service_id, service_name, org_name, kind, status,"
                " note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (f"ref-{i}", actor.hub_id, actor.user_id, stamp, stamp, eid, pid,
                 f"svc-{i % 4}", f"{CANARY} Mrs Smith's Service {i % 4}",
                 f"{CANARY} Org", kind, "made" if kind == "referral" else "closed",
                 f"{CANARY} referral note"))


def seed_timebank(conn, actor, secrets: dict[str, list[str]], rng: random.Random) -> bool:
    try:
        from accesspoint.timebank import activities, hours, members
    except ImportError:
        return False
    garden = activities.add_activity(conn, "Community garden", "environment")
    lonely = activities.add_activity(conn, "Befriending calls", "care_and_company")
    ids = []
    for i in range(12):
        given = f"Ptolemy{i}Wigglesworth"
        m = members.create_member(
            conn, actor, person={"given_name": given, "family_name": "Cholmondeley",
                                 "postcode": "E8 1DY"},
            joined_on=(START + timedelta(days=i)).isoformat())
        secrets["names"].append(given)
        ids.append(m["id"])
    for k in range(60):
        who = ids[k % 10]
        hours.log_hours(conn, actor, hours.Entry(
            member_id=who, activity_id=garden["id"],
            day=(START + timedelta(days=k % 50)).isoformat(), minutes=60 + 15 * (k % 4),
            beneficiary=f"{CANARY} Mrs Beneficiary", note=f"{CANARY} note"))
    # One member giving a lot of time alone: many hours, one person.
    for k in range(8):
        hours.log_hours(conn, actor, hours.Entry(
            member_id=ids[11], activity_id=lonely["id"],
            day=(START + timedelta(days=k)).isoformat(), minutes=240, note=CANARY))
    secrets["ids"] += ids
    return True
