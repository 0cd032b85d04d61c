"""Offline directory search: FTS5 ranked name > taxonomy > description, prefix as
you type, typo correction against the index's own vocabulary, synonyms for
everyday words, and filters (need, language, age, free, open at, distance).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from accesspoint.directory import postcodes, store
from accesspoint.directory.query import QueryBuilder, words
from accesspoint.taxonomy import need_codes, needs
from accesspoint.textnorm import fold

WEIGHTS = (10.0, 4.0, 1.0)  # bm25 weights: name, taxonomy, description
# bm25 is computed for every matching row before sorting, so "a" over 50,000
# services costs ~50 ms. Beyond RANK_CAP matches the query is too broad to rank
# usefully anyway: rank only the services whose name matches; beyond NAME_CAP name
# matches (a letter or two typed), take name matches unranked (see _narrow).
RANK_CAP = 1000
NAME_CAP = 2000
_BM25 = f"bm25(dir_fts, {WEIGHTS[0]}, {WEIGHTS[1]}, {WEIGHTS[2]})"
_COLS = ("s.num, s.id, s.name, s.org_name, s.is_free, s.assured_date, s.has_location,"
         " s.location_kind, s.local, s.min_age, s.max_age")


@dataclass
class Filters:
    need: str | None = None  # a need code or any taxonomy word
    language: str | None = None  # ISO 639 code
    age: int | None = None
    free: bool = False
    open_at: datetime | None = None  # local time; "open now" passes datetime.now()
    near: str | None = None  # a postcode or outward code
    within_m: float | None = None
    sort: str = "rank"  # 'rank' or 'distance'

    def any_sql(self) -> bool:
        return bool(self.need or self.language or self.age is not None or self.free
                    or self.open_at or self.within_m)


@dataclass
class SearchResult:
    rows: list[dict[str, Any]]
    more: bool = False
    corrections: dict[str, str] = field(default_factory=dict)
    place: postcodes.Place | None = None
    notes: list[str] = field(default_factory=list)
    broad: bool = False  # so many matches that only name matches were ranked


_builders: dict[int, QueryBuilder] = {}


def builder(conn: sqlite3.Connection) -> QueryBuilder:
    """One vocabulary cache per connection, rebuilt when the directory changes."""
    b = _builders.get(id(conn))
    gen = store.generation(conn)
    if b is None or b.generation != gen or b.conn is not conn:
        if len(_builders) > 8:
            _builders.clear()  # connections come and go (tests, imports): keep few
        b = QueryBuilder(conn, gen)
        _builders[id(conn)] = b
    return b


def search(conn: sqlite3.Connection, text: str, filters: Filters | None = None, *,
           limit: int = 50, as_you_type: bool = True) -> SearchResult:
    flt = filters or Filters()
    result = SearchResult(rows=[])
    where: list[str] = ["s.retired_at IS NULL", "s.status NOT IN ('inactive', 'defunct')"]
    args: list[Any] = []
    match = None
    tokens: list[str] = []
    estimates: tuple[int, int] | None = None
    if text.strip():
        built = builder(conn).build(text, prefix_last=as_you_type)
        match, result.corrections, tokens = built.match, built.corrections, built.tokens
        estimates = (built.estimate, built.estimate_name)
        if match is None:
            return result
    need_match = _need_filter(flt.need, where, args)
    if need_match:
        match = f"({match}) AND {need_match}" if match else need_match
    _sql_filters(conn, flt, where, args, result)
    if flt.near:
        result.place = postcodes.locate(conn, flt.near)
        if result.place is None:
            result.notes.append(f"No position known for {flt.near} or its district; "
                                "distances cannot be shown. Load the postcode file.")
        elif result.place.note:
            result.notes.append(result.place.note)
        if result.place and flt.within_m:
            _bounding_box(result.place, flt.within_m, where, args)
    ranked = True
    if match and estimates is not None:
        match, ranked, result.broad = _narrow(match, *estimates)
    score = _BM25 if ranked else "0"
    order = "ORDER BY score" if ranked else ""
    fetch = limit * 2 + 1 if tokens else limit + 1  # headroom for the name re-rank
    by_distance = bool(flt.near and result.place and flt.sort == "distance")
    if by_distance:
        fetch = 100_000  # distance order needs every candidate; the rank is a tie-breaker
    if match and not (flt.any_sql() or need_match or by_distance or flt.within_m):
        # Fast path for typing: rank inside FTS first, then join only the top rows.
        sql = (f"SELECT {_COLS}, h.score FROM (SELECT rowid, {score} AS score FROM dir_fts"
               f" WHERE dir_fts MATCH ? {order} LIMIT ?) h"
               f" JOIN dir_services s ON s.num = h.rowid WHERE {' AND '.join(where)}"
               f" ORDER BY h.score")
        rows = conn.execute(sql, [match, fetch, *args]).fetchall()
    elif match:
        sql = (f"SELECT {_COLS}, {score} AS score FROM dir_fts JOIN dir_services s"
               f" ON s.num = dir_fts.rowid WHERE dir_fts MATCH ? AND {' AND '.join(where)}"
               f" {order} LIMIT ?")
        rows = conn.execute(sql, [match, *args, fetch]).fetchall()
    else:
        sql = (f"SELECT {_COLS}, 0 AS score FROM dir_services s WHERE {' AND '.join(where)}"
               f" ORDER BY s.name LIMIT ?")  # walks the name index
        rows = conn.execute(sql, [*args, fetch]).fetchall()
    out = [_row(r) for r in rows]
    if tokens:
        _rerank(out, tokens)
    if flt.near and result.place:
        _add_distances(conn, out, result.place)
        if flt.within_m:
            out = [r for r in out if r["distance_m"] is not None
                   and r["distance_m"] <= flt.within_m]
        if by_distance:
            out.sort(key=lambda r: (r["distance_m"] is None, r["distance_m"] or 0))
    elif flt.near:
        for r in out:
            r["distance_m"] = None
    result.more = len(out) > limit
    result.rows = out[:limit]
    return result


def _row(r: sqlite3.Row) -> dict[str, Any]:
    return {
        "num": r["num"], "id": r["id"], "name": r["name"], "organization": r["org_name"],
        "is_free": None if r["is_free"] is None else bool(r["is_free"]),
        "assured_date": r["assured_date"], "stale": store.is_stale(r["assured_date"]),
        "location": r["location_kind"], "local": bool(r["local"]),
        "min_age": r["min_age"], "max_age": r["max_age"], "score": r["score"],
    }


def _narrow(match: str, estimate: int, estimate_name: int) -> tuple[str, bool, bool]:
    """(match, ranked, broad). Only very short or very common words are narrowed
    ("a", "co", "help" over tens of thousands of services). The estimates come from
    the index's document counts (QueryBuilder), so deciding costs no query."""
    if estimate <= RANK_CAP:
        return match, True, False
    if estimate_name == 0:
        return match, False, True  # words only in descriptions: unranked, name re-rank
    return f"{{name}} : ({match})", estimate_name <= NAME_CAP, True


