"""The records the council's reports read, parsed once and kept in memory, brought up
to date from the change feed.

Why: the report endpoints used to fetch and JSON-parse every pushed payload (a
million ledger transfers) on each request after any push: half a minute. Here each
payload is parsed once; afterwards a request reads only the records whose feed row
(`changes`, one row per record, its `seq` allocated in commit order) is newer than
the last one seen, and re-reads those from `records`. Only the fields reports use
are kept (no names, notes or contact details), transfers as small tuples.

A new database epoch (a restore), or a feed that went backwards, reloads everything.
"""

from __future__ import annotations

import json
import re
import sys
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Connection, and_, select

from . import models as m
from .db import get_meta
from .ledger import member_of
from .timeutil import iso

# The hub app's needs taxonomy (resources/taxonomy/needs.json), frozen here because
# the server cannot import the app's taxonomy module; a test keeps the two equal.
NEED_LABELS: dict[str, str] = {
    "benefits": "Benefits and Universal Credit", "council_tax": "Council Tax",
    "housing": "Housing and repairs", "homelessness": "Homelessness or risk of it",
    "debt": "Debt and money", "employment": "Jobs, training and skills", "food": "Food",
    "fuel": "Energy and fuel bills", "health": "Physical health",
    "mental_health": "Mental health and wellbeing",
    "social_isolation": "Loneliness and social isolation",
    "children_families": "Children and families", "disability": "Disability and care",
    "immigration": "Immigration and visas", "domestic_abuse": "Domestic abuse",
    "education": "Education and learning", "legal": "Legal advice",
    "substance_misuse": "Drugs and alcohol", "older_people": "Older people",
    "digital": "Digital help and access", "transport": "Transport",
    "safeguarding_adult": "Adult at risk of harm",
    "safeguarding_child": "Child at risk of harm",
    "volunteering": "Volunteering and time credits", "other": "Something else",
}


def _needs(value: Any) -> list[str]:
    if isinstance(value, str):  # tolerate a JSON or comma-separated list
        try:
            value = json.loads(value)
        except ValueError:
            value = value.split(",")
    if not isinstance(value, list):
        return []
    return list(dict.fromkeys(n if n in NEED_LABELS else "other" for n in value
                              if isinstance(n, str) and n))


# Fields each report reader picks out of a payload; nothing else is kept.
FIELDS = {
    "person": ("merged_into", "postcode"),
    "enquiry": ("created_at", "channel", "outcome", "person_id", "needs", "follow_up_date",
                "follow_up_done_at"),
    "referral": ("created_at", "kind", "status", "person_id", "service_name", "service_id",
                 "follow_up_date", "closed_at"),
    "activity": ("code", "name"),
    "member": ("joined_on", "member_type"),
}
TRANSFER = "ledger_transfer"
KINDS = (*FIELDS, TRANSFER)
State = tuple[str | None, int]  # (database epoch, committed seq counter)
CATCH_UP_MARGIN = timedelta(minutes=10)


class Transfer(NamedTuple):
    """One ledger transfer as the report readers need it (see report_data)."""

    hub: str | None
    id: Any  # the payload's own "id" (what a correction's "reverses" names)
    reverses: Any
    activity_date: Any
    created_at: Any
    minutes: Any
    kind: Any
    activity_id: Any
    member_id: Any
    member_any: str | None  # member_id, else the member whose account it touches
    from_account: Any
    day: str | None  # the activity's day, else the day it was logged
    created_day: str | None
    hours: float | None  # round(minutes / 60, 2) as open data adds it; None if not int minutes


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _day(value: Any) -> str | None:
    """The YYYY-MM-DD of an ISO date or timestamp, or None if it is not one."""
    if not isinstance(value, str) or not _DAY.match(value):
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _kind(t: Transfer) -> str:
    """As rollups._KIND: a correction is split by what it corrects."""
    kind = str(t.kind or "")
    if kind != "correction":
        return kind
    if t.activity_date:
        return "earn_correction"
    return "spend_correction" if t.from_account == "rewards" else "correction"


_HOURS: dict[int, float] = {}  # one float object per distinct number of minutes


