"""Directory changes pulled from the real council server, a page at a time set-based:
what the council loads is found in search; a re-pull duplicates nothing; a malformed
record is held with its reason while the rest of its page applies; a local service
with an edit waiting to go up is not overwritten by the council's copy."""

from __future__ import annotations

from accesspoint.directory import local, search, store
from accesspoint_server import admin_ops
from accesspoint_server.directory import save_services
from sync import state
from tests.directory.feeds import sid, v3_service


def _count(conn, sql: str) -> int:
    return conn.execute(sql).fetchone()[0]


def test_council_directory_pulled_in_pages(fresh_server, make_hub):
    hub = make_hub(fresh_server, "North Hub")
    save_services(fresh_server.db, [
        v3_service(i, f"Pantry {i}", terms=["Food"], byday="MO", opens="10:00",
                   closes="12:00", languages=["en", "pt"]) for i in range(1, 1201)])
    summary = hub.sync()
    assert summary.received.get("service", 0) == 1200
    assert _count(hub.conn, "SELECT COUNT(*) FROM dir_services WHERE retired_at IS NULL") == 1200
    assert _count(hub.conn, "SELECT COUNT(*) FROM dir_fts") == 1200
    assert [r["id"] for r in search.search(hub.conn, "pantry 77").rows][:1] == [sid(77)]
    # The council edits one and closes another.
    save_services(fresh_server.db, [v3_service(5, "Pantry five (moved)", terms=["Food"]),
                                    v3_service(6, "Pantry 6", terms=["Food"],
                                               status="inactive")])
    hub.sync()
    assert store.get_service(hub.conn, sid(5))["name"] == "Pantry five (moved)"
    assert all(r["id"] != sid(6) for r in search.search(hub.conn, "pantry 6").rows)
    before = _count(hub.conn, "SELECT MAX(num) FROM dir_services")
    # A re-pull from the start (cursor lost) duplicates nothing and changes nothing.
    state.put(hub.conn, state.CURSOR, None)
    hub.sync()
    assert _count(hub.conn, "SELECT COUNT(*) FROM dir_services") == 1200
    assert _count(hub.conn, "SELECT MAX(num) FROM dir_services") == before
    assert _count(hub.conn, "SELECT COUNT(*) FROM dir_fts") == 1199


def test_bad_record_held_rest_of_page_applied(fresh_server, make_hub):
    hub = make_hub(fresh_server, "North Hub")
    admin_ops.publish(fresh_server.db, "service", [
        v3_service(1, "Good one"), v3_service(2, "Broken", minimum_age="ten"),
        v3_service(3, "Good two")])
    summary = hub.sync()
    assert summary.received.get("service", 0) == 2
    assert store.get_service(hub.conn, sid(1)) and store.get_service(hub.conn, sid(3))
    held = hub.conn.execute("SELECT record_id, reason FROM sync_unapplied").fetchall()
    assert [r[0] for r in held] == [sid(2)] and "minimum_age" in held[0][1]
    # The council fixes it: the next sync applies it and clears the hold.
    admin_ops.publish(fresh_server.db, "service", [v3_service(2, "Fixed", minimum_age=10)])
    hub.sync()
    assert store.get_service(hub.conn, sid(2))["name"] == "Fixed"
    assert _count(hub.conn, "SELECT COUNT(*) FROM sync_unapplied") == 0


def test_local_service_with_pending_edit_not_overwritten(fresh_server, make_hub):
    hub = make_hub(fresh_server, "North Hub")
    hub.sync()
    saved = local.save_local_service(hub.conn, hub.actor, local.LocalServiceInput(
        name="Tea and chat", needs=["social_isolation"], phone="020 7946 0321"))
    # The council publishes (adopts) it before this hub's edit has gone up. Pull
    # only, so the local edit is still waiting in the outbox.
    admin_ops.publish(fresh_server.db, "service",
                      [{**v3_service(70, "Tea and chat (council copy)"), "id": saved["id"]}])
    from sync.pull import pull_all

    transport = hub_transport(hub)
    stats = pull_all(hub.conn, transport, epoch=None)
    transport.close()
    assert stats.held == 1
    kept = store.get_service(hub.conn, saved["id"])
    assert kept["name"] == "Tea and chat" and kept["local"]
    # Once the edit is acknowledged, the council's copy applies.
    hub.sync()
    hub.sync()
    adopted = store.get_service(hub.conn, saved["id"])
    assert adopted["name"] == "Tea and chat (council copy)" and not adopted["local"]


def hub_transport(hub):
    from sync.engine import SyncEngine

    return SyncEngine(hub.conn, data_dir=hub.data_dir,
                      transport_options=hub.transport_options).transport()
