"""Person search as you type over 100,000 people: p95 per keystroke (goal ≤ 30 ms).

Generates 100,000 people (common names frequent, a long tail of rarer ones, as
in a borough), then replays what volunteers type: a given name letter by letter
then the family name, family-name-first ("Adeyemi, Olu"), typos (a letter dropped
or swapped), phone prefixes, postcodes and dates of birth. Each keystroke of two
characters or more is one `people.search_people` call, as the UI makes it.

Baseline in the same run: the bare indexed prefix SELECT on person_tokens for the
same text (what any name search must at least do).

    /work/venv/bin/python bench/person_search.py [--people 100000] [--typists 150]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ACCESSPOINT_ALLOW_PLAINTEXT", "1")  # no OS keyring on a bench box

from accesspoint import hubs, people  # noqa: E402
from accesspoint.clock import utcnow_iso  # noqa: E402
from accesspoint.context import Actor  # noqa: E402
from accesspoint.db import open_database, transaction  # noqa: E402
from accesspoint.demo import FAMILY, GIVEN, POSTCODES  # noqa: E402
from accesspoint.ids import new_id  # noqa: E402
from accesspoint.textnorm import phone_digits, postcode_key, soundex, tokens  # noqa: E402

MORE_GIVEN = ["Mohammed", "Muhammad", "Olivia", "Amelia", "Isla", "Noah", "Oliver", "Leo",
              "Aisha", "Zainab", "Ibrahim", "Omar", "Adam", "Hana", "Maryam", "Chidi", "Emeka",
              "Ngozi", "Adebayo", "Yaw", "Ama", "Esi", "Kateryna", "Olena", "Piotr", "Agnieszka",
              "Andrei", "Ioana", "Mihai", "Elena", "Giorgos", "Rahul", "Priya", "Anjali",
              "Sanjay", "Tariq", "Bilal", "Nadia", "Samira", "Leila", "Dmitri", "Jamal",
              "Precious", "Blessing", "Faith", "Joseph", "David", "James", "John", "Michael"]
MORE_FAMILY = ["Khan", "Begum", "Uddin", "Islam", "Rahman", "Hussain", "Patel", "Shah",
               "Kowalski", "Nowak", "Popescu", "Ionescu", "Shevchenko", "Kovalenko", "Williams",
               "Taylor", "Davies", "Evans", "Thomas", "Roberts", "Wright", "Walker", "Green",
               "Okonkwo", "Eze", "Obi", "Adebayo", "Owusu", "Acheampong", "Yeboah", "Mohamud",
               "Abdullahi", "Yusuf", "Ibrahim", "Mahmoud", "Santos", "Ferreira", "Almeida",
               "Nguyen", "Tran", "Chen", "Wang", "Li", "Kaur", "Singh", "Gill", "Sandhu"]
SYLLABLES = ["ba", "ko", "ri", "na", "de", "lu", "mi", "sa", "to", "ve", "ya", "zo", "ch",
             "ka", "lo", "ne", "pa", "ru", "si", "te", "wa", "el", "an", "or", "is", "um"]


def zipf_pool(names: list[str], rng: random.Random, tail: int) -> tuple[list[str], list[float]]:
    """Real names first and frequent, then `tail` invented rarer ones."""
    pool = list(dict.fromkeys(names))
    while len(pool) < len(names) + tail:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        if name not in pool:
            pool.append(name)
    return pool, [1 / (rank + 1) ** 0.9 for rank in range(len(pool))]


def generate(conn, actor: Actor, n: int, rng: random.Random) -> None:
    """Rows as people.create_person writes them (same normalisers and name index), in
    bulk: through create_person, 100,000 people would take minutes to set up."""
    given, gw = zipf_pool(GIVEN + MORE_GIVEN, rng, 1500)
    family, fw = zipf_pool(FAMILY + MORE_FAMILY, rng, 6000)
    now = utcnow_iso()
    rows, toks = [], []
    for _ in range(n):
        pid = new_id()
        g, f = rng.choices(given, gw)[0], rng.choices(family, fw)[0]
        phone = f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
        # A borough has thousands of postcodes, each a street or part of one.
        postcode = f"{rng.choice(POSTCODES).split()[0]} {rng.randint(1, 9)}" \
                   f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        dob = f"{rng.randint(1935, 2006)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        rows.append((pid, actor.hub_id, actor.user_id, now, now, g, f, dob, phone, postcode,
                     phone_digits(phone), postcode_key(postcode)))
        toks += [(pid, t, soundex(t)) for t in set(tokens(f"{g} {f}"))]
    with transaction(conn):
        conn.executemany(
            "INSERT INTO people (id, hub_id, created_by, created_at, updated_at, given_name,"
            " family_name, date_of_birth, phone, postcode, phone_digits, postcode_key)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.executemany(
            "INSERT INTO person_tokens (person_id, token, phonetic) VALUES (?, ?, ?)", toks)
    conn.execute("ANALYZE")


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    if rng.random() < 0.5:
        return word[:i] + word[i + 1:]  # a letter dropped
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]  # two letters swapped


def keystrokes(person: dict, rng: random.Random) -> list[tuple[str, str]]:
    """What a volunteer types to find this person, one entry per keystroke."""
    g, f = person["given_name"], person["family_name"]
    typed = []
    full = f"{g} {f[:4]}"
    typed += [("name as typed", full[:i]) for i in range(2, len(full) + 1)]
    back = f"{f}, {g[:3]}"
    typed += [("family name first", back[:i]) for i in range(2, len(back) + 1)]
    wrong = f"{typo(g, rng)} {typo(f, rng)}"
    typed += [("with a typo", wrong[:i]) for i in range(len(wrong) - 3, len(wrong) + 1)]
    digits = person["phone"].replace(" ", "")
    typed += [("phone", digits[:i]) for i in range(6, 10)]
    typed.append(("postcode", person["postcode"]))
    y, m, d = person["date_of_birth"].split("-")
    typed.append(("date of birth", f"{d}/{m}/{y}"))
    return typed


def timed(fn, *args) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn(*args)
    return (time.perf_counter() - start) * 1000, result


def baseline(conn, query: str) -> list:
    toks = tokens(query) or [query.lower()]
    tok = toks[0]
    return conn.execute(
        "SELECT person_id FROM person_tokens WHERE token >= ? AND token < ? LIMIT 20",
        (tok, tok + "\U0010ffff")).fetchall()


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) > 1 else samples[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--typists", type=int, default=150, help="people searched for")
    args = parser.parse_args()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        conn = open_database(Path(tmp))
        hub = hubs.ensure_hub(conn, "Bench hub")
        user = hubs.add_user(conn, hub["id"], "Bench", "coordinator")
        actor = Actor(hub["id"], user["id"], "coordinator")
        start = time.perf_counter()
        generate(conn, actor, args.people, rng)
        print(f"generated {args.people:,} people in {time.perf_counter() - start:.0f} s")
        ids = [r[0] for r in conn.execute("SELECT id FROM people ORDER BY random() LIMIT ?",
                                          (args.typists,))]
        by_kind: dict[str, list[float]] = defaultdict(list)
        found_rank: list[int] = []
        base: list[float] = []
        for person_id in ids:
            person = people.get_person(conn, person_id)
            strokes = keystrokes(person, rng)
            for kind, query in strokes:
                ms, matches = timed(people.search_people, conn, query)
                by_kind[kind].append(ms)
                base.append(timed(baseline, conn, query)[0])
            # Was the person in the results once the name was typed in full?
            final = people.search_people(conn, f"{person['given_name']} "
                                               f"{person['family_name']}")
            ranks = [i for i, m in enumerate(final) if m.person["id"] == person_id]
            found_rank.append(ranks[0] if ranks else -1)
        conn.close()
    every = [ms for samples in by_kind.values() for ms in samples]
    s95, b95 = p95(every), p95(base)
    print(f"search_people over {args.people:,} people: p50 {statistics.median(every):.1f} ms, "
          f"p95 {s95:.1f} ms over {len(every):,} keystrokes (goal p95 <= 30 ms)")
    for kind, samples in by_kind.items():
        print(f"  {kind:18} p50 {statistics.median(samples):6.1f} ms  p95 {p95(samples):6.1f} ms"
              f"  max {max(samples):6.1f} ms  ({len(samples)})")
    print(f"baseline, bare indexed prefix SELECT: p50 {statistics.median(base):.2f} ms, "
          f"p95 {b95:.2f} ms")
    print(f"ratio p95 {s95 / b95:.1f}x the baseline")
    hits = sum(r >= 0 for r in found_rank)
    print(f"full name typed: the person was in the results {hits}/{len(found_rank)} times "
          f"(top 5: {sum(0 <= r < 5 for r in found_rank)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
