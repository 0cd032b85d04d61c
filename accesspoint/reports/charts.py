"""What a chart shows, independent of how it is drawn (Qt page, PDF, CSV)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from . import aggregate

KINDS = ("bar", "stacked", "line", "hbar")


@dataclass
class Filters:
    start: date
    end: date
    hub_id: str | None = None
    period: str = "week"  # day | week | month

    @cached_property
    def first(self) -> str:
        return self.start.isoformat()

    @cached_property
    def last(self) -> str:
        return self.end.isoformat()

    def bounds(self) -> tuple[str, str]:
        from .records import utc_bounds

        return utc_bounds(self.start, self.end)

    def periods(self) -> list[str]:
        """Every period in range, so empty ones show as zeros rather than vanish."""
        if self.period == "month":
            return aggregate.months_between(self.start, self.end)
        if self.period == "week":
            return aggregate.weeks_between(self.start, self.end)
        days = (self.end - self.start).days + 1
        return [date.fromordinal(self.start.toordinal() + i).isoformat() for i in range(days)]


@dataclass
class ChartData:
    key: str  # stable id: file names, accessible names
    title: str
    kind: str
    categories: list[str]  # x axis (or y for hbar)
    series: list[tuple[str, list[float]]] = field(default_factory=list)
    x_title: str = ""
    y_title: str = ""
    note: str = ""  # shown under the chart: what is counted, what is missing

    @property
    def empty(self) -> bool:
        return not self.categories or not any(any(v for v in s) for _, s in self.series)

    def table(self) -> list[list[object]]:
        """Header + one row per category: the chart's data as a table."""
        head: list[object] = [self.x_title or "category", *(name for name, _ in self.series)]
        rows: list[list[object]] = [head]
        for i, cat in enumerate(self.categories):
            rows.append([cat, *(_num(values[i]) for _, values in self.series)])
        return rows

    def to_csv(self) -> str:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(self.table())
        return buf.getvalue()


def _num(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 2)


def rollup(day_counts: Iterable[tuple[str, str, float]], flt: Filters,
           series_order: list[str] | None = None) -> tuple[list[str], dict[str, list[float]]]:
    """(day, series, value) rows into per-period columns for each series."""
    periods = flt.periods()
    index = {p: i for i, p in enumerate(periods)}
    out: dict[str, list[float]] = {s: [0] * len(periods) for s in series_order or []}
    slots: dict[str, int] = {}  # day -> column, worked out once per day
    for day, name, value in day_counts:
        slot = slots.get(day)
        if slot is None:
            key = aggregate.period_key(date.fromisoformat(day[:10]), flt.period)
            slot = slots[day] = index.get(key, -1)
        if slot < 0:
            continue
        column = out.get(name)
        if column is None:
            column = out[name] = [0] * len(periods)
        column[slot] += value
    return periods, out


def top_n(totals: dict[str, float], n: int) -> list[str]:
    return [k for k, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]
