"""The demo borough directory: hundreds of invented services across the needs
taxonomy, generated as an ORUK 3.0 feed and imported through the real importer.

    python -m accesspoint.directory.demo --out resources/directory/demo_directory.json
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from accesspoint.clock import today_local
from accesspoint.context import Actor
from accesspoint.directory import demo_data as data
from accesspoint.resources import resource_path

NAMESPACE = uuid.UUID("6c1f3c1e-7b0a-4d55-9a57-6a1d7c2f0b11")
CENTROIDS = "demo_district_centroids.csv"


def _id(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def centroids() -> dict[str, tuple[float, float]]:
    out = {}
    for line in resource_path("directory", CENTROIDS).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("pcds"):
            pcds, lat, lon = line.split(",")[:3]
            out[pcds] = (float(lat), float(lon))
    return out


def _phone(rng: random.Random) -> str:
    return f"020 {rng.randint(7000, 8999)} {rng.randint(1000, 9999)}"


def services(seed: int = 11, today: date | None = None) -> Iterator[dict[str, Any]]:
    """Yield ORUK 3.0 service records; deterministic for a seed and day."""
    rng = random.Random(seed)
    today = today or today_local()
    points = centroids()
    venues = []
    for name, district, street, inward in data.VENUES:
        lat, lon = points[district]
        venues.append({"name": name, "district": district, "street": street,
                       "postcode": f"{district} {inward}",
                       "lat": round(lat + rng.uniform(-0.006, 0.006), 6),
                       "lon": round(lon + rng.uniform(-0.009, 0.009), 6)})
    for need, templates in data.TEMPLATES.items():
        for t_no, (name, desc, terms, cost, ages, access, orgs) in enumerate(templates):
            for org in orgs:
                count = rng.randint(6, 10) if len(orgs) == 1 else rng.randint(4, 7)
                places = rng.sample(venues, count)
                if rng.random() < 0.25 or need in ("domestic_abuse", "safeguarding_adult",
                                                   "safeguarding_child"):
                    places = places[:1] + [None]  # a phone/online line as well
                for venue in places:
                    yield _service(rng, today, need, t_no, name, desc, terms, cost, ages,
                                   access, org, venue)


def _service(rng: random.Random, today: date, need: str, t_no: int, name: str, desc: str,
             terms: list[str], cost: float, ages: tuple, access: str, org: str,
             venue: dict | None) -> dict[str, Any]:
    where = venue["name"] if venue else "phone and online"
    sid = _id(need, str(t_no), org, where)
    confidential = need == "domestic_abuse" and venue is not None
    if confidential:  # a refuge's name must not say where it is
        title = f"{name} (refuge, confidential address)"
    else:
        title = f"{name} at {venue['name']}" if venue else f"{name} (phone and online)"
    langs = list(data.ORG_LANGUAGES.get(org, ["en"]))
    if rng.random() < 0.3:
        langs.append(rng.choice(data.OTHER_LANGUAGES))
    byday, opens, closes = rng.choice(data.PATTERNS)
    schedules = [{"id": _id(sid, "s1"), "freq": "WEEKLY", "interval": 1, "byday": byday,
                  "opens_at": opens + ":00", "closes_at": closes + ":00",
                  "description": "", "attending_type": access}]
    if rng.random() < 0.12:
        schedules.append({"id": _id(sid, "s2"), "freq": "MONTHLY", "byday": "1SA",
                          "opens_at": "10:00:00", "closes_at": "12:30:00",
                          "description": "First Saturday of the month"})
    verified = today - timedelta(days=rng.randint(420, 900) if rng.random() < 0.08
                                 else rng.randint(5, 300))
    locations = []
    if venue:
        locations = [{"id": _id(sid, "sal"), "location": {
            "id": _id(venue["name"], "loc"), "location_type": "physical",
            "name": "Refuge (address confidential)" if confidential else venue["name"],
            "latitude": venue["lat"], "longitude": venue["lon"], "confidential": confidential,
            "addresses": [{"id": _id(venue["name"], "addr"), "address_1": venue["street"],
                           "city": "London", "state_province": "Greater London",
                           "postal_code": venue["postcode"],
                           "country": "GB", "address_type": "physical"}],
            "accessibility": [{"id": _id(venue["name"], "acc"), "description": rng.choice([
                "Step-free access and accessible toilet.", "Hearing loop at reception.",
                "Ground floor; ramp at side entrance.", "Lift to all floors."])}]}}]
    cost_options = [{"id": _id(sid, "cost"), "option": "Per visit", "amount": cost,
                     "amount_description": "per visit"}] if cost else []
    record = {
        "id": sid, "name": title, "description": desc, "status": "active",
        "url": f"https://example.org/leaside/{sid[:8]}",
        "email": f"hello@{org.lower().split()[0]}.example.org",
        "fees": "Free" if not cost else f"£{cost:.2f} per visit",
        "minimum_age": ages[0], "maximum_age": ages[1],
        "assured_date": verified.isoformat(), "last_modified": f"{verified}T09:00:00Z",
        "application_process": access,
        "organization": {"id": _id("org", org), "name": org,
                         "description": f"{org} is a (fictional) Leaside organisation.",
                         "website": "https://example.org/leaside"},
        "contacts": [{"id": _id(sid, "contact"), "name": "Reception", "title": "",
                      "phones": [{"id": _id(sid, "phone"), "number": _phone(rng)}]}],
        "phones": [{"id": _id(sid, "p"), "number": _phone(rng), "description": "Main line"}],
        "languages": [{"id": _id(sid, "lang", c), "code": c} for c in langs],
        "schedules": schedules,
        "service_at_locations": locations,
        "cost_options": cost_options,
        "attributes": [{"id": _id(sid, "attr", term), "taxonomy_term": {
            "id": _id("term", term), "name": term, "description": term,
            "taxonomy": "Leaside needs"}}
            for term in terms],
    }
    # The schema types ages as numbers: an open range is an absent key, not null.
    return {k: v for k, v in record.items() if v is not None}


def feed(seed: int = 11, today: date | None = None) -> dict[str, Any]:
    items = list(services(seed, today))
    return {"total_items": len(items), "total_pages": 1, "page_number": 1,
            "size": len(items), "first_page": True, "last_page": True, "empty": not items,
            "contents": items}


def demo_directory(conn: sqlite3.Connection, actor: Actor, rng: random.Random) -> None:
    """Demo step: approximate district centroids, the generated feed, two local services."""
    import tempfile

    from accesspoint.directory import local
    from accesspoint.directory.importer import import_directory
    from accesspoint.directory.postcodes import load_csv

    load_csv(conn, resource_path("directory", CENTROIDS), approximate=True,
             source="demo-approximate")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo_directory.json"
        path.write_text(json.dumps(feed()), encoding="utf-8")
        import_directory(conn, str(path), origin="demo")
    local.save_local_service(conn, actor, local.LocalServiceInput(
        name="Tuesday tea and chat", organization="Riverside Community Centre volunteers",
        description="A friendly cuppa and a chat for anyone who wants company. Biscuits "
                    "provided; no need to book.", needs=["social_isolation", "older_people"],
        phone="020 7946 0321", address="14 Wharf Lane, London", postcode="E17 4QT",
        days=["TU"], opens_at="14:00", closes_at="16:00", free=True, languages=["en", "pt"]))
    local.save_local_service(conn, actor, local.LocalServiceInput(
        name="Knit and natter", organization="Riverside Community Centre volunteers",
        description="Bring a project or learn to knit; wool supplied.",
        needs=["social_isolation"], address="14 Wharf Lane, London", postcode="E17 4QT",
        days=["TH"], opens_at="10:30", closes_at="12:00", free=True))
    _demo_outcomes(conn, actor, rng)


def _demo_outcomes(conn: sqlite3.Connection, actor: Actor, rng: random.Random) -> None:
    """Signposts, referrals and unmet needs for the demo enquiries, matching their outcome."""
    from accesspoint.directory import referrals
    from accesspoint.errors import ValidationError

    rows = conn.execute("SELECT e.id, e.outcome, (SELECT need_code FROM enquiry_needs n"
                        " WHERE n.enquiry_id = e.id LIMIT 1) AS need FROM enquiries e"
                        " ORDER BY e.created_at").fetchall()
    for row in rows:
        if row["outcome"] == "no_suitable_service":
            referrals.record_unmet_need(conn, actor, row["id"], [row["need"]],
                                        {"need": row["need"]}, "Nothing suitable nearby.")
            continue
        if row["outcome"] not in ("signposted", "referred"):
            continue
        found = [r[0] for r in conn.execute(
            "SELECT s.id FROM dir_services s JOIN dir_needs n ON n.service_rowid = s.num"
            " WHERE n.need_code = ? AND s.retired_at IS NULL ORDER BY s.id LIMIT 6",
            (row["need"],))]
        if not found:
            continue
        chosen = rng.sample(found, min(len(found), rng.randint(1, 2)))
        kind = "referral" if row["outcome"] == "referred" else "signpost"
        try:
            made = referrals.create(conn, actor, row["id"], chosen, kind)
        except ValidationError:  # no consent to share: signposted instead
            referrals.create(conn, actor, row["id"], chosen, "signpost")
            continue
        if kind == "referral" and rng.random() < 0.5:
            referrals.set_status(conn, actor, made[0]["id"], rng.choice(["sent", "accepted"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="write the demo ORUK 3.0 directory")
    parser.add_argument("--out", default=str(resource_path("directory",
                                                           "demo_directory.json")))
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    page = feed(args.seed)
    Path(args.out).write_text(json.dumps(page, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {page['total_items']} services to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
