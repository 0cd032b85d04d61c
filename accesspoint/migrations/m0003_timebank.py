"""Time bank: members, activities, opportunities, ledger, rewards (issue 4).

The ledger is append-only and double entry in whole minutes. Balances are not
stored: they are summed from covering indexes (fast enough at a million
transfers, see bench/timebank_bench.py), plus the server's authoritative
balance once this hub has synced (server_balances).
"""

VERSION = 3

SQL = """
CREATE TABLE tb_members (
    id                 TEXT PRIMARY KEY,
    hub_id             TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1,
    person_id          TEXT NOT NULL REFERENCES people(id),
    member_number      TEXT NOT NULL UNIQUE,
    card_number        TEXT NOT NULL DEFAULT '',
    member_type        TEXT NOT NULL
                       CHECK (member_type IN ('adult', 'young_person', 'organisation')),
    ypc_number         TEXT NOT NULL DEFAULT '',
    organisation_name  TEXT NOT NULL DEFAULT '',
    skills             TEXT NOT NULL DEFAULT '[]',
    interests          TEXT NOT NULL DEFAULT '[]',
    availability       TEXT NOT NULL DEFAULT '[]',
    hubs               TEXT NOT NULL DEFAULT '[]',
    employment_support INTEGER NOT NULL DEFAULT 0,
    joined_on          TEXT NOT NULL,
    status             TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left'))
);
CREATE INDEX tb_members_person ON tb_members(person_id);
CREATE INDEX tb_members_joined ON tb_members(joined_on);

CREATE TABLE tb_activities (
    id         TEXT PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    category   TEXT NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE tb_opportunities (
    id            TEXT PRIMARY KEY,
    hub_id        TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    title         TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    activity_id   TEXT REFERENCES tb_activities(id),
    project_id    TEXT,
    skills        TEXT NOT NULL DEFAULT '[]',
    interests     TEXT NOT NULL DEFAULT '[]',
    availability  TEXT NOT NULL DEFAULT '[]',
    employment    INTEGER NOT NULL DEFAULT 0,
    starts_on     TEXT,
    ends_on       TEXT,
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'filled', 'closed'))
);

-- Append-only. Never UPDATEd except `synced` (the server acknowledged it).
CREATE TABLE tb_transfers (
    id            TEXT PRIMARY KEY,
    hub_id        TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    from_account  TEXT NOT NULL,
    to_account    TEXT NOT NULL,
    minutes       INTEGER NOT NULL CHECK (minutes > 0),
    kind          TEXT NOT NULL CHECK (kind IN
                  ('earn', 'spend', 'gift', 'convert', 'opening', 'correction')),
    reverses      TEXT REFERENCES tb_transfers(id),
    reason        TEXT NOT NULL DEFAULT '',
    activity_id   TEXT,
    activity_date TEXT,
    member_id     TEXT,
    beneficiary   TEXT NOT NULL DEFAULT '',
    verified_by   TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    sheet_id      TEXT,
    synced        INTEGER NOT NULL DEFAULT 0,
    CHECK (from_account != to_account)
);
-- Covering indexes: a balance is two index-only range sums; history pages by time.
CREATE INDEX tb_transfers_to ON tb_transfers(to_account, created_at, minutes);
CREATE INDEX tb_transfers_from ON tb_transfers(from_account, created_at, minutes);
CREATE UNIQUE INDEX tb_transfers_reverses ON tb_transfers(reverses) WHERE reverses IS NOT NULL;
CREATE INDEX tb_transfers_member_day ON tb_transfers(member_id, activity_date)
    WHERE activity_date IS NOT NULL;
CREATE INDEX tb_transfers_unsynced_to ON tb_transfers(to_account, minutes) WHERE synced = 0;
CREATE INDEX tb_transfers_unsynced_from ON tb_transfers(from_account, minutes) WHERE synced = 0;
CREATE INDEX tb_transfers_created ON tb_transfers(created_at);

CREATE TRIGGER tb_transfers_no_delete BEFORE DELETE ON tb_transfers
BEGIN SELECT RAISE(ABORT, 'ledger transfers are never deleted; reverse them'); END;
CREATE TRIGGER tb_transfers_no_edit BEFORE UPDATE ON tb_transfers
WHEN NEW.id IS NOT OLD.id OR NEW.from_account IS NOT OLD.from_account
  OR NEW.to_account IS NOT OLD.to_account OR NEW.minutes IS NOT OLD.minutes
  OR NEW.created_at IS NOT OLD.created_at OR NEW.reverses IS NOT OLD.reverses
  OR NEW.kind IS NOT OLD.kind
BEGIN SELECT RAISE(ABORT, 'ledger transfers are never edited; reverse them'); END;

-- The server's authoritative balance per account (pulled), as of its last sync.
CREATE TABLE tb_server_balances (
    account         TEXT PRIMARY KEY,
    member_id       TEXT,
    balance_minutes INTEGER NOT NULL,
    updated_at      TEXT NOT NULL
);

-- Sheets already imported, by SHA-256 of their normalised rows.
CREATE TABLE tb_sheets (
    id          TEXT PRIMARY KEY,
    sha256      TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('hours', 'members')),
    filename    TEXT NOT NULL,
    rows        INTEGER NOT NULL,
    hub_id      TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (kind, sha256)
);

CREATE TABLE tb_rewards (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    provider       TEXT NOT NULL DEFAULT '',
    cost_minutes   INTEGER NOT NULL CHECK (cost_minutes > 0),
    financial      INTEGER NOT NULL DEFAULT 0,
    eligible_types TEXT NOT NULL DEFAULT '["adult","young_person"]',
    stock          INTEGER,
    valid_from     TEXT,
    valid_to       TEXT,
    active         INTEGER NOT NULL DEFAULT 1,
    description    TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE tb_redemptions (
    id           TEXT PRIMARY KEY,
    hub_id       TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    reward_id    TEXT NOT NULL REFERENCES tb_rewards(id),
    member_id    TEXT NOT NULL REFERENCES tb_members(id),
    transfer_id  TEXT NOT NULL UNIQUE REFERENCES tb_transfers(id),
    voucher_code TEXT NOT NULL UNIQUE,
    cost_minutes INTEGER NOT NULL
);
CREATE INDEX tb_redemptions_reward ON tb_redemptions(reward_id);
CREATE INDEX tb_redemptions_member ON tb_redemptions(member_id);

CREATE TABLE tb_conversions (
    id           TEXT PRIMARY KEY,
    hub_id       TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    member_id    TEXT NOT NULL REFERENCES tb_members(id),
    transfer_id  TEXT NOT NULL UNIQUE REFERENCES tb_transfers(id),
    minutes      INTEGER NOT NULL,
    rate_per_hour INTEGER NOT NULL,
    amount_minor INTEGER NOT NULL,
    currency     TEXT NOT NULL
);
"""
