"""Fixtures for directory tests: a local ORUK publisher (http.server on loopback,
in a thread) and a demo-directory database."""

from __future__ import annotations

import contextlib
import json
import random
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

from tests.directory.feeds import Publisher


@pytest.fixture
def publisher() -> Iterator[Callable[..., tuple[Publisher, str]]]:
    servers = []

    def start(services: list[dict], **kw: Any) -> tuple[Publisher, str]:
        pub = Publisher(services, **kw)

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                url = urlparse(self.path)
                pub.requests.append(self.path)
                if pub.hook:
                    pub.hook(self.path)
                if pub.delay:
                    import time

                    time.sleep(pub.delay)
                for prefix, left in list(pub.fail.items()):
                    if self.path.startswith(prefix) and left > 0:
                        pub.fail[prefix] = left - 1
                        self.send_error(500, "Temporary failure")
                        return
                if url.path == "/oruk/services":
                    number = int(parse_qs(url.query).get("page", ["1"])[0])
                    body = pub.page(number)
                elif url.path.startswith("/oruk/services/"):
                    wanted = url.path.rsplit("/", 1)[1]
                    found = [s for s in pub.services if s["id"] == wanted]
                    if not found:
                        self.send_error(404, "Not found")
                        return
                    body = found[0]
                else:
                    self.send_error(404, "Not found")
                    return
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                # The client may have given up already (the timeout tests).
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(data)

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        servers.append(server)
        return pub, f"http://127.0.0.1:{server.server_address[1]}/oruk"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def demo_conn(conn, actor):
    """A database holding the generated demo directory and its approximate centroids."""
    from accesspoint.directory.demo import demo_directory

    demo_directory(conn, actor, random.Random(3))
    return conn
