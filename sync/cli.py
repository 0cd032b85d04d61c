"""`accesspoint hub enrol`, `accesspoint sync` and `accesspoint sync status` (cron, Task Scheduler).

Exit status: 0 when the sync finished (items may still need attention: see the
summary); otherwise the code of sync.errors with the reason and the number of
changes still waiting on stderr. Nothing unsynced is ever lost by a failed run.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from typing import Any

from accesspoint import paths
from accesspoint.cli.common import open_db


def register(sub: argparse._SubParsersAction) -> None:
    hub = sub.add_parser("hub", help="this hub's connection to the council server")
    hub_sub = hub.add_subparsers(dest="hub_command", metavar="ACTION", required=True)
    enrol = hub_sub.add_parser("enrol", help="enrol this computer with an enrolment code")
    enrol.add_argument("--server", required=True, help="council server address (https://...)")
    enrol.add_argument("--code", required=True, help="one-time enrolment code from the council")
    enrol.add_argument("--ca-bundle", help="the council's own CA certificates (PEM file)")
    enrol.add_argument("--proxy", help="HTTP proxy, e.g. http://proxy.council.local:8080")
    enrol.add_argument("--device-name", help="name shown to the council (default: computer name)")
    enrol.add_argument("--json", action="store_true", help="print the result as JSON")
    enrol.set_defaults(func=cmd_enrol)
    conn_p = hub_sub.add_parser(
        "connection", help="change the server address, CA bundle or proxy (keeps the token)")
    conn_p.add_argument("--server", help="new council server address")
    conn_p.add_argument("--ca-bundle", help="CA bundle file ('' to use the system's)")
    conn_p.add_argument("--proxy", help="HTTP proxy ('' for none)")
    conn_p.set_defaults(func=cmd_connection)

    sync = sub.add_parser("sync", help="send this hub's changes to the council and fetch theirs")
    sync.add_argument("action", nargs="?", choices=("run", "status"), default="run",
                      help="run (default) or status")
    sync.add_argument("--json", action="store_true", help="print a JSON summary on stdout")
    sync.add_argument("--quiet", action="store_true", help="print nothing when it succeeds")
    sync.add_argument("--batch-size", type=int, default=500, metavar="N",
                      help="changes per request (smaller helps on very poor connections)")
    sync.set_defaults(func=cmd_sync)


def _data_dir(args: argparse.Namespace) -> Any:
    return paths.data_dir(args.data_dir, demo=args.demo)


def cmd_enrol(args: argparse.Namespace) -> int:
    from sync.enrol import enrol
    from sync.errors import SyncError

    conn = open_db(args)
    try:
        result = enrol(conn, _data_dir(args), args.server, args.code, ca_bundle=args.ca_bundle,
                       proxy=args.proxy, device_name=args.device_name)
    except SyncError as exc:
        print(f"accesspoint: enrolment failed: {exc.message}", file=sys.stderr)
        return exc.exit_code
    finally:
        conn.close()
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"Enrolled with {result['server_url']} as hub {result['hub_name']}. "
              "The device token is kept in the system keyring.")
    return 0


def cmd_connection(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sync import state
    from sync.enrol import normalise_url
    from sync.errors import SyncError

    conn = open_db(args)
    try:
        if not state.is_enrolled(conn):
            print("accesspoint: not enrolled yet (accesspoint hub enrol --server URL --code CODE)",
                  file=sys.stderr)
            return 3
        changes: dict[str, Any] = {}
        try:
            if args.server:
                changes[state.SERVER_URL] = normalise_url(args.server)
        except SyncError as exc:
            print(f"accesspoint: {exc.message}", file=sys.stderr)
            return 2
        if args.ca_bundle is not None:
            if args.ca_bundle and not Path(args.ca_bundle).is_file():
                print(f"accesspoint: the CA bundle file {args.ca_bundle} does not exist",
                      file=sys.stderr)
                return 2
            changes[state.CA_BUNDLE] = args.ca_bundle or None
        if args.proxy is not None:
            changes[state.PROXY] = args.proxy or None
        state.put_many(conn, changes)
        link = state.connection(conn)
    finally:
        conn.close()
    print(f"Council server: {link.server_url}; CA bundle: {link.ca_bundle or 'system'}; "
          f"proxy: {link.proxy or 'none'}")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    if args.action == "status":
        return _status(args)
    from sync import status
    from sync.engine import SyncEngine
    from sync.errors import SyncError

    conn = open_db(args)
    cancel = threading.Event()
    # Ctrl+C / a scheduler's stop: finish the current step cleanly instead of dying mid-way.
    previous = signal.signal(signal.SIGINT, lambda *_: cancel.set())
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, lambda *_: cancel.set())
    try:
        # Scripts may want a quick give-up on a dead network (default: 6 tries, ~15 s).
        attempts = os.environ.get("ACCESSPOINT_SYNC_MAX_ATTEMPTS", "")
        options = {"max_attempts": max(1, int(attempts))} if attempts.isdigit() else {}
        engine = SyncEngine(conn, data_dir=_data_dir(args), cancel=cancel,
                            batch_ops=max(1, min(args.batch_size, 2000)),
                            transport_options=options)
        try:
            summary = engine.run()
        except SyncError as exc:
            pending = status.pending_count(conn)
            print(f"accesspoint: sync not done: {exc.message} "
                  f"({pending} change{'s' if pending != 1 else ''} waiting to be sent)",
                  file=sys.stderr)
            if args.json:
                print(json.dumps({"ok": False, "error": exc.code, "message": exc.message,
                                  "pending": pending,
                                  "needs_attention": status.attention_count(conn)}, indent=2))
            return exc.exit_code
    finally:
        signal.signal(signal.SIGINT, previous)
        conn.close()
    if args.json:
        print(json.dumps(summary.to_json(), indent=2))
    elif not args.quiet:
        print(describe(summary.to_json()))
    return 0


def describe(s: dict[str, Any]) -> str:
    sent = s.get("sent") or {}
    got = s.get("received") or {}
    lines = [
        f"Sync done in {s['seconds']:.1f} s.",
        f"Sent: {sent.get('enquiry', 0)} enquiries, {sent.get('referral', 0)} referrals, "
        f"{s.get('minutes_sent', 0) / 60:g} hours; changes in all: {sum(sent.values())}.",
        f"Received: {got.get('service', 0)} directory changes, {got.get('member', 0)} members, "
        f"{got.get('balance', 0)} balances; changes in all: {sum(got.values())}.",
    ]
    if s.get("attention_open"):
        lines.append(f"Needs attention: {s['attention_open']} (open the Sync screen to choose).")
    if not s.get("reconciled", True):
        lines.append("Check: the council server is missing records of "
                     f"{', '.join(s.get('reconcile_mismatched') or [])}; they will be sent again.")
    return "\n".join(lines)


def _status(args: argparse.Namespace) -> int:
    from sync import status

    conn = open_db(args)
    try:
        info = status.summary(conn)
    finally:
        conn.close()
    if args.json:
        print(json.dumps(info, indent=2))
        return 0
    if not info["enrolled"]:
        print("Not enrolled with a council server "
              "(accesspoint hub enrol --server URL --code CODE).")
    else:
        print(f"Council server: {info['server_url']} (hub {info['hub_name']})")
        print(f"Last successful sync: {info['last_sync'] or 'never'}"
              + (" (overdue)" if info["overdue"] else ""))
    print(f"Waiting to be sent: {info['pending']}")
    print(f"Needs attention: {info['needs_attention']}")
    if info["last_error"]:
        print(f"Last problem: {info['last_error'].get('message')}")
    return 0
