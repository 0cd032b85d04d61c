"""Signposting, referrals (consent), follow-ups, unmet needs, problem reports,
hub-local services, the sync entry points and the slip text."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from accesspoint import consent, enquiries, people
from accesspoint.clock import today_local
from accesspoint.db import transaction
from accesspoint.directory import local, referrals, search, slip_text, store
from accesspoint.directory.errors import FeedError
from accesspoint.directory.importer import import_directory
from accesspoint.errors import ValidationError
from tests.directory.feeds import page_v3, sid, v3_service, write_json


@pytest.fixture
def directory(conn, tmp_path):
    feed = page_v3([
        v3_service(1, "Food bank", terms=["Food"], lat=51.58, lon=-0.02, postcode="E17 4QT",
                   byday="MO", opens="10:00", closes="12:00", free=True),
        v3_service(2, "Refuge line", terms=["Domestic abuse"], confidential=True, lat=51.5,
                   lon=0.0, postcode="E15 9ZZ"),
        v3_service(3, "Helpline", terms=["Debt advice"], assured="2020-01-01"),
    ])
    import_directory(conn, str(write_json(tmp_path / "d.json", feed)))
    return conn


def _enquiry(conn, actor, *, share: bool, person: bool = True):
    person_id = None
    if person:
        person_id = people.create_person(conn, actor, given_name="Ana", family_name="Silva",
                                         preferred_language="pt")["id"]
    data = enquiries.EnquiryInput(needs=["food"], person_id=person_id, consent_record=person,
                                  consent_share=share, outcome="open")
    return enquiries.create_enquiry(conn, actor, data)


def _outbox(conn, kind):
    return [json.loads(r[0]) for r in conn.execute(
        "SELECT payload FROM outbox WHERE kind = ? ORDER BY seq", (kind,))]


def test_referral_refused_without_consent(directory, actor):
    enquiry = _enquiry(directory, actor, share=False)
    with pytest.raises(ValidationError) as err:
        referrals.create(directory, actor, enquiry["id"], [sid(1)], "referral")
    assert "consent" in err.value.problems
    assert directory.execute("SELECT COUNT(*) FROM referrals").fetchone()[0] == 0
    # Signposting needs no consent to share: nothing leaves the hub.
    made = referrals.create(directory, actor, enquiry["id"], [sid(1), sid(3)], "signpost")
    assert [m["status"] for m in made] == ["closed", "closed"]
    # Consent given later for the person (not the enquiry) is enough.
    consent.record_consent(directory, actor, "share", True, person_id=enquiry["person_id"])
    assert referrals.can_refer(directory, enquiry["id"])


def test_referral_lifecycle_and_follow_up_queue(directory, actor):
    enquiry = _enquiry(directory, actor, share=True)
    (ref,) = referrals.create(directory, actor, enquiry["id"], [sid(1)], "referral",
                              note="Needs parcel for 3")
    assert ref["status"] == "made" and ref["person_id"] == enquiry["person_id"]
    assert ref["follow_up_date"] == (today_local() + timedelta(days=7)).isoformat()
    assert referrals.follow_up_queue(directory) == []
    later = today_local() + timedelta(days=8)
    assert [r["id"] for r in referrals.follow_up_queue(directory, later)] == [ref["id"]]
    assert referrals.follow_up_queue(directory, later)[0]["reference"] == enquiry["reference"]
    for status in ("sent", "seen", "accepted"):
        ref = referrals.set_status(directory, actor, ref["id"], status)
    with pytest.raises(ValidationError):
        referrals.set_status(directory, actor, ref["id"], "declined")
    ref = referrals.set_status(directory, actor, ref["id"], "closed", note="Parcel collected")
    assert ref["closed_at"] and referrals.follow_up_queue(directory, later) == []
    assert [e["status"] for e in referrals.history(directory, ref["id"])] == [
        "made", "sent", "seen", "accepted", "closed"]
    assert len(_outbox(directory, "referral_event")) == 5
    assert _outbox(directory, "referral")[-1]["status"] == "closed"


def test_no_suitable_service_records_unmet_need(directory, actor):
    enquiry = _enquiry(directory, actor, share=False)
    row = referrals.record_unmet_need(directory, actor, enquiry["id"], ["food"],
                                      {"text": "halal food bank", "near": "E17 4QT"},
                                      "Nothing open on Sundays")
    assert row["person_id"] == enquiry["person_id"]
    (sent,) = _outbox(directory, "unmet_need")
    assert sent["needs"] == ["food"] and "halal" in sent["search"]


def test_report_a_problem(directory, actor):
    report = referrals.report_problem(directory, actor, sid(1), "wrong_phone", "Rings out")
    assert report["service_name"] == "Food bank"
    assert _outbox(directory, "directory_report")[0]["problem"] == "wrong_phone"
    with pytest.raises(ValidationError):
        referrals.report_problem(directory, actor, sid(1), "other", "")


def test_local_service(directory, actor, tmp_path):
    data = local.LocalServiceInput(name="Tea and chat", organization="Riverside volunteers",
                                   description="Company and a cuppa.",
                                   needs=["social_isolation"], phone="020 7946 0321",
                                   address="14 Wharf Lane, London", postcode="E17 4QT",
                                   days=["TU"], opens_at="14:00", closes_at="16:00")
    service = local.save_local_service(directory, actor, data)
    assert service["local"] and service["needs"] == ["social_isolation"]
    row = search.search(directory, "tea and chat").rows[0]
    assert row["local"] and row["id"] == service["id"]
    (proposal,) = _outbox(directory, "local_service")
    assert proposal["service"]["name"] == "Tea and chat" and proposal["service"]["x_local"]
    data.name = "Tea, chat and cake"
    local.save_local_service(directory, actor, data, service_id=service["id"])
    assert store.get_service(directory, service["id"])["version"] == 2
    with pytest.raises(ValidationError) as err:
        local.save_local_service(directory, actor, local.LocalServiceInput(name=""))
    assert {"name", "needs", "phone"} <= set(err.value.problems)
    # A council refresh never retires a local service.
    import_directory(directory, str(write_json(tmp_path / "empty.json", page_v3([]))),
                     origin="local")
    assert not store.get_service(directory, service["id"])["retired"]


def test_sync_entry_points_join_the_callers_transaction(directory):
    with pytest.raises(RuntimeError), transaction(directory):
        store.apply_service(directory, v3_service(50, "Pulled service"))
        store.retire_service(directory, sid(1))
        store.apply_postcode(directory, "E17 4QT", 51.586, -0.018)
        raise RuntimeError("page failed half-way")
    assert store.get_service(directory, sid(50)) is None
    assert not store.get_service(directory, sid(1))["retired"]
    with transaction(directory):
        assert store.apply_service(directory, v3_service(50, "Pulled service")) == "added"
        assert store.retire_service(directory, sid(1))
        store.apply_postcode(directory, "E17 4QT", 51.586, -0.018)
    assert search.search(directory, "pulled").rows[0]["id"] == sid(50)
    assert search.search(directory, "food bank").rows == [] or all(
        r["id"] != sid(1) for r in search.search(directory, "food bank").rows)
    with pytest.raises(FeedError, match="minimum_age"):
        store.apply_service(directory, v3_service(51, "Bad", minimum_age="ten"))


def test_slip_never_shows_confidential_address(directory):
    slip = slip_text.build(directory, [sid(1), sid(2), sid(3)], hub_name="Riverside",
                           reference="ENQ-AAAA-BBBB", referred_ids={sid(1)})
    assert "Food bank" in slip.html and "Monday: 10:00–12:00" in slip.html
    assert "1 High Street" in slip.html
    assert "Secret Street" not in slip.html and "E15 9ZZ" not in slip.html
    assert "not given out for safety" in slip.html
    assert "No building to visit" in slip.html  # the helpline
    assert "last checked over a year ago" in slip.html
    assert "referred you" in slip.html
    large = slip_text.build(directory, [sid(1)], large_print=True)
    assert "18pt" in large.html
    # The resident's language where the wording exists; English (and said so) otherwise.
    assert slip_text.build(directory, [sid(1)], language="pt").language == "pt"
    assert slip_text.build(directory, [sid(1)], language="ar").language == "en"


def test_merge_moves_referrals(directory, actor):
    enquiry = _enquiry(directory, actor, share=True)
    other = people.create_person(directory, actor, given_name="Ana", family_name="Silva")
    referrals.create(directory, actor, enquiry["id"], [sid(1)], "referral")
    people.merge_people(directory, actor, other["id"], enquiry["person_id"])
    assert directory.execute("SELECT person_id FROM referrals").fetchone()[0] == other["id"]


def test_enquiry_outcome_follows_what_was_done(directory, actor):
    enquiry = _enquiry(directory, actor, share=True)
    from accesspoint import enquiries as enq

    referrals.record_unmet_need(directory, actor, enquiry["id"], ["food"])
    assert enq.get_enquiry(directory, enquiry["id"])["outcome"] == "no_suitable_service"
    referrals.create(directory, actor, enquiry["id"], [sid(1)], "signpost")
    assert enq.get_enquiry(directory, enquiry["id"])["outcome"] == "signposted"
    referrals.create(directory, actor, enquiry["id"], [sid(1)], "referral")
    assert enq.get_enquiry(directory, enquiry["id"])["outcome"] == "referred"
    referrals.create(directory, actor, enquiry["id"], [sid(3)], "signpost")
    assert enq.get_enquiry(directory, enquiry["id"])["outcome"] == "referred"
