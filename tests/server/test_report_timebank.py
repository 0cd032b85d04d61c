"""The open data's tables made in one pass over the index (report_enquiries.py,
report_timebank.py) equal the general path (report_data's row readers ->
open_data.build -> aggregate) cell for cell: values to the last bit and in the same
order, people behind each cell, and what suppression hides, on enquiries, referrals
and transfers built to trip the fast paths."""

from __future__ import annotations

import json
import random
import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from accesspoint.reports import open_data
from accesspoint_server import models as m
from accesspoint_server import report_data as rd
from accesspoint_server.db import Database

START, END = date(2026, 3, 4), date(2026, 7, 20)
ACTIVITIES = {"act-garden": "gardening", "act-blank": "", "act-typed": "Ms Smith's shed!",
              "act-upper": "Cooking"}


def _transfer(rng: random.Random, hubs: list[str], members: list[str],
              ids: list[str]) -> dict:
    day = START + timedelta(days=rng.randrange(-30, 170))
    member = rng.choice([*members, None, ""])
    payload = {
        "from_account": rng.choice(["project:x", "rewards", f"member:{rng.choice(members)}"]),
        "to_account": rng.choice([f"member:{m}" for m in members] + ["rewards", "conversion"]),
        "kind": rng.choice(["earn", "earn", "earn", "spend", "correction", "gift", None]),
        "minutes": rng.choice([30, 60, 90, 20, 7, 13, 45, 1, True, "60", None, 2.5]),
        "member_id": member,
        "activity_id": rng.choice([*ACTIVITIES, "act-unknown", None, ""]),
        "activity_date": rng.choice([day.isoformat(), None, "not a date", f"{day}T09:00Z"]),
        "created_at": f"{day}T12:00:00.000Z", "reverses": None}
    if ids and rng.random() < 0.05:
        payload["reverses"] = rng.choice(ids)  # a correction, maybe from the other hub
    return payload


def _enquiries(rng: random.Random, hubs: list[str], now: str) -> list[dict]:
    """People (some merged, odd postcodes), their enquiries and referrals."""
    rows, people = [], []
    for i in range(60):
        pid = f"person-{i}"
        people.append(pid)
        payload = {"postcode": rng.choice(["E8 1DY", "e81dy", "N1", "", None, "nonsense",
                                           "SW1A 1AA", "E8 2AB"]),
                   "merged_into": rng.choice([None] * 5 + people[:3])}
        rows.append(("person", pid, rng.choice(hubs), payload))
    for i in range(900):
        day = START + timedelta(days=rng.randrange(-30, 170))
        rows.append(("enquiry", f"enquiry-{i}", rng.choice(hubs), {
            "created_at": rng.choice([f"{day}T10:00:00.000Z", day.isoformat(), None,
                                      "soon"]),
            "channel": rng.choice([*open_data.CHANNELS, "pigeon"]),
            "outcome": rng.choice([*open_data.OUTCOMES, "no_suitable_service", "lost"]),
            "needs": rng.choice([["debt"], ["debt", "housing"], [], ["made_up"],
                                 '["food", "fuel"]', "debt,food", None]),
            "person_id": rng.choice([*people, None, "", "not-a-person"])}))
    for i in range(300):
        day = START + timedelta(days=rng.randrange(-10, 150))
        rows.append(("referral", f"referral-{i}", rng.choice(hubs), {
            "created_at": f"{day}T11:00:00.000Z",
            "kind": rng.choice(["signpost", "referral", "referral", "other"]),
            "person_id": rng.choice([*people, None])}))
    return [{"kind": k, "record_id": rid, "hub_id": hub, "version": 1, "deleted": False,
             "payload": json.dumps(pl), "created_at": now, "updated_at": now}
            for k, rid, hub, pl in rows]


def _load(db: Database, seed: int, n: int = 1500) -> list[str]:
    rng = random.Random(seed)
    hubs = ["hub-a", "hub-b"]
    members = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(9)]
    rows, ids = [], []
    now = "2026-08-01T00:00:00Z"
    for rid, code in ACTIVITIES.items():
        rows.append({"kind": "activity", "record_id": rid, "hub_id": None, "version": 1,
                     "deleted": False, "payload": json.dumps({"code": code, "name": rid}),
                     "created_at": now, "updated_at": now})
    for _ in range(n):
        rid = str(uuid.UUID(int=rng.getrandbits(128)))
        payload = _transfer(rng, hubs, members, ids)
        if rng.random() < 0.9:
            payload["id"] = rid
        ids.append(rid)
        rows.append({"kind": "ledger_transfer", "record_id": rid, "hub_id": rng.choice(hubs),
                     "version": 1, "deleted": False, "payload": json.dumps(payload),
                     "created_at": now, "updated_at": now})
    rows += _enquiries(rng, hubs, now)
    with db.write() as conn:
        conn.execute(m.records.insert(), rows)
        value = conn.execute(select(m.seq_counter.c.value)).scalar_one()
        conn.execute(update(m.seq_counter).values(value=value + 1))
    return hubs


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fast_tables_equal_the_general_path(db: Database, seed: int) -> None:
    hubs = _load(db, seed)
    for hub in (None, *hubs):
        with db.read() as conn:
            fast = rd.build_open_data(conn, START, END, hub)
            s, e = open_data.whole_weeks(START, END)
            slow = open_data.build(rd.sources(conn, s, e, hub), s, e)
        assert [p.name for p in fast.tables] == [p.name for p in slow]
        for f, g in zip(fast.tables, slow, strict=True):
            assert f.table.rows == g.table.rows and f.table.cols == g.table.cols, f.name
            # Same keys in the same order (suppression breaks ties by it), same bits.
            assert list(f.table.values.items()) == list(g.table.values.items()), f.name
            assert f.table.contributors == g.table.contributors, f.name
            assert f.hidden == g.hidden, f.name
        for name in ("enquiries_by_area_outcome", "needs_by_week", "unmet_needs_by_area",
                     "signposting_by_week"):
            found = fast.table(name)
            assert found is not None and any(found.table.values.values()), name
            assert found.hidden  # small numbers were there to hide
        hours = fast.table("timebank_hours_by_month_activity")
        assert hours is not None and any(v for v in hours.table.values.values())
        assert any(isinstance(v, float) and not v.is_integer()
                   for v in hours.table.values.values())  # inexact sums were exercised
