"""Equality answers reach the council only as monthly counts per hub (never single
responses), once per finished month; the council sees them summed across hubs with
small numbers suppressed, and only with an admin token."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

import requests  # noqa: E402

from accesspoint.clock import today_local  # noqa: E402
from accesspoint.security import equality  # noqa: E402
from accesspoint_server import equality_report  # noqa: E402
from accesspoint_server.auth import create_admin_token  # noqa: E402
from tests.sync.live import HubClient, LiveServer  # noqa: E402

LAST_MONTH = (today_local().replace(day=1) - timedelta(days=1)).isoformat()


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


def _answer(client, n, day, **answers):
    for _ in range(n):
        rid = equality.submit(client.conn, client.actor, answers)
        client.conn.execute("UPDATE equality_responses SET recorded_on = ? WHERE id = ?",
                            (day, rid))


def _tallies(server):
    return [json.loads(r.payload) for r in server.records(kind="equality_tally")]


def test_monthly_counts_reach_the_council_once(live):
    server, hub = live
    a, b = hub("Hub A"), hub("Hub B")
    _answer(a, 6, LAST_MONTH, age_band="25_34", english_proficiency="very_well")
    _answer(a, 1, LAST_MONTH, age_band="75_plus", religion="sikh")
    _answer(a, 2, today_local().isoformat(), age_band="25_34")  # this month: not yet
    a.sync()
    tallies = _tallies(server)
    assert len(tallies) == 1
    t = tallies[0]
    assert t["month"] == LAST_MONTH[:7] and t["responses"] == 7
    assert t["counts"]["age_band"] == {"25_34": 6, "75_plus": 1}
    # Counts only: nothing that could point at a person, an enquiry or a user.
    assert set(t) == {"id", "hub_id", "month", "responses", "counts"}
    a.sync()
    assert len(_tallies(server)) == 1  # sent once
    assert equality.queue_tallies(a.conn) == 0

    _answer(b, 3, LAST_MONTH, age_band="25_34", religion="sikh")
    b.sync()
    rep = equality_report.report(server.db)
    assert rep["responses"] == 10 and rep["hubs"] == 2
    assert rep["questions"]["age_band"] == {"25_34": 9, "75_plus": "<5"}
    assert rep["questions"]["religion"] == {"sikh": "<5"}
    assert equality_report.report(server.db, start="2099-01")["responses"] == "<5"

    # Admin token only.
    admin = {"Authorization": f"Bearer {create_admin_token(server.db, 'test')}"}
    r = requests.get(f"{server.url}/api/v1/admin/equality", headers=admin, timeout=10)
    assert r.status_code == 200 and r.json()["responses"] == 10
    from sync import credentials

    device = {"Authorization": f"Bearer {credentials.get_device_token(a.data_dir)}"}
    r = requests.get(f"{server.url}/api/v1/admin/equality", headers=device, timeout=10)
    assert r.status_code == 403
    # Another PC of the same hub pulling the tally keeps nothing locally.
    rows = a.conn.execute("SELECT COUNT(*) FROM equality_responses").fetchone()[0]
    assert rows == 9
