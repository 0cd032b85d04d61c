"""Database tables (SQLAlchemy Core). Alembic migrations are the source of truth
for existing databases; these definitions must match the latest migration."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)

metadata = MetaData()

ID = 64  # ids are UUIDs, but other publishers' ids may be longer strings

server_meta = Table(
    "server_meta", metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)

# One row (id=1). Locked until commit by every write transaction so that seq
# numbers become visible in the order they were assigned.
seq_counter = Table(
    "seq_counter", metadata,
    Column("id", Integer, primary_key=True),
    Column("value", BigInteger, nullable=False),
)

hubs = Table(
    "hubs", metadata,
    Column("id", String(ID), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("created_at", String(40), nullable=False),
)

enrol_codes = Table(
    "enrol_codes", metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("hub_id", String(ID), ForeignKey("hubs.id"), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("expires_at", String(40), nullable=False),
    Column("used_at", String(40)),
    # The device's enrolment request id and the device it made: the same request
    # retried (its answer was lost) is answered again for a short while.
    Column("request_id", String(ID)),
    Column("device_id", String(ID)),
)

devices = Table(
    "devices", metadata,
    Column("id", String(ID), primary_key=True),
    Column("hub_id", String(ID), ForeignKey("hubs.id"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", String(40), nullable=False),
    Column("revoked_at", String(40)),
)

admin_tokens = Table(
    "admin_tokens", metadata,
    Column("id", String(ID), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", String(40), nullable=False),
    Column("revoked_at", String(40)),
)

batches = Table(
    "batches", metadata,
    Column("batch_id", String(ID), primary_key=True),
    Column("hub_id", String(ID), nullable=False),
    Column("body_hash", String(64), nullable=False),
    Column("response", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
    Index("ix_batches_created", "created_at"),  # trim-batch-answers
)

ops = Table(
    "ops", metadata,
    Column("op_id", String(ID), primary_key=True),
    Column("hub_id", String(ID), nullable=False),
    Column("batch_id", String(ID), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("record_id", String(ID), nullable=False),
    Column("payload_hash", String(64), nullable=False),
    Column("result", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
    # answer_scrub: the stored answers of the records erased or anonymised.
    Index("ix_ops_record", "record_id", "kind"),
)

# Every synced record, current state. hub_id is the owning hub (NULL for
# records the council publishes).
records = Table(
    "records", metadata,
    Column("kind", String(40), primary_key=True),
    Column("record_id", String(ID), primary_key=True),
    Column("hub_id", String(ID)),
    Column("version", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("payload", Text),
    Column("payload_hash", String(64)),
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
    Index("ix_records_hub_kind", "hub_id", "kind"),
    # report_index: transfers pushed since the index last read them (no feed rows).
    Index("ix_records_kind_updated", "kind", "updated_at"),
)

# Which fields each version changed: lets an upsert from an older base version
# be merged when it touches other fields.
record_versions = Table(
    "record_versions", metadata,
    Column("kind", String(40), primary_key=True),
    Column("record_id", String(ID), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("hub_id", String(ID)),
    Column("changed", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
)

# The pull feed. One row per record (the latest change); hub_id NULL means every
# hub sees it. origin_device lets a device skip its own pushes.
changes = Table(
    "changes", metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("kind", String(40), nullable=False),
    Column("record_id", String(ID), nullable=False),
    Column("hub_id", String(ID)),
    Column("origin_device", String(ID)),
    Column("action", String(10), nullable=False),
    Column("version", Integer, nullable=False),
    Column("payload", Text),
    Index("ix_changes_record", "kind", "record_id", unique=True),
    Index("ix_changes_hub_seq", "hub_id", "seq"),
)

ledger_transfers = Table(
    "ledger_transfers", metadata,
    Column("id", String(ID), primary_key=True),
    Column("hub_id", String(ID), nullable=False),
    Column("from_account", String(120), nullable=False),
    Column("to_account", String(120), nullable=False),
    Column("minutes", Integer, nullable=False),
    Column("created_at", String(40)),
    Column("reverses", String(ID)),
    Column("overdrawn", Boolean, nullable=False, default=False),
    Column("balance_after", Integer),
    Column("received_at", String(40), nullable=False),
    # ledger.py asks whether a correction's original is reversed already; only
    # corrections carry `reverses`, so the index holds them alone.
    Index("ix_ledger_transfers_reverses", "reverses",
          postgresql_where=text("reverses IS NOT NULL"),
          sqlite_where=text("reverses IS NOT NULL")),
)

balances = Table(
    "balances", metadata,
    Column("account", String(120), primary_key=True),
    Column("balance_minutes", BigInteger, nullable=False),
)

# --- ORUK directory ---------------------------------------------------------

services = Table(
    "services", metadata,
    Column("id", String(ID), primary_key=True),
    Column("name", String(500), nullable=False),
    Column("status", String(40), nullable=False),
    Column("search_text", Text, nullable=False),
    Column("organization_id", String(ID)),
    Column("minimum_age", Float),
    Column("maximum_age", Float),
    Column("last_modified", String(40), nullable=False),
    Column("document", Text, nullable=False),
    Index("ix_services_modified", "last_modified"),
    Index("ix_services_name", "name"),
)

service_terms = Table(
    "service_terms", metadata,
    Column("service_id", String(ID), ForeignKey("services.id", ondelete="CASCADE"),
           primary_key=True),
    Column("term_id", String(ID), primary_key=True),
    Column("taxonomy_id", String(ID)),
    Index("ix_service_terms_term", "term_id"),
)

service_schedules = Table(
    "service_schedules", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("service_id", String(ID), ForeignKey("services.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("day", String(2)),
    Column("opens_at", String(8)),
    Column("closes_at", String(8)),
)

service_locations = Table(
    "service_locations", metadata,
    Column("id", String(ID), primary_key=True),
    Column("service_id", String(ID), ForeignKey("services.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("postcode", String(12)),
    Column("document", Text, nullable=False),
)

taxonomies = Table(
    "taxonomies", metadata,
    Column("id", String(ID), primary_key=True),
    Column("document", Text, nullable=False),
)

taxonomy_terms = Table(
    "taxonomy_terms", metadata,
    Column("id", String(ID), primary_key=True),
    Column("taxonomy_id", String(ID)),
    Column("document", Text, nullable=False),
)

postcodes = Table(
    "postcodes", metadata,
    Column("postcode", String(12), primary_key=True),
    Column("latitude", Float, nullable=False),
    Column("longitude", Float, nullable=False),
)

# --- data protection (issue 7) ----------------------------------------------

# What the council did with personal data: subject access exports, retention runs,
# anonymisations, legal holds. Record ids only, never names or free text.
server_audit = Table(
    "server_audit", metadata,
    Column("id", String(ID), primary_key=True),
    Column("at", String(40), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(40), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("record_id", String(ID), nullable=False),
    Column("detail", String(500), nullable=False),
    Index("ix_server_audit_record", "record_id"),
)

# Legal holds set by a council admin (holds set on a hub arrive as audit_event records).
legal_holds = Table(
    "legal_holds", metadata,
    Column("id", String(ID), primary_key=True),
    Column("kind", String(40), nullable=False),
    Column("record_id", String(ID), nullable=False),
    Column("reason", String(500), nullable=False),
    Column("placed_by", String(200), nullable=False),
    Column("placed_at", String(40), nullable=False),
    Column("released_by", String(200)),
    Column("released_at", String(40)),
    Index("ix_legal_holds_record", "kind", "record_id"),
)

# Records the server's retention run has anonymised (so a second run skips them).
anonymised = Table(
    "anonymised", metadata,
    Column("kind", String(40), primary_key=True),
    Column("record_id", String(ID), primary_key=True),
    Column("anonymised_at", String(40), nullable=False),
    Column("rule", String(40), nullable=False),
)
