"""Pipelined push (batch k+1 frozen while k is in flight, sent once k is answered):
order, halving with a batch frozen ahead, and resuming with two frozen batches."""

from __future__ import annotations

import json

from sqlalchemy import select

from accesspoint import outbox
from accesspoint.db import transaction
from accesspoint.ids import new_id
from accesspoint.people import update_person
from accesspoint_server import models as m
from sync import attention
from sync.push import current_batch, freeze_batch

from .live import make_person


def _server_payload(server, hub_id: str, kind: str, record_id: str) -> dict:
    [rec] = [r for r in server.records(hub_id, kind) if r.record_id == record_id]
    return json.loads(rec.payload)


def test_edits_of_one_record_in_consecutive_batches_arrive_in_order(server, make_hub):
    hub = make_hub(server, "Order Hub")
    person = make_person(hub, 1)
    for i in range(12):  # each edit its own op; batch size 1 puts each in its own batch
        update_person(hub.conn, hub.actor, person["id"], phone=f"0770000{i:04d}")
    summary = hub.sync(batch_ops=1)
    assert summary.ok and not attention.open_items(hub.conn)
    assert _server_payload(server, hub.hub_id, "person", person["id"])["phone"] == "07700000011"


def test_a_bad_op_in_the_middle_with_a_batch_frozen_ahead(server, make_hub):
    """The refused batch is halved; the batch already frozen after it goes back to the
    queue too, so nothing overtakes the halved rows and nothing is lost."""
    hub = make_hub(server, "Halving Hub")
    good = []
    with transaction(hub.conn):
        for i in range(23):
            rid = new_id()
            if i == 11:
                outbox.enqueue(hub.conn, "enquiry_note", "not a valid id!", {"text": "x"},
                               action="append")
            outbox.enqueue(hub.conn, "enquiry_note", rid, {"id": rid, "text": f"n{i}"},
                           action="append")
            good.append(rid)
    summary = hub.sync(batch_ops=4)
    assert summary.ok and outbox.pending_count(hub.conn) == 0
    [item] = attention.open_items(hub.conn)
    assert item["record_id"] == "not a valid id!"
    assert {r.record_id for r in server.records(hub.hub_id, "enquiry_note")} == set(good)
    # Applied in the order they were written: nothing overtook the halved batch.
    with server.db.read() as c:
        order = [r.record_id for r in c.execute(
            select(m.changes.c.record_id).where(m.changes.c.kind == "enquiry_note",
                                                m.changes.c.hub_id == hub.hub_id)
            .order_by(m.changes.c.seq))]
    assert order == good


def test_two_batches_left_frozen_are_sent_in_order(server, make_hub):
    """A sync stopped with batch k and k+1 frozen (as the pipeline leaves them) resumes
    with k, then k+1, then the rest."""
    hub = make_hub(server, "Resume Hub")
    person = make_person(hub, 2)
    for i in range(6):
        update_person(hub.conn, hub.actor, person["id"], phone=f"0771111{i:04d}")
    first = freeze_batch(hub.conn, max_ops=3)
    second = freeze_batch(hub.conn, max_ops=3, after=first.batch_id)
    assert first and second and first.batch_id != second.batch_id
    assert current_batch(hub.conn).batch_id == first.batch_id
    assert freeze_batch(hub.conn, max_ops=3, after=first.batch_id).batch_id == second.batch_id
    summary = hub.sync(batch_ops=2)
    assert summary.ok and outbox.pending_count(hub.conn) == 0
    assert _server_payload(server, hub.hub_id, "person", person["id"])["phone"] == "07711110005"
