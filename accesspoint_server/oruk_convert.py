"""Normalising ORUK documents: 1.0 shapes converted to 3.0, gaps filled so what
we serve validates against the ORUK 3.0 schemas."""

from __future__ import annotations

import uuid
from typing import Any

STATUSES = {"active", "inactive", "defunct", "temporarily closed"}
LIST_FIELDS = ("id", "organization_id", "name", "description", "url", "email", "status", "fees",
               "accreditations", "minimum_age", "maximum_age", "assured_date", "assurer_email",
               "alert", "last_modified")
ORG_LIST_FIELDS = ("id", "name", "description", "email", "website", "logo", "uri",
                   "parent_organization_id")
LOCATION_LIST_FIELDS = ("id", "location_type", "name", "description", "latitude", "longitude",
                        "external_identifier", "external_identifier_type")
WEEKDAYS = {"monday": "MO", "tuesday": "TU", "wednesday": "WE", "thursday": "TH",
            "friday": "FR", "saturday": "SA", "sunday": "SU"}
DAY_CODES = set(WEEKDAYS.values())
_NS = uuid.UUID("6f1f8a52-3c1e-4c55-9a54-2a1b3c4d5e6f")


def derived_id(*parts: Any) -> str:
    """A stable id for sub-records a publisher left without one."""
    return str(uuid.uuid5(_NS, "/".join(str(x) for x in parts)))


def drop_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: drop_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [drop_nulls(v) for v in value if v is not None]
    return value


def day_code(text: str) -> str | None:
    t = text.strip().lower()
    if t.upper()[:2] in DAY_CODES and len(t) == 2:
        return t.upper()
    return WEEKDAYS.get(t)


def is_oruk1(doc: dict[str, Any]) -> bool:
    return any(k in doc for k in ("service_taxonomys", "regular_schedules", "eligibilitys")) or any(
        "physical_addresses" in (sal.get("location") or {})
        for sal in doc.get("service_at_locations") or [] if isinstance(sal, dict))


def from_oruk1(doc: dict[str, Any]) -> dict[str, Any]:
    """Map an ORUK 1.0 service onto the 3.0 shape (the fields we can carry over)."""
    out = {k: v for k, v in doc.items() if k not in (
        "service_taxonomys", "regular_schedules", "eligibilitys", "service_at_locations",
        "languages", "contacts", "cost_options", "fundings", "reviews", "links",
        "service_areas", "organization")}
    sid = str(doc.get("id"))
    ages = [e for e in doc.get("eligibilitys") or [] if isinstance(e, dict)]
    mins = [e["minimum_age"] for e in ages if isinstance(e.get("minimum_age"), int | float)]
    maxs = [e["maximum_age"] for e in ages if isinstance(e.get("maximum_age"), int | float)]
    if mins:
        out["minimum_age"] = min(mins)
    if maxs:
        out["maximum_age"] = max(maxs)
    org = doc.get("organization")
    if isinstance(org, dict):
        out["organization"] = {k: v for k, v in org.items()
                               if k in ("id", "name", "description", "email", "logo", "uri")}
        if org.get("url"):
            out["organization"]["website"] = org["url"]
    out["attributes"] = []
    for st in doc.get("service_taxonomys") or []:
        tax = (st or {}).get("taxonomy") or {}
        if not tax.get("id"):
            continue
        out["attributes"].append({
            "id": st.get("id") or derived_id(sid, "attr", tax["id"]),
            "link_type": "service_taxonomy",
            "taxonomy_term": {"id": tax["id"], "name": tax.get("name") or "",
                              "description": tax.get("description") or tax.get("name") or "",
                              "taxonomy": tax.get("vocabulary"),
                              "parent_id": tax.get("parent")}})
    out["schedules"] = []
    for i, rs in enumerate(doc.get("regular_schedules") or []):
        rs = rs or {}
        weekday = rs.get("weekday") or ""
        code = day_code(weekday) if isinstance(weekday, str) else None
        out["schedules"].append({
            "id": rs.get("id") or derived_id(sid, "sched", i),
            "opens_at": rs.get("opens_at"), "closes_at": rs.get("closes_at"),
            "byday": code or rs.get("byday"), "freq": rs.get("freq") or "WEEKLY",
            "valid_from": rs.get("valid_from"), "valid_to": rs.get("valid_to"),
            "description": rs.get("description")})
    out["service_at_locations"] = []
    for i, sal in enumerate(doc.get("service_at_locations") or []):
        loc = dict((sal or {}).get("location") or {})
        addresses = loc.pop("physical_addresses", None) or []
        loc.pop("accessibility_for_disabilities", None)
        loc["addresses"] = [{**a, "address_type": "physical"} for a in addresses
                            if isinstance(a, dict)]
        sal_id = (sal or {}).get("id") or derived_id(sid, "sal", i)
        out["service_at_locations"].append({"id": sal_id, "location": loc})
    out["contacts"] = [{k: v for k, v in c.items() if k in ("id", "name", "title", "email")}
                       for c in doc.get("contacts") or [] if isinstance(c, dict)]
    out["languages"] = [{"id": lg.get("id") or derived_id(sid, "lang", lg.get("language")),
                         "name": lg.get("language")}
                        for lg in doc.get("languages") or [] if isinstance(lg, dict)]
    out["cost_options"] = [{k: v for k, v in c.items() if k in (
        "id", "valid_from", "valid_to", "option", "amount", "amount_description")}
        for c in doc.get("cost_options") or [] if isinstance(c, dict)]
    return out


