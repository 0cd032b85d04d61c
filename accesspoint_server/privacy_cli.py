"""``accesspoint-server subject-access|retention|legal-hold``: the council's data
protection commands (issue 7). Registered by cli.build_parser; every command that
reads or changes personal data is recorded in the server audit trail."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no user name on this account
        return "cli"


def cmd_sar_find(args: argparse.Namespace) -> int:
    from . import holds
    from . import subject_access as sar
    from .cli import _db

    db = _db(args)
    found = sar.find_people(db, name=args.name or "", date_of_birth=args.dob or "",
                            postcode=args.postcode or "")
    with db.write() as conn:
        holds.audit(conn, _actor(), "subject_access_search", "person", "",
                    f"matches={len(found)}")
    print(json.dumps(found, indent=1, ensure_ascii=False))
    return 0


def cmd_sar_export(args: argparse.Namespace) -> int:
    from . import subject_access as sar
    from .cli import _db

    db = _db(args)
    ids = list(args.person_id or [])
    search = {"name": args.name or "", "date_of_birth": args.dob or "",
              "postcode": args.postcode or ""}
    if any(search.values()):
        # A name alone matches strangers: an export by search needs a second detail.
        if sum(1 for v in search.values() if v) < 2:
            raise ValueError("to export by search give at least two of --name, --dob, "
                             "--postcode (or the person ids from `subject-access find`)")
        matches = sar.find_people(db, name=search["name"], date_of_birth=search["date_of_birth"],
                                  postcode=search["postcode"])
        if not matches and not ids:
            raise ValueError("nobody on the server matches that search")
        ids += [p["person_id"] for p in matches]
    if not ids:
        raise ValueError("give person ids or search details (see --help)")
    bundle = sar.export(db, _actor(), ids, search if any(search.values()) else None)
    written = sar.write_files(bundle, Path(args.out))
    counts = {k: len(v) for k, v in bundle["records"].items() if v}
    print(f"wrote {', '.join(str(w) for w in written)} "
          f"({len(bundle['person_ids'])} person id(s); "
          + ", ".join(f"{n} {k}" for k, n in counts.items()) + ")", file=sys.stderr)
    return 0


def cmd_retention_run(args: argparse.Namespace) -> int:
    from . import retention
    from .cli import _db

    report = retention.run(_db(args), _actor())
    for kind, counts in report.items():
        print(f"{kind}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


def cmd_retention_show(args: argparse.Namespace) -> int:
    from . import retention
    from .cli import _db

    print(json.dumps(retention.periods(_db(args)), indent=1, sort_keys=True))
    return 0


def cmd_retention_set(args: argparse.Namespace) -> int:
    from . import retention
    from .cli import _db

    print(json.dumps(retention.set_period(_db(args), _actor(), args.kind, args.days),
                     indent=1, sort_keys=True))
    return 0


def cmd_hold_place(args: argparse.Namespace) -> int:
    from . import holds
    from .cli import _db

    print(holds.place_hold(_db(args), _actor(), args.kind, args.record_id, args.reason))
    return 0


def cmd_hold_release(args: argparse.Namespace) -> int:
    from . import holds
    from .cli import _db

    holds.release_hold(_db(args), _actor(), args.hold_id)
    print(f"released {args.hold_id}", file=sys.stderr)
    return 0


def cmd_hold_list(args: argparse.Namespace) -> int:
    from . import holds
    from .cli import _db

    print(json.dumps(holds.list_holds(_db(args)), indent=1))
    return 0


def cmd_equality(args: argparse.Namespace) -> int:
    from . import equality_report
    from .cli import _db

    print(json.dumps(equality_report.report(_db(args), args.start, args.end, args.hub),
                     indent=1))
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    def group(name: str, help_: str) -> Any:
        return sub.add_parser(name, help=help_).add_subparsers(
            dest=f"{name}_command", metavar="COMMAND", required=True)

    def add(parent: Any, name: str, func: Any, help_: str) -> argparse.ArgumentParser:
        sp = parent.add_parser(name, parents=[common], help=help_)
        sp.set_defaults(func=func)
        return sp

    sar = group("subject-access", "a resident's data across hubs (UK GDPR Art. 15)")
    find = add(sar, "find", cmd_sar_find, "list people matching a name, date of birth, postcode")
    sp = add(sar, "export", cmd_sar_export,
             "write HTML + JSON of everything held about person ids (or a search)")
    for s in (find, sp):
        s.add_argument("--name", help="given and/or family name (accents, case ignored)")
        s.add_argument("--dob", help="date of birth, YYYY-MM-DD")
        s.add_argument("--postcode", help="full postcode")
    sp.add_argument("person_id", nargs="*", help="person ids (from `subject-access find`)")
    sp.add_argument("--out", required=True, help="folder to write the two files into")

    ret = group("retention", "anonymise what is past its retention period")
    add(ret, "run", cmd_retention_run, "apply the periods now (idempotent); prints counts")
    add(ret, "show", cmd_retention_show, "the retention period of each kind, in days")
    sp = add(ret, "set", cmd_retention_set, "set the retention period of a kind")
    sp.add_argument("kind", choices=["enquiry", "person"])
    sp.add_argument("days", type=int)

    sp = sub.add_parser("equality-report", parents=[common],
                        help="equality monitoring summed across hubs (counts under 5 as <5)")
    sp.set_defaults(func=cmd_equality)
    sp.add_argument("--from", dest="start", help="first month, YYYY-MM")
    sp.add_argument("--to", dest="end", help="last month, YYYY-MM")
    sp.add_argument("--hub", help="one hub only")

    hold = group("legal-hold", "exempt a record from retention")
    sp = add(hold, "place", cmd_hold_place, "place a hold; prints its id")
    sp.add_argument("kind", choices=["person", "enquiry", "member"])
    sp.add_argument("record_id")
    sp.add_argument("--reason", required=True)
    sp = add(hold, "release", cmd_hold_release, "release a hold by its id")
    sp.add_argument("hold_id")
    add(hold, "list", cmd_hold_list, "active holds, the council's and the hubs' (JSON)")
