"""accesspoint timebank import-hours|import-members|balance|statement|check|audit|voucher"""

from __future__ import annotations

import argparse
import json
import sys

from accesspoint import hubs
from accesspoint.cli.common import open_db
from accesspoint.clock import today_local
from accesspoint.errors import NotFoundError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("timebank", help="time bank: import sheets, balances, statements")
    tsub = p.add_subparsers(dest="timebank_command", metavar="ACTION", required=True)

    h = tsub.add_parser("import-hours", help="import a sign-in sheet CSV (docs/timebank.md)")
    h.add_argument("file")
    h.add_argument("--confirm-long-days", action="store_true",
                   help="as a coordinator, confirm members logged over 12 hours in a day")
    h.set_defaults(func=_import_hours)

    m = tsub.add_parser("import-members", help="import members from another time bank (CSV)")
    m.add_argument("file")
    m.set_defaults(func=_import_members)

    b = tsub.add_parser("balance", help="a member's balance")
    b.add_argument("member", help="member number")
    b.add_argument("--json", action="store_true")
    b.set_defaults(func=_balance)

    s = tsub.add_parser("statement", help="a member's statement (text)")
    s.add_argument("member", help="member number")
    s.set_defaults(func=_statement)

    c = tsub.add_parser("check", help="re-derive balances and check the ledger's invariants")
    c.set_defaults(func=_check)

    a = tsub.add_parser("audit", help="time audit: hours by activity, project, hub, month")
    a.add_argument("--from", dest="start", default="2000-01-01")
    a.add_argument("--to", dest="end", default=None)
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=_audit)

    v = tsub.add_parser("voucher", help="check a reward voucher code")
    v.add_argument("code")
    v.set_defaults(func=_voucher)

    act = tsub.add_parser("add-activity", help="add an activity to the local catalogue")
    act.add_argument("name")
    act.add_argument("--category", required=True,
                     help="care_and_company, community_events, environment, "
                     "children_and_families, civic, learning_and_skills, practical_help, other")
    act.add_argument("--code")
    act.set_defaults(func=_add_activity)

    rw = tsub.add_parser("add-reward", help="add a reward to the local menu")
    rw.add_argument("name")
    rw.add_argument("--cost-minutes", type=int, required=True)
    rw.add_argument("--provider", default="")
    rw.add_argument("--financial", action="store_true")
    rw.add_argument("--eligible", default="adult,young_person",
                    help="member types, comma-separated (adult, young_person, organisation)")
    rw.add_argument("--stock", type=int)
    rw.add_argument("--valid-from")
    rw.add_argument("--valid-to")
    rw.set_defaults(func=_add_reward)

    st = tsub.add_parser("settings", help="conversion rate, currency and member-number prefix")
    st.add_argument("--rate-per-hour", type=int,
                    help="local currency per hour of credits, in minor units (pence)")
    st.add_argument("--currency")
    st.add_argument("--member-prefix", help="prefix for new member numbers at this hub")
    st.set_defaults(func=_settings)


def _report_rejection(exc) -> int:
    print(f"accesspoint: {exc.report()}", file=sys.stderr)
    return 1


def _import_hours(args: argparse.Namespace) -> int:
    import accesspoint.timebank  # noqa: F401  (registers the merge hook)
    from accesspoint.timebank.csv_import import SheetRejectedError, import_hours

    conn = open_db(args)
    try:
        result = import_hours(conn, hubs.cli_actor(conn), args.file,
                              confirm_long_day=args.confirm_long_days)
    except SheetRejectedError as exc:
        return _report_rejection(exc)
    finally:
        conn.close()
    print(f"imported {result.rows} rows, {result.minutes} minutes "
          f"({result.minutes / 60:.2f} hours); sheet sha256 {result.sha256[:12]}")
    return 0


def _import_members(args: argparse.Namespace) -> int:
    import accesspoint.timebank  # noqa: F401
    from accesspoint.timebank.csv_import import SheetRejectedError, import_members

    conn = open_db(args)
    try:
        result = import_members(conn, hubs.cli_actor(conn), args.file)
    except SheetRejectedError as exc:
        return _report_rejection(exc)
    finally:
        conn.close()
    print(f"imported {result.rows} members, opening balances {result.minutes} minutes")
    return 0


def _member(conn, number: str) -> dict:
    from accesspoint.timebank.members import find_by_number

    member = find_by_number(conn, number)
    if member is None:
        raise NotFoundError(f"no time-bank member {number}")
    return member


