"""/oruk: the council directory as Open Referral UK 3.0 (open, no token)."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from sqlalchemy import func, select

from sync import protocol as p

from . import models as m
from .db import Database
from .deps import DbDep
from .errors import ERROR_RESPONSES, ApiError
from .oruk_convert import list_item, sal_full, sal_list_item
from .oruk_query import Filters, page_of, sal_page, services_page

router = APIRouter(prefix="/oruk", tags=["oruk"],
                   responses=ERROR_RESPONSES)  # type: ignore[arg-type]
ORUK_PROFILE = "https://openreferral.org/uk"
ORUK_OPENAPI = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json"
IdPath = Annotated[str, Path(min_length=1, max_length=64)]

PageQ = Annotated[int, Query(ge=1, le=1_000_000, description="Page number of paginated result.")]
PerPageQ = Annotated[int, Query(ge=1, le=500, description="Number of results in a single page.")]


async def filters(search: str | None = Query(default=None, max_length=200),
            taxonomy_term_id: str | None = Query(default=None, max_length=64),
            taxonomy_id: str | None = Query(default=None, max_length=64),
            organization_id: str | None = Query(default=None, max_length=64),
            minimum_age: float | None = Query(default=None, ge=0, le=200),
            maximum_age: float | None = Query(default=None, ge=0, le=200),
            day: str | None = Query(default=None, max_length=10),
            start_time: str | None = Query(default=None, max_length=8),
            end_time: str | None = Query(default=None, max_length=8),
            postcode: str | None = Query(default=None, max_length=10),
            proximity: str | None = Query(default=None, max_length=12,
                                          description="Metres from the postcode's centroid."),
            modified_after: str | None = Query(default=None, max_length=40)) -> Filters:
    return Filters(search, taxonomy_term_id, taxonomy_id, organization_id, minimum_age,
                   maximum_age, day, start_time, end_time, postcode, proximity, modified_after)


def _not_found() -> ApiError:
    return ApiError(404, p.ERR_NOT_FOUND, "Not found.")


@router.get("/")
def api_info() -> dict[str, Any]:
    return {"version": "3.0", "profile": ORUK_PROFILE, "openapi_url": ORUK_OPENAPI}


@router.get("/services")
def list_services(*, page: PageQ = 1, per_page: PerPageQ = 50,
                  f: Annotated[Filters, Depends(filters)],
                  db: DbDep) -> dict[str, Any]:
    with db.read() as conn:
        rows, env = services_page(conn, f, page, per_page)
    return {**env, "contents": [list_item(json.loads(r.document)) for r in rows]}


@router.get("/services/{id}")
def get_service(*, id: IdPath, db: DbDep) -> dict[str, Any]:  # noqa: A002
    with db.read() as conn:
        doc = conn.execute(select(m.services.c.document).where(m.services.c.id == id)).scalar()
    if doc is None:
        raise _not_found()
    return dict(json.loads(doc))


@router.get("/service_at_locations")
def list_service_at_locations(*, page: PageQ = 1, per_page: PerPageQ = 50,
                              f: Annotated[Filters, Depends(filters)],
                              db: DbDep) -> dict[str, Any]:
    with db.read() as conn:
        rows, env = sal_page(conn, f, page, per_page)
    return {**env, "contents": [sal_list_item(json.loads(r.service), json.loads(r.sal))
                                for r in rows]}


@router.get("/service_at_locations/{id}")
def get_service_at_location(*, id: IdPath,  # noqa: A002
                            db: DbDep) -> dict[str, Any]:
    sl, s = m.service_locations, m.services
    with db.read() as conn:
        row = conn.execute(select(s.c.document, sl.c.document.label("sal"))
                           .where(sl.c.id == id, sl.c.service_id == s.c.id)).first()
    if row is None:
        raise _not_found()
    return sal_full(json.loads(row.document), json.loads(row.sal))


def _doc_page(db: Database, table: Any, page: int, per_page: int) -> dict[str, Any]:
    with db.read() as conn:
        rows, env = page_of(conn, select(table.c.document).order_by(table.c.id),
                            select(func.count()).select_from(table), page, per_page)
    return {**env, "contents": [json.loads(r.document) for r in rows]}


def _doc(db: Database, table: Any, rid: str) -> dict[str, Any]:
    with db.read() as conn:
        doc = conn.execute(select(table.c.document).where(table.c.id == rid)).scalar()
    if doc is None:
        raise _not_found()
    return dict(json.loads(doc))


@router.get("/taxonomies")
def list_taxonomies(*, page: PageQ = 1, per_page: PerPageQ = 50,
                    db: DbDep) -> dict[str, Any]:
    return _doc_page(db, m.taxonomies, page, per_page)


@router.get("/taxonomies/{id}")
def get_taxonomy(*, id: IdPath, db: DbDep) -> dict[str, Any]:  # noqa: A002
    return _doc(db, m.taxonomies, id)


@router.get("/taxonomy_terms")
def list_taxonomy_terms(*, page: PageQ = 1, per_page: PerPageQ = 50,
                        db: DbDep) -> dict[str, Any]:
    return _doc_page(db, m.taxonomy_terms, page, per_page)


@router.get("/taxonomy_terms/{id}")
def get_taxonomy_term(*, id: IdPath,  # noqa: A002
                      db: DbDep) -> dict[str, Any]:
    return _doc(db, m.taxonomy_terms, id)



