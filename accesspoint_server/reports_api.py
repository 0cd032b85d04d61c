"""/api/v1/reports: the council-wide open data (public, suppressed) and the council's
dashboard data (admin token, not suppressed). See docs/server.md."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from sync import protocol as p

from . import report_data as rd
from .deps import AdminCaller, DbDep, known_query_only
from .errors import ERROR_RESPONSES, ApiError, ErrorModel
from .report_warmup import RETRY_AFTER_S, for_app

# 503: the report index is still being built after a start (report_warmup.py).
REPORT_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERROR_RESPONSES,
    503: {"model": ErrorModel, "description": "Reports are being prepared after the"
          " server started: try again after Retry-After seconds"},
}
router = APIRouter(prefix=f"{p.API_PREFIX}/reports", tags=["reports"],
                   responses=REPORT_ERRORS,  # type: ignore[arg-type]
                   dependencies=[Depends(known_query_only)])

From = Annotated[date, Query(alias="from", description="First day (YYYY-MM-DD).")]
To = Annotated[date, Query(alias="to", description="Last day (YYYY-MM-DD).")]
HubQ = Annotated[str | None, Query(alias="hub", min_length=1, max_length=64,
                                   description="Only this hub's records (default: all hubs).")]
Period = Annotated[Literal["day", "week", "month"],
                   Query(description="How enquiry charts are grouped.")]
TableName = Literal[tuple(rd.TABLES)]  # type: ignore[valid-type]
ChartKey = Literal[tuple(rd.CHARTS)]  # type: ignore[valid-type]

# A CSV route's errors are still JSON: spelt out, or they would be documented as text/csv.
CSV_DOC: dict[int | str, dict[str, Any]] = {
    200: {"description": "CSV, UTF-8, header row first.",
          "content": {"text/csv": {"schema": {"type": "string"}}}},
    **{status: {"description": doc["description"], "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/ErrorModel"}}}}
       for status, doc in REPORT_ERRORS.items()},
}


class CsvResponse(Response):
    media_type = "text/csv"
    charset = "utf-8"


class OpenDataPeriod(BaseModel):
    from_: str = Field(alias="from")
    to: str


class OpenDataOut(BaseModel):
    period: OpenDataPeriod
    dictionary: dict[str, Any]
    tables: list[dict[str, Any]]


class ChartOut(BaseModel):
    key: str
    title: str
    kind: str
    categories: list[str]
    series: list[tuple[str, list[float]]]
    x_title: str
    y_title: str
    note: str


class DashboardOut(BaseModel):
    period: OpenDataPeriod
    group_by: str
    hub: str | None
    tabs: dict[str, list[ChartOut]]


def _cache(request: Request) -> rd.ReportCache:
    cache = getattr(request.app.state, "report_cache", None)
    if cache is None:
        cache = request.app.state.report_cache = rd.ReportCache()
    return cache  # type: ignore[no-any-return]


def _ready(request: Request) -> None:
    """Wait briefly for the start-up build of the report index, else 503 + Retry-After
    (the request thread is not held for the whole build)."""
    warmup = for_app(request.app.state)
    if warmup is not None and not warmup.ready():
        raise ApiError(503, p.ERR_BUSY, "The reports are being prepared after the server"
                       " started; try again shortly.", {"Retry-After": str(RETRY_AFTER_S)})


def _open_data(request: Request, db: Any, start: date, end: date,
               hub: str | None) -> rd.OpenData:
    _ready(request)
    try:
        rd.check_range(start, end)
    except rd.RangeError as exc:
        raise ApiError(400, p.ERR_BAD_REQUEST, str(exc)) from None
    with db.read() as conn:
        if hub and not rd.hub_exists(conn, hub):
            raise ApiError(404, p.ERR_NOT_FOUND, "No such hub.")
        return _cache(request).get(conn, ("open-data", start, end, hub),  # type: ignore[no-any-return]
                                   lambda: rd.build_open_data(conn, start, end, hub))


def _dashboard(request: Request, db: Any, start: date, end: date, hub: str | None,
               period: str) -> dict[str, list[Any]]:
    _ready(request)
    try:
        rd.check_range(start, end)
    except rd.RangeError as exc:
        raise ApiError(400, p.ERR_BAD_REQUEST, str(exc)) from None
    today = rd.today_utc()
    with db.read() as conn:
        if hub and not rd.hub_exists(conn, hub):
            raise ApiError(404, p.ERR_NOT_FOUND, "No such hub.")
        return _cache(request).get(  # type: ignore[no-any-return]
            conn, ("dashboard", start, end, hub, period, today),
            lambda: rd.build_dashboard(conn, start, end, period, hub, today))


@router.get("/open-data", response_model=OpenDataOut, response_model_by_alias=True)
def open_data_json(*, request: Request, start: From, end: To, hub: HubQ = None,
                   db: DbDep) -> Any:
    """Open data across all hubs (or one): the app's aggregate tables with small numbers
    suppressed, and the data dictionary. Public. The range is widened to whole ISO
    weeks (Monday to Sunday)."""
    return _open_data(request, db, start, end, hub).to_json()


@router.get("/open-data/{table}.csv", response_class=CsvResponse, responses=CSV_DOC)
def open_data_csv(*, request: Request,
                  table: Annotated[TableName, Path(description="Table name.")],
                  start: From, end: To, hub: HubQ = None, db: DbDep) -> Response:
    """One open-data table as CSV, exactly as `accesspoint report open-data` writes it:
    the row key, one column per category, then `total`; suppressed cells are `[c]`."""
    found = _open_data(request, db, start, end, hub).table(table)
    if found is None:
        raise ApiError(404, p.ERR_NOT_FOUND, "No such table.")
    return CsvResponse(rd.table_csv(found))


@router.get("/dashboard", response_model=DashboardOut)
def dashboard_json(*, request: Request, start: From, end: To, hub: HubQ = None,
                   period: Period = "week", _who: AdminCaller, db: DbDep) -> Any:
    """Every dashboard chart's data across hubs (or one), NOT suppressed: admin token
    only. Tabs as in the app: Enquiries, Signposting, Time bank, Time audit."""
    tabs = _dashboard(request, db, start, end, hub, period)
    return {"period": {"from": start.isoformat(), "to": end.isoformat()},
            "group_by": period, "hub": hub,
            "tabs": {tab: [rd.chart_json(c) for c in charts] for tab, charts in tabs.items()}}


@router.get("/dashboard/{chart_key}.csv", response_class=CsvResponse, responses=CSV_DOC)
def dashboard_csv(*, request: Request,
                  chart_key: Annotated[ChartKey, Path(description="Chart key.")],
                  start: From, end: To, hub: HubQ = None, period: Period = "week",
                  _who: AdminCaller, db: DbDep) -> Response:
    """One chart's data as CSV (`category, <series>...`), NOT suppressed: admin only."""
    tabs = _dashboard(request, db, start, end, hub, period)
    for charts in tabs.values():
        for chart in charts:
            if chart.key == chart_key:
                return CsvResponse(chart.to_csv())
    raise ApiError(404, p.ERR_NOT_FOUND, "No such chart.")
