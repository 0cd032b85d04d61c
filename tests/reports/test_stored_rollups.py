"""Schema 7's trigger-maintained report rollups stay exactly equal to an aggregate made
from scratch, through every way records change; the dashboard draws the same charts
from them as from the records."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accesspoint.db import open_database, transaction
from accesspoint.migrations.m0007_report_rollups import district_sql
from accesspoint.reports import dashboard, rollups, stored
from accesspoint.reports.aggregate import postcode_district
from accesspoint.reports.charts import Filters
from accesspoint.taxonomy import label

POSTCODES = ["E8 1DY", "e81dy", "SW1A 1AA", "N1", "", "not a postcode", "E8\t1DY",
             "\u00df1 1AA", "EC1A1BB", "W1 "]
HUBS = ["hub-a", "hub-b"]
DAYS = ["2026-01-05T10:00:00.000Z", "2026-01-05T23:59:59.000Z", "2026-02-11T08:00:00.000Z"]
OUTCOMES = ["information", "no_suitable_service", "referred"]
NEEDS = ["food", "housing", "debt"]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("AEKNSWaen0189 \t\u00a0\u00df\u0131-")),
               max_size=10))
def test_district_in_sql_equals_python(postcode):
    got = sqlite3.connect(":memory:").execute(
        f"SELECT {district_sql(':p')}", {"p": postcode}).fetchone()[0]
    assert stored.area(got) == postcode_district(postcode)


# -- random edits, straight in SQL (as sync appliers, erasure and retention write) ------

def _setup(conn) -> None:
    with transaction(conn):
        for i, pc in enumerate(POSTCODES):
            conn.execute("INSERT INTO people (id, hub_id, created_by, created_at, updated_at,"
                         " postcode) VALUES (?, 'hub-a', 'u', ?, ?, ?)",
                         (f"p{i}", DAYS[0], DAYS[0], pc))


def _person(draw):
    return draw(st.one_of(st.none(), st.sampled_from([f"p{i}" for i in range(len(POSTCODES))])))


@st.composite
def operations(draw):
    ops = []
    for _ in range(draw(st.integers(1, 25))):
        kind = draw(st.sampled_from(["enquiry", "enquiry", "edit", "delete", "need", "unneed",
                                     "postcode", "referral", "edit_referral",
                                     "delete_referral", "erase"]))
        ops.append((kind, draw(st.integers(0, 9)), draw(st.sampled_from(DAYS)),
                    draw(st.sampled_from(HUBS)), draw(st.sampled_from(OUTCOMES)),
                    draw(st.sampled_from(NEEDS)), _person(draw),
                    draw(st.sampled_from(POSTCODES))))
    return ops


def _apply(conn, op) -> None:
    kind, n, day, hub, outcome, need, person, postcode = op
    eid = f"e{n}"
    if kind == "enquiry":
        if conn.execute("SELECT 1 FROM enquiries WHERE id = ?", (eid,)).fetchone():
            return
        conn.execute("INSERT INTO enquiries (id, hub_id, created_by, created_at, updated_at,"
                     " reference, person_id, channel, outcome) VALUES"
                     " (?, ?, 'u', ?, ?, ?, ?, 'phone', ?)",
                     (eid, hub, day, day, f"R{n}", person, outcome))
        conn.execute("INSERT INTO enquiry_needs VALUES (?, ?)", (eid, need))
    elif kind == "edit":  # as the sync applier: every column set, changed or not
        conn.execute("UPDATE enquiries SET created_at = ?, hub_id = ?, outcome = ?,"
                     " person_id = ?, channel = 'walk_in' WHERE id = ?",
                     (day, hub, outcome, person, eid))
    elif kind == "delete":
        conn.execute("DELETE FROM enquiries WHERE id = ?", (eid,))
    elif kind == "need":
        if conn.execute("SELECT 1 FROM enquiries WHERE id = ?", (eid,)).fetchone():
            conn.execute("INSERT OR IGNORE INTO enquiry_needs VALUES (?, ?)", (eid, need))
    elif kind == "unneed":
        conn.execute("DELETE FROM enquiry_needs WHERE enquiry_id = ? AND need_code = ?",
                     (eid, need))
    elif kind == "postcode" and person:
        conn.execute("UPDATE people SET postcode = ? WHERE id = ?", (postcode, person))
    elif kind == "referral":
        if conn.execute("SELECT 1 FROM enquiries WHERE id = ?", (eid,)).fetchone():
            conn.execute("INSERT OR IGNORE INTO referrals (id, hub_id, created_by, created_at,"
                         " updated_at, enquiry_id, service_id, service_name, kind, status)"
                         " VALUES (?, ?, 'u', ?, ?, ?, 's1', ?, 'referral', 'made')",
                         (f"r{n}", hub, day, day, eid, f"Service {n % 3}"))
    elif kind == "edit_referral":
        conn.execute("UPDATE referrals SET status = ?, service_name = ? WHERE id = ?",
                     (outcome, f"Service {n % 2}", f"r{n}"))
    elif kind == "delete_referral":
        conn.execute("DELETE FROM referrals WHERE id = ?", (f"r{n}",))
    elif kind == "erase" and person:  # as erasure and retention do it
        conn.execute("UPDATE enquiries SET person_id = NULL WHERE person_id = ?", (person,))
        conn.execute("UPDATE people SET postcode = '' WHERE id = ?", (person,))


@pytest.fixture(scope="module")
def edit_db(tmp_path_factory):
    conn = open_database(tmp_path_factory.mktemp("stored"))
    _setup(conn)
    yield conn
    conn.close()


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=operations())
def test_rollups_equal_a_fresh_aggregate_after_any_edits(edit_db, ops):
    conn = edit_db
    conn.execute("SAVEPOINT hyp_case")
    try:
        before = stored.versions(conn)
        for op in ops:
            conn.execute("DELETE FROM referrals WHERE enquiry_id = ?", (f"e{op[1]}",)) \
                if op[0] == "delete" else None
            _apply(conn, op)
        assert stored.differences(conn) == {}
        # No zero rows left behind: the tables stay as small as the data.
        for table in ("rep_enquiry_day", "rep_need_day", "rep_unmet_day", "rep_referral_day"):
            assert conn.execute(f"SELECT COUNT(*) FROM {table} WHERE n <= 0").fetchone()[0] == 0
        changed = stored.versions(conn)
        if any(op[0] == "enquiry" for op in ops):
            assert changed["enquiries"] > before["enquiries"]
    finally:
        conn.execute("ROLLBACK TO hyp_case")
        conn.execute("RELEASE hyp_case")


def test_differences_notices_a_table_written_around_the_triggers(conn, actor):
    _setup(conn)
    _apply(conn, ("enquiry", 1, DAYS[0], "hub-a", "no_suitable_service", "food", "p0", ""))
    assert stored.differences(conn) == {}
    conn.execute("UPDATE rep_need_day SET n = n + 1")
    conn.execute("DELETE FROM rep_unmet_day")
    assert set(stored.differences(conn)) == {"rep_need_day", "rep_unmet_day"}


# -- the app's own ways of changing records ----------------------------------------------

def test_rollups_follow_domain_edits_merge_erasure_retention_and_sync(conn, actor):
    from accesspoint import enquiries, people
    from accesspoint.security import erasure, retention
    from sync import appliers

    a = people.create_person(conn, actor, given_name="Ana", family_name="Silva",
                             postcode="E8 1DY")
    b = people.create_person(conn, actor, given_name="Ann", family_name="Silva",
                             postcode="N16 5AA")
    e1 = enquiries.create_enquiry(conn, actor, enquiries.EnquiryInput(
        needs=["food", "housing"], person_id=a["id"], outcome="no_suitable_service",
        consent_record=True))
    e2 = enquiries.create_enquiry(conn, actor, enquiries.EnquiryInput(
        needs=["debt"], person_id=b["id"], outcome="no_suitable_service", consent_record=True))
    assert stored.differences(conn) == {}
    enquiries.update_enquiry(conn, actor, e1["id"], enquiries.EnquiryInput(
        needs=["food"], person_id=a["id"], outcome="signposted", channel="phone",
        consent_record=True))
    assert stored.differences(conn) == {}
    people.update_person(conn, actor, b["id"], postcode="SW1A 1AA")
    unmet = conn.execute("SELECT area FROM rep_unmet_day").fetchall()
    assert [r[0] for r in unmet] == ["SW1A"]
    people.merge_people(conn, actor, a["id"], b["id"])
    assert stored.differences(conn) == {}
    assert [r[0] for r in conn.execute("SELECT area FROM rep_unmet_day")] == ["E8"]
    erasure.erase_person(conn, actor, a["id"], reason="asked")
    assert stored.differences(conn) == {}
    assert [r[0] for r in conn.execute("SELECT area FROM rep_unmet_day")] == ["unknown"]
    retention.anonymise_enquiry(conn, actor, e2["id"])
    assert stored.differences(conn) == {}
    # Sync: a record from another computer, edited, then deleted.
    change = {"kind": "enquiry", "record_id": "0190aaaa-0000-7000-8000-000000000001",
              "action": "upsert", "version": 1,
              "payload": {"hub_id": actor.hub_id, "created_by": "x",
                          "created_at": "2026-03-02T09:00:00.000Z",
                          "updated_at": "2026-03-02T09:00:00.000Z", "reference": "ENQ-SYNC1",
                          "channel": "email", "outcome": "no_suitable_service",
                          "needs": ["fuel", "food"]}}
    with transaction(conn):
        appliers.apply_change(conn, change)
    assert stored.differences(conn) == {}
    assert conn.execute("SELECT n FROM rep_need_day WHERE day = '2026-03-02'"
                        " AND need_code = 'fuel'").fetchone()[0] == 1
    with transaction(conn):
        appliers.apply_change(conn, {**change, "version": 2, "payload": {
            **change["payload"], "outcome": "information", "needs": ["fuel"]}})
    assert stored.differences(conn) == {}
    with transaction(conn):
        appliers.apply_change(conn, {**change, "action": "delete", "version": 3})
    assert stored.differences(conn) == {}
    assert conn.execute("SELECT COUNT(*) FROM rep_need_day WHERE day = '2026-03-02'"
                        ).fetchone()[0] == 0


# -- the dashboard: the same charts from the stored rollups as from the records ------------

def _charts(conn, enq, flt, today):
    ledger = rollups.LedgerRollup()
    ledger.refresh(conn)
    return dashboard.build(enq, ledger, flt, today=today, need_label=label, hub_names={})


def test_dashboard_from_stored_rollups_equals_dashboard_from_records(_synthetic_template,
                                                                    tmp_path):
    shutil.copytree(_synthetic_template, tmp_path / "d")
    conn = open_database(tmp_path / "d")
    today = date.today()
    hub = conn.execute("SELECT id FROM hubs ORDER BY id").fetchone()[0]
    raw = rollups.load_enquiries(conn, today.isoformat())
    kept = stored.enquiries(conn, today.isoformat())
    for flt in (Filters(today - timedelta(days=199), today, None, "week"),
                Filters(today - timedelta(days=40), today - timedelta(days=3), hub, "day"),
                Filters(today - timedelta(days=120), today, hub, "month"),
                Filters(today - timedelta(days=5), today - timedelta(days=5), None, "day")):
        stored.fill_views(conn, kept, bool(flt.hub_id))
        assert _charts(conn, kept, flt, today) == _charts(conn, raw, flt, today), flt
