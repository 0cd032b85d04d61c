"""Set-based staging and apply for a whole feed.

Staging writes each normalised record, with everything search needs derived
from it, into temporary tables (the temp database: on disk, outside the
directory, no lock on it). Applying is then a handful of INSERT ... SELECT /
UPDATE ... FROM statements in one transaction: SQLite does the per-row work in
C, so 50,000 services apply in seconds instead of minutes of per-row Python.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Any

from accesspoint.clock import today_local, utcnow_iso
from accesspoint.directory import store
from accesspoint.directory.oruk_map import Mapper

# Side-table rows travel as JSON in the stage row, one column per table (a flat array
# for one-column tables), and are expanded with json_each at apply time: one INSERT
# per record, not five, and each table's apply parses only its own small array.
_SIDE = tuple(f"side_{table}" for table in store.SIDE_TABLES)
_STAGE_COLUMNS = ("id", "hash", "data", "stale", *store.SERVICE_COLUMNS, "fts_name",
                  "fts_taxonomy", "fts_description", "searchable", *_SIDE, "local")
_INSERT = (f"INSERT OR IGNORE INTO temp.dir_stage ({', '.join(_STAGE_COLUMNS)})"
           f" VALUES ({', '.join('?' * len(_STAGE_COLUMNS))})")
_REPLACE = _INSERT.replace("INSERT OR IGNORE", "REPLACE")
# Where things sit in a prepared row (the stage columns, side tables still as lists).
_N = len(store.SERVICE_COLUMNS)
_VALUES = slice(4, 4 + _N)
_FTS = slice(4 + _N, 7 + _N)
_SEARCHABLE = 7 + _N
_SIDE_AT = tuple(enumerate(store.SIDE_TABLES.items(), start=8 + _N))


def create(conn: sqlite3.Connection) -> None:
    drop(conn)
    conn.execute(f"CREATE TEMP TABLE dir_stage (id TEXT PRIMARY KEY,"
                 f" {', '.join(_STAGE_COLUMNS[1:])})")


def drop(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TABLE IF EXISTS temp.dir_stage")
    conn.execute("DROP TABLE IF EXISTS temp.dir_plan")


def prepare(record: dict[str, Any], today: date | None = None) -> tuple:
    """The row for a record, in stage column order with the side tables' rows as lists
    (pure Python: may run on a producer thread)."""
    text, digest = store.encode(record)
    values, side, fts = store.derive(record)
    return (record["id"], digest, text,
            int(store.is_stale(record.get("assured_date"), today or today_local())),
            *values.values(), *(fts or ("", "", "")), 0 if fts is None else 1,
            *side.values(), 1 if record.get("local") else 0)


def prepare_chunk(items: list[tuple[Any, str]], mapper: Mapper | None = None,
                  ) -> tuple[list[tuple], list[str], str | None]:
    """Map, check and prepare a chunk of raw records for the stage: (rows, warnings,
    ORUK version of the first). Pure Python with picklable arguments, so it can run in a
    worker process; given the importer's own mapper, its warnings collect there instead."""
    own = mapper or Mapper()
    rows, first = [], None
    today = today_local()  # once per chunk, not per record (it asks the OS for the zone)
    for raw, where in items:
        record = own.normalise(raw, where)
        first = first or record["oruk_version"]
        rows.append(_staged(prepare(record, today)))
    return rows, ([] if mapper is not None else own.warnings), first


def _staged(row: tuple) -> tuple:
    """A prepared row as the stage holds it: each side table's rows as one JSON array
    (made here, on the importer's mapping thread, not on the one writing the stage)."""
    return (*row[:_SEARCHABLE + 1],
            *(_side_json(row[i], len(columns)) for i, (_t, columns) in _SIDE_AT), row[-1])


def stage(conn: sqlite3.Connection, staged: list[tuple]) -> int:
    """Stage rows from ``prepare_chunk``; returns how many repeated an id already staged
    (the later copy wins, as a publisher's later edit would)."""
    before = conn.total_changes
    conn.executemany(_INSERT, staged)
    fresh = conn.total_changes - before
    if fresh < len(staged):  # rare: put the later copies in, in feed order
        conn.executemany(_REPLACE, staged)
    return len(staged) - fresh


def _side_json(rows: list[tuple], width: int) -> str | None:
    if not rows:
        return None
    return json.dumps([r[0] for r in rows] if width == 1 else rows)


