import json

import pytest

from accesspoint import consent, people
from accesspoint.errors import ValidationError
from accesspoint.timebank import activities as acts_mod
from accesspoint.timebank import matching, members, sync_apply


def test_member_reuses_person_and_records_consent(conn, actor):
    person = people.create_person(conn, actor, given_name="Hodan", family_name="Warsame")
    m = members.create_member(conn, actor, person_id=person["id"], skills="cooking; IT",
                              availability=["mon_am"], employment_support=True)
    assert m["person_id"] == person["id"] and m["member_number"] == "TB00001"
    assert m["skills"] == ["cooking", "IT"] and m["employment_support"] is True
    assert consent.current_consent(conn, person["id"], "record")
    op = conn.execute("SELECT payload FROM outbox WHERE kind = 'member'").fetchone()
    payload = json.loads(op[0])
    assert payload["member_number"] == "TB00001" and payload["given_name"] == "Hodan"
    with pytest.raises(ValidationError, match="already used"):
        members.create_member(conn, actor, person={"given_name": "X"}, member_number="TB00001")


def test_member_types_need_their_details(conn, actor):
    with pytest.raises(ValidationError, match="Youth Privilege"):
        members.create_member(conn, actor, person={"given_name": "Leah"},
                              member_type="young_person")
    with pytest.raises(ValidationError, match="organisation"):
        members.create_member(conn, actor, person={"given_name": "Grace"},
                              member_type="organisation")
    with pytest.raises(ValidationError, match="agree"):
        members.create_member(conn, actor, person={"given_name": "Z"}, consent_given=False)
    with pytest.raises(ValidationError, match="Unknown times"):
        members.create_member(conn, actor, person={"given_name": "Z"}, availability="someday")


def test_update_and_merge_hook(conn, actor):
    a = people.create_person(conn, actor, given_name="Kofi", family_name="Asante")
    b = people.create_person(conn, actor, given_name="Kofi", family_name="Asante")
    m = members.create_member(conn, actor, person_id=b["id"])
    m2 = members.update_member(conn, actor, m["id"], interests=["sport"])
    assert m2["version"] == 2 and m2["interests"] == ["sport"]
    people.merge_people(conn, actor, a["id"], b["id"])
    assert members.get_member(conn, m["id"])["person_id"] == a["id"]


def test_matching_ranks_by_skills_and_time(conn, actor):
    act = acts_mod.add_activity(conn, "Befriending", "care_and_company")
    good = members.create_member(conn, actor, person={"given_name": "Good"},
                                 skills=["listening"], availability=["tue_am"])
    members.create_member(conn, actor, person={"given_name": "Other"}, skills=["DIY"],
                          availability=["sat_pm"])
    opp = acts_mod.add_opportunity(conn, actor, title="Befriender on Tuesdays",
                                   activity_id=act["id"], skills=["Listening"],
                                   availability=["tue_am"])
    found = matching.members_for(conn, opp["id"])
    assert found[0].member["id"] == good["id"] and "skills: listening" in found[0].reasons
    assert [m.opportunity["id"] for m in matching.opportunities_for(conn, good["id"])] == [
        opp["id"]]


def test_sync_apply_member_from_another_hub(conn, actor):
    payload = {"id": "m-1", "person_id": "p-1", "hub_id": "other-hub", "member_number": "TB90001",
               "given_name": "Sagal", "family_name": "Farah", "member_type": "adult",
               "skills": ["sewing"], "version": 3}
    sync_apply.apply_member(conn, payload)
    found = members.find_by_number(conn, "tb90001")
    assert found["given_name"] == "Sagal" and found["skills"] == ["sewing"]
    assert people.search_people(conn, "Sagal Farah")[0].person["id"] == "p-1"
    sync_apply.apply_member(conn, {**payload, "skills": ["sewing", "IT"], "version": 4})
    assert members.get_member(conn, "m-1")["skills"] == ["sewing", "IT"]
    assert conn.execute("SELECT COUNT(*) FROM outbox WHERE kind = 'member'").fetchone()[0] == 0
    sync_apply.apply_reward(conn, {"id": "r-1", "name": "Swim", "cost_minutes": 60})
    sync_apply.apply_activity(conn, {"id": "a-1", "code": "swim_helper", "name": "Swim helper"})
    sync_apply.apply_opportunity(conn, {"id": "o-1", "title": "Helper", "activity_id": "a-1",
                                        "availability": ["mon_am"]})
    assert acts_mod.get_opportunity(conn, "o-1")["availability"] == ["mon_am"]
    assert sync_apply.rebuild_payload(conn, "member", "m-1")["member_number"] == "TB90001"


def test_numbers_carry_a_hub_prefix_and_clashes_are_held(conn, actor):
    from accesspoint import settings

    settings.put(conn, members.PREFIX_KEY, None)
    m = members.create_member(conn, actor, person={"given_name": "Kwame"})
    prefix = members.member_prefix(conn, actor.hub_id)
    assert prefix.endswith("-") and len(prefix) == 5
    assert m["member_number"] == f"{prefix}00001"
    assert members.create_member(conn, actor, person={"given_name": "Kofi"}
                                 )["member_number"] == f"{prefix}00002"
    with pytest.raises(ValidationError, match="two different members"):
        sync_apply.apply_member(conn, {"id": "other", "person_id": "p-x",
                                       "member_number": m["member_number"]})


def test_follow_merges_catches_up_without_the_hook(conn, actor, monkeypatch):
    a = people.create_person(conn, actor, given_name="Ama", family_name="Osei")
    b = people.create_person(conn, actor, given_name="Ama", family_name="Osei")
    m = members.create_member(conn, actor, person_id=b["id"])
    monkeypatch.setattr(people, "MERGE_HOOKS", [])
    people.merge_people(conn, actor, a["id"], b["id"])
    assert members.get_member(conn, m["id"])["person_id"] == b["id"]
    assert members.follow_merges(conn) == 1
    assert members.get_member(conn, m["id"])["person_id"] == a["id"]
    assert members.follow_merges(conn) == 0
