"""The time audit: who gives how much time, to what, when and where.

Counts earned time net of corrections (a correction of an earn subtracts), by
the day the time was given. Everything is summed in SQL so a year of a busy
borough is one query per table.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

# Earned minutes, signed: an earn adds; a correction of an earn (it carries the
# activity date) subtracts. `project` is the issuing account either way.
_NET = """
SELECT t.*, CASE WHEN t.kind = 'earn' THEN t.minutes ELSE -t.minutes END AS net,
       CASE WHEN t.kind = 'earn' THEN t.from_account ELSE t.to_account END AS project
FROM tb_transfers t
WHERE (t.kind = 'earn' OR (t.kind = 'correction' AND t.activity_date IS NOT NULL))
  AND t.activity_date >= :start AND t.activity_date <= :end
"""

GROUPS = {
    "activity": ("COALESCE(a.name, '(unknown activity)')",
                 "LEFT JOIN tb_activities a ON a.id = n.activity_id"),
    "project": ("COALESCE(o.organisation_name, h.name, n.project)",
                "LEFT JOIN tb_members o ON 'project:' || o.id = n.project"
                " LEFT JOIN hubs h ON 'project:' || h.id = n.project"),
    "hub": ("COALESCE(h.name, n.hub_id)", "LEFT JOIN hubs h ON h.id = n.hub_id"),
    "month": ("substr(n.activity_date, 1, 7)", ""),
    "member_type": ("COALESCE(m.member_type, '(unknown)')",
                    "LEFT JOIN tb_members m ON m.id = n.member_id"),
    "member": ("COALESCE(m.member_number, n.member_id)",
               "LEFT JOIN tb_members m ON m.id = n.member_id"),
}


@dataclass
class Audit:
    start: str
    end: str
    total_minutes: int
    active_members: int
    new_members: int
    by: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)

    def as_rows(self) -> list[dict[str, Any]]:
        """Flat rows for CSV export: dimension, key, minutes, members."""
        rows = [{"dimension": "total", "key": "", "minutes": self.total_minutes,
                 "members": self.active_members},
                {"dimension": "new_members", "key": "", "minutes": 0,
                 "members": self.new_members}]
        for dim, items in self.by.items():
            rows += [{"dimension": dim, "key": k, "minutes": m, "members": c}
                     for k, m, c in items]
        return rows


def grouped(conn: sqlite3.Connection, dimension: str, start: str, end: str
            ) -> list[tuple[str, int, int]]:
    """(label, net minutes, distinct members) per group, largest first."""
    label, joins = GROUPS[dimension]
    sql = (f"SELECT {label} AS label, SUM(n.net) AS minutes, COUNT(DISTINCT n.member_id)"
           f" FROM ({_NET}) n {joins} GROUP BY label HAVING SUM(n.net) != 0"
           + (" ORDER BY label" if dimension == "month" else " ORDER BY minutes DESC, label"))
    return [(r[0], int(r[1]), int(r[2]))
            for r in conn.execute(sql, {"start": start, "end": end})]


def time_audit(conn: sqlite3.Connection, start: str, end: str,
               dimensions: tuple[str, ...] = tuple(GROUPS)) -> Audit:
    row = conn.execute(f"SELECT COALESCE(SUM(net), 0) FROM ({_NET})",
                       {"start": start, "end": end}).fetchone()
    active = conn.execute(
        f"SELECT COUNT(*) FROM (SELECT member_id FROM ({_NET}) GROUP BY member_id"
        " HAVING SUM(net) > 0)", {"start": start, "end": end}).fetchone()[0]
    new = conn.execute("SELECT COUNT(*) FROM tb_members WHERE joined_on >= ? AND joined_on <= ?",
                       (start, end)).fetchone()[0]
    audit = Audit(start, end, int(row[0]), int(active), int(new))
    for dim in dimensions:
        audit.by[dim] = grouped(conn, dim, start, end)
    return audit
