"""'First Monday of the month' in each slip language's own word order (issue 9/3):
Somali, Yoruba and Twi put the ordinal after the day; Portuguese ordinals agree with
the day's gender."""

from __future__ import annotations

import pytest

from accesspoint.directory import schedules, slip_text


def _line(code: str, byday: str) -> str:
    words, used = slip_text.strings(code)
    assert used == code
    (line,) = schedules.describe([{"freq": "MONTHLY", "byday": byday, "opens_at": "10:00",
                                   "closes_at": "12:00"}], tuple(words["days"]), words)
    return line


@pytest.mark.parametrize(("code", "byday", "expected"), [
    ("en", "1MO", "1st Monday of the month: 10:00–12:00"),
    ("en", "-1FR", "last Friday of the month: 10:00–12:00"),
    ("so", "1MO", "Isniinta 1aad ee bisha: 10:00–12:00"),
    ("so", "-1FR", "Jimcaha ugu dambeysa ee bisha: 10:00–12:00"),
    ("yo", "1MO", "Ọjọ́ Ajé àkọ́kọ́ nínú oṣù: 10:00–12:00"),
    ("yo", "3WE", "Ọjọ́rú ìkẹta nínú oṣù: 10:00–12:00"),
    ("tw", "1MO", "Dwoada a ɛdi kan wɔ bosome no mu: 10:00–12:00"),
    ("tw", "-1SU", "Kwasiada a ɛtwa toɔ wɔ bosome no mu: 10:00–12:00"),
    ("pt", "1MO", "1.ª segunda-feira do mês: 10:00–12:00"),
    ("pt", "1SA", "1.º sábado do mês: 10:00–12:00"),
    ("pt", "-1SU", "último domingo do mês: 10:00–12:00"),
    ("es", "2TU", "2.º martes de cada mes: 10:00–12:00"),
    ("fr", "1MO", "1er lundi du mois: 10:00–12:00"),
])
def test_nth_weekday_follows_each_language(code, byday, expected):
    assert _line(code, byday) == expected


def test_ordinal_never_leads_in_somali_yoruba_twi():
    for code in ("so", "yo", "tw"):
        words, _ = slip_text.strings(code)
        for n in ("1", "2", "3", "4", "-1"):
            line = _line(code, f"{n}TH")
            ordinal = words[f"nth_{n}"]
            assert not line.startswith(ordinal) and ordinal in line, (code, line)


def test_english_default_without_a_catalogue_is_unchanged():
    (line,) = schedules.describe([{"freq": "MONTHLY", "byday": "2TH", "opens_at": "09:00",
                                   "closes_at": "10:00"}])
    assert line == "2nd Thursday: 09:00–10:00"
