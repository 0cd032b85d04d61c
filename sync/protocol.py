"""Wire types of the AccessPoint sync protocol, version 1 (docs/sync-protocol.md).

Shared by the hub's sync client (``sync/``) and the council server
(``accesspoint_server/``). Standard library only, so either side can import it
without pulling in the other's dependencies. Change this module and the doc
together.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterable
from typing import Any, Literal, NotRequired, TypedDict

PROTOCOL_VERSION = 1
PROTOCOL_MIN = 1
PROTOCOL_MAX = 1

API_PREFIX = "/api/v1"
ENROL_PATH = f"{API_PREFIX}/enrol"
HANDSHAKE_PATH = f"{API_PREFIX}/sync/handshake"
PUSH_PATH = f"{API_PREFIX}/sync/push"
PULL_PATH = f"{API_PREFIX}/sync/pull"
RECONCILE_PATH = f"{API_PREFIX}/sync/reconcile"

# --- actions and statuses ---------------------------------------------------

Action = Literal["upsert", "append", "delete"]
ACTION_UPSERT: Action = "upsert"
ACTION_APPEND: Action = "append"
ACTION_DELETE: Action = "delete"
ACTIONS: frozenset[str] = frozenset({"upsert", "append", "delete"})

Status = Literal["applied", "duplicate", "conflict", "rejected"]
STATUS_APPLIED: Status = "applied"
STATUS_DUPLICATE: Status = "duplicate"
STATUS_CONFLICT: Status = "conflict"
STATUS_REJECTED: Status = "rejected"

FLAG_OVERDRAWN = "overdrawn"

# --- kinds ------------------------------------------------------------------

# Records that belong to one hub: only that hub (and council admins) may read
# or write them.
HUB_KINDS: frozenset[str] = frozenset({
    "person", "enquiry", "enquiry_note", "consent_event", "signposting",
    "referral", "referral_event", "directory_report", "audit_event",
    "local_service", "redemption", "unmet_need",
    # A hub's equality-monitoring counts for one finished month (never single answers).
    "equality_tally",
})
# Records every hub shares (time-bank members walk into any hub).
SHARED_PUSH_KINDS: frozenset[str] = frozenset({"member", "ledger_transfer"})
# Kinds a hub may push up.
PUSH_KINDS: frozenset[str] = HUB_KINDS | SHARED_PUSH_KINDS
# Kinds only the council publishes, flowing down to every hub.
DOWN_ONLY_KINDS: frozenset[str] = frozenset({
    "service", "balance", "reward", "activity", "opportunity", "postcode",
})
# Kinds every hub sees at pull (plus its own hub's records and tombstones of
# people, see docs). Ledger transfers flow up only; what flows down is the
# resulting ``balance`` of each account.
SHARED_PULL_KINDS: frozenset[str] = frozenset({"member"}) | DOWN_ONLY_KINDS
ALL_KINDS: frozenset[str] = PUSH_KINDS | DOWN_ONLY_KINDS

# Facts that are never edited: a correction is a new record pointing at the old.
APPEND_KINDS: frozenset[str] = frozenset({
    "enquiry", "enquiry_note", "consent_event", "referral_event",
    "ledger_transfer", "audit_event", "redemption", "signposting",
    "directory_report", "unmet_need", "equality_tally",
})
# Mutable records whose concurrent edits of disjoint fields are merged.
MERGEABLE_KINDS: frozenset[str] = frozenset({"person", "member"})

# Ledger accounts are strings: ``member:<id>``, ``project:<id>``, ``rewards``,
# ``conversion``, ``migration``.
MEMBER_ACCOUNT_PREFIX = "member:"

# --- error codes (``{"error": {"code", "message"}}``) -----------------------

ERR_UNAUTHORISED = "unauthorised"
ERR_TOKEN_REVOKED = "token_revoked"
ERR_FORBIDDEN = "forbidden"
ERR_NOT_FOUND = "not_found"
ERR_VALIDATION = "validation_error"
ERR_BAD_REQUEST = "bad_request"
ERR_ENROL_INVALID = "enrolment_code_invalid"
ERR_ENROL_EXPIRED = "enrolment_code_expired"
ERR_ENROL_USED = "enrolment_code_used"
ERR_RATE_LIMITED = "rate_limited"
ERR_BATCH_MISMATCH = "batch_mismatch"
ERR_CURSOR_EXPIRED = "cursor_expired"
ERR_PROTOCOL_UNSUPPORTED = "protocol_unsupported"
ERR_TOO_LARGE = "payload_too_large"
ERR_METHOD_NOT_ALLOWED = "method_not_allowed"
ERR_INTERNAL = "internal_error"
ERR_BUSY = "busy"  # 503 with Retry-After: resend the same batch later


# --- messages ---------------------------------------------------------------

class ErrorDetail(TypedDict):
    code: str
    message: str


class ErrorBody(TypedDict):
    error: ErrorDetail


class EnrolRequest(TypedDict):
    code: str
    device_name: str


class EnrolResponse(TypedDict):
    hub_id: str
    hub_name: str
    device_id: str
    token: str
    server_epoch: str


class Handshake(TypedDict):
    server_time: str
    protocol_min: int
    protocol_max: int
    server_epoch: str
    hub_id: str
    hub_name: str


class Op(TypedDict):
    op_id: str
    kind: str
    record_id: str
    action: Action
    payload: dict[str, Any]
    base_version: NotRequired[int | None]
    changed: NotRequired[list[str] | None]


class PushRequest(TypedDict):
    protocol: int
    batch_id: str
    ops: list[Op]


class OpResult(TypedDict):
    op_id: str
    status: Status
    reason: str | None
    version: int | None
    server_record: dict[str, Any] | None
    flags: list[str]


class PushResponse(TypedDict):
    batch_id: str
    results: list[OpResult]


class Change(TypedDict):
    seq: int
    kind: str
    record_id: str
    action: Literal["upsert", "delete"]
    version: int
    payload: dict[str, Any] | None


class PullResponse(TypedDict):
    changes: list[Change]
    next_cursor: str
    has_more: bool
    server_epoch: str


class ReconcileKind(TypedDict):
    count: int
    hash: str


class ReconcileResponse(TypedDict):
    kinds: dict[str, ReconcileKind]


# --- helpers ----------------------------------------------------------------

# One encoder made once: json.dumps with these options builds a new one per call,
# which cost as much as encoding a small payload (a push hashes every payload).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
canonical_text = _CANONICAL.encode  # canonical JSON as str (what canonical_json encodes)


def canonical_json(obj: Any) -> bytes:
    """Stable bytes for hashing: same object → same bytes on both sides."""
    return _CANONICAL.encode(obj).encode()


# Characters that never need escaping in a JSON string: ids, kinds and actions.
PLAIN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-")


def json_scalar(value: Any) -> str:
    """``canonical_text(value)`` for one scalar or list, with ids and kinds (nearly
    every value an op carries) quoted by hand. For a string this is also exactly
    ``json.dumps(value, ensure_ascii=False)``."""
    if type(value) is str and value and PLAIN_CHARS.issuperset(value):
        return '"' + value + '"'
    if value is None:
        return "null"
    if type(value) is int:
        return str(value)
    return _CANONICAL.encode(value)


def payload_hash(payload: Any) -> str:
    """SHA-256 (hex) of a payload's canonical JSON, compared for op_id replays."""
    return hashlib.sha256(canonical_json(payload)).hexdigest()


def ids_hash(record_ids: Iterable[str]) -> str:
    """Reconcile hash: SHA-256 over the sorted record ids, newline-joined."""
    return hashlib.sha256("\n".join(sorted(record_ids)).encode()).hexdigest()


def gzip_json(obj: Any) -> bytes:
    """Serialise and gzip a body; mtime=0 so a resent batch is byte-identical."""
    return gzip.compress(json.dumps(obj, separators=(",", ":")).encode(), mtime=0)


def gunzip_json(data: bytes) -> Any:
    return json.loads(gzip.decompress(data))


def member_account(member_id: str) -> str:
    return f"{MEMBER_ACCOUNT_PREFIX}{member_id}"


def make_result(op_id: str, status: Status, *, reason: str | None = None,
                version: int | None = None, server_record: dict[str, Any] | None = None,
                flags: list[str] | None = None) -> OpResult:
    return OpResult(op_id=op_id, status=status, reason=reason, version=version,
                    server_record=server_record, flags=list(flags or []))
