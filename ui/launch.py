"""The `accesspoint` entry point: a command runs headless, no command opens the app.

Qt is imported only when the window is wanted, so scripts stay fast and work
on machines without a display. A plain start (no command) is recognised by a
parser of the global options alone: the full parser imports every command module
(the keyring, the report and sync libraries), which a window does not need first.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

# Commands of packages above the domain (which may not import them itself).
EXTRA_COMMANDS = ("sync.cli",)
# These print and exit, so they need the full parser (all commands in --help).
_FULL_PARSER_FLAGS = ("-h", "--help", "--version")


def app_options_parser() -> argparse.ArgumentParser:
    """The global options of accesspoint.cli.build_parser, without the commands
    (tests/ops/test_launch.py keeps the two in step)."""
    parser = argparse.ArgumentParser(prog="accesspoint", add_help=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--lang")
    parser.add_argument("--insecure-no-encryption", action="store_true")
    parser.set_defaults(command=None)
    return parser


def app_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of a plain app start, or None when `argv` names a command, asks
    for help or has anything the global options do not take (the full parser then
    runs the command or says what is wrong)."""
    if any(a in _FULL_PARSER_FLAGS for a in argv):
        return None
    try:
        args, rest = app_options_parser().parse_known_args(list(argv))
    except SystemExit:  # e.g. --lang without a value: let the full parser say so
        return None
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = app_args(argv)
    if args is None:
        from accesspoint.cli import build_parser, run

        args = build_parser(EXTRA_COMMANDS).parse_args(argv)
        if args.command:
            return run(args)
    from ui.app import run_app

    # --insecure-no-encryption / --demo are applied by the app before the database
    # opens (ui/ops/opening.py), after the window is shown.
    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
