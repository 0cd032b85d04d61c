"""Bulk synthetic data for benchmarks and screenshots (never used on a hub's database).

Rows go in with executemany, straight into the tables, because a benchmark needs a
million ledger transfers in seconds; the domain functions are for tests. Tables of
other parts are filled only if they exist.
"""

from __future__ import annotations

import json
import random
import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta

from accesspoint.db import transaction

from .records import has_columns, has_table

DISTRICTS = ["E1", "E2", "E3", "E5", "E8", "E9", "E10", "E13", "E15", "E17", "N15", "N17",
             "N16", "N1", "E14", "E16", "E6", "E7", "E11", "E12"]
NEEDS = ["benefits", "council_tax", "housing", "homelessness", "debt", "employment", "food",
         "fuel", "health", "mental_health", "social_isolation", "children_families",
         "disability", "immigration", "digital", "education", "older_people"]
NEED_WEIGHTS = [14, 9, 13, 4, 10, 5, 11, 6, 4, 5, 4, 4, 3, 3, 3, 2, 3]
CHANNELS = ["walk_in", "phone", "email", "outreach"]
OUTCOMES = ["information", "signposted", "referred", "escalated", "no_suitable_service", "open"]
ACTIVITIES = [("gardening", "Community garden", "environment"),
              ("befriending", "Befriending", "care_and_company"),
              ("lunch_club", "Lunch club", "community_events"),
              ("homework_club", "Homework club", "children_and_families"),
              ("digital_help", "Digital help", "learning_and_skills"),
              ("diy_repairs", "Small repairs", "practical_help"),
              ("litter_pick", "Litter pick", "environment"),
              ("esol_buddies", "English conversation", "learning_and_skills")]
SERVICES = ["Citizens Advice Hackney", "Food Bank North", "Shelter Helpline",
            "StepChange Debt Charity", "Mind in the City", "Age UK East London",
            "Job Centre Plus", "Hackney Law Centre", "Warm Homes Advice", "Family Hub East",
            "Carers Centre", "Digital Skills Cafe"]


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128)))


