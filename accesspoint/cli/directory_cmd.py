"""accesspoint directory import|load-postcodes|search|status (see docs/directory.md)."""

from __future__ import annotations

import argparse
import json
import re
import sys
import threading
import time
from datetime import datetime, timedelta

from accesspoint.cli.common import open_db

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("directory", help="the service directory: import, search, status")
    dsub = p.add_subparsers(dest="directory_command", metavar="ACTION", required=True)

    imp = dsub.add_parser("import", help="import or refresh from an ORUK 3.0/1.0 file, "
                          "folder or API base URL (Ctrl+C cancels with nothing changed)")
    imp.add_argument("source", help="a .json file, a folder of .json pages, or https://…")
    imp.add_argument("--origin", help="name this source (services that vanish from the same "
                     "origin are retired on refresh); default: the path or URL")
    imp.add_argument("--keep-missing", action="store_true",
                     help="do not retire services missing from this feed")
    imp.add_argument("--timeout", type=float, default=30.0, help="seconds per request")
    imp.add_argument("--retries", type=int, default=4, help="retries per request")
    imp.add_argument("--json", action="store_true", help="print the counts as JSON")
    imp.set_defaults(func=_import)

    pc = dsub.add_parser("load-postcodes", help="load postcode positions from an ONS "
                         "Postcode Directory CSV (columns pcds, lat, long)")
    pc.add_argument("file")
    pc.add_argument("--approximate", action="store_true",
                    help="mark these positions as approximate (e.g. district centroids)")
    pc.set_defaults(func=_load_postcodes)

    s = dsub.add_parser("search", help="search the directory offline")
    s.add_argument("query", nargs="?", default="", help="words; empty lists by filters only")
    s.add_argument("--near", metavar="POSTCODE", help="distance from this postcode")
    s.add_argument("--within", type=float, metavar="KM", help="only services within KM")
    s.add_argument("--sort", choices=("rank", "distance"), default="rank")
    s.add_argument("--need", metavar="TERM", help="need code (e.g. food) or taxonomy word")
    s.add_argument("--language", metavar="CODE", help="ISO 639 code, e.g. pt, so, es")
    s.add_argument("--age", type=int, metavar="N", help="resident's age")
    s.add_argument("--free", action="store_true", help="free of charge only")
    s.add_argument("--open-now", action="store_true", help="open at this moment")
    s.add_argument("--open-at", metavar="WHEN",
                   help="open at a time: 'sat 10:00', 'tomorrow 14:30' or '2026-12-01 09:00'")
    s.add_argument("--limit", type=int, default=50)
    s.add_argument("--json", action="store_true", help="print results as JSON (rank order)")
    s.set_defaults(func=_search)

    st = dsub.add_parser("status", help="how many services, how fresh, postcodes loaded")
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=_status)