def _fill_ids(items: Any, sid: str, tag: str) -> list[dict[str, Any]]:
    out = []
    for i, item in enumerate(items if isinstance(items, list) else []):
        if isinstance(item, dict):
            out.append({**item, "id": str(item.get("id") or derived_id(sid, tag, i))})
    return out


def normalise_service(raw: dict[str, Any], *, now: str) -> dict[str, Any]:
    """Return a 3.0 service that validates against ``schema/service.json``."""
    doc = from_oruk1(raw) if is_oruk1(raw) else dict(raw)
    doc = drop_nulls(doc)
    if not doc.get("id"):
        raise ValueError("a service without an id")
    sid = doc["id"] = str(doc["id"])
    doc["name"] = str(doc.get("name") or "(unnamed service)")
    status = str(doc.get("status") or "active").lower()
    doc["status"] = status if status in STATUSES else "active"
    doc.setdefault("last_modified", now)
    for tag in ("schedules", "service_areas", "languages", "funding", "cost_options",
                "contacts", "attributes"):
        if tag in doc:
            doc[tag] = _fill_ids(doc[tag], sid, tag)
    for attr in doc.get("attributes", []):
        term = attr.get("taxonomy_term")
        if isinstance(term, dict):
            term.setdefault("name", str(term.get("id", "")))
            term.setdefault("description", term.get("name", ""))
    org = doc.get("organization")
    if isinstance(org, dict):
        org.setdefault("id", doc.get("organization_id") or derived_id(sid, "org"))
        org.setdefault("name", "")
        org.setdefault("description", "")
        doc.setdefault("organization_id", org["id"])
    sals = _fill_ids(doc.get("service_at_locations"), sid, "sal")
    for sal in sals:
        loc = sal.get("location")
        if not isinstance(loc, dict):
            sal.pop("location", None)
            continue
        loc.setdefault("id", derived_id(sid, "loc", sal["id"]))
        loc.setdefault("location_type", "physical")
        loc["addresses"] = [
            {"address_1": "", "city": "", "state_province": "", "postal_code": "",
             "country": "GB", "address_type": "physical", **a}
            for a in _fill_ids(loc.get("addresses"), loc["id"], "addr")]
        for tag in ("accessibility", "attributes"):
            if tag in loc:
                loc[tag] = _fill_ids(loc[tag], loc["id"], tag)
    if "service_at_locations" in doc:
        doc["service_at_locations"] = sals
    return doc


def list_item(doc: dict[str, Any]) -> dict[str, Any]:
    item = {k: doc[k] for k in LIST_FIELDS if k in doc}
    if isinstance(doc.get("organization"), dict):
        item["organization"] = {k: v for k, v in doc["organization"].items()
                                if k in ORG_LIST_FIELDS}
    return item


def sal_list_item(doc: dict[str, Any], sal: dict[str, Any]) -> dict[str, Any]:
    loc = sal.get("location") or {}
    out: dict[str, Any] = {"id": sal["id"], "service_id": doc["id"], "service": list_item(doc)}
    if loc:
        out["location_id"] = loc["id"]
        out["location"] = {k: loc[k] for k in LOCATION_LIST_FIELDS if k in loc}
    return out


def sal_full(doc: dict[str, Any], sal: dict[str, Any]) -> dict[str, Any]:
    out = {**sal, "service_id": doc["id"],
           "service": {k: v for k, v in doc.items() if k != "service_at_locations"}}
    if isinstance(sal.get("location"), dict):
        out["location_id"] = sal["location"]["id"]
    return out