def _stamp(day: date, rng: random.Random) -> str:
    moment = datetime(day.year, day.month, day.day, rng.randint(8, 19), rng.randint(0, 59),
                      rng.randint(0, 59), tzinfo=UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def fill(conn: sqlite3.Connection, *, enquiries: int = 1000, transfers: int = 10000,
         end: date | None = None, days: int = 365, hubs: int = 2, seed: int = 11) -> dict:
    """Returns what was made: hub ids and counts."""
    rng = random.Random(seed)
    end = end or date.today()
    start = end - timedelta(days=days - 1)
    now = _stamp(end, rng)
    hub_ids = [_id(rng) for _ in range(hubs)]
    names = ["Riverside Community Centre", "Northway Library Hub", "Eastgate Family Hub"]
    made: dict = {"hubs": hub_ids}
    with transaction(conn):
        conn.executemany("INSERT INTO hubs (id, name, kind, created_at) VALUES (?, ?, ?, ?)",
                         [(h, names[i % 3] + ("" if i < 3 else f" {i}"), "community_centre",
                           now) for i, h in enumerate(hub_ids)])
        n_people = max(10, enquiries // 4)
        person_rows = []
        for _ in range(n_people):
            district = rng.choices(DISTRICTS, weights=range(len(DISTRICTS), 0, -1))[0]
            postcode = f"{district} {rng.randint(1, 9)}{rng.choice('ABDEHLNPQRSTUWXYZ')}" \
                       f"{rng.choice('ABDEHLNPQRSTUWXYZ')}"
            person_rows.append((_id(rng), rng.choice(hub_ids), "bench", now, now, "Resident",
                                "Synthetic", postcode, postcode.replace(" ", "")))
        conn.executemany(
            "INSERT INTO people (id, hub_id, created_by, created_at, updated_at, given_name,"
            " family_name, postcode, postcode_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            person_rows)
        person_ids = [p[0] for p in person_rows]
        enq_rows, need_rows = [], []
        today = date.today()
        for i in range(enquiries):
            day = start + timedelta(days=int(rng.triangular(0, days - 1, days - 1)))
            stamp = _stamp(day, rng)
            outcome = rng.choices(OUTCOMES, weights=[30, 30, 15, 5, 12, 8])[0]
            follow = None
            if outcome in ("referred", "escalated", "open") and rng.random() < 0.6:
                follow = (day + timedelta(days=rng.randint(3, 21))).isoformat()
            done = now if follow and (date.fromisoformat(follow) > today
                                      or rng.random() < 0.85) else None
            eid = _id(rng)
            enq_rows.append((eid, rng.choice(hub_ids), "bench", stamp, stamp,
                             f"ENQ-B{i:07d}", None if rng.random() < 0.1
                             else rng.choice(person_ids),
                             rng.choices(CHANNELS, weights=[50, 30, 10, 10])[0], outcome,
                             follow, done))
            for need in set(rng.choices(NEEDS, weights=NEED_WEIGHTS, k=rng.choice([1, 1, 2]))):
                need_rows.append((eid, need))
        conn.executemany(
            "INSERT INTO enquiries (id, hub_id, created_by, created_at, updated_at, reference,"
            " person_id, channel, outcome, follow_up_date, follow_up_done_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", enq_rows)
        conn.executemany("INSERT INTO enquiry_needs (enquiry_id, need_code) VALUES (?, ?)",
                         need_rows)
        made["enquiries"] = len(enq_rows)
        if has_columns(conn, "referrals", "service_name", "kind", "status"):
            made["referrals"] = _referrals(conn, rng, enq_rows, now)
        if has_table(conn, "tb_transfers"):
            made.update(_timebank(conn, rng, hub_ids, person_ids, transfers, start, end, now))
    return made


def _referrals(conn: sqlite3.Connection, rng: random.Random, enq_rows: list, now: str) -> int:
    rows = []
    service_ids = {s: _id(rng) for s in SERVICES}
    for e in enq_rows:
        if e[8] not in ("signposted", "referred"):
            continue
        kind = "referral" if e[8] == "referred" else "signpost"
        service = rng.choices(SERVICES, weights=range(len(SERVICES) + 4, 4, -1))[0]
        status = "closed" if kind == "signpost" else rng.choices(
            ["made", "sent", "seen", "accepted", "declined", "closed"],
            weights=[5, 10, 10, 40, 10, 25])[0]
        follow = e[9] if kind == "referral" else None
        rows.append((_id(rng), e[1], "bench", e[3], e[3], e[0], e[6], service_ids[service],
                     service, kind, status, follow, now if status == "closed" else None))
    conn.executemany(
        "INSERT INTO referrals (id, hub_id, created_by, created_at, updated_at, enquiry_id,"
        " person_id, service_id, service_name, kind, status, follow_up_date, closed_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return len(rows)


def _timebank(conn: sqlite3.Connection, rng: random.Random, hub_ids: list[str],
              person_ids: list[str], n: int, start: date, end: date, now: str) -> dict:
    act_rows = [(_id(rng), code, name, cat, now, now) for code, name, cat in ACTIVITIES]
    conn.executemany("INSERT INTO tb_activities (id, code, name, category, created_at,"
                     " updated_at) VALUES (?, ?, ?, ?, ?, ?)", act_rows)
    n_members = max(20, min(len(person_ids), n // 400 + 20))
    span = (end - start).days
    members = []
    for i in range(n_members):
        kind = rng.choices(["adult", "young_person", "organisation"], weights=[80, 15, 5])[0]
        joined = start + timedelta(days=rng.randint(0, span))
        members.append((_id(rng), rng.choice(hub_ids), "bench", now, now, person_ids[i],
                        f"TB{i:06d}", kind, "YPC1" if kind == "young_person" else "",
                        "Org" if kind == "organisation" else "", json.dumps([]),
                        joined.isoformat()))
    conn.executemany(
        "INSERT INTO tb_members (id, hub_id, created_by, created_at, updated_at, person_id,"
        " member_number, member_type, ypc_number, organisation_name, hubs, joined_on)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", members)
    activity_ids = [a[0] for a in act_rows]
    weights = [30, 20, 15, 10, 10, 6, 5, 4]
    batch: list[tuple] = []
    cols = ("id, hub_id, created_by, created_at, from_account, to_account, minutes, kind,"
            " reverses, activity_id, activity_date, member_id")
    sql = f"INSERT INTO tb_transfers ({cols}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    count = 0
    for i in range(n):
        m = members[int(rng.paretovariate(1.2)) % n_members]
        day = start + timedelta(days=rng.randint(0, span))
        stamp = _stamp(day, rng)
        tid = _id(rng)
        if i % 5 == 4:  # spend credits on a reward
            row = (tid, m[1], "bench", stamp, f"member:{m[0]}", "rewards",
                   rng.choice([30, 60, 120]), "spend", None, None, None, m[0])
        else:
            row = (tid, m[1], "bench", stamp, f"project:{m[1]}", f"member:{m[0]}",
                   rng.choice([30, 60, 60, 90, 120, 180]), "earn", None,
                   rng.choices(activity_ids, weights=weights)[0], day.isoformat(), m[0])
        batch.append(row)
        if i % 997 == 3 and row[7] == "earn":  # a correction now and then
            batch.append((_id(rng), m[1], "bench", stamp, row[5], row[4], row[6],
                          "correction", tid, row[9], row[10], m[0]))
        if len(batch) >= 50_000:
            conn.executemany(sql, batch)
            count += len(batch)
            batch = []
    conn.executemany(sql, batch)
    count += len(batch)
    return {"transfers": count, "members": n_members}
