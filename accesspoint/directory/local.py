"""Hub-local services: what the council directory lacks (a tea-and-chat group).

Stored as an ORUK 3.0 record like any other service, marked local, and sent
to the council at sync (outbox kind `local_service`) as a proposal.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from accesspoint import outbox
from accesspoint.clock import today_local
from accesspoint.context import Actor
from accesspoint.db import transaction
from accesspoint.directory import postcodes, schedules, store
from accesspoint.directory.errors import FeedError
from accesspoint.directory.oruk_map import Mapper
from accesspoint.errors import NotFoundError, ValidationError, msg
from accesspoint.ids import new_id
from accesspoint.taxonomy import label, need_codes
from accesspoint.textnorm import is_postcode

DAYS = schedules.DAYS


@dataclass
class LocalServiceInput:
    name: str = ""
    organization: str = ""
    description: str = ""
    needs: list[str] = field(default_factory=list)
    phone: str = ""
    email: str = ""
    url: str = ""
    address: str = ""
    postcode: str = ""
    online_only: bool = False
    days: list[str] = field(default_factory=list)  # MO..SU
    opens_at: str = ""
    closes_at: str = ""
    free: bool = True
    cost: str = ""
    min_age: int | None = None
    max_age: int | None = None
    languages: list[str] = field(default_factory=lambda: ["en"])
    how_to_access: str = ""


def validate(data: LocalServiceInput) -> None:
    problems: dict[str, str] = {}
    if not data.name.strip():
        problems["name"] = msg("Give the service a name.")
    elif len(data.name) > 200:
        problems["name"] = msg("The name is too long ({limit} characters at most).",
                               limit=200)
    if not data.needs:
        problems["needs"] = msg("Choose at least one need it helps with.")
    elif set(data.needs) - need_codes():
        problems["needs"] = msg("Unknown need: {codes}.",
                                codes=", ".join(sorted(set(data.needs) - need_codes())))
    if not (data.phone.strip() or data.email.strip() or data.url.strip() or data.address.strip()):
        problems["phone"] = msg(
            "Give at least one way to reach it: phone, email, website or address.")
    if data.postcode.strip() and not is_postcode(data.postcode):
        problems["postcode"] = msg("That is not a UK postcode.")
    if data.days or data.opens_at or data.closes_at:
        opens, closes = schedules.parse_time(data.opens_at), schedules.parse_time(data.closes_at)
        if not data.days:
            problems["days"] = msg("Choose the days it runs.")
        elif set(data.days) - set(DAYS):
            problems["days"] = msg("Days are MO, TU, WE, TH, FR, SA, SU.")
        if opens is None or closes is None:
            problems["opens_at"] = msg(
                "Give opening and closing times such as 10:00 and 12:30.")
        elif closes <= opens:
            problems["closes_at"] = msg("It must close after it opens.")
    for key in ("min_age", "max_age"):
        value = getattr(data, key)
        if value is not None and not 0 <= value <= 120:
            problems[key] = msg("Ages are between 0 and 120.")
    if data.min_age is not None and data.max_age is not None and data.min_age > data.max_age:
        problems["max_age"] = msg("The maximum age is below the minimum.")
    if problems:
        raise ValidationError(problems)


def to_oruk(conn: sqlite3.Connection, data: LocalServiceInput, service_id: str,
            hub_name: str = "") -> dict[str, Any]:
    """The ORUK 3.0 record the council receives (and we store): the form's fields in
    the stored record's shape, then the one ORUK builder (to_oruk_from_record)."""
    locations = []
    if data.address.strip() or data.postcode.strip():
        lat = lon = None
        if data.postcode.strip():
            place = postcodes.locate(conn, data.postcode)
            if place is not None and place.precision == "postcode":
                lat, lon = place.lat, place.lon
        lines = [p.strip() for p in data.address.split(",") if p.strip()]
        locations.append({"id": service_id + "-loc", "name": lines[0] if lines else "",
                          "lat": lat, "lon": lon, "address": lines,
                          "postcode": data.postcode.strip().upper()})
    schedules = [{"freq": "WEEKLY", "interval": 1,
                  "byday": ",".join(d for d in DAYS if d in data.days),
                  "opens_at": data.opens_at, "closes_at": data.closes_at}] if data.days else []
    return to_oruk_from_record({
        "id": service_id, "name": data.name.strip(), "description": data.description.strip(),
        "status": "active", "url": data.url.strip(), "email": data.email.strip(),
        "fees": "Free" if data.free else data.cost.strip(),
        "min_age": data.min_age, "max_age": data.max_age,
        "assured_date": today_local().isoformat(), "access": data.how_to_access.strip(),
        "organization": {"name": data.organization.strip() or hub_name},
        "phones": [{"number": data.phone.strip()}] if data.phone.strip() else [],
        "languages": data.languages, "schedules": schedules, "locations": locations,
        "needs": data.needs,
    })


def save_local_service(conn: sqlite3.Connection, actor: Actor, data: LocalServiceInput, *,
                       service_id: str | None = None) -> dict[str, Any]:
    validate(data)
    with transaction(conn):
        before = None
        if service_id:
            before = conn.execute("SELECT version, local FROM dir_services WHERE id = ?",
                                  (service_id,)).fetchone()
            if before is None or not before["local"]:
                raise NotFoundError("Only this hub's own local services can be edited here.")
        service_id = service_id or new_id()
        hub = conn.execute("SELECT name FROM hubs WHERE id = ?", (actor.hub_id,)).fetchone()
        raw = to_oruk(conn, data, service_id, hub["name"] if hub else "")
        record = Mapper().normalise(raw, "local service")
        record["needs"] = list(dict.fromkeys(data.needs))  # the volunteer chose them
        store.upsert_record(conn, record, store.LOCAL_ORIGIN, hub_id=actor.hub_id,
                            created_by=actor.user_id)
        outbox.enqueue(conn, "local_service", service_id,
                       {"service": raw, "hub_id": actor.hub_id, "proposed_by": actor.user_id},
                       base_version=before["version"] if before else None)
        return store.get_service(conn, service_id) or {}


