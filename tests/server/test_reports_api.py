"""Council-wide reports: open data (public, suppressed) and the dashboard (admin only),
built from records two hubs pushed, with the app's own report modules."""

from __future__ import annotations

import csv
import io
import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from accesspoint_server import cli
from accesspoint_server.report_data import NEED_LABELS

from .helpers import Hub, op

CANARY = "CANARY-zq81-SECRET"
NAMES = ["Zebedee", "Quillfeather"]
WEEK = "2026-10-06"  # a Tuesday in ISO week 2026-W41
RANGE = {"from": "2026-10-01", "to": "2026-10-31"}
ROOT = Path(__file__).resolve().parents[2]


def _person(postcode: str) -> dict[str, Any]:
    return op("person", {"given_name": NAMES[0], "family_name": NAMES[1],
                         "phone": "07700 900123", "postcode": postcode,
                         "address": f"1 {CANARY} Street"}, action="upsert")


def _enquiry(channel: str, outcome: str, needs: list[str], person: str | None,
             day: str = WEEK) -> dict[str, Any]:
    return op("enquiry", {"created_at": f"{day}T10:00:00.000Z", "channel": channel,
                          "outcome": outcome, "needs": needs, "person_id": person,
                          "description": f"{CANARY} {NAMES[0]} needs help",
                          "reference": "ENQ-7Q2X"}, action="upsert")


def _earn(member: str, minutes: int, activity: str | None, day: str = WEEK) -> dict[str, Any]:
    return op("ledger_transfer", {
        "from_account": "project:garden", "to_account": f"member:{member}",
        "minutes": minutes, "kind": "earn", "member_id": member, "activity_id": activity,
        "activity_date": day, "created_at": f"{day}T12:00:00.000Z", "reverses": None,
        "note": CANARY})


@pytest.fixture
def pushed(hub_a: Hub, hub_b: Hub, db) -> dict[str, Any]:
    """Hub A: 12 walk-in enquiries from people in E8, 2 phone enquiries from one person
    in N1 with no suitable service (small numbers that must be hidden). Hub B: 9
    anonymous phone enquiries, 1 email. Time bank: 6 members earning at both hubs."""
    from accesspoint_server.admin_ops import publish

    publish(db, "activity", [{"id": "act-garden", "code": "gardening", "name": "Gardening"}])
    people = [_person("E8 1DY") for _ in range(12)]
    lonely = _person("N1 9GU")
    ops = [*people, lonely]
    ops += [_enquiry("walk_in", "signposted", ["housing", "food"], p["record_id"])
            for p in people]
    ops += [_enquiry("phone", "no_suitable_service", ["debt"], lonely["record_id"])
            for _ in range(2)]
    ops += [op("referral", {"created_at": f"{WEEK}T10:05:00.000Z", "kind": "signpost",
                            "status": "closed", "person_id": p["record_id"],
                            "service_name": "Food bank", "note": CANARY}, action="upsert")
            for p in people]
    assert all(r["status"] == "applied" for r in hub_a.push_ok(ops))
    ops = [_enquiry("phone", "information", ["benefits"], None) for _ in range(9)]
    ops.append(_enquiry("email", "information", ["benefits"], None))
    assert all(r["status"] == "applied" for r in hub_b.push_ok(ops))
    members = [str(uuid.uuid4()) for _ in range(6)]
    for i, hub in enumerate((hub_a, hub_b)):
        ops = [op("member", {"member_type": "adult", "joined_on": WEEK,
                             "given_name": NAMES[0], "family_name": NAMES[1]},
                  record_id=mid, action="upsert") for mid in members[i * 3:i * 3 + 3]]
        ops += [_earn(mid, 90, "act-garden") for mid in members[i * 3:i * 3 + 3]]
        assert all(r["status"] == "applied" for r in hub.push_ok(ops))
    return {"members": members}


def _published_numbers(doc: dict[str, Any]) -> list[tuple[str, float]]:
    return [(t["table"], cell["value"]) for t in doc["tables"] if t["unit"] != "hours"
            for cell in t["data"] if cell["value"] is not None]


