"""A pulled page of services applied set-based (store.apply_services) must leave the
directory exactly as the one-at-a-time path (store.apply_service) does."""

from __future__ import annotations

import pytest

from accesspoint.db import open_database, transaction
from accesspoint.directory import local, search, store
from tests.directory.feeds import sid, v3_service

SIDE = ("dir_needs", "dir_languages", "dir_points", "dir_openings")


def _page(tag: str = "") -> list[dict]:
    return [
        v3_service(1, f"Food bank{tag}", terms=["Food"], lat=51.58, lon=-0.02,
                   postcode="E17 4QT", languages=["en", "so"], byday="MO,WE",
                   opens="10:00", closes="12:00", free=True),
        v3_service(2, f"Debt advice{tag}", terms=["Debt"], min_age=18, free=False,
                   description="Money help"),
        v3_service(3, f"Refuge{tag}", terms=["Domestic abuse", "Confidential address"],
                   confidential=True, postcode="E15 9ZZ"),
        v3_service(4, f"Helpline{tag}", terms=["Mental health"], byday="TU", opens="09:00",
                   closes="17:00", status="inactive"),
    ]


def _snapshot(conn) -> dict:
    """Everything search and the detail view read, keyed by service id (not row number)."""
    num_id = dict(conn.execute("SELECT num, id FROM dir_services"))
    out: dict = {"services": sorted(
        tuple(r) for r in conn.execute(
            "SELECT id, origin, local, name, org_name, status, is_free, min_age, max_age,"
            " assured_date, has_location, location_kind, content_hash, data,"
            " retired_at IS NULL, version FROM dir_services"))}
    for table in SIDE:
        out[table] = sorted((num_id[r[0]], *r[1:]) for r in conn.execute(
            f"SELECT * FROM {table}"))
    out["fts"] = sorted((num_id[r[0]], *r[1:]) for r in conn.execute(
        "SELECT rowid, name, taxonomy, description FROM dir_fts"))
    return out


@pytest.fixture
def pair(tmp_path):
    a, b = open_database(tmp_path / "a"), open_database(tmp_path / "b")
    yield a, b
    a.close()
    b.close()


def test_bulk_page_equals_one_at_a_time(pair):
    one, bulk = pair
    for round_ in ("", " (changed)"):
        page = _page(round_)
        with transaction(one):
            for service in page:
                store.apply_service(one, service)
        with transaction(bulk):
            assert store.apply_services(bulk, [(s["id"], s) for s in page]) == {}
        assert _snapshot(one) == _snapshot(bulk), round_
    # Retiring, and bringing one back.
    with transaction(one):
        store.retire_service(one, sid(2))
    with transaction(bulk):
        store.apply_services(bulk, [(sid(2), None)])
    assert _snapshot(one) == _snapshot(bulk)
    back = _page(" again")[1]
    with transaction(one):
        store.apply_service(one, back)
    with transaction(bulk):
        store.apply_services(bulk, [(back["id"], back)])
    assert _snapshot(one) == _snapshot(bulk)
    assert [r["id"] for r in search.search(bulk, "debt advice again").rows] == [sid(2)]
    assert search.search(bulk, "helpline").rows == []  # inactive: not found
    assert search.search(bulk, "refuge").rows[0]["id"] == sid(3)


def test_last_change_of_a_page_wins_and_bad_records_are_named(pair):
    _, conn = pair
    first, second = v3_service(1, "Old name"), v3_service(1, "New name")
    bad = v3_service(2, "Broken", minimum_age="ten")
    with transaction(conn):
        errors = store.apply_services(conn, [(sid(1), first), (sid(2), bad), (sid(1), second),
                                             (sid(3), v3_service(3, "Kept"))])
    assert set(errors) == {sid(2)} and "minimum_age" in str(errors[sid(2)])
    assert store.get_service(conn, sid(1))["name"] == "New name"
    assert store.get_service(conn, sid(2)) is None
    assert store.get_service(conn, sid(3))["name"] == "Kept"
    # Upsert then delete in one page: retired; delete then upsert: live.
    with transaction(conn):
        store.apply_services(conn, [(sid(3), v3_service(3, "Kept 2")), (sid(3), None),
                                    (sid(1), None), (sid(1), second)])
    assert store.get_service(conn, sid(3))["retired"]
    assert not store.get_service(conn, sid(1))["retired"]
    # A record whose id is not the change's id is refused, not written under either.
    with transaction(conn):
        errors = store.apply_services(conn, [(sid(9), v3_service(8, "Mislabelled"))])
    assert sid(9) in errors and store.get_service(conn, sid(8)) is None


def test_page_joins_the_callers_transaction(pair):
    _, conn = pair
    with pytest.raises(RuntimeError), transaction(conn):
        store.apply_services(conn, [(s["id"], s) for s in _page()])
        raise RuntimeError("the page failed half-way")
    assert conn.execute("SELECT COUNT(*) FROM dir_services").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM dir_fts").fetchone()[0] == 0
    # The staging tables are gone: a second page starts clean.
    with transaction(conn):
        store.apply_services(conn, [(s["id"], s) for s in _page()])
    assert conn.execute("SELECT COUNT(*) FROM dir_services").fetchone()[0] == 4


def test_council_adopting_a_local_service_as_the_single_path_does(pair, actor):
    snaps = []
    for i, conn in enumerate(pair):
        saved = local.save_local_service(conn, actor, local.LocalServiceInput(
            name="Tea and chat", needs=["social_isolation"], phone="020 7946 0321"),
            service_id=None)
        adopted = {**v3_service(70, "Tea and chat (council)"), "id": saved["id"]}
        with transaction(conn):
            if i == 0:
                store.apply_service(conn, adopted)
            else:
                store.apply_services(conn, [(saved["id"], adopted)])
        row = conn.execute("SELECT local, origin FROM dir_services WHERE id = ?",
                           (saved["id"],)).fetchone()
        assert (row["local"], row["origin"]) == (0, store.SYNC_ORIGIN)
        snaps.append({k: v for k, v in _snapshot(conn).items() if k != "services"})
    assert snaps[0]["fts"][0][1:] == snaps[1]["fts"][0][1:]


def test_import_duplicates_across_and_within_chunks(tmp_path):
    """Staging goes a chunk at a time: a repeated id in the same chunk or in a later one
    is counted once and its last copy kept; a bad record deep in the feed is named."""
    from accesspoint.directory.errors import FeedError
    from accesspoint.directory.importer import CHUNK, import_directory
    from tests.directory.feeds import page_v3, write_json

    items = [v3_service(i, f"Service {i}") for i in range(CHUNK * 2 + 10)]
    items.insert(5, v3_service(3, "Service 3, second copy"))  # same chunk
    items.append(v3_service(1, "Service 1, last copy"))  # a later chunk
    conn = open_database(tmp_path / "d")
    result = import_directory(conn, str(write_json(tmp_path / "f.json", page_v3(items))))
    assert result.added == CHUNK * 2 + 10 and result.duplicates == 2
    assert store.get_service(conn, sid(1))["name"] == "Service 1, last copy"
    assert store.get_service(conn, sid(3))["name"] == "Service 3, second copy"
    bad = items[:CHUNK + 7] + [v3_service("bad", "Broken", maximum_age="lots")]
    with pytest.raises(FeedError, match=r"item 258.*maximum_age"):
        import_directory(conn, str(write_json(tmp_path / "b.json", page_v3(bad))))
    assert store.get_service(conn, sid(1))["name"] == "Service 1, last copy"
    conn.close()
