"""Load benchmark for the council server (loopback only, bounded).

200 hubs each push 500 operations (5 gzip batches of 100, one batch resent to
prove idempotency) and then pull everything, all concurrently, against a live
``accesspoint-server serve`` on 127.0.0.1. PostgreSQL when
ACCESSPOINT_TEST_PG_URL is set (a fresh database is created), else SQLite.

Prints throughput, p50/p99 latency, that every operation arrived exactly once,
and the ratio to a same-run baseline: the handshake endpoint's throughput.

    python bench/server_load.py [--hubs 200] [--ops 500] [--workers 4]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from accesspoint_server import models as m
from accesspoint_server.auth import create_hub, enrol
from accesspoint_server.db import Database
from accesspoint_server.ledger import check
from sync import protocol as p

BATCH = 100
MEMBERS_PER_HUB = 10


def hub_ops(hub_no: int, n_ops: int) -> list[dict[str, Any]]:
    """A day at a hub: enquiries, people, members and ledger transfers."""
    ops: list[dict[str, Any]] = []
    members = [str(uuid.uuid4()) for _ in range(MEMBERS_PER_HUB)]

    def add(kind: str, action: str, payload: dict[str, Any], rid: str | None = None) -> None:
        rid = rid or str(uuid.uuid4())
        ops.append({"op_id": str(uuid.uuid4()), "kind": kind, "record_id": rid,
                    "action": action, "payload": {"id": rid, **payload}})

    for mid in members:
        add("member", "upsert", {"display_name": f"member {hub_no}"}, mid)
    i = 0
    while len(ops) < n_ops:
        i += 1
        slot = i % 10
        if slot < 5:
            add("enquiry", "append", {"channel": "walk_in", "needs": ["food"],
                                      "description": "bench"})
        elif slot < 7:
            add("person", "upsert", {"given_name": "Bench", "family_name": str(i)})
        elif slot < 9:
            add("ledger_transfer", "append", {
                "from_account": f"project:{hub_no}", "to_account": p.member_account(
                    members[i % MEMBERS_PER_HUB]), "minutes": 60, "reverses": None,
                "created_at": "2026-11-25T09:00:00.000Z"})
        else:
            add("ledger_transfer", "append", {
                "from_account": p.member_account(members[i % MEMBERS_PER_HUB]),
                "to_account": "rewards", "minutes": 30, "reverses": None,
                "created_at": "2026-11-25T09:00:00.000Z"})
    return ops[:n_ops]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


async def run_hub(client: httpx.AsyncClient, token: str, ops: list[dict[str, Any]],
                  lat: dict[str, list[float]], statuses: dict[str, int]) -> int:
    headers = {"Authorization": f"Bearer {token}", "Content-Encoding": "gzip",
               "Content-Type": "application/json"}
    bodies = [p.gzip_json({"protocol": 1, "batch_id": str(uuid.uuid4()),
                           "ops": ops[i:i + BATCH]}) for i in range(0, len(ops), BATCH)]
    for body in [*bodies, bodies[0]]:  # the first batch resent, as after a lost answer
        t = time.perf_counter()
        r = await client.post(p.PUSH_PATH, content=body, headers=headers)
        lat["push"].append(time.perf_counter() - t)
        r.raise_for_status()
        for res in r.json()["results"]:
            statuses[res["status"]] = statuses.get(res["status"], 0) + 1
    pulled, cursor = 0, ""
    while True:
        t = time.perf_counter()
        r = await client.get(p.PULL_PATH, params={"since": cursor, "limit": 1000},
                             headers={"Authorization": f"Bearer {token}"})
        lat["pull"].append(time.perf_counter() - t)
        r.raise_for_status()
        body = r.json()
        pulled += len(body["changes"])
        cursor = body["next_cursor"]
        if not body["has_more"]:
            return pulled


async def baseline(url: str, token: str, n: int, concurrency: int) -> tuple[float, list[float]]:
    lat: list[float] = []
    sem = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=120) as client:
        async def one() -> None:
            async with sem:
                t = time.perf_counter()
                r = await client.get(p.HANDSHAKE_PATH,
                                     headers={"Authorization": f"Bearer {token}"})
                lat.append(time.perf_counter() - t)
                r.raise_for_status()
        start = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(n)))
        return n / (time.perf_counter() - start), lat


async def load(url: str, tokens: list[str], ops: list[list[dict[str, Any]]],
               concurrency: int) -> dict[str, Any]:
    lat: dict[str, list[float]] = {"push": [], "pull": []}
    statuses: dict[str, int] = {}
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=600) as client:
        start = time.perf_counter()
        pulled = await asyncio.gather(*(run_hub(client, t, o, lat, statuses)
                                        for t, o in zip(tokens, ops, strict=True)))
        elapsed = time.perf_counter() - start
    return {"elapsed": elapsed, "lat": lat, "statuses": statuses, "pulled": sum(pulled)}


def fresh_database(tmp: Path) -> str:
    pg = os.environ.get("ACCESSPOINT_TEST_PG_URL")
    if not pg:
        return f"sqlite:///{tmp / 'bench.sqlite3'}"
    name = f"bench_{uuid.uuid4().hex[:10]}"
    with create_engine(pg, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return make_url(pg).set(database=name).render_as_string(hide_password=False)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hubs", type=int, default=200)
    ap.add_argument("--ops", type=int, default=500)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--concurrency", type=int, default=200)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="ap-bench-"))
    url = fresh_database(tmp)
    db = Database(url)
    db.migrate()
    backend = "SQLite (ACCESSPOINT_TEST_PG_URL not set)" if db.is_sqlite else "PostgreSQL"
    print(f"backend: {backend}; {args.hubs} hubs x {args.ops} ops; "
          f"{args.workers} server workers; loopback")
    tokens = []
    for i in range(args.hubs):
        _, code = create_hub(db, f"Bench hub {i}")
        tokens.append(enrol(db, code, "bench")["token"])
    ops = [hub_ops(i, args.ops) for i in range(args.hubs)]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = (tmp / "server.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "accesspoint_server.cli", "serve", "--db", url, "--host",
         "127.0.0.1", "--port", str(port), "--workers", str(args.workers)],
        stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{base}/oruk/", timeout=1).raise_for_status()
                break
            except httpx.HTTPError as exc:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit(f"server did not start; see {tmp / 'server.log'}") from exc
                time.sleep(0.2)
        hs_rate, hs_lat = asyncio.run(baseline(base, tokens[0], 1000, args.concurrency))
        res = asyncio.run(load(base, tokens, ops, args.concurrency))
    finally:
        server.terminate()
        server.wait(30)
    total_ops = args.hubs * args.ops
    requests = len(res["lat"]["push"]) + len(res["lat"]["pull"])
    with db.read() as conn:
        op_rows = conn.execute(select(func.count()).select_from(m.ops)).scalar_one()
        rec_rows = conn.execute(select(func.count()).select_from(m.records).where(
            m.records.c.kind.in_(sorted(p.PUSH_KINDS)))).scalar_one()
        transfers = conn.execute(select(func.count()).select_from(m.ledger_transfers)
                                 ).scalar_one()
        ledger = check(conn)
    expected_transfers = sum(1 for hub in ops for o in hub if o["kind"] == "ledger_transfer")
    exactly_once = (op_rows == total_ops and rec_rows == total_ops
                    and transfers == expected_transfers and ledger["ok"])
    rate = total_ops / res["elapsed"]
    req_rate = requests / res["elapsed"]
    print(f"baseline handshake: {hs_rate:,.0f} req/s, p50 {pct(hs_lat, .5):.1f} ms, "
          f"p99 {pct(hs_lat, .99):.1f} ms")
    print(f"load: {total_ops:,} ops in {res['elapsed']:.1f} s = {rate:,.0f} ops/s; "
          f"{requests:,} requests = {req_rate:,.0f} req/s "
          f"(ratio to handshake baseline: {req_rate / hs_rate:.2f})")
    for kind in ("push", "pull"):
        lats = res["lat"][kind]
        print(f"  {kind}: {len(lats):,} requests, p50 {pct(lats, .5):.1f} ms, "
              f"p99 {pct(lats, .99):.1f} ms, mean {statistics.mean(lats) * 1000:.1f} ms")
    print(f"  op results: {res['statuses']} (the resent batches answer as first stored)")
    print(f"  changes pulled: {res['pulled']:,}")
    print(f"exactly once: {'YES' if exactly_once else 'NO'} — "
          f"ops stored {op_rows:,}/{total_ops:,}, records {rec_rows:,}/{total_ops:,}, "
          f"transfers {transfers:,}/{expected_transfers:,}, "
          f"ledger zero-sum {ledger['ok']} (sum {ledger['sum_minutes']})")
    db.dispose()
    if not db.is_sqlite:  # a scratch database per run: drop it
        with create_engine(os.environ["ACCESSPOINT_TEST_PG_URL"],
                           isolation_level="AUTOCOMMIT").connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    return 0 if exactly_once else 1


if __name__ == "__main__":
    sys.exit(main())
