"""Sync: find a record's pending local change without scanning the outbox.

Why: every pulled change of a kind the hub also pushes asks "is there an unsent
local edit of this record?" (accesspoint.outbox.has_pending, sync.pull). With only
the batch index that is a scan of the whole outbox per change, which after a week
offline (10,000 queued operations) makes a pull slower the longer the hub waited.

Frozen: this is schema 8 as shipped; a later change is a new migration.
"""

VERSION = 8

SQL = """
CREATE INDEX IF NOT EXISTS outbox_kind_record ON outbox(kind, record_id);
"""