def test_open_data_is_public_suppressed_and_free_of_identifiers(client, pushed) -> None:
    r = client.get("/api/v1/reports/open-data", params=RANGE)
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["period"] == {"from": "2026-09-28", "to": "2026-11-01"}  # whole ISO weeks
    assert [t["table"] for t in doc["tables"]] == [f["name"] for f in doc["dictionary"]["files"]]
    numbers = _published_numbers(doc)
    assert numbers, "nothing visible at all"
    assert not [(t, v) for t, v in numbers if 0 < v <= 4], "a small number was published"
    channel = next(t for t in doc["tables"] if t["table"] == "enquiries_by_week_channel")
    cells = {(c["iso_week"], c["channel"]): c for c in channel["data"]}
    assert cells[("2026-W41", "walk_in")]["value"] == 12  # hub A
    # 9 from hub B + 2 from hub A: hidden too, or the row total would give the email away
    assert cells[("2026-W41", "phone")]["suppressed"]
    assert cells[("2026-W41", "total")]["value"] == 24  # both hubs
    assert cells[("2026-W41", "email")]["suppressed"]  # the single email
    signposts = next(t for t in doc["tables"] if t["table"] == "signposting_by_week")
    assert {(c["iso_week"], c["kind"]): c["value"] for c in signposts["data"]}[
        ("2026-W41", "signpost")] == 12
    unmet = next(t for t in doc["tables"] if t["table"] == "unmet_needs_by_area")
    assert all(c["suppressed"] or c["value"] == 0 for c in unmet["data"]
               if c["area"] == "N1"), unmet["data"]  # one person: hidden however many
    text = r.text
    for bad in (CANARY, *NAMES, "07700", "E8 1DY", "1DY", "9GU", "ENQ-7Q2X", "T10:00"):
        assert bad not in text, bad


def test_open_data_csv_has_the_documented_layout(client, pushed) -> None:
    r = client.get("/api/v1/reports/open-data/enquiries_by_week_channel.csv", params=RANGE)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0] == ["iso_week", "walk_in", "phone", "email", "outreach", "total"]
    assert rows[-1][0] == "total"
    assert [row[0] for row in rows[1:-1]] == ["2026-W40", "2026-W41", "2026-W42",
                                              "2026-W43", "2026-W44"]
    for row in rows[1:]:
        for cell in row[1:]:
            assert cell == "[c]" or not 0 < float(cell) <= 4, row
    assert CANARY not in r.text
    r = client.get("/api/v1/reports/open-data/timebank_hours_by_month_activity.csv",
                   params=RANGE)
    assert r.status_code == 200
    assert r.text.splitlines()[0].startswith("month,")
    assert "gardening" in r.text.splitlines()[0]


def test_hub_tokens_cannot_read_the_dashboard(client, pushed, hub_a: Hub) -> None:
    for path in ("/api/v1/reports/dashboard", "/api/v1/reports/dashboard/enquiries_by_channel.csv"):
        r = client.get(path, params=RANGE, headers=hub_a.headers)
        assert r.status_code == 403, r.text
        assert r.json()["error"]["code"] == "forbidden"
        r = client.get(path, params=RANGE)
        assert r.status_code == 401
        assert set(r.json()["error"]) == {"code", "message"}


def _chart(doc: dict[str, Any], key: str) -> dict[str, Any]:
    return next(c for charts in doc["tabs"].values() for c in charts if c["key"] == key)


def test_admin_dashboard_spans_both_hubs_unsuppressed(client, pushed, admin_headers,
                                                      hub_a: Hub) -> None:
    r = client.get("/api/v1/reports/dashboard", params={**RANGE, "period": "week"},
                   headers=admin_headers)
    assert r.status_code == 200, r.text
    doc = r.json()
    assert list(doc["tabs"]) == ["Enquiries", "Signposting", "Time bank", "Time audit"]
    by_channel = dict((name, sum(v)) for name, v in _chart(doc, "enquiries_by_channel")["series"])
    assert by_channel == {"Walk-in": 12, "Phone": 11, "Email": 1}  # both hubs, 1 not hidden
    hours = _chart(doc, "timebank_hours_by_activity")
    assert dict((n, sum(v)) for n, v in hours["series"]) == {"Gardening": 9.0}  # 6 x 1.5 h
    top = _chart(doc, "top_services")
    assert top["categories"] == ["Food bank"] and top["series"][0] == ["Signposted", [12]]
    where = _chart(doc, "time_audit_where")
    assert sorted(where["categories"]) == ["Hub A", "Hub B"]
    # One hub only.
    r = client.get("/api/v1/reports/dashboard",
                   params={**RANGE, "hub": hub_a.hub_id}, headers=admin_headers)
    by_channel = dict((n, sum(v)) for n, v in _chart(r.json(), "enquiries_by_channel")["series"])
    assert by_channel == {"Walk-in": 12, "Phone": 2}
    # A chart as CSV.
    r = client.get("/api/v1/reports/dashboard/enquiries_by_channel.csv",
                   params={**RANGE, "period": "month"}, headers=admin_headers)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0] == ["Month", "Walk-in", "Phone", "Email"]
    assert rows[1] == ["2026-10", "12", "11", "1"]


def test_results_follow_new_pushes(client, pushed, hub_b: Hub, admin_headers) -> None:
    params = {**RANGE, "period": "month"}
    before = client.get("/api/v1/reports/dashboard/enquiries_by_channel.csv", params=params,
                        headers=admin_headers).text
    hub_b.push_ok([_enquiry("email", "information", ["food"], None)])
    after = client.get("/api/v1/reports/dashboard/enquiries_by_channel.csv", params=params,
                       headers=admin_headers).text
    assert before != after and after.splitlines()[1] == "2026-10,12,11,2"


