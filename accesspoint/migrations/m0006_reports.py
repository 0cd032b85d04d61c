"""Reports: an index for the dashboard's enquiry rollup, and day/month time-bank
rollups kept up to date by a trigger (the ledger is append-only), backfilled once."""

from __future__ import annotations

import sqlite3

VERSION = 6

_KIND = (
    "CASE WHEN kind != 'correction' THEN kind"
    " WHEN activity_date IS NOT NULL THEN 'earn_correction'"
    " WHEN from_account = 'rewards' THEN 'spend_correction' ELSE 'correction' END"
)


# A copy of accesspoint.reports.rollups.ROLLUP_SQL as it stood for schema 6: a
# migration must not change when the app's code does.
ROLLUP_SQL = """
CREATE TABLE tb_rollup_day (
    day TEXT NOT NULL, hub_id TEXT NOT NULL, activity_id TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL, minutes INTEGER NOT NULL, transfers INTEGER NOT NULL,
    PRIMARY KEY (day, hub_id, activity_id, kind)
) WITHOUT ROWID;
CREATE TABLE tb_rollup_member_month (
    month TEXT NOT NULL, member_id TEXT NOT NULL, kind TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    PRIMARY KEY (month, member_id, kind)
) WITHOUT ROWID;
CREATE TRIGGER tb_rollup_insert AFTER INSERT ON tb_transfers
BEGIN
    INSERT INTO tb_rollup_day VALUES (
        COALESCE(NEW.activity_date, substr(NEW.created_at, 1, 10)), NEW.hub_id,
        COALESCE(NEW.activity_id, ''),
        CASE WHEN NEW.kind != 'correction' THEN NEW.kind
             WHEN NEW.activity_date IS NOT NULL THEN 'earn_correction'
             WHEN NEW.from_account = 'rewards' THEN 'spend_correction'
             ELSE 'correction' END,
        NEW.minutes, 1)
    ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes,
                              transfers = transfers + 1;
    INSERT INTO tb_rollup_member_month
    SELECT substr(COALESCE(NEW.activity_date, NEW.created_at), 1, 7), NEW.member_id,
           CASE WHEN NEW.kind != 'correction' THEN NEW.kind
                WHEN NEW.activity_date IS NOT NULL THEN 'earn_correction'
                WHEN NEW.from_account = 'rewards' THEN 'spend_correction'
                ELSE 'correction' END,
           NEW.minutes
    WHERE NEW.member_id IS NOT NULL
    ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes;
END;
"""


def apply(conn: sqlite3.Connection) -> None:
    from accesspoint.migrations import _run_script

    conn.execute(
        "CREATE INDEX IF NOT EXISTS enquiries_report"
        " ON enquiries(created_at, hub_id, channel, outcome)"
    )
    _run_script(conn, ROLLUP_SQL)
    conn.execute(
        "INSERT INTO tb_rollup_day (day, hub_id, activity_id, kind, minutes, transfers)"
        " SELECT COALESCE(activity_date, substr(created_at, 1, 10)), hub_id,"
        f" COALESCE(activity_id, ''), {_KIND}, SUM(minutes), COUNT(*)"
        " FROM tb_transfers GROUP BY 1, 2, 3, 4"
    )
    conn.execute(
        "INSERT INTO tb_rollup_member_month (month, member_id, kind, minutes)"
        " SELECT substr(COALESCE(activity_date, created_at), 1, 7), member_id,"
        f" {_KIND}, SUM(minutes) FROM tb_transfers WHERE member_id IS NOT NULL"
        " GROUP BY 1, 2, 3"
    )
