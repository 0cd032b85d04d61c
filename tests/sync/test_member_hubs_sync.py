"""The hubs a member attends, changed at one hub while another hub edits the member's
skills offline: both edits merge on the server and both hubs end with both, and the
other hub's own id is among the hubs there (matching ranks its opportunities)."""

from __future__ import annotations

from accesspoint.timebank.members import create_member, get_member, known_hubs, update_member
from sync import status


def test_hubs_edit_merges_with_another_hubs_edit_and_converges(fresh_server, make_hub):
    a = make_hub(fresh_server, "North Hub")
    b = make_hub(fresh_server, "South Hub")
    member = create_member(a.conn, a.actor, person={"given_name": "Grace",
                                                     "family_name": "Hopper"})
    a.sync()
    b.sync()
    mid = member["id"]
    assert get_member(b.conn, mid)["hubs"] == [a.hub_id]
    # Hub names never come down: North learns South's id from South's own members,
    # and offers it (unnamed) in the member dialog.
    create_member(b.conn, b.actor, person={"given_name": "Alan", "family_name": "Turing"})
    update_member(b.conn, b.actor, mid, skills=["knitting"])
    b.sync()
    a.sync()
    offered = {h["id"]: h["name"] for h in known_hubs(a.conn)}
    assert offered[a.hub_id] == "North Hub" and offered[b.hub_id] is None
    update_member(a.conn, a.actor, mid, hubs=[a.hub_id, b.hub_id])
    update_member(b.conn, b.actor, mid, interests=["gardens"])  # offline, meanwhile
    a.sync()
    assert b.sync().attention_new == 0
    a.sync()
    for hub in (a, b):
        m = get_member(hub.conn, mid)
        assert m["hubs"] == [a.hub_id, b.hub_id], hub.name
        assert m["skills"] == ["knitting"] and m["interests"] == ["gardens"], hub.name
        assert status.attention_count(hub.conn) == 0, hub.name
