"""Encryption at rest: what SQLCipher costs on the enquiry save and directory search.

Two databases built the same way in the same run: one encrypted exactly as the app
does it (SQLCipher 4, raw 32-byte key, default page cipher settings), one not.
The same enquiry saves (demo data, WAL, synchronous=FULL) and the same search-as-
you-type prefixes (a generated directory) run on both, interleaved so both see
the same machine load. Prints p50/p95 for each and the ratio encrypted /
unencrypted (goal ≤ 1.3×).

    /work/venv/bin/python bench/encryption_overhead.py [--saves 200] [--services 10000]
"""

from __future__ import annotations

import argparse
import random
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from accesspoint import enquiries, hubs  # noqa: E402
from accesspoint.context import Actor  # noqa: E402
from accesspoint.db import DB_FILENAME, connect, is_encrypted  # noqa: E402
from accesspoint.demo import STORIES, ensure_demo  # noqa: E402
from accesspoint.migrations import migrate  # noqa: E402

QUERIES = ["benefits advice", "food bank", "housing help", "mental health", "debt",
           "universal credit", "lunch club", "immigration advice", "warm home", "legal advice"]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def open_pair(base: Path) -> dict[str, object]:
    """Same schema and demo data, one encrypted with a raw key and one plain."""
    conns = {}
    for label, key in (("plain", None), ("encrypted", secrets.token_bytes(32))):
        folder = base / label
        folder.mkdir()
        conn = connect(folder / DB_FILENAME, key=key)
        migrate(conn, folder / DB_FILENAME)
        assert is_encrypted(conn) == (key is not None)
        ensure_demo(conn)
        conns[label] = conn
    return conns


def bench_saves(conns: dict, n: int) -> dict[str, list[float]]:
    rng = random.Random(7)
    setup = {}
    for label, conn in conns.items():
        hub = hubs.current_hub(conn)
        user = hubs.users(conn)[0]
        setup[label] = (Actor(hub["id"], user["id"], "coordinator"),
                        [r[0] for r in conn.execute("SELECT id FROM people ORDER BY id")])
    times: dict[str, list[float]] = {k: [] for k in conns}
    for i in range(n):
        needs, story = STORIES[i % len(STORIES)]
        pick = rng.randrange(10_000)
        extra = rng.randint(0, 20)
        for label, conn in conns.items():
            actor, person_ids = setup[label]
            anonymous = i % 7 == 0
            data = enquiries.EnquiryInput(
                needs=list(needs), description=story + " More detail." * extra,
                person_id=None if anonymous else person_ids[pick % len(person_ids)],
                consent_record=not anonymous, consent_share=not anonymous and i % 2 == 0)
            start = time.perf_counter()
            enquiries.create_enquiry(conn, actor, data)
            times[label].append((time.perf_counter() - start) * 1000)
    return times


def bench_search(conns: dict, services: int, tmp: Path) -> dict[str, list[float]] | None:
    try:
        from accesspoint.directory import search
        from accesspoint.directory.importer import import_directory
        from bench.directory_gen import write_pages
    except ImportError:
        print("directory part not present: search benchmark skipped")
        return None
    feed = tmp / "feed"
    write_pages(feed, services)
    for conn in conns.values():
        import_directory(conn, str(feed), origin="bench")
        search.search(conn, "warm up")
    typed = [q[:n] for q in QUERIES for n in range(1, len(q) + 1) if not q[:n].endswith(" ")]
    times: dict[str, list[float]] = {k: [] for k in conns}
    for _ in range(3):
        for text in typed:
            for label, conn in conns.items():
                start = time.perf_counter()
                search.search(conn, text, limit=50)
                times[label].append((time.perf_counter() - start) * 1000)
    return times


def report(name: str, times: dict[str, list[float]]) -> float:
    for label in ("plain", "encrypted"):
        t = times[label]
        print(f"{name} [{label:9}]: p50 {statistics.median(t):7.2f} ms, "
              f"p95 {pct(t, 0.95):7.2f} ms over {len(t)}")
    ratio50 = statistics.median(times["encrypted"]) / statistics.median(times["plain"])
    ratio95 = pct(times["encrypted"], 0.95) / pct(times["plain"], 0.95)
    print(f"{name}: encrypted/unencrypted ratio p50 {ratio50:.2f}x, p95 {ratio95:.2f}x "
          f"(goal <= 1.3x)")
    return ratio95


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--services", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        conns = open_pair(Path(tmp))
        report("enquiry save", bench_saves(conns, args.saves))
        found = bench_search(conns, args.services, Path(tmp))
        if found:
            report("directory search", found)
        for conn in conns.values():
            conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
