"""Opening times from ORUK schedules: weekly, fortnightly, monthly, overnight, validity."""

from __future__ import annotations

from datetime import datetime

from accesspoint.directory.schedules import describe, is_open, openings, parse_time


def rows(*schedules):
    return [o.as_row() for o in openings(list(schedules))]


def test_parse_time():
    assert parse_time("09:30:00") == 570 and parse_time("0930") == 570
    assert parse_time("9am") == 540 and parse_time("2pm") == 840 and parse_time("12am") == 0
    assert parse_time("24:00") == 1440 and parse_time("nonsense") is None


def test_weekly_and_validity():
    r = rows({"freq": "WEEKLY", "byday": "MO,WE", "opens_at": "10:00", "closes_at": "12:00",
              "valid_to": "2026-12-31"})
    assert is_open(r, datetime(2026, 11, 30, 10, 0))  # Monday
    assert not is_open(r, datetime(2026, 11, 30, 12, 0))  # closes at 12:00
    assert not is_open(r, datetime(2026, 12, 1, 11, 0))  # Tuesday
    assert not is_open(r, datetime(2027, 1, 4, 11, 0))  # Monday, after valid_to


def test_monthly_first_and_last():
    first = rows({"freq": "MONTHLY", "byday": "1SA", "opens_at": "10:00", "closes_at": "12:00"})
    assert is_open(first, datetime(2026, 12, 5, 11, 0))
    assert not is_open(first, datetime(2026, 12, 12, 11, 0))
    last = rows({"freq": "MONTHLY", "byday": "-1FR", "opens_at": "10:00", "closes_at": "12:00"})
    assert is_open(last, datetime(2026, 11, 27, 11, 0)) and not is_open(
        last, datetime(2026, 11, 20, 11, 0))
    day = rows({"freq": "MONTHLY", "bymonthday": "15", "opens_at": "09:00", "closes_at": "10:00"})
    assert is_open(day, datetime(2026, 12, 15, 9, 30))


def test_fortnightly_and_overnight():
    fortnight = rows({"freq": "WEEKLY", "interval": 2, "byday": "TU", "dtstart": "2026-11-03",
                      "opens_at": "18:00", "closes_at": "20:00"})
    assert is_open(fortnight, datetime(2026, 11, 17, 19, 0))
    assert not is_open(fortnight, datetime(2026, 11, 24, 19, 0))
    night = rows({"freq": "WEEKLY", "byday": "SU", "opens_at": "22:00", "closes_at": "02:00"})
    assert is_open(night, datetime(2026, 11, 29, 23, 0)) and is_open(
        night, datetime(2026, 11, 30, 1, 0))


def test_describe():
    lines = describe([
        {"freq": "WEEKLY", "byday": "MO,WE", "opens_at": "10:00:00", "closes_at": "12:30:00"},
        {"freq": "MONTHLY", "byday": "1SA", "opens_at": "10:00", "closes_at": "12:00"},
        {"freq": "WEEKLY", "interval": 2, "byday": "TU", "opens_at": "18:00",
         "closes_at": "20:00"},
        {"description": "By appointment"},
    ])
    assert lines == ["Monday, Wednesday: 10:00–12:30", "1st Saturday: 10:00–12:00",
                     "Tuesday (fortnightly): 18:00–20:00", "By appointment"]
