"""/api/v1/admin: subject access across hubs, retention and legal holds (council
admin token only; every use is recorded in the server audit trail)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from sync import protocol as p

from . import equality_report, holds, retention
from . import subject_access as sar
from .deps import AdminCaller, DbDep, known_query_only
from .errors import ERROR_RESPONSES, ApiError


async def single_query_values(request: Request) -> None:
    """A search or filter given twice (``?hub_id=a&hub_id=b``) is refused, not
    silently narrowed to the last value."""
    keys = [k for k, _v in request.query_params.multi_items()]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    if repeated:
        raise ApiError(422, p.ERR_VALIDATION,
                       f"Give each query parameter once: {', '.join(repeated[:5])}.")


router = APIRouter(prefix=f"{p.API_PREFIX}/admin", tags=["admin"],
                   responses=ERROR_RESPONSES,  # type: ignore[arg-type]
                   dependencies=[Depends(known_query_only), Depends(single_query_values)])

PersonId = Annotated[str, Field(min_length=1, max_length=64)]


class SubjectAccessIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    person_ids: list[PersonId] = Field(min_length=1, max_length=sar.MAX_IDS)
    include_html: bool = Field(default=False, strict=True,
                               description="Also return the readable page as `html`.")


class SubjectAccessOut(BaseModel):
    bundle: dict[str, Any]
    html: str | None = None


class PeopleOut(BaseModel):
    people: list[dict[str, Any]]


class HoldIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["person", "enquiry", "member"]
    record_id: str = Field(min_length=1, max_length=64)
    reason: str = Field(min_length=1, max_length=holds.MAX_REASON)


class HoldOut(BaseModel):
    hold_id: str


class HoldList(BaseModel):
    holds: list[dict[str, Any]]


def _actor(who: Any) -> str:
    return f"admin:{who.id}"


@router.get("/subject-access/people", response_model=PeopleOut)
def find_people(*, who: AdminCaller, db: DbDep,
                name: str | None = Query(default=None, min_length=1, max_length=200),
                date_of_birth: str | None = Query(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$"),
                postcode: str | None = Query(default=None, min_length=2, max_length=12)
                ) -> Any:
    """People on the server (any hub) matching the name, date of birth and postcode
    given: choose the ones who are the resident, then export them."""
    if not (name or date_of_birth or postcode):
        raise ApiError(400, p.ERR_BAD_REQUEST, "Search by name, date of birth or postcode.")
    found = sar.find_people(db, name=name or "", date_of_birth=date_of_birth or "",
                            postcode=postcode or "")
    with db.write() as conn:
        holds.audit(conn, _actor(who), "subject_access_search", "person", "",
                    f"matches={len(found)}")
    return {"people": found}


@router.post("/subject-access", response_model=SubjectAccessOut)
def subject_access(*, body: SubjectAccessIn, who: AdminCaller, db: DbDep) -> Any:
    """Everything the server holds about these person ids, across hubs (JSON, and the
    readable page on request). Audited per person."""
    bundle = sar.export(db, _actor(who), body.person_ids)
    return {"bundle": bundle, "html": sar.render_html(bundle) if body.include_html else None}


@router.post("/retention/run", response_model=dict[str, dict[str, int]])
def retention_run(*, who: AdminCaller, db: DbDep) -> Any:
    """Apply the retention periods now (idempotent); counts per kind."""
    return retention.run(db, _actor(who))


@router.get("/legal-holds", response_model=HoldList)
def legal_holds(*, _who: AdminCaller, db: DbDep) -> Any:
    return {"holds": holds.list_holds(db)}


# One method per path: Starlette's 405 answer lists only one route's methods.
@router.post("/legal-holds/place", response_model=HoldOut)
def place_hold(*, body: HoldIn, who: AdminCaller, db: DbDep) -> Any:
    try:
        return {"hold_id": holds.place_hold(db, _actor(who), body.kind, body.record_id,
                                            body.reason)}
    except ValueError as exc:
        raise ApiError(422, p.ERR_VALIDATION, str(exc)) from exc


@router.post("/legal-holds/{hold_id}/release", response_model=HoldOut)
def release_hold(*, hold_id: Annotated[str, Path(min_length=1, max_length=64)],
                 who: AdminCaller, db: DbDep) -> Any:
    try:
        holds.release_hold(db, _actor(who), hold_id)
    except ValueError as exc:
        raise ApiError(404, p.ERR_NOT_FOUND, "No such active legal hold.") from exc
    return {"hold_id": hold_id}


Month = Annotated[str | None, Query(pattern=r"^\d{4}-(0[1-9]|1[0-2])$",
                                    description="YYYY-MM, inclusive")]


@router.get("/equality", response_model=dict[str, Any])
def equality(*, _who: AdminCaller, db: DbDep, start: Month = None, end: Month = None,
             hub_id: str | None = Query(default=None, min_length=1, max_length=64)) -> Any:
    """Equality-monitoring answers summed across hubs (counts under 5 shown as "<5");
    hubs send monthly counts only, never single responses."""
    return equality_report.report(db, start, end, hub_id)
