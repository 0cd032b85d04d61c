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
from dataclasses import dataclass
from typing import Any

from sync import protocol as p


@dataclass(frozen=True, slots=True)
class OpDigest:
    payload_text: str  # canonical JSON of the payload
    payload_hash: str  # == p.payload_hash(payload)
    op_hash: str  # == push.op_hash(op)
    size: int  # bytes of the canonical payload (the per-payload limit)


def digest_batch(protocol: Any, ops: list[dict[str, Any]]) -> tuple[str, list[OpDigest]]:
    """(batch body hash, one digest per op) for a validated push body's ops."""
    js, canonical, sha256 = p.json_scalar, p.canonical_text, hashlib.sha256
    pieces: list[bytes] = []  # the batch body's canonical text, hashed once at the end
    out: list[OpDigest] = []
    for op in ops:
        get = op.get
        text = canonical(get("payload"))
        encoded = text.encode()
        head = ('{"action":' + js(get("action")) + ',"base_version":' + js(get("base_version"))
                + ',"changed":' + js(get("changed")) + ',"kind":' + js(get("kind"))).encode()
        tail = (',"record_id":' + js(get("record_id")) + "}").encode()
        op_sha = sha256(head)
        op_sha.update(b',"payload":')
        op_sha.update(encoded)
        op_sha.update(tail)
        out.append(OpDigest(text, sha256(encoded).hexdigest(), op_sha.hexdigest(), len(encoded)))
        pieces += (head, b',"op_id":', js(get("op_id")).encode(), b',"payload":', encoded, tail,
                   b",")
    if pieces:
        pieces.pop()  # the last comma
    body = sha256(b'{"ops":[' + b"".join(pieces) + b'],"protocol":'
                  + js(protocol).encode() + b"}")
    return body.hexdigest(), out
