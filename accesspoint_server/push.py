"""Applying a pushed batch: one transaction, idempotent by batch, op and record.

Reads of existing ops/records are prefetched per batch and writes are flushed
in bulk at the end (``ApplyContext.flush``), so a batch of hundreds of ops
costs a handful of statements while the writer lock is held. The answer's JSON
text is made once, from each op's stored result text: it is stored with the
batch and sent as is, so a resent batch gets the same bytes back.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select

from sync import protocol as p

from . import models as m
from .answer_scrub import scrub_stored_copies
from .config import MAX_PAYLOAD_BYTES
from .db import Database, bulk_insert
from .errors import ApiError
from .ledger import Ledger
from .op_hashing import OpDigest, digest_batch
from .records import RecordState, RecordStore, rows_among
from .timeutil import now_iso


class PushAnswer(dict):  # type: ignore[type-arg]
    """The answer to a batch as a dict, and ``text``: its JSON as stored and sent."""

    def __init__(self, text: str, answer: dict[str, Any] | None = None) -> None:
        super().__init__(answer if answer is not None else json.loads(text))
        self.text = text


def push_batch(db: Database, hub_id: str, device_id: str | None,
               body: dict[str, Any]) -> PushAnswer:
    """Apply a batch as ``hub_id``. ``device_id`` None = written by the council,
    so every device of the hub receives the changes at pull."""
    batch_id = body["batch_id"]
    # Hash a normalised body: absent and null optional fields are the same batch.
    # Each payload is serialised once here and reused for every hash and the size check.
    body_hash, digests = digest_batch(body.get("protocol"), body["ops"])
    with db.read() as conn:
        replay = _stored_batch(conn, batch_id, hub_id, body_hash)
    if replay is not None:
        return replay
    with db.write() as conn:
        # Re-check under the writer lock: a concurrent resend may have won.
        replay = _stored_batch(conn, batch_id, hub_id, body_hash)
        if replay is not None:
            return replay
        ctx = ApplyContext(conn, hub_id, device_id, batch_id, body["ops"])
        results = [ctx.apply(op, d) for op, d in zip(body["ops"], digests, strict=True)]
        ctx.flush()
        # == json.dumps({"batch_id": ..., "results": results}): each text is json.dumps(result).
        text = ('{"batch_id": ' + json.dumps(batch_id) + ', "results": ['
                + ", ".join(ctx.result_texts) + "]}")
        bulk_insert(conn, m.batches, [{
            "batch_id": batch_id, "hub_id": hub_id, "body_hash": body_hash,
            "response": text, "created_at": ctx.now}])
    return PushAnswer(text, {"batch_id": batch_id, "results": results})


def _stored_batch(conn: Connection, batch_id: str, hub_id: str,
                  body_hash: str) -> PushAnswer | None:
    row = conn.execute(select(m.batches.c.hub_id, m.batches.c.body_hash, m.batches.c.response)
                       .where(m.batches.c.batch_id == batch_id)).first()
    if row is None:
        return None
    if row.hub_id != hub_id or row.body_hash != body_hash:
        raise ApiError(409, p.ERR_BATCH_MISMATCH,
                       "This batch id was already used with a different body.")
    return PushAnswer(row.response)


OP_FIELDS = ("kind", "record_id", "action", "base_version", "changed", "payload")


def op_hash(op: dict[str, Any]) -> str:
    return p.payload_hash({k: op.get(k) for k in OP_FIELDS})


class ApplyContext:
    def __init__(self, conn: Connection, hub_id: str, device_id: str | None, batch_id: str,
                 ops: list[dict[str, Any]]) -> None:
        self.conn = conn
        self.batch_id = batch_id
        self.hub_id = hub_id
        self.device_id = device_id
        self.now = now_iso()
        self.seen_ops: dict[str, tuple[str, str, dict[str, Any]]] = {
            op_id: (owner, digest, json.loads(result))
            for op_id, owner, digest, result in rows_among(
                conn, "SELECT op_id, hub_id, payload_hash, result FROM ops WHERE op_id {among}",
                list({op["op_id"] for op in ops}))}
        self.new_ops: list[dict[str, Any]] = []
        self.result_texts: list[str] = []  # json.dumps of each answer, in op order
        self.store = RecordStore(conn, self.now)
        self.store.prefetch({(op["kind"], op["record_id"]) for op in ops})
        self.anonymised = _anonymised_among(conn, ops)
        self.erased: set[tuple[str, str]] = set()
        self.ledger = Ledger(conn, self.now)
        transfers = [op["payload"] for op in ops if op["kind"] == "ledger_transfer"]
        self.ledger.prefetch(transfers)

    # --- per op -----------------------------------------------------------

    def apply(self, op: dict[str, Any], d: OpDigest | None = None) -> dict[str, Any]:
        if d is None:
            d = digest_batch(None, [op])[1][0]
        digest = d.op_hash
        op_id = op["op_id"]
        seen = self.seen_ops.get(op_id)
        if seen is not None:
            owner, old_digest, old_result = seen
            if owner != self.hub_id:
                result = _result(op_id, "rejected", reason="This operation id is already in use.")
            elif old_digest != digest:
                result = _result(op_id, "rejected", reason="This operation id was already "
                                 "used with a different payload.")
            elif old_result["status"] == p.STATUS_APPLIED:
                result = {**old_result, "status": p.STATUS_DUPLICATE}
            else:
                result = old_result
            self.result_texts.append(_result_json(result))
            return result
        result = self._apply_new(op, d)
        text = _result_json(result)
        self.result_texts.append(text)
        self.seen_ops[op_id] = (self.hub_id, digest, result)
        self.new_ops.append({
            "op_id": op_id, "hub_id": self.hub_id, "batch_id": self.batch_id,
            "kind": op["kind"], "record_id": op["record_id"], "payload_hash": digest,
            "result": text, "created_at": self.now})
        return result

    def _apply_new(self, op: dict[str, Any], d: OpDigest) -> dict[str, Any]:
        op_id, kind, action = op["op_id"], op["kind"], op["action"]
        payload = op.get("payload") or {}

        def rejected(reason: str) -> dict[str, Any]:
            return (_result(op_id, "rejected", reason=reason))

        if kind not in p.PUSH_KINDS:
            return rejected(f"Hubs cannot push records of kind {kind!r}.")
        if action not in p.ACTIONS:
            return rejected(f"Unknown action {action!r}.")
        if d.size > MAX_PAYLOAD_BYTES:
            return rejected("The payload is too large.")
        if kind in p.HUB_KINDS and payload.get("hub_id") not in (None, self.hub_id):
            return rejected("The payload names another hub.")
        if kind == "ledger_transfer" and action != p.ACTION_APPEND:
            return rejected("Ledger transfers are append-only; reverse with a new transfer.")
        rec = self.store.get(kind, op["record_id"])
        if rec is not None and kind in p.HUB_KINDS and rec.hub_id != self.hub_id:
            return rejected("This record belongs to another hub.")
        if action == p.ACTION_DELETE:
            return self._delete(op_id, kind, op["record_id"], rec)
        if rec is not None and rec.deleted:
            return rejected("This record was erased on the server.")
        if action == p.ACTION_APPEND:
            return self._append(op_id, kind, op["record_id"], payload, rec, d)
        if (rec is not None and (kind, op["record_id"]) in self.anonymised
                and op.get("base_version") == rec.version):
            # A stale copy meets the usual conflict (the hub gets the anonymised
            # version); this is "keep mine", resent against the newest version, which
            # would otherwise bring back what the council's retention destroyed.
            restored = _restored_fields(rec.payload or {}, payload)
            if restored:
                return rejected("The council anonymised this record under its retention "
                                "rules; its personal details cannot be sent again ("
                                + ", ".join(restored) + ").")
        return self._upsert(op, payload, rec, d)

    def _append(self, op_id: str, kind: str, record_id: str, payload: dict[str, Any],
                rec: RecordState | None, d: OpDigest) -> dict[str, Any]:
        if rec is not None:
            if rec.payload_hash == d.payload_hash:
                return (_result(op_id, "duplicate", version=rec.version))
            return (_result(
                op_id, "rejected", version=rec.version,
                reason="A record with this id already exists with different content."))
        flags: list[str] = []
        if kind == "ledger_transfer":
            error = self.ledger.validate(record_id, payload)
            if error:
                return (_result(op_id, "rejected", reason=error))
            flags = self.ledger.apply(self.hub_id, record_id, payload)
        rec = self.store.create(kind, record_id, self.hub_id, payload, d)
        self._emit(rec)
        return (_result(op_id, "applied", version=rec.version, flags=flags))

    def _upsert(self, op: dict[str, Any], payload: dict[str, Any],
                rec: RecordState | None, d: OpDigest) -> dict[str, Any]:
        op_id, kind, record_id = op["op_id"], op["kind"], op["record_id"]
        base = op.get("base_version")
        changed = op.get("changed")
        if rec is None:
            rec = self.store.create(kind, record_id, self.hub_id, payload, d)
            self._emit(rec)
            return (_result(op_id, "applied", version=rec.version))
        if rec.payload_hash == d.payload_hash:
            return (_result(op_id, "duplicate", version=rec.version))
        if base is not None and base == rec.version:
            self.store.update(rec, payload, digest=d)
            self._emit(rec)
            return (_result(op_id, "applied", version=rec.version))
        if (kind in p.MERGEABLE_KINDS and base is not None and 0 < base < rec.version
                and changed):
            server_changed = self.store.changed_since(rec, base)
            if "*" not in server_changed and not server_changed & set(changed):
                merged = dict(rec.payload or {})
                for field in changed:
                    if field in payload:
                        merged[field] = payload[field]
                    else:
                        merged.pop(field, None)
                self.store.update(rec, merged, changed=set(changed))
                # The pusher lacks the other fields' server values: let its pull
                # bring the merged record back too.
                self._emit(rec, to_pusher=True)
                return (_result(op_id, "applied", version=rec.version,
                                          server_record=rec.payload))
        return (_result(
            op_id, "conflict", version=rec.version, server_record=rec.payload,
            reason="The record was changed on the server since your version."))

    def _delete(self, op_id: str, kind: str, record_id: str,
                rec: RecordState | None) -> dict[str, Any]:
        if rec is not None and rec.deleted:
            return (_result(op_id, "duplicate", version=rec.version))
        if rec is None:
            rec = self.store.create(kind, record_id, self.hub_id, None)
        self.store.tombstone(rec)
        self._emit(rec)
        self.erased.add((kind, record_id))
        return (_result(op_id, "applied", version=rec.version))

    def _emit(self, rec: RecordState, to_pusher: bool = False) -> None:
        if rec.kind == "ledger_transfer":
            return  # flows down as balances
        visible_to = rec.hub_id if rec.kind in p.HUB_KINDS else None
        if rec.kind == "person" and rec.deleted:
            visible_to = None  # erasures reach every hub (members may be linked)
        self.store.emit(rec.kind, rec.record_id, visible_to,
                        None if to_pusher else self.device_id,
                        "delete" if rec.deleted else "upsert", rec.version, rec.payload,
                        payload_text=rec.payload_text)

    def flush(self) -> None:
        for account, member_id, balance in self.ledger.flush():
            self.store.emit("balance", account, None, None, "upsert", 0,
                            {"account": account, "member_id": member_id,
                             "balance_minutes": balance}, version_from_seq=True)
        self.store.flush()
        # Before this batch's own answers are stored: those hold no stale copies.
        scrub_stored_copies(self.conn, self.erased)
        if self.new_ops:
            bulk_insert(self.conn, m.ops, self.new_ops)


def _anonymised_among(conn: Connection, ops: list[dict[str, Any]]) -> set[tuple[str, str]]:
    by_kind: dict[str, set[str]] = {}
    for op in ops:
        if op.get("action") == p.ACTION_UPSERT:
            by_kind.setdefault(op["kind"], set()).add(op["record_id"])
    found: set[tuple[str, str]] = set()
    for kind, ids in by_kind.items():
        # kind first: the table's key is (kind, record_id), so this is an index seek.
        found.update((kind, rid) for (rid,) in rows_among(
            conn, "SELECT record_id FROM anonymised WHERE kind = ? AND record_id {among}",
            list(ids), (kind,)))
    return found


_BLANK = (None, "", [], {})


def _restored_fields(current: dict[str, Any], incoming: dict[str, Any]) -> list[str]:
    """Fields the anonymised record holds blank that the op would fill again."""
    return sorted(k for k, v in incoming.items()
                  if k in current and current[k] in _BLANK and v not in _BLANK)


def _result(op_id: str, status: str, *, reason: str | None = None, version: int | None = None,
            server_record: dict[str, Any] | None = None,
            flags: list[str] | None = None) -> dict[str, Any]:
    """``p.make_result`` as a plain dict (one per op, so no TypedDict copy)."""
    return {"op_id": op_id, "status": status, "reason": reason, "version": version,
            "server_record": server_record, "flags": list(flags) if flags else []}


def _result_json(result: dict[str, Any]) -> str:
    """json.dumps(result); the plain applied/duplicate answer (nearly every op) by hand."""
    op_id, version = result["op_id"], result["version"]
    if (result["reason"] is None and result["server_record"] is None and not result["flags"]
            and type(version) is int and type(op_id) is str and op_id
            and p.PLAIN_CHARS.issuperset(op_id)):
        return (f'{{"op_id": "{op_id}", "status": "{result["status"]}", "reason": null, '
                f'"version": {version}, "server_record": null, "flags": []}}')
    return json.dumps(result)
