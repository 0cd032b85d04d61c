"""Opening times from ORUK schedules (an iCalendar RRULE subset).

Schedules are expanded into windows (weekday, opens, closes) that SQL can
filter on, with the less common monthly rules ("first Monday", "the 15th")
and fortnightly intervals kept as columns checked in Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_BYDAY = re.compile(r"^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$")
_TIME = re.compile(r"^(\d{1,2})(?::?(\d{2}))?(?::\d{2})?(?:\s*([ap]m))?")


@dataclass(frozen=True)
class Opening:
    weekday: int | None
    nth: int
    monthday: int | None
    interval_weeks: int
    dtstart: str | None
    opens_min: int
    closes_min: int
    valid_from: str | None
    valid_to: str | None

    def as_row(self) -> tuple:
        return (self.weekday, self.nth, self.monthday, self.interval_weeks, self.dtstart,
                self.opens_min, self.closes_min, self.valid_from, self.valid_to)


def parse_time(text: str) -> int | None:
    """Minutes after midnight from '09:30', '09:30:00', '0930', '9am'; None if unreadable."""
    m = _TIME.match((text or "").strip().lower())
    if not m:
        return None
    hours, minutes = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3) == "pm" and hours < 12:
        hours += 12
    elif m.group(3) == "am" and hours == 12:
        hours = 0
    if hours == 24 and minutes == 0:
        return 24 * 60
    if hours > 23 or minutes > 59:
        return None
    return hours * 60 + minutes


# What _expand reads of a schedule; the values' types are in the cache key too.
_KEYS = ("opens_at", "closes_at", "freq", "interval", "dtstart", "valid_from", "valid_to",
         "byday", "bymonthday")
_PLAIN = (str, int, type(None))
_EXPANDED: dict[tuple, tuple[Opening, ...]] = {}


def openings(schedules: list[dict[str, Any]]) -> list[Opening]:
    """The opening windows of a service's schedules. A directory repeats a few hundred
    distinct schedules across thousands of services: each is expanded once."""
    out: list[Opening] = []
    for s in schedules:
        values = tuple(map(s.get, _KEYS))
        key = (values, tuple(map(type, values)))
        try:
            hit = _EXPANDED.get(key)
        except TypeError:  # a list or object among the values: expanded each time
            out.extend(_expand(s))
            continue
        if hit is None:
            hit = tuple(_expand(s))
            if all(t in _PLAIN for t in key[1]):
                if len(_EXPANDED) >= 20_000:
                    _EXPANDED.clear()
                _EXPANDED[key] = hit
        out.extend(hit)
    return out


def _expand(s: dict[str, Any]) -> list[Opening]:
    out: list[Opening] = []
    opens = parse_time(s.get("opens_at") or "")
    closes = parse_time(s.get("closes_at") or "")
    if opens is None or closes is None:
        return out  # a description-only schedule is shown but cannot answer "open now"
    freq = (s.get("freq") or "WEEKLY").upper()
    interval = s.get("interval") or 1
    common = {"dtstart": s.get("dtstart") or None,
              "valid_from": s.get("valid_from") or None,
              "valid_to": s.get("valid_to") or None}
    days: list[tuple[int, int]] = []
    for part in (s.get("byday") or "").replace(" ", "").split(","):
        m = _BYDAY.match(part)
        if m:
            days.append((DAYS.index(m.group(2)), int(m.group(1) or 0)))
    if freq == "DAILY" and not days:
        days = [(d, 0) for d in range(7)]
    monthdays = [int(x) for x in re.findall(r"-?\d+", s.get("bymonthday") or "")]
    windows = _windows(opens, closes)
    if days:
        for weekday, nth in days:
            for day_shift, lo, hi in windows:
                out.append(Opening(
                    (weekday + day_shift) % 7, nth if freq == "MONTHLY" else 0, None,
                    interval if freq == "WEEKLY" else 1, common["dtstart"], lo, hi,
                    common["valid_from"], common["valid_to"]))
    elif freq == "MONTHLY" and monthdays:
        for md in monthdays:
            for _shift, lo, hi in windows[:1]:
                out.append(Opening(None, 0, md, 1, common["dtstart"], lo, hi,
                                   common["valid_from"], common["valid_to"]))
    return out


def _windows(opens: int, closes: int) -> list[tuple[int, int, int]]:
    """(day shift, from, to); a window past midnight is split across two days."""
    if closes > opens:
        return [(0, opens, closes)]
    if closes == opens:
        return [(0, 0, 24 * 60)] if opens == 0 else []
    return [(0, opens, 24 * 60), (1, 0, closes)]


def is_open(rows: list[tuple], moment: datetime) -> bool:
    """rows as stored: (weekday, nth, monthday, interval, dtstart, opens, closes, from, to)."""
    day = moment.date()
    minute = moment.hour * 60 + moment.minute
    return any(_matches(r, day, minute) for r in rows)


def _matches(row: tuple, day: date, minute: int) -> bool:
    weekday, nth, monthday, interval, dtstart, opens, closes, valid_from, valid_to = row
    if not opens <= minute < closes:
        return False
    iso = day.isoformat()
    if valid_from and iso < valid_from[:10]:
        return False
    if valid_to and iso > valid_to[:10]:
        return False
    if monthday is not None:
        return day.day == monthday
    if weekday != day.weekday():
        return False
    if nth > 0 and (day.day - 1) // 7 + 1 != nth:
        return False
    if nth < 0 and (day + timedelta(days=7)).month == day.month:
        return False
    if interval and interval > 1 and dtstart:
        try:
            start = date.fromisoformat(dtstart[:10])
        except ValueError:
            return True
        weeks = (day - (start - timedelta(days=start.weekday()))).days // 7
        return weeks % interval == 0
    return True


def describe(schedules: list[dict[str, Any]], day_names: tuple[str, ...] = DAY_NAMES,
             words: dict[str, Any] | None = None) -> list[str]:
    """Human lines such as 'Monday, Wednesday: 09:30–13:00'. `words` localises the slip."""
    words = words or {}
    lines = []
    for s in schedules:
        opens = parse_time(s.get("opens_at") or "")
        closes = parse_time(s.get("closes_at") or "")
        names = []
        for part in (s.get("byday") or "").replace(" ", "").split(","):
            m = _BYDAY.match(part)
            if m:
                index = DAYS.index(m.group(2))
                name = day_names[index]
                n = int(m.group(1) or 0)
                if n and (s.get("freq") or "").upper() == "MONTHLY":
                    name = _nth_weekday(n, index, name, words)
                names.append(name)
        if not names and (s.get("freq") or "").upper() == "DAILY":
            names = [words.get("every_day", "Every day")]
        if not names and s.get("bymonthday") and (s.get("freq") or "").upper() == "MONTHLY":
            names = [words.get("day_of_month", "Day {day} of the month").format(
                day=s["bymonthday"])]
        if (s.get("interval") or 1) == 2 and (s.get("freq") or "").upper() == "WEEKLY":
            names = [f"{n} ({words.get('fortnightly', 'fortnightly')})" for n in names]
        text = ", ".join(names)
        if opens is not None and closes is not None:
            span = f"{_hhmm(opens)}–{_hhmm(closes)}"
            text = f"{text}: {span}" if text else span
        if s.get("description") and not text:
            text = s["description"]
        if text:
            lines.append(text)
    return lines


def _nth_weekday(n: int, index: int, day: str, words: dict[str, Any]) -> str:
    """"1st Monday" in the language's own order and agreement: Somali puts the ordinal
    after the (definite) day, "Isniinta 1aad ee bisha"; Yoruba and Twi after it too;
    Portuguese ordinals agree with the day's gender, so an entry may list seven."""
    ordinal: Any = words.get(f"nth_{n}", {1: "1st", 2: "2nd", 3: "3rd", 4: "4th",
                                          -1: "last"}.get(n, f"{n}th"))
    if isinstance(ordinal, list):
        ordinal = ordinal[index]
    day = (words.get("days_nth") or [])[index:index + 1] or [day]
    return str(words.get("nth_weekday", "{nth} {day}")).format(nth=ordinal, day=day[0])


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
