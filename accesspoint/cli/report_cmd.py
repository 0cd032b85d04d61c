"""accesspoint report open-data --out DIR [--from DATE --to DATE] [--hub ID]"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from accesspoint.cli.common import open_db


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-04-01") from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="reports and open data (see docs/open-data.md)")
    which = p.add_subparsers(dest="report", metavar="REPORT", required=True)
    od = which.add_parser(
        "open-data",
        help="write aggregate CSV + JSON with small numbers suppressed, and a data dictionary",
    )
    od.add_argument("--out", required=True, help="folder to write the files into")
    od.add_argument("--from", dest="start", type=_day,
                    help="first day (widened to its Monday); default: first record")
    od.add_argument("--to", dest="end", type=_day,
                    help="last day (widened to its Sunday); default: end of last full week")
    od.add_argument("--hub", help="only this hub's records (default: all on this device)")
    od.set_defaults(func=_open_data)


def _open_data(args: argparse.Namespace) -> int:
    from accesspoint.reports.export import export_open_data

    conn = open_db(args)
    try:
        written = export_open_data(conn, Path(args.out), args.start, args.end, args.hub)
    finally:
        conn.close()
    print(f"wrote {len(written)} files to {args.out}", file=sys.stderr)
    return 0
