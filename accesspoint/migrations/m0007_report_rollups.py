"""Reports: day-level enquiry, need, unmet-need and referral rollups kept equal to the
records by triggers, and a change counter per rollup.

Why: the dashboard's first open grouped 100,000 enquiries (joined to their needs and
people) from scratch, seconds on a hub PC. With these tables any date range and hub
filter reads a few thousand small rows. Triggers cover every way a row changes
(inserts, edits, deletes, erasure and anonymisation, sync-applied rows), so the
tables never need rebuilding; tests compare them with a from-scratch aggregate.

`rep_state` counts changes per rollup: the dashboard re-reads a rollup only when its
counter moved, whoever wrote (this app, sync, the CLI).

Frozen: this is schema 7 as shipped; a later change is a new migration.
"""

from __future__ import annotations

import sqlite3

VERSION = 7

NSF = "'no_suitable_service'"


def district_sql(postcode: str) -> str:
    """accesspoint.reports.aggregate.postcode_district as an SQL expression, so the
    unmet-needs rollup is kept by district (a few rows a day), not by postcode (one
    per person). Exact for printable ASCII; anything else is kept as '?' + postcode
    and turned into a district in Python when read (Python's upper() and \\s are
    Unicode-aware, SQLite's are not). A test holds the two equal."""
    k = f"upper(replace({postcode}, ' ', ''))"

    def outward(o: str) -> str:
        return "(" + " OR ".join(f"{o} GLOB '{g}'" for g in (
            "[A-Z][0-9]", "[A-Z][0-9][A-Z0-9]", "[A-Z][A-Z][0-9]",
            "[A-Z][A-Z][0-9][A-Z0-9]")) + ")"

    head = f"substr({k}, 1, length({k}) - 3)"
    return (f"CASE WHEN {postcode} GLOB '*[^ -~]*' THEN '?' || {postcode}"
            f" WHEN length({k}) BETWEEN 5 AND 7 AND substr({k}, -3) GLOB '[0-9][A-Z][A-Z]'"
            f" AND {outward(head)} THEN {head}"
            f" WHEN {outward(k)} THEN {k} ELSE 'unknown' END")


_AREA = district_sql("COALESCE(p.postcode, '')")

# Add (sign 1) or take away (sign -1) one enquiry's needs from rep_unmet_day, if its
# outcome is "no suitable service". {e} is NEW or OLD; the person's postcode is read now.
_UNMET = """
    INSERT INTO rep_unmet_day (day, hub_id, need_code, area, n)
    SELECT substr({e}.created_at, 1, 10), {e}.hub_id, x.need_code, {area}, {sign}
    FROM enquiry_needs x LEFT JOIN people p ON p.id = {e}.person_id
    WHERE x.enquiry_id = {e}.id AND {e}.outcome = """ + NSF + """
    ON CONFLICT DO UPDATE SET n = n + excluded.n;"""
_NEEDS = """
    INSERT INTO rep_need_day (day, hub_id, need_code, n)
    SELECT substr({e}.created_at, 1, 10), {e}.hub_id, x.need_code, {sign}
    FROM enquiry_needs x WHERE x.enquiry_id = {e}.id
    ON CONFLICT DO UPDATE SET n = n + excluded.n;"""
_ENQ = """
    INSERT INTO rep_enquiry_day (day, hub_id, channel, outcome, n)
    VALUES (substr({e}.created_at, 1, 10), {e}.hub_id, {e}.channel, {e}.outcome, {sign})
    ON CONFLICT DO UPDATE SET n = n + excluded.n;"""
_REF = """
    INSERT INTO rep_referral_day (day, hub_id, service_name, kind, status, n)
    VALUES (substr({e}.created_at, 1, 10), {e}.hub_id, {e}.service_name, {e}.kind,
            {e}.status, {sign})
    ON CONFLICT DO UPDATE SET n = n + excluded.n;"""
_BUMP = "UPDATE rep_state SET version = version + 1 WHERE name = '{name}';"
# Groups that fell to zero go, so the tables stay as small as the data.
_TIDY = "DELETE FROM {table} WHERE n = 0;"


def _f(template: str, e: str, sign: int) -> str:
    return template.format(e=e, sign=sign, area=_AREA)


