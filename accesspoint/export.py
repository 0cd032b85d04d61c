"""Stable, documented exports (`accesspoint export KIND`). Columns are a contract:
add new ones at the end, never rename or drop (see docs/exports.md)."""

from __future__ import annotations

import csv
import importlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Any


@dataclass(frozen=True)
class Export:
    columns: tuple[str, ...]
    rows: Callable[[sqlite3.Connection], Iterator[dict[str, Any]]]


ENQUIRY_COLUMNS = (
    "id", "reference", "hub_id", "created_by", "created_at", "updated_at", "version",
    "person_id", "channel", "needs", "description", "preferred_language",
    "interpreter_needed", "accessibility_needs", "urgency", "safeguarding", "outcome",
    "follow_up_date", "follow_up_done_at",
)
PEOPLE_COLUMNS = (
    "id", "hub_id", "created_by", "created_at", "updated_at", "version", "given_name",
    "family_name", "date_of_birth", "phone", "email", "postcode", "address",
    "preferred_language", "interpreter_needed", "accessibility_needs", "merged_into",
)
_BOOLS = {"interpreter_needed", "safeguarding"}


def _enquiry_rows(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    sql = (
        "SELECT e.*, (SELECT group_concat(need_code, ';') FROM (SELECT need_code FROM"
        " enquiry_needs n WHERE n.enquiry_id = e.id ORDER BY need_code)) AS need_list"
        " FROM enquiries e ORDER BY e.created_at, e.id"
    )
    for row in conn.execute(sql):
        item = {c: row[c] for c in ENQUIRY_COLUMNS if c != "needs"}
        item["needs"] = row["need_list"].split(";") if row["need_list"] else []
        for b in _BOOLS & item.keys():
            item[b] = bool(item[b])
        yield item


def _people_rows(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for row in conn.execute("SELECT * FROM people ORDER BY created_at, id"):
        item = {c: row[c] for c in PEOPLE_COLUMNS}
        item["interpreter_needed"] = bool(item["interpreter_needed"])
        yield item


# Other parts of the app add their kinds here as "module:attribute" (an Export),
# imported only when asked for so the CLI starts fast.
KINDS: dict[str, Export | str] = {
    "enquiries": Export(ENQUIRY_COLUMNS, _enquiry_rows),
    "people": Export(PEOPLE_COLUMNS, _people_rows),
    "services": "accesspoint.directory.export:SERVICES",
    "referrals": "accesspoint.directory.export:REFERRALS",
    "unmet_needs": "accesspoint.directory.export:UNMET_NEEDS",
    "members": "accesspoint.timebank.export:MEMBERS",
    "activities": "accesspoint.timebank.export:ACTIVITIES",
    "ledger": "accesspoint.timebank.export:LEDGER",
    "balances": "accesspoint.timebank.export:BALANCES",
    "rewards": "accesspoint.timebank.export:REWARDS",
    "conversions": "accesspoint.timebank.export:CONVERSIONS",
    "time_audit": "accesspoint.timebank.export:TIME_AUDIT",
}


def get_export(kind: str) -> Export:
    entry = KINDS.get(kind)
    if entry is None:
        raise KeyError(f"unknown export kind '{kind}'; choose one of: {', '.join(sorted(KINDS))}")
    if isinstance(entry, str):
        module, attr = entry.split(":")
        entry = getattr(importlib.import_module(module), attr)
    return entry


def _csv_value(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def write(conn: sqlite3.Connection, kind: str, fmt: str, out: IO[str]) -> int:
    export = get_export(kind)
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(export.columns), lineterminator="\n")
        writer.writeheader()
        for item in export.rows(conn):
            writer.writerow({k: _csv_value(item.get(k)) for k in export.columns})
            count += 1
    elif fmt == "json":
        out.write("[")
        for item in export.rows(conn):
            out.write(",\n" if count else "\n")
            out.write(json.dumps({k: item.get(k) for k in export.columns}, ensure_ascii=False))
            count += 1
        out.write("\n]\n")
    else:
        raise ValueError(f"unknown format '{fmt}'; use csv or json")
    return count
