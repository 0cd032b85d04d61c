"""Sync: find a record's pending local change without scanning the outbox.

Why: every pulled change of a kind the hub also pushes asks "is there an unsent
local edit of this record?" (accesspoint.outbox.has_pending, sync.pull). With only
the batch index that is a scan of the whole outbox per change, which after a week
offline (10,000 queued operations) makes a pull slower the longer the hub waited.

Also the partial index reconcile uses to read only this hub's own pulled rows among
(possibly) 50,000 directory ones. It had been added to migration 4 after that had
shipped, so databases already past schema 4 never got it; IF NOT EXISTS because
some did.

Frozen: this is schema 8 as shipped; a later change is a new migration.
"""

VERSION = 8

SQL = """
CREATE INDEX IF NOT EXISTS outbox_kind_record ON outbox(kind, record_id);
CREATE INDEX IF NOT EXISTS sync_pulled_own ON sync_pulled(kind, record_id) WHERE own_hub = 1;
"""
