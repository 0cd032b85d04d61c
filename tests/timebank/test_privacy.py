"""Erasure, retention and the council's anonymisation scrub the same words from a
member's transfers (one statement), and "seen" finds a member through any transfer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from accesspoint.db import transaction
from accesspoint.timebank import ledger, privacy, rewards
from accesspoint.timebank.hours import Entry, log_hours

TIMEBANK = Path(privacy.__file__).parent


def _words(conn, member_id):
    account = ledger.member_account(member_id)
    return sorted((r[0], r[1]) for r in conn.execute(
        "SELECT note, beneficiary FROM tb_transfers WHERE member_id = ?"
        " OR from_account = ? OR to_account = ?", (member_id, account, account)))


@pytest.mark.parametrize("how", ["erase", "anonymise", "pulled"])
def test_every_scrub_clears_the_words_on_the_members_transfers(conn, actor, acts,
                                                              make_member, how):
    ana, bo = make_member("Ana"), make_member("Bo")
    log_hours(conn, actor, Entry(ana["id"], acts["gardening"]["id"], "2026-11-02", 120,
                                 beneficiary="Mrs Okafor at no. 12", note="dug her garden"))
    rewards.gift(conn, actor, ana["id"], bo["id"], 30, note="for Bo's birthday")
    assert ("dug her garden", "Mrs Okafor at no. 12") in _words(conn, ana["id"])
    with transaction(conn):  # the hooks run inside erasure's / retention's transaction
        if how == "erase":
            privacy.erase_members(conn, actor, ana["person_id"])
        elif how == "anonymise":
            privacy.anonymise_members(conn, actor, ana["person_id"])
        else:
            privacy.scrub_pulled(conn, "member", ana["id"])
    assert _words(conn, ana["id"]) == [("", ""), ("", "")]
    assert ledger.member_balance(conn, ana["id"]) == 90  # amounts stay


def test_seen_since_finds_a_giver_through_the_from_account(conn, actor, acts, make_member):
    ana, bo = make_member("Ana"), make_member("Bo")
    log_hours(conn, actor, Entry(ana["id"], acts["gardening"]["id"], "2026-11-02", 60))
    cutoff = conn.execute("SELECT MAX(created_at) FROM tb_transfers").fetchone()[0] + "Z"
    conn.execute("UPDATE tb_members SET updated_at = '2000-01-01T00:00:00Z'")
    assert privacy.seen_since(conn, cutoff) == set()
    # The gift's member_id is the receiver's: the giver is seen through from_account.
    rewards.gift(conn, actor, ana["id"], bo["id"], 15)
    conn.execute("UPDATE tb_members SET updated_at = '2000-01-01T00:00:00Z'")
    later = conn.execute("SELECT MAX(created_at) FROM tb_transfers").fetchone()[0]
    assert privacy.seen_since(conn, later) == {ana["person_id"], bo["person_id"]}


def test_member_account_prefix_and_scrub_written_once():
    """The account prefix lives in ledger.py alone; the words scrub is one statement."""
    literal = re.compile(r"""['"]member:""")
    for path in TIMEBANK.glob("*.py"):
        if path.name != "ledger.py":
            assert not literal.search(path.read_text()), path.name
    text = (TIMEBANK / "privacy.py").read_text()
    assert text.count("UPDATE tb_transfers SET note = ''") == 1
