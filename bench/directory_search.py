"""Benchmark: search as you type over a generated 50,000-service directory.

Every prefix of realistic queries is searched as a volunteer types it (letter by
letter), through `accesspoint.directory.search.search` (synonyms, typo check,
name re-rank, joins). Baseline in the same run: a bare FTS5 query over the same
index and text (`"word"* ...` ranked by bm25, LIMIT 50), no joins, no Python.

Each figure is given as CPU time of the searching thread (what the search costs,
whatever else the machine is doing) and as wall time (what a volunteer waits on
this machine now); the load average is printed so the wall figures can be read.

    /work/venv/bin/python bench/directory_search.py [--count 50000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("ACCESSPOINT_ALLOW_PLAINTEXT", "1")

from accesspoint.db import open_database  # noqa: E402
from accesspoint.directory import search  # noqa: E402
from accesspoint.directory.importer import import_directory  # noqa: E402
from accesspoint.directory.query import words  # noqa: E402
from bench.directory_gen import write_pages  # noqa: E402

QUERIES = ["benefits advice", "food bank", "housing help", "mental health", "english class",
           "debt", "universal credit", "lunch club", "carers support", "job club",
           "immigration advice", "tea and chat", "warm home", "stay and play", "legal advice",
           "digital help", "blue badge", "council tax", "befriending", "community pantry"]
ROUNDS = 3


def prefixes(text: str) -> list[str]:
    return [text[:n] for n in range(1, len(text) + 1) if not text[:n].endswith(" ")]


def bare_query(text: str) -> str:
    return " ".join(f'"{w}"*' for w in words(text))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed"
        write_pages(feed, args.count)
        conn = open_database(Path(tmp) / "data")
        start = time.perf_counter()
        import_directory(conn, str(feed), origin="bench")
        print(f"directory of {args.count:,} services imported in "
              f"{time.perf_counter() - start:.1f} s")
        typed = [p for q in QUERIES for p in prefixes(q)]
        search.search(conn, "warm up")  # builds the typo vocabulary once, as the app does
        ours: list[float] = []
        bare: list[float] = []
        ours_wall: list[float] = []
        bare_wall: list[float] = []
        sql = ("SELECT rowid, bm25(dir_fts, 10.0, 4.0, 1.0) AS score FROM dir_fts"
               " WHERE dir_fts MATCH ? ORDER BY score LIMIT 50")
        for _ in range(ROUNDS):
            for text in typed:
                # Interleaved, so both see the same cache and the same machine load.
                t, c = time.perf_counter(), time.thread_time()
                search.search(conn, text, limit=50)
                ours.append((time.thread_time() - c) * 1000)
                ours_wall.append((time.perf_counter() - t) * 1000)
                t, c = time.perf_counter(), time.thread_time()
                conn.execute(sql, (bare_query(text),)).fetchall()
                bare.append((time.thread_time() - c) * 1000)
                bare_wall.append((time.perf_counter() - t) * 1000)
        print(f"{len(typed)} keystrokes x {ROUNDS} rounds")
        for label, mine, base in (("CPU", ours, bare), ("wall", ours_wall, bare_wall)):
            p95, b95 = percentile(mine, 0.95), percentile(base, 0.95)
            print(f"[{label}] search as you type: p50 {statistics.median(mine):.2f} ms, "
                  f"p95 {p95:.2f} ms, max {max(mine):.2f} ms  (goal p95 <= 15 ms)")
            print(f"[{label}] bare FTS5 baseline:  p50 {statistics.median(base):.2f} ms, "
                  f"p95 {b95:.2f} ms, max {max(base):.2f} ms")
            print(f"[{label}] ratio p95 ours/bare: {p95 / b95:.2f}x  (goal <= 2x)")
        slow = sorted(zip(ours, typed * ROUNDS, strict=True), reverse=True)[:3]
        print("slowest: " + ", ".join(f"{t!r} {ms:.1f} ms" for ms, t in slow))
        extra = [("benifits", search.Filters()), ("food", search.Filters(need="food",
                  free=True, language="pt")), ("advice", search.Filters(age=70)),
                 ("", search.Filters(need="housing"))]
        for text, flt in extra:
            t = time.perf_counter()
            result = search.search(conn, text, flt, as_you_type=False)
            print(f"  {text or '(no words)'!r} with {flt.need, flt.language, flt.age, flt.free}:"
                  f" {(time.perf_counter() - t) * 1000:.1f} ms, {len(result.rows)} rows")
        print(f"load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        conn.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