def _rerank(rows: list[dict[str, Any]], tokens: list[str]) -> None:
    """Prefer services whose own name holds the words typed, first word first.

    bm25 alone lets a long taxonomy with many synonym hits outrank a service called
    exactly what was asked for ("food bank" should put the food bank first).
    """
    for r in rows:
        name = words(r["name"])
        hits = sum(1 for t in tokens if any(w.startswith(t) for w in name))
        lead = 1 if name and name[0].startswith(tokens[0]) else 0
        r["score"] = r["score"] - 4.0 * hits - 8.0 * lead
    rows.sort(key=lambda r: r["score"])


def _need_filter(need: str | None, where: list[str], args: list[Any]) -> str | None:
    """A need code filters on the mapped needs; any other word on taxonomy text."""
    if not need:
        return None
    key = fold(need).strip()
    codes = [key] if key in need_codes() else [
        n.code for n in needs() if key and (key in fold(n.label) or key == fold(n.esd)
                                            or key in (fold(k) for k in n.keywords))]
    if codes:
        # IN (subquery), not EXISTS: SQLite builds the set once instead of probing
        # dir_needs for every service it walks in name order.
        where.append(f"s.num IN (SELECT service_rowid FROM dir_needs WHERE"
                     f" need_code IN ({', '.join('?' * len(codes))}))")
        args.extend(codes)
        return None
    words = [w for w in key.split() if w]
    return "taxonomy : (" + " ".join(f'"{w}"*' for w in words) + ")" if words else None


