from hypothesis import given, settings
from hypothesis import strategies as st

from accesspoint.reports.suppression import TOTAL, Table, protect, protect_linked
from tests.reports.audit import line_check, recoverable


def _table(grid, row_totals=True, col_totals=True):
    rows = [f"r{i}" for i in range(len(grid))]
    cols = [f"c{j}" for j in range(len(grid[0]))]
    values = {(r, c): grid[i][j] for i, r in enumerate(rows) for j, c in enumerate(cols)}
    return Table(rows, cols, values, row_totals=row_totals, col_totals=col_totals).complete()


# Small values on purpose: most cells are 0-6, so tiny groups and lonely cells abound.
small_grids = st.integers(1, 5).flatmap(
    lambda w: st.lists(
        st.lists(st.one_of(st.integers(0, 6), st.integers(0, 40)), min_size=w, max_size=w),
        min_size=1, max_size=6,
    )
)


def _assert_safe(table, hidden, counts=True):
    for key, value in table.values.items():
        if counts and 0 < value <= 4:
            assert key in hidden, f"small value {value} at {key} shown"
    assert line_check(table, hidden) == []
    assert recoverable(table, hidden) == set()
    if counts:
        for cells, total in table.lines():
            inside = [k for k in cells if k in hidden]
            if inside and total not in hidden:
                assert sum(table.values[k] for k in inside) > 4


@settings(max_examples=400, deadline=None)
@given(small_grids, st.booleans(), st.booleans())
def test_no_hidden_cell_can_be_recovered(grid, row_totals, col_totals):
    table = _table(grid, row_totals, col_totals)
    _assert_safe(table, protect(table))


@settings(max_examples=200, deadline=None)
@given(small_grids)
def test_contributors_rule_hides_large_counts_from_few_people(grid):
    table = _table(grid)
    # Everyone in row 0 is the same person.
    table.contributors = {k: (1 if k[0] == "r0" and table.values[k] else 10)
                          for k in table.values}
    hidden = protect(table)
    for (r, c), v in table.values.items():
        if r == "r0" and v:
            assert (r, c) in hidden
    assert recoverable(table, hidden) == set()


@settings(max_examples=200, deadline=None)
@given(small_grids, small_grids)
def test_linked_tables_hide_shared_totals_together(a, b):
    b = [row[:] for row in b[: len(a)]]
    b += [[7] * len(b[0]) for _ in range(len(a) - len(b))]
    # Make the row totals equal, as for enquiries per week by channel and by outcome.
    for i, row in enumerate(a):
        b[i][0] += max(0, sum(row) - sum(b[i]))
        a[i][0] += max(0, sum(b[i]) - sum(row))
    ta, tb = _table(a), _table(b)
    assert all(ta.values[(r, TOTAL)] == tb.values[(r, TOTAL)] for r in ta.rows)
    links = [[("a", (r, TOTAL)), ("b", (r, TOTAL))] for r in ta.rows]
    links.append([("a", (TOTAL, TOTAL)), ("b", (TOTAL, TOTAL))])
    hidden = protect_linked({"a": ta, "b": tb}, links)
    for group in links:
        states = {key in hidden[name] for name, key in group}
        assert len(states) == 1, group
    _assert_safe(ta, hidden["a"])
    _assert_safe(tb, hidden["b"])


def test_total_that_would_reveal_a_single_hidden_cell():
    # Row total 12 with one small cell: hiding just the 2 would leave 12 - 10 = 2.
    table = _table([[2, 10, 30], [20, 25, 30]])
    hidden = protect(table)
    assert ("r0", "c0") in hidden
    assert len([k for k in hidden if k[0] == "r0"]) >= 2
    assert recoverable(table, hidden) == set()


def test_single_cell_row_hides_its_total():
    table = _table([[3], [40]])
    hidden = protect(table)
    assert {("r0", "c0"), ("r0", TOTAL)} <= hidden
    assert recoverable(table, hidden) == set()


def test_bridge_between_two_hidden_rectangles_is_closed():
    # Two 2x2 blocks of small cells joined by a path: the line rule alone can leave a
    # cell that a chain of totals pins down.
    grid = [
        [3, 3, 50, 50, 50],
        [3, 3, 3, 50, 50],  # (r1, c2) links the two blocks: a bridge
        [50, 50, 3, 3, 50],
        [50, 50, 3, 3, 50],
    ]
    table = _table(grid)
    hidden = protect(table)
    assert recoverable(table, hidden) == set()


def test_sums_of_hours_use_contributors_only():
    table = _table([[2.5, 30.25], [40, 12]])
    table.contributors = {k: 9 for k in table.values}
    table.contributors[("r0", "c0")] = 1
    hidden = protect(table, counts=False)
    assert ("r0", "c0") in hidden
    assert recoverable(table, hidden) == set()


def test_zero_is_shown():
    table = _table([[0, 10], [10, 10]])
    assert protect(table) == set()
