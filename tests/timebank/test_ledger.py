import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accesspoint.db import open_database
from accesspoint.errors import ValidationError
from accesspoint.timebank import hours, ledger, rewards
from accesspoint.timebank.ledger import Transfer, member_account

TODAY = hours.today_local().isoformat()


def earn(conn, actor, member, act, minutes=60, day=TODAY):
    return hours.log_hours(conn, actor, hours.Entry(member["id"], act["id"], day, minutes))


def test_earn_spend_balance_and_history(conn, actor, acts, make_member):
    ana = make_member()
    earn(conn, actor, ana, acts["gardening"], 90)
    earn(conn, actor, ana, acts["befriending"], 30)
    reward = rewards.add_reward(conn, name="Swim", cost_minutes=60)
    rewards.redeem(conn, actor, ana["id"], reward["id"])
    assert ledger.member_balance(conn, ana["id"]) == 60
    rows = ledger.history(conn, member_account(ana["id"]))
    assert [r["signed"] for r in rows] == [-60, 30, 90]
    assert [r["running"] for r in rows] == [60, 120, 90]
    assert ledger.check(conn).ok


def test_transfers_cannot_be_edited_or_deleted(conn, actor, acts, make_member):
    t = earn(conn, actor, make_member(), acts["gardening"])
    with pytest.raises(Exception, match="never edited"):
        conn.execute("UPDATE tb_transfers SET minutes = 5 WHERE id = ?", (t["id"],))
    with pytest.raises(Exception, match="never deleted"):
        conn.execute("DELETE FROM tb_transfers WHERE id = ?", (t["id"],))


def test_correction_reverses_and_keeps_original(conn, actor, acts, make_member):
    ana = make_member()
    t = earn(conn, actor, ana, acts["gardening"], 120)
    with pytest.raises(ValidationError, match="why"):
        ledger.reverse(conn, actor, t["id"], "  ")
    c = ledger.reverse(conn, actor, t["id"], "wrong member")
    assert c["reverses"] == t["id"] and c["kind"] == "correction"
    assert ledger.member_balance(conn, ana["id"]) == 0
    ids = [r["id"] for r in ledger.history(conn, member_account(ana["id"]))]
    assert ids == [c["id"], t["id"]]
    with pytest.raises(ValidationError, match="already been corrected"):
        ledger.reverse(conn, actor, t["id"], "again")


def test_spending_more_than_balance_is_refused(conn, actor, acts, make_member):
    ana, ben = make_member(), make_member("Ben")
    earn(conn, actor, ana, acts["gardening"], 30)
    with pytest.raises(ValidationError, match="Not enough time credits"):
        rewards.gift(conn, actor, ana["id"], ben["id"], 31)
    assert ledger.member_balance(conn, ana["id"]) == 30


@pytest.mark.parametrize("minutes", [0, -15, 1.5, True])
def test_bad_minutes(conn, actor, make_member, minutes):
    ana = make_member()
    with pytest.raises(ValidationError):
        ledger.post(conn, actor, Transfer("project:x", member_account(ana["id"]), minutes,
                                          "earn"))


def test_pending_and_server_balance(conn, actor, acts, make_member):
    from accesspoint.timebank import sync_apply

    ana = make_member()
    t1 = earn(conn, actor, ana, acts["gardening"], 60)
    assert ledger.member_balance(conn, ana["id"]) == 60  # before any sync: local sum
    sync_apply.mark_transfers_synced(conn, [t1["id"]])
    acct = member_account(ana["id"])
    sync_apply.apply_balance(conn, {"account": acct, "member_id": ana["id"],
                                    "balance_minutes": 200})  # other hubs' earnings too
    earn(conn, actor, ana, acts["befriending"], 15)  # not yet acknowledged
    assert ledger.member_balance(conn, ana["id"]) == 215


# --- property-based: any sequence of operations keeps the invariants ----------------