def apply(conn: sqlite3.Connection, origin: str, retire_missing: bool, *,
          set_local: bool = False) -> dict[str, int]:
    """Apply the stage inside the caller's transaction; returns the counts.

    ``set_local``: take each record's own local flag (a pulled council record
    that adopts a hub's local service stops being local, as a single write
    does); an import leaves the flag of existing rows alone and adds rows as
    council rows."""
    now = utcnow_iso()
    conn.execute(
        "CREATE TEMP TABLE dir_plan AS SELECT s.id AS id, d.num AS num, CASE"
        " WHEN d.num IS NULL OR d.retired_at IS NOT NULL THEN 'added'"
        " WHEN d.content_hash = s.hash THEN 'unchanged' ELSE 'changed' END AS outcome,"
        " d.origin AS old_origin, d.local AS old_local"
        " FROM temp.dir_stage s LEFT JOIN dir_services d ON d.id = s.id")
    conn.execute("CREATE INDEX temp.dir_plan_id ON dir_plan(id)")
    counts = {k: v for k, v in conn.execute(
        "SELECT outcome, COUNT(*) FROM temp.dir_plan GROUP BY outcome")}
    # Rows that exist and change (or come back): clear their derived rows first.
    touched = "SELECT num FROM temp.dir_plan WHERE num IS NOT NULL AND outcome != 'unchanged'"
    for table in store.SIDE_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE service_rowid IN ({touched})")
    conn.execute(f"DELETE FROM dir_fts WHERE rowid IN ({touched})")
    sets = ", ".join(f"{c} = s.{c}" for c in store.SERVICE_COLUMNS)
    conn.execute(
        f"UPDATE dir_services SET {sets}, origin = ?, updated_at = ?, content_hash = s.hash,"
        f" data = s.data,{' local = s.local,' if set_local else ''} retired_at = NULL,"
        " version = dir_services.version + 1"
        " FROM temp.dir_stage s JOIN temp.dir_plan p ON p.id = s.id"
        " WHERE dir_services.num = p.num AND p.outcome != 'unchanged'", (origin, now))
    cols = ", ".join(store.SERVICE_COLUMNS)
    conn.execute(
        f"INSERT INTO dir_services (id, origin, local, created_at, updated_at, version,"
        f" content_hash, data, {cols}) SELECT s.id, ?, {'s.local' if set_local else '0'},"
        f" ?, ?, 1, s.hash, s.data,"
        f" {', '.join('s.' + c for c in store.SERVICE_COLUMNS)}"
        f" FROM temp.dir_stage s JOIN temp.dir_plan p ON p.id = s.id WHERE p.num IS NULL",
        (origin, now, now))
    conn.execute("UPDATE temp.dir_plan SET num = (SELECT num FROM dir_services d"
                 " WHERE d.id = dir_plan.id) WHERE num IS NULL")
    # Unchanged services now belong to this source (a later refresh may retire them).
    conn.execute("UPDATE dir_services SET origin = ? FROM temp.dir_plan p"
                 " WHERE dir_services.num = p.num AND p.outcome = 'unchanged'"
                 " AND p.old_local = 0 AND p.old_origin != ?", (origin, origin))
    for table, columns in store.SIDE_TABLES.items():
        picks = "j.value" if len(columns) == 1 else ", ".join(
            f"json_extract(j.value, '$[{i}]')" for i in range(len(columns)))
        conn.execute(
            f"INSERT OR IGNORE INTO {table} (service_rowid, {', '.join(columns)})"
            f" SELECT p.num, {picks} FROM temp.dir_stage s JOIN temp.dir_plan p ON p.id = s.id,"
            f" json_each(s.side_{table}) j WHERE p.outcome != 'unchanged'"
            f" AND s.side_{table} IS NOT NULL")
    conn.execute(
        "INSERT INTO dir_fts (rowid, name, taxonomy, description)"
        " SELECT p.num, s.fts_name, s.fts_taxonomy, s.fts_description"
        " FROM temp.dir_stage s JOIN temp.dir_plan p ON p.id = s.id"
        " WHERE p.outcome != 'unchanged' AND s.searchable = 1")
    removed = 0
    if retire_missing:
        removed = _retire_where(
            conn, "origin = ? AND local = 0 AND id NOT IN (SELECT id FROM temp.dir_stage)",
            (origin,), now)
    store.bump_generation(conn)
    return {"added": counts.get("added", 0), "changed": counts.get("changed", 0),
            "unchanged": counts.get("unchanged", 0), "removed": removed}


