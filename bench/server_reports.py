"""Benchmark: the council server's report endpoints on 100,000 enquiries and 1,000,000
ledger transfers (PostgreSQL).

    python bench/server_reports.py --pg-url postgresql+psycopg://postgres@127.0.0.1:PORT/postgres

Makes (once; kept for next time) a database `bench_reports` with the records as hubs
would have pushed them (rows in `records` and the `changes` feed, written with COPY),
then prints, in the same run:
  baseline   fetch and JSON-parse every report payload: what each request after a
             push cost before (report_data read all payloads per request)
  cold       the first dashboard / open-data request of a fresh server process
             (the in-memory index is built: the same read, once)
  warm       the same request after a push of 100 enquiries and 1,000 transfers (the
             index reads only the changed records; the result cache is stale)
  cached     the same request again (nothing pushed: the result cache answers)
  general/now open data with the index warm, no result cache: the general path (every
             transfer as a dict through accesspoint.reports.aggregate) and the
             server's one pass over the index (report_timebank.py)
  start      a fresh server process: start-up and a health check while the index is
             built in the background (report_warmup.py), a report request meanwhile
             (503 + Retry-After after a short wait), the build, the first request after
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, select, text  # noqa: E402

from accesspoint.reports import open_data as od  # noqa: E402
from accesspoint_server import models as m  # noqa: E402
from accesspoint_server import report_data as rd  # noqa: E402
from accesspoint_server.db import Database  # noqa: E402
from accesspoint_server.report_index import ReportIndex, index_for  # noqa: E402

ENQUIRIES, TRANSFERS, PEOPLE, MEMBERS = 100_000, 1_000_000, 25_000, 2_520
NEEDS = ["benefits", "housing", "debt", "food", "fuel", "mental_health", "employment"]
CHANNELS = ["walk_in", "phone", "email", "outreach"]
OUTCOMES = ["information", "signposted", "referred", "escalated", "no_suitable_service",
            "open"]
TODAY = date.today()


def _database(url: str) -> str:
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if not conn.execute(text("SELECT 1 FROM pg_database WHERE datname = 'bench_reports'")
                            ).first():
            conn.execute(text("CREATE DATABASE bench_reports"))
    admin.dispose()
    return url.rsplit("/", 1)[0] + "/bench_reports"


def _records(rng: random.Random, hubs: list[str], n_enq: int, n_tb: int, start_seq: int):
    """(kind, record_id, hub, payload) rows, as pushed."""
    people = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(PEOPLE)]
    members = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(MEMBERS)]
    acts = [f"act-{i}" for i in range(8)]
    if start_seq == 0:
        for i, pid in enumerate(people):
            yield "person", pid, hubs[i % 2], {"postcode": f"E{i % 17 + 1} {i % 9 + 1}AB",
                                              "given_name": "x"}
        for i, mid in enumerate(members):
            yield "member", mid, hubs[i % 2], {
                "member_type": "adult",
                "joined_on": (TODAY - timedelta(days=i % 365)).isoformat()}
        for i, a in enumerate(acts):
            yield "activity", a, None, {"code": f"code{i}", "name": f"Activity {i}"}
    for _ in range(n_enq):
        day = TODAY - timedelta(days=rng.randrange(365))
        yield "enquiry", str(uuid.uuid4()), rng.choice(hubs), {
            "created_at": f"{day}T10:00:00.000Z", "channel": rng.choice(CHANNELS),
            "outcome": rng.choice(OUTCOMES), "needs": rng.sample(NEEDS, rng.choice([1, 1, 2])),
            "person_id": rng.choice(people), "description": "free text never read"}
    for _ in range(n_tb):
        day = TODAY - timedelta(days=rng.randrange(365))
        mid = rng.choice(members)
        yield "ledger_transfer", str(uuid.uuid4()), rng.choice(hubs), {
            "from_account": "project:x", "to_account": f"member:{mid}", "kind": "earn",
            "minutes": rng.choice([30, 60, 90]), "member_id": mid,
            "activity_id": rng.choice(acts), "activity_date": day.isoformat(),
            "created_at": f"{day}T12:00:00.000Z", "reverses": None}


def _load(db: Database, rows, start_seq: int) -> int:
    """COPY rows into records and the changes feed; returns the last seq."""
    now = f"{TODAY}T00:00:00.000Z"
    seq = start_seq
    with db.write() as conn:
        raw = conn.connection.driver_connection
        with raw.cursor() as cur, \
                cur.copy("COPY records (kind, record_id, hub_id, version, deleted, payload,"
                         " payload_hash, created_at, updated_at) FROM STDIN") as rec_copy:
            feed = []
            for kind, rid, hub, payload in rows:
                seq += 1
                body = json.dumps(payload)
                rec_copy.write_row((kind, rid, hub, 1, False, body, "", now, now))
                feed.append((seq, kind, rid, hub, None, "upsert", 1, body))
        with raw.cursor() as cur, \
                cur.copy("COPY changes (seq, kind, record_id, hub_id, origin_device, action,"
                         " version, payload) FROM STDIN") as ch_copy:
            for row in feed:
                ch_copy.write_row(row)
        conn.execute(m.seq_counter.update().where(m.seq_counter.c.id == 1).values(value=seq))
    return seq


def ensure_data(db: Database) -> list[str]:
    db.migrate()
    with db.read() as conn:
        n = conn.execute(text("SELECT COUNT(*) FROM records WHERE kind = 'ledger_transfer'")
                         ).scalar_one()
        hubs = [r[0] for r in conn.execute(select(m.hubs.c.id).order_by(m.hubs.c.id))]
    if n >= TRANSFERS:
        return hubs
    print(f"loading {ENQUIRIES:,} enquiries and {TRANSFERS:,} transfers (once)...", flush=True)
    started = time.perf_counter()
    with db.write() as conn:
        for table in ("changes", "records", "hubs"):
            conn.execute(text(f"DELETE FROM {table}"))  # nosec B608 - fixed names
        hubs = [str(uuid.uuid4()) for _ in range(2)]
        for i, h in enumerate(hubs):
            conn.execute(m.hubs.insert().values(id=h, name=f"Hub {i + 1}",
                                                created_at=f"{TODAY}T00:00:00Z"))
    _load(db, _records(random.Random(7), hubs, ENQUIRIES, TRANSFERS, 0), 0)
    print(f"  loaded in {time.perf_counter() - started:.0f} s", flush=True)
    return hubs


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _after_start(url: str, start: date, end: date) -> dict[str, float]:
    """A fresh server process's view (a new engine: no index yet): the app started as
    uvicorn starts it (lifespan), then a health check, a report request at once (the
    index is building: 503 after the short wait), the build's own time, and the first
    report request once it is ready."""
    from fastapi.testclient import TestClient

    from accesspoint_server.app import create_app

    fresh = Database(url)
    app = create_app(fresh, migrate=False)
    params = {"from": start.isoformat(), "to": end.isoformat()}
    out: dict[str, float] = {}
    began = time.perf_counter()
    with TestClient(app) as client:
        out["started"] = time.perf_counter() - began
        t = time.perf_counter()
        assert client.get("/oruk/").status_code == 200
        out["health"] = time.perf_counter() - t
        t = time.perf_counter()
        early = client.get("/api/v1/reports/open-data", params=params)
        out["early"] = time.perf_counter() - t
        out["early_status"] = early.status_code
        app.state.report_warmup.done.wait()
        out["warm"] = app.state.report_warmup.seconds or 0.0
        out["ready_after_start"] = time.perf_counter() - began
        t = time.perf_counter()
        first = client.get("/api/v1/reports/open-data", params=params)
        assert first.status_code == 200, first.text
        out["first"] = time.perf_counter() - t
    fresh.dispose()
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg-url", default=os.environ.get("ACCESSPOINT_TEST_PG_URL"))
    args = parser.parse_args()
    if not args.pg_url:
        parser.error("--pg-url (or ACCESSPOINT_TEST_PG_URL) is needed")
    url = _database(args.pg_url)
    db = Database(url)
    hubs = ensure_data(db)
    start, end = TODAY - timedelta(days=364), TODAY
    cache = rd.ReportCache()
    loads: dict[str, float] = {}

    def timed_at(label: str, fn) -> float:
        seconds = timed(fn)
        loads[label] = os.getloadavg()[0]
        return seconds

    def dashboard() -> None:
        with db.read() as conn:
            cache.get(conn, ("dashboard", start, end), lambda: rd.build_dashboard(
                conn, start, end, "week", None, TODAY))

    def open_data() -> None:
        with db.read() as conn:
            cache.get(conn, ("open", start, end), lambda: rd.build_open_data(conn, start, end))

    def open_general() -> None:  # before: every transfer through transfer_rows + aggregate
        s, e = od.whole_weeks(start, end)
        with db.read() as conn:
            tables = od.build(rd.sources(conn, s, e), s, e)
        od.check_publishable(tables)

    def open_fast() -> None:  # after: report_timebank's one pass (no result cache)
        with db.read() as conn:
            rd.build_open_data(conn, start, end)

    def baseline() -> None:  # what every request after a push used to begin with
        with db.read() as conn:
            ReportIndex()._reload(conn, 0)

    base = timed_at("base", baseline)
    cold_dash = timed_at("cold_dash", dashboard)  # builds the index in the request
    cold_open = timed_at("cold_open", open_data)
    general = timed_at("general", open_general)
    fast = timed_at("fast", open_fast)
    with db.read() as conn:
        seq = conn.execute(select(m.seq_counter.c.value)).scalar_one()
    seq = _load(db, _records(random.Random(seq), hubs, 100, 1000, seq), seq)
    push_dash = timed_at("push_dash", dashboard)
    push_open = timed_at("push_open", open_data)
    cached = timed_at("cached", dashboard)
    with db.read() as conn:
        items = index_for(conn).items
        counts = {k: len(v) for k, v in items.items()}
    started = _after_start(url, start, end)
    loads["start"] = os.getloadavg()[0]

    def row(label: str, seconds: float, key: str) -> None:
        print(f"{label:58s}{seconds * 1000:9.1f} ms  x{seconds / base:6.3f} of baseline"
              f"  load {loads[key]:.1f}")

    print(f"\ndata: {counts['enquiry']:,} enquiries, {counts['ledger_transfer']:,} transfers,"
          f" {counts['person']:,} people, {counts['member']:,} members")
    row("baseline  fetch + parse every report payload", base, "base")
    row("cold      dashboard, first request, index built in it", cold_dash, "cold_dash")
    row("cold      open data, first request", cold_open, "cold_open")
    row("open data general path (transfer dicts + aggregate)", general, "general")
    row("open data now (one pass per table group), no cache", fast, "fast")
    print(f"          open data now / general path: x{fast / general:.3f}")
    row("push      dashboard after +100 enq, +1,000 transfers", push_dash, "push_dash")
    row("push      open data after the same push", push_open, "push_open")
    row("cached    dashboard again, nothing pushed", cached, "cached")
    print("after a server start (fresh process view, index built in the background):")
    row("start     app started (lifespan), not waiting for the index", started["started"],
        "start")
    row("start     health check (/oruk/) meanwhile", started["health"], "start")
    row(f"start     report request meanwhile (answered {int(started['early_status'])})",
        started["early"], "start")
    row("start     background index build", started["warm"], "start")
    row("start     first open-data request once ready", started["first"], "start")
    print(f"load      {os.getloadavg()[0]:.1f} (1-min load average on {os.cpu_count()} CPUs,"
          " after the run; per row: at the end of that row)")
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
