"""What every subcommand needs: the database, opened once, and the CLI's actor."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from accesspoint import paths
from accesspoint.db import open_database


def open_db(args: argparse.Namespace) -> sqlite3.Connection:
    folder = paths.data_dir(args.data_dir, demo=args.demo)
    conn = open_database(folder)
    if args.demo:
        from accesspoint.demo import ensure_demo

        ensure_demo(conn)
    from accesspoint.security.cli_access import check_and_record

    try:  # refuses when a coordinator switched the command line off; audits otherwise
        check_and_record(conn, getattr(args, "command", None))
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def output(path: str | None) -> Iterator[IO[str]]:
    """Write to a file atomically (temp file, then rename) or to stdout."""
    if not path or path == "-":
        yield sys.stdout
        return
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        yield fh
    tmp.replace(target)
