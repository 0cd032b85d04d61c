"""The council's ORUK directory: storing services with indexed columns, loading
from files or another publisher, postcodes, and feeding both to hubs."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, select

from . import models as m
from .db import Database
from .oruk_convert import day_code, normalise_service
from .records import RecordStore
from .timeutil import now_iso, parse_iso

POSTCODE_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")


def normalise_postcode(text: str) -> str | None:
    compact = re.sub(r"\s+", "", text or "").upper()
    if not POSTCODE_RE.match(compact):
        return None
    return f"{compact[:-3]} {compact[-3:]}"


def _modified(doc: dict[str, Any], fallback: str) -> str:
    try:
        return parse_iso(str(doc.get("last_modified"))).isoformat().replace("+00:00", "Z")
    except ValueError:
        return fallback


def _search_text(doc: dict[str, Any]) -> str:
    parts = [doc.get("name"), doc.get("description"),
             (doc.get("organization") or {}).get("name")]
    parts += [(a.get("taxonomy_term") or {}).get("name") for a in doc.get("attributes", [])]
    return " ".join(str(x) for x in parts if x).lower()[:20000]


def store_service(conn: Connection, store: RecordStore, doc: dict[str, Any], now: str) -> None:
    sid = doc["id"]
    conn.execute(delete(m.services).where(m.services.c.id == sid))
    conn.execute(delete(m.service_terms).where(m.service_terms.c.service_id == sid))
    conn.execute(delete(m.service_schedules).where(m.service_schedules.c.service_id == sid))
    conn.execute(delete(m.service_locations).where(m.service_locations.c.service_id == sid))
    conn.execute(m.services.insert().values(
        id=sid, name=doc["name"][:500], status=doc["status"], search_text=_search_text(doc),
        organization_id=doc.get("organization_id"),
        minimum_age=doc.get("minimum_age") if isinstance(doc.get("minimum_age"), int | float)
        else None,
        maximum_age=doc.get("maximum_age") if isinstance(doc.get("maximum_age"), int | float)
        else None,
        last_modified=_modified(doc, now), document=json.dumps(doc)))
    terms: dict[str, str | None] = {}
    for attr in doc.get("attributes", []):
        term = attr.get("taxonomy_term")
        if isinstance(term, dict) and term.get("id"):
            tid = str(term["id"])
            tax_id = term.get("taxonomy_id") or (term.get("taxonomy_detail") or {}).get("id")
            terms[tid] = tax_id
            _upsert_doc(conn, m.taxonomy_terms, tid, {
                k: v for k, v in term.items() if k != "taxonomy_detail"},
                taxonomy_id=tax_id)
            if isinstance(term.get("taxonomy_detail"), dict) and tax_id:
                _upsert_doc(conn, m.taxonomies, tax_id, term["taxonomy_detail"])
    if terms:
        conn.execute(m.service_terms.insert(), [
            {"service_id": sid, "term_id": t, "taxonomy_id": x} for t, x in terms.items()])
    schedules = []
    for sch in doc.get("schedules", []):
        days = [day_code(d) for d in str(sch.get("byday") or "").split(",") if d.strip()]
        for day in [d for d in days if d] or [None]:
            schedules.append({"service_id": sid, "day": day,
                              "opens_at": _hhmm(sch.get("opens_at")),
                              "closes_at": _hhmm(sch.get("closes_at"))})
    if schedules:
        conn.execute(m.service_schedules.insert(), schedules)
    locations = []
    for sal in doc.get("service_at_locations", []):
        loc = sal.get("location") or {}
        lat, lon = loc.get("latitude"), loc.get("longitude")
        ok = (isinstance(lat, int | float) and isinstance(lon, int | float)
              and -90 <= lat <= 90 and -180 <= lon <= 180)
        postcode = next((normalise_postcode(a.get("postal_code", ""))
                         for a in loc.get("addresses", [])), None)
        locations.append({"id": sal["id"], "service_id": sid,
                          "latitude": lat if ok else None, "longitude": lon if ok else None,
                          "postcode": postcode, "document": json.dumps(sal)})
    if locations:
        # A location id reused by another service moves here: last load wins.
        conn.execute(delete(m.service_locations).where(
            m.service_locations.c.id.in_([loc["id"] for loc in locations])))
        conn.execute(m.service_locations.insert(), locations)
    store.emit("service", sid, None, None, "upsert", 1, doc, version_from_seq=True)


def _hhmm(value: Any) -> str | None:
    text = str(value or "")
    return text[:8] if re.match(r"^\d{2}:\d{2}", text) else None


def _upsert_doc(conn: Connection, table: Any, rid: str, doc: dict[str, Any], **extra: Any) -> None:
    conn.execute(delete(table).where(table.c.id == rid))
    conn.execute(table.insert().values(id=rid, document=json.dumps(doc), **extra))


def save_services(db: Database, docs: Iterable[dict[str, Any]]) -> int:
    """Normalise and store services in one transaction; return how many."""
    now = now_iso()
    count = 0
    with db.write() as conn:
        store = RecordStore(conn, now)
        seen: set[str] = set()
        for raw in docs:
            doc = normalise_service(raw, now=now)
            if doc["id"] in seen:
                continue
            seen.add(doc["id"])
            store_service(conn, store, doc, now)
            count += 1
        store.flush_changes()
    return count


# --- sources -----------------------------------------------------------------

def services_in(data: Any) -> list[dict[str, Any]]:
    """Services in a file: one service, a page envelope (3.0 or 1.0), or an array."""
    if isinstance(data, list):
        return [d for d in data if isinstance(d, dict)]
    if isinstance(data, dict):
        for key in ("contents", "content"):
            if isinstance(data.get(key), list):
                return [d for d in data[key] if isinstance(d, dict)]
        if data.get("id"):
            return [data]
    raise ValueError("no ORUK services found in this document")


def read_source(source: str, *, fetch: Any = None) -> Iterator[dict[str, Any]]:
    if source.startswith(("http://", "https://")):
        yield from read_publisher(source, fetch=fetch)
        return
    path = Path(source)
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    if not files:
        raise ValueError(f"no .json files in {source}")
    for file in files:
        with file.open(encoding="utf-8") as fh:
            yield from services_in(json.load(fh))


def _http_get_json(url: str) -> Any:
    import urllib.request

    req = urllib.request.Request(url, headers={"Accept": "application/json",
                                               "User-Agent": "accesspoint-server"})
    with urllib.request.urlopen(req, timeout=60) as resp:  # noqa: S310 (admin-given URL)
        return json.loads(resp.read(50 * 1024 * 1024))


def read_publisher(base: str, *, fetch: Any = None, per_page: int = 100,
                   max_pages: int = 10_000) -> Iterator[dict[str, Any]]:
    """Page through another publisher's /services, then fetch each full record."""
    get = fetch or _http_get_json
    base = base.rstrip("/")
    page = 1
    while page <= max_pages:
        data = get(f"{base}/services?page={page}&per_page={per_page}")
        items = services_in(data) if data else []
        for item in items:
            full = get(f"{base}/services/{item['id']}")
            yield full if isinstance(full, dict) and full.get("id") else item
        last = data.get("last_page", data.get("last")) if isinstance(data, dict) else True
        total = data.get("total_pages", data.get("totalPages")) if isinstance(data, dict) else 1
        if not items or last is True or (isinstance(total, int) and page >= total):
            break
        page += 1