ENQ_CHANGED = ("OLD.created_at IS NOT NEW.created_at OR OLD.hub_id IS NOT NEW.hub_id"
               " OR OLD.channel IS NOT NEW.channel OR OLD.outcome IS NOT NEW.outcome"
               " OR OLD.person_id IS NOT NEW.person_id OR OLD.id IS NOT NEW.id")
REF_CHANGED = ("OLD.created_at IS NOT NEW.created_at OR OLD.hub_id IS NOT NEW.hub_id"
               " OR OLD.service_name IS NOT NEW.service_name OR OLD.kind IS NOT NEW.kind"
               " OR OLD.status IS NOT NEW.status")

TABLES = """
CREATE TABLE rep_enquiry_day (
    day TEXT NOT NULL, hub_id TEXT NOT NULL, channel TEXT NOT NULL, outcome TEXT NOT NULL,
    n INTEGER NOT NULL, PRIMARY KEY (day, hub_id, channel, outcome)
) WITHOUT ROWID;
CREATE TABLE rep_need_day (
    day TEXT NOT NULL, hub_id TEXT NOT NULL, need_code TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (day, hub_id, need_code)
) WITHOUT ROWID;
CREATE TABLE rep_unmet_day (
    day TEXT NOT NULL, hub_id TEXT NOT NULL, need_code TEXT NOT NULL,
    area TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (day, hub_id, need_code, area)
) WITHOUT ROWID;
CREATE TABLE rep_referral_day (
    day TEXT NOT NULL, hub_id TEXT NOT NULL, service_name TEXT NOT NULL,
    kind TEXT NOT NULL, status TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (day, hub_id, service_name, kind, status)
) WITHOUT ROWID;
CREATE TABLE rep_state (name TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO rep_state VALUES ('enquiries', 0), ('referrals', 0), ('ledger', 0),
                             ('members', 0);
"""


def triggers() -> str:
    bump_e = _BUMP.format(name="enquiries")
    tidy_e = "".join(_TIDY.format(table=t) for t in
                     ("rep_enquiry_day", "rep_need_day", "rep_unmet_day"))
    need_sql = """
    INSERT INTO rep_need_day (day, hub_id, need_code, n)
    SELECT substr(e.created_at, 1, 10), e.hub_id, {x}.need_code, {sign}
    FROM enquiries e WHERE e.id = {x}.enquiry_id
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO rep_unmet_day (day, hub_id, need_code, area, n)
    SELECT substr(e.created_at, 1, 10), e.hub_id, {x}.need_code, {area}, {sign}
    FROM enquiries e LEFT JOIN people p ON p.id = e.person_id
    WHERE e.id = {x}.enquiry_id AND e.outcome = """ + NSF + """
    ON CONFLICT DO UPDATE SET n = n + excluded.n;"""

    def need_row(x: str, sign: int) -> str:
        return need_sql.format(x=x, sign=sign, area=_AREA)

    person_move = """
    INSERT INTO rep_unmet_day (day, hub_id, need_code, area, n)
    SELECT substr(e.created_at, 1, 10), e.hub_id, x.need_code, {pc}, {sign}
    FROM enquiries e JOIN enquiry_needs x ON x.enquiry_id = e.id
    WHERE e.person_id = NEW.id AND e.outcome = """ + NSF + """
    ON CONFLICT DO UPDATE SET n = n + excluded.n;"""
    bump_r = _BUMP.format(name="referrals")
    tidy_r = _TIDY.format(table="rep_referral_day")
    return f"""
CREATE TRIGGER rep_enquiry_insert AFTER INSERT ON enquiries BEGIN
    {_f(_ENQ, "NEW", 1)} {_f(_NEEDS, "NEW", 1)} {_f(_UNMET, "NEW", 1)} {bump_e}
END;
CREATE TRIGGER rep_enquiry_update AFTER UPDATE ON enquiries WHEN {ENQ_CHANGED} BEGIN
    {_f(_ENQ, "OLD", -1)} {_f(_NEEDS, "OLD", -1)} {_f(_UNMET, "OLD", -1)}
    {_f(_ENQ, "NEW", 1)} {_f(_NEEDS, "NEW", 1)} {_f(_UNMET, "NEW", 1)} {tidy_e} {bump_e}
END;
CREATE TRIGGER rep_enquiry_delete BEFORE DELETE ON enquiries BEGIN
    {_f(_ENQ, "OLD", -1)} {_f(_NEEDS, "OLD", -1)} {_f(_UNMET, "OLD", -1)} {tidy_e} {bump_e}
END;
CREATE TRIGGER rep_need_insert AFTER INSERT ON enquiry_needs BEGIN
    {need_row(x="NEW", sign=1)} {bump_e}
END;
CREATE TRIGGER rep_need_delete AFTER DELETE ON enquiry_needs BEGIN
    {need_row(x="OLD", sign=-1)} {tidy_e} {bump_e}
END;
CREATE TRIGGER rep_need_update AFTER UPDATE ON enquiry_needs BEGIN
    {need_row(x="OLD", sign=-1)} {need_row(x="NEW", sign=1)} {tidy_e} {bump_e}
END;
CREATE TRIGGER rep_person_postcode AFTER UPDATE OF postcode ON people
WHEN OLD.postcode IS NOT NEW.postcode BEGIN
    {person_move.format(pc=district_sql("OLD.postcode"), sign=-1)}
    {person_move.format(pc=district_sql("NEW.postcode"), sign=1)} {tidy_e} {bump_e}
END;
CREATE TRIGGER rep_referral_insert AFTER INSERT ON referrals BEGIN
    {_f(_REF, "NEW", 1)} {bump_r}
END;
CREATE TRIGGER rep_referral_update AFTER UPDATE ON referrals WHEN {REF_CHANGED} BEGIN
    {_f(_REF, "OLD", -1)} {_f(_REF, "NEW", 1)} {tidy_r} {bump_r}
END;
CREATE TRIGGER rep_referral_delete AFTER DELETE ON referrals BEGIN
    {_f(_REF, "OLD", -1)} {tidy_r} {bump_r}
END;
CREATE TRIGGER rep_unmet_insert AFTER INSERT ON unmet_needs BEGIN {bump_e} END;
CREATE TRIGGER rep_unmet_update AFTER UPDATE ON unmet_needs BEGIN {bump_e} END;
CREATE TRIGGER rep_unmet_delete AFTER DELETE ON unmet_needs BEGIN {bump_e} END;
CREATE TRIGGER rep_ledger_insert AFTER INSERT ON tb_transfers BEGIN
    {_BUMP.format(name="ledger")}
END;
""" + "".join(f"""
CREATE TRIGGER rep_{table}_{op} AFTER {op.upper()} ON {table} BEGIN
    {_BUMP.format(name="members")}
END;""" for table in ("tb_members", "tb_activities")
              for op in ("insert", "update", "delete"))