def _sql_filters(conn: sqlite3.Connection, flt: Filters, where: list[str], args: list[Any],
                 result: SearchResult) -> None:
    if flt.language:
        code = flt.language.strip().lower()
        extra = " OR NOT EXISTS (SELECT 1 FROM dir_languages l2 WHERE" \
                " l2.service_rowid = s.num)" if code == "en" else ""
        where.append(f"(EXISTS (SELECT 1 FROM dir_languages l WHERE l.code = ? AND"
                     f" l.service_rowid = s.num){extra})")
        args.append(code)
    if flt.age is not None:
        where.append("(s.min_age IS NULL OR s.min_age <= ?) AND"
                     " (s.max_age IS NULL OR s.max_age >= ?)")
        args.extend([flt.age, flt.age])
    if flt.free:
        where.append("s.is_free = 1")
    if flt.open_at:
        _open_filter(flt.open_at, where, args)


def _open_filter(moment: datetime, where: list[str], args: list[Any]) -> None:
    day = moment.date()
    minute = moment.hour * 60 + moment.minute
    nth = (day.day - 1) // 7 + 1
    is_last = (day + timedelta(days=7)).month != day.month
    where.append(
        "EXISTS (SELECT 1 FROM dir_openings o WHERE o.service_rowid = s.num"
        " AND o.opens_min <= ? AND o.closes_min > ?"
        " AND (o.valid_from IS NULL OR o.valid_from <= ?)"
        " AND (o.valid_to IS NULL OR o.valid_to >= ?)"
        " AND ((o.monthday IS NOT NULL AND o.monthday = ?) OR (o.weekday = ?"
        "  AND (o.nth = 0 OR o.nth = ? OR (o.nth = -1 AND ?))"
        "  AND (o.interval_weeks <= 1 OR o.dtstart IS NULL OR CAST((julianday(?) -"
        "   julianday(date(o.dtstart, '-6 days', 'weekday 1'))) / 7 AS INTEGER)"
        "   % o.interval_weeks = 0))))")
    iso = day.isoformat()
    args.extend([minute, minute, iso, iso, day.day, day.weekday(), nth, int(is_last), iso])


def _bounding_box(place: postcodes.Place, radius: float, where: list[str],
                  args: list[Any]) -> None:
    import math

    dlat = radius / 111_320
    dlon = radius / (111_320 * max(0.1, math.cos(math.radians(place.lat))))
    where.append("EXISTS (SELECT 1 FROM dir_points p WHERE p.service_rowid = s.num AND"
                 " p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?)")
    args.extend([place.lat - dlat, place.lat + dlat, place.lon - dlon, place.lon + dlon])


def _add_distances(conn: sqlite3.Connection, rows: list[dict[str, Any]],
                   place: postcodes.Place) -> None:
    nums = [r["num"] for r in rows if r["location"] == "place"]
    best: dict[int, float] = {}
    for chunk in range(0, len(nums), 900):
        part = nums[chunk:chunk + 900]
        for num, lat, lon in conn.execute(
                f"SELECT service_rowid, lat, lon FROM dir_points WHERE service_rowid IN"
                f" ({', '.join('?' * len(part))})", part):
            d = postcodes.distance_m(place.lat, place.lon, lat, lon)
            if num not in best or d < best[num]:
                best[num] = d
    for r in rows:
        d = best.get(r["num"])
        r["distance_m"] = None if d is None else round(d)
