"""Council-side data protection at scale (SQLite server database in a temp folder).

Seeds N people (each with 2 enquiries and a note) spread over 10 hubs, half of them
older than the retention period, then times:
- a subject access export of one person across hubs (search + export);
- the first retention run (anonymises the old half) and a second, idempotent run;
and prints each with its ratio to a same-run baseline: `export_rows("enquiries")`,
the existing full export of every enquiry (one pass over the same records).

    python bench/server_privacy.py [--people 20000]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from accesspoint_server import models as m
from accesspoint_server import retention
from accesspoint_server import subject_access as sar
from accesspoint_server.admin_ops import export_rows
from accesspoint_server.auth import create_hub
from accesspoint_server.db import Database, bulk_insert


def _iso(dt: datetime) -> str:
    return dt.isoformat().replace("+00:00", "Z")


def seed(db: Database, people: int) -> str:
    hubs = [create_hub(db, f"Hub {i}")[0] for i in range(10)]
    now = datetime.now(UTC)
    old, recent = _iso(now - timedelta(days=4 * 365)), _iso(now - timedelta(days=20))
    rows, target = [], ""
    for i in range(people):
        hub = hubs[i % 10]
        when = old if i % 2 else recent
        pid = str(uuid.uuid4())
        target = target or pid
        person = {"id": pid, "hub_id": hub, "given_name": f"Given{i}", "family_name": "Family",
                  "date_of_birth": "1980-01-01", "postcode": "E1 6AN", "phone": "07700900000",
                  "created_at": when, "updated_at": when}
        rows.append(("person", pid, hub, person, when))
        for k in range(2):
            eid = str(uuid.uuid4())
            rows.append(("enquiry", eid, hub, {
                "id": eid, "hub_id": hub, "person_id": pid, "description": f"story {i} {k}",
                "needs": ["debt"], "outcome": "signposted", "channel": "walk_in",
                "created_at": when}, when))
            nid = str(uuid.uuid4())
            rows.append(("enquiry_note", nid, hub, {"id": nid, "hub_id": hub,
                                                    "enquiry_id": eid, "text": "a note"}, when))
    with db.write() as conn:
        bulk_insert(conn, m.records, [
            {"kind": k, "record_id": rid, "hub_id": hub, "version": 1, "deleted": False,
             "payload": json.dumps(pl), "payload_hash": None, "created_at": when,
             "updated_at": when} for k, rid, hub, pl, when in rows])
    return target


def timed(fn):  # noqa: ANN001, ANN201
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=20000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'server.sqlite3'}")
        db.migrate()
        target = seed(db, args.people)
        base, (_cols, enquiries) = timed(lambda: export_rows(db, "enquiries"))
        print(f"baseline export_rows(enquiries): {base:.3f} s for {len(enquiries)} enquiries")
        t_find, found = timed(lambda: sar.find_people(db, name="Given0 Family",
                                                      date_of_birth="1980-01-01"))
        t_sar, bundle = timed(lambda: sar.export(db, "bench", [f["person_id"] for f in found]
                                                 or [target]))
        n = sum(len(v) for v in bundle["records"].values())
        print(f"subject access find: {t_find:.3f} s (x{t_find / base:.2f}); "
              f"export: {t_sar:.3f} s (x{t_sar / base:.2f}), {n} records")
        t_run, rep = timed(lambda: retention.run(db, "bench"))
        print(f"retention first run: {t_run:.3f} s (x{t_run / base:.2f}); "
              f"person {rep['person']}, enquiry {rep['enquiry']}, notes {rep['enquiry_note']}")
        t_again, rep2 = timed(lambda: retention.run(db, "bench"))
        print(f"retention second run: {t_again:.3f} s (x{t_again / base:.2f}); "
              f"anonymised {rep2['person']['anonymised'] + rep2['enquiry']['anonymised']}")
        db.dispose()


if __name__ == "__main__":
    main()
