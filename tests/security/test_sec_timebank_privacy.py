"""Erasure and retention reach the time bank: the member's identity goes, the ledger
keeps its amounts and stays zero-sum, and the change is queued for sync."""

from __future__ import annotations

import json
from datetime import timedelta

import accesspoint.timebank  # noqa: F401 - registers the hooks, as the app does
from accesspoint import people
from accesspoint.clock import utcnow
from accesspoint.security import erasure, retention
from accesspoint.timebank import ledger, members, rewards
from accesspoint.timebank.ledger import Transfer, member_account


def _member_with_history(conn, actor):
    person = people.create_person(conn, actor, given_name="Grace", family_name="Gardener",
                                  phone="07700 900777", postcode="E2 7AA")
    mem = members.create_member(conn, actor, person_id=person["id"], skills="gardening",
                                card_number="CARD-42")
    ledger.post(conn, actor, Transfer("project:garden", member_account(mem["id"]), 180, "earn",
                                      note="Grace dug the beds with her neighbour Tom",
                                      beneficiary="Tom Neighbour"))
    reward = rewards.add_reward(conn, name="Cinema", cost_minutes=60)
    red = rewards.redeem(conn, actor, mem["id"], reward["id"])
    return person, mem, red


def _pending_member_payload(conn, member_id):
    rows = conn.execute("SELECT payload FROM outbox WHERE kind = 'member' AND record_id = ?"
                        " ORDER BY rowid DESC", (member_id,)).fetchall()
    return json.loads(rows[0][0]) if rows else None


def test_erasing_a_member_keeps_the_ledger_and_drops_the_identity(enc_conn, coordinator):
    conn = enc_conn
    person, mem, red = _member_with_history(conn, coordinator)
    balance = ledger.member_balance(conn, mem["id"])
    assert balance == 120
    result = erasure.erase_person(conn, coordinator, person["id"], reason="Art. 17 request")
    assert result["person_id"] == person["id"]
    assert conn.execute("SELECT 1 FROM people WHERE id = ?", (person["id"],)).fetchone() is None
    after = members.get_member(conn, mem["id"])
    assert after["person_id"] != person["id"]
    assert (after["given_name"], after["family_name"], after["phone"]) == ("", "", "")
    assert after["card_number"] == "" and after["skills"] == [] and after["status"] == "left"
    assert after["member_number"] == mem["member_number"]
    # The ledger: same amounts, zero-sum, balance unchanged; no words about Grace.
    assert ledger.member_balance(conn, mem["id"]) == balance
    assert ledger.check(conn).ok
    notes = conn.execute("SELECT note, beneficiary FROM tb_transfers WHERE to_account = ?",
                         (member_account(mem["id"]),)).fetchall()
    assert [tuple(n) for n in notes] == [("", "")]
    # The redemption stays, pointing at the anonymous member.
    assert conn.execute("SELECT member_id FROM tb_redemptions WHERE id = ?",
                        (red["id"],)).fetchone()[0] == mem["id"]
    # Queued for the council: the member upsert carries no name.
    payload = _pending_member_payload(conn, mem["id"])
    assert payload["given_name"] == "" and payload["person_id"] == after["person_id"]
    dump = "\n".join(str(tuple(r)) for t in ("tb_members", "tb_transfers", "tb_redemptions")
                     for r in conn.execute(f"SELECT * FROM {t}"))  # noqa: S608 - test
    assert "Grace" not in dump and "Tom Neighbour" not in dump and "CARD-42" not in dump
    # The placeholder person is never picked up by retention or shown as a real person.
    assert retention.is_anonymised(conn, "person", after["person_id"])


def test_retention_anonymises_a_member_not_seen_and_spares_an_active_one(enc_conn,
                                                                        coordinator):
    conn = enc_conn
    person, mem, _red = _member_with_history(conn, coordinator)
    idle = people.create_person(conn, coordinator, given_name="Ivy", family_name="Idle")
    idle_mem = members.create_member(conn, coordinator, person_id=idle["id"],
                                     card_number="CARD-7")
    conn.execute("DELETE FROM outbox")  # as if synced: retention waits for unsynced changes
    old = "2020-01-01T00:00:00.000Z"
    conn.execute("UPDATE people SET updated_at = ?, created_at = ?", (old, old))
    conn.execute("UPDATE tb_members SET updated_at = ? WHERE id = ?", (old, idle_mem["id"]))
    # Grace logged hours within the period (the transfer above), so she has been seen,
    # though her person and member rows are old.
    conn.execute("UPDATE tb_members SET updated_at = ? WHERE id = ?", (old, mem["id"]))
    report = retention.run(conn, coordinator, now=utcnow() + timedelta(days=365))
    assert report["person"]["anonymised"] == 1
    assert people.get_person(conn, person["id"])["given_name"] == "Grace"
    ivy = members.get_member(conn, idle_mem["id"])
    assert ivy["given_name"] == "" and ivy["card_number"] == ""
    assert ivy["person_id"] == idle["id"] and ivy["status"] == "active"
    assert _pending_member_payload(conn, idle_mem["id"])["given_name"] == ""
    assert ledger.check(conn).ok
