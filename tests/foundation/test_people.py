import pytest

from accesspoint import enquiries, people
from accesspoint.errors import ValidationError


def _p(conn, actor, given, family, **kw):
    return people.create_person(conn, actor, given_name=given, family_name=family, **kw)


def test_search_tolerates_typos_accents_and_order(conn, actor):
    target = _p(conn, actor, "Oluwaseun", "Adeyemi", phone="07700 900123", postcode="e8 1dy")
    _p(conn, actor, "Olivia", "Adams")
    _p(conn, actor, "Seun", "Okafor")
    for query in ("Adeyemi, Oluseun", "oluwaseun adeyemi", "Adeyemy", "adey", "Olúwaṣeun"):
        found = people.search_people(conn, query)
        assert found, query
        assert found[0].person["id"] == target["id"], query


def test_search_by_phone_postcode_and_date_of_birth(conn, actor):
    a = _p(conn, actor, "Ana", "Silva", phone="+44 7700 900456", postcode="E1 6AN",
           date_of_birth="14/02/1980")
    _p(conn, actor, "Ana", "Souza", phone="07700 111222", postcode="E2 7DJ")
    assert people.search_people(conn, "07700900456")[0].person["id"] == a["id"]
    assert people.search_people(conn, "e16an")[0].person["id"] == a["id"]
    assert people.search_people(conn, "ana 14/02/1980")[0].person["id"] == a["id"]
    assert people.search_people(conn, "") == []


def test_duplicate_warning_before_creating(conn, actor):
    _p(conn, actor, "Hodan", "Warsame", date_of_birth="1990-05-01")
    dupes = people.likely_duplicates(conn, given_name="Hodan", family_name="Warsame",
                                     date_of_birth="1990-05-01")
    assert len(dupes) == 1 and "date of birth" in dupes[0].reasons
    assert people.likely_duplicates(conn, given_name="Kwame", family_name="Mensah") == []


def test_a_near_name_with_the_same_phone_is_a_likely_duplicate(conn, actor):
    # The name alone (a spelling variant) is not enough; with the same phone it is.
    known = _p(conn, actor, "Oluwaseun", "Adeyemi", phone="07700 900123")
    assert people.likely_duplicates(conn, given_name="Oluseun", family_name="Adeyemi") == []
    dupes = people.likely_duplicates(conn, given_name="Oluseun", family_name="Adeyemi",
                                     phone="07700900123")
    assert [d.person["id"] for d in dupes] == [known["id"]]
    assert {"name", "phone"} <= set(dupes[0].reasons)


def test_merge_keeps_all_history(conn, actor):
    keep = _p(conn, actor, "Kofi", "Mensah", phone="07700 900777")
    gone = _p(conn, actor, "Kofi", "Mensa", postcode="E9 5EN")
    for pid in (keep["id"], gone["id"]):
        enquiries.create_enquiry(conn, actor, enquiries.EnquiryInput(
            needs=["food"], person_id=pid, consent_record=True))
    merged = people.merge_people(conn, actor, keep["id"], gone["id"])
    assert merged["postcode"] == "E9 5EN"  # filled from the merged record
    rows = conn.execute("SELECT person_id FROM enquiries").fetchall()
    assert {r[0] for r in rows} == {keep["id"]}
    assert people.get_person(conn, gone["id"])["id"] == keep["id"]
    assert [m.person["id"] for m in people.search_people(conn, "Kofi Mensah")] == [keep["id"]]
    with pytest.raises(ValidationError):
        people.merge_people(conn, actor, keep["id"], keep["id"])


@pytest.mark.parametrize(
    "field,value",
    [
        ("date_of_birth", "2999-01-01"),
        ("date_of_birth", "31/02/1990"),
        ("postcode", "NOT A POSTCODE"),
        ("phone", "12"),
        ("given_name", "x" * 101),
    ],
)
def test_bad_person_input_is_refused_with_a_message(conn, actor, field, value):
    fields = {"given_name": "Ok", "family_name": "Person", field: value}
    with pytest.raises(ValidationError) as err:
        people.create_person(conn, actor, **fields)
    assert field in err.value.problems
    assert conn.execute("SELECT COUNT(*) FROM people").fetchone()[0] == 0


def test_update_keeps_version_and_outbox(conn, actor):
    p = _p(conn, actor, "Grace", "Osei")
    after = people.update_person(conn, actor, p["id"], phone="07700 900999")
    assert after["version"] == 2
    ops = conn.execute("SELECT kind, base_version, changed FROM outbox WHERE kind = 'person'"
                       " ORDER BY seq").fetchall()
    assert [tuple(o) for o in ops] == [("person", None, None), ("person", 1, '["phone"]')]
    assert people.search_people(conn, "07700900999")[0].person["id"] == p["id"]


def test_unicode_names_round_trip(conn, actor):
    p = _p(conn, actor, "عائشة", "Adébáyọ̀ 😀")
    assert people.get_person(conn, p["id"])["family_name"] == "Adébáyọ̀ 😀"
    assert people.search_people(conn, "adebayo")[0].person["id"] == p["id"]


def test_edit_distance_and_similarity():
    from accesspoint.textnorm import edit_distance, similarity

    assert edit_distance("oluseun", "oluwaseun") == 2
    assert edit_distance("benifits", "benefits") == 1
    assert edit_distance("ab", "ba") == 1  # transposition
    assert edit_distance("kitten", "sitting", limit=1) == 2  # gave up past the limit
    assert similarity("adeye", "adeyemi") == 1.0
    assert similarity("zzzz", "adeyemi") == 0.0