def _balance(args: argparse.Namespace) -> int:
    from accesspoint.timebank.ledger import fmt_minutes, member_balance

    conn = open_db(args)
    try:
        member = _member(conn, args.member)
        minutes = member_balance(conn, member["id"])
    finally:
        conn.close()
    if args.json:
        print(json.dumps({"member_number": member["member_number"],
                          "balance_minutes": minutes}))
    else:
        print(f"{member['member_number']}: {fmt_minutes(minutes)} ({minutes} minutes)")
    return 0


def _statement(args: argparse.Namespace) -> int:
    from accesspoint.timebank.statement import statement_text

    conn = open_db(args)
    try:
        print(statement_text(conn, _member(conn, args.member)["id"]))
    finally:
        conn.close()
    return 0


def _check(args: argparse.Namespace) -> int:
    from accesspoint.timebank.ledger import check

    conn = open_db(args)
    try:
        result = check(conn)
    finally:
        conn.close()
    print(f"sum over accounts: {result.total}; members below zero: "
          f"{len(result.negative_members)}; bad corrections: {len(result.broken_reversals)}")
    return 0 if result.ok else 1


def _audit(args: argparse.Namespace) -> int:
    from accesspoint.timebank.audit_report import time_audit
    from accesspoint.timebank.ledger import fmt_minutes

    conn = open_db(args)
    try:
        audit = time_audit(conn, args.start, args.end or today_local().isoformat())
    finally:
        conn.close()
    if args.json:
        print(json.dumps(audit.as_rows(), ensure_ascii=False, indent=1))
        return 0
    print(f"{audit.start} to {audit.end}: {fmt_minutes(audit.total_minutes)} given by "
          f"{audit.active_members} active members; {audit.new_members} new members")
    for dim, items in audit.by.items():
        print(f"\nby {dim}:")
        for label, minutes, count in items[:15]:
            print(f"  {label[:40]:<40} {fmt_minutes(minutes):>10} {count:>5} members")
    return 0


def _voucher(args: argparse.Namespace) -> int:
    from accesspoint.timebank.rewards import check_voucher

    conn = open_db(args)
    try:
        result = check_voucher(conn, args.code)
    finally:
        conn.close()
    print(f"{args.code}: {result['reason']}"
          + (f" {result['reward_name']} ({result['provider']}), member "
             f"{result['member_number']}, {result['created_at'][:10]}"
             if result.get("reward_name") else ""))
    return 0 if result["valid"] else 1


def _add_activity(args: argparse.Namespace) -> int:
    from accesspoint.timebank.activities import add_activity

    conn = open_db(args)
    try:
        row = add_activity(conn, args.name, args.category, args.code)
    finally:
        conn.close()
    print(f"added activity {row['name']} ({row['code']})")
    return 0


def _add_reward(args: argparse.Namespace) -> int:
    from accesspoint.timebank.rewards import add_reward

    conn = open_db(args)
    try:
        row = add_reward(conn, name=args.name, cost_minutes=args.cost_minutes,
                         provider=args.provider, financial=args.financial,
                         eligible_types=[t.strip() for t in args.eligible.split(",") if t.strip()],
                         stock=args.stock, valid_from=args.valid_from, valid_to=args.valid_to)
    finally:
        conn.close()
    print(f"added reward {row['name']} ({row['cost_minutes']} minutes)")
    return 0


def _settings(args: argparse.Namespace) -> int:
    from accesspoint import settings
    from accesspoint.timebank.members import PREFIX_KEY, member_prefix
    from accesspoint.timebank.rewards import CURRENCY_KEY, RATE_KEY, conversion_rate

    conn = open_db(args)
    try:
        if args.rate_per_hour is not None:
            if args.rate_per_hour < 0:
                raise ValueError("the rate cannot be negative")
            settings.put(conn, RATE_KEY, args.rate_per_hour)
        if args.currency:
            settings.put(conn, CURRENCY_KEY, args.currency.strip().upper()[:3])
        if args.member_prefix is not None:
            settings.put(conn, PREFIX_KEY, args.member_prefix.strip() or None)
        rate, currency = conversion_rate(conn)
        prefix = member_prefix(conn, hubs.cli_actor(conn).hub_id)
    finally:
        conn.close()
    print(f"conversion: {rate} minor units of {currency} per hour; new member numbers: "
          f"{prefix}00001...")
    return 0
