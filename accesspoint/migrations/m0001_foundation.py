"""Hubs, users, people, enquiries, consent, the sync outbox and drafts."""

VERSION = 1

SQL = """
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE hubs (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL DEFAULT 'community_centre',
    created_at TEXT NOT NULL
);

CREATE TABLE users (
    id           TEXT PRIMARY KEY,
    hub_id       TEXT NOT NULL REFERENCES hubs(id),
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('volunteer', 'staff', 'coordinator')),
    created_at   TEXT NOT NULL,
    active       INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE people (
    id                  TEXT PRIMARY KEY,
    hub_id              TEXT NOT NULL,
    created_by          TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    given_name          TEXT NOT NULL DEFAULT '',
    family_name         TEXT NOT NULL DEFAULT '',
    date_of_birth       TEXT,
    phone               TEXT NOT NULL DEFAULT '',
    email               TEXT NOT NULL DEFAULT '',
    postcode            TEXT NOT NULL DEFAULT '',
    address             TEXT NOT NULL DEFAULT '',
    preferred_language  TEXT NOT NULL DEFAULT 'en',
    interpreter_needed  INTEGER NOT NULL DEFAULT 0,
    accessibility_needs TEXT NOT NULL DEFAULT '',
    merged_into         TEXT REFERENCES people(id),
    phone_digits        TEXT NOT NULL DEFAULT '',
    postcode_key        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX people_phone ON people(phone_digits) WHERE phone_digits != '';
CREATE INDEX people_postcode ON people(postcode_key) WHERE postcode_key != '';
CREATE INDEX people_dob ON people(date_of_birth) WHERE date_of_birth IS NOT NULL;

-- Name tokens folded (accents, case) with a phonetic key, for typo- and
-- order-tolerant search as you type.
CREATE TABLE person_tokens (
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    token     TEXT NOT NULL,
    phonetic  TEXT NOT NULL
);
CREATE INDEX person_tokens_token ON person_tokens(token);
CREATE INDEX person_tokens_phonetic ON person_tokens(phonetic);
CREATE INDEX person_tokens_person ON person_tokens(person_id);

CREATE TABLE enquiries (
    id                  TEXT PRIMARY KEY,
    hub_id              TEXT NOT NULL,
    created_by          TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    reference           TEXT NOT NULL UNIQUE,
    person_id           TEXT REFERENCES people(id),
    channel             TEXT NOT NULL,
    description         TEXT NOT NULL DEFAULT '',
    preferred_language  TEXT NOT NULL DEFAULT 'en',
    interpreter_needed  INTEGER NOT NULL DEFAULT 0,
    accessibility_needs TEXT NOT NULL DEFAULT '',
    urgency             TEXT NOT NULL DEFAULT 'routine',
    safeguarding        INTEGER NOT NULL DEFAULT 0,
    outcome             TEXT NOT NULL,
    follow_up_date      TEXT,
    follow_up_done_at   TEXT
);
CREATE INDEX enquiries_created ON enquiries(created_at);
CREATE INDEX enquiries_person ON enquiries(person_id);
CREATE INDEX enquiries_follow_up ON enquiries(follow_up_date) WHERE follow_up_done_at IS NULL;

CREATE TABLE enquiry_needs (
    enquiry_id TEXT NOT NULL REFERENCES enquiries(id) ON DELETE CASCADE,
    need_code  TEXT NOT NULL,
    PRIMARY KEY (enquiry_id, need_code)
);
CREATE INDEX enquiry_needs_code ON enquiry_needs(need_code);

-- Edits keep history: the row as it was before each edit.
CREATE TABLE enquiry_revisions (
    id         TEXT PRIMARY KEY,
    enquiry_id TEXT NOT NULL REFERENCES enquiries(id) ON DELETE CASCADE,
    revised_at TEXT NOT NULL,
    revised_by TEXT NOT NULL,
    before     TEXT NOT NULL
);

CREATE TABLE enquiry_notes (
    id         TEXT PRIMARY KEY,
    enquiry_id TEXT NOT NULL REFERENCES enquiries(id) ON DELETE CASCADE,
    hub_id     TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    text       TEXT NOT NULL
);

-- Append-only: a withdrawal is a new event with granted = 0.
CREATE TABLE consent_events (
    id         TEXT PRIMARY KEY,
    hub_id     TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    person_id  TEXT REFERENCES people(id),
    enquiry_id TEXT REFERENCES enquiries(id),
    purpose    TEXT NOT NULL CHECK (purpose IN ('record', 'share', 'contact')),
    granted    INTEGER NOT NULL,
    wording    TEXT NOT NULL,
    language   TEXT NOT NULL DEFAULT 'en',
    renew_by   TEXT
);
CREATE INDEX consent_person ON consent_events(person_id, purpose, created_at);
CREATE INDEX consent_enquiry ON consent_events(enquiry_id);

-- Written in the same transaction as the change it describes; only the
-- server's acknowledgement removes an entry (see the sync package).
CREATE TABLE outbox (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id        TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    action       TEXT NOT NULL CHECK (action IN ('upsert', 'append', 'delete')),
    base_version INTEGER,
    changed      TEXT,
    payload      TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    batch_id     TEXT
);
CREATE INDEX outbox_batch ON outbox(batch_id);

CREATE TABLE drafts (
    key        TEXT PRIMARY KEY,
    updated_at TEXT NOT NULL,
    payload    TEXT NOT NULL
);
"""
