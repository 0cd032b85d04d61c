"""Small-number suppression for published two-way tables, with secondary suppression.

Pure standard library and no AccessPoint imports, so the council server may import
it or vendor a copy unchanged. Keep it that way.

A table has row keys, column keys and a value per cell. When an axis "has totals",
each line along it is an equation: the cells of row r sum to the row total (r, TOTAL),
the row totals sum to the grand total (TOTAL, TOTAL), and likewise for columns.

1. Primary: a cell or total is hidden when its count (or, when given, its number of
   distinct contributors: people, members) is between 1 and `threshold` (4).
2. Secondary, repeated until nothing changes:
   a. Line rule: in every line that is an equation, the hidden entries are either none
      or at least two. When the line's total is published, the hidden cells must also
      add up to more than `threshold` (else "the three hidden cells hold 2 people" is
      itself a small number). We hide the smallest published cell of the line (a
      non-zero one first), or the line's total when no cell is left.
   b. Bridge rule (both axes have totals): the line rule alone can leave a hidden cell
      that a chain of equations pins down exactly. Hidden entries form a graph between
      row nodes and column nodes (the totals row/column are nodes too); a hidden cell is
      recoverable exactly when its edge is a bridge of that graph, so for each bridge we
      hide one more cell that closes a cycle through it.
A 0 is published as 0. Callers must never say which hidden cells were primary.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field

TOTAL = "__total__"
THRESHOLD = 4

Key = tuple[Hashable, Hashable]


@dataclass
class Table:
    """Values per (row, col); totals, when wanted, are filled in by `complete`."""

    rows: list[Hashable]
    cols: list[Hashable]
    values: dict[Key, float] = field(default_factory=dict)
    contributors: dict[Key, int] | None = None  # distinct people behind each entry
    row_totals: bool = True  # each row has a total column entry (r, TOTAL)
    col_totals: bool = True  # each column has a total row entry (TOTAL, c)

    def complete(self) -> Table:
        """Fill missing cells with 0 and compute the totals from the cells."""
        for r in self.rows:
            for c in self.cols:
                self.values.setdefault((r, c), 0)
        if self.row_totals:
            for r in self.rows:
                self.values[(r, TOTAL)] = sum(self.values[(r, c)] for c in self.cols)
        if self.col_totals:
            for c in self.cols:
                self.values[(TOTAL, c)] = sum(self.values[(r, c)] for r in self.rows)
        if self.row_totals and self.col_totals:
            self.values[(TOTAL, TOTAL)] = sum(self.values[(r, TOTAL)] for r in self.rows)
        return self

    def keys(self) -> list[Key]:
        return list(self.values)

    def lines(self) -> list[tuple[list[Key], Key]]:
        """Every equation: (the entries that add up, the entry they add up to)."""
        out: list[tuple[list[Key], Key]] = []
        rows = list(self.rows) + ([TOTAL] if self.col_totals else [])
        cols = list(self.cols) + ([TOTAL] if self.row_totals else [])
        if self.row_totals:
            for r in rows:
                out.append(([(r, c) for c in self.cols], (r, TOTAL)))
        if self.col_totals:
            for c in cols:
                out.append(([(r, c) for r in self.rows], (TOTAL, c)))
        return out


def is_small(n: float, threshold: int = THRESHOLD) -> bool:
    return 0 < n <= threshold


def primary(table: Table, threshold: int = THRESHOLD, counts: bool = True) -> set[Key]:
    """Entries hidden for their own sake. `counts=False` for sums such as hours, where
    only the number of contributors is a small number."""
    hidden: set[Key] = set()
    for key, value in table.values.items():
        people = table.contributors.get(key) if table.contributors is not None else None
        if (counts and is_small(value, threshold)) or (
            people is not None and is_small(people, threshold)
        ):
            hidden.add(key)
    return hidden


def _pick(table: Table, candidates: Iterable[Key], hidden: set[Key]) -> Key | None:
    """The cheapest entry to hide: smallest non-zero value first, then zeros, stable order."""
    open_ = [k for k in candidates if k not in hidden]
    if not open_:
        return None
    order = {k: i for i, k in enumerate(table.values)}
    return min(open_, key=lambda k: (table.values[k] == 0, table.values[k], order[k]))


def _line_pass(table: Table, hidden: set[Key], threshold: int, counts: bool) -> bool:
    changed = False
    for cells, total in table.lines():
        while True:
            hidden_cells = [k for k in cells if k in hidden]
            if total in hidden:
                if not hidden_cells:
                    # A hidden total with every cell shown is just their sum.
                    extra = _pick(table, cells, hidden)
                    if extra is None:
                        break
                    hidden.add(extra)
                    changed = True
                    continue
                break
            if not hidden_cells:
                break
            hidden_sum = sum(table.values[k] for k in hidden_cells)
            if len(hidden_cells) >= 2 and (not counts or hidden_sum > threshold):
                break
            extra = _pick(table, cells, hidden) or total
            hidden.add(extra)
            changed = True
    return changed


def _bridges(edges: list[Key]) -> list[Key]:
    """Bridges of the bipartite multigraph rows x cols (each hidden entry is one edge)."""
    adj: dict[tuple[str, Hashable], list[tuple[tuple[str, Hashable], int]]] = {}
    for i, (r, c) in enumerate(edges):
        a, b = ("r", r), ("c", c)
        adj.setdefault(a, []).append((b, i))
        adj.setdefault(b, []).append((a, i))
    disc: dict = {}
    low: dict = {}
    found: list[Key] = []
    counter = 0
    for root in adj:
        if root in disc:
            continue
        # Iterative DFS (tables can be long; no recursion limit surprises).
        disc[root] = low[root] = counter
        counter += 1
        stack = [(root, -1, iter(adj[root]))]
        while stack:
            node, via, it = stack[-1]
            advanced = False
            for nxt, edge in it:
                if edge == via:
                    continue
                if nxt in disc:
                    low[node] = min(low[node], disc[nxt])
                else:
                    disc[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append((nxt, edge, iter(adj[nxt])))
                    advanced = True
                    break
            if not advanced:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[node])
                    if low[node] > disc[parent]:
                        found.append(edges[via])
    return found


def _component(edges: list[Key], start: tuple[str, Hashable], skip: Key) -> set:
    adj: dict = {}
    for e in edges:
        if e == skip:
            continue
        a, b = ("r", e[0]), ("c", e[1])
        adj.setdefault(a, set()).add(b)
        adj.setdefault(b, set()).add(a)
    seen = {start}
    todo = [start]
    while todo:
        for nxt in adj.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _bridge_pass(table: Table, hidden: set[Key]) -> bool:
    if not (table.row_totals and table.col_totals):
        return False  # one family of equations: the line rule is already exact
    order = {k: i for i, k in enumerate(table.values)}
    edges = sorted(hidden, key=order.__getitem__)
    bridges = _bridges(edges)
    if not bridges:
        return False
    r, c = bridges[0]
    side_r = _component(edges, ("r", r), (r, c))
    side_c = _component(edges, ("c", c), (r, c))
    candidates = [
        k for k in table.values
        if k not in hidden and (
            (("r", k[0]) in side_r and ("c", k[1]) in side_c)
            or (("r", k[0]) in side_c and ("c", k[1]) in side_r)
        )
    ]
    # Prefer inner cells to totals: a published total is more useful to readers.
    inner = [k for k in candidates if TOTAL not in k]
    extra = _pick(table, inner, hidden) or _pick(table, candidates, hidden)
    if extra is None:
        return False
    hidden.add(extra)
    return True


def protect(
    table: Table,
    *,
    threshold: int = THRESHOLD,
    counts: bool = True,
    forced: Iterable[Key] = (),
) -> set[Key]:
    """The set of entries to hide (primary and secondary). `forced` entries are hidden
    too: totals that a linked table had to hide (see `protect_linked`)."""
    hidden = primary(table, threshold, counts) | {k for k in forced if k in table.values}
    while _line_pass(table, hidden, threshold, counts) or _bridge_pass(table, hidden):
        pass
    return hidden


def protect_linked(
    tables: Mapping[str, Table],
    same: Iterable[Iterable[tuple[str, Key]]],
    *,
    threshold: int = THRESHOLD,
    counts: Mapping[str, bool] | None = None,
) -> dict[str, set[Key]]:
    """Protect tables that publish the same quantity in several places (enquiries per
    week by channel and by outcome share each week's total). `same` lists groups of
    (table name, entry) that are equal; an entry hidden in one table is hidden in all,
    or the other table would give it away. Repeats until stable."""
    groups = [list(g) for g in same]
    forced: dict[str, set[Key]] = {name: set() for name in tables}
    while True:
        result = {
            name: protect(t, threshold=threshold, forced=forced[name],
                          counts=True if counts is None else counts.get(name, True))
            for name, t in tables.items()
        }
        grew = False
        for group in groups:
            if any(key in result[name] for name, key in group):
                for name, key in group:
                    if key not in forced[name]:
                        forced[name].add(key)
                        grew = True
        if not grew:
            return result
