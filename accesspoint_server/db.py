"""Engine set-up, migrations and transactions for SQLite and PostgreSQL."""

from __future__ import annotations

import secrets
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    String,
    any_,
    create_engine,
    event,
    literal,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY

from . import models as m
from .timeutil import now_iso

ALEMBIC_DIR = Path(__file__).parent / "alembic"


def _sqlite_engine(url: str, *, immediate: bool) -> Engine:
    # Pooled and kept (as many as the request thread pool, 40): the pragmas
    # below cost more than most queries, and overflow connections are closed
    # after use, so a small pool churns under load.
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 60},
                           pool_size=40, max_overflow=10, pool_timeout=60,
                           hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's implicit
        # transactions would defer the write lock and allow SQLITE_BUSY upgrades).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=60000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Database:
    """Two engines on one database: writers serialise, readers do not wait."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        if self.is_sqlite:
            self.write_engine = _sqlite_engine(url, immediate=True)
            self.read_engine = _sqlite_engine(url, immediate=False)
        else:
            self.write_engine = create_engine(url, pool_size=30, max_overflow=10,
                                              pool_pre_ping=True, hide_parameters=True,
                                              insertmanyvalues_page_size=1000)
            # Batch plain executemany INSERTs into multi-row VALUES (as the
            # psycopg2 dialect does): one round trip per 1,000 rows instead of
            # one pipelined statement per row while the writer lock is held.
            self.write_engine.dialect.use_insertmanyvalues_wo_returning = True
            self.read_engine = self.write_engine
        # SQLite's busy handler polls and is not fair: under load a writer can
        # starve past the timeout. Queue this process's writers on a lock first,
        # so only one per process competes for the file lock.
        self._write_gate = threading.Lock() if self.is_sqlite else None
        # Test hook: called inside the push transaction before commit.
        self.before_commit_hook: Any = None

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction holding the seq counter lock until commit.

        Taking the lock first (before any other row) serialises writers, so the
        seq numbers they assign become visible in order and a pull can never
        skip a transaction that commits late; it also rules out deadlocks.
        """
        with self._gate(), self.write_engine.begin() as conn:
            conn.execute(select(m.seq_counter.c.value).where(m.seq_counter.c.id == 1)
                         .with_for_update())
            yield conn
            if self.before_commit_hook is not None:
                self.before_commit_hook(conn)

    def _gate(self) -> Any:
        return self._write_gate if self._write_gate is not None else nullcontext()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.read_engine.connect() as conn:
            yield conn

    def dispose(self) -> None:
        self.write_engine.dispose()
        if self.read_engine is not self.write_engine:
            self.read_engine.dispose()

    # --- schema -----------------------------------------------------------

    def migrate(self) -> None:
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(ALEMBIC_DIR))
        cfg.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        with self.write_engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()
        self._initialise()
        from .holds import publish_unsent  # (holds imports this module)

        publish_unsent(self)

    def _initialise(self) -> None:
        with self.write_engine.begin() as conn:
            if conn.execute(select(m.seq_counter.c.id)).first() is None:
                conn.execute(m.seq_counter.insert().values(id=1, value=0))
            if get_meta(conn, "epoch") is None:
                set_meta(conn, "epoch", new_epoch())
                set_meta(conn, "created_at", now_iso())

    def epoch(self) -> str:
        with self.read() as conn:
            value = get_meta(conn, "epoch")
        assert value is not None, "database not initialised"
        return value

    def rotate_epoch(self) -> str:
        epoch = new_epoch()
        with self.write() as conn:
            set_meta(conn, "epoch", epoch)
        return epoch


def new_epoch() -> str:
    return f"{uuid.uuid4()}-{secrets.token_hex(4)}"


def get_meta(conn: Connection, key: str) -> str | None:
    row = conn.execute(select(m.server_meta.c.value).where(m.server_meta.c.key == key)).first()
    return row[0] if row else None


def set_meta(conn: Connection, key: str, value: str) -> None:
    done = conn.execute(update(m.server_meta).where(m.server_meta.c.key == key)
                        .values(value=value))
    if done.rowcount == 0:
        conn.execute(m.server_meta.insert().values(key=key, value=value))


class SeqAllocator:
    """Hands out seq numbers inside one write transaction (lock already held)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.value = int(conn.execute(select(m.seq_counter.c.value)
                                      .where(m.seq_counter.c.id == 1)).scalar_one())
        self.start = self.value

    def next(self) -> int:
        self.value += 1
        return self.value

    def flush(self) -> None:
        if self.value != self.start:
            self.conn.execute(update(m.seq_counter).where(m.seq_counter.c.id == 1)
                              .values(value=self.value))
            self.start = self.value


def among(conn: Connection, column: Any, values: list[Any]) -> Any:
    """``column IN values``; on PostgreSQL ``column = ANY(array)``: one parameter, so
    psycopg parses a short statement once (cached) rather than one with hundreds
    of placeholders on every batch."""
    if conn.dialect.name == "postgresql":
        return column == any_(literal(list(values), ARRAY(String)))
    return column.in_(values)


def bulk_insert(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """executemany of rows that all have the same keys, inside the caller's transaction.

    SQLite: the rows go straight to the driver as tuples (SQLAlchemy's per-row
    parameter processing cost more than SQLite's own insert while the writer
    lock is held). PostgreSQL with psycopg 3: COPY FROM STDIN on the same
    connection; multi-row INSERTs of 500 rows were parsed by psycopg on every
    call (thousands of placeholders, too long for its statement cache) and cost
    more than the whole rest of a push. Other drivers: SQLAlchemy's executemany.
    """
    if not rows:
        return
    cols = list(rows[0])
    names = ", ".join('"' + c + '"' for c in cols)
    values = (list(map(itemgetter(*cols), rows)) if len(cols) > 1
              else [(r[cols[0]],) for r in rows])
    if conn.dialect.name == "sqlite":
        marks = ", ".join("?" * len(cols))
        sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'  # nosec B608 - names from models
        conn.exec_driver_sql(sql, values)
    elif conn.dialect.driver == "psycopg":
        raw = conn.connection.dbapi_connection
        assert raw is not None
        with raw.cursor() as cur, cur.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
            for row in values:
                copy.write_row(row)
    else:
        conn.execute(table.insert(), rows)