def retire_local_service(conn: sqlite3.Connection, actor: Actor, service_id: str) -> None:
    with transaction(conn):
        row = conn.execute("SELECT version, local FROM dir_services WHERE id = ?",
                           (service_id,)).fetchone()
        if row is None or not row["local"]:
            raise NotFoundError("Only this hub's own local services can be removed here.")
        store.retire(conn, service_id)
        outbox.enqueue(conn, "local_service", service_id, {"id": service_id,
                       "hub_id": actor.hub_id}, action="delete", base_version=row["version"])


def apply_pulled(conn: sqlite3.Connection, service_id: str, payload: dict[str, Any] | None,
                 version: int) -> None:
    """This hub's local service, made, changed or removed on another of its computers
    (kind ``local_service`` at pull). Stored exactly as the first computer stored it:
    local, with the needs the volunteer chose, editable here too. Local services are
    proposals to the council, so the server sends them only to their own hub's
    computers; once the council publishes (adopts) one, its copy wins."""
    with transaction(conn):
        row = conn.execute("SELECT local, origin FROM dir_services WHERE id = ?",
                           (service_id,)).fetchone()
        if row is not None and not row["local"] and row["origin"] != store.LOCAL_ORIGIN:
            return  # adopted by the council: the directory copy stands
        if payload is None:
            store.retire(conn, service_id)
        else:
            raw = payload.get("service")
            if not isinstance(raw, dict) or raw.get("id") != service_id:
                raise FeedError("the local service record is missing or not this one",
                                record=service_id, field="service")
            record = Mapper().normalise(raw, "local service from another computer")
            chosen = _chosen_needs(raw)
            if chosen:
                record["needs"] = chosen
            store.upsert_record(conn, record, store.LOCAL_ORIGIN, hub_id=payload.get("hub_id"),
                                created_by=payload.get("proposed_by"))
        # In step with the server, so the next edit made here has the right base version.
        conn.execute("UPDATE dir_services SET version = ? WHERE id = ?", (version, service_id))


def _chosen_needs(raw: dict[str, Any]) -> list[str]:
    """The need codes to_oruk wrote as our own taxonomy terms."""
    codes = need_codes()
    chosen = []
    for attr in raw.get("attributes") or []:
        term = attr.get("taxonomy_term") if isinstance(attr, dict) else None
        if isinstance(term, dict) and term.get("taxonomy") == "AccessPoint needs" \
                and term.get("id") in codes:
            chosen.append(term["id"])
    return list(dict.fromkeys(chosen))


def rebuild_payload(conn: sqlite3.Connection, service_id: str) -> dict[str, Any] | None:
    """The proposal as it would be queued now (for the sync reconcile's re-push)."""
    row = conn.execute("SELECT * FROM dir_services WHERE id = ? AND local = 1",
                       (service_id,)).fetchone()
    if row is None:
        return None
    if row["retired_at"] is not None:
        return {"id": service_id, "hub_id": row["hub_id"]}
    return {"service": to_oruk_from_record(json.loads(row["data"])), "hub_id": row["hub_id"],
            "proposed_by": row["created_by"]}


def to_oruk_from_record(record: dict[str, Any]) -> dict[str, Any]:
    """An ORUK 3.0 service from a local service in the stored (normalised) shape: the
    fields the local-service form fills. A place's last address line is its city."""
    sid = record["id"]
    locations = [{"id": loc.get("id") or f"{sid}-loc", "location": {
        "id": loc.get("id") or f"{sid}-loc", "location_type": "physical",
        "name": loc.get("name", ""), "latitude": loc.get("lat"), "longitude": loc.get("lon"),
        "addresses": [_address(sid, loc.get("address") or [], loc.get("postcode", ""))]}}
        for loc in record.get("locations", []) if not loc.get("confidential")]
    return {
        "id": sid, "name": record["name"], "description": record.get("description", ""),
        "status": record.get("status") or "active", "url": record.get("url", ""),
        "email": record.get("email", ""), "fees": record.get("fees", ""),
        "minimum_age": record.get("min_age"), "maximum_age": record.get("max_age"),
        "assured_date": record.get("assured_date"),
        "application_process": record.get("access", ""),
        "organization": {"id": f"{sid}-org",
                         "name": record.get("organization", {}).get("name", "")},
        "phones": [{"id": f"{sid}-p{i}", "number": ph["number"]}
                   for i, ph in enumerate(record.get("phones", []))],
        "languages": [{"id": f"{sid}-{c}", "code": c} for c in record.get("languages", [])],
        "schedules": [{"id": f"{sid}-s{i}", "freq": sc.get("freq") or "WEEKLY",
                       "interval": sc.get("interval") or 1, "byday": sc.get("byday", ""),
                       "opens_at": sc.get("opens_at", ""), "closes_at": sc.get("closes_at", "")}
                      for i, sc in enumerate(record.get("schedules", []))],
        "service_at_locations": locations,
        "attributes": [{"id": f"{sid}-{n}", "taxonomy_term": {
            "id": n, "name": label(n), "taxonomy": "AccessPoint needs"}}
            for n in record.get("needs", [])],
        "x_local": True,
    }


def _address(sid: str, lines: list[str], postcode: str) -> dict[str, str]:
    return {"id": f"{sid}-addr", "address_1": ", ".join(lines[:-1] or lines),
            "city": lines[-1] if len(lines) > 1 else "", "postal_code": postcode,
            "country": "GB", "address_type": "physical"}
