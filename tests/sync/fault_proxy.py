"""An HTTP proxy between a hub and the council server that breaks things on purpose.

Each request is read whole, then one fault is chosen (seeded, so a failing
run can be replayed):
- ``ok``: forwarded, answered normally;
- ``refuse``: the connection is closed before the server sees the request;
- ``lost``: forwarded (the server commits), then the connection is closed
  without an answer: the response is lost after the commit;
- ``cut``: forwarded, then half of the answer is sent and the connection closed;
- ``garbage``: forwarded, then a 200 whose JSON body is cut short (well framed);
- ``stall``: nothing is sent back for ``stall_s`` seconds, then the connection
  is closed (the client's read timeout fires first);
- ``e500`` / ``e503`` / ``e429``: an error answer without forwarding
  (with ``Retry-After: 0``);
- ``hang`` (never chosen at random): forwarded (the server commits), then
  nothing is sent back for ``stall_s`` seconds: a server that stalls after its
  commit, for tests of Cancel.
"""

from __future__ import annotations

import contextlib
import json
import random
import socket
import threading
import time
from collections import Counter
from collections.abc import Sequence

FAULTS = ("refuse", "lost", "cut", "garbage", "stall", "e500", "e503", "e429")


def _read_request(sock: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        body += chunk
    return head + b"\r\n\r\n" + body


def _close_upstream_header(request: bytes) -> bytes:
    head, _, body = request.partition(b"\r\n\r\n")
    lines = [ln for ln in head.split(b"\r\n") if not ln.lower().startswith(b"connection:")]
    lines.append(b"Connection: close")
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def _error(status: int, reason: str, code: str) -> bytes:
    body = json.dumps({"error": {"code": code, "message": "injected fault"}}).encode()
    return (f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nRetry-After: 0\r\nConnection: close\r\n\r\n"
            ).encode() + body


class FaultProxy:
    def __init__(self, upstream_port: int, *, seed: int = 0, rate: float = 0.0,
                 faults: Sequence[str] = FAULTS, stall_s: float = 1.5,
                 paths: Sequence[str] | None = None, latency_s: float = 0.0,
                 port: int = 0) -> None:
        self.latency_s = latency_s
        self.upstream = ("127.0.0.1", upstream_port)
        self.rng = random.Random(seed)
        self.rate = rate
        self.faults = tuple(faults)
        self.stall_s = stall_s
        self.paths = tuple(paths) if paths else None
        self.script: list[str] = []  # faults to use first, in order (then random)
        self.seen: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", port))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.running = False
        with contextlib.suppress(OSError):
            self.listener.close()

    def _choose(self, request: bytes) -> str:
        line = request.split(b"\r\n", 1)[0].decode(errors="replace")
        with self.lock:
            if self.script:
                fault = self.script.pop(0)
            elif self.paths and not any(p in line for p in self.paths):
                fault = "ok"
            elif self.rng.random() < self.rate:
                fault = self.rng.choice(self.faults)
            else:
                fault = "ok"
            self.seen[fault] += 1
        return fault

    def _accept(self) -> None:
        while self.running:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        with client:
            try:
                request = _read_request(client)
                if request is None:
                    return
                fault = self._choose(request)
                if self.latency_s:
                    time.sleep(self.latency_s)
                if fault == "refuse":
                    return
                if fault == "stall":
                    time.sleep(self.stall_s)
                    return
                if fault in ("e500", "e503", "e429"):
                    status = int(fault[1:])
                    reason = {500: "Internal Server Error", 503: "Service Unavailable",
                              429: "Too Many Requests"}[status]
                    client.sendall(_error(status, reason, "injected"))
                    return
                answer = self._forward(request)
                if fault == "lost":
                    return
                if fault == "hang":
                    time.sleep(self.stall_s)
                    return
                if fault == "cut":
                    client.sendall(answer[: max(1, len(answer) // 2)])
                    return
                if fault == "garbage":
                    head, _, body = answer.partition(b"\r\n\r\n")
                    body = body[: max(1, len(body) // 2)]
                    lines = [ln for ln in head.split(b"\r\n")
                             if not ln.lower().startswith(b"content-length:")]
                    lines.append(f"Content-Length: {len(body)}".encode())
                    client.sendall(b"\r\n".join(lines) + b"\r\n\r\n" + body)
                    return
                client.sendall(answer)
            except OSError:
                return

    def _forward(self, request: bytes) -> bytes:
        with socket.create_connection(self.upstream, timeout=30) as up:
            up.sendall(_close_upstream_header(request))
            chunks = []
            while True:
                chunk = up.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        answer = b"".join(chunks)
        head, _, body = answer.partition(b"\r\n\r\n")
        lines = [ln for ln in head.split(b"\r\n") if not ln.lower().startswith(b"connection:")]
        lines.append(b"Connection: close")
        return b"\r\n".join(lines) + b"\r\n\r\n" + body
