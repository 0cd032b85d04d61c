"""Equality monitoring across hubs (issue 7), for council admins and only in
aggregate: hubs send one ``equality_tally`` per finished month (counts, never single
responses, no person, no enquiry); this adds them up and shows any count under 5 as
"<5" so no one stands out."""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

from sqlalchemy import select

from . import models as m
from .db import Database

SUPPRESS_BELOW = 5
MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def _shown(n: int) -> int | str:
    return n if n >= SUPPRESS_BELOW else f"<{SUPPRESS_BELOW}"


def report(db: Database, start: str | None = None, end: str | None = None,
           hub_id: str | None = None) -> dict[str, Any]:
    """Months from ``start`` to ``end`` (YYYY-MM, inclusive), all hubs or one."""
    for value in (start, end):
        if value is not None and not MONTH.match(value):
            raise ValueError("months are YYYY-MM")
    q = select(m.records.c.payload).where(m.records.c.kind == "equality_tally",
                                          m.records.c.deleted.is_(False))
    if hub_id:
        q = q.where(m.records.c.hub_id == hub_id)
    total, hubs, months = 0, set(), set()
    counts: dict[str, Counter[str]] = {}
    with db.read() as conn:
        for (text,) in conn.execute(q):
            t = json.loads(text or "{}")
            month = str(t.get("month") or "")
            if (start and month < start) or (end and month > end):
                continue
            n = t.get("responses")
            if isinstance(n, bool) or not isinstance(n, int) or n < 0:
                continue  # a malformed tally counts for nothing
            total += n
            hubs.add(t.get("hub_id"))
            months.add(month)
            for question, answers in (t.get("counts") or {}).items():
                if not isinstance(answers, dict):
                    continue
                c = counts.setdefault(str(question), Counter())
                for answer, k in answers.items():
                    if isinstance(k, int) and not isinstance(k, bool) and k > 0:
                        c[str(answer)] += k
    return {"responses": _shown(total), "hubs": len(hubs),
            "months": sorted(months),
            "questions": {q: {a: _shown(n) for a, n in sorted(c.items())}
                          for q, c in sorted(counts.items())}}