def _hours(minutes: Any) -> float | None:
    if type(minutes) is not int:  # bool is not int here (report_data._minutes)
        return None
    found = _HOURS.get(minutes)
    if found is None:
        found = round(minutes / 60, 2)
        if len(_HOURS) < 10_000:
            _HOURS[minutes] = found
    return found


def _intern(value: Any) -> Any:
    return sys.intern(value) if isinstance(value, str) and len(value) <= 64 else value


def _slim(kind: str, record_id: str, hub: str | None, payload: dict[str, Any]) -> Any:
    if kind == TRANSFER:
        pid = payload.get("id")
        member = payload.get("member_id")
        any_member = (member if isinstance(member, str) and member else None) \
            or member_of(str(payload.get("to_account") or "")) \
            or member_of(str(payload.get("from_account") or ""))
        return Transfer(
            _intern(hub), record_id if pid == record_id else pid, payload.get("reverses"),
            _intern(payload.get("activity_date")), payload.get("created_at"),
            payload.get("minutes"), _intern(payload.get("kind")),
            _intern(payload.get("activity_id")), _intern(member), _intern(any_member),
            _intern(payload.get("from_account")),
            _intern(_day(payload.get("activity_date")) or _day(payload.get("created_at"))),
            _intern(_day(payload.get("created_at"))), _hours(payload.get("minutes")))
    fields = {f: _intern(payload[f]) for f in FIELDS[kind] if f in payload}
    # Normalised once here, not on every request: dates to their day (or None), an
    # enquiry's needs to known codes.
    for f in ("created_at", "follow_up_date"):
        if f in FIELDS[kind]:
            fields[f] = _intern(_day(fields.get(f)))
    if kind == "enquiry":
        fields["needs"] = tuple(_intern(n) for n in _needs(fields.get("needs")))
    return (_intern(hub), fields)