def test_bad_requests_are_json_errors(client, admin_headers) -> None:
    def error(r: Any, status: int) -> str:
        assert r.status_code == status, r.text
        body = r.json()
        assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
        return str(body["error"]["code"])

    url = "/api/v1/reports/open-data"
    assert error(client.get(url, params={"from": "2026-10-31", "to": "2026-10-01"}),
                 400) == "bad_request"
    assert error(client.get(url, params={"from": "2000-01-01", "to": "2026-10-01"}), 400)
    assert error(client.get(url, params={"from": "2026-13-01", "to": "2026-10-01"}),
                 422) == "validation_error"
    assert error(client.get(url, params={"to": "2026-10-01"}), 422)
    assert error(client.get(url, params={**RANGE, "hub": "nowhere"}), 404) == "not_found"
    assert error(client.get(url, params={**RANGE, "sinse": "x"}), 422)
    assert error(client.get("/api/v1/reports/open-data/people.csv", params=RANGE), 422)
    assert error(client.get("/api/v1/reports/dashboard/nope.csv", params=RANGE,
                            headers=admin_headers), 422)
    assert error(client.get("/api/v1/reports/dashboard", params={**RANGE, "period": "year"},
                            headers=admin_headers), 422)


def test_empty_server_publishes_zeros(client) -> None:
    r = client.get("/api/v1/reports/open-data", params=RANGE)
    assert r.status_code == 200
    assert {c["value"] for t in r.json()["tables"] for c in t["data"]} == {0}


def test_cli_writes_the_apps_files(db, pushed, tmp_path: Path, client) -> None:
    out = tmp_path / "open"
    code = cli.main(["report", "open-data", "--db", db.url, "--out", str(out),
                     "--from", RANGE["from"], "--to", RANGE["to"]])
    assert code == 0
    names = sorted(p.name for p in out.iterdir())
    tables = [f["name"] for f in json.loads((out / "data-dictionary.json").read_text())["files"]]
    assert names == sorted([*(f"{t}.{ext}" for t in tables for ext in ("csv", "json")),
                            "data-dictionary.json", "data-dictionary.md"])
    served = client.get("/api/v1/reports/open-data/needs_by_week.csv", params=RANGE)
    assert (out / "needs_by_week.csv").read_bytes() == served.content
    for path in out.iterdir():
        text = path.read_text(encoding="utf-8")
        assert CANARY not in text and NAMES[0] not in text, path.name
    assert cli.main(["report", "open-data", "--db", db.url, "--out", str(out),
                     "--from", "2026-10-31", "--to", "2026-10-01"]) == 2


def test_need_labels_match_the_apps_taxonomy() -> None:
    doc = json.loads((ROOT / "resources" / "taxonomy" / "needs.json").read_text("utf-8"))
    assert {n["code"]: n["label"] for n in doc["needs"]} == NEED_LABELS


def test_report_index_follows_edits_and_deletes_like_a_fresh_read(client, pushed, hub_a: Hub,
                                                                  db, admin_headers) -> None:
    """The in-memory index (report_index.py) reads only changed records after the first
    request; after edits and deletes it holds exactly what a full read would."""
    from accesspoint_server.report_index import ReportIndex, index_for

    params = {**RANGE, "period": "month"}

    def by_channel() -> list[str]:
        r = client.get("/api/v1/reports/dashboard/enquiries_by_channel.csv", params=params,
                       headers=admin_headers)
        assert r.status_code == 200, r.text
        return r.text.splitlines()[1].split(",")

    assert by_channel() == ["2026-10", "12", "11", "1"]
    extra = _enquiry("outreach", "information", ["food"], None)
    hub_a.push_ok([extra])
    assert by_channel() == ["2026-10", "12", "11", "1", "1"]
    edit = op("enquiry", {**extra["payload"], "channel": "email"}, action="upsert",
              record_id=extra["record_id"], base_version=1, changed=["channel"])
    assert hub_a.push_ok([edit])[0]["status"] == "applied"
    assert by_channel() == ["2026-10", "12", "11", "2"]
    gone = op("enquiry", None, action="delete", record_id=extra["record_id"], base_version=2)
    assert hub_a.push_ok([gone])[0]["status"] == "applied"
    assert by_channel() == ["2026-10", "12", "11", "1"]
    with db.read() as conn:
        kept = index_for(conn)
        fresh = ReportIndex()
        fresh._reload(conn, 0)
        assert kept.items == fresh.items
        assert (kept.ledger_day, kept.ledger_month) == (fresh.ledger_day, fresh.ledger_month)
        assert kept.ledger_day  # the pushed earnings are summed
        assert extra["record_id"] not in kept.items["enquiry"]
        # Nothing but the fields reports read is kept in memory.
        assert CANARY not in repr(kept.items) and NAMES[0] not in repr(kept.items)
