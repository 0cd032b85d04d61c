"""The command line acts as a coordinator; a coordinator can switch it off.

Called by `accesspoint.cli.common.open_db` for every command that opens the
database: refuses when the `cli_enabled` setting is off, and otherwise records
the command in the audit trail under the CLI's own coordinator user.
"""

from __future__ import annotations

import sqlite3

from accesspoint import hubs, settings
from accesspoint.errors import PermissionDeniedError
from accesspoint.security import audit

SETTING = "cli_enabled"


def enabled(conn: sqlite3.Connection) -> bool:
    return bool(settings.get(conn, SETTING, True))


def check_and_record(conn: sqlite3.Connection, command: str | None) -> None:
    if not enabled(conn):
        raise PermissionDeniedError(
            "The command line is switched off for this hub. A coordinator can switch it "
            "back on in the app: Settings, Security, 'Allow the command line'.")
    if hubs.current_hub(conn) is None:
        return  # a brand-new folder: nothing to protect yet, and no hub to name
    actor = hubs.cli_actor(conn)
    audit.record(conn, actor, "cli_command", "cli", "", (command or "")[:40])


def apply_flags(args: object) -> None:
    """`--insecure-no-encryption` (and the demo, whose data is all made up) permit an
    unencrypted database when no keyring exists. Called before the database opens,
    by the CLI's `run` and by the app's launcher."""
    import os

    from accesspoint.db import PLAINTEXT_ENV

    if getattr(args, "insecure_no_encryption", False) or getattr(args, "demo", False):
        os.environ[PLAINTEXT_ENV] = "1"
