"""The cancellation record a cancelled redemption sends to the hub's other computers:
its payload, rebuilt identically for reconcile, and applied there once, after the
redemption it cancels (held until then)."""

from __future__ import annotations

import json

import pytest

from accesspoint import outbox
from accesspoint.db import open_database, transaction
from accesspoint.timebank import ledger, members, rewards, sync_apply
from accesspoint.timebank.hours import Entry, log_hours
from sync import appliers


def _queued(conn, kind):
    return [(r["record_id"], r["payload"]) for r in conn.execute(
        "SELECT record_id, payload FROM outbox WHERE kind = ? ORDER BY seq", (kind,))]


@pytest.fixture
def redeemed(conn, actor, acts, make_member):
    member = make_member("Ada")
    log_hours(conn, actor, Entry(member["id"], acts["gardening"]["id"], "2026-11-02", 120))
    reward = rewards.add_reward(conn, name="Swim", cost_minutes=60, stock=2)
    return member, reward, rewards.redeem(conn, actor, member["id"], reward["id"])


def test_cancelling_queues_a_cancellation_that_rebuilds_identically(conn, actor, redeemed):
    member, reward, voucher = redeemed
    reversal = rewards.cancel_redemption(conn, actor, voucher["id"], "pool closed")
    queued = _queued(conn, "redemption")
    assert [rid for rid, _ in queued] == [voucher["id"], reversal["id"]]
    sent = json.loads(queued[1][1])
    assert sent["cancels"] == voucher["id"] and sent["reverses"] == voucher["transfer_id"]
    assert sent["transfer_id"] == reversal["id"] and sent["cost_minutes"] == 60
    assert sync_apply.rebuild_payload(conn, "redemption", reversal["id"]) == sent
    assert sync_apply.rebuild_payload(conn, "redemption", voucher["id"])["voucher_code"] \
        == voucher["voucher_code"]
    assert outbox.pending_count(conn) >= 2
    assert ledger.member_balance(conn, member["id"]) == 120


def _change(kind, record_id, payload):
    return {"kind": kind, "record_id": record_id, "action": "append", "version": 1,
            "payload": payload}


def test_cancellation_pulled_before_its_redemption_is_held_then_applied_once(
        conn, actor, redeemed, tmp_path):
    member, reward, voucher = redeemed
    reversal = rewards.cancel_redemption(conn, actor, voucher["id"], "pool closed")
    queued = dict(_queued(conn, "redemption"))
    # The hub's other computer: it has the member and reward, not the redemption yet.
    other = open_database(tmp_path / "other")
    with transaction(other):
        appliers.apply_change(other, {**_change("member", member["id"],
                                               member_payload(conn, member["id"])),
                                      "action": "upsert"})
        appliers.apply_change(other, _change("reward", reward["id"], {
            "id": reward["id"], "name": "Swim", "cost_minutes": 60, "stock": 2}))
    cancel = _change("redemption", reversal["id"], json.loads(queued[reversal["id"]]))
    with pytest.raises(LookupError), transaction(other):
        appliers.apply_change(other, cancel)
    with transaction(other):
        appliers.apply_change(other, _change("redemption", voucher["id"],
                                             json.loads(queued[voucher["id"]])))
    assert rewards.check_voucher(other, voucher["voucher_code"])["valid"]
    assert rewards.get_reward(other, reward["id"])["remaining"] == 1
    for _ in range(2):  # pulled twice: one refund
        with transaction(other):
            appliers.apply_change(other, cancel)
    checked = rewards.check_voucher(other, voucher["voucher_code"])
    assert not checked["valid"] and checked["cancelled"]
    assert rewards.get_reward(other, reward["id"])["remaining"] == 2
    assert other.execute("SELECT COUNT(*) FROM tb_transfers WHERE reverses = ?",
                         (voucher["transfer_id"],)).fetchone()[0] == 1
    assert ledger.check(other).ok
    # Nothing goes back up from the pull (no echo).
    assert outbox.pending_count(other) == 0
    other.close()


def member_payload(conn, member_id):
    return members.sync_payload(members.get_member(conn, member_id))


def test_every_transfer_rebuilds_as_it_was_sent(conn, actor, redeemed, make_member):
    """Reconcile re-sends acknowledged transfers rebuilt from their rows; the server
    answers "duplicate" only for the same payload, so a spend must rebuild with its
    reward and a conversion with its rate (or every one comes back as rejected)."""
    from accesspoint import settings

    member, _reward, voucher = redeemed
    settings.put(conn, rewards.RATE_KEY, 1200)
    rewards.convert(conn, actor, member["id"], 30)
    rewards.gift(conn, actor, member["id"], make_member("Bo")["id"], 15, note="thanks")
    rewards.cancel_redemption(conn, actor, voucher["id"], "pool closed")
    sent = _queued(conn, "ledger_transfer")
    kinds = {json.loads(p)["kind"] for _rid, p in sent}
    assert kinds == {"earn", "spend", "convert", "gift", "correction"}
    for record_id, payload in sent:
        assert sync_apply.rebuild_payload(conn, "ledger_transfer", record_id) \
            == json.loads(payload), json.loads(payload)["kind"]
