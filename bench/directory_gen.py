"""A generated ORUK 3.0 directory of any size, written as page files one page at a
time (so generating 50,000 services never holds them all in memory)."""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from accesspoint.directory import demo_data

WORDS = (
    "advice", "support", "help", "community", "local", "free", "drop-in", "group", "service",
    "centre", "club", "family", "young", "older", "people", "carers", "money", "housing",
    "food", "health", "wellbeing", "learning", "english", "digital", "skills", "jobs",
    "training", "legal", "immigration", "disability", "mental", "rights", "welfare", "council",
    "tax", "debt", "energy", "warm", "home", "lunch", "befriending", "walk", "talk", "play",
    "parents", "toddlers", "youth", "sport", "art", "music", "garden", "kitchen", "pantry",
    "library", "hub",
)
LANGS = ("en", "pt", "so", "es", "fr", "yo", "tw", "ar", "bn", "ur", "pl", "ro")
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def service(rng: random.Random, n: int) -> dict[str, Any]:
    need = rng.choice(list(demo_data.TEMPLATES))
    name, desc, terms, cost, ages, access, orgs = rng.choice(demo_data.TEMPLATES[need])
    extra = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 45)))
    sid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    lat, lon = 51.45 + rng.random() * 0.2, -0.2 + rng.random() * 0.3
    byday = ",".join(sorted(rng.sample(DAYS, rng.randint(1, 5)), key=DAYS.index))
    opens = rng.choice(["08:30", "09:00", "09:30", "10:00", "13:00"])
    return {
        "id": sid, "name": f"{name} {rng.choice(WORDS).title()} {n}",
        "description": f"{desc} {extra}", "status": "active",
        "assured_date": f"20{rng.randint(23, 26)}-{rng.randint(1, 12):02d}-01",
        "minimum_age": ages[0] if ages[0] is not None else 0,
        "organization": {"id": str(uuid.uuid5(uuid.NAMESPACE_DNS, orgs[0])),
                         "name": rng.choice(orgs), "description": "Generated"},
        "fees": "Free" if not cost else f"£{cost:.2f}",
        "languages": [{"id": f"{sid}-{c}", "code": c}
                      for c in {"en", *rng.sample(LANGS, rng.randint(0, 2))}],
        "attributes": [{"id": f"{sid}-{t}", "taxonomy_term": {"id": t, "name": t,
                                                              "description": t}}
                       for t in terms],
        "schedules": [{"id": f"{sid}-s", "freq": "WEEKLY", "byday": byday,
                       "opens_at": opens, "closes_at": "16:00"}],
        "contacts": [{"id": f"{sid}-c", "name": "Reception",
                      "phones": [{"id": f"{sid}-p", "number": f"020 7{n % 1000:03d} {n:04d}"}]}],
        "service_at_locations": [{"id": f"{sid}-sal", "location": {
            "id": f"{sid}-l", "name": "Venue", "latitude": round(lat, 6),
            "longitude": round(lon, 6), "location_type": "physical",
            "addresses": [{"id": f"{sid}-a", "address_1": f"{n} High Street",
                           "city": "London", "postal_code": "E17 4QT",
                           "state_province": "London", "country": "GB",
                           "address_type": "physical"}]}}] if rng.random() < 0.9 else [],
    }


def services(count: int, seed: int = 1) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    for n in range(count):
        yield service(rng, n)


def write_pages(folder: Path, count: int, per_page: int = 500, seed: int = 1) -> int:
    """Write `count` services as ORUK 3.0 page files; returns the bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = -(-count // per_page)
    gen = services(count, seed)
    size = 0
    for p in range(1, pages + 1):
        items = [next(gen) for _ in range(min(per_page, count - (p - 1) * per_page))]
        page = {"total_items": count, "total_pages": pages, "page_number": p,
                "size": len(items), "first_page": p == 1, "last_page": p == pages,
                "empty": False, "contents": items}
        path = folder / f"page{p:04d}.json"
        path.write_text(json.dumps(page), encoding="utf-8")
        size += path.stat().st_size
    return size
