"""Hub records pulled through the real server: a local service and a reward redemption
made on one of a hub's computers reach its other computer (in search marked local,
editable there; the voucher checks as real and the reward's stock goes down, the
member's balance not counted twice). Local services are proposals to the council: the
server sends them only to their own hub, so another hub does not see them."""

from __future__ import annotations

from accesspoint.directory import local, search, store
from accesspoint.timebank import ledger, rewards
from accesspoint.timebank.activities import add_activity
from accesspoint.timebank.hours import Entry, log_hours
from accesspoint.timebank.members import create_member
from accesspoint_server import admin_ops
from accesspoint_server.auth import new_enrolment_code
from sync import status


def _twins(server, make_hub):
    first = make_hub(server, "Twin Hub")
    second = make_hub(server, "Twin Hub", enrol=False)
    second.enrol(server.url, new_enrolment_code(server.db, first.hub_id))
    return first, second


def _tea() -> local.LocalServiceInput:
    return local.LocalServiceInput(
        name="Tea and chat", organization="Riverside volunteers", needs=["social_isolation"],
        phone="020 7946 0321", address="14 Wharf Lane, London", days=["TU"],
        opens_at="14:00", closes_at="16:00", languages=["en", "so"])


def test_local_service_reaches_the_hubs_other_computer(fresh_server, make_hub):
    first, second = _twins(fresh_server, make_hub)
    other_hub = make_hub(fresh_server, "Other Hub")
    saved = local.save_local_service(first.conn, first.actor, _tea())
    first.sync()
    second.sync()
    other_hub.sync()
    there = store.get_service(second.conn, saved["id"])
    assert there["local"] and there["needs"] == ["social_isolation"]
    assert there["languages"] == ["en", "so"]
    row = search.search(second.conn, "tea and chat").rows[0]
    assert row["id"] == saved["id"] and row["local"]
    assert store.get_service(other_hub.conn, saved["id"]) is None  # the council decides
    # Edited on the second computer: no conflict, the first sees the edit.
    data = _tea()
    data.name = "Tea, chat and cake"
    local.save_local_service(second.conn, second.actor, data, service_id=saved["id"])
    assert second.sync().attention_new == 0
    first.sync()
    assert store.get_service(first.conn, saved["id"])["name"] == "Tea, chat and cake"
    # Removed on the first: gone from search on the second, the row kept.
    local.retire_local_service(first.conn, first.actor, saved["id"])
    first.sync()
    second.sync()
    assert store.get_service(second.conn, saved["id"])["retired"]
    assert search.search(second.conn, "tea chat cake").rows == []
    for hub in (first, second):
        assert status.attention_count(hub.conn) == 0, hub.name


def test_redemption_reaches_the_hubs_other_computer(fresh_server, make_hub):
    first, second = _twins(fresh_server, make_hub)
    admin_ops.publish(fresh_server.db, "reward", [{
        "id": "reward-cinema", "name": "Cinema ticket", "provider": "Odeon",
        "cost_minutes": 60, "stock": 3, "eligible_types": ["adult", "young_person"]}])
    member = create_member(first.conn, first.actor, person={"given_name": "Ada",
                                                            "family_name": "Lovelace"})
    act = add_activity(first.conn, "Gardening", "environment")["id"]
    log_hours(first.conn, first.actor, Entry(member["id"], act, "2026-11-02", 150))
    first.sync()
    second.sync()
    assert ledger.member_balance(second.conn, member["id"]) == 150
    voucher = rewards.redeem(first.conn, first.actor, member["id"], "reward-cinema")
    first.sync()
    summary = second.sync()
    assert summary.received.get("redemption") == 1 and summary.held == 0
    checked = rewards.check_voucher(second.conn, voucher["voucher_code"])
    assert checked["valid"], checked
    assert rewards.get_reward(second.conn, "reward-cinema")["remaining"] == 2
    # The server's balance already has the spend; it is not taken off a second time.
    assert ledger.member_balance(second.conn, member["id"]) == 90
    assert ledger.member_balance(first.conn, member["id"]) == 90
    # A second pull of the same redemption changes nothing.
    second.sync()
    assert second.conn.execute("SELECT COUNT(*) FROM tb_redemptions").fetchone()[0] == 1
    assert ledger.member_balance(second.conn, member["id"]) == 90


def test_signposting_record_kept_as_a_signpost(fresh_server, make_hub):
    """A `signposting` fact (a protocol kind this app does not send itself; another
    client may) reaches the hub's other computer and is kept as this app keeps
    signposts: a closed referral of kind 'signpost' on its enquiry."""
    from accesspoint import outbox
    from accesspoint.db import transaction
    from accesspoint.enquiries import EnquiryInput, create_enquiry
    from accesspoint.ids import new_id

    first, second = _twins(fresh_server, make_hub)
    enquiry = create_enquiry(first.conn, first.actor, EnquiryInput(
        needs=["food"], description="Needs a food bank"))
    sp_id = new_id()
    with transaction(first.conn):
        outbox.enqueue(first.conn, "signposting", sp_id, {
            "id": sp_id, "hub_id": first.hub_id, "created_by": first.actor.user_id,
            "created_at": "2026-11-20T10:00:00.000Z", "enquiry_id": enquiry["id"],
            "service_id": "svc-x", "service_name": "Food bank", "org_name": "Pantry"},
            action="append")
    first.sync()
    summary = second.sync()
    assert summary.received.get("signposting") == 1 and summary.held == 0
    row = second.conn.execute("SELECT * FROM referrals WHERE id = ?", (sp_id,)).fetchone()
    assert (row["kind"], row["status"], row["enquiry_id"]) == ("signpost", "closed",
                                                               enquiry["id"])
    assert row["closed_at"] == "2026-11-20T10:00:00.000Z"
