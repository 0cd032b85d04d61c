"""Benchmark: full import of a generated 50,000-service ORUK 3.0 feed (folder of
pages), then a no-change refresh and a refresh with changes and removals.

Prints wall and CPU time (hub PCs and CI runners are often busy: CPU time is the
figure that does not depend on what else runs), the peak traced Python memory
during a full pass over the feed (traced on the no-change refresh, which reads,
checks and stages every record exactly as the first import does; tracing slows
Python, so the timed import runs untraced), and the ratio to a baseline
measured in the same run: parsing the same pages and bulk-inserting bare rows
plus a bare FTS5 index, with no mapping, checks, side tables or refresh logic.

    /work/venv/bin/python bench/directory_import.py [--count 50000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("ACCESSPOINT_ALLOW_PLAINTEXT", "1")

from accesspoint.db import open_database, transaction  # noqa: E402
from accesspoint.directory.importer import import_directory  # noqa: E402
from bench.directory_gen import write_pages  # noqa: E402


def baseline(folder: Path, data_dir: Path) -> tuple[float, float]:
    conn = open_database(data_dir)
    conn.execute("CREATE TABLE bare (id TEXT PRIMARY KEY, name TEXT, description TEXT)")
    conn.execute("CREATE VIRTUAL TABLE bare_fts USING fts5(name, description)")
    start, cpu = time.perf_counter(), time.process_time()
    with transaction(conn):
        for path in sorted(folder.glob("*.json")):
            items = json.loads(path.read_text())["contents"]
            conn.executemany("INSERT INTO bare VALUES (?, ?, ?)",
                             [(s["id"], s["name"], s["description"]) for s in items])
            conn.executemany("INSERT INTO bare_fts (name, description) VALUES (?, ?)",
                             [(s["name"], s["description"]) for s in items])
    elapsed = time.perf_counter() - start, time.process_time() - cpu
    conn.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        feed = tmp_path / "feed"
        t = time.perf_counter()
        size = write_pages(feed, args.count)
        print(f"generated {args.count:,} services in {len(list(feed.glob('*.json')))} pages, "
              f"{size / 2**20:.1f} MB, in {time.perf_counter() - t:.1f} s")

        base, base_cpu = baseline(feed, tmp_path / "baseline")
        conn = open_database(tmp_path / "data")
        start, cpu = time.perf_counter(), time.process_time()
        result = import_directory(conn, str(feed), origin="bench")
        full, full_cpu = time.perf_counter() - start, time.process_time() - cpu
        print(f"full import: {full:.1f} s wall, {full_cpu:.1f} s CPU ({result.added:,} added)"
              f"  goal <= 30 s")
        print(f"baseline (parse + bare insert + bare FTS5): {base:.1f} s wall, {base_cpu:.1f} s"
              f" CPU; ratio {full / base:.2f}x wall, {full_cpu / base_cpu:.2f}x CPU")
        print(f"load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")

        tracemalloc.start()
        start = time.perf_counter()
        again = import_directory(conn, str(feed), origin="bench")
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"refresh, nothing changed (traced): {time.perf_counter() - start:.1f} s "
              f"({again.unchanged:,} unchanged)")
        print(f"peak traced memory over a full pass: {peak / 2**20:.1f} MB for a "
              f"{size / 2**20:.0f} MB feed ({peak / size:.2f}x the feed; one page is "
              f"{size / len(list(feed.glob('*.json'))) / 2**20:.1f} MB)")

        # Change 5 %, drop 1 %: rewrite the pages.
        rng = random.Random(9)
        for path in sorted(feed.glob("*.json")):
            page = json.loads(path.read_text())
            kept = []
            for s in page["contents"]:
                roll = rng.random()
                if roll < 0.01:
                    continue
                if roll < 0.06:
                    s["description"] += " Updated."
                kept.append(s)
            page["contents"] = kept
            page["total_items"] = None
            path.write_text(json.dumps(page))
        start = time.perf_counter()
        changed = import_directory(conn, str(feed), origin="bench")
        print(f"refresh with changes: {time.perf_counter() - start:.1f} s "
              f"(added {changed.added}, changed {changed.changed:,}, "
              f"removed {changed.removed:,}, unchanged {changed.unchanged:,})")
        conn.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