OPS = st.lists(
    st.tuples(st.sampled_from(["earn", "spend", "give", "correct", "convert"]),
              st.integers(0, 3), st.integers(0, 3), st.integers(-30, 400)),
    max_size=30,
)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_ledger_invariants(tmp_path_factory, ops):
    from accesspoint import hubs
    from accesspoint import settings as app_settings
    from accesspoint.context import Actor
    from accesspoint.timebank import activities, members

    conn = open_database(tmp_path_factory.mktemp("prop"))
    try:
        hub = hubs.ensure_hub(conn, "Hub")
        user = hubs.add_user(conn, hub["id"], "Coordinator", "coordinator")
        actor = Actor(hub["id"], user["id"], "coordinator")
        app_settings.put(conn, rewards.RATE_KEY, 900)
        act = activities.add_activity(conn, "Gardening", "environment")
        ms = [members.create_member(conn, actor, person={"given_name": f"P{i}"})
              for i in range(4)]
        posted: list[dict] = []
        for op, a, b, minutes in ops:
            m, other = ms[a], ms[b]
            try:
                if op == "earn":
                    posted.append(hours.log_hours(
                        conn, actor, hours.Entry(m["id"], act["id"], TODAY, minutes),
                        confirm_long_day=True))
                elif op == "spend":
                    posted.append(ledger.post(conn, actor, Transfer(
                        member_account(m["id"]), ledger.REWARDS, minutes, "spend")))
                elif op == "give":
                    posted.append(rewards.gift(conn, actor, m["id"], other["id"], minutes))
                elif op == "convert":
                    posted.append(rewards.convert(conn, actor, m["id"], minutes))
                elif op == "correct" and posted:
                    target = posted[minutes % len(posted)]
                    ledger.reverse(conn, actor, target.get("transfer_id", target["id"]), "fix")
            except ValidationError:
                pass  # refused with a message: nothing may have changed
            result = ledger.check(conn)
            assert result.total == 0
            assert not result.negative_members
            assert not result.broken_reversals
        sums = ledger.all_local_balances(conn)
        for m in ms:
            acct = member_account(m["id"])
            assert ledger.member_balance(conn, m["id"]) == sums.get(acct, 0) >= 0
            rows = ledger.history(conn, acct, limit=10_000)
            assert sum(r["signed"] for r in rows) == sums.get(acct, 0)
        # Corrections leave the original in place.
        for (orig,) in conn.execute("SELECT reverses FROM tb_transfers WHERE reverses IS NOT NULL"):
            assert conn.execute("SELECT 1 FROM tb_transfers WHERE id = ?", (orig,)).fetchone()
        # Every transfer has exactly one outbox op.
        n_transfers = conn.execute("SELECT COUNT(*) FROM tb_transfers").fetchone()[0]
        n_ops = conn.execute("SELECT COUNT(*) FROM outbox WHERE kind = 'ledger_transfer'"
                             ).fetchone()[0]
        assert n_transfers == n_ops
    finally:
        conn.close()


def test_bulk_outbox_rows_match_enqueue(conn, actor, acts, make_member):
    """A big batch writes its outbox ops in one go; they must look exactly like enqueue's."""
    import json

    ana = make_member()
    small = ledger.post_many(conn, actor, [Transfer("project:p", member_account(ana["id"]), 15,
                                                    "earn")])
    big = ledger.post_many(conn, actor, [Transfer("project:p", member_account(ana["id"]), 15,
                                                  "earn")] * ledger.BULK_OUTBOX)
    cols = "kind, action, base_version, changed"
    one = conn.execute(f"SELECT {cols}, payload FROM outbox WHERE record_id = ?",
                       (small[0]["id"],)).fetchone()
    many = conn.execute(f"SELECT {cols}, payload FROM outbox WHERE record_id = ?",
                        (big[0]["id"],)).fetchone()
    assert tuple(one)[:4] == tuple(many)[:4]
    assert json.loads(one["payload"]).keys() == json.loads(many["payload"]).keys()
    assert conn.execute("SELECT COUNT(*) FROM outbox WHERE kind = 'ledger_transfer'"
                        ).fetchone()[0] == 1 + ledger.BULK_OUTBOX


def test_history_pages_continue_the_running_balance(conn, actor, acts, make_member):
    ana = make_member()
    for minutes in (15, 30, 45, 60, 75):
        ledger.post_many(conn, actor, [Transfer("project:p", member_account(ana["id"]), minutes,
                                                "earn")])
    acct = member_account(ana["id"])
    first = ledger.history(conn, acct, limit=2)
    second = ledger.history(conn, acct, limit=10,
                            before=(first[-1]["created_at"], first[-1]["id"]))
    whole = ledger.history(conn, acct, limit=10)
    assert [r["id"] for r in first + second] == [r["id"] for r in whole]
    assert [r["running"] for r in first + second] == [r["running"] for r in whole]
    assert whole[-1]["running"] == 15 and whole[0]["running"] == 225


def test_batch_ids_are_uuid7_sorted_and_before_later_ids():
    import uuid as _uuid

    from accesspoint.ids import new_id

    ids = ledger.batch_ids(500)
    assert len(set(ids)) == 500 and ids == sorted(ids)
    assert all(_uuid.UUID(i).version == 7 for i in ids)
    assert new_id() > ids[-1]
    assert ledger.batch_ids(1) != ledger.batch_ids(1) and ledger.batch_ids(0) == []
