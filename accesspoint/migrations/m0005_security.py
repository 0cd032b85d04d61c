"""Users' credentials, the audit trail, retention, legal holds, erasures, person
history and equality monitoring (issue 7)."""

VERSION = 5

SQL = """
-- Kept apart from `users` so a user list (shown to everyone at sign-in) never
-- carries hashes. scrypt parameters are stored per row so they can be raised later.
CREATE TABLE user_credentials (
    user_id         TEXT PRIMARY KEY REFERENCES users(id),
    kind            TEXT NOT NULL CHECK (kind IN ('password', 'pin')),
    hash            TEXT NOT NULL,
    failed_count    INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    changed_at      TEXT NOT NULL,
    last_sign_in_at TEXT
);

-- Append-only: the triggers below refuse any change after insert.
CREATE TABLE audit_events (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,
    hub_id      TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    role        TEXT NOT NULL,
    via_cli     INTEGER NOT NULL DEFAULT 0,
    action      TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT '',
    record_id   TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX audit_created ON audit_events(created_at);
CREATE INDEX audit_record ON audit_events(kind, record_id);
CREATE INDEX audit_user ON audit_events(user_id, created_at);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

-- A legal hold exempts one record from retention and erasure until released.
CREATE TABLE legal_holds (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    reason      TEXT NOT NULL,
    placed_by   TEXT NOT NULL,
    placed_at   TEXT NOT NULL,
    released_by TEXT,
    released_at TEXT
);
CREATE INDEX legal_holds_record ON legal_holds(kind, record_id) WHERE released_at IS NULL;

-- What retention has anonymised (kept so a run is idempotent and reportable).
CREATE TABLE anonymised (
    kind          TEXT NOT NULL,
    record_id     TEXT NOT NULL,
    anonymised_at TEXT NOT NULL,
    rule          TEXT NOT NULL,
    PRIMARY KEY (kind, record_id)
);

-- Each erasure, with what was exempted and why (no personal data: ids only).
CREATE TABLE erasures (
    id          TEXT PRIMARY KEY,
    person_id   TEXT NOT NULL,
    hub_id      TEXT NOT NULL,
    erased_by   TEXT NOT NULL,
    erased_at   TEXT NOT NULL,
    reason      TEXT NOT NULL,
    exemptions  TEXT NOT NULL,
    summary     TEXT NOT NULL
);

-- Rectification history: the person as they were before each edit.
CREATE TABLE person_revisions (
    id          TEXT PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    revised_at  TEXT NOT NULL,
    revised_by  TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    before      TEXT NOT NULL
);
CREATE INDEX person_revisions_person ON person_revisions(person_id);

-- Equality monitoring: deliberately linked to no person and no enquiry, with the
-- day only, so it is not personal data and can only ever be counted.
CREATE TABLE equality_responses (
    id         TEXT PRIMARY KEY,
    hub_id     TEXT NOT NULL,
    recorded_on TEXT NOT NULL,
    answers    TEXT NOT NULL
);
CREATE INDEX equality_recorded ON equality_responses(recorded_on);
"""
