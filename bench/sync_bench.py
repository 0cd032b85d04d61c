"""Sync benchmark over loopback against the real council server (SQLite, or --server-db).

1. Push 10,000 operations (frozen gzip batches of 500, results stored per op).
2. Pull 50,000 directory changes (services applied to the local directory).
3. A sync with nothing to do (handshake, empty push, empty pull, reconcile).

Each figure is printed with its ratio to a same-run baseline: the same bytes
sent (push) or fetched (pull) in ONE plain HTTP request to a sink route on the
same uvicorn server, so the ratio is the cost of the protocol, the server's
work and the local database, not of the network. Goal: ratio <= 3, no-change
sync <= 300 ms.

    python bench/sync_bench.py [--ops 10000] [--changes 50000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("ACCESSPOINT_ALLOW_PLAINTEXT", "1")  # benchmark data only
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring  # noqa: E402
import requests  # noqa: E402
import uvicorn  # noqa: E402
from fastapi import Request, Response  # noqa: E402

from accesspoint import hubs, outbox  # noqa: E402
from accesspoint.db import open_database, transaction  # noqa: E402
from accesspoint.ids import new_id  # noqa: E402
from accesspoint_server import admin_ops  # noqa: E402
from accesspoint_server.app import create_app  # noqa: E402
from accesspoint_server.auth import RateLimiter, create_hub  # noqa: E402
from accesspoint_server.db import Database  # noqa: E402
from sync import credentials  # noqa: E402
from sync.engine import SyncEngine  # noqa: E402
from sync.enrol import enrol  # noqa: E402
from sync.pull import pull_all  # noqa: E402
from sync.push import push_all  # noqa: E402
from tests.memory_keyring import MemoryKeyring  # noqa: E402


def _keyring() -> str:
    try:
        credentials._check_backend()
        return credentials.backend_name()
    except credentials.KeyringUnavailableError:
        keyring.set_keyring(MemoryKeyring())  # a benchmark, not a real token
        return "in-memory (no OS keyring here)"


def _app(db_url: str):  # noqa: ANN202 - a FastAPI app
    db = Database(db_url)
    app = create_app(db, limiter=RateLimiter(limit=10_000), migrate=False)
    blob = {"data": b""}

    @app.post("/bench/sink")
    async def sink(request: Request) -> dict[str, int]:
        return {"bytes": len(await request.body())}

    @app.post("/bench/blob/{size}")
    async def make_blob(size: int) -> dict[str, int]:
        # Made here: the server refuses request bodies over 10 MB.
        blob["data"] = b'{"changes":["' + b"x" * max(0, size - 16) + b'"]}'
        return {"bytes": len(blob["data"])}

    @app.get("/bench/blob")
    async def get_blob() -> Response:
        return Response(blob["data"], media_type="application/json")

    return app


def _serve_forever(db_url: str, port: int) -> None:
    uvicorn.run(_app(db_url), host="127.0.0.1", port=port, log_config=None, access_log=False)


def _serve(folder: Path, url: str | None = None) -> tuple[Database, str, subprocess.Popen]:
    """The server in its own process, as in real life (no GIL shared with the client)."""
    folder.mkdir(parents=True, exist_ok=True)
    url = url or f"sqlite:///{folder / 'server.sqlite3'}"
    db = Database(url)
    db.migrate()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, __file__, "--serve", url, str(port)])
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            requests.get(f"{base}/bench/blob", timeout=5)
            break
        except requests.RequestException:
            time.sleep(0.05)
    return db, base, proc


def _service(i: int) -> dict:
    return {"id": f"svc-{i:06d}", "name": f"Community pantry {i}", "status": "active",
            "description": "Free food parcels and advice, no referral needed. " * 3,
            "organization": {"id": f"org-{i % 500}", "name": f"Charity {i % 500}"},
            "email": f"pantry{i}@example.org", "url": "https://example.org",
            "taxonomy_terms": [{"id": "food", "name": "Food"}]}


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc; 0 where there is none)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _push_floor(db: Database, conn, ops: int, batches: int, push_s: float) -> None:
    """What durable storage alone costs for the same rows, on the same two databases.

    A push must, per batch, commit the server's rows (op id, record, feed entry)
    and then commit the hub's bookkeeping, each with a disk sync (synchronous=FULL
    on both sides, as in production). The floor inserts the same number of rows
    as bare executemany calls into scratch tables with those commits and nothing
    else: no HTTP, no JSON, no checks. "one commit" is the same rows in one
    transaction each side, which per-batch acknowledgement rules out.
    """
    from sqlalchemy import table, text

    from accesspoint_server.db import bulk_insert

    floor_table = table("bench_floor")
    rows = [{"id": new_id(), "body": "x" * 200} for _ in range(ops)]
    per = max(1, -(-ops // max(1, batches)))

    def server(chunks: list[list[dict]]) -> float:
        with db.write_engine.begin() as c:
            c.execute(text("DROP TABLE IF EXISTS bench_floor"))
            c.execute(text("CREATE TABLE bench_floor (id TEXT PRIMARY KEY, body TEXT)"))
        t = time.perf_counter()
        for chunk in chunks:
            with db.write_engine.begin() as c:
                bulk_insert(c, floor_table, chunk)  # the server's own path (COPY on psycopg)
        return time.perf_counter() - t

    def hub(chunks: list[list[dict]]) -> float:
        conn.execute("DROP TABLE IF EXISTS bench_floor")
        conn.execute("CREATE TABLE bench_floor (id TEXT PRIMARY KEY)")
        t = time.perf_counter()
        for chunk in chunks:
            with transaction(conn):
                conn.executemany("INSERT INTO bench_floor VALUES (?)", [(r["id"],) for r in chunk])
        s = time.perf_counter() - t
        conn.execute("DROP TABLE bench_floor")
        return s

    per_batch = [rows[i:i + per] for i in range(0, ops, per)]
    hub_s = hub(per_batch)
    floor = server(per_batch) + hub_s
    one = server([rows]) + hub([rows])
    with db.write_engine.begin() as c:
        c.execute(text("DROP TABLE bench_floor"))
    print(f"push storage floor: {ops} rows in {len(per_batch)} committed executemany batches"
          f" on the server DB + the same on the hub DB {floor * 1000:.0f} ms (push is "
          f"{push_s / floor:.1f}x this floor); in one commit each side {one * 1000:.0f} ms")
    own = _push_rows_floor(db) + hub_s
    print(f"push storage floor with the server's own rows (the ops, records, feed and batch "
          f"rows this push wrote, written again under new keys, one commit per batch) + the "
          f"hub's bare rows: {own * 1000:.0f} ms (push is {push_s / own:.1f}x this floor); "
          f"load average {os.getloadavg()[0]:.1f}")


def _push_rows_floor(db: Database) -> float:
    """Seconds to write again, with the server's bulk_insert and one commit per batch,
    the very rows the push wrote on the server (same tables, indexes and sizes; keys
    prefixed so they do not clash), then delete them. What the server's storage
    alone costs for this push: its work with no HTTP, JSON, hashing or checks."""
    from sqlalchemy import select

    from accesspoint_server import models as m
    from accesspoint_server.db import bulk_insert

    with db.read() as c:
        batches = [dict(r._mapping) for r in c.execute(select(m.batches))]
        ops = [dict(r._mapping) for r in c.execute(select(m.ops))]
        records = {(r.kind, r.record_id): dict(r._mapping) for r in c.execute(select(m.records))}
        feed = {(r.kind, r.record_id): dict(r._mapping) for r in c.execute(select(m.changes))}
    shift = 10 ** 12  # feed seqs far past the real ones

    def again(row: dict, **keys: object) -> dict:
        return {**row, **keys}

    by_batch: dict[str, list[dict]] = {}
    for o in ops:
        by_batch.setdefault(o["batch_id"], []).append(o)
    t = time.perf_counter()
    for b in batches:
        mine = by_batch.get(b["batch_id"], [])
        keys = [(o["kind"], o["record_id"]) for o in mine]
        with db.write_engine.begin() as c:
            bulk_insert(c, m.ops, [again(o, op_id="f-" + o["op_id"], batch_id="f-" + b["batch_id"],
                                         record_id="f-" + o["record_id"]) for o in mine])
            bulk_insert(c, m.records, [again(records[k], record_id="f-" + k[1])
                                       for k in keys if k in records])
            bulk_insert(c, m.changes, [again(feed[k], record_id="f-" + k[1],
                                             seq=feed[k]["seq"] + shift)
                                       for k in keys if k in feed])
            bulk_insert(c, m.batches, [again(b, batch_id="f-" + b["batch_id"])])
    took = time.perf_counter() - t
    with db.write_engine.begin() as c:
        for table, col in ((m.ops, m.ops.c.op_id), (m.records, m.records.c.record_id),
                           (m.changes, m.changes.c.record_id),
                           (m.batches, m.batches.c.batch_id)):
            c.execute(table.delete().where(col.like("f-%")))
    return took


def _storage_floor(conn, count: int) -> tuple[float, float]:  # noqa: ANN001
    """The least a durable local write of the pulled directory can cost: the same
    services (their JSON, name and search text) as plain rows and a bare FTS5 index,
    executemany in one transaction, no mapping, checks or side tables."""
    conn.execute("CREATE TABLE bench_pull_floor (id TEXT PRIMARY KEY, name TEXT, data TEXT)")
    conn.execute("CREATE VIRTUAL TABLE bench_pull_floor_fts USING fts5(name, description)")
    items = [_service(i) for i in range(count)]
    rows = [(s["id"], s["name"], json.dumps(s)) for s in items]
    texts = [(s["name"], s["description"]) for s in items]
    t0, cpu0 = time.perf_counter(), time.process_time()
    with transaction(conn):
        for start in range(0, count, 1000):
            conn.executemany("INSERT INTO bench_pull_floor VALUES (?, ?, ?)",
                             rows[start:start + 1000])
            conn.executemany("INSERT INTO bench_pull_floor_fts VALUES (?, ?)",
                             texts[start:start + 1000])
    return time.perf_counter() - t0, time.process_time() - cpu0


def _schema_floor(folder: Path, count: int, page: int) -> float:
    """The same services written through the directory's real tables (service rows with
    their indexes, the FTS5 index with its prefix indexes, side tables, the pulled-version
    rows, the cursor), a page per committed transaction as a pull must, into a new hub
    database: everything a pull stores, with the mapping done beforehand (untimed)."""
    from accesspoint.directory import bulk, store
    from accesspoint.directory.oruk_map import Mapper
    from sync import state

    mapper = Mapper()
    rows = [bulk.prepare(mapper.normalise(_service(i))) for i in range(count)]
    conn = open_database(folder)
    t0 = time.perf_counter()
    for start in range(0, count, page):
        chunk = rows[start:start + page]
        with transaction(conn):
            bulk.write_page(conn, chunk, store.SYNC_ORIGIN)
            conn.executemany("INSERT INTO sync_pulled (kind, record_id, version) VALUES"
                             " ('service', ?, 1)", [(r[0],) for r in chunk])
            state.put(conn, state.CURSOR, f"bench:{start}")
    elapsed = time.perf_counter() - t0
    conn.close()
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ops", type=int, default=10_000)
    ap.add_argument("--changes", type=int, default=50_000)
    ap.add_argument("--null-applier", action="store_true",
                    help="apply pulled services with a no-op, to measure the sync engine alone")
    ap.add_argument("--server-db", metavar="URL",
                    help="server database (default: a new SQLite file); e.g. an EMPTY scratch "
                    "PostgreSQL database, which the bench migrates and fills")
    ap.add_argument("--per-change", action="store_true",
                    help="apply pulled services one at a time (the path before the bulk "
                         "page apply), for a before/after comparison")
    ap.add_argument("--serve", nargs=2, metavar=("DB_URL", "PORT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        _serve_forever(args.serve[0], int(args.serve[1]))
        return 0
    backend = _keyring()
    tmp = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    db, url, server = _serve(tmp / "server", args.server_db)
    print(f"server database: {'SQLite' if db.is_sqlite else 'PostgreSQL'}")
    data = tmp / "hub"
    conn = open_database(data)
    hub = hubs.ensure_hub(conn, "Bench Hub")
    user = hubs.add_user(conn, hub["id"], "Bench", "coordinator")
    _hub_id, code = create_hub(db, "Bench Hub")
    hub_id = enrol(conn, data, url, code)["hub_id"]
    print(f"keyring: {backend}")

    # --- 1. push ----------------------------------------------------------------
    with transaction(conn):
        for i in range(args.ops):
            rid = new_id()
            outbox.enqueue(conn, "enquiry_note", rid, {
                "id": rid, "hub_id": hub_id, "enquiry_id": new_id(), "created_by": user["id"],
                "created_at": "2026-11-20T10:00:00.000Z", "updated_at": "2026-11-20T10:00:00.000Z",
                "text": f"Called back about the energy grant, form {i} sent by post."},
                action="append")
    engine = SyncEngine(conn, data_dir=data)
    transport = engine.transport()
    sent_bytes = {"n": 0}
    orig = transport.session.request

    plain_bytes = {"n": 0}

    def counting(method, u, **kw):  # count what goes over the wire
        if kw.get("data"):
            sent_bytes["n"] += len(kw["data"])
            plain_bytes["n"] += len(gzip.decompress(kw["data"]))
        return orig(method, u, **kw)

    transport.session.request = counting  # type: ignore[method-assign]
    waiting = {"s": 0.0}
    real_request = transport.request

    def timed(*a, **kw):  # split: waiting for the server vs this hub's own work
        t = time.perf_counter()
        try:
            return real_request(*a, **kw)
        finally:
            waiting["s"] += time.perf_counter() - t

    transport.request = timed  # type: ignore[method-assign]
    server_cpu0, hub_cpu0 = _cpu_seconds(server.pid), time.process_time()
    t0 = time.perf_counter()
    stats = push_all(conn, transport)
    push_s = time.perf_counter() - t0
    server_cpu, hub_cpu = _cpu_seconds(server.pid) - server_cpu0, time.process_time() - hub_cpu0
    assert sum(stats.sent.values()) == args.ops, stats
    payload = os.urandom(sent_bytes["n"])  # same size, incompressible like gzip output
    t0 = time.perf_counter()
    r = requests.post(f"{url}/bench/sink", data=payload, timeout=120)
    r.raise_for_status()
    push_base = time.perf_counter() - t0
    # A second, kinder baseline: the same ops as plain (uncompressed) JSON.
    body = b'{"ops":"' + b"x" * max(0, plain_bytes["n"] - 10) + b'"}'
    t0 = time.perf_counter()
    requests.post(f"{url}/bench/sink", data=body, timeout=120).raise_for_status()
    push_base_plain = time.perf_counter() - t0
    print(f"push {args.ops} ops: {push_s:.2f} s ({args.ops / push_s:,.0f} ops/s), "
          f"{sent_bytes['n'] / 1e6:.2f} MB gzip in {stats.batches} batches "
          f"(requests in flight {waiting['s']:.2f} s, hub work not overlapped with them "
          f"{push_s - waiting['s']:.2f} s); one plain POST of the same bytes "
          f"{push_base * 1000:.0f} ms; "
          f"ratio {push_s / push_base:.1f}x; vs the {plain_bytes['n'] / 1e6:.1f} MB uncompressed "
          f"in one POST ({push_base_plain * 1000:.0f} ms) {push_s / push_base_plain:.1f}x")
    # CPU seconds barely move with the machine's load, unlike wall time.
    print(f"push CPU: server process {server_cpu:.2f} s, hub process {hub_cpu:.2f} s "
          f"({(server_cpu + hub_cpu) / args.ops * 1e6:.0f} us per op in all)")
    _push_floor(db, conn, args.ops, stats.batches, push_s)

    # --- 2. pull ----------------------------------------------------------------
    for start in range(0, args.changes, 5000):
        admin_ops.publish(db, "service", [_service(i) for i in
                                          range(start, min(args.changes, start + 5000))])
    if args.null_applier:
        from sync import appliers

        appliers.APPLIERS["service"] = lambda _conn, _change: None
        appliers.BULK_APPLIERS["service"] = lambda _conn, _changes: {}
    if args.per_change:
        from sync import appliers

        appliers.BULK_APPLIERS.pop("service", None)
    got_bytes = {"n": 0}
    transport.session.hooks["response"].append(
        lambda resp, *a, **k: got_bytes.__setitem__("n", got_bytes["n"] + len(resp.content)))
    epoch = db.epoch()
    waiting["s"] = 0.0
    server_cpu0 = _cpu_seconds(server.pid)
    t0, cpu0 = time.perf_counter(), time.process_time()
    pulled = pull_all(conn, transport, epoch=epoch)
    pull_s, pull_cpu = time.perf_counter() - t0, time.process_time() - cpu0
    applied = pulled.received.get("service", 0)
    requests.post(f"{url}/bench/blob/{got_bytes['n']}", timeout=120).raise_for_status()
    t0 = time.perf_counter()
    r = requests.get(f"{url}/bench/blob", timeout=120)
    r.raise_for_status()
    pull_base = time.perf_counter() - t0
    server_cpu = _cpu_seconds(server.pid) - server_cpu0
    floor_s, floor_cpu = _storage_floor(conn, args.changes)
    schema_s = _schema_floor(tmp / "schema-floor", args.changes, 1000)
    path = "one at a time" if args.per_change else "a page at a time"
    print(f"pull {args.changes} directory changes ({path}): {pull_s:.2f} s wall, "
          f"{pull_cpu:.2f} s hub CPU "
          f"({args.changes / pull_s:,.0f} changes/s), applied {applied}, held {pulled.held}, "
          f"{got_bytes['n'] / 1e6:.1f} MB in {pulled.pages} pages (time inside requests "
          f"{waiting['s']:.2f} s, overlapped with writing); one plain GET of the same "
          f"bytes {pull_base * 1000:.0f} ms; ratio {pull_s / pull_base:.1f}x (goal <= 3x)")
    print(f"pull storage floor: the same {args.changes} services as bare rows + bare FTS5 with "
          f"executemany in one transaction in the same hub DB: {floor_s:.2f} s wall, "
          f"{floor_cpu:.2f} s CPU; pull / floor {pull_s / floor_s:.1f}x wall, "
          f"{pull_cpu / floor_cpu:.1f}x CPU; load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} CPUs")
    print(f"pull schema floor: the same services already mapped, written through the real "
          f"directory tables a page of 1000 per commit: {schema_s:.2f} s "
          f"({schema_s / floor_s:.1f}x the bare floor); pull / schema floor "
          f"{pull_s / schema_s:.1f}x; server CPU during the pull {server_cpu:.2f} s")
    transport.close()

    # --- 3. no-change sync --------------------------------------------------------
    engine.run()  # settle (reconcile, balances)
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        engine.run()
        times.append(time.perf_counter() - t0)
    times.sort()
    t0 = time.perf_counter()
    requests.get(f"{url}/api/v1/sync/handshake", timeout=10)
    one = time.perf_counter() - t0
    print(f"no-change sync: median {times[2] * 1000:.0f} ms (best {times[0] * 1000:.0f} ms; "
          f"goal <= 300 ms); one bare request {one * 1000:.1f} ms")
    conn.close()
    server.terminate()
    server.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
