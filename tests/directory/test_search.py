"""Offline search: ranking, prefixes, typos, synonyms, filters, distance."""

from __future__ import annotations

import random
from datetime import datetime

import pytest

from accesspoint.directory import postcodes, search
from accesspoint.directory.importer import import_directory
from accesspoint.directory.search import Filters
from accesspoint.errors import ValidationError
from tests.directory.feeds import page_v3, sid, v3_service, write_json


@pytest.fixture
def small(conn, tmp_path):
    services = [
        v3_service("fb", "Riverside Food Bank", description="Emergency food parcels.",
                   terms=["Food"], lat=51.586, lon=-0.018, postcode="E17 4QT", free=True,
                   byday="MO,WE", opens="10:00", closes="13:00", languages=["en", "pt"]),
        v3_service("pantry", "Community Pantry", description="Low-cost groceries; food "
                   "parcels not available.", terms=["Food"], lat=51.541, lon=0.001,
                   postcode="E15 1NG", free=False, byday="SA", opens="10:00", closes="12:00"),
        v3_service("ben", "Benefits Advice Drop-in", description="Welfare benefits help.",
                   terms=["Welfare benefits"], lat=51.517, lon=-0.059, postcode="E1 1JL",
                   free=True, languages=["so"], min_age=18, byday="TU,TH", opens="09:00",
                   closes="17:00"),
        v3_service("rent", "Housing Costs Help", description="Help with housing costs.",
                   terms=["Housing"], free=True, min_age=18),
        v3_service("desc", "Money Matters", description="We also run a food bank referral "
                   "scheme.", terms=["Debt advice"]),
        v3_service("phone", "Telephone Befriending", description="Weekly friendly call.",
                   terms=["Social isolation"], languages=["pt"], min_age=60),
        v3_service("refuge", "Safe Harbour Refuge", description="Safe accommodation.",
                   terms=["Domestic abuse"], confidential=True, lat=51.58, lon=-0.02,
                   postcode="E17 9ZZ"),
        v3_service("kids", "Stay and Play", description="Under fives.", terms=["Children"],
                   lat=51.57, lon=-0.01, min_age=0, max_age=5, byday="FR", opens="22:00",
                   closes="02:00"),
    ]
    import_directory(conn, str(write_json(tmp_path / "s.json", page_v3(services))))
    return conn


def ids(result) -> list[str]:
    return [r["id"] for r in result.rows]


def test_name_ranks_above_taxonomy_above_description(small):
    found = ids(search.search(small, "food bank"))
    assert found[0] == sid("fb")
    assert found.index(sid("pantry")) < found.index(sid("desc"))


def test_prefix_as_you_type(small):
    for typed in ("R", "Ri", "Riv", "River", "Riverside F"):
        assert ids(search.search(small, typed))[0] == sid("fb"), typed


def test_typo_tolerance(small):
    result = search.search(small, "benifits")
    assert ids(result)[0] == sid("ben")
    assert result.corrections == {"benifits": "benefits"}
    assert ids(search.search(small, "befreinding"))[0] == sid("phone")


def test_synonyms(small):
    assert sid("fb") in ids(search.search(small, "food parcel"))
    assert ids(search.search(small, "rent", as_you_type=False))[0] == sid("rent")
    assert sid("rent") in ids(search.search(small, "housing costs"))


def test_filters(small):
    assert set(ids(search.search(small, "", Filters(language="pt")))) == {sid("fb"),
                                                                         sid("phone")}
    assert sid("kids") in ids(search.search(small, "", Filters(age=3)))
    assert sid("ben") not in ids(search.search(small, "", Filters(age=3)))
    free = set(ids(search.search(small, "", Filters(free=True))))
    assert sid("fb") in free and sid("pantry") not in free
    assert ids(search.search(small, "", Filters(need="food")))[0] in (sid("fb"), sid("pantry"))
    assert set(ids(search.search(small, "", Filters(need="Welfare")))) == {sid("ben")}


def test_open_at_day_and_time(small):
    monday_11 = datetime(2026, 11, 30, 11, 0)
    assert set(ids(search.search(small, "", Filters(open_at=monday_11)))) == {sid("fb")}
    saturday_11 = datetime(2026, 11, 28, 11, 0)
    assert set(ids(search.search(small, "", Filters(open_at=saturday_11)))) == {sid("pantry")}
    # Friday 22:00-02:00 runs past midnight into Saturday.
    saturday_1am = datetime(2026, 11, 28, 1, 0)
    assert set(ids(search.search(small, "", Filters(open_at=saturday_1am)))) == {sid("kids")}
    assert ids(search.search(small, "", Filters(open_at=datetime(2026, 11, 30, 18, 0)))) == []


