"""The council's retention followed through real sync: the hub pulls the anonymised
records, loses the local history of the old details too, and its next sync does
not bring them back; a legal hold placed on the hub reaches the server and holds."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from accesspoint import enquiries, people  # noqa: E402
from accesspoint.security import erasure, retention  # noqa: E402
from accesspoint_server import retention as server_retention  # noqa: E402
from accesspoint_server.timeutil import now  # noqa: E402
from tests.sync.live import HubClient, LiveServer  # noqa: E402


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


def _server_payload(server, kind, rid):
    rows = [r for r in server.records(kind=kind, deleted=None) if r.record_id == rid]
    return json.loads(rows[0].payload) if rows and rows[0].payload else None


def test_hub_pulls_council_retention_and_never_resurrects(live):
    server, hub = live
    a = hub("Hub A")
    p = people.create_person(a.conn, a.actor, given_name="Olive", family_name="Oldham",
                             phone="07700 900321", postcode="E1 6AN")
    erasure.rectify_person(a.conn, a.actor, p["id"], "typo", phone="07700 900322")
    e = enquiries.create_enquiry(a.conn, a.actor, enquiries.EnquiryInput(
        needs=["debt"], description="Bailiffs, council tax", person_id=p["id"],
        consent_record=True))
    enquiries.update_enquiry(a.conn, a.actor, e["id"], enquiries.EnquiryInput(
        needs=["debt"], description="Bailiffs, council tax, rent arrears",
        person_id=p["id"], consent_record=True))
    enquiries.add_note(a.conn, a.actor, e["id"], "Her son Tom is in prison")
    held = people.create_person(a.conn, a.actor, given_name="Harold", family_name="Held")
    retention.place_hold(a.conn, a.actor, "person", held["id"], "Court order")
    a.sync()

    report = server_retention.run(server.db, "admin:test", at=now() + timedelta(days=4 * 365))
    assert report["person"]["anonymised"] == 1 and report["person"]["held"] == 1
    assert report["enquiry"]["anonymised"] == 1 and report["enquiry_note"]["destroyed"] == 1

    a.sync()
    local = people.get_person(a.conn, p["id"], follow=False)
    assert (local["given_name"], local["family_name"], local["phone"]) == ("", "", "")
    assert local["postcode"] == "E1"
    assert a.conn.execute("SELECT COUNT(*) FROM person_revisions WHERE person_id = ?",
                          (p["id"],)).fetchone()[0] == 0
    le = enquiries.get_enquiry(a.conn, e["id"])
    assert le["description"] == "" and le["person_id"] is None and le["needs"] == ["debt"]
    assert enquiries.revisions(a.conn, e["id"]) == []
    assert enquiries.notes(a.conn, e["id"]) == []
    assert retention.is_anonymised(a.conn, "person", p["id"])
    assert people.get_person(a.conn, held["id"])["given_name"] == "Harold"
    # Nothing of the old details is left in the hub's tables.
    dump = "\n".join(str(tuple(r)) for t in ("people", "enquiries", "enquiry_revisions",
                                              "person_revisions", "enquiry_notes")
                     for r in a.conn.execute(f"SELECT * FROM {t}"))  # noqa: S608 - test
    assert "Oldham" not in dump and "Bailiffs" not in dump and "prison" not in dump

    # The next syncs push nothing that brings the old details back.
    a.sync()
    a.sync()
    assert _server_payload(server, "person", p["id"])["given_name"] == ""
    assert _server_payload(server, "enquiry", e["id"])["description"] == ""
    # The hub's own retention later does not anonymise it again.
    report = retention.run(a.conn, a.actor)
    assert report["person"]["anonymised"] == 0
