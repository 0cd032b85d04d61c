"""The enquiry and referral rollups that schema 7 keeps in tables by trigger
(accesspoint/migrations/m0007_report_rollups.py), read for the dashboard.

Why: grouping 100,000 enquiries with their needs and people from scratch took the
dashboard's first open seconds; these tables hold one row per day, hub and
category, so reading all of them takes tens of milliseconds. `rep_state` counts
changes per rollup, so a reader re-reads a rollup only when its counter moved.

`FROM_SCRATCH` holds the same aggregates computed from the records: `differences`
compares the two (tests, and a health check that can be run on any database).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from .aggregate import postcode_district
from .records import has_table
from .rollups import EnquiryRollup, directory_unmet, read_overdue

TABLES = ("rep_enquiry_day", "rep_need_day", "rep_unmet_day", "rep_referral_day", "rep_state")


def available(conn: sqlite3.Connection) -> bool:
    return all(has_table(conn, t) for t in TABLES)


def _rows(conn: sqlite3.Connection, sql: str, args: tuple = ()) -> list[tuple]:
    # Plain tuples, not sqlite3.Row: tens of thousands of rows are read at once.
    cur = conn.cursor()
    cur.row_factory = None
    try:
        return cur.execute(sql, args).fetchall()
    finally:
        cur.close()


def versions(conn: sqlite3.Connection) -> dict[str, int]:
    """Change counters: 'enquiries', 'referrals', 'ledger', 'members'."""
    return dict(_rows(conn, "SELECT name, version FROM rep_state"))


# The projections dashboard._view asks for, (list name, columns) -> (table, fields):
# summed in SQL over the small tables, not row by row in Python.
_VIEWS = {
    ("by_day", (2,)): ("rep_enquiry_day", "channel"),
    ("by_day", (3,)): ("rep_enquiry_day", "outcome"),
    ("needs", (2,)): ("rep_need_day", "need_code"),
    ("referrals", (2, 3)): ("rep_referral_day", "service_name, kind"),
    ("referrals", (3, 4)): ("rep_referral_day", "kind, status"),
}


def enquiries(conn: sqlite3.Connection, today: str) -> EnquiryRollup:
    """The enquiry rollup for `dashboard.build`, as `rollups.enquiry_steps` builds it
    from the records, except that the per-chart projections (`views`) come from SQL
    (`fill_views`, called for the hub filter in use) instead of the full lists."""
    out = EnquiryRollup(referrals=[])
    read_unmet(conn, out)
    out.overdue = read_overdue(conn, today, covering=True)
    return out


def area(stored: str) -> str:
    """A stored unmet-need area: a district, or '?' + a postcode SQL could not parse
    exactly (not plain ASCII), turned into its district here."""
    return postcode_district(stored[1:]) if stored.startswith("?") else stored


def read_unmet(conn: sqlite3.Connection, out: EnquiryRollup) -> None:
    """(day, hub, need, district, count), sorted by day."""
    unmet: dict[tuple, int] = defaultdict(int)
    for day, hub, need, where, n in _rows(
            conn, "SELECT day, hub_id, need_code, area, n FROM rep_unmet_day"):
        unmet[(day, hub, need, area(where) if where[:1] == "?" else where)] += n
    directory_unmet(conn, unmet, {})
    out.unmet = sorted(((*k, n) for k, n in unmet.items() if n), key=lambda r: r[0])


def fill_views(conn: sqlite3.Connection, data: EnquiryRollup, by_hub: bool,
               names: tuple[str, ...] = ("by_day", "needs", "referrals")) -> None:
    """Put into `data.views` the projections `dashboard` will ask for, for all hubs
    (by_hub False) or per hub: (day, hub or None, *fields, count), sorted by day."""
    for (name, cols), (table, fields) in _VIEWS.items():
        key = (name, cols, by_hub)
        if name not in names or key in data.views:
            continue
        hub, group = ("hub_id", f"day, hub_id, {fields}") if by_hub else ("NULL", f"day, {fields}")
        data.views[key] = _rows(
            conn, f"SELECT day, {hub}, {fields}, SUM(n) FROM {table}"  # nosec B608 - fixed
                  f" GROUP BY {group} HAVING SUM(n) != 0 ORDER BY day")


NSF = "'no_suitable_service'"
FROM_SCRATCH = {
    "rep_enquiry_day": "SELECT substr(created_at, 1, 10), hub_id, channel, outcome, COUNT(*)"
                       " FROM enquiries GROUP BY 1, 2, 3, 4",
    "rep_need_day": "SELECT substr(e.created_at, 1, 10), e.hub_id, x.need_code, COUNT(*)"
                    " FROM enquiries e JOIN enquiry_needs x ON x.enquiry_id = e.id"
                    " GROUP BY 1, 2, 3",
    # By postcode: made districts in Python (`differences`), the reference.
    "rep_unmet_day": "SELECT substr(e.created_at, 1, 10), e.hub_id, x.need_code,"
                     " COALESCE(p.postcode, ''), COUNT(*) FROM enquiries e"
                     " JOIN enquiry_needs x ON x.enquiry_id = e.id"
                     " LEFT JOIN people p ON p.id = e.person_id"
                     f" WHERE e.outcome = {NSF} GROUP BY 1, 2, 3, 4",
    "rep_referral_day": "SELECT substr(created_at, 1, 10), hub_id, service_name, kind,"
                        " status, COUNT(*) FROM referrals GROUP BY 1, 2, 3, 4, 5",
}
_STORED = {
    "rep_enquiry_day": "SELECT day, hub_id, channel, outcome, n FROM rep_enquiry_day",
    "rep_need_day": "SELECT day, hub_id, need_code, n FROM rep_need_day",
    "rep_unmet_day": "SELECT day, hub_id, need_code, area, n FROM rep_unmet_day",
    "rep_referral_day": "SELECT day, hub_id, service_name, kind, status, n"
                        " FROM rep_referral_day",
}


def differences(conn: sqlite3.Connection) -> dict[str, tuple[set, set]]:
    """Per rollup table: (rows only in the table, rows only in a fresh aggregate). Empty
    when every stored rollup equals the records. Rows left at zero count as wrong."""
    out = {}
    for table, sql in FROM_SCRATCH.items():
        stored = set(_rows(conn, _STORED[table]))
        fresh = set(_rows(conn, sql))
        if table == "rep_unmet_day":
            stored, fresh = _by_district(stored, area), _by_district(fresh, postcode_district)
        if stored != fresh:
            out[table] = (stored - fresh, fresh - stored)
    return out


def _by_district(rows: set[tuple], to_area) -> set[tuple]:
    sums: dict[tuple, int] = defaultdict(int)
    for day, hub, need, where, n in rows:
        sums[(day, hub, need, to_area(where))] += n
    return {(*k, n) for k, n in sums.items()}

