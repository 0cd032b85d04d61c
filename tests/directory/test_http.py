"""Import from an ORUK API served over HTTP on loopback: paging, detail records,
retries after a 500, cancel, and an unreachable or broken server."""

from __future__ import annotations

import threading

import pytest

from accesspoint.directory import store
from accesspoint.directory.errors import FeedError, ImportCancelledError
from accesspoint.directory.importer import import_directory
from tests.directory.feeds import sid, v1_service, v3_service


def _services(n: int) -> list[dict]:
    return [v3_service(i, f"Service {i}", terms=["Food bank"], lat=51.5 + i / 1000, lon=0.0,
                       postcode="E17 4QT", byday="MO", opens="09:00", closes="12:00")
            for i in range(n)]


def test_v3_api_pages_and_fetches_full_records(conn, publisher):
    pub, base = publisher(_services(8), per_page=3)
    progress: list[tuple] = []
    result = import_directory(conn, base + "/services", progress=lambda *a: progress.append(a),
                              backoff=0.01)
    assert result.added == 8 and result.version == "3.0"
    pages = [r for r in pub.requests if r.startswith("/oruk/services?")]
    assert len(pages) == 3 and "per_page=" in pages[0]
    assert sum(1 for r in pub.requests if r.startswith("/oruk/services/")) == 8
    # The list holds summaries only; the detail fetch brought the schedules and places.
    service = store.get_service(conn, sid(5))
    assert service["schedules"] and service["locations"][0]["postcode"] == "E17 4QT"
    assert any("page 3 of 3" in str(p) for p in progress)


def test_page_that_fails_then_succeeds_is_retried(conn, publisher):
    pub, base = publisher(_services(5), per_page=2)
    pub.fail["/oruk/services?page=2"] = 2  # two 500s, then fine
    result = import_directory(conn, base, backoff=0.01)
    assert result.added == 5
    assert sum(1 for r in pub.requests if r.startswith("/oruk/services?page=2")) == 3


def test_server_that_keeps_failing_leaves_directory_intact(conn, publisher):
    pub, base = publisher(_services(5), per_page=2)
    import_directory(conn, base, backoff=0.01)
    pub.services = [v3_service(i, f"Replaced {i}") for i in range(5)]
    pub.fail["/oruk/services?page=3"] = 99
    with pytest.raises(FeedError, match="page 3.*500"):
        import_directory(conn, base, backoff=0.01, retries=2)
    names = {r[0] for r in conn.execute("SELECT name FROM dir_services WHERE retired_at IS NULL")}
    assert names == {f"Service {i}" for i in range(5)}


def test_missing_detail_record_names_the_service(conn, publisher):
    pub, base = publisher(_services(3), per_page=3)
    pub.services = pub.services[:2] + [dict(pub.services[2], id="gone")]
    pub.fail["/oruk/services/gone"] = 99
    with pytest.raises(FeedError, match="service gone"):
        import_directory(conn, base, backoff=0.01, retries=0)
    assert conn.execute("SELECT COUNT(*) FROM dir_services").fetchone()[0] == 0


def test_cancel_changes_nothing(conn, publisher):
    pub, base = publisher(_services(9), per_page=3)
    cancel = threading.Event()

    def hook(path: str) -> None:
        if path.startswith("/oruk/services?page=2"):
            cancel.set()

    pub.hook = hook
    with pytest.raises(ImportCancelledError):
        import_directory(conn, base, cancel=cancel, backoff=0.01)
    assert conn.execute("SELECT COUNT(*) FROM dir_services").fetchone()[0] == 0


def test_v1_api_with_full_records_in_pages(conn, publisher):
    services = [v1_service(i, f"Advice {i}", taxonomy=["Debt advice"], lat=51.58, lon=-0.02)
                for i in range(5)]
    pub, base = publisher(services, per_page=2, version="1.0")
    result = import_directory(conn, base, backoff=0.01)
    assert result.added == 5 and result.version == "1.0"
    assert not any(r.startswith("/oruk/services/") for r in pub.requests)


def test_unreachable_server(conn):
    with pytest.raises(FeedError, match="could not reach"):
        import_directory(conn, "http://127.0.0.1:9/oruk", retries=1, backoff=0.01, timeout=2)


def test_timeout_is_retried_then_reported(conn, publisher):
    pub, base = publisher(_services(1), per_page=3)
    pub.delay = 0.5
    with pytest.raises(FeedError, match="after 2 tries"):
        import_directory(conn, base, timeout=0.1, retries=1, backoff=0.01)


def test_server_ignoring_paging_is_stopped(conn, publisher):
    pub, base = publisher(_services(6), per_page=3)
    original = pub.page
    pub.page = lambda number: {**original(1), "total_pages": None, "total_items": None,
                               "last_page": None}
    with pytest.raises(FeedError, match="same page again"):
        import_directory(conn, base, backoff=0.01, per_page=3)
    assert conn.execute("SELECT COUNT(*) FROM dir_services").fetchone()[0] == 0
