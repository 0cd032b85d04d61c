"""Request/response models for the OpenAPI document (mirror ``sync.protocol``)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from .config import MAX_OPS_PER_BATCH

IdStr = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._:-]+$")


def _not_bool(value: Any) -> Any:
    # JSON Schema integers include 3.0 (pydantic accepts it) but never true/false.
    if isinstance(value, bool):
        raise ValueError("expected an integer, not a boolean")
    return value


WireInt = Annotated[int, BeforeValidator(_not_bool)]


class EnrolIn(BaseModel):
    code: str = Field(min_length=1, max_length=64)
    device_name: str = Field(min_length=1, max_length=200)
    # Made by the device per enrolment; resending it gets the answer again if the
    # first was lost after the code was spent. Optional: older clients omit it.
    request_id: str | None = Field(default=None, min_length=1, max_length=64,
                                   pattern=r"^[A-Za-z0-9._:-]+$")


class EnrolOut(BaseModel):
    hub_id: str
    hub_name: str
    device_id: str
    token: str
    server_epoch: str


class HandshakeOut(BaseModel):
    server_time: str
    protocol_min: int
    protocol_max: int
    server_epoch: str
    hub_id: str
    hub_name: str


class OpIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    op_id: str = IdStr
    kind: str = Field(min_length=1, max_length=40)
    record_id: str = IdStr
    action: Literal["upsert", "append", "delete"]
    base_version: WireInt | None = Field(default=None, ge=0)
    changed: list[str] | None = Field(default=None, max_length=200)
    payload: dict[str, Any] = Field(default_factory=dict)


class PushIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    protocol: WireInt = Field(ge=1)
    batch_id: str = IdStr
    ops: list[OpIn] = Field(max_length=MAX_OPS_PER_BATCH)


class OpResultOut(BaseModel):
    op_id: str
    status: Literal["applied", "duplicate", "conflict", "rejected"]
    reason: str | None
    version: int | None
    server_record: dict[str, Any] | None
    flags: list[str]


class PushOut(BaseModel):
    batch_id: str
    results: list[OpResultOut]


class ChangeOut(BaseModel):
    seq: int
    kind: str
    record_id: str
    action: Literal["upsert", "delete"]
    version: int
    payload: dict[str, Any] | None


class PullOut(BaseModel):
    changes: list[ChangeOut]
    next_cursor: str
    has_more: bool
    server_epoch: str


class ReconcileKindOut(BaseModel):
    count: int
    hash: str


class ReconcileOut(BaseModel):
    kinds: dict[str, ReconcileKindOut]


class RecordOut(BaseModel):
    kind: str
    record_id: str
    hub_id: str | None
    version: int
    deleted: bool
    payload: dict[str, Any] | None
    updated_at: str


class RecordPage(BaseModel):
    records: list[RecordOut]
    next_after: str | None


class OverdrawnOut(BaseModel):
    transfer_id: str
    hub_id: str
    from_account: str
    to_account: str
    minutes: int
    balance_after: int | None
    created_at: str | None
    received_at: str


class OverdrawnList(BaseModel):
    transfers: list[OverdrawnOut]


class BalanceOut(BaseModel):
    account: str
    member_id: str | None
    balance_minutes: int


class BalanceList(BaseModel):
    balances: list[BalanceOut]


class LedgerCheckOut(BaseModel):
    sum_minutes: int
    accounts: int
    mismatched_accounts: list[str]
    ok: bool


class PublishIn(BaseModel):
    payload: dict[str, Any]
