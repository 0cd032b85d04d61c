"""The batch, op and payload hashes of a push, each payload serialised once.

The stored hashes are SHA-256 of ``sync.protocol.canonical_json`` of

* a payload (``records.payload_hash``),
* an op without its id (``ops.payload_hash``: a resent op id must carry the same op),
* the normalised batch (``batches.body_hash``: a resent batch id must carry the same body).

Serialising every payload three times (plus once more for the size limit) was
the largest cost of applying a batch. Here the canonical payload text is made
once and spliced into the op and batch texts, which are otherwise tiny: the
bytes hashed are exactly those ``canonical_json`` would produce, so hashes
stored by earlier versions still match (tests/server/test_push_bulk.py checks
it against ``canonical_json`` on awkward inputs).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sync import protocol as p

_PLAIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-")


def _js(value: Any) -> str:
    """canonical_json of one scalar (or list), as text."""
    if isinstance(value, str) and value and _PLAIN.issuperset(value):
        return '"' + value + '"'  # ids and kinds: nothing to escape
    if value is None:
        return "null"
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class OpDigest:
    payload_text: str  # canonical JSON of the payload
    payload_hash: str  # == p.payload_hash(payload)
    op_hash: str  # == push.op_hash(op)
    size: int  # bytes of the canonical payload (the per-payload limit)


def digest_batch(protocol: Any, ops: list[dict[str, Any]]) -> tuple[str, list[OpDigest]]:
    """(batch body hash, one digest per op) for a validated push body's ops."""
    body = hashlib.sha256()
    body.update(b'{"ops":[')
    out: list[OpDigest] = []
    for i, op in enumerate(ops):
        text = p.canonical_json(op.get("payload")).decode()
        head = ('{"action":' + _js(op.get("action")) + ',"base_version":'
                + _js(op.get("base_version")) + ',"changed":' + _js(op.get("changed"))
                + ',"kind":' + _js(op.get("kind")))
        tail = ',"payload":' + text + ',"record_id":' + _js(op.get("record_id")) + "}"
        encoded = text.encode()
        out.append(OpDigest(text, hashlib.sha256(encoded).hexdigest(),
                            hashlib.sha256((head + tail).encode()).hexdigest(), len(encoded)))
        if i:
            body.update(b",")
        body.update((head + ',"op_id":' + _js(op.get("op_id")) + tail).encode())
    body.update(('],"protocol":' + _js(protocol) + "}").encode())
    return body.hexdigest(), out
