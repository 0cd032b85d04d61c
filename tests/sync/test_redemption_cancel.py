"""A redemption cancelled on one of a hub's computers, through the real server: after
both computers sync the voucher checks as cancelled on both, the stock is back on
both, and the member's balance is refunded exactly once everywhere (on the council's
ledger too), also when the answer to the cancelling push is lost after the commit."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from accesspoint.timebank import ledger, rewards
from accesspoint.timebank.activities import add_activity
from accesspoint.timebank.hours import Entry, log_hours
from accesspoint.timebank.members import create_member
from accesspoint_server import admin_ops
from accesspoint_server import ledger as server_ledger
from accesspoint_server import models as m
from accesspoint_server.auth import new_enrolment_code
from sync import state, status

from .fault_proxy import FaultProxy
from .test_faults import FAULTY, sync_until_done


def _setup(server, make_hub):
    first = make_hub(server, "Twin Hub")
    second = make_hub(server, "Twin Hub", enrol=False)
    second.enrol(server.url, new_enrolment_code(server.db, first.hub_id))
    admin_ops.publish(server.db, "reward", [{
        "id": "reward-swim", "name": "Swim", "provider": "Leisure centre",
        "cost_minutes": 60, "stock": 3, "eligible_types": ["adult", "young_person"]}])
    member = create_member(first.conn, first.actor, person={"given_name": "Ada",
                                                            "family_name": "Lovelace"})
    act = add_activity(first.conn, "Gardening", "environment")["id"]
    log_hours(first.conn, first.actor, Entry(member["id"], act, "2026-11-02", 150))
    first.sync()
    second.sync()
    voucher = rewards.redeem(first.conn, first.actor, member["id"], "reward-swim")
    first.sync()
    second.sync()
    for hub in (first, second):
        assert rewards.check_voucher(hub.conn, voucher["voucher_code"])["valid"], hub.name
        assert ledger.member_balance(hub.conn, member["id"]) == 90
    return first, second, member, voucher


def _server_balance(server, member_id) -> int:
    with server.db.read() as conn:
        assert server_ledger.check(conn)["ok"]
        return int(conn.execute(select(m.balances.c.balance_minutes).where(
            m.balances.c.account == ledger.member_account(member_id))).scalar_one())


def _assert_cancelled_everywhere(server, hubs, member, voucher):
    for hub in hubs:
        checked = rewards.check_voucher(hub.conn, voucher["voucher_code"])
        assert not checked["valid"] and checked["cancelled"], (hub.name, checked)
        assert rewards.get_reward(hub.conn, "reward-swim")["remaining"] == 3, hub.name
        assert ledger.member_balance(hub.conn, member["id"]) == 150, hub.name
        assert ledger.check(hub.conn).ok, hub.name
        assert hub.conn.execute("SELECT COUNT(*) FROM tb_transfers WHERE kind = 'correction'"
                                ).fetchone()[0] == 1, hub.name
        assert status.attention_count(hub.conn) == 0, hub.name
    assert _server_balance(server, member["id"]) == 150


@pytest.mark.parametrize("where", ["first", "second"])
def test_cancelled_voucher_checks_cancelled_on_the_hubs_other_computer(
        fresh_server, make_hub, where):
    first, second, member, voucher = _setup(fresh_server, make_hub)
    canceller, other = (first, second) if where == "first" else (second, first)
    rewards.cancel_redemption(canceller.conn, canceller.actor, voucher["id"], "closed pool")
    canceller.sync()
    summary = other.sync()
    assert summary.held == 0
    _assert_cancelled_everywhere(fresh_server, (first, second), member, voucher)
    # Pulled again (or synced again on both): nothing changes, nothing refunded twice.
    first.sync()
    second.sync()
    _assert_cancelled_everywhere(fresh_server, (first, second), member, voucher)
    # The cancelled voucher is refused if someone tries to cancel it again over there.
    with pytest.raises(Exception, match="already been corrected"):
        rewards.cancel_redemption(other.conn, other.actor, voucher["id"], "again")
    # Another hub never had the voucher: it does not check as valid there either.
    elsewhere = make_hub(fresh_server, "Other Hub")
    elsewhere.sync()
    assert not rewards.check_voucher(elsewhere.conn, voucher["voucher_code"])["valid"]


def test_cancellation_through_a_lost_answer(fresh_server, make_hub):
    first, second, member, voucher = _setup(fresh_server, make_hub)
    proxy = FaultProxy(fresh_server.port)
    try:
        state.put(first.conn, state.SERVER_URL, proxy.url)
        state.put(second.conn, state.SERVER_URL, proxy.url)
        rewards.cancel_redemption(first.conn, first.actor, voucher["id"], "closed pool")
        proxy.script = ["ok", "lost"]  # handshake passes; the push commits, its answer is lost
        sync_until_done(first)
        assert proxy.seen["lost"] == 1
        proxy.script = ["ok", "lost"]  # and the other computer's pull answer is lost once
        sync_until_done(second)
        assert proxy.seen["lost"] == 2
        second.sync(transport_options=FAULTY)
        _assert_cancelled_everywhere(fresh_server, (first, second), member, voucher)
    finally:
        proxy.close()


def test_cancelled_on_both_computers_offline_refunds_once(fresh_server, make_hub):
    """Both computers cancel the same voucher before either syncs: the council applies
    the first reversal and keeps the second without moving minutes again."""
    first, second, member, voucher = _setup(fresh_server, make_hub)
    for hub in (first, second):
        rewards.cancel_redemption(hub.conn, hub.actor, voucher["id"], "closed pool")
    first.sync()
    second.sync()
    first.sync()
    _assert_cancelled_everywhere(fresh_server, (first, second), member, voucher)
