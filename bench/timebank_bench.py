"""Time-bank benchmark: 20,000 members and 1,000,000 ledger transfers.

Targets (issue 4): a member's balance <= 5 ms, the first page of a member's
history <= 50 ms, importing a 10,000-row sign-in sheet <= 5 s. Each figure is
printed with its ratio to a baseline measured in the same run: a bare indexed
primary-key SELECT on the same database.

    /work/venv/bin/python bench/timebank_bench.py [--transfers N] [--members N] [--dir DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("ACCESSPOINT_ALLOW_PLAINTEXT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from accesspoint import hubs  # noqa: E402
from accesspoint.db import open_database, transaction  # noqa: E402
from accesspoint.ids import new_id  # noqa: E402
from accesspoint.timebank import csv_import, ledger  # noqa: E402
from accesspoint.timebank.demo import seed_catalogue  # noqa: E402


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def generate(conn, actor, n_members: int, n_transfers: int, rng: random.Random):
    """Bulk-load straight into the tables (one transaction, executemany): the domain
    functions' outbox writes and checks are what the sheet import measures instead."""
    now = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    member_ids = [new_id() for _ in range(n_members)]
    # Bench set-up only: no WAL copy and no fsync while loading, and the ledger's
    # indexes built once at the end (sorted) instead of a million random inserts.
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = OFF")
    indexes = [r[0] for r in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tb_transfers'"
        " AND sql IS NOT NULL")]
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND"
                                " tbl_name = 'tb_transfers' AND sql IS NOT NULL").fetchall():
        conn.execute(f"DROP INDEX {name}")
    with transaction(conn):
        conn.executemany(
            "INSERT INTO people (id, hub_id, created_by, created_at, updated_at, given_name,"
            " family_name) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(f"p{i}", actor.hub_id, actor.user_id, now, now, f"Given{i}", f"Family{i}")
             for i in range(n_members)])
        conn.executemany(
            "INSERT INTO tb_members (id, hub_id, created_by, created_at, updated_at, person_id,"
            " member_number, card_number, member_type, joined_on) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, 'adult', '2024-01-01')",
            [(mid, actor.hub_id, actor.user_id, now, now, f"p{i}", f"BM{i:06d}", f"BM{i:06d}")
             for i, mid in enumerate(member_ids)])
        acts = [r[0] for r in conn.execute("SELECT id FROM tb_activities")]
        start = datetime(2024, 1, 1, tzinfo=UTC)
        span = 700 * 86400
        balances = [0] * n_members
        rows = []
        stamp = ""
        for k in range(n_transfers):
            if k % 64 == 0:  # formatting a timestamp per row costs more than the insert
                moment = start + timedelta(seconds=span * k // n_transfers)
                stamp = moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
            i = rng.randrange(n_members)
            acct = "member:" + member_ids[i]
            roll = rng.random()
            if roll < 0.8 or balances[i] < 60:
                minutes = rng.choice((30, 60, 90, 120))
                balances[i] += minutes
                rows.append((fast_id(k), actor.hub_id, actor.user_id, stamp, "project:" +
                             actor.hub_id, acct, minutes, "earn", rng.choice(acts),
                             stamp[:10], member_ids[i]))
            elif roll < 0.93:
                balances[i] -= 60
                rows.append((fast_id(k), actor.hub_id, actor.user_id, stamp, acct, "rewards", 60,
                             "spend", None, None, member_ids[i]))
            else:
                j = rng.randrange(n_members)
                if j == i:
                    continue
                balances[i] -= 30
                balances[j] += 30
                rows.append((fast_id(k), actor.hub_id, actor.user_id, stamp, acct,
                             "member:" + member_ids[j], 30, "gift", None, None, member_ids[i]))
            if len(rows) >= 50_000:
                _flush(conn, rows)
        _flush(conn, rows)
        for sql in indexes:
            conn.execute(sql)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("ANALYZE")
    return member_ids


def fast_id(k: int) -> str:
    """A UUID-shaped, time-ordered id without the cost of real UUIDv7s (bench rows only;
    the prefix keeps them apart from, and before, ids the app makes)."""
    h = f"{k:020x}"
    return f"00000000-{h[:4]}-7{h[4:7]}-8{h[7:10]}-{h[10:20]}00"


def _flush(conn, rows: list) -> None:
    conn.executemany(
        "INSERT INTO tb_transfers (id, hub_id, created_by, created_at, from_account, to_account,"
        " minutes, kind, activity_id, activity_date, member_id, synced)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", rows)
    rows.clear()


def sheet(path: Path, member_ids_numbers: list[str], rows: int, rng: random.Random,
          days_ago: int = 2) -> None:
    day = (date.today() - timedelta(days=days_ago)).isoformat()
    with path.open("w", encoding="utf-8") as fh:
        fh.write("member,date,activity,minutes,verified_by,note\n")
        for k in range(rows):
            fh.write(f"{member_ids_numbers[k % len(member_ids_numbers)]},{day},"
                     f"{rng.choice(['gardening', 'Tea and chat', 'befriending'])},"
                     f"{rng.choice([30, 60, 90])},Joy Mensah,row {k}\n")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--members", type=int, default=20_000)
    ap.add_argument("--transfers", type=int, default=1_000_000)
    ap.add_argument("--sheet-rows", type=int, default=10_000)
    ap.add_argument("--dir")
    args = ap.parse_args()
    rng = random.Random(4)
    folder = Path(args.dir or tempfile.mkdtemp(prefix="tb_bench_"))
    conn = open_database(folder)
    # Generation only: a big page cache keeps the random-order index inserts in memory.
    conn.execute("PRAGMA cache_size = -500000")
    reuse = conn.execute("SELECT COUNT(*) FROM tb_members").fetchone()[0] > 0
    hubs.ensure_hub(conn, "Bench hub")
    actor = hubs.cli_actor(conn)
    t0 = time.perf_counter()
    if reuse:  # --dir pointing at an earlier run: measure again without regenerating
        member_ids = [r[0] for r in conn.execute("SELECT id FROM tb_members")]
    else:
        seed_catalogue(conn)
        member_ids = generate(conn, actor, args.members, args.transfers, rng)
    gen_s = time.perf_counter() - t0
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (figures are wall "
          "clock; a busy machine inflates them)")
    conn.close()  # measure on a fresh connection with default settings, like the app
    conn = open_database(folder)
    n = conn.execute("SELECT COUNT(*) FROM tb_transfers").fetchone()[0]
    print(f"{'reused' if reuse else 'generated'} {len(member_ids):,} members and {n:,} "
          f"transfers in {gen_s:.1f} s ({folder})")

    sample = rng.sample(member_ids, 300)
    it = iter(sample * 10)
    base = timed(lambda: conn.execute("SELECT member_number FROM tb_members WHERE id = ?",
                                      (next(it),)).fetchone(), 300)
    it = iter(sample * 10)
    bal = timed(lambda: ledger.member_balance(conn, next(it)), 300)
    it = iter(sample * 10)
    hist = timed(lambda: ledger.history(conn, ledger.member_account(next(it)), limit=50), 300)

    def report(label: str, ms: list[float], target: float | None) -> None:
        med = statistics.median(ms)
        p95 = statistics.quantiles(ms, n=20)[18]
        b = statistics.median(base)
        verdict = "" if target is None else ("  OK" if p95 <= target else "  OVER TARGET")
        print(f"{label:<34} median {med:8.3f} ms  p95 {p95:8.3f} ms  "
              f"x{med / b:7.1f} baseline{'' if target is None else f'  (target {target} ms)'}"
              f"{verdict}")

    report("baseline: indexed PK SELECT", base, None)
    report("member balance", bal, 5)
    report("history, first page (50 rows)", hist, 50)

    # A fresh day each run, so a re-run is not refused as the same sheet.
    offset = conn.execute("SELECT COUNT(*) FROM tb_sheets").fetchone()[0]
    numbers = [r[0] for r in conn.execute("SELECT member_number FROM tb_members LIMIT 5000")]
    path = folder / "sheet.csv"
    sheet(path, numbers, args.sheet_rows, rng, days_ago=2 + offset)
    t0, c0 = time.perf_counter(), time.process_time()
    result = csv_import.import_hours(conn, actor, path)
    imp, cpu = time.perf_counter() - t0, time.process_time() - c0
    b = statistics.median(base) / 1000
    print(f"import {result.rows:,}-row sheet{'':<14} {imp:8.2f} s  (target 5 s)"
          f"{'  OK' if imp <= 5 else '  OVER TARGET'}  = {imp / result.rows * 1e6:.0f} us/row, "
          f"x{imp / b / result.rows:.1f} baseline per row; {cpu:.2f} s of it on our CPU")
    t0 = time.perf_counter()
    try:
        csv_import.import_hours(conn, actor, path)
    except csv_import.SheetRejectedError:
        print(f"same sheet again refused in {(time.perf_counter() - t0):.2f} s")
    t0 = time.perf_counter()
    ok = ledger.check(conn)
    print(f"full ledger check (re-derive all balances) {time.perf_counter() - t0:.2f} s: "
          f"sum {ok.total}, negative members {len(ok.negative_members)}")
    conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
