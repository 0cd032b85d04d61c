"""The `accesspoint` command line (no Qt: runs headless from Task Scheduler or cron).

Exit status 0 on success; otherwise non-zero with one line on stderr.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from accesspoint import __version__
from accesspoint.errors import AccessPointError

# Each module has register(subparsers); a parser it adds sets `func(args) -> int`.
COMMAND_MODULES = [
    "accesspoint.cli.export_cmd",
    "accesspoint.cli.directory_cmd",
    "accesspoint.cli.timebank_cmd",
    "accesspoint.cli.report_cmd",
    "accesspoint.cli.security_cmd",
    "accesspoint.cli.record_cmd",
]


def build_parser(extra_modules: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser; `extra_modules` adds commands from packages that build on this one
    (the sync client's `hub` and `sync`, added by the launcher, ui/launch.py)."""
    parser = argparse.ArgumentParser(
        prog="accesspoint",
        description="AccessPoint: enquiries, signposting and time credits for community hubs."
        " With no command, opens the app.",
    )
    parser.add_argument("--data-dir", help="folder for the database (or ACCESSPOINT_DATA_DIR)")
    parser.add_argument("--demo", action="store_true",
                        help="use a separate demo data folder filled with realistic demo data")
    parser.add_argument("--lang", help="user-interface language code, e.g. pt, so, es")
    parser.add_argument("--version", action="version", version=f"AccessPoint {__version__}")
    parser.add_argument("--insecure-no-encryption", action="store_true",
                        help="allow an UNENCRYPTED database when no OS keyring exists (test"
                        " machines with no real residents' data only; see docs/data-protection.md)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in (*COMMAND_MODULES, *extra_modules):
        importlib.import_module(name).register(sub)
    return parser


def run(args: argparse.Namespace) -> int:
    from accesspoint.security.cli_access import apply_flags

    apply_flags(args)  # before any database opens: --insecure-no-encryption
    try:
        return int(args.func(args) or 0)
    except AccessPointError as exc:
        print(f"accesspoint: {exc}", file=sys.stderr)
        return 1
    except (KeyError, ValueError, OSError) as exc:
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        print(f"accesspoint: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("accesspoint: cancelled", file=sys.stderr)
        return 130


def main(argv: Sequence[str] | None = None) -> int:
    """Headless entry (tests, scripts). The installed `accesspoint` goes through ui.launch."""
    args = build_parser().parse_args(argv)
    if not args.command:
        print("accesspoint: give a command (see --help); the app opens via `accesspoint`",
              file=sys.stderr)
        return 2
    return run(args)