class ReportIndex:
    """Per kind: record id -> slim record. `sync(conn)` before reading, then read
    `items` while holding `lock`."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.items: dict[str, dict[str, Any]] = {k: {} for k in KINDS}
        self.seq = -1
        self.epoch: str | None = None
        self.version = 0  # moves whenever the items change (caches key on it)
        # Pushed transfers are not in the feed (they flow up only): the server's clock
        # when they were last read; see _catch_up.
        self.transfers_read_at: datetime | None = None
        # The dashboard's ledger rollup, kept summed as transfers come and go:
        # (day, hub, activity, kind) and (month, member, kind, hub) -> [minutes, count].
        self.ledger_day: dict[tuple, list[int]] = {}
        self.ledger_month: dict[tuple, list[int]] = {}

    def _ledger(self, t: Transfer, sign: int) -> None:
        minutes = t.minutes
        if not isinstance(minutes, int) or isinstance(minutes, bool):
            return
        day = t.day
        if day is None:
            return
        kind = _kind(t)
        member = _str(t.member_id)
        for table, key in ((self.ledger_day, (day, t.hub, _str(t.activity_id), kind)),
                           (self.ledger_month, (day[:7], member, kind, t.hub) if member
                            else None)):
            if key is None:
                continue
            slot = table.setdefault(key, [0, 0])
            slot[0] += sign * minutes
            slot[1] += sign
            if not slot[1]:
                del table[key]

    def _put(self, kind: str, record_id: str, hub: str | None, deleted: bool,
             payload: str | None) -> None:
        try:
            parsed = json.loads(payload) if payload and not deleted else None
        except ValueError:
            parsed = None
        old = self.items[kind].get(record_id)
        new = _slim(kind, record_id, hub, parsed) if isinstance(parsed, dict) else None
        if kind == TRANSFER:
            if old is not None:
                self._ledger(old, -1)
            if new is not None:
                self._ledger(new, 1)
        if new is None:
            self.items[kind].pop(record_id, None)
        else:
            self.items[kind][record_id] = new

    def _reload(self, conn: Connection, top: int) -> None:
        self.items = {k: {} for k in KINDS}
        self.ledger_day, self.ledger_month = {}, {}
        self.transfers_read_at = datetime.now(UTC)  # before the read: overlap, not gap
        r = m.records
        q = select(r.c.kind, r.c.record_id, r.c.hub_id, r.c.deleted, r.c.payload).where(
            r.c.kind.in_(KINDS), r.c.deleted.is_(False))
        for row in conn.execute(q.execution_options(yield_per=10000)):
            self._put(row.kind, row.record_id, row.hub_id, row.deleted, row.payload)
        self.seq = top

    def sync(self, conn: Connection, state: State | None = None) -> None:
        """Bring the index up to the committed feed (`state`: as read_state, when the
        caller already read it)."""
        epoch, top = state if state is not None else read_state(conn)
        with self.lock:
            if epoch != self.epoch or top < self.seq:
                # The counter is read first: anything committed meanwhile is read again
                # below next time (re-reading a record is harmless).
                self._reload(conn, top)
                self.epoch = epoch
                self.version += 1
                return
            if top == self.seq:
                return
            c, r = m.changes, m.records
            q = (select(c.c.seq, c.c.kind, c.c.record_id, r.c.hub_id, r.c.deleted, r.c.payload)
                 .select_from(c.outerjoin(r, and_(r.c.kind == c.c.kind,
                                                  r.c.record_id == c.c.record_id)))
                 .where(c.c.seq > self.seq, c.c.kind.in_(KINDS)).order_by(c.c.seq))
            for row in conn.execute(q.execution_options(yield_per=10000)):
                self._put(row.kind, row.record_id, row.hub_id,
                          row.deleted is None or bool(row.deleted), row.payload)
            self._catch_up(conn)
            self.seq = top
            self.version += 1

    def _catch_up(self, conn: Connection) -> None:
        """Transfers written since the last read. The push stores them in `records`
        without a feed row (only the balances they move flow down), so they are found
        by their stamp: written inside the write transaction that holds the seq lock,
        so before its commit; CATCH_UP_MARGIN more covers a long transaction and
        clock skew between server processes. Re-reading a transfer is harmless (it
        replaces itself); seek on ix_records_kind_updated (migration 0004)."""
        read_at = datetime.now(UTC)
        since = (self.transfers_read_at or read_at) - CATCH_UP_MARGIN
        r = m.records
        q = select(r.c.record_id, r.c.hub_id, r.c.deleted, r.c.payload).where(
            r.c.kind == TRANSFER, r.c.updated_at >= iso(since))
        for row in conn.execute(q.execution_options(yield_per=10000)):
            self._put(TRANSFER, row.record_id, row.hub_id, bool(row.deleted), row.payload)
        self.transfers_read_at = read_at


# One index per engine (a Database): two servers' copies of one database share an
# epoch, so the epoch alone cannot tell them apart.
_INDEXES: weakref.WeakKeyDictionary[Any, ReportIndex] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()
# The index a request already brought up to date (see `pinned`), with its engine.
_PINNED: ContextVar[tuple[Any, ReportIndex] | None] = ContextVar("report_index", default=None)


def read_state(conn: Connection) -> State:
    """(epoch, committed seq) in one query: what a report result and the index are
    current to."""
    epoch = (select(m.server_meta.c.value).where(m.server_meta.c.key == "epoch")
             .scalar_subquery())
    row = conn.execute(select(epoch, m.seq_counter.c.value)
                       .where(m.seq_counter.c.id == 1)).first()
    if row is None:  # no counter row yet (not initialised)
        return get_meta(conn, "epoch"), 0
    return row[0], int(row[1] or 0)


def index_for(conn: Connection, state: State | None = None) -> ReportIndex:
    """The index of this database, brought up to date (or the one this request pinned,
    already up to date: the readers of one report call this many times)."""
    found = _PINNED.get()
    if found is not None and found[0] is conn.engine:
        return found[1]
    with _LOCK:
        ix = _INDEXES.get(conn.engine)
        if ix is None:
            ix = _INDEXES[conn.engine] = ReportIndex()
    ix.sync(conn, state)
    return ix


@contextmanager
def pinned(conn: Connection, state: State) -> Iterator[ReportIndex]:
    """Bring the index up to `state` once; inside the block every reader of this
    database's index gets it as it is, without reading the state again."""
    ix = index_for(conn, state)
    token = _PINNED.set((conn.engine, ix))
    try:
        yield ix
    finally:
        _PINNED.reset(token)
