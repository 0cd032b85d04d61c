"""The `accesspoint` entry point: a command runs headless, no command opens the app.

Qt is imported only when the window is wanted, so scripts stay fast and work
on machines without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from accesspoint.cli import build_parser, run

# Commands of packages above the domain (which may not import them itself).
EXTRA_COMMANDS = ("sync.cli",)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser(EXTRA_COMMANDS).parse_args(argv)
    if args.command:
        return run(args)
    from accesspoint.security.cli_access import apply_flags
    from ui.app import run_app

    apply_flags(args)  # --insecure-no-encryption / --demo, before the database opens
    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
