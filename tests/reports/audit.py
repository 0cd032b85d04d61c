"""An attacker's view of a published table: which hidden entries can be solved for.

Unknowns are the hidden entries; equations are the table's lines (cells add up to
their total). A hidden entry is pinned down exactly iff removing its column from the
equation matrix (restricted to unknowns) lowers the rank. Exact arithmetic (Fraction).
"""

from __future__ import annotations

from fractions import Fraction

from accesspoint.reports.suppression import Key, Table


def _rank(matrix: list[list[Fraction]]) -> int:
    m = [row[:] for row in matrix]
    rank, cols = 0, len(m[0]) if m else 0
    for c in range(cols):
        pivot = next((r for r in range(rank, len(m)) if m[r][c] != 0), None)
        if pivot is None:
            continue
        m[rank], m[pivot] = m[pivot], m[rank]
        for r in range(len(m)):
            if r != rank and m[r][c] != 0:
                f = m[r][c] / m[rank][c]
                m[r] = [a - f * b for a, b in zip(m[r], m[rank], strict=True)]
        rank += 1
    return rank


def recoverable(table: Table, hidden: set[Key]) -> set[Key]:
    unknowns = sorted(hidden, key=str)
    index = {k: i for i, k in enumerate(unknowns)}
    rows = []
    for cells, total in table.lines():
        eq = [Fraction(0)] * len(unknowns)
        touched = False
        for k in cells:
            if k in index:
                eq[index[k]] += 1
                touched = True
        if total in index:
            eq[index[total]] -= 1
            touched = True
        if touched:
            rows.append(eq)
    if not rows:
        return set()
    full = _rank(rows)
    found = set()
    for k, i in index.items():
        without = [r[:i] + r[i + 1:] for r in rows]
        if not without[0] or _rank(without) < full:
            found.add(k)
    return found


def line_check(table: Table, hidden: set[Key]) -> list[str]:
    """The brief's rule: a hidden cell's row and column each hold two hidden entries,
    or their total is hidden."""
    problems = []
    for cells, total in table.lines():
        n = sum(k in hidden for k in cells)
        if n == 1 and total not in hidden:
            problems.append(f"line of {total} has one hidden cell and a shown total")
        if n == 0 and total in hidden:
            problems.append(f"{total} hidden but all its cells shown")
    return problems
