"""Import from ORUK files and folders: both versions, refresh counts, atomicity."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from accesspoint.directory import search, store
from accesspoint.directory.errors import FeedError
from accesspoint.directory.importer import import_directory
from accesspoint.resources import resource_path
from tests.directory.feeds import page_v1, page_v3, sid, v1_service, v3_service, write_json

ORUK = Path(__file__).resolve().parents[3] / "shared" / "data" / "oruk"


def _names(conn) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM dir_services WHERE retired_at IS NULL")}


def test_shared_examples_import(conn):
    full = import_directory(conn, str(ORUK / "oruk3_service_full.json"))
    assert (full.added, full.version) == (1, "3.0")
    service = store.get_service(conn, "ac148810-d857-441c-9679-408f346de14b")
    assert service["name"] == "Community Counselling"
    assert service["organization"]["name"] == "Example Organization Inc."
    assert service["min_age"] == 12 and service["max_age"] == 100
    assert service["assured_date"] == "2005-01-01" and service["stale"]
    assert full.stale == 1
    # latitude 100 in the official example is not on Earth: dropped with a warning.
    assert any("latitude" in w for w in full.warnings)
    assert service["locations"][0]["lat"] is None
    assert service["locations"][0]["address"][0] == "1-30 Main Street"
    assert "mental_health" in service["needs"]
    hsds = import_directory(conn, str(ORUK / "hsds3_service_full.json"))
    assert hsds.changed == 1
    service = store.get_service(conn, "ac148810-d857-441c-9679-408f346de14b")
    assert service["phones"][0]["number"] == "+44 1234 234567"
    assert "ur" in service["languages"]
    assert search.search(conn, "counselling").rows[0]["name"] == "Community Counselling"


def test_shared_list_page_is_partial_and_retires_nothing(conn, tmp_path):
    import_directory(conn, str(write_json(tmp_path / "a.json", page_v3(
        [v3_service(1, "Keep me")]))), origin="council")
    result = import_directory(conn, str(ORUK / "oruk3_service_list.json"), origin="council")
    assert result.added == 1 and result.removed == 0
    assert any("one page of a feed of 10" in w for w in result.warnings)
    assert "Keep me" in _names(conn)


def test_our_fixtures_and_demo_feed_validate_against_the_oruk_schema():
    schema = json.loads((ORUK / "schema" / "service.json").read_text())
    validator = jsonschema.Draft7Validator(schema, format_checker=None)
    jsonschema.validate(json.loads((ORUK / "oruk3_service_full.json").read_text()), schema)
    demo = json.loads(resource_path("directory", "demo_directory.json").read_text())
    assert demo["total_items"] >= 300
    for item in demo["contents"][:40]:
        errors = [e.message for e in validator.iter_errors(item)
                  if "confidential" not in e.message]
        assert not errors, (item["name"], errors[:3])
    validator.validate(v3_service(1, "Fixture", lat=51.5, lon=-0.01, postcode="E17 4QT",
                                  languages=["pt"], byday="MO", opens="09:00", closes="12:00"))


def test_oruk_1_feed(conn, tmp_path):
    feed = page_v1([
        v1_service(1, "Welfare rights", taxonomy=["Welfare benefits"], language_names=[
            "Portuguese", "Somali"], lat=51.58, lon=-0.02, min_age=18, byday="MO,TU",
            opens="09:00", closes="17:00"),
        v1_service(2, "Toddler group", taxonomy=["Children and families"], min_age=0,
                   max_age=5),
    ])
    result = import_directory(conn, str(write_json(tmp_path / "v1.json", feed)))
    assert (result.added, result.version) == (2, "1.0")
    s = store.get_service(conn, "1")
    assert s["languages"] == ["pt", "so"]
    assert s["needs"] == ["benefits"]
    assert s["min_age"] == 18 and s["locations"][0]["postcode"] == "E17 4QT"
    assert s["schedules"][0]["byday"] == "MO,TU"
    assert s["eligibility"] == "Residents"
    assert [r["id"] for r in search.search(conn, "toddler").rows] == ["2"]


def test_refresh_counts_added_changed_removed(conn, tmp_path):
    first = [v3_service(i, f"Service {i}") for i in range(5)]
    r1 = import_directory(conn, str(write_json(tmp_path / "f.json", page_v3(first))))
    assert (r1.added, r1.changed, r1.removed) == (5, 0, 0)
    second = first[:3] + [v3_service(3, "Service 3 renamed"), v3_service(9, "New one")]
    r2 = import_directory(conn, str(write_json(tmp_path / "f.json", page_v3(second))))
    assert (r2.added, r2.changed, r2.removed, r2.unchanged) == (1, 1, 1, 3)
    assert "Service 4" not in _names(conn) and "Service 3 renamed" in _names(conn)
    assert search.search(conn, "Service 4").rows == [] or all(
        r["name"] != "Service 4" for r in search.search(conn, "Service 4").rows)
    assert store.get_service(conn, sid(4))["retired"]
    # Back again: counted as added, searchable again.
    r3 = import_directory(conn, str(write_json(tmp_path / "f.json", page_v3(first))))
    assert r3.added == 1 and r3.removed == 1


@pytest.mark.parametrize("damage, field", [
    (lambda s: s.update(minimum_age="twelve"), "minimum_age"),
    (lambda s: s.update(schedules="every day"), "schedules"),
    (lambda s: s["service_at_locations"][0]["location"].update(latitude="north"),
     "service_at_locations[0].location.latitude"),
    (lambda s: s.update(name=""), "name"),
    (lambda s: s["attributes"][0].update(taxonomy_term={"id": "x", "name": ["a"]}),
     "attributes[0].taxonomy_term.name"),
])
def test_malformed_record_names_record_and_field_and_changes_nothing(conn, tmp_path, damage,
                                                                      field):
    good = [v3_service(i, f"Good {i}", terms=["Food"], lat=51.5, lon=0.0) for i in range(4)]
    import_directory(conn, str(write_json(tmp_path / "f.json", page_v3(good))))
    before = conn.execute("SELECT id, content_hash FROM dir_services ORDER BY id").fetchall()
    bad = [v3_service(i, f"Changed {i}", terms=["Food"], lat=51.5, lon=0.0) for i in range(4)]
    damage(bad[2])
    with pytest.raises(FeedError) as err:
        import_directory(conn, str(write_json(tmp_path / "f.json", page_v3(bad))))
    message = str(err.value)
    assert field in message and "item 3" in message
    if field != "name":
        assert sid(2) in message
    after = conn.execute("SELECT id, content_hash FROM dir_services ORDER BY id").fetchall()
    assert [tuple(r) for r in before] == [tuple(r) for r in after]
    assert len(search.search(conn, "good").rows) == 4


def test_truncated_file_leaves_directory_intact(conn, tmp_path):
    good = page_v3([v3_service(i, f"Good {i}") for i in range(3)])
    import_directory(conn, str(write_json(tmp_path / "f.json", good)))
    text = json.dumps(page_v3([v3_service(i, f"Other {i}") for i in range(3)]))
    (tmp_path / "f.json").write_text(text[: len(text) // 2])
    with pytest.raises(FeedError, match="not valid JSON at line 1"):
        import_directory(conn, str(tmp_path / "f.json"))
    assert _names(conn) == {"Good 0", "Good 1", "Good 2"}


def test_folder_of_pages_and_missing_page(conn, tmp_path):
    items = [v3_service(i, f"Svc {i}") for i in range(7)]
    folder = tmp_path / "feed"
    folder.mkdir()
    for n in range(3):
        write_json(folder / f"page{n + 1}.json", page_v3(items[n * 3:(n + 1) * 3], n + 1, 3,
                                                         total_items=7))
    assert import_directory(conn, str(folder)).added == 7
    (folder / "page3.json").unlink()
    with pytest.raises(FeedError, match="promised 7 services but only 6"):
        import_directory(conn, str(folder))
    assert len(_names(conn)) == 7


def test_duplicates_last_copy_wins(conn, tmp_path):
    feed = page_v3([v3_service(1, "First copy"), v3_service(2, "Other"),
                    v3_service(1, "Second copy")], total_items=3)
    result = import_directory(conn, str(write_json(tmp_path / "d.json", feed)))
    assert result.added == 2 and result.duplicates == 1
    assert store.get_service(conn, sid(1))["name"] == "Second copy"


def test_huge_fields_and_unicode(conn, tmp_path):
    huge = "Très long texte. " * 200_000  # ~3.4 MB description
    feed = page_v3([
        v3_service(1, "Associação Lusófona — apoio", description=huge, languages=["pt"]),
        v3_service(2, "Xarunta Bulshada Soomaaliyeed 🤝", description="Caawimaad",
                   languages=["som"]),
        v3_service(3, "Ẹgbẹ́ Yorùbá", description="Ìrànlọ́wọ́", languages=["yo"]),
    ])
    result = import_directory(conn, str(write_json(tmp_path / "u.json", feed)))
    assert result.added == 3
    assert any("characters; kept the first" in w for w in result.warnings)
    assert len(store.get_service(conn, sid(1))["description"]) == 20_000
    assert search.search(conn, "associacao").rows[0]["id"] == sid(1)
    assert search.search(conn, "egbe").rows[0]["id"] == sid(3)
    assert store.get_service(conn, sid(2))["languages"] == ["so"]


def test_refresh_from_other_origin_does_not_retire(conn, tmp_path):
    import_directory(conn, str(write_json(tmp_path / "a.json", page_v3([v3_service(1, "A")]))))
    import_directory(conn, str(write_json(tmp_path / "b.json", page_v3([v3_service(2, "B")]))))
    assert _names(conn) == {"A", "B"}


def test_demo_feed_imports_from_resources(conn, tmp_path):
    path = tmp_path / "demo.json"
    shutil.copy(resource_path("directory", "demo_directory.json"), path)
    result = import_directory(conn, str(path))
    assert result.added >= 300
    codes = {r[0] for r in conn.execute("SELECT DISTINCT need_code FROM dir_needs")}
    assert len(codes) >= 20


def test_ctrl_c_during_import_changes_nothing(conn, tmp_path):
    import_directory(conn, str(write_json(tmp_path / "a.json", page_v3(
        [v3_service(i, f"Old {i}") for i in range(3)]))))
    big = page_v3([v3_service(i, f"New {i}") for i in range(1200)])

    def interrupt(done, total, message):
        if message.startswith("read 1000"):
            raise KeyboardInterrupt  # what Ctrl+C raises in the CLI's main thread

    with pytest.raises(KeyboardInterrupt):
        import_directory(conn, str(write_json(tmp_path / "a.json", big)), progress=interrupt)
    assert _names(conn) == {"Old 0", "Old 1", "Old 2"}
    assert not conn.in_transaction
    # The stage was cleaned up: the next import works normally.
    assert import_directory(conn, str(tmp_path / "a.json")).added == 1197
