from datetime import timedelta

import pytest

from accesspoint.context import Actor
from accesspoint.errors import NotFoundError, PermissionDeniedError, ValidationError
from accesspoint.timebank import hours, ledger, rewards

TODAY = hours.today_local()


def entry(member, act, minutes=60, day=None):
    return hours.Entry(member["id"], act["id"], (day or TODAY).isoformat(), minutes)


def test_log_group_session(conn, actor, acts, make_member):
    ms = [make_member() for _ in range(5)]
    rows = hours.log_group_session(conn, actor, activity_id=acts["tea_and_chat"]["id"],
                                   day=TODAY.isoformat(), attendees=[(m["id"], 90) for m in ms],
                                   verified_by="Joy")
    assert len(rows) == 5 and all(r["verified_by"] == "Joy" for r in rows)
    assert all(ledger.member_balance(conn, m["id"]) == 90 for m in ms)
    with pytest.raises(ValidationError, match="twice"):
        hours.log_group_session(conn, actor, activity_id=acts["tea_and_chat"]["id"],
                                day=TODAY.isoformat(), attendees=[(ms[0]["id"], 30)] * 2)


@pytest.mark.parametrize("minutes,match", [(0, "above zero"), (-30, "above zero"),
                                           (25 * 60, "24 hours"), ("abc", "whole number")])
def test_bad_minutes(conn, actor, acts, make_member, minutes, match):
    with pytest.raises(ValidationError, match=match):
        hours.log_hours(conn, actor, entry(make_member(), acts["gardening"], minutes))


def test_future_date_and_unknown_member(conn, actor, acts, make_member):
    with pytest.raises(ValidationError, match="future"):
        hours.log_hours(conn, actor, entry(make_member(), acts["gardening"],
                                           day=TODAY + timedelta(days=1)))
    with pytest.raises(NotFoundError):
        hours.log_hours(conn, actor, hours.Entry("nobody", acts["gardening"]["id"],
                                                 TODAY.isoformat(), 60))


def test_long_day_needs_coordinator(conn, actor, acts, make_member):
    ana = make_member()
    hours.log_hours(conn, actor, entry(ana, acts["gardening"], 8 * 60))
    with pytest.raises(ValidationError, match="over 12 hours"):
        hours.log_hours(conn, actor, entry(ana, acts["befriending"], 5 * 60))
    volunteer = Actor(actor.hub_id, actor.user_id, "volunteer")
    with pytest.raises(PermissionDeniedError):
        hours.log_hours(conn, volunteer, entry(ana, acts["befriending"], 5 * 60),
                        confirm_long_day=True)
    hours.log_hours(conn, actor, entry(ana, acts["befriending"], 5 * 60), confirm_long_day=True)
    with pytest.raises(ValidationError, match="more than 24 hours"):
        hours.log_hours(conn, actor, entry(ana, acts["tea_and_chat"], 12 * 60),
                        confirm_long_day=True)
    assert ledger.member_balance(conn, ana["id"]) == 13 * 60


def test_redeem_checks_and_voucher(conn, actor, acts, make_member):
    ana = make_member()
    hours.log_hours(conn, actor, entry(ana, acts["gardening"], 180))
    cinema = rewards.add_reward(conn, name="Cinema", provider="Rio", cost_minutes=120, stock=1)
    youth = rewards.add_reward(conn, name="Youth trip", cost_minutes=30,
                               eligible_types=["young_person"])
    red = rewards.redeem(conn, actor, ana["id"], cinema["id"])
    assert rewards.voucher_well_formed(red["voucher_code"])
    assert rewards.check_voucher(conn, red["voucher_code"])["valid"]
    typo = red["voucher_code"][:-3] + ("A" if red["voucher_code"][-3] != "A" else "B") + \
        red["voucher_code"][-2:]
    assert not rewards.check_voucher(conn, typo)["valid"]
    assert rewards.get_reward(conn, cinema["id"])["remaining"] == 0
    with pytest.raises(ValidationError, match="out of stock"):
        rewards.redeem(conn, actor, ana["id"], cinema["id"])
    with pytest.raises(ValidationError, match="not open to this member type"):
        rewards.redeem(conn, actor, ana["id"], youth["id"])
    pricey = rewards.add_reward(conn, name="Course", cost_minutes=600)
    with pytest.raises(ValidationError, match="Not enough"):
        rewards.redeem(conn, actor, ana["id"], pricey["id"])
    # Cancelling refunds, voids the voucher and returns the stock.
    rewards.cancel_redemption(conn, actor, red["id"], "event cancelled")
    assert not rewards.check_voucher(conn, red["voucher_code"])["valid"]
    assert rewards.get_reward(conn, cinema["id"])["remaining"] == 1
    assert ledger.member_balance(conn, ana["id"]) == 180
    # The redemption, then its cancellation (for the hub's other computers).
    ops = [r[0] for r in conn.execute("SELECT record_id FROM outbox WHERE kind = 'redemption'"
                                      " ORDER BY seq")]
    assert ops[0] == red["id"] and len(ops) == 2


def test_gift_and_conversion(conn, actor, acts, make_member):
    from accesspoint import settings

    ana, ben = make_member(), make_member("Ben")
    hours.log_hours(conn, actor, entry(ana, acts["gardening"], 120))
    rewards.gift(conn, actor, ana["id"], ben["id"], 45)
    with pytest.raises(ValidationError, match="rate"):
        rewards.convert(conn, actor, ana["id"], 30)
    settings.put(conn, rewards.RATE_KEY, 1000)
    c = rewards.convert(conn, actor, ana["id"], 30)
    assert c["amount_minor"] == 500 and c["currency"] == "GBP"
    assert ledger.member_balance(conn, ana["id"]) == 45
    assert ledger.member_balance(conn, ben["id"]) == 45
    assert ledger.balance(conn, ledger.CONVERSION) == 30


def test_organisation_beneficiary_issues_the_credits(conn, actor, acts, make_member):
    garden = make_member("Daniel", member_type="organisation",
                         organisation_name="Millfields Community Garden")
    ana = make_member()
    e = entry(ana, acts["gardening"], 60)
    e.beneficiary = "millfields community garden"
    t = hours.log_hours(conn, actor, e)
    assert t["from_account"] == ledger.project_account(garden["id"])
    plain = hours.log_hours(conn, actor, entry(ana, acts["befriending"], 30))
    assert plain["from_account"] == ledger.project_account(actor.hub_id)


def test_organisations_do_not_earn_and_conversions_export_cancelled(conn, actor, acts,
                                                                    make_member):
    from accesspoint import settings
    from accesspoint.export import get_export

    org = make_member("Grace", member_type="organisation", organisation_name="Tenants")
    with pytest.raises(ValidationError, match="organisation account"):
        hours.log_hours(conn, actor, entry(org, acts["gardening"]))
    ana = make_member()
    hours.log_hours(conn, actor, entry(ana, acts["gardening"], 120))
    settings.put(conn, rewards.RATE_KEY, 900)
    c = rewards.convert(conn, actor, ana["id"], 60)
    ledger.reverse(conn, actor, c["transfer_id"], "member changed their mind")
    rows = list(get_export("conversions").rows(conn))
    assert rows[0]["cancelled"] is True and rows[0]["amount_minor"] == 900
