"""Postcode -> coordinates, offline, for "distance from the resident".

Loaded from a file in the ONS Postcode Directory CSV format (columns `pcds`,
`lat`, `long`; any other column ignored), or pulled from the council server.
A postcode not in the table falls back to its sector, then its district
(outward code), and the answer says so.
"""

from __future__ import annotations

import csv
import io
import math
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from accesspoint.db import transaction
from accesspoint.errors import ValidationError, msg
from accesspoint.textnorm import postcode_key

EARTH_RADIUS_M = 6_371_000
_OUTWARD = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")
_FULL = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9])([A-Z]{2})$")
BATCH = 5000


@dataclass(frozen=True)
class Place:
    lat: float
    lon: float
    postcode: str
    precision: str  # 'postcode', 'sector', 'district'
    approximate: bool
    note: str  # plain words for the volunteer, empty for an exact match


def parts(text: str) -> tuple[str, str, str] | None:
    """(key, outward, sector) for a full postcode; (key, outward, '') for an outward code."""
    key = postcode_key(text)
    m = _FULL.match(key)
    if m:
        return key, m.group(1), f"{m.group(1)} {m.group(2)}"
    if _OUTWARD.match(key):
        return key, key, ""
    return None


def upsert_postcode(conn: sqlite3.Connection, pcds: str, lat: float, lon: float, *,
                    approximate: bool = False, source: str = "onspd") -> bool:
    split = parts(pcds)
    if split is None or not _valid(lat, lon):
        return False
    key, outward, sector = split
    display = f"{key[:-3]} {key[-3:]}" if sector else key
    conn.execute(
        "INSERT INTO postcodes (pc_key, pcds, outward, sector, lat, lon, approximate, source)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(pc_key) DO UPDATE SET lat = excluded.lat,"
        " lon = excluded.lon, approximate = excluded.approximate, source = excluded.source",
        (key, display, outward, sector, float(lat), float(lon), int(approximate), source))
    return True


def _valid(lat: float, lon: float) -> bool:
    # ONSPD marks postcodes without a grid reference as lat 99.999999.
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        return False
    return 49.0 <= lat <= 61.5 and -9.0 <= lon <= 2.5


def load_csv(conn: sqlite3.Connection, path: Path | str, *,
             progress: Callable[[int], None] | None = None,
             approximate: bool = False, source: str = "onspd") -> dict[str, int]:
    """Stream an ONSPD-format CSV into the table in one transaction; returns counts."""
    path = Path(path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return load_rows(conn, fh, progress=progress, approximate=approximate, source=source,
                         name=path.name)


def load_rows(conn: sqlite3.Connection, fh: io.TextIOBase | Iterable[str], *,
              progress: Callable[[int], None] | None = None, approximate: bool = False,
              source: str = "onspd", name: str = "file") -> dict[str, int]:
    reader = csv.DictReader(line for line in fh if not line.startswith("#"))
    fields = {f.strip().lower(): f for f in (reader.fieldnames or [])}
    missing = [c for c in ("pcds", "lat", "long") if c not in fields]
    if missing:
        raise ValidationError({"file": msg(
            "{name} has no column {missing}; an ONS Postcode Directory CSV has pcds, lat and "
            "long.",
            name=name, missing=', '.join(missing))})
    loaded = skipped = 0
    with transaction(conn):
        for n, row in enumerate(reader, 1):
            ok = upsert_postcode(conn, row[fields["pcds"]] or "", row[fields["lat"]],
                                 row[fields["long"]], approximate=approximate, source=source)
            loaded += ok
            skipped += not ok
            if progress and n % BATCH == 0:
                progress(n)
    return {"loaded": loaded, "skipped": skipped}


def locate(conn: sqlite3.Connection, text: str) -> Place | None:
    """Coordinates for a postcode or outward code, falling back to sector then district."""
    split = parts(text)
    if split is None:
        raise ValidationError({"postcode": msg("{text} is not a UK postcode.", text=repr(text))})
    key, outward, sector = split
    row = conn.execute("SELECT * FROM postcodes WHERE pc_key = ?", (key,)).fetchone()
    if row and sector:
        return Place(row["lat"], row["lon"], row["pcds"], "postcode", bool(row["approximate"]),
                     "Approximate position." if row["approximate"] else "")
    display = f"{key[:-3]} {key[-3:]}" if sector else key
    if sector:
        avg = conn.execute("SELECT AVG(lat), AVG(lon), MAX(approximate) FROM postcodes"
                           " WHERE sector = ?", (sector,)).fetchone()
        if avg[0] is not None:
            return Place(avg[0], avg[1], display, "sector", True,
                         f"{display} is not in the postcode table; using the centre of "
                         f"sector {sector}.")
    # District: an exact district centroid row if shipped, else the mean of its postcodes.
    row = conn.execute("SELECT lat, lon FROM postcodes WHERE pc_key = ?", (outward,)
                       ).fetchone()
    if row is None:
        avg = conn.execute("SELECT AVG(lat), AVG(lon) FROM postcodes WHERE outward = ?",
                           (outward,)).fetchone()
        row = avg if avg[0] is not None else None
    if row is None:
        return None
    note = (f"{display} is not in the postcode table; using the approximate centre of "
            f"district {outward}." if sector else
            f"Using the approximate centre of district {outward}.")
    return Place(row[0], row[1], display, "district", True, note)


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))