def _postcode_csv(path, rng: random.Random):
    # A small ONSPD-shaped file: extra columns, a postcode with no grid reference.
    lines = ["pcd,pcd2,pcds,dointr,doterm,lat,long,oscty"]
    for n in range(200):
        lat = 51.55 + rng.uniform(-0.05, 0.05)
        lon = -0.02 + rng.uniform(-0.05, 0.05)
        lines.append(f"E17{n % 9}AB,E17 {n % 9}AB,E17 {n % 9}{chr(65 + n % 26)}"
                     f"{chr(65 + n // 26)},199801,,{lat:.6f},{lon:.6f},E99999999")
    lines.append("E174QT,E17 4QT,E17 4QT,199801,,51.586000,-0.018000,E99999999")
    lines.append("E15 1NG,E15 1NG,E15 1NG,199801,,51.541000,0.001000,E99999999")
    lines.append("ZZ99 9ZZ,,ZZ99 9ZZ,199801,,99.999999,0.000000,")
    path.write_text("\n".join(lines) + "\n")
    return path


def test_distance_from_generated_postcodes(small, tmp_path):
    counts = postcodes.load_csv(small, _postcode_csv(tmp_path / "onspd.csv", random.Random(1)))
    assert counts["skipped"] == 1 and counts["loaded"] >= 150
    result = search.search(small, "", Filters(near="e17 4qt", sort="distance"))
    assert result.notes == []
    rows = result.rows
    assert rows[0]["id"] == sid("fb") and rows[0]["distance_m"] < 5
    dist = {r["id"]: r["distance_m"] for r in rows}
    assert 5100 < dist[sid("pantry")] < 5250  # haversine: 5.0 km north-south, 1.3 km east
    # Services without a place are shown, with no distance, after the placed ones.
    assert dist[sid("phone")] is None and dist[sid("refuge")] is None
    assert [r["location"] for r in rows if r["id"] == sid("refuge")] == ["confidential"]
    near = ids(search.search(small, "", Filters(near="E17 4QT", within_m=2000)))
    assert sid("fb") in near and sid("pantry") not in near and sid("phone") not in near


def test_outward_code_fallback_says_so(small, tmp_path):
    postcodes.load_csv(small, _postcode_csv(tmp_path / "onspd.csv", random.Random(1)))
    result = search.search(small, "food", Filters(near="E15 9XX"))
    assert "district E15" in result.notes[0]
    assert result.place.precision == "district"
    sector = search.search(small, "food", Filters(near="E17 4ZZ"))
    assert "sector E17 4" in sector.notes[0]
    unknown = search.search(small, "food", Filters(near="SW1A 1AA"))
    assert "cannot be shown" in unknown.notes[0]
    assert all(r["distance_m"] is None for r in unknown.rows)
    with pytest.raises(ValidationError):
        search.search(small, "food", Filters(near="not a postcode"))


def test_confidential_address_never_stored(small):
    raw = small.execute("SELECT data FROM dir_services WHERE id = ?", (sid("refuge"),)
                        ).fetchone()[0]
    assert "Secret Street" not in raw and "E17 9ZZ" not in raw and "51.58" not in raw
    assert small.execute("SELECT COUNT(*) FROM dir_points p JOIN dir_services s ON"
                         " s.num = p.service_rowid WHERE s.id = ?", (sid("refuge"),)
                         ).fetchone()[0] == 0


def test_inactive_services_are_not_found(conn, tmp_path):
    feed = page_v3([v3_service(1, "Closed club", status="defunct"), v3_service(2, "Open club")])
    import_directory(conn, str(write_json(tmp_path / "x.json", feed)))
    assert ids(search.search(conn, "club")) == [sid(2)]
    assert ids(search.search(conn, "")) == [sid(2)]


def test_fts_syntax_in_query_is_harmless(small):
    for text in ('"', "food AND", "NEAR(", "*", "a:b", "-food", "food OR"):
        search.search(small, text)


def test_demo_directory_search(demo_conn):
    result = search.search(demo_conn, "", Filters(need="food", near="E17 4PP",
                                                  sort="distance"))
    assert "district E17" in result.notes[0]
    assert result.rows[0]["distance_m"] < 1500
    assert len(search.search(demo_conn, "esol", Filters(language="pt")).rows) >= 1
