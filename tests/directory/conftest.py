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


def _seed_ui_template(conn) -> dict[str, str]:
    from accesspoint import enquiries, hubs, people
    from accesspoint.context import Actor
    from accesspoint.directory.demo import demo_directory

    hub = hubs.ensure_hub(conn, "Riverside Community Centre")
    user = hubs.add_user(conn, hub["id"], "Sam Okafor", "coordinator")
    actor = Actor(hub["id"], user["id"], "coordinator")
    demo_directory(conn, actor, random.Random(5))
    ids = {}
    for key, share in (("with_consent", True), ("without_consent", False)):
        person = people.create_person(conn, actor, given_name="Ana", family_name="Silva",
                                      postcode="E17 4PP", preferred_language="pt")
        ids[key] = enquiries.create_enquiry(conn, actor, enquiries.EnquiryInput(
            needs=["food"], person_id=person["id"], consent_record=True, consent_share=share,
            outcome="open"))["id"]
    return ids


@pytest.fixture(scope="session")
def _ui_template(tmp_path_factory):
    from accesspoint.db import open_database

    folder = tmp_path_factory.mktemp("directory-ui")
    conn = open_database(folder)
    ids = _seed_ui_template(conn)
    conn.close()
    return folder, ids


@pytest.fixture
def ui_services(qapp, tmp_path, _ui_template):
    """Services (the real single DB worker) on a copy of a seeded database."""
    import shutil

    from ui.services import DbWorker, Events, Services
    from ui.session import existing_actor

    folder, ids = _ui_template
    data_dir = tmp_path / "ui"
    shutil.copytree(folder, data_dir)
    events = Events()
    db = DbWorker(data_dir, events=events)
    svc = Services(data_dir=data_dir, actor=db.call(existing_actor), db=db, events=events)
    svc.enquiry_ids = ids
    yield svc
    svc.close()