class _Progress:
    """A one-line progress bar on stderr, at most ~5 updates a second."""

    def __init__(self) -> None:
        self.last = 0.0
        self.tty = sys.stderr.isatty()

    def __call__(self, done: int, total: int | None, message: str) -> None:
        now = time.monotonic()
        if done >= 0 and now - self.last < 0.2 and message != "done":
            return
        self.last = now
        if done >= 0 and total:
            width = 30
            filled = int(width * min(done, total) / total)
            line = f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {message}"
        else:
            line = message
        if self.tty:
            print(f"\r{line[:100]:<100}", end="", file=sys.stderr, flush=True)
        else:
            print(line, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.tty:
            print(file=sys.stderr)


def _import(args: argparse.Namespace) -> int:
    from accesspoint.directory.errors import ImportCancelledError
    from accesspoint.directory.importer import import_directory

    conn = open_db(args)
    cancel = threading.Event()
    bar = _Progress()
    try:
        result = import_directory(conn, args.source, progress=bar, cancel=cancel,
                                  origin=args.origin, retire_missing=not args.keep_missing,
                                  timeout=args.timeout, retries=args.retries)
    except (KeyboardInterrupt, ImportCancelledError):
        cancel.set()  # stops the download threads; the transaction has rolled back
        bar.close()
        print("accesspoint: import cancelled; the directory was not changed",
              file=sys.stderr)
        return 130
    finally:
        conn.close()
    bar.close()
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(f"ORUK {result.version}: {result.added} added, {result.changed} changed, "
              f"{result.removed} removed, {result.unchanged} unchanged")
        if result.stale:
            print(f"warning: {result.stale} services were last verified more than 12 months "
                  "ago (or never)", file=sys.stderr)
        for w in result.warnings[:20]:
            print(f"warning: {w}", file=sys.stderr)
        if len(result.warnings) > 20:
            print(f"warning: … and {len(result.warnings) - 20} more", file=sys.stderr)
    return 0


def _load_postcodes(args: argparse.Namespace) -> int:
    from accesspoint.directory.postcodes import load_csv

    conn = open_db(args)
    try:
        counts = load_csv(conn, args.file, approximate=args.approximate,
                          progress=lambda n: print(f"{n:,} rows…", file=sys.stderr))
    finally:
        conn.close()
    print(f"loaded {counts['loaded']:,} postcodes; skipped {counts['skipped']:,} rows without "
          "a usable position")
    return 0


def parse_when(text: str, now: datetime | None = None) -> datetime:
    now = now or datetime.now()
    text = text.strip().lower()
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    m = re.match(r"^(today|tomorrow|mon|tue|wed|thu|fri|sat|sun)\w*\s+(\d{1,2}):(\d{2})$", text)
    if not m:
        raise ValueError(f"cannot read the time {text!r}; try 'sat 10:00' or "
                         "'2026-12-01 09:00'")
    day = now.date()
    if m.group(1) == "tomorrow":
        day += timedelta(days=1)
    elif m.group(1) != "today":
        day += timedelta(days=(_DAYS.index(m.group(1)) - day.weekday()) % 7)
    return datetime(day.year, day.month, day.day, int(m.group(2)), int(m.group(3)))


def _search(args: argparse.Namespace) -> int:
    from accesspoint.directory.search import Filters, search

    open_at = datetime.now() if args.open_now else (
        parse_when(args.open_at) if args.open_at else None)
    flt = Filters(need=args.need, language=args.language, age=args.age, free=args.free,
                  open_at=open_at, near=args.near,
                  within_m=args.within * 1000 if args.within else None, sort=args.sort)
    conn = open_db(args)
    try:
        result = search(conn, args.query, flt, limit=args.limit, as_you_type=False)
    finally:
        conn.close()
    for wrong, right in result.corrections.items():
        print(f"note: searched for {right!r} instead of {wrong!r}", file=sys.stderr)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    if result.broad:
        print("note: very many services match; services whose name matches were ranked "
              "first (add words to narrow)", file=sys.stderr)
    if args.json:
        out = []
        for r in result.rows:
            item = {"id": r["id"], "name": r["name"], "organization": r["organization"]}
            if args.near:
                item["distance_m"] = r.get("distance_m")
            item.update(location=r["location"], is_free=r["is_free"], local=r["local"],
                        last_verified=r["assured_date"], verified_over_12_months_ago=r["stale"])
            out.append(item)
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    if not result.rows:
        print("no services found", file=sys.stderr)
        return 0
    for r in result.rows:
        where = {"none": "phone/online", "confidential": "address confidential"}.get(
            r["location"], "")
        if args.near and r.get("distance_m") is not None:
            where = f"{r['distance_m'] / 1000:.1f} km"
        flags = "".join([" [local]" if r["local"] else "",
                         " [not verified in 12 months]" if r["stale"] else ""])
        print(f"{r['name']} — {r['organization'] or '?'}"
              f"{' (' + where + ')' if where else ''}{flags}\n    id {r['id']}")
    return 0


def _status(args: argparse.Namespace) -> int:
    from accesspoint.directory.store import status

    conn = open_db(args)
    try:
        info = status(conn)
    finally:
        conn.close()
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    print(f"services: {info['services']} ({info['local']} hub-local, {info['with_location']} "
          f"with a location, {info['retired']} retired)")
    print(f"not verified for over 12 months: {info['not_verified_12_months']}")
    for o in info["origins"]:
        print(f"  from {o['origin']}: {o['services']}")
    last = info["last_import"]
    if last:
        print(f"last import: {last['finished_at']} from {last['origin']} (ORUK {last['version']}"
              f"): {last['added']} added, {last['changed']} changed, {last['removed']} removed")
    print(f"postcodes: {info['postcodes']} ({info['approximate_postcodes']} approximate)")
    print(f"open referrals: {info['referrals_open']}; unmet needs recorded: "
          f"{info['unmet_needs']}; problem reports: {info['problem_reports']}")
    return 0
