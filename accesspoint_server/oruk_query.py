"""Filtering and paging the ORUK directory (services and service-at-locations)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, and_, exists, func, or_, select

from sync import protocol as p

from . import models as m
from .directory import postcode_point
from .errors import ApiError
from .oruk_convert import day_code
from .timeutil import parse_iso

TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$")


@dataclass
class Filters:
    search: str | None = None
    taxonomy_term_id: str | None = None
    taxonomy_id: str | None = None
    organization_id: str | None = None
    minimum_age: float | None = None
    maximum_age: float | None = None
    day: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    postcode: str | None = None
    proximity: str | None = None
    modified_after: str | None = None


def _bad(message: str) -> ApiError:
    return ApiError(400, p.ERR_BAD_REQUEST, message)


def service_conditions(conn: Connection, f: Filters) -> list[Any]:
    s = m.services
    conds: list[Any] = []
    if f.search:
        for word in f.search.lower().split()[:10]:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conds.append(s.c.search_text.like(f"%{escaped}%", escape="\\"))
    if f.taxonomy_term_id:
        conds.append(exists().where(m.service_terms.c.service_id == s.c.id,
                                    m.service_terms.c.term_id == f.taxonomy_term_id))
    if f.taxonomy_id:
        conds.append(exists().where(m.service_terms.c.service_id == s.c.id,
                                    m.service_terms.c.taxonomy_id == f.taxonomy_id))
    if f.organization_id:
        conds.append(s.c.organization_id == f.organization_id)
    # Ages describe the person being helped: a service matches when its own age
    # range overlaps [minimum_age, maximum_age] (a missing bound is open).
    if f.minimum_age is not None:
        conds.append(or_(s.c.maximum_age.is_(None), s.c.maximum_age >= f.minimum_age))
    if f.maximum_age is not None:
        conds.append(or_(s.c.minimum_age.is_(None), s.c.minimum_age <= f.maximum_age))
    if f.day or f.start_time or f.end_time:
        sch = m.service_schedules
        sconds = [sch.c.service_id == s.c.id]
        if f.day:
            code = day_code(f.day)
            if code is None:
                raise _bad("day must be a weekday name or code such as MO.")
            sconds.append(or_(sch.c.day == code, sch.c.day.is_(None)))
        for value, name in ((f.start_time, "start_time"), (f.end_time, "end_time")):
            if value and not TIME_RE.match(value):
                raise _bad(f"{name} must be a time such as 09:30.")
        # Open for the whole of the asked window on that day.
        if f.start_time:
            sconds.append(and_(sch.c.opens_at.is_not(None), sch.c.opens_at <= _hms(f.start_time)))
        if f.end_time:
            sconds.append(and_(sch.c.closes_at.is_not(None), sch.c.closes_at >= _hms(f.end_time)))
        conds.append(exists().where(*sconds))
    if f.modified_after:
        try:
            after = parse_iso(f.modified_after).isoformat().replace("+00:00", "Z")
        except ValueError as exc:
            raise _bad("modified_after must be an ISO 8601 date-time.") from exc
        conds.append(s.c.last_modified >= after)
    return conds


def _hms(text: str) -> str:
    return text if len(text) == 8 else f"{text}:00"


def proximity_filter(conn: Connection, f: Filters) -> tuple[float, float, float] | None:
    """(lat, lon, metres) when postcode + proximity are given; postcode alone has
    no service areas to test against here, so it does not narrow the results."""
    if not f.postcode or not f.proximity:
        return None
    try:
        metres = float(f.proximity)
    except ValueError as exc:
        raise _bad("proximity must be a distance in metres.") from exc
    if not math.isfinite(metres) or metres <= 0:
        raise _bad("proximity must be a positive distance in metres.")
    point = postcode_point(conn, f.postcode)
    if point is None:
        raise ApiError(404, p.ERR_NOT_FOUND, "That postcode is not in the server's table.")
    return point[0], point[1], min(metres, 2_000_000.0)


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6_371_008.8
    dlat, dlon = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    a = (math.sin(dlat / 2) ** 2
         + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.sin(dlon / 2) ** 2)
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def near_location_ids(conn: Connection, lat: float, lon: float, metres: float) -> list[str]:
    """service_locations ids within ``metres``: bounding box in SQL, exact in Python."""
    dlat = metres / 111_000
    dlon = metres / max(1.0, 111_000 * math.cos(math.radians(lat)))
    sl = m.service_locations
    rows = conn.execute(select(sl.c.id, sl.c.latitude, sl.c.longitude).where(
        sl.c.latitude.between(lat - dlat, lat + dlat),
        sl.c.longitude.between(lon - dlon, lon + dlon)))
    return [r.id for r in rows if haversine_m(lat, lon, r.latitude, r.longitude) <= metres]


def page_of(conn: Connection, base: Select[Any], count: Select[Any], page: int,
            per_page: int) -> tuple[list[Any], dict[str, Any]]:
    total = int(conn.execute(count).scalar_one())
    rows = conn.execute(base.limit(per_page).offset((page - 1) * per_page)).all()
    pages = max(1, math.ceil(total / per_page)) if total else 0
    envelope = {"total_items": total, "total_pages": pages, "page_number": page,
                "size": len(rows), "first_page": page == 1,
                "last_page": page >= pages, "empty": total == 0}
    return rows, envelope


def services_page(conn: Connection, f: Filters, page: int, per_page: int
                  ) -> tuple[list[Any], dict[str, Any]]:
    s = m.services
    conds = service_conditions(conn, f)
    near = proximity_filter(conn, f)
    if near is not None:
        loc_ids = near_location_ids(conn, *near)
        conds.append(exists().where(m.service_locations.c.service_id == s.c.id,
                                    m.service_locations.c.id.in_(loc_ids or ["-"])))
    base = select(s.c.document).where(*conds).order_by(s.c.name, s.c.id)
    count = select(func.count()).select_from(s).where(*conds)
    return page_of(conn, base, count, page, per_page)


def sal_page(conn: Connection, f: Filters, page: int, per_page: int
             ) -> tuple[list[Any], dict[str, Any]]:
    s, sl = m.services, m.service_locations
    conds = [*service_conditions(conn, f), sl.c.service_id == s.c.id]
    near = proximity_filter(conn, f)
    if near is not None:
        conds.append(sl.c.id.in_(near_location_ids(conn, *near) or ["-"]))
    base = (select(s.c.document.label("service"), sl.c.document.label("sal"))
            .where(*conds).order_by(s.c.name, sl.c.id))
    count = select(func.count()).select_from(sl.join(s, sl.c.service_id == s.c.id)).where(*conds)
    return page_of(conn, base, count, page, per_page)
