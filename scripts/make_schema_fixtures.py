"""Write tests/fixtures/schemas/vN.sqlite3: a database at each past schema version,
holding people, enquiries and consent, so upgrading each one is tested.

Run when a new migration is added (the newest version needs no fixture: it is
what a new database gets). Existing fixtures are never rewritten: they stand
for databases already out there.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from accesspoint import migrations  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "schemas"


def build(version: int, target: Path) -> None:
    conn = sqlite3.connect(target, isolation_level=None)
    for step in migrations.steps()[:version]:
        conn.execute("BEGIN")
        if hasattr(step, "apply"):
            step.apply(conn)
        else:
            migrations._run_script(conn, step.SQL)
        conn.execute(f"PRAGMA user_version = {step.VERSION}")
        conn.execute("COMMIT")
    now = "2026-11-01T10:00:00.000Z"
    conn.execute("BEGIN")
    conn.execute("INSERT INTO hubs VALUES ('00000000-0000-7000-8000-000000000001',"
                 " 'Fixture Hub', 'community_centre', ?)", (now,))
    conn.execute("INSERT INTO users (id, hub_id, display_name, role, created_at) VALUES"
                 " ('00000000-0000-7000-8000-000000000002',"
                 " '00000000-0000-7000-8000-000000000001', 'Fixture Coordinator',"
                 " 'coordinator', ?)", (now,))
    hub, user = "00000000-0000-7000-8000-000000000001", "00000000-0000-7000-8000-000000000002"
    for i, (given, family) in enumerate([("Ana", "Silva"), ("Kofi", "Mensah"),
                                         ("Hodan", "Warsame")]):
        pid = f"00000000-0000-7000-8000-00000000010{i}"
        conn.execute(
            "INSERT INTO people (id, hub_id, created_by, created_at, updated_at, given_name,"
            " family_name, postcode, postcode_key) VALUES (?, ?, ?, ?, ?, ?, ?, 'E8 1DY', 'E81DY')",
            (pid, hub, user, now, now, given, family))
        conn.execute("INSERT INTO person_tokens VALUES (?, ?, ?)", (pid, given.lower(), "X"))
        eid = f"00000000-0000-7000-8000-00000000020{i}"
        conn.execute(
            "INSERT INTO enquiries (id, hub_id, created_by, created_at, updated_at, reference,"
            " person_id, channel, description, outcome) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, 'walk_in', 'Fixture enquiry', 'signposted')",
            (eid, hub, user, now, now, f"ENQ-FIX{i}-0000", pid))
        conn.execute("INSERT INTO enquiry_needs VALUES (?, 'food')", (eid,))
        conn.execute(
            "INSERT INTO consent_events (id, hub_id, created_by, created_at, updated_at,"
            " person_id, enquiry_id, purpose, granted, wording) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, 'record', 1, 'Fixture wording')",
            (f"00000000-0000-7000-8000-00000000030{i}", hub, user, now, now, pid, eid))
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for version in range(1, migrations.latest_version()):
        target = OUT / f"v{version}.sqlite3"
        if target.exists():
            continue
        build(version, target)
        print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