BACKFILL = f"""
INSERT INTO rep_enquiry_day (day, hub_id, channel, outcome, n)
SELECT substr(created_at, 1, 10), hub_id, channel, outcome, COUNT(*) FROM enquiries
GROUP BY 1, 2, 3, 4;
INSERT INTO rep_need_day (day, hub_id, need_code, n)
SELECT substr(e.created_at, 1, 10), e.hub_id, x.need_code, COUNT(*)
FROM enquiries e JOIN enquiry_needs x ON x.enquiry_id = e.id GROUP BY 1, 2, 3;
INSERT INTO rep_unmet_day (day, hub_id, need_code, area, n)
SELECT substr(e.created_at, 1, 10), e.hub_id, x.need_code,
       {district_sql("COALESCE(p.postcode, '')")}, COUNT(*)
FROM enquiries e JOIN enquiry_needs x ON x.enquiry_id = e.id
LEFT JOIN people p ON p.id = e.person_id
WHERE e.outcome = {NSF} GROUP BY 1, 2, 3, 4;
INSERT INTO rep_referral_day (day, hub_id, service_name, kind, status, n)
SELECT substr(created_at, 1, 10), hub_id, service_name, kind, status, COUNT(*)
FROM referrals GROUP BY 1, 2, 3, 4, 5;
"""


def apply(conn: sqlite3.Connection) -> None:
    from accesspoint.migrations import _run_script

    _run_script(conn, TABLES)
    _run_script(conn, BACKFILL)
    _run_script(conn, triggers())
    # The overdue chart reads follow-ups live (they depend on today): covering indexes
    # of the open ones only, so that never visits the big tables.
    conn.execute("CREATE INDEX enquiries_overdue ON enquiries(follow_up_date, hub_id)"
                 " WHERE follow_up_done_at IS NULL")
    conn.execute("CREATE INDEX referrals_overdue ON referrals(follow_up_date, hub_id)"
                 " WHERE kind = 'referral' AND closed_at IS NULL")
