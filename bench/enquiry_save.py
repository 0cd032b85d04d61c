"""Saving an enquiry: p95 of accesspoint.enquiries.create_enquiry (goal ≤ 20 ms).

Runs on a demo database (a realistic size of hub), with realistic input: a known
person or anonymous, one to three needs, a description, consent events, a
follow-up. Baseline in the same run, on the same connection and settings
(WAL, synchronous=FULL): one bare INSERT in its own transaction, i.e. the cost of
a durable commit on this disk, which every save pays once.

    /work/venv/bin/python bench/enquiry_save.py [--n 300]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ACCESSPOINT_ALLOW_PLAINTEXT", "1")  # no OS keyring on a bench box

from accesspoint import enquiries, hubs  # noqa: E402
from accesspoint.context import Actor  # noqa: E402
from accesspoint.db import open_database, transaction  # noqa: E402
from accesspoint.demo import STORIES, ensure_demo  # noqa: E402


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    args = parser.parse_args()
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        conn = open_database(Path(tmp))
        ensure_demo(conn)
        hub = hubs.current_hub(conn)
        user = hubs.users(conn)[0]
        actor = Actor(hub["id"], user["id"], user["role"])
        person_ids = [r[0] for r in conn.execute("SELECT id FROM people")]
        conn.execute("CREATE TABLE bench_baseline (id INTEGER PRIMARY KEY, payload TEXT)")
        saves, bare = [], []
        for i in range(args.n):
            needs, story = STORIES[i % len(STORIES)]
            anonymous = i % 7 == 0
            data = enquiries.EnquiryInput(
                channel=rng.choice(enquiries.CHANNELS), needs=list(needs),
                description=story + " " + "More detail. " * rng.randint(0, 20),
                person_id=None if anonymous else rng.choice(person_ids),
                outcome=rng.choice(enquiries.OUTCOMES[:5]),
                follow_up_date=None, consent_record=not anonymous,
                consent_share=not anonymous and i % 2 == 0, consent_contact=not anonymous)
            start = time.perf_counter()
            enquiries.create_enquiry(conn, actor, data)
            saves.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            with transaction(conn):
                conn.execute("INSERT INTO bench_baseline (payload) VALUES (?)", (story,))
            bare.append((time.perf_counter() - start) * 1000)
        conn.close()
    s95, b95 = p95(saves), p95(bare)
    print(f"create_enquiry: p50 {statistics.median(saves):.2f} ms, p95 {s95:.2f} ms "
          f"over {args.n} saves (goal p95 <= 20 ms)")
    print(f"baseline, one bare INSERT + durable commit: p50 {statistics.median(bare):.2f} ms, "
          f"p95 {b95:.2f} ms")
    print(f"ratio p95 {s95 / b95:.2f}x the baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
