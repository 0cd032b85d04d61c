"""Where the server keeps its data, and which database it uses."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_DB = "ACCESSPOINT_SERVER_DB"
ENV_DATA_DIR = "ACCESSPOINT_SERVER_DATA_DIR"
ENV_BATCH_ANSWER_DAYS = "ACCESSPOINT_SERVER_BATCH_ANSWER_DAYS"

MAX_BODY_BYTES = 10 * 1024 * 1024  # compressed and decompressed
MAX_OPS_PER_BATCH = 2000
MAX_PAYLOAD_BYTES = 256 * 1024
ENROL_CODE_HOURS = 72
# How long after a code is spent the same enrolment request (same request id, its
# answer lost on the way) is answered again, with a fresh token for the same device.
ENROL_RETRY_MINUTES = 60
# Stored answers to pushed batches are kept this many days (`trim-batch-answers`).
# Within it a resent batch gets its answer verbatim; after it, from the per-op
# records that are never trimmed (applied ops come back as "duplicate"), so a
# hub that resends a very old batch still gets nothing applied twice.
BATCH_ANSWER_DAYS = 30
# Failed enrolment/auth attempts per client address before 429.
RATE_LIMIT_FAILURES = 10
RATE_LIMIT_WINDOW_S = 60.0


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(platformdirs.user_data_dir("accesspoint-server"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'server.sqlite3'}"


def resolve_db_url(url: str | None) -> str:
    """Explicit ``--db`` wins, then the environment, then the data-dir SQLite file."""
    return url or os.environ.get(ENV_DB) or default_db_url()


def batch_answer_days() -> float:
    """The retention for stored batch answers: the environment, else the default."""
    value = os.environ.get(ENV_BATCH_ANSWER_DAYS)
    return float(value) if value else float(BATCH_ANSWER_DAYS)
