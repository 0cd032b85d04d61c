"""Erasure followed through sync: the tombstone reaches the council server, the
server's copy of the person is gone, the enquiry there is anonymised, and the
delete is published to every hub."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from accesspoint import enquiries, people  # noqa: E402
from accesspoint.security import erasure  # noqa: E402
from tests.sync.live import HubClient, LiveServer  # noqa: E402


@pytest.fixture
def live(tmp_path, memkeyring):
    server = LiveServer(tmp_path / "server")
    hubs_made = []

    def hub(name):
        client = HubClient.create(tmp_path / name, name)
        _hub_id, code = server.new_hub(name)
        client.enrol(server.url, code)
        hubs_made.append(client)
        return client

    yield server, hub
    for c in hubs_made:
        c.close()
    server.stop()


def _by_id(rows, record_id):
    return [r for r in rows if r.record_id == record_id]


def test_erasure_tombstone_reaches_server_and_other_hubs(live):
    server, hub = live
    a, b = hub("Hub A"), hub("Hub B")
    person = people.create_person(a.conn, a.actor, given_name="Tomasz", family_name="Erased",
                                  phone="07700 900555")
    enquiry = enquiries.create_enquiry(a.conn, a.actor, enquiries.EnquiryInput(
        needs=["food"], description="Needs food parcel", person_id=person["id"],
        consent_record=True))
    a.sync()
    assert _by_id(server.records(kind="person"), person["id"])

    result = erasure.erase_person(a.conn, a.actor, person["id"], reason="Art. 17 request")
    assert result["summary"]["enquiries_anonymised"] == 1
    a.sync()
    assert not _by_id(server.records(kind="person"), person["id"])
    gone = _by_id(server.records(kind="person", deleted=True), person["id"])
    assert gone, "the server keeps a tombstone for the erased person"
    on_server = _by_id(server.records(kind="enquiry"), enquiry["id"])
    assert on_server and "Needs food parcel" not in str(on_server[0])
    assert "Tomasz" not in str(server.records(deleted=None))
    # Another hub pulls the erasure too (people may be linked across hubs).
    b.sync()
    rows = b.conn.execute("SELECT kind FROM sync_pulled WHERE record_id = ?",
                          (person["id"],)).fetchall()
    assert [r[0] for r in rows] == ["person"]