def load_postcodes(db: Database, path: Path, chunk: int = 5000) -> int:
    """Load an ONS Postcode Directory CSV (pcds, lat, long); publish to hubs."""
    count = 0
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = {"pcds", "lat", "long"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"the CSV lacks column(s): {', '.join(sorted(missing))}")
        batch: list[dict[str, Any]] = []
        for row in reader:
            pc = normalise_postcode(row["pcds"])
            try:
                lat, lon = float(row["lat"]), float(row["long"])
            except ValueError:
                continue
            # ONSPD marks postcodes without a grid reference with lat 99.999999
            if pc is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
                continue
            batch.append({"postcode": pc, "latitude": lat, "longitude": lon})
            if len(batch) >= chunk:
                count += _save_postcodes(db, batch)
                batch = []
        if batch:
            count += _save_postcodes(db, batch)
    return count


def _save_postcodes(db: Database, rows: list[dict[str, Any]]) -> int:
    rows = list({r["postcode"]: r for r in rows}.values())
    keys = [r["postcode"] for r in rows]
    with db.write() as conn:
        conn.execute(delete(m.postcodes).where(m.postcodes.c.postcode.in_(keys)))
        conn.execute(m.postcodes.insert(), rows)
        store = RecordStore(conn, now_iso())
        for r in rows:
            store.emit("postcode", r["postcode"], None, None, "upsert", 1,
                       {"postcode": r["postcode"], "lat": r["latitude"], "long": r["longitude"]},
                       version_from_seq=True)
        store.flush_changes()
    return len(rows)


def postcode_point(conn: Connection, postcode: str) -> tuple[float, float] | None:
    pc = normalise_postcode(postcode)
    if pc is None:
        return None
    row = conn.execute(select(m.postcodes.c.latitude, m.postcodes.c.longitude)
                       .where(m.postcodes.c.postcode == pc)).first()
    return (row[0], row[1]) if row else None
