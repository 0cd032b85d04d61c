"""A realistic demo: a hub, its users, residents, a month of enquiries and
follow-ups due, so a newcomer sees a working app at once. Written for the
project; every name and number is invented."""

from __future__ import annotations

import importlib
import random
import sqlite3
from datetime import timedelta

from accesspoint import enquiries, hubs, people, settings
from accesspoint.clock import to_iso, today_local, utcnow
from accesspoint.context import Actor
from accesspoint.db import transaction
from accesspoint.errors import AccessPointError

# Every demo user signs in with this PIN (made-up data only; README says so).
DEMO_PIN = "731946"

# Other parts add their demo data here as "module:function(conn, actor, rng)".
DEMO_STEPS: list[str] = [
    "accesspoint.directory.demo:demo_directory",
    "accesspoint.timebank.demo:demo_timebank",
]

GIVEN = ["Oluwaseun", "Amara", "Ana", "Fatima", "Mohamed", "Grace", "Kwame", "Sofia", "João",
         "Hodan", "Abdi", "Chloé", "Tunde", "Maria", "Daniel", "Ayesha", "Kofi", "Lucía",
         "Sarah", "Yusuf", "Beatriz", "Ifeoma", "Pierre", "Sagal", "Thomas", "Akosua"]
FAMILY = ["Adeyemi", "Okafor", "Silva", "Hassan", "Mensah", "García", "Warsame", "Dubois",
          "Smith", "Osei", "Pereira", "Ali", "Johnson", "Boateng", "Martínez", "Ahmed",
          "Oliveira", "Nwosu", "Jones", "Farah", "Rodríguez", "Asante", "Brown", "Costa"]
LANGS = {"Oluwaseun": "yo", "Tunde": "yo", "Ifeoma": "en", "Ana": "pt", "João": "pt",
         "Beatriz": "pt", "Hodan": "so", "Abdi": "so", "Sagal": "so", "Sofia": "es",
         "Lucía": "es", "Maria": "es", "Chloé": "fr", "Pierre": "fr", "Kwame": "tw",
         "Kofi": "tw", "Akosua": "tw"}
POSTCODES = ["E1 6AN", "E2 7DJ", "E3 4QL", "E5 8NH", "E8 1DY", "E9 5EN", "E10 6QP",
             "E13 9PJ", "E15 1NT", "E17 4PP", "N15 4HS", "N17 6RA"]
STORIES = [
    (["council_tax", "debt"], "Council Tax arrears letter; wants to set up a payment plan."),
    (["housing"], "Damp and mould in the bedroom; landlord not answering."),
    (["benefits"], "Universal Credit payment stopped after a change of address."),
    (["food"], "Needs a food parcel this week; two children at home."),
    (["social_isolation", "older_people"], "Lives alone since her husband died; wants company."),
    (["employment"], "Looking for work in retail; help with a CV."),
    (["immigration"], "Question about renewing a visa; wants free advice."),
    (["fuel", "debt"], "Prepayment meter running out; cannot top up until payday."),
    (["mental_health"], "Feeling low and anxious; not registered with a GP."),
    (["children_families"], "Looking for a free nursery place for a 2-year-old."),
    (["digital", "benefits"], "Cannot fill in the online form; no computer at home."),
    (["homelessness"], "Asked to leave by family this week; nowhere to go."),
    (["education"], "Wants to join an English (ESOL) class in the evenings."),
    (["disability", "transport"], "Applying for a Blue Badge for her son."),
    (["volunteering"], "Would like to give time at the community garden."),
]


def ensure_demo(conn: sqlite3.Connection, seed: int = 7) -> bool:
    """Fill an empty database with demo data; returns False if it already had data."""
    if settings.get(conn, "demo_seeded"):
        return False
    real = conn.execute("SELECT (SELECT COUNT(*) FROM people) + (SELECT COUNT(*) FROM enquiries)"
                        ).fetchone()[0]
    if real:
        # --demo with --data-dir pointing at a hub's real folder must never mix
        # invented residents into real records.
        raise AccessPointError(
            "This data folder already holds real records, so demo data will not be added. "
            "Run --demo without --data-dir (it has a folder of its own) or with an empty folder."
        )
    rng = random.Random(seed)
    hub = hubs.ensure_hub(conn, "Riverside Community Centre")
    coordinator = hubs.add_user(conn, hub["id"], "Joy Mensah", "coordinator")
    staff = hubs.add_user(conn, hub["id"], "Rui Costa", "staff")
    volunteer = hubs.add_user(conn, hub["id"], "Sam Okafor", "volunteer")
    actors = [Actor(hub["id"], u["id"], u["role"]) for u in (coordinator, staff, volunteer)]
    from accesspoint.security import users as credentials

    with transaction(conn):
        for u in (coordinator, staff, volunteer):
            credentials._set_credentials(conn, u["id"], DEMO_PIN, "pin")
    created = []
    for i in range(40):
        given = GIVEN[i % len(GIVEN)]
        family = FAMILY[(i * 7) % len(FAMILY)]
        year = rng.randint(1940, 2004)
        person = people.create_person(
            conn, actors[i % 3], given_name=given, family_name=family,
            date_of_birth=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            phone=f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
            postcode=rng.choice(POSTCODES), preferred_language=LANGS.get(given, "en"),
            interpreter_needed=LANGS.get(given, "en") not in ("en", "fr"),
        )
        created.append(person)
    today = today_local()
    now = utcnow()
    for i in range(90):
        needs, story = STORIES[i % len(STORIES)]
        anonymous = i % 11 == 0
        person = None if anonymous else created[rng.randrange(len(created))]
        days_ago = rng.randint(0, 30) if i > 5 else 0
        outcome = rng.choice(["information", "signposted", "signposted", "referred",
                              "no_suitable_service", "escalated"])
        follow_up = None
        if outcome in ("referred", "escalated") or i < 4:
            follow_up = (today + timedelta(days=rng.randint(0, 10))).isoformat()
        data = enquiries.EnquiryInput(
            channel=rng.choice(["walk_in", "walk_in", "phone", "email", "outreach"]),
            needs=list(needs), description=story, person_id=person["id"] if person else None,
            preferred_language=person["preferred_language"] if person else "en",
            interpreter_needed=bool(person and person["interpreter_needed"]),
            urgency="urgent" if "homelessness" in needs else rng.choice(["routine", "soon"]),
            outcome=outcome, follow_up_date=follow_up,
            consent_record=not anonymous, consent_share=not anonymous and rng.random() < 0.7,
            consent_contact=not anonymous and rng.random() < 0.8,
        )
        enquiry = enquiries.create_enquiry(conn, actors[i % 3], data)
        stamp = to_iso(now - timedelta(days=days_ago, hours=rng.randint(0, 6),
                                       minutes=rng.randint(0, 59)))
        with transaction(conn):
            conn.execute("UPDATE enquiries SET created_at = ?, updated_at = ? WHERE id = ?",
                         (stamp, stamp, enquiry["id"]))
    # A follow-up due today, so the start screen shows one.
    with transaction(conn):
        conn.execute(
            "UPDATE enquiries SET follow_up_date = ? WHERE id IN (SELECT id FROM enquiries"
            " WHERE follow_up_date IS NOT NULL ORDER BY created_at LIMIT 2)",
            (today.isoformat(),),
        )
    for step in DEMO_STEPS:
        module, func = step.split(":")
        getattr(importlib.import_module(module), func)(conn, actors[0], rng)
    settings.put(conn, "demo_seeded", True)
    return True
