"""A legal hold the council places on the server reaches the hub that owns the record
at pull, so the hub's own retention skips it; the hub cannot release it; the
council's release reaches the hub too, and the next retention run anonymises.
Real sync against a live server (tests/sync/live.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from accesspoint import enquiries, people  # noqa: E402
from accesspoint.clock import utcnow  # noqa: E402
from accesspoint.errors import ValidationError  # noqa: E402
from accesspoint.security import retention  # noqa: E402
from accesspoint_server import holds  # noqa: E402
from tests.sync.live import HubClient, LiveServer  # noqa: E402

LATER = timedelta(days=4 * 365)  # past every retention period


@pytest.fixture
def live(tmp_path, memkeyring):
    server = LiveServer(tmp_path / "server")
    made = []

    def hub(name):
        client = HubClient.create(tmp_path / name, name)
        _hub_id, code = server.new_hub(name)
        client.enrol(server.url, code)
        made.append(client)
        return client

    yield server, hub
    for c in made:
        c.close()
    server.stop()


def _holds(client: HubClient) -> list[dict]:
    return [dict(r) for r in client.conn.execute(
        "SELECT id, kind, record_id, reason, placed_by, released_at FROM legal_holds")]


def test_council_hold_reaches_the_hub_and_its_release_too(live):
    server, hub = live
    a, b = hub("Hub A"), hub("Hub B")
    held = people.create_person(a.conn, a.actor, given_name="Harriet", family_name="Held",
                                phone="07700 900444", postcode="E8 1DY")
    e = enquiries.create_enquiry(a.conn, a.actor, enquiries.EnquiryInput(
        needs=["housing"], description="Eviction notice, court date", person_id=held["id"],
        consent_record=True))
    other = people.create_person(a.conn, a.actor, given_name="Otto", family_name="Other")
    a.sync()
    b.sync()

    hold_id = holds.place_hold(server.db, "admin:test", "person", held["id"],
                               "Inquest: Coroner's request 2026/14")
    a.sync()
    b.sync()
    rows = _holds(a)
    assert [(r["id"], r["kind"], r["record_id"], r["placed_by"], r["released_at"])
            for r in rows] == [(hold_id, "person", held["id"], retention.COUNCIL_HOLD, None)]
    assert "Coroner" not in rows[0]["reason"]  # the council's reason stays on the server
    assert retention.on_hold(a.conn, "person", held["id"])
    assert _holds(b) == []  # only the hub that owns the record

    # The hub's retention skips the held person and their enquiry, not the others.
    report = retention.run(a.conn, a.actor, now=utcnow() + LATER)
    assert report["person"]["held"] == 1 and report["person"]["anonymised"] == 1
    assert report["enquiry"]["held"] == 1 and report["enquiry"]["anonymised"] == 0
    assert people.get_person(a.conn, held["id"])["family_name"] == "Held"
    assert enquiries.get_enquiry(a.conn, e["id"])["description"].startswith("Eviction")
    assert people.get_person(a.conn, other["id"], follow=False)["family_name"] == ""

    # Only the council can release it.
    with pytest.raises(ValidationError):
        retention.release_hold(a.conn, a.actor, hold_id)
    assert retention.on_hold(a.conn, "person", held["id"])

    a.sync()
    holds.release_hold(server.db, "admin:test", hold_id)
    a.sync()
    assert [r["released_at"] is not None for r in _holds(a)] == [True]
    assert not retention.on_hold(a.conn, "person", held["id"])
    report = retention.run(a.conn, a.actor, now=utcnow() + LATER)
    assert report["person"]["anonymised"] == 1 and report["enquiry"]["anonymised"] == 1
    assert people.get_person(a.conn, held["id"], follow=False)["family_name"] == ""


def test_a_member_hold_reaches_every_hub(live):
    server, hub = live
    a, b = hub("Hub A"), hub("Hub B")
    hold_id = holds.place_hold(server.db, "admin:test", "member", "member-0001", "Audit")
    a.sync()
    b.sync()
    for client in (a, b):
        assert [(r["id"], r["kind"]) for r in _holds(client)] == [(hold_id, "member")]
