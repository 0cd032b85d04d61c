"""Demo time bank: activities, rewards, members (reusing demo people: tell us once),
opportunities and four months of hours, spends, gifts and a correction."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from accesspoint import settings
from accesspoint.clock import to_iso, today_local
from accesspoint.context import Actor
from accesspoint.resources import resource_path
from accesspoint.timebank import activities, hours, ledger, members, rewards
from accesspoint.timebank.members import SLOTS

OPPORTUNITIES = [
    ("Befriender needed on Tuesdays", "befriending", ["listening"], ["older people"],
     ["tue_am", "tue_pm"], False),
    ("Community garden: spring planting", "gardening", ["gardening"], ["environment"],
     ["sat_am", "sun_am"], False),
    ("Homework club helper", "homework_club", ["languages"], ["children", "learning"],
     ["mon_pm", "wed_pm"], False),
    ("Digital buddy placement (with training)", "digital_buddy", ["IT"], ["learning"],
     ["thu_am", "fri_am"], True),
    ("Community lunch cook", "community_lunch", ["cooking"], ["food"], ["fri_am"], False),
    ("Food bank driver", "food_bank", ["driving"], ["food"], ["sat_am"], True),
]


@cache
def catalogue() -> dict[str, Any]:
    return json.loads(resource_path("timebank", "catalogue.json").read_text(encoding="utf-8"))


def seed_catalogue(conn: sqlite3.Connection) -> None:
    """Activities and rewards from resources/timebank/catalogue.json (if not present)."""
    data = catalogue()
    for a in data["activities"]:
        if not activities.resolve_activity(conn, a["code"]):
            activities.add_activity(conn, a["name"], a["category"], a["code"])
    if not conn.execute("SELECT 1 FROM tb_rewards LIMIT 1").fetchone():
        for r in data["rewards"]:
            rewards.add_reward(conn, **r)


def demo_timebank(conn: sqlite3.Connection, actor: Actor, rng: random.Random) -> None:
    seed_catalogue(conn)
    data = catalogue()
    settings.put(conn, members.PREFIX_KEY, "TB")  # a one-hub demo: short numbers
    settings.put(conn, rewards.RATE_KEY, 1000)  # £10.00 an hour, for the conversion demo
    acts = {a["code"]: a for a in activities.list_activities(conn)}
    today = today_local()
    start = today - timedelta(days=120)
    people_rows = conn.execute(
        "SELECT id FROM people WHERE merged_into IS NULL ORDER BY created_at LIMIT 26"
    ).fetchall()
    made: list[dict[str, Any]] = []
    for i, (person_id,) in enumerate(people_rows):
        joined = start + timedelta(days=rng.randint(0, 100) if i > 12 else 0)
        made.append(members.create_member(
            conn, actor, person_id=person_id, joined_on=joined.isoformat(),
            skills=rng.sample(data["skills"], 2), interests=rng.sample(data["interests"], 2),
            availability=rng.sample(SLOTS, 4), employment_support=i % 5 == 0,
        ))
    for i, (given, family) in enumerate([("Leah", "Okoro"), ("Jayden", "Silva"),
                                         ("Amira", "Hassan"), ("Tomás", "Pereira")]):
        made.append(members.create_member(
            conn, actor, person={"given_name": given, "family_name": family,
                                 "date_of_birth": f"{today.year - 15 - i}-0{i + 3}-12"},
            member_type="young_person", ypc_number=f"YPC{40211 + i * 37}",
            joined_on=(start + timedelta(days=30 + i * 10)).isoformat(),
            skills=rng.sample(data["skills"], 2), interests=["sport", "children"],
            availability=["sat_am", "wed_eve"],
        ))
    orgs = [members.create_member(
        conn, actor, person={"given_name": contact, "family_name": family},
        member_type="organisation", organisation_name=org, joined_on=start.isoformat(),
    ) for contact, family, org in (("Grace", "Mensah", "Riverside Tenants' Association"),
                                   ("Daniel", "Brown", "Millfields Community Garden"))]
    for title, code, skills, interests, slots, employment in OPPORTUNITIES:
        activities.add_opportunity(
            conn, actor, title=title, activity_id=acts[code]["id"], skills=skills,
            interests=interests, availability=slots, employment=employment,
            project_id=orgs[1]["id"] if code == "gardening" else None,
            starts_on=(today + timedelta(days=rng.randint(1, 20))).isoformat(),
            ends_on=(today + timedelta(days=90)).isoformat(),
        )
    codes = list(acts)
    first_earn: dict[str, Any] = {}
    day = start
    while day < today:
        for m in rng.sample(made, rng.randint(1, 5)):
            if m["joined_on"] > day.isoformat():
                continue
            code = rng.choice(codes)
            project = orgs[0]["id"] if code in ("tenant_meeting", "tenants_panel") else (
                orgs[1]["id"] if code == "gardening" else None)
            entry = hours.Entry(member_id=m["id"], activity_id=acts[code]["id"],
                                day=day.isoformat(), minutes=rng.choice([60, 90, 120, 180]),
                                project_id=project, verified_by="Joy Mensah")
            stamp = to_iso(datetime(day.year, day.month, day.day, 17, rng.randint(0, 59),
                                    tzinfo=UTC))
            row = ledger.post_many(conn, actor, [hours.to_transfer(entry, actor)],
                                   created_at=stamp)[0]
            first_earn.setdefault(m["id"], row)
        if day.weekday() == 4:  # Fridays: a gift between members who have credits
            giver, taker = rng.sample(made[:26], 2)
            if ledger.member_balance(conn, giver["id"]) >= 60:
                ledger.post_many(conn, actor, [ledger.Transfer(
                    ledger.member_account(giver["id"]), ledger.member_account(taker["id"]),
                    60, "gift", note="For a neighbour")],
                    created_at=to_iso(datetime(day.year, day.month, day.day, 18, tzinfo=UTC)))
        day += timedelta(days=1)
    # A mistaken entry, corrected (the original stays in the history).
    wrong = next(iter(first_earn.values()))
    ledger.reverse(conn, actor, wrong["id"], "Logged against the wrong member")
    for m in made[:18]:
        affordable = [r for r in rewards.list_rewards(conn, available_only=True)
                      if m["member_type"] in r["eligible_types"]
                      and r["cost_minutes"] <= ledger.member_balance(conn, m["id"])]
        if affordable:
            rewards.redeem(conn, actor, m["id"], rng.choice(affordable)["id"])
    if ledger.member_balance(conn, made[0]["id"]) >= 60:
        rewards.convert(conn, actor, made[0]["id"], 60)