def write_page(conn: sqlite3.Connection, rows: list[tuple], origin: str) -> dict[str, int]:
    """Write prepared rows (ids unique) straight to the directory, inside the caller's
    transaction: a pulled page. The same outcome as staging then ``apply(set_local=True)``
    without the stage: a page is small, so its rows go from Python to the tables with
    one executemany per table (one SELECT finds what is already here), not through a
    temporary table written, read and dropped per page."""
    now = utcnow_iso()
    have = {r[0]: r[1:] for r in conn.execute(
        "SELECT id, num, content_hash, retired_at, origin, local FROM dir_services"
        " WHERE id IN (SELECT value FROM json_each(?))", (json.dumps([r[0] for r in rows]),))}
    # num is the rowid (no AUTOINCREMENT): SQLite would pick MAX + 1 itself; picking it
    # here lets the side tables and the FTS rows be written without reading it back.
    num = conn.execute("SELECT COALESCE(MAX(num), 0) FROM dir_services").fetchone()[0]
    inserts, updates, cleared, adopted, written = [], [], [], [], []
    counts = {"added": 0, "changed": 0, "unchanged": 0, "removed": 0}
    for r in rows:
        old = have.get(r[0])
        if old is None:
            num += 1
            inserts.append((num, r[0], origin, r[-1], now, now, r[1], r[2], *r[_VALUES]))
            written.append((num, r))
            counts["added"] += 1
        elif old[1] == r[1] and old[2] is None:
            counts["unchanged"] += 1
            if not old[4] and old[3] != origin:
                adopted.append((origin, old[0]))
        else:
            updates.append((*r[_VALUES], origin, now, r[1], r[2], r[-1], old[0]))
            cleared.append(old[0])
            written.append((old[0], r))
            counts["changed" if old[2] is None else "added"] += 1
    if cleared:
        gone = json.dumps(cleared)
        for table in store.SIDE_TABLES:
            conn.execute(f"DELETE FROM {table} WHERE service_rowid IN"
                         " (SELECT value FROM json_each(?))", (gone,))
        conn.execute("DELETE FROM dir_fts WHERE rowid IN (SELECT value FROM json_each(?))",
                     (gone,))
    cols = store.SERVICE_COLUMNS
    conn.executemany(
        f"UPDATE dir_services SET {', '.join(f'{c} = ?' for c in cols)}, origin = ?,"
        " updated_at = ?, content_hash = ?, data = ?, local = ?, retired_at = NULL,"
        " version = version + 1 WHERE num = ?", updates)
    conn.executemany(
        f"INSERT INTO dir_services (num, id, origin, local, created_at, updated_at, version,"
        f" content_hash, data, {', '.join(cols)}) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?,"
        f" {', '.join('?' * len(cols))})", inserts)
    conn.executemany("UPDATE dir_services SET origin = ? WHERE num = ?", adopted)
    for i, (table, columns) in _SIDE_AT:
        conn.executemany(
            f"INSERT OR IGNORE INTO {table} (service_rowid, {', '.join(columns)})"
            f" VALUES (?, {', '.join('?' * len(columns))})",
            [(n, *side) for n, r in written for side in r[i]])
    conn.executemany("INSERT INTO dir_fts (rowid, name, taxonomy, description)"
                     " VALUES (?, ?, ?, ?)",
                     [(n, *r[_FTS]) for n, r in written if r[_SEARCHABLE]])
    if written:
        store.bump_generation(conn)
    return counts


def retire_ids(conn: sqlite3.Connection, ids: list[str]) -> int:
    """Take many services out of search at once (inside the caller's transaction)."""
    if not ids:
        return 0
    removed = _retire_where(conn, "id IN (SELECT value FROM json_each(?))",
                            (json.dumps(ids),), utcnow_iso())
    if removed:
        store.bump_generation(conn)
    return removed


def _retire_where(conn: sqlite3.Connection, where: str, params: tuple, now: str) -> int:
    """Retire the live services matching ``where``: their search rows go, the row stays
    (past referrals still read it)."""
    conn.execute("DROP TABLE IF EXISTS temp.dir_gone")
    conn.execute("CREATE TEMP TABLE dir_gone AS SELECT num FROM dir_services"
                 f" WHERE retired_at IS NULL AND {where}", params)
    removed = conn.execute("SELECT COUNT(*) FROM temp.dir_gone").fetchone()[0]
    if removed:
        for table in store.SIDE_TABLES:
            conn.execute(f"DELETE FROM {table} WHERE service_rowid IN"
                         " (SELECT num FROM temp.dir_gone)")
        conn.execute("DELETE FROM dir_fts WHERE rowid IN (SELECT num FROM temp.dir_gone)")
        conn.execute("UPDATE dir_services SET retired_at = ?, updated_at = ?,"
                     " version = version + 1 WHERE num IN (SELECT num FROM temp.dir_gone)",
                     (now, now))
    conn.execute("DROP TABLE temp.dir_gone")
    return removed


def staged_stale(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COALESCE(SUM(stale), 0) FROM temp.dir_stage").fetchone()[0]


def staged_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM temp.dir_stage").fetchone()[0]
