"""The council ledger's check that a correction does not reverse a transfer twice
(accesspoint_server/ledger.py: two computers cancelling the same voucher offline).

Seeds N transfers (1% of them corrections) in the server's ledger table, then times
preparing and applying one pushed transfer, as the push path does (prefetch + apply,
no flush): a correction, which also reads whether its original is reversed already,
against the same-run baseline of an ordinary transfer (balances only).

    python bench/ledger_reversal.py [--transfers 1000000] [--pg-url URL]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

from accesspoint_server.db import Database
from accesspoint_server.ledger import Ledger


def _pg_database(url: str) -> str:
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS bench_ledger_reversal"))
        conn.execute(text("CREATE DATABASE bench_ledger_reversal"))
    admin.dispose()
    return url.rsplit("/", 1)[0] + "/bench_ledger_reversal"


def seed(db: Database, n: int, pg: bool) -> None:
    # Ids are zero-padded numbers: 't' + i. Every 100th is a correction of the one before.
    series = ("generate_series(1, :n) AS g(i)" if pg else
              "(WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < :n)"
              " SELECT i FROM s) AS g")
    pad = "lpad(i::text, 9, '0')" if pg else "printf('%09d', i)"
    prev = "lpad((i - 1)::text, 9, '0')" if pg else "printf('%09d', i - 1)"
    mod = "i % 100" if pg else "i % 100"
    sql = (f"INSERT INTO ledger_transfers (id, hub_id, from_account, to_account, minutes,"
           f" created_at, reverses, overdrawn, balance_after, received_at)"
           f" SELECT 't' || {pad}, 'hub', 'project:p', 'member:m' || ({mod}),"
           f" 60, '2026-01-01T00:00:00Z', CASE WHEN {mod} = 0 THEN 't' || {prev} END,"
           f" {'false' if pg else '0'}, 0, '2026-01-01T00:00:00Z' FROM {series}")
    with db.write() as conn:
        conn.execute(text(sql), {"n": n})


def time_apply(db: Database, payload: dict, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        with db.write() as conn:
            started = time.perf_counter()
            ledger = Ledger(conn, "2026-11-25T00:00:00Z")
            ledger.prefetch([payload])
            ledger.apply("hub", payload["id"], payload)
            times.append(time.perf_counter() - started)
            conn.rollback()
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--transfers", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--pg-url", default=os.environ.get("ACCESSPOINT_TEST_PG_URL"))
    args = parser.parse_args()
    pg = bool(args.pg_url)
    url = _pg_database(args.pg_url) if pg else \
        f"sqlite:///{Path(tempfile.mkdtemp()) / 'server.sqlite3'}"
    db = Database(url)
    db.migrate()
    started = time.perf_counter()
    seed(db, args.transfers, pg)
    if pg:
        with db.write() as conn:
            conn.execute(text("ANALYZE ledger_transfers"))
    print(f"{'PostgreSQL' if pg else 'SQLite'}: {args.transfers:,} transfers seeded in "
          f"{time.perf_counter() - started:.1f} s")
    plain = {"id": str(uuid.uuid4()), "from_account": "project:p", "to_account": "member:m7",
             "minutes": 60, "created_at": "2026-11-25T00:00:00Z"}
    correction = {**plain, "id": str(uuid.uuid4()), "from_account": "member:m7",
                  "to_account": "project:p", "reverses": "t000000007"}
    base = time_apply(db, plain, args.rounds)
    checked = time_apply(db, correction, args.rounds)
    print(f"ordinary transfer (baseline): median {base:.2f} ms")
    print(f"correction (reads whether already reversed): median {checked:.2f} ms"
          f" = {checked / base:.1f}x the baseline")
    db.dispose()


if __name__ == "__main__":
    main()
