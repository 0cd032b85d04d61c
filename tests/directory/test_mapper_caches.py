"""The mapper remembers sub-objects a feed repeats (organisations, taxonomy terms,
schedules) and the pull writes a page straight to the tables: neither may change what
is stored, only how fast. These tests break if a cached reader reads a field its key
leaves out, if a cached result hides an error or a warning, or if a pulled page and
an import of the same services leave different rows."""

from __future__ import annotations

import pytest

from accesspoint.db import open_database, transaction
from accesspoint.directory import oruk_map, store
from accesspoint.directory.errors import FeedError
from accesspoint.directory.importer import import_directory
from accesspoint.directory.oruk_map import Mapper
from tests.directory.feeds import page_v3, sid, v3_service, write_json


class _Spy(dict):
    """A sub-object that records which of its fields a reader looks at."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.read: set[str] = set()

    def get(self, key, default=None):
        self.read.add(key)
        return super().get(key, default)

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)


@pytest.mark.parametrize(("reader", "keys"), [
    ("_term", oruk_map.TERM_KEYS), ("_term_v1", oruk_map.TERM_V1_KEYS),
    ("_read_schedule", oruk_map.SCHEDULE_KEYS), ("_language", oruk_map.LANGUAGE_KEYS)])
def test_cached_readers_read_only_their_keys(reader, keys):
    obj = _Spy({k: "x" for k in (*keys, "id", "extra", "link_type")})
    if reader == "_read_schedule":
        obj["interval"] = 2
    getattr(Mapper(), reader)("svc", obj, "f")
    assert obj.read <= set(keys), obj.read - set(keys)


def test_organisation_reads_only_its_keys():
    org = _Spy({k: "x" for k in (*oruk_map.ORG_KEYS, "logo", "uri")})
    Mapper().normalise({"id": "s1", "name": "A service", "organization": org})
    assert org.read <= set(oruk_map.ORG_KEYS)


def test_same_values_of_another_type_are_not_taken_from_the_cache():
    good = v3_service(1, "Weekly", byday="MO", opens="10:00", closes="12:00")
    good["schedules"][0]["interval"] = 1
    m = Mapper()
    assert m.normalise(good)["schedules"][0]["interval"] == 1
    # True == 1 in Python: a cache keyed on values alone would hand back the good one.
    bad = v3_service(2, "Weekly too", byday="MO", opens="10:00", closes="12:00")
    bad["schedules"][0]["interval"] = True
    with pytest.raises(FeedError) as err:
        m.normalise(bad)
    assert err.value.record == sid(2) and err.value.field == "schedules[0].interval"
    # A number where text belongs reads as its digits, not as a cached "5.0" or "5".
    for n, value in ((3, 5), (4, 5.0), (5, "5")):
        svc = v3_service(n, f"Org {n}", org="x")
        svc["organization"]["name"] = value
        assert m.normalise(svc)["organization"]["name"] == str(value)


def test_a_warning_is_given_for_every_record_that_earns_it():
    long_term = "x" * 20_100
    items = [v3_service(i, f"Service {i}") for i in (1, 2)]
    for item in items:
        item["attributes"] = [{"id": "a", "taxonomy_term": {"id": "t", "name": long_term}}]
    m = Mapper()
    records = [m.normalise(item) for item in items]
    assert len(records[1]["taxonomy"][0]["term"]) == 20_000
    assert [w.split(",")[0] for w in m.warnings] == [f"service {sid(1)!r}",
                                                     f"service {sid(2)!r}"]


def test_a_pulled_page_and_an_import_store_the_same_rows(tmp_path):
    services = [
        v3_service(1, "Food bank", terms=["Food"], lat=51.58, lon=-0.02, postcode="E17 4QT",
                   languages=["en", "so"], byday="MO,WE", opens="10:00", closes="12:00",
                   free=True),
        v3_service(2, "Debt advice", terms=["Debt"], min_age=18, free=False),
        v3_service(3, "Refuge", terms=["Confidential address"], confidential=True,
                   postcode="E15 9ZZ"),
        v3_service(4, "Helpline", status="inactive"),
    ]
    imported, pulled = open_database(tmp_path / "i"), open_database(tmp_path / "p")
    import_directory(imported, str(write_json(tmp_path / "f.json", page_v3(services))))
    with transaction(pulled):
        assert store.apply_services(pulled, [(s["id"], s) for s in services]) == {}

    def rows(conn) -> list[tuple]:
        return sorted(tuple(r) for r in conn.execute(
            "SELECT s.id, s.name, s.status, s.is_free, s.min_age, s.has_location,"
            " s.location_kind, s.content_hash, s.data, f.name, f.taxonomy, f.description,"
            " (SELECT group_concat(code) FROM dir_languages WHERE service_rowid = s.num),"
            " (SELECT COUNT(*) FROM dir_openings WHERE service_rowid = s.num),"
            " (SELECT COUNT(*) FROM dir_points WHERE service_rowid = s.num)"
            " FROM dir_services s LEFT JOIN dir_fts f ON f.rowid = s.num"))

    assert rows(imported) == rows(pulled)
    assert "Secret Street" not in str(rows(pulled))  # the refuge's address is never kept
    imported.close()
    pulled.close()


def test_schedules_expanded_once_per_distinct_value_each_answer_its_own():
    from accesspoint.directory.schedules import openings

    weekly = {"freq": "WEEKLY", "byday": "MO,WE", "opens_at": "10:00", "closes_at": "12:00"}
    first = openings([weekly])
    again = openings([dict(weekly)])
    assert first == again and first is not again
    again.clear()  # the caller's list is its own: the next answer is whole
    assert len(openings([weekly])) == 2
    # One value differs, or only its type: another answer.
    assert [o.weekday for o in openings([{**weekly, "byday": "FR"}])] == [4]
    assert [o.interval_weeks for o in openings([{**weekly, "interval": 2}])] == [2, 2]
    assert [type(o.interval_weeks) for o in openings([{**weekly, "interval": 2.0}])] == [
        float, float]
    # A value that cannot be a key is expanded all the same.
    assert len(openings([{**weekly, "valid_to": ["a list"]}])) == 2
