"""Every dashboard chart, drawn from day-level rollups (pure Python, no SQLite, no Qt).

The council server can build the same charts from its own rows: fill an
`EnquiryRollup` and a `LedgerRollup` with tuples and call `build`.
Coordinators see their own hub's figures here, unsuppressed; anything published
goes through open_data.py instead.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta

from .aggregate import month_of, months_between
from .charts import ChartData, Filters, rollup, top_n
from .rollups import EnquiryRollup, LedgerRollup

CHANNELS = {"walk_in": "Walk-in", "phone": "Phone", "email": "Email", "outreach": "Outreach"}
OUTCOMES = {"information": "Information given", "signposted": "Signposted",
            "referred": "Referred", "escalated": "Escalated",
            "no_suitable_service": "No suitable service", "open": "Still open"}
STATUSES = {"made": "Made", "sent": "Sent", "seen": "Seen", "accepted": "Accepted",
            "declined": "Declined", "closed": "Closed"}
MEMBER_TYPES = {"adult": "Adults", "young_person": "Young people",
                "organisation": "Organisations"}
LATE = ["1-7 days", "8-14 days", "15-30 days", "Over 30 days"]
GIVEN = ["Under 5 h", "5-10 h", "10-20 h", "20-50 h", "50 h or more"]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
PERIOD_TITLES = {"day": "Day", "week": "ISO week", "month": "Month"}

Labeller = Callable[[str], str]


def _keep(flt: Filters, day: str, hub: str | None) -> bool:
    return flt.first <= day <= flt.last and (not flt.hub_id or hub == flt.hub_id)


def _in_range(rows: list[tuple], flt: Filters) -> list[tuple]:
    """Rows (sorted by their first field, the day) inside the filters: two binary
    searches and a slice instead of a test per row, so a filter change stays fast."""
    lo = bisect_left(rows, flt.first, key=_day)
    hi = bisect_right(rows, flt.last, key=_day)
    part = rows[lo:hi]
    if flt.hub_id:
        part = [r for r in part if r[1] == flt.hub_id]
    return part


def _day(row: tuple) -> str:
    return row[0]


def _view(data: EnquiryRollup, name: str, rows: list[tuple], col: int | tuple[int, ...],
          flt: Filters) -> list[tuple]:
    """(day, hub or None, *rows[cols], count) in range: the rollup summed over every
    other field once, and kept, so each chart reads a few thousand rows, not all."""
    with_hub = bool(flt.hub_id)
    cols = (col,) if isinstance(col, int) else col
    key = (name, cols, with_hub)
    view = data.views.get(key)
    if view is None:
        sums: dict[tuple, int] = defaultdict(int)
        for r in rows:
            sums[(r[0], r[1] if with_hub else None, *(r[c] for c in cols))] += r[-1]
        view = data.views[key] = sorted(((*k, n) for k, n in sums.items()), key=_day)
    return _in_range(view, flt)


def _hours(minutes: float) -> float:
    return round(minutes / 60, 1)


def prepare_views(data: EnquiryRollup) -> None:
    """Build every projection `_view` will ask for, with and without a hub."""
    for hub in (None, "any"):
        flt = Filters(date.min, date.min, hub)
        _view(data, "by_day", data.by_day, 2, flt)
        _view(data, "by_day", data.by_day, 3, flt)
        _view(data, "needs", data.needs, 2, flt)
        if data.referrals is not None:
            _view(data, "referrals", data.referrals, (2, 3), flt)
            _view(data, "referrals", data.referrals, (3, 4), flt)


def drop_views(data: EnquiryRollup, name: str) -> None:
    """Forget the projections of one rollup list (it was read again)."""
    for key in [k for k in data.views if k[0] == name]:
        del data.views[key]


def enquiry_charts(data: EnquiryRollup, flt: Filters, need_label: Labeller) -> list[ChartData]:
    x = PERIOD_TITLES[flt.period]
    charts = []
    for key, col, labels, note in (
        ("enquiries_by_channel", 2, CHANNELS, "Each enquiry once, by how the resident came."),
        ("enquiries_by_outcome", 3, OUTCOMES, "Each enquiry once, by its outcome now."),
    ):
        rows = _view(data, "by_day", data.by_day, col, flt)
        periods, series = rollup(((r[0], labels.get(r[2], r[2]), r[3]) for r in rows), flt,
                                 list(labels.values()))
        name = key.rsplit("_", 1)[1]
        charts.append(ChartData(key, f"Enquiries by {name}", "stacked", periods,
                                [(k, v) for k, v in series.items() if any(v)], x, "Enquiries",
                                note=note))
    needs = _view(data, "needs", data.needs, 2, flt)
    totals: dict[str, float] = defaultdict(float)
    for r in needs:
        totals[r[2]] += r[3]
    top = top_n(totals, 6)
    other = "All other needs"
    periods, series = rollup(((r[0], need_label(r[2]) if r[2] in top else other, r[3])
                              for r in needs), flt, [need_label(c) for c in top])
    charts.insert(1, ChartData(
        "enquiries_by_need", "Enquiries by need (six most common)", "line", periods,
        [(k, v) for k, v in series.items() if any(v)], x, "Enquiries",
        note="An enquiry with two needs counts under both."))
    unmet = _in_range(data.unmet, flt)
    by_need: dict[str, float] = defaultdict(float)
    by_area: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for _, _, need, area, n in unmet:
        by_need[need] += n
        by_area[area][need] += n
    needs_top = top_n(by_need, 12)
    charts.append(ChartData(
        "unmet_needs_by_need", "Unmet needs by need", "hbar",
        [need_label(c) for c in needs_top], [("Unmet needs", [by_need[c] for c in needs_top])],
        "Need", "Needs not met", note="\"No suitable service found\", in the period."))
    area_totals = {a: sum(v.values()) for a, v in by_area.items()}
    areas = top_n(area_totals, 10)
    top4 = needs_top[:4]
    series_a = [(need_label(c), [by_area[a].get(c, 0) for a in areas]) for c in top4]
    series_a.append(("Other needs", [area_totals[a] - sum(by_area[a].get(c, 0) for c in top4)
                                     for a in areas]))
    charts.append(ChartData(
        "unmet_needs_by_area", "Unmet needs by area", "stacked", areas,
        [s for s in series_a if any(s[1])], "Postcode district", "Needs not met",
        note="The ten districts with most unmet needs; \"unknown\": anonymous or no postcode."))
    return charts


def service_charts(data: EnquiryRollup, flt: Filters, today: date) -> list[ChartData]:
    charts = []
    if data.referrals is None:
        missing = "Signposting and referrals are not recorded on this device yet."
        charts += [ChartData("top_services", "Top services signposted and referred", "hbar",
                             [], note=missing),
                   ChartData("referral_outcomes", "Referral outcomes", "bar", [], note=missing)]
    else:
        totals: dict[str, float] = defaultdict(float)
        kinds: dict[tuple[str, str], float] = defaultdict(float)
        status: dict[str, float] = defaultdict(float)
        for _, _, name, kind, n in _view(data, "referrals", data.referrals, (2, 3), flt):
            totals[name] += n
            kinds[(name, kind)] += n
        for _, _, kind, st, n in _view(data, "referrals", data.referrals, (3, 4), flt):
            if kind == "referral":
                status[st] += n
        names = top_n(totals, 10)
        charts.append(ChartData(
            "top_services", "Top services signposted and referred", "hbar", names,
            [("Signposted", [kinds[(s, "signpost")] for s in names]),
             ("Referred", [kinds[(s, "referral")] for s in names])], "Service", "Times used",
            note="The ten services used most in the period."))
        cats = [k for k in STATUSES if status.get(k)]
        charts.append(ChartData(
            "referral_outcomes", "Referral outcomes", "bar", [STATUSES[k] for k in cats],
            [("Referrals", [status[k] for k in cats])], "Status now", "Referrals",
            note="Referrals made in the period, by their status now."))
    late: dict[str, dict[str, float]] = {"Enquiries": defaultdict(float)}
    if data.referrals is not None:
        late["Referrals"] = defaultdict(float)
    for days, source, hub, n in data.overdue:
        if flt.hub_id and hub != flt.hub_id:
            continue
        bucket = LATE[0] if days <= 7 else LATE[1] if days <= 14 else \
            LATE[2] if days <= 30 else LATE[3]
        late.setdefault(source, defaultdict(float))[bucket] += n
    charts.append(ChartData(
        "overdue_follow_ups", "Follow-ups overdue", "stacked", LATE,
        [(k, [v.get(b, 0) for b in LATE]) for k, v in late.items()], "Days overdue",
        "Follow-ups", note=f"Not done and past their date, as of {today.isoformat()}."))
    return charts


def _net(minutes: dict[str, float], kind: str) -> float:
    return minutes.get(kind, 0) - minutes.get(f"{kind}_correction", 0)


def _months(data: LedgerRollup, flt: Filters) -> list[tuple]:
    rows = data.member_month_rows()
    lo = bisect_left(rows, month_of(flt.start), key=_day)
    hi = bisect_right(rows, month_of(flt.end), key=_day)
    return rows[lo:hi]


def whole_months(flt: Filters) -> Filters:
    """Time bank figures come by month (members per month are not additive over days),
    so they cover the whole months the range touches; the charts say so."""
    start = flt.start.replace(day=1)
    last = date.fromisoformat(f"{months_between(flt.end, flt.end)[0]}-01")
    end = (last.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return Filters(start, end, flt.hub_id, "month")


def timebank_charts(data: LedgerRollup, flt: Filters) -> list[ChartData]:
    flt = whole_months(flt)
    span = f" Whole months, {flt.first} to {flt.last}."
    if not data.available:
        note = "The time bank is not set up on this device yet."
        return [ChartData(k, t, "bar", [], note=note) for k, t in (
            ("timebank_hours_by_activity", "Time bank hours by activity"),
            ("timebank_members", "Active and new members"),
            ("timebank_credits", "Credits earned and spent"))]
    months = months_between(flt.start, flt.end)
    index = {m: i for i, m in enumerate(months)}
    by_act: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(months))
    flows: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for day, _hub, act, kind, minutes, _n in _in_range(data.day_rows(), flt):
        month = day[:7]
        flows[month][kind] += minutes
        sign = 1 if kind == "earn" else -1 if kind == "earn_correction" else 0
        if sign:
            name = data.activities.get(act or "", "Not recorded")
            by_act[name][index[month]] += sign * minutes
    totals = {k: sum(v) for k, v in by_act.items()}
    top = top_n(totals, 6)
    series = [(k, [_hours(m) for m in by_act[k]]) for k in top]
    rest = [sum(by_act[k][i] for k in by_act if k not in top) for i in range(len(months))]
    if any(rest):
        series.append(("Other activities", [_hours(m) for m in rest]))
    charts = [ChartData("timebank_hours_by_activity", "Time bank hours by activity", "stacked",
                        months, series, "Month", "Hours given",
                        note="Credits earned for time given, net of corrections." + span)]
    active: dict[str, set[str]] = defaultdict(set)
    for month, member, kind, minutes in _months(data, flt):
        hub = data.members.get(member, ("", "", ""))[2]
        if kind in ("earn", "spend") and minutes and (not flt.hub_id or hub == flt.hub_id):
            active[month].add(member)
    new: dict[str, int] = defaultdict(int)
    for _, joined, hub in data.members.values():
        if joined and _keep(flt, joined[:10], hub):
            new[joined[:7]] += 1
    charts.append(ChartData(
        "timebank_members", "Active and new members", "line", months,
        [("Active members", [len(active[m]) for m in months]),
         ("New members", [new[m] for m in months])], "Month", "Members",
        note="Active: earned or spent credits in the month." + span))
    charts.append(ChartData(
        "timebank_credits", "Credits earned and spent", "bar", months,
        [("Earned", [_hours(_net(flows[m], "earn")) for m in months]),
         ("Spent", [_hours(_net(flows[m], "spend")) for m in months])],
        "Month", "Hours of credit", note="Spent: on rewards. Net of corrections." + span))
    return charts


def audit_charts(data: LedgerRollup, flt: Filters, hub_names: dict[str, str]) -> list[ChartData]:
    """The time audit: who gives how much time, when and where."""
    if not data.available:
        return []
    flt = whole_months(flt)
    span = f" Whole months, {flt.first} to {flt.last}."
    months = months_between(flt.start, flt.end)
    index = {m: i for i, m in enumerate(months)}
    who: dict[str, list[float]] = {v: [0.0] * len(months) for v in MEMBER_TYPES.values()}
    per_member: dict[str, float] = defaultdict(float)
    for month, member, kind, minutes in _months(data, flt):
        if kind not in ("earn", "earn_correction"):
            continue
        mtype, _, hub = data.members.get(member, ("adult", "", ""))
        if flt.hub_id and hub != flt.hub_id:
            continue
        signed = minutes if kind == "earn" else -minutes
        who[MEMBER_TYPES.get(mtype, mtype)][index[month]] += signed
        per_member[member] += signed
    buckets = [0] * len(GIVEN)
    for minutes in per_member.values():
        h = minutes / 60
        if h <= 0:
            continue
        buckets[0 if h < 5 else 1 if h < 10 else 2 if h < 20 else 3 if h < 50 else 4] += 1
    when = [0.0] * 7
    where: dict[str, float] = defaultdict(float)
    for day, hub, _, kind, minutes, _n in _in_range(data.day_rows(), flt):
        if kind not in ("earn", "earn_correction"):
            continue
        signed = minutes if kind == "earn" else -minutes
        when[date.fromisoformat(day).weekday()] += signed
        where[hub_names.get(hub, hub)] += signed
    places = top_n(where, 10)
    return [
        ChartData("time_audit_who", "Time audit: who gives", "stacked", months,
                  [(k, [_hours(m) for m in v]) for k, v in who.items() if any(v)], "Month",
                  "Hours given", note="Hours given by members of each type." + span),
        ChartData("time_audit_how_much", "Time audit: how much each member gives", "bar",
                  GIVEN, [("Members", buckets)], "Hours given in the period", "Members",
                  note="Members by the hours they gave in the period." + span),
        ChartData("time_audit_when", "Time audit: when time is given", "bar", WEEKDAYS,
                  [("Hours", [_hours(m) for m in when])], "Day of the week", "Hours given",
                  note="By the day the time was given." + span),
        ChartData("time_audit_where", "Time audit: where time is given", "hbar", places,
                  [("Hours", [_hours(where[p]) for p in places])], "Hub", "Hours given",
                  note="By the hub that logged the hours." + span),
    ]


def build(enq: EnquiryRollup, ledger: LedgerRollup, flt: Filters, *, today: date,
          need_label: Labeller, hub_names: dict[str, str]) -> dict[str, list[ChartData]]:
    """Charts grouped by dashboard tab."""
    labels: dict[str, str] = {}

    def need_label_cached(code: str) -> str:
        if code not in labels:
            labels[code] = need_label(code)
        return labels[code]

    return {
        "Enquiries": enquiry_charts(enq, flt, need_label_cached),
        "Signposting": service_charts(enq, flt, today),
        "Time bank": timebank_charts(ledger, flt),
        "Time audit": audit_charts(ledger, flt, hub_names),
    }
