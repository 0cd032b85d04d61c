"""Service directory, signposting and referrals (issue 3).

Services are stored close to Open Referral UK: the normalised record is kept
whole as JSON (`data`) for the detail view and export, and the fields that
search and filters need are copied into columns and side tables.
"""

VERSION = 2

SQL = """
CREATE TABLE dir_services (
    num          INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    origin          TEXT NOT NULL,
    local           INTEGER NOT NULL DEFAULT 0,
    hub_id          TEXT,
    created_by      TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    name            TEXT NOT NULL,
    org_name        TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'active',
    is_free         INTEGER,
    min_age         INTEGER,
    max_age         INTEGER,
    assured_date    TEXT,
    has_location    INTEGER NOT NULL DEFAULT 0,
    location_kind   TEXT NOT NULL DEFAULT 'none',  -- place | confidential | none
    content_hash    TEXT NOT NULL,
    data            TEXT NOT NULL,
    retired_at      TEXT
);
CREATE INDEX dir_services_origin ON dir_services(origin) WHERE retired_at IS NULL;
CREATE INDEX dir_services_name ON dir_services(name);

CREATE TABLE dir_needs (
    service_rowid INTEGER NOT NULL REFERENCES dir_services(num) ON DELETE CASCADE,
    need_code     TEXT NOT NULL,
    PRIMARY KEY (need_code, service_rowid)
) WITHOUT ROWID;

CREATE TABLE dir_languages (
    service_rowid INTEGER NOT NULL REFERENCES dir_services(num) ON DELETE CASCADE,
    code          TEXT NOT NULL,
    PRIMARY KEY (code, service_rowid)
) WITHOUT ROWID;

-- Only non-confidential locations with valid coordinates are kept here.
CREATE TABLE dir_points (
    service_rowid INTEGER NOT NULL REFERENCES dir_services(num) ON DELETE CASCADE,
    lat           REAL NOT NULL,
    lon           REAL NOT NULL
);
CREATE INDEX dir_points_service ON dir_points(service_rowid);

-- Weekly (or monthly) opening windows expanded from ORUK schedules.
CREATE TABLE dir_openings (
    service_rowid INTEGER NOT NULL REFERENCES dir_services(num) ON DELETE CASCADE,
    weekday       INTEGER,          -- 0 Monday .. 6 Sunday; NULL with monthday
    nth           INTEGER NOT NULL DEFAULT 0,  -- 0 every week, 1..5, -1 last
    monthday      INTEGER,
    interval_weeks INTEGER NOT NULL DEFAULT 1,
    dtstart       TEXT,
    opens_min     INTEGER NOT NULL,
    closes_min    INTEGER NOT NULL,
    valid_from    TEXT,
    valid_to      TEXT
);
CREATE INDEX dir_openings_service ON dir_openings(service_rowid);

-- rowid = dir_services.num; maintained by accesspoint.directory.store only.
CREATE VIRTUAL TABLE dir_fts USING fts5(
    name, taxonomy, description,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
CREATE VIRTUAL TABLE dir_fts_vocab USING fts5vocab(dir_fts, 'row');

CREATE TABLE dir_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO dir_meta (key, value) VALUES ('generation', '0');

CREATE TABLE dir_imports (
    id          TEXT PRIMARY KEY,
    origin      TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    version     TEXT NOT NULL,
    added       INTEGER NOT NULL,
    changed     INTEGER NOT NULL,
    removed     INTEGER NOT NULL,
    unchanged   INTEGER NOT NULL,
    warnings    TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE postcodes (
    pc_key      TEXT PRIMARY KEY,     -- upper case, no space: 'E174PP'; or an outward code
    pcds        TEXT NOT NULL,
    outward     TEXT NOT NULL,
    sector      TEXT NOT NULL,        -- outward + first inward digit: 'E17 4'
    lat         REAL NOT NULL,
    lon         REAL NOT NULL,
    approximate INTEGER NOT NULL DEFAULT 0,
    source      TEXT NOT NULL DEFAULT 'onspd'
) WITHOUT ROWID;
CREATE INDEX postcodes_outward ON postcodes(outward);
CREATE INDEX postcodes_sector ON postcodes(sector);

CREATE TABLE referrals (
    id              TEXT PRIMARY KEY,
    hub_id          TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    enquiry_id      TEXT NOT NULL REFERENCES enquiries(id),
    person_id       TEXT REFERENCES people(id),
    service_id      TEXT NOT NULL,
    service_name    TEXT NOT NULL,
    org_name        TEXT NOT NULL DEFAULT '',
    kind            TEXT NOT NULL CHECK (kind IN ('signpost', 'referral')),
    status          TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    follow_up_date  TEXT,
    closed_at       TEXT
);
CREATE INDEX referrals_enquiry ON referrals(enquiry_id);
CREATE INDEX referrals_person ON referrals(person_id);
CREATE INDEX referrals_follow_up ON referrals(follow_up_date) WHERE closed_at IS NULL;

-- Append-only history of each referral's status.
CREATE TABLE referral_events (
    id          TEXT PRIMARY KEY,
    referral_id TEXT NOT NULL REFERENCES referrals(id),
    hub_id      TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    status      TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX referral_events_referral ON referral_events(referral_id, created_at);

-- "No suitable service found": evidence for commissioning.
CREATE TABLE unmet_needs (
    id          TEXT PRIMARY KEY,
    hub_id      TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    enquiry_id  TEXT REFERENCES enquiries(id),
    person_id   TEXT REFERENCES people(id),
    needs       TEXT NOT NULL DEFAULT '[]',
    search      TEXT NOT NULL DEFAULT '{}',
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX unmet_needs_created ON unmet_needs(created_at);

CREATE TABLE directory_reports (
    id           TEXT PRIMARY KEY,
    hub_id       TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    service_id   TEXT NOT NULL,
    service_name TEXT NOT NULL,
    problem      TEXT NOT NULL,
    details      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX directory_reports_service ON directory_reports(service_id);
"""
