"""`accesspoint report open-data`: read the database, build, protect and write."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

from accesspoint.clock import today_local
from accesspoint.taxonomy import need_codes, needs

from . import open_data, records
from .dictionary import dictionary


def default_range(conn: sqlite3.Connection) -> tuple[date, date]:
    """From the first record to the end of the last complete week (a week still under
    way would change from one export to the next)."""
    last_sunday = today_local() - timedelta(days=today_local().isoweekday())
    span = records.data_span(conn)
    start = span[0] if span else last_sunday - timedelta(days=6)
    return min(start, last_sunday - timedelta(days=6)), last_sunday


def sources(conn: sqlite3.Connection, start: date, end: date,
            hub_id: str | None = None) -> open_data.Sources:
    ordered = [n.code for n in needs()]
    known = need_codes()
    enq = list(records.enquiry_records(conn, start, end, hub_id))
    for e in enq:
        e["needs"] = [n if n in known else "other" for n in e["needs"]]
    return open_data.Sources(
        enquiries=enq,
        transfers=list(records.transfer_records(conn, start, end, hub_id)),
        members=list(records.member_records(conn, start, end, hub_id)),
        needs=ordered,
        activities=sorted(records.activity_codes(conn).values()),
        has_timebank=records.has_table(conn, "tb_transfers"),
        referrals=(list(records.referral_records(conn, start, end, hub_id))
                   if records.has_table(conn, "referrals") else None),
    )


def export_open_data(conn: sqlite3.Connection, out_dir: Path | str,
                     start: date | None = None, end: date | None = None,
                     hub_id: str | None = None) -> list[Path]:
    if start is None or end is None:
        d_start, d_end = default_range(conn)
        start, end = start or d_start, end or d_end
    if start > end:
        raise ValueError("--from is after --to")
    start, end = open_data.whole_weeks(start, end)
    tables = open_data.build(sources(conn, start, end, hub_id), start, end)
    return open_data.write(tables, Path(out_dir), start, end, dictionary)
