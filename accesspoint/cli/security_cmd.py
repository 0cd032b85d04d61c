"""accesspoint security … · accesspoint backup --out FILE · accesspoint restore FILE

The command line acts as a coordinator (see accesspoint.security.cli_access).
Secrets are never taken as arguments (they would land in shell history and the
process list): PINs/passwords come from a prompt or ACCESSPOINT_NEW_SECRET.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from accesspoint import hubs, paths
from accesspoint.cli.common import open_db
from accesspoint.db import DB_FILENAME, connect
from accesspoint.errors import AccessPointError
from accesspoint.security import audit, backup, keystore, users

SECRET_ENV = "ACCESSPOINT_NEW_SECRET"  # nosec B105 - the variable's name, not a secret
RECOVERY_ENV = "ACCESSPOINT_RECOVERY_KEY"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("security", help="users, encryption key, residents' rights")
    ss = p.add_subparsers(dest="security_command", metavar="ACTION", required=True)
    init = ss.add_parser("init", help="first run: create the hub's first coordinator")
    init.add_argument("--hub", required=True, help="the hub's name")
    init.add_argument("--name", required=True, help="the coordinator's name")
    init.add_argument("--pin", action="store_true", help="use a PIN instead of a password")
    init.set_defaults(func=_init)
    st = ss.add_parser("status", help="encryption, keyring and users at a glance")
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=_status)
    rk = ss.add_parser("recovery-key", help="print the recovery key (keep it locked away)")
    rk.set_defaults(func=_recovery_key)
    rc = ss.add_parser("recover", help="put the key back from the printed recovery key")
    rc.set_defaults(func=_recover)
    ret = ss.add_parser("retention-run", help="anonymise what is past its retention period")
    ret.set_defaults(func=_retention)
    sar = ss.add_parser("subject-access", help="everything held about a person (HTML + JSON)")
    sar.add_argument("person_id")
    sar.add_argument("--out", required=True, help="folder to write into")
    sar.set_defaults(func=_subject_access)
    er = ss.add_parser("erase", help="erase a person everywhere (a tombstone is synced)")
    er.add_argument("person_id")
    er.add_argument("--reason", required=True)
    er.set_defaults(func=_erase)

    b = sub.add_parser("backup", help="write an encrypted backup of this hub's database")
    b.add_argument("--out", required=True, help="backup file to write")
    b.set_defaults(func=_backup)
    r = sub.add_parser("restore", help="restore a backup into the data folder")
    r.add_argument("file", help="backup file made by `accesspoint backup`")
    r.add_argument("--recovery-key", action="store_true",
                   help="ask for the recovery key (needed on another computer)")
    r.set_defaults(func=_restore)


def _folder(args: argparse.Namespace) -> Path:
    return paths.data_dir(args.data_dir, demo=args.demo)


def _ask(prompt: str, env: str = SECRET_ENV) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise AccessPointError(f"give it at a prompt or in the {env} environment variable")
    return getpass.getpass(prompt)


def _init(args: argparse.Namespace) -> int:
    conn = open_db(args)
    try:
        kind = "pin" if args.pin else "password"
        actor = users.first_run(conn, args.hub, args.name, _ask(f"New {kind}: "), kind)
        key = keystore.get_db_key(_folder(args))
    finally:
        conn.close()
    print(f"coordinator created (user {actor.user_id})")
    if key:
        print("RECOVERY KEY (print it, keep it locked away; it unlocks this hub's data if "
              "this computer's keyring is lost):")
        print(keystore.recovery_key(key))
    else:
        print("WARNING: this database is NOT encrypted (no keyring).", file=sys.stderr)
    return 0


def _status(args: argparse.Namespace) -> int:
    folder = _folder(args)
    conn = open_db(args)
    try:
        from accesspoint.db import is_encrypted
        from accesspoint.security import cli_access

        info = {
            "encrypted": is_encrypted(conn),
            "keyring": type(keystore.keyring.get_keyring()).__name__,
            "set_up": users.is_set_up(conn),
            "users": len(users.sign_in_list(conn)),
            "cli_enabled": cli_access.enabled(conn),
            "database": str(folder / DB_FILENAME),
        }
    finally:
        conn.close()
    if args.json:
        print(json.dumps(info, sort_keys=True))
    else:
        for k, v in info.items():
            print(f"{k}: {v}")
    return 0


def _recovery_key(args: argparse.Namespace) -> int:
    conn = open_db(args)
    try:
        key = keystore.get_db_key(_folder(args))
        if key is None:
            raise AccessPointError("this database is not encrypted: there is no recovery key")
        audit.record(conn, hubs.cli_actor(conn), "printed", "recovery_key", "")
    finally:
        conn.close()
    print(keystore.recovery_key(key))
    return 0


def _recover(args: argparse.Namespace) -> int:
    folder = _folder(args)
    key = keystore.parse_recovery_key(_ask("Recovery key: ", RECOVERY_ENV))
    conn = connect(folder / DB_FILENAME, key=key)  # raises if the key does not open it
    conn.close()
    keystore.store_db_key(folder, key)
    print("the key is back in this computer's keyring; the database opens again")
    return 0


def _retention(args: argparse.Namespace) -> int:
    from accesspoint.security import retention

    conn = open_db(args)
    try:
        report = retention.run(conn, hubs.cli_actor(conn))
    finally:
        conn.close()
    print(json.dumps(report, sort_keys=True))
    return 0


def _subject_access(args: argparse.Namespace) -> int:
    from accesspoint.security import subject_access

    conn = open_db(args)
    try:
        html, js = subject_access.write_files(conn, hubs.cli_actor(conn), args.person_id,
                                              Path(args.out))
    finally:
        conn.close()
    print(f"wrote {html} and {js}", file=sys.stderr)
    return 0


def _erase(args: argparse.Namespace) -> int:
    from accesspoint.security import erasure

    conn = open_db(args)
    try:
        result = erasure.erase_person(conn, hubs.cli_actor(conn), args.person_id,
                                      reason=args.reason)
    finally:
        conn.close()
    print(json.dumps(result, sort_keys=True))
    return 0


def _backup(args: argparse.Namespace) -> int:
    conn = open_db(args)
    try:
        backup.backup_to(conn, hubs.cli_actor(conn), _folder(args), Path(args.out))
    finally:
        conn.close()
    print(f"encrypted backup written to {args.out}", file=sys.stderr)
    return 0


def _restore(args: argparse.Namespace) -> int:
    folder = _folder(args)
    recovery = _ask("Recovery key: ", RECOVERY_ENV) if args.recovery_key else None
    backup.restore_from(Path(args.file), folder, recovery)
    conn = open_db(args)  # migrates an older backup and records the restore
    try:
        audit.record(conn, hubs.cli_actor(conn), "restore", "database", "")
    finally:
        conn.close()
    print(f"restored into {folder}", file=sys.stderr)
    return 0
