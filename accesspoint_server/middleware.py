"""ASGI middleware: body size limit + gzip request bodies, security headers,
JSON-lines access log (method, route, status, timing: never bodies or queries)."""

from __future__ import annotations

import json
import logging
import time
import zlib
from typing import Any

from sync import protocol as p

from .config import MAX_BODY_BYTES

log = logging.getLogger("accesspoint_server.access")

SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"strict-transport-security", b"max-age=31536000"),
]


async def _send_error(send: Any, status: int, code: str, message: str) -> None:
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()), *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})


def _gunzip_bounded(data: bytes, limit: int) -> bytes | None:
    """Decompress at most ``limit`` bytes; None if the result would be larger."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = d.decompress(data, limit + 1)
    if len(out) > limit or d.unconsumed_tail:
        return None
    if not d.eof:
        raise zlib.error("truncated gzip stream")
    return out


class ServerMiddleware:
    def __init__(self, app: Any, max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status_holder = {"status": 500}

        async def send_wrapper(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers.extend(h for h in SECURITY_HEADERS if h[0] not in names)
                if scope["path"].startswith(p.API_PREFIX):
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        try:
            if scope["method"] in ("POST", "PUT", "PATCH"):
                receive = await self._buffer_body(scope, receive, send_wrapper)
                if receive is None:
                    return
            await self.app(scope, receive, send_wrapper)
        finally:
            route = scope.get("route")
            log.info(json.dumps({
                "event": "request", "method": scope["method"],
                "route": getattr(route, "path", None) or "unmatched",
                "status": status_holder["status"],
                "ms": round((time.perf_counter() - started) * 1000, 1),
                "hub_id": scope.get("state", {}).get("hub_id"),
            }))

    async def _buffer_body(self, scope: dict[str, Any], receive: Any, send: Any) -> Any:
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        declared = headers.get(b"content-length")
        if declared and declared.isdigit() and int(declared) > self.max_body:
            await _send_error(send, 413, p.ERR_TOO_LARGE, "The request body is too large.")
            return None
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await _send_error(send, 413, p.ERR_TOO_LARGE, "The request body is too large.")
                return None
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        encoding = headers.get(b"content-encoding", b"").lower().strip()
        if encoding == b"gzip":
            try:
                plain = _gunzip_bounded(body, self.max_body)
            except zlib.error:
                await _send_error(send, 400, p.ERR_BAD_REQUEST, "The gzip body is corrupt.")
                return None
            if plain is None:
                await _send_error(send, 413, p.ERR_TOO_LARGE,
                                  "The decompressed request body is too large.")
                return None
            body = plain
            scope["headers"] = [(k, v) for k, v in scope["headers"]
                                if k.lower() not in (b"content-encoding", b"content-length")]
            scope["headers"].append((b"content-length", str(len(body)).encode()))
        elif encoding not in (b"", b"identity"):
            await _send_error(send, 400, p.ERR_BAD_REQUEST, "Unsupported Content-Encoding.")
            return None
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return replay
