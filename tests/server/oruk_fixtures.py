"""Directory fixtures: the official ORUK examples plus small synthetic services."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema

ORUK = Path(__file__).resolve().parents[3] / "shared" / "data" / "oruk"
SCHEMA = ORUK / "schema"
OFFICIAL_ID = "ac148810-d857-441c-9679-408f346de14b"
TERM_FOOD = "11111111-0000-4000-8000-000000000001"
TERM_DEBT = "11111111-0000-4000-8000-000000000002"
# Real coordinates: Leeds city centre, and Bradford (about 14 km west).
LEEDS = (53.7997, -1.5492)
BRADFORD = (53.7938, -1.7564)


def schema(name: str) -> dict[str, Any]:
    return dict(json.loads((SCHEMA / name).read_text()))


def page_schema(item_schema: dict[str, Any]) -> dict[str, Any]:
    openapi = json.loads((SCHEMA / "openapi.json").read_text())
    page = copy.deepcopy(openapi["components"]["schemas"]["Page"])
    page["required"] = ["total_items", "total_pages", "page_number", "size", "first_page",
                        "last_page", "empty", "contents"]
    page["properties"]["contents"] = {"type": "array", "items": item_schema}
    return page


def validate(instance: Any, sch: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(sch).validate(instance)


def _sub(sid: str, tag: str) -> str:
    return sid[:-12] + tag + sid[-8:]


def synthetic(sid: str, name: str, *, term: tuple[str, str] | None = None,
              ages: tuple[int | None, int | None] = (None, None), byday: str = "MO,TU",
              opens: str = "09:00:00", closes: str = "17:00:00",
              point: tuple[float, float] = LEEDS, postcode: str = "LS1 4AP",
              modified: str = "2026-01-01T00:00:00Z") -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": sid, "name": name, "description": f"{name} for residents", "status": "active",
        "last_modified": modified,
        "organization": {"id": _sub(sid, "0rg0"), "name": f"{name} Trust", "description": "x"},
        "schedules": [{"id": _sub(sid, "5ch0"), "byday": byday, "opens_at": opens,
                       "closes_at": closes, "freq": "WEEKLY"}],
        "service_at_locations": [{"id": _sub(sid, "5a10"), "location": {
            "id": _sub(sid, "10c0"), "location_type": "physical", "name": f"{name} centre",
            "latitude": point[0], "longitude": point[1],
            "addresses": [{"id": _sub(sid, "add0"), "address_1": "1 High St", "city": "Leeds",
                           "state_province": "West Yorkshire", "postal_code": postcode,
                           "country": "GB", "address_type": "physical"}]}}],
    }
    if ages[0] is not None:
        doc["minimum_age"] = ages[0]
    if ages[1] is not None:
        doc["maximum_age"] = ages[1]
    if term:
        doc["attributes"] = [{"id": _sub(sid, "a770"), "link_type": "service",
                              "taxonomy_term": {"id": term[0], "name": term[1],
                                                "description": term[1], "taxonomy": "needs"}}]
    return doc


def oruk1_service() -> dict[str, Any]:
    """An ORUK 1.0 service as older council feeds publish it."""
    return {
        "id": "22222222-0000-4000-8000-000000000099", "name": "Old Feed Advice",
        "description": "Debt advice from a v1 feed", "status": "active",
        "organization": {"id": "org-v1", "name": "Old Org", "url": "https://example.org"},
        "eligibilitys": [{"id": "e1", "eligibility": "adult", "minimum_age": 18,
                          "maximum_age": 99}],
        "service_taxonomys": [{"id": "st1", "taxonomy": {"id": TERM_DEBT, "name": "Debt",
                                                         "vocabulary": "needs"}}],
        "regular_schedules": [{"id": "rs1", "weekday": "Wednesday", "opens_at": "10:00",
                               "closes_at": "12:00"}],
        "service_at_locations": [{"id": "sal-v1", "location": {
            "id": "loc-v1", "name": "Library", "latitude": BRADFORD[0],
            "longitude": BRADFORD[1],
            "physical_addresses": [{"id": "pa1", "address_1": "Library Rd", "city": "Bradford",
                                    "state_province": "West Yorkshire",
                                    "postal_code": "BD1 1AA", "country": "GB"}]}}],
    }


def directory_docs() -> list[dict[str, Any]]:
    official = json.loads((ORUK / "oruk3_service_full.json").read_text())
    return [
        official,
        synthetic("33333333-0000-4000-8000-000000000001", "Food Bank",
                  term=(TERM_FOOD, "Food"), ages=(0, None), byday="MO,WE",
                  modified="2026-06-01T00:00:00Z"),
        synthetic("33333333-0000-4000-8000-000000000002", "Youth Debt Clinic",
                  term=(TERM_DEBT, "Debt"), ages=(11, 18), byday="SA", opens="10:00:00",
                  closes="13:00:00"),
        synthetic("33333333-0000-4000-8000-000000000003", "Bradford Pantry",
                  term=(TERM_FOOD, "Food"), point=BRADFORD, postcode="BD1 1AA"),
        oruk1_service(),
    ]


POSTCODES_CSV = (
    "pcd,pcd2,pcds,dointr,doterm,lat,long,osward\n"
    "LS1  4AP,LS1  4AP,LS1 4AP,199801,,53.7997,-1.5492,E05011\n"
    "BD1  1AA,BD1  1AA,BD1 1AA,199801,,53.7938,-1.7564,E05012\n"
    "ZZ99 9ZZ,ZZ99 9ZZ,ZZ99 9ZZ,199801,,99.999999,0.000000,\n"
)
