"""Random but seeded hub activity through the real domain code, and the checks
that the council server holds exactly what the hub created, once each."""

from __future__ import annotations

import contextlib
import random
from collections import Counter
from typing import Any

from sqlalchemy import select

from accesspoint import outbox
from accesspoint.enquiries import EnquiryInput, add_note, create_enquiry
from accesspoint.errors import ValidationError
from accesspoint.people import create_person, update_person
from accesspoint.taxonomy import need_codes
from accesspoint_server import models as m

from .live import HubClient, LiveServer


def _activity(hub: HubClient) -> str:
    from accesspoint.timebank.activities import add_activity

    row = hub.conn.execute("SELECT id FROM tb_activities WHERE code = 'gardening'").fetchone()
    return row[0] if row else add_activity(hub.conn, "Gardening", "environment")["id"]


def do_work(hub: HubClient, rng: random.Random, steps: int) -> None:
    """People, edits, enquiries with consent, notes, members and logged hours."""
    from accesspoint.timebank.hours import Entry, log_hours
    from accesspoint.timebank.members import create_member

    conn, actor = hub.conn, hub.actor
    people = [r[0] for r in conn.execute("SELECT id FROM people WHERE merged_into IS NULL"
                                         " AND hub_id = ?", (hub.hub_id,))]
    members = [r[0] for r in conn.execute("SELECT id FROM tb_members WHERE hub_id = ?",
                                          (hub.hub_id,))]
    enquiries = [r[0] for r in conn.execute("SELECT id FROM enquiries")]
    for _ in range(steps):
        roll = rng.random()
        if roll < 0.25 or not people:
            n = rng.randrange(10**6)
            people.append(create_person(conn, actor, given_name=f"Ada{n}",
                                        family_name=f"Lovelace{n}")["id"])
        elif roll < 0.4:
            update_person(conn, actor, rng.choice(people), phone=f"07700{rng.randrange(10**6):06d}")
        elif roll < 0.6:
            data = EnquiryInput(channel="walk_in", description="Help with heating bills",
                                needs=[sorted(need_codes())[0]], person_id=rng.choice(people),
                                consent_record=True, outcome="signposted")
            enquiries.append(create_enquiry(conn, actor, data)["id"])
        elif roll < 0.7 and enquiries:
            add_note(conn, actor, rng.choice(enquiries), "Called back, sorted.")
        elif roll < 0.8:
            members.append(create_member(conn, actor, person_id=rng.choice(people))["id"])
        elif members:
            day = f"2026-{rng.randrange(1, 11):02d}-{rng.randrange(1, 28):02d}"
            # Over 12 hours on one day the app refuses, as it should.
            with contextlib.suppress(ValidationError):
                log_hours(conn, actor, Entry(rng.choice(members), _activity(hub), day,
                                             rng.choice([30, 60, 90, 120])))


def local_ids(hub: HubClient) -> dict[str, set[str]]:
    conn = hub.conn
    tables = {"person": "people", "enquiry": "enquiries", "enquiry_note": "enquiry_notes",
              "consent_event": "consent_events", "member": "tb_members",
              "ledger_transfer": "tb_transfers"}
    # Only this hub's own: members and people pulled from other hubs are theirs.
    return {kind: {r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE hub_id = ?",
                                              (hub.hub_id,))}
            for kind, table in tables.items()}


def check_server_matches(server: LiveServer, hub: HubClient) -> None:
    """Exactly the records the hub created, once each, and ledger sums that agree."""
    assert outbox.pending_count(hub.conn) == 0
    want = {k: v for k, v in local_ids(hub).items() if v}
    got: dict[str, list[str]] = {}
    for r in server.records(hub.hub_id, deleted=None):
        got.setdefault(r.kind, []).append(r.record_id)
    for kind, ids in want.items():
        counts = Counter(got.get(kind, []))
        assert set(counts) == ids, (kind, len(counts), len(ids))
        assert max(counts.values()) == 1
    with server.db.read() as c:
        rows = list(c.execute(select(m.ledger_transfers.c.id, m.ledger_transfers.c.to_account,
                                     m.ledger_transfers.c.minutes)
                              .where(m.ledger_transfers.c.hub_id == hub.hub_id)))
        from accesspoint_server.ledger import check

        ledger_ok = check(c)
    ids = [r.id for r in rows]
    assert len(ids) == len(set(ids)) == len(want.get("ledger_transfer", ()))
    # What this hub credited, account by account, is what the server holds from it;
    # and the server's balances are exactly its transfers (nothing applied twice).
    theirs: dict[str, int] = {}
    for r in rows:
        theirs[r.to_account] = theirs.get(r.to_account, 0) + r.minutes
    local = dict(hub.conn.execute("SELECT to_account, SUM(minutes) FROM tb_transfers"
                                  " WHERE hub_id = ? GROUP BY to_account", (hub.hub_id,)))
    assert theirs == local
    assert ledger_ok["ok"], ledger_ok


def server_summary(server: LiveServer, hub_id: str) -> dict[str, Any]:
    return Counter(r.kind for r in server.records(hub_id, deleted=None))
