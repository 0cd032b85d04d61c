"""Run inside a D-Bus session with gnome-keyring (see test_sec_real_keyring.py).

Creates a hub through the CLI with the real OS keyring, then checks what a thief
with the data folder would see. Prints one JSON line of findings.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import keyring

from accesspoint import people
from accesspoint.cli import main
from accesspoint.db import DB_FILENAME, open_database
from accesspoint.security import keystore, users

folder = Path(sys.argv[1])
backend = keyring.get_keyring()
found: dict[str, object] = {"backend": f"{type(backend).__module__}.{type(backend).__name__}"}
assert main(["--data-dir", str(folder), "security", "init", "--hub", "Real Hub",
             "--name", "Kim"]) == 0
conn = open_database(folder)
actor = users.authenticate(conn, users.sign_in_list(conn)[0]["id"], "a long enough passphrase")
people.create_person(conn, actor, given_name="Xanthippe", family_name="Realkeyring")
conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
conn.close()
keystore.clear_cache()
key = keystore.get_db_key(folder)  # fresh read from the Secret Service
found["key_in_keyring"] = key is not None and len(key) == 32
needles = [key, key.hex().encode(), keystore.recovery_key(key).encode(), b"Xanthippe"]
found["files"] = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
found["leaks"] = [p.name for p in folder.rglob("*") if p.is_file()
                  and any(n in p.read_bytes() for n in needles)]
try:
    sqlite3.connect(folder / DB_FILENAME).execute("SELECT * FROM people").fetchall()
    found["plain_sqlite"] = "opened"
except sqlite3.DatabaseError as exc:
    found["plain_sqlite"] = str(exc)
conn = open_database(folder)
found["reopened_people"] = conn.execute("SELECT count(*) FROM people").fetchone()[0]
conn.close()
print(json.dumps(found))
