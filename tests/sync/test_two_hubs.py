"""Two hubs, one member: disjoint edits merge, same-field edits go to Needs attention,
hours logged at another hub count once, and both hubs converge."""

from __future__ import annotations

from accesspoint.timebank import ledger
from accesspoint.timebank.activities import add_activity
from accesspoint.timebank.hours import Entry, log_hours
from accesspoint.timebank.members import create_member, get_member, update_member
from sync import attention, status


def _pair(server, make_hub):
    a = make_hub(server, "North Hub")
    b = make_hub(server, "South Hub")
    member = create_member(a.conn, a.actor, person={"given_name": "Grace",
                                                     "family_name": "Hopper"})
    a.sync()
    b.sync()
    assert get_member(b.conn, member["id"])["member_number"] == member["member_number"]
    return a, b, member["id"]


def test_disjoint_edits_merge_and_converge(fresh_server, make_hub):
    a, b, mid = _pair(fresh_server, make_hub)
    update_member(a.conn, a.actor, mid, skills=["cooking"])
    update_member(b.conn, b.actor, mid, availability=["mon_am"])
    a.sync()
    summary = b.sync()
    assert summary.attention_new == 0
    a.sync()
    for hub in (a, b):
        m = get_member(hub.conn, mid)
        assert m["skills"] == ["cooking"] and m["availability"] == ["mon_am"], hub.name
    assert status.attention_count(a.conn) == status.attention_count(b.conn) == 0


def test_same_field_conflict_keep_mine(fresh_server, make_hub):
    a, b, mid = _pair(fresh_server, make_hub)
    update_member(a.conn, a.actor, mid, card_number="CARD-A")
    update_member(b.conn, b.actor, mid, card_number="CARD-B")
    a.sync()
    summary = b.sync()
    assert summary.attention_new == 1
    [item] = attention.open_items(b.conn)
    assert item["status"] == "conflict"
    assert item["local_payload"]["card_number"] == "CARD-B"
    assert item["server_record"]["card_number"] == "CARD-A"
    assert "card_number" in attention.differing_fields(item)
    # A pulled change for the record waits while the coordinator chooses.
    attention.resolve(b.conn, item["id"], attention.KEEP_MINE)
    b.sync()
    a.sync()
    assert get_member(a.conn, mid)["card_number"] == "CARD-B"
    assert get_member(b.conn, mid)["card_number"] == "CARD-B"
    assert fresh_server.records(kind="member")[0].version >= 3


def test_same_field_conflict_take_theirs(fresh_server, make_hub):
    a, b, mid = _pair(fresh_server, make_hub)
    update_member(a.conn, a.actor, mid, card_number="CARD-A")
    update_member(b.conn, b.actor, mid, card_number="CARD-B")
    a.sync()
    b.sync()
    [item] = attention.open_items(b.conn)
    attention.resolve(b.conn, item["id"], attention.TAKE_THEIRS)
    assert get_member(b.conn, mid)["card_number"] == "CARD-A"
    b.sync()
    a.sync()
    assert get_member(a.conn, mid)["card_number"] == "CARD-A"
    assert status.attention_count(b.conn) == 0
    assert attention.get_item(b.conn, item["id"])["resolution"] == attention.TAKE_THEIRS


def test_hours_at_another_hub_and_balance(fresh_server, make_hub):
    a, b, mid = _pair(fresh_server, make_hub)
    act_a = add_activity(a.conn, "Gardening", "environment")["id"]
    act_b = add_activity(b.conn, "Gardening", "environment")["id"]
    log_hours(a.conn, a.actor, Entry(mid, act_a, "2026-11-02", 60))
    log_hours(b.conn, b.actor, Entry(mid, act_b, "2026-11-03", 90))
    # Before syncing, B sees what it knows: its own unsynced 90 minutes.
    assert ledger.member_balance(b.conn, mid) == 90
    a.sync()
    b.sync()
    a.sync()
    assert ledger.member_balance(a.conn, mid) == 150
    assert ledger.member_balance(b.conn, mid) == 150
    # Unsynced local hours add to the server's balance.
    log_hours(a.conn, a.actor, Entry(mid, act_a, "2026-11-04", 30))
    assert ledger.member_balance(a.conn, mid) == 180


def test_two_computers_of_one_hub_converge(fresh_server, make_hub):
    """A hub with two PCs: each sees the other's people, enquiries, notes and consent;
    an edit on one reaches the other; both reconcile cleanly."""
    import random

    from accesspoint.people import get_person, update_person
    from accesspoint_server.auth import new_enrolment_code

    from .workload import do_work

    first = make_hub(fresh_server, "Twin Hub")
    second = make_hub(fresh_server, "Twin Hub", enrol=False)
    second.enrol(fresh_server.url, new_enrolment_code(fresh_server.db, first.hub_id))
    assert second.hub_id == first.hub_id
    do_work(first, random.Random(11), 40)
    s1 = first.sync()
    s2 = second.sync()
    assert s1.reconciled and s2.reconciled
    for table in ("people", "enquiries", "enquiry_notes", "consent_events"):
        q = f"SELECT id FROM {table} WHERE hub_id = ?"
        mine = {r[0] for r in first.conn.execute(q, (first.hub_id,))}
        theirs = {r[0] for r in second.conn.execute(q, (first.hub_id,))}
        assert mine and mine <= theirs, table
    pid = first.conn.execute("SELECT id FROM people WHERE hub_id = ? LIMIT 1",
                             (first.hub_id,)).fetchone()[0]
    update_person(second.conn, second.actor, pid, email="new@example.org")
    second.sync()
    again = first.sync()
    assert get_person(first.conn, pid)["email"] == "new@example.org"
    assert again.reconciled and status.attention_count(first.conn) == 0


def test_same_minutes_spent_at_two_hubs_is_overdrawn_never_dropped(fresh_server, make_hub):
    from sync import attention

    a, b, mid = _pair(fresh_server, make_hub)
    act = add_activity(a.conn, "Gardening", "environment")["id"]
    log_hours(a.conn, a.actor, Entry(mid, act, "2026-11-02", 60))
    a.sync()
    b.sync()
    assert ledger.member_balance(b.conn, mid) == 60
    spend = ledger.Transfer(from_account=ledger.member_account(mid), to_account=ledger.REWARDS,
                            minutes=60, kind="spend", reason="Cinema ticket")
    ledger.post(a.conn, a.actor, spend)  # both hubs, offline, spend the same hour
    ledger.post(b.conn, b.actor, spend)
    a.sync()
    summary = b.sync()
    assert summary.attention_new == 1
    [item] = attention.open_items(b.conn)
    assert item["status"] == "overdrawn" and item["kind"] == "ledger_transfer"
    assert attention.choices(item) == [attention.DISMISS]
    # Both transfers are on the server: nothing dropped; the balance shows the debt.
    a.sync()
    assert ledger.member_balance(a.conn, mid) == -60
    assert ledger.member_balance(b.conn, mid) == -60
    attention.resolve(b.conn, item["id"], attention.DISMISS)
    assert status.attention_count(b.conn) == 0
