"""``accesspoint-server``: the council's admin CLI. Exit 0 on success; on failure
a one-line message on stderr and a non-zero status."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from . import __version__
from .config import (
    BATCH_ANSWER_DAYS,
    ENROL_CODE_HOURS,
    ENV_BATCH_ANSWER_DAYS,
    ENV_DB,
    batch_answer_days,
    resolve_db_url,
)
from .db import Database


def _db(args: argparse.Namespace) -> Database:
    db = Database(resolve_db_url(args.db))
    db.migrate()
    return db


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from . import logs
    from .app import create_app

    logs.setup()
    db = _db(args)
    logs.event("serve", host=args.host, port=args.port, workers=args.workers,
               backend="sqlite" if db.is_sqlite else "postgresql")
    # Hubs sync over slow links; keep idle connections a while (clients reuse them).
    common = {"host": args.host, "port": args.port, "log_config": None, "access_log": False,
              "proxy_headers": args.proxy_headers, "timeout_keep_alive": 75,
              "server_header": False}
    if args.workers > 1:
        # Workers are separate processes: each opens the database from the URL.
        os.environ[ENV_DB] = db.url
        db.dispose()
        uvicorn.run("accesspoint_server.app:app_from_env", factory=True,
                    workers=args.workers, **common)
    else:
        uvicorn.run(create_app(db, migrate=False), **common)
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    _db(args)
    print("database is up to date", file=sys.stderr)
    return 0


def cmd_create_hub(args: argparse.Namespace) -> int:
    from .auth import create_hub

    _hub_id, code = create_hub(_db(args), args.name, args.expires_hours)
    print(code)  # only the code on stdout, for scripts
    return 0


def cmd_new_code(args: argparse.Namespace) -> int:
    from .auth import new_enrolment_code

    try:
        print(new_enrolment_code(_db(args), args.hub_id, args.expires_hours))
    except LookupError as exc:
        raise ValueError(str(exc)) from exc
    return 0


def cmd_list_hubs(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from . import models as m

    db = _db(args)
    with db.read() as conn:
        hubs = conn.execute(select(m.hubs).order_by(m.hubs.c.name)).all()
        devices = conn.execute(select(m.devices).order_by(m.devices.c.created_at)).all()
    out = [{"hub_id": h.id, "name": h.name,
            "devices": [{"device_id": d.id, "name": d.name, "created_at": d.created_at,
                         "revoked_at": d.revoked_at} for d in devices if d.hub_id == h.id]}
           for h in hubs]
    print(json.dumps(out, indent=1))
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from .auth import revoke_device

    if not revoke_device(_db(args), args.device_id):
        raise ValueError(f"no active device {args.device_id}")
    print(f"revoked {args.device_id}", file=sys.stderr)
    return 0


def cmd_admin_token(args: argparse.Namespace) -> int:
    from .auth import create_admin_token

    print(create_admin_token(_db(args), args.name))
    return 0


def cmd_load_directory(args: argparse.Namespace) -> int:
    from .directory import read_source, save_services

    count = save_services(_db(args), read_source(args.source))
    print(f"loaded {count} services", file=sys.stderr)
    return 0


def cmd_load_postcodes(args: argparse.Namespace) -> int:
    from .directory import load_postcodes

    count = load_postcodes(_db(args), Path(args.file))
    print(f"loaded {count} postcodes", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .admin_ops import export_rows, write_atomic, write_export

    columns, rows = export_rows(_db(args), args.kind)
    if args.out:
        write_atomic(Path(args.out), lambda fh: write_export(columns, rows, args.format, fh))
    else:
        write_export(columns, rows, args.format, sys.stdout)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from .admin_ops import backup

    method = backup(_db(args), Path(args.out))
    print(f"backup written to {args.out} ({method})", file=sys.stderr)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from .admin_ops import restore

    epoch = restore(Database(resolve_db_url(args.db)), Path(args.file))
    print(f"restored; new server epoch {epoch}", file=sys.stderr)
    return 0


def cmd_trim_batch_answers(args: argparse.Namespace) -> int:
    from .admin_ops import trim_batch_answers

    days = args.days if args.days is not None else batch_answer_days()
    count = trim_batch_answers(_db(args), days)
    print(f"deleted {count} stored batch answers older than {days:g} days", file=sys.stderr)
    return 0


def cmd_rotate_epoch(args: argparse.Namespace) -> int:
    print(_db(args).rotate_epoch())
    return 0


def cmd_put_reward(args: argparse.Namespace) -> int:
    from .admin_ops import publish

    item: dict[str, Any] = {"name": args.name, "cost_minutes": args.cost_minutes,
                            "description": args.description or "", "active": True}
    if args.id:
        item["id"] = args.id
    publish(_db(args), "reward", [item])
    return 0


def cmd_load_catalogue(args: argparse.Namespace) -> int:
    from .admin_ops import load_catalogue

    counts = load_catalogue(_db(args), json.loads(Path(args.file).read_text(encoding="utf-8")))
    print(", ".join(f"{n} {k}" for k, n in counts.items()), file=sys.stderr)
    return 0


def cmd_openapi(args: argparse.Namespace) -> int:
    from .openapi_doc import openapi_text

    text = openapi_text()
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def _day(text: str) -> Any:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-04-01") from None


def cmd_report_open_data(args: argparse.Namespace) -> int:
    from .report_data import RangeError, export_open_data

    try:
        written = export_open_data(_db(args), Path(args.out), args.start, args.end, args.hub)
    except RangeError as exc:
        print(f"accesspoint-server: error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {len(written)} files to {args.out}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="accesspoint-server",
                                     description="AccessPoint council API server.")
    parser.add_argument("--version", action="version", version=__version__)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="database URL (default: SQLite in the server data dir; "
                        "also ACCESSPOINT_SERVER_DB)")
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, func: Any, help_: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, parents=[common], help=help_)
        sp.set_defaults(func=func)
        return sp

    sp = add("serve", cmd_serve, "run the HTTP API")
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=8080)
    sp.add_argument("--workers", type=int, default=1, help="worker processes")
    sp.add_argument("--proxy-headers", action="store_true",
                    help="trust X-Forwarded-For from a reverse proxy")
    add("migrate", cmd_migrate, "create or upgrade the database")
    sp = add("create-hub", cmd_create_hub, "create a hub; prints its one-time enrolment code")
    sp.add_argument("name")
    sp.add_argument("--expires-hours", type=float, default=ENROL_CODE_HOURS)
    sp = add("new-enrolment-code", cmd_new_code, "a fresh enrolment code for an existing hub")
    sp.add_argument("hub_id")
    sp.add_argument("--expires-hours", type=float, default=ENROL_CODE_HOURS)
    add("list-hubs", cmd_list_hubs, "hubs and their devices (JSON)")
    sp = add("revoke-device", cmd_revoke, "revoke a device token")
    sp.add_argument("device_id")
    sp = add("create-admin-token", cmd_admin_token, "print a new council admin token")
    sp.add_argument("--name", default="admin")
    sp = add("load-directory", cmd_load_directory,
             "load ORUK services from a file, a folder or a publisher's base URL")
    sp.add_argument("source")
    sp = add("load-postcodes", cmd_load_postcodes, "load an ONS Postcode Directory CSV")
    sp.add_argument("file")
    sp = add("export", cmd_export, "export a kind across all hubs")
    sp.add_argument("kind", choices=["enquiries", "people", "members", "ledger", "balances",
                                     "rewards"])
    sp.add_argument("--format", choices=["csv", "json"], default="csv")
    sp.add_argument("--out")
    sp = add("backup", cmd_backup, "back up the database")
    sp.add_argument("--out", required=True)
    sp = add("restore", cmd_restore, "restore a backup (stop the server first); new epoch")
    sp.add_argument("file")
    sp = add("trim-batch-answers", cmd_trim_batch_answers,
             "delete stored answers to pushed batches older than the retention")
    sp.add_argument("--days", type=float, default=None,
                    help=f"keep this many days (default {ENV_BATCH_ANSWER_DAYS} or "
                    f"{BATCH_ANSWER_DAYS}; at least 1)")
    add("rotate-epoch", cmd_rotate_epoch, "start a new server epoch (after a manual restore)")
    sp = add("put-reward", cmd_put_reward, "publish a reward to every hub")
    sp.add_argument("name")
    sp.add_argument("--cost-minutes", type=int, required=True)
    sp.add_argument("--description")
    sp.add_argument("--id")
    sp = add("load-catalogue", cmd_load_catalogue,
             "publish rewards/activities/opportunities from a JSON file")
    sp.add_argument("file")
    report = sub.add_parser("report", help="council-wide reports (see docs/server.md)")
    which = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    sp = which.add_parser("open-data", parents=[common],
                          help="aggregate CSV + JSON across hubs, small numbers suppressed, "
                          "and a data dictionary (as `accesspoint report open-data`)")
    sp.set_defaults(func=cmd_report_open_data)
    sp.add_argument("--out", required=True, help="folder to write the files into")
    sp.add_argument("--from", dest="start", type=_day,
                    help="first day (widened to its Monday); default: first record")
    sp.add_argument("--to", dest="end", type=_day,
                    help="last day (widened to its Sunday); default: end of last full week")
    sp.add_argument("--hub", help="only this hub's records (default: all hubs)")
    from .privacy_cli import register as register_privacy

    register_privacy(sub, common)
    sp = add("openapi", cmd_openapi, "write the OpenAPI document")
    sp.add_argument("--out")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # one line for humans and scripts, no traceback
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(f"accesspoint-server: error: {message}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
