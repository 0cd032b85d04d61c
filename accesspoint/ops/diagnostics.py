"""A diagnostic report a hub can email to whoever supports them.

One zip with the logs, versions and settings, and nothing about residents:
settings values are kept only when they are switches or numbers, or on an
allow-list; tables are reported as row counts; every text file goes through
the same scrubber as the logs. README.txt inside says what is (and is not) there,
so the person sending it can check before they do.
"""

from __future__ import annotations

import contextlib
import json
import logging
import platform
import re
import shutil
import sqlite3
import sys
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from accesspoint import __version__
from accesspoint.db import DB_FILENAME, connect
from accesspoint.ops import backup, health, logs
from accesspoint.ops.storage import display_path

log = logging.getLogger(__name__)

REPORT_DIRNAME = "diagnostics"
# Settings whose string values are safe to show (codes and ids, never free text).
SAFE_SETTING_KEYS = {"hub_id", "language", "lang", "theme", "font_scale", "sync_server_kind",
                     "backup_keep", "demo_seeded", "schema_note"}

README = """AccessPoint diagnostic report
==============================
Made {made} by AccessPoint {version}.

What is inside:
  versions.json   app, Python, Qt and SQLite versions, operating system
  database.json   schema version, number of rows per table, file sizes, integrity check
  settings.json   setting names; values only for switches, numbers and codes
  logs/           the app's recent log files (ids and counts, no names or notes)
  crash.txt       the error that stopped the app, if there was one

What is NOT inside: the database itself, names, addresses, phone numbers, emails,
notes or any other record about residents. Emails, phone numbers and postcodes
found anywhere in the text are replaced by <email>, <phone>, <postcode>, and any
word of a name or address held in the database by <redacted>.
"""


def versions() -> dict[str, Any]:
    info: dict[str, Any] = {
        "app": __version__,
        "python": sys.version.split()[0],
        "python_implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "sqlite": sqlite3.sqlite_version,
    }
    # Qt only if the GUI already loaded it: this module must not import Qt itself.
    pyside = sys.modules.get("PySide6")
    if pyside is not None:
        info["pyside6"] = getattr(pyside, "__version__", "?")
        qtcore = sys.modules.get("PySide6.QtCore")
        if qtcore is not None:
            info["qt"] = qtcore.qVersion()
    try:
        # The database itself goes through sqlcipher3 (its own SQLite build).
        from sqlcipher3 import dbapi2 as sqlcipher

        info["sqlcipher_sqlite"] = sqlcipher.sqlite_version
        probe = sqlcipher.connect(":memory:")
        try:
            row = probe.execute("PRAGMA cipher_version").fetchone()
            info["sqlcipher"] = row[0] if row else None
        finally:
            probe.close()
    except (ImportError, sqlite3.Error):
        info["sqlcipher"] = None
    return info


def _safe_value(key: str, raw: str) -> Any:
    try:
        value = json.loads(raw)
    except ValueError:
        return "<unreadable>"
    if isinstance(value, bool | int | float) or value is None:
        return value
    if isinstance(value, str) and key in SAFE_SETTING_KEYS:
        return logs.scrub(value)[:80]
    if isinstance(value, str):
        return f"<text, {len(value)} characters>"
    return f"<{type(value).__name__}, {len(value)} items>"


