"""accesspoint export KIND --format csv|json [--out FILE]"""

from __future__ import annotations

import argparse
import sys

from accesspoint import export, hubs
from accesspoint.cli.common import open_db, output
from accesspoint.security import audit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export records as CSV or JSON (see docs/exports.md)")
    p.add_argument("kind", help=f"one of: {', '.join(sorted(export.KINDS))}")
    p.add_argument("--format", choices=("csv", "json"), default="csv")
    p.add_argument("--out", help="file to write (default: standard output)")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    export.get_export(args.kind)  # fail on a bad kind before touching anything
    conn = open_db(args)
    try:
        with output(args.out) as fh:
            count = export.write(conn, args.kind, args.format, fh)
        audit.record(conn, hubs.cli_actor(conn), "exported", args.kind, "", f"count={count}")
    finally:
        conn.close()
    if args.out:
        print(f"exported {count} {args.kind} to {args.out}", file=sys.stderr)
    return 0
