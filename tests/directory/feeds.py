"""Small ORUK feeds in both versions, and a local HTTP publisher for the tests."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any


def sid(n: int | str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"svc-{n}"))


def v3_service(n: int | str, name: str, *, description: str = "", terms: list[str] = (),
               lat: float | None = None, lon: float | None = None, postcode: str = "",
               languages: list[str] = (), min_age: int | None = None,
               max_age: int | None = None, free: bool | None = None,
               byday: str = "", opens: str = "", closes: str = "",
               assured: str = "2026-10-01", confidential: bool = False,
               org: str = "Test Org", **extra: Any) -> dict[str, Any]:
    s: dict[str, Any] = {
        "id": sid(n), "name": name, "description": description, "status": "active",
        "assured_date": assured, "minimum_age": min_age, "maximum_age": max_age,
        "organization": {"id": sid(f"org-{org}"), "name": org, "description": org},
        "languages": [{"id": sid(f"{n}-{c}"), "code": c} for c in languages],
        "attributes": [{"id": sid(f"{n}-{t}"), "taxonomy_term": {"id": sid(t), "name": t,
                                                                 "description": t}}
                       for t in terms],
        "contacts": [{"id": sid(f"{n}-c"), "name": "Desk",
                      "phones": [{"id": sid(f"{n}-p"), "number": "020 7946 0000"}]}],
        "schedules": [], "service_at_locations": [], "cost_options": [],
    }
    if free is True:
        s["fees"] = "Free"
    elif free is False:
        s["cost_options"] = [{"id": sid(f"{n}-cost"), "amount": 5, "option": "Entry"}]
    if byday:
        s["schedules"] = [{"id": sid(f"{n}-s"), "freq": "WEEKLY", "byday": byday,
                           "opens_at": opens, "closes_at": closes}]
    if lat is not None or postcode or confidential:
        s["service_at_locations"] = [{"id": sid(f"{n}-sal"), "location": {
            "id": sid(f"{n}-loc"), "name": f"{name} venue", "latitude": lat,
            "longitude": lon, "location_type": "physical", "confidential": confidential,
            "addresses": [{"id": sid(f"{n}-a"), "address_1": f"{n} Secret Street"
                           if confidential else f"{n} High Street", "city": "London",
                           "postal_code": postcode, "country": "GB",
                           "state_province": "London", "address_type": "physical"}]}}]
    s.update(extra)
    return {k: v for k, v in s.items() if v is not None}


def v1_service(n: int | str, name: str, *, description: str = "", taxonomy: list[str] = (),
               language_names: list[str] = (), lat: float | None = None,
               lon: float | None = None, min_age: int | None = None,
               max_age: int | None = None, byday: str = "", opens: str = "",
               closes: str = "") -> dict[str, Any]:
    """ORUK 1.0 shape: service_taxonomys, regular_schedules, eligibilitys, physical_addresses."""
    return {
        "id": str(n), "name": name, "description": description, "status": "active",
        "fees": "", "assured_date": "2026-09-01", "deliverable_type": "Advice",
        "organization": {"id": f"org-{n}", "name": "V1 Org"},
        "contacts": [{"id": f"c-{n}", "name": "Office", "phones": [{"id": f"p-{n}",
                                                                    "number": "01234 567890"}]}],
        "eligibilitys": [{"id": f"e-{n}", "eligibility": "Residents", "minimum_age": min_age,
                          "maximum_age": max_age}],
        "languages": [{"id": f"l-{n}-{i}", "language": lang}
                      for i, lang in enumerate(language_names)],
        "regular_schedules": [{"id": f"r-{n}", "freq": "WEEKLY", "byday": byday,
                               "opens_at": opens, "closes_at": closes}] if byday else [],
        "service_taxonomys": [{"id": f"st-{n}-{i}", "taxonomy": {
            "id": f"t-{i}", "name": t, "vocabulary": "esdNeeds"}} for i, t in enumerate(taxonomy)],
        "service_at_locations": [{"id": f"sal-{n}", "location": {
            "id": f"loc-{n}", "name": "Hall", "latitude": lat, "longitude": lon,
            "physical_addresses": [{"id": f"a-{n}", "address_1": "1 Road", "city": "Town",
                                    "postal_code": "E17 4QT", "country": "GB"}]}}]
        if lat is not None else [],
    }


def page_v3(items: list[dict], page: int = 1, total_pages: int = 1,
            total_items: int | None = None) -> dict[str, Any]:
    return {"total_items": len(items) if total_items is None else total_items,
            "total_pages": total_pages, "page_number": page, "size": len(items),
            "first_page": page == 1, "last_page": page == total_pages, "empty": not items,
            "contents": items}


def page_v1(items: list[dict], page: int = 1, total_pages: int = 1,
            total: int | None = None) -> dict[str, Any]:
    return {"totalElements": len(items) if total is None else total,
            "totalPages": total_pages, "number": page, "size": len(items),
            "first": page == 1, "last": page == total_pages, "content": items}


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


class Publisher:
    """An ORUK API on loopback. `services` is the full list; list pages hold summaries
    (one-to-one fields only, like 3.0), and /services/{id} the full record."""

    def __init__(self, services: list[dict], per_page: int = 3, version: str = "3.0"):
        self.services = services
        self.per_page = per_page
        self.version = version
        self.fail: dict[str, int] = {}  # path prefix -> how many times to answer 500
        self.requests: list[str] = []
        self.delay: float = 0.0
        self.hook: Callable[[str], None] | None = None

    def page(self, number: int) -> dict[str, Any]:
        total_pages = max(1, -(-len(self.services) // self.per_page))
        chunk = self.services[(number - 1) * self.per_page:number * self.per_page]
        if self.version == "1.0":
            return page_v1(chunk, number, total_pages, len(self.services))
        summaries = [{k: v for k, v in s.items() if not isinstance(v, list)} for s in chunk]
        return page_v3(summaries, number, total_pages, len(self.services))