def database_facts(data_dir: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(database.json, settings.json) contents, read through a read-only connection."""
    path = data_dir / DB_FILENAME
    facts: dict[str, Any] = {"exists": path.exists()}
    settings: dict[str, Any] = {}
    for suffix in ("", "-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            facts[f"bytes{suffix or '_main'}"] = side.stat().st_size
    facts["backups"] = [{"name": p.name, "bytes": p.stat().st_size}
                        for p in backup.list_backups(data_dir)]
    facts["migration_backups"] = len(list(data_dir.glob(f"{DB_FILENAME}.v*.bak")))
    with contextlib.suppress(OSError):
        facts["free_disk_bytes"] = shutil.disk_usage(data_dir).free
    if not path.exists():
        return facts, settings
    facts["quick_check"] = health.check_file(path).detail
    try:
        conn = connect(path, readonly=True)
    except sqlite3.Error as exc:
        facts["open_error"] = type(exc).__name__
        return facts, settings
    try:
        facts["user_version"] = conn.execute("PRAGMA user_version").fetchone()[0]
        facts["journal_mode"] = conn.execute("PRAGMA journal_mode").fetchone()[0]
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name")]
        counts: dict[str, Any] = {}
        for table in tables:
            try:
                counts[table] = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            except sqlite3.Error as exc:  # a virtual table whose module is missing
                counts[table] = f"<{type(exc).__name__}>"
        facts["row_counts"] = counts
        if "settings" in tables:
            for row in conn.execute("SELECT key, value FROM settings ORDER BY key"):
                settings[row[0]] = _safe_value(row[0], row[1])
    except sqlite3.Error as exc:
        facts["read_error"] = type(exc).__name__
    finally:
        conn.close()
    return facts, settings


_WORD = re.compile(r"\w{3,}", re.UNICODE)
PERSONAL_SQL = (
    "SELECT given_name, family_name, phone, email, postcode, address FROM people",
    "SELECT display_name FROM users",
)


def personal_words(data_dir: Path) -> set[str]:
    """Every word (3+ letters) of every name, phone, email and address in the database.

    The regex scrubber cannot know that "Amara" is a name; the database can. A word
    from this set is masked wherever it appears in the report, so a name that slipped
    into a log line or an exception message still never leaves the building.
    """
    path = data_dir / DB_FILENAME
    words: set[str] = set()
    if not path.exists():
        return words
    try:
        conn = connect(path, readonly=True)
    except sqlite3.Error:
        return words
    try:
        for sql in PERSONAL_SQL:
            try:
                for row in conn.execute(sql):
                    for value in row:
                        words.update(w.casefold() for w in _WORD.findall(str(value or "")))
            except sqlite3.Error:
                continue
    finally:
        conn.close()
    return words


def redact(text: str, words: set[str]) -> str:
    text = logs.scrub(text)
    if not words:
        return text
    return _WORD.sub(lambda m: "<redacted>" if m.group(0).casefold() in words else m.group(0),
                     text)


def report_dir(data_dir: Path | str) -> Path:
    return Path(data_dir) / REPORT_DIRNAME


def write_report(data_dir: Path | str, out: Path | str | None = None, *,
                 crash: str | None = None, extra: dict[str, Any] | None = None) -> Path:
    """Write the zip and return its path (default: `<data_dir>/diagnostics/...zip`)."""
    data_dir = Path(data_dir)
    made = datetime.now().astimezone()
    if out is None:
        out = report_dir(data_dir) / f"accesspoint-diagnostics-{made:%Y%m%d-%H%M%S}.zip"
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    facts, settings = database_facts(data_dir)
    facts["data_dir"] = display_path(data_dir)
    words = personal_words(data_dir)
    part = out.with_name(out.name + ".part")
    with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("README.txt", README.format(made=made.isoformat(timespec="seconds"),
                                                version=__version__))
        zf.writestr("versions.json", _dump({**versions(), **(extra or {})}, words))
        zf.writestr("database.json", _dump(facts, words))
        zf.writestr("settings.json", _dump(settings, words))
        for path in logs.log_files(data_dir):
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            # Scrubbed again: files written by an older version had no filter.
            zf.writestr(f"logs/{path.name}", redact(text, words))
        if crash:
            zf.writestr("crash.txt", redact(crash, words))
    part.replace(out)
    log.info("diagnostic report written (%d bytes)", out.stat().st_size)
    return out


def _redact_tree(data: Any, words: set[str]) -> Any:
    # Redact strings inside the structure, not the JSON text: masking a match in the
    # text could cut through a number or a quote and leave invalid JSON.
    if isinstance(data, dict):
        return {redact(str(k), words): _redact_tree(v, words) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [_redact_tree(v, words) for v in data]
    if isinstance(data, str):
        return redact(data, words)
    return data


def _dump(data: Any, words: set[str]) -> str:
    return json.dumps(_redact_tree(data, words), indent=2, ensure_ascii=False, default=str)
