"""Sync client state: cursor, frozen batches, needs attention (issue 6).

Secrets (the device token) are never stored here: they live in the OS keyring.
"""

VERSION = 4

SQL = """
-- Key/value state of the sync client: server URL, hub and device ids, cursor,
-- server epoch, last successful sync, connection options (CA bundle, proxy).
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- A frozen push batch: the exact bytes sent, resent unchanged after any error
-- until the server acknowledges it. Its outbox rows carry the same batch_id.
CREATE TABLE sync_batches (
    batch_id   TEXT PRIMARY KEY,
    body       BLOB NOT NULL,
    op_count   INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0
);

-- Operations the coordinator must look at: conflicts (both versions kept),
-- rejections (with the reason) and overdrawn balances. Never deleted by sync;
-- resolving sets resolved_at and resolution.
CREATE TABLE sync_attention (
    id             TEXT PRIMARY KEY,
    op_id          TEXT NOT NULL,
    kind           TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    action         TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('conflict', 'rejected', 'overdrawn')),
    reason         TEXT,
    base_version   INTEGER,
    changed        TEXT,
    local_payload  TEXT NOT NULL,
    server_record  TEXT,
    server_version INTEGER,
    flags          TEXT NOT NULL DEFAULT '[]',
    created_at     TEXT NOT NULL,
    resolved_at    TEXT,
    resolution     TEXT
);
CREATE INDEX sync_attention_open ON sync_attention(created_at) WHERE resolved_at IS NULL;
CREATE INDEX sync_attention_record ON sync_attention(kind, record_id);

-- Records the server has acknowledged, per kind: the local side of the
-- reconcile count/hash, and the list a targeted re-push is rebuilt from.
CREATE TABLE sync_acked (
    kind      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version   INTEGER,
    action    TEXT NOT NULL DEFAULT 'upsert',
    acked_at  TEXT NOT NULL,
    -- 1 when this hub created the record: the server's reconcile counts those.
    created_here INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (kind, record_id)
) WITHOUT ROWID;

-- Pulled changes no local module could apply yet (its code not installed, or
-- the row held by a pending local edit): kept, and re-applied on later syncs.
CREATE TABLE sync_unapplied (
    kind        TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    action      TEXT NOT NULL,
    version     INTEGER,
    payload     TEXT,
    seq         INTEGER,
    reason      TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (kind, record_id)
) WITHOUT ROWID;

-- Versions of pulled records applied here, so a re-pull from zero (410,
-- new epoch) never applies an older version over a newer one.
CREATE TABLE sync_pulled (
    kind      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version   INTEGER NOT NULL,
    deleted   INTEGER NOT NULL DEFAULT 0,
    -- 1 for this hub's own records made on another of its computers.
    own_hub   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, record_id)
) WITHOUT ROWID;
"""
