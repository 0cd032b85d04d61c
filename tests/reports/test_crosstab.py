"""crosstab counts each cell's and each total's distinct people exactly (totals are
unions of their cells' people, worked out once at the end)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from accesspoint.reports.aggregate import crosstab
from accesspoint.reports.suppression import TOTAL

records = st.lists(st.fixed_dictionaries({
    "row": st.sampled_from(["a", "b", "c"]),
    "cols": st.lists(st.sampled_from(["x", "y", "z"]), max_size=3),
    "who": st.one_of(st.none(), st.sampled_from(["p1", "p2", "p3", "p4"])),
    "v": st.integers(0, 5),
}), max_size=40)


@settings(max_examples=300, deadline=None)
@given(records, st.booleans(), st.booleans())
def test_contributors_are_distinct_people_behind_each_entry(recs, row_totals, col_totals):
    table = crosstab(recs, lambda r: r["row"], lambda r: r["cols"], lambda r: r["who"],
                     value_of=lambda r: r["v"], row_totals=row_totals,
                     col_totals=col_totals)
    expect: dict[tuple, set] = {}
    sums: dict[tuple, float] = {}
    for i, r in enumerate(recs):
        who = ("anonymous", i) if r["who"] is None else r["who"]
        for col in dict.fromkeys(r["cols"]):
            sums[(r["row"], col)] = sums.get((r["row"], col), 0) + r["v"]
            keys = [(r["row"], col)]
            keys += [(r["row"], TOTAL)] if row_totals else []
            keys += [(TOTAL, col)] if col_totals else []
            keys += [(TOTAL, TOTAL)] if row_totals and col_totals else []
            for key in keys:
                expect.setdefault(key, set()).add(who)
    for key, n in table.contributors.items():
        assert n == len(expect.get(key, ())), key
    for key, total in sums.items():
        assert table.values[key] == total
