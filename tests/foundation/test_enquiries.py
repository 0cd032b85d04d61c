import json
from datetime import timedelta

import pytest

from accesspoint import consent, drafts, enquiries, outbox, people
from accesspoint.clock import today_local
from accesspoint.enquiries import EnquiryFilter, EnquiryInput
from accesspoint.errors import ValidationError


def _count(conn, table):
    return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_create_enquiry_with_person_consent_and_outbox(conn, actor):
    person = people.create_person(conn, actor, given_name="Amara", family_name="Okafor")
    due = (today_local() + timedelta(days=3)).isoformat()
    e = enquiries.create_enquiry(conn, actor, EnquiryInput(
        channel="phone", needs=["council_tax", "debt"], description="Arrears letter",
        person_id=person["id"], consent_record=True, consent_share=True,
        outcome="referred", follow_up_date=due))
    assert e["needs"] == ["council_tax", "debt"]
    assert e["reference"].startswith("ENQ-")
    assert e["hub_id"] == actor.hub_id and e["created_by"] == actor.user_id
    assert consent.current_consent(conn, person["id"], "share")
    assert not consent.current_consent(conn, person["id"], "contact")
    kinds = [r[0] for r in conn.execute("SELECT kind FROM outbox ORDER BY seq")]
    assert kinds.count("enquiry") == 1 and kinds.count("consent_event") == 3
    events = consent.history(conn, person["id"])
    assert all(ev["wording"] for ev in events)


def test_anonymous_enquiry_gets_reference_only(conn, actor):
    e = enquiries.create_enquiry(conn, actor, EnquiryInput(needs=["food"]))
    assert e["person_id"] is None and e["reference"]
    assert _count(conn, "consent_events") == 0


@pytest.mark.parametrize(
    "data,field",
    [
        (EnquiryInput(needs=[]), "needs"),
        (EnquiryInput(needs=["no_such_need"]), "needs"),
        (EnquiryInput(needs=["food"], description="x" * 100_000), "description"),
        (EnquiryInput(needs=["food"], follow_up_date="2001-01-01"), "follow_up_date"),
        (EnquiryInput(needs=["food"], follow_up_date="3000-01-01"), "follow_up_date"),
        (EnquiryInput(needs=["food"], channel="pigeon"), "channel"),
        (EnquiryInput(needs=["food"], consent_share=True), "consent_share"),
    ],
)
def test_bad_enquiry_refused_with_message_and_nothing_written(conn, actor, data, field):
    with pytest.raises(ValidationError) as err:
        enquiries.create_enquiry(conn, actor, data)
    assert field in err.value.problems and err.value.problems[field]
    assert _count(conn, "enquiries") == 0 and outbox.pending_count(conn) == 0


def test_person_without_consent_to_record_is_refused(conn, actor):
    p = people.create_person(conn, actor, given_name="Sofia", family_name="Garcia")
    with pytest.raises(ValidationError) as err:
        enquiries.create_enquiry(conn, actor, EnquiryInput(needs=["food"], person_id=p["id"]))
    assert "consent_record" in err.value.problems


def test_emoji_and_right_to_left_text_survive(conn, actor):
    text = "يحتاج إلى مساعدة في الإيجار 🏠 — needs help"
    e = enquiries.create_enquiry(conn, actor, EnquiryInput(needs=["housing"], description=text))
    assert enquiries.get_enquiry(conn, e["id"])["description"] == text


def test_edit_keeps_history_and_notes(conn, actor):
    e = enquiries.create_enquiry(conn, actor, EnquiryInput(needs=["food"], outcome="open"))
    edited = enquiries.update_enquiry(conn, actor, e["id"], EnquiryInput(
        needs=["food", "fuel"], outcome="signposted"))
    assert edited["version"] == 2 and edited["needs"] == ["food", "fuel"]
    revs = enquiries.revisions(conn, e["id"])
    assert len(revs) == 1 and revs[0]["before"]["outcome"] == "open"
    enquiries.add_note(conn, actor, e["id"], "Called back, left a message")
    assert [n["text"] for n in enquiries.notes(conn, e["id"])] == ["Called back, left a message"]
    with pytest.raises(ValidationError):
        enquiries.add_note(conn, actor, e["id"], "   ")


def test_list_filters_and_follow_ups_due(conn, actor):
    today = today_local().isoformat()
    a = enquiries.create_enquiry(conn, actor, EnquiryInput(
        needs=["food"], outcome="referred", follow_up_date=today))
    enquiries.create_enquiry(conn, actor, EnquiryInput(needs=["housing"], outcome="signposted"))
    assert [r["id"] for r in enquiries.follow_ups_due(conn)] == [a["id"]]
    assert len(enquiries.list_enquiries(conn, EnquiryFilter(need="housing"))) == 1
    assert len(enquiries.list_enquiries(conn, EnquiryFilter(outcome="referred"))) == 1
    assert len(enquiries.list_enquiries(conn, EnquiryFilter(follow_up_due=True))) == 1
    enquiries.complete_follow_up(conn, actor, a["id"])
    assert enquiries.follow_ups_due(conn) == []


def test_draft_round_trip(conn):
    data = EnquiryInput(needs=["food"], description="half typed 🥫")
    drafts.save(conn, "enquiry:new", data.to_json())
    restored = EnquiryInput.from_json(drafts.load(conn, "enquiry:new"))
    assert restored == data
    drafts.discard(conn, "enquiry:new")
    assert drafts.load(conn, "enquiry:new") is None
    assert json.loads(data.to_json())["needs"] == ["food"]


def test_consent_wording_in_residents_language(conn, actor):
    p = people.create_person(conn, actor, given_name="Hodan", family_name="Warsame",
                             preferred_language="so")
    enquiries.create_enquiry(conn, actor, EnquiryInput(
        needs=["housing"], person_id=p["id"], consent_record=True, preferred_language="so"))
    event = consent.history(conn, p["id"])[0]
    assert event["language"] == "so" and event["wording"].startswith("Waxaan")
    event_unknown = consent.record_consent(conn, actor, "contact", True, person_id=p["id"],
                                           language="zz")
    assert event_unknown["language"] == "en"
