"""/api/v1: enrolment, sync and council-admin endpoints."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from sqlalchemy import select

from sync import protocol as p

from . import models as m
from .auth import enrol
from .db import get_meta
from .deps import AdminCaller, AnyCaller, DbDep, HubCaller, client_key, known_query_only
from .errors import ERROR_RESPONSES, ApiError
from .feed import get_record, pull, record_out
from .ledger import check, member_of
from .push import push_batch
from .records import hub_summary
from .schemas import (
    BalanceList,
    EnrolIn,
    EnrolOut,
    HandshakeOut,
    LedgerCheckOut,
    OverdrawnList,
    PullOut,
    PushIn,
    PushOut,
    ReconcileOut,
    RecordOut,
    RecordPage,
)
from .timeutil import now_iso

router = APIRouter(prefix=p.API_PREFIX, responses=ERROR_RESPONSES,  # type: ignore[arg-type]
                   dependencies=[Depends(known_query_only)])
KindPath = Annotated[str, Path(min_length=1, max_length=40, pattern=r"^[a-z_]+$")]
RecordIdPath = Annotated[str, Path(min_length=1, max_length=64)]
HubIdPath = Annotated[str, Path(min_length=1, max_length=64)]


@router.post("/enrol", response_model=EnrolOut, tags=["auth"])
def enrol_device(*, body: EnrolIn, request: Request, db: DbDep) -> Any:
    """Exchange a one-time enrolment code for this device's token."""
    limiter = request.app.state.limiter
    key = client_key(request)
    limiter.check(key)
    try:
        return enrol(db, body.code, body.device_name, body.request_id)
    except ApiError:
        limiter.fail(key)
        raise


@router.get("/sync/handshake", response_model=HandshakeOut, tags=["sync"])
def handshake(*, who: HubCaller, db: DbDep) -> Any:
    return {"server_time": now_iso(), "protocol_min": p.PROTOCOL_MIN,
            "protocol_max": p.PROTOCOL_MAX, "server_epoch": db.epoch(),
            "hub_id": who.hub_id, "hub_name": who.hub_name}


@router.post("/sync/push", response_model=PushOut, tags=["sync"],
             responses={409: {"description": "Same batch id, different body"}})
def push(*, body: PushIn, who: HubCaller,
         db: DbDep) -> Any:
    """Apply a batch of operations in one transaction (body may be gzip)."""
    if not p.PROTOCOL_MIN <= body.protocol <= p.PROTOCOL_MAX:
        raise ApiError(400, p.ERR_PROTOCOL_UNSUPPORTED,
                       f"This server speaks protocol {p.PROTOCOL_MIN}..{p.PROTOCOL_MAX}.")
    assert who.hub_id is not None
    return _answer(push_batch(db, who.hub_id, who.id, body.model_dump()))


def _answer(answer: Any) -> Any:
    """The answer's stored JSON text as is: no second validation and encoding of
    every op's result, and a resent batch gets the same bytes."""
    text = getattr(answer, "text", None)
    return Response(text, media_type="application/json") if text is not None else answer


@router.get("/sync/pull", response_model=PullOut, tags=["sync"],
            responses={410: {"description": "Cursor from another epoch; pull from zero"}})
def pull_changes(*, since: str | None = Query(default=None, max_length=200),
                 limit: int = Query(default=500, ge=1, le=1000),
                 who: HubCaller, db: DbDep) -> Any:
    return pull(db, who, since, limit)


@router.get("/sync/reconcile", response_model=ReconcileOut, tags=["sync"])
def reconcile_kinds(*, who: HubCaller,
                    db: DbDep) -> Any:
    assert who.hub_id is not None
    with db.read() as conn:
        return hub_summary(conn, who.hub_id)


@router.get("/records/{kind}/{record_id}", response_model=RecordOut, tags=["sync"])
def read_record(*, kind: KindPath, record_id: RecordIdPath,
                who: AnyCaller, db: DbDep) -> Any:
    """One record as the server holds it (own hub's or shared records only)."""
    return get_record(db, who, kind, record_id)


# --- council administrators ----------------------------------------------------

@router.get("/admin/records/{kind}", response_model=RecordPage, tags=["admin"])
def admin_records(*, kind: KindPath, after: str | None = Query(default=None, max_length=64),
                  limit: int = Query(default=500, ge=1, le=5000),
                  hub_id: str | None = Query(default=None, max_length=64),
                  _who: AdminCaller, db: DbDep) -> Any:
    q = (select(m.records).where(m.records.c.kind == kind)
         .order_by(m.records.c.record_id).limit(limit + 1))
    if after:
        q = q.where(m.records.c.record_id > after)
    if hub_id:
        q = q.where(m.records.c.hub_id == hub_id)
    with db.read() as conn:
        rows = conn.execute(q).all()
    more = len(rows) > limit
    rows = rows[:limit]
    return {"records": [record_out(r) for r in rows],
            "next_after": rows[-1].record_id if more else None}


@router.post("/admin/hubs/{hub_id}/push", response_model=PushOut, tags=["admin"])
def admin_push(*, hub_id: HubIdPath, body: PushIn, _who: AdminCaller, db: DbDep) -> Any:
    """The council writes into a hub's records (e.g. referral status updates as
    ``referral_event`` appends); every device of that hub receives them at pull."""
    with db.read() as conn:
        if conn.execute(select(m.hubs.c.id).where(m.hubs.c.id == hub_id)).first() is None:
            raise ApiError(404, p.ERR_NOT_FOUND, "No such hub.")
    return _answer(push_batch(db, hub_id, None, body.model_dump()))


@router.get("/admin/overdrawn", response_model=OverdrawnList, tags=["admin"])
def overdrawn(*, _who: AdminCaller, db: DbDep) -> Any:
    """Transfers that took a member below zero, for a coordinator to follow up."""
    t = m.ledger_transfers
    with db.read() as conn:
        rows = conn.execute(select(t).where(t.c.overdrawn.is_(True))
                            .order_by(t.c.received_at, t.c.id)).all()
    return {"transfers": [{"transfer_id": r.id, "hub_id": r.hub_id,
                           "from_account": r.from_account, "to_account": r.to_account,
                           "minutes": r.minutes, "balance_after": r.balance_after,
                           "created_at": r.created_at, "received_at": r.received_at}
                          for r in rows]}


@router.get("/admin/balances", response_model=BalanceList, tags=["admin"])
def balances(*, _who: AdminCaller, db: DbDep) -> Any:
    with db.read() as conn:
        rows = conn.execute(select(m.balances).order_by(m.balances.c.account)).all()
    return {"balances": [{"account": r.account, "member_id": member_of(r.account),
                          "balance_minutes": int(r.balance_minutes)} for r in rows]}


@router.get("/admin/ledger/check", response_model=LedgerCheckOut, tags=["admin"])
def ledger_check(*, _who: AdminCaller, db: DbDep) -> Any:
    with db.read() as conn:
        return check(conn)


@router.get("/admin/status", tags=["admin"])
def status(*, _who: AdminCaller, db: DbDep) -> dict[str, Any]:
    with db.read() as conn:
        hubs = conn.execute(select(m.hubs.c.id, m.hubs.c.name)).all()
        return {"server_epoch": get_meta(conn, "epoch"),
                "hubs": [{"id": h.id, "name": h.name} for h in hubs],
                "seq": int(conn.execute(select(m.seq_counter.c.value)).scalar_one())}



