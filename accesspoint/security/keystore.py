"""The database key, kept in the OS keyring and nowhere else.

Mirrors `sync/credentials.py` (same service name "AccessPoint", same
"<purpose>:…" entry names) so a council's IT sees one consistent set of entries;
it cannot import it: `accesspoint` must not depend on `sync` (DESIGN.md §1).
One difference on purpose: the entry is named by a random id kept in a small
file in the data folder (`accesspoint.keyid`, not a secret), not by the folder's
path, so a data folder that is moved or copied on the same PC (a restore, a
new drive letter, a test fixture) still finds its key. On another PC, or for
another Windows user, the keyring has no such entry: the recovery key is needed.

The key is 32 random bytes from `secrets`. SQLCipher gets it as a raw key
(`x'…'`), so no slow passphrase derivation runs on every connection. The
recovery key a coordinator prints at set-up is the same 32 bytes in groups of
base32 with a checksum, so a lost keyring (a new Windows profile, a rebuilt PC)
does not lose unsynced data.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import re
import secrets
import threading
import uuid
from pathlib import Path

import keyring
import keyring.errors

from accesspoint.errors import AccessPointError, msg

SERVICE = "AccessPoint"
DB_KEY = "db-key"
KEY_BYTES = 32
KEYID_FILE = "accesspoint.keyid"
_KEYID = re.compile(r"^[0-9a-f]{32}$")


class KeyringUnavailableError(AccessPointError):
    """No usable OS keyring on this computer, so no safe place for the key."""


class KeyMissingError(AccessPointError):
    """The database is encrypted but this computer's keyring has no key for it."""


def backend_usable() -> bool:
    """True when a real secret store answers (not the fail, null or plaintext backends)."""
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if name.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    # Chainer with nothing real inside it behaves like "fail".
    return not ("PlaintextKeyring" in name or "EncryptedKeyring" in name)


_cache: dict[str, bytes] = {}
_lock = threading.Lock()


def key_id(data_dir: Path | str) -> str | None:
    try:
        text = (Path(data_dir) / KEYID_FILE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if _KEYID.match(text) else None


def db_entry(data_dir: Path | str, *, create: bool = False) -> str | None:
    """The keyring entry naming this folder's key (made, with its id file, if asked)."""
    kid = key_id(data_dir)
    if kid is None and create:
        kid = uuid.uuid4().hex
        target = Path(data_dir) / KEYID_FILE
        tmp = target.with_name(KEYID_FILE + ".part")
        tmp.write_text(kid + "\n", encoding="ascii")
        os.replace(tmp, target)
    return f"{DB_KEY}:id:{kid}" if kid else None


def get_db_key(data_dir: Path | str) -> bytes | None:
    """The key for the database in `data_dir`, or None when the keyring holds none."""
    name = db_entry(data_dir)
    return get_key_by_entry(name) if name else None


def get_key_by_entry(name: str) -> bytes | None:
    if not name.startswith(f"{DB_KEY}:id:"):
        return None
    with _lock:
        if name in _cache:
            return _cache[name]
    try:
        text = keyring.get_password(SERVICE, name)
    except keyring.errors.KeyringError:
        return None
    if not text:
        return None
    key = bytes.fromhex(text)
    with _lock:
        _cache[name] = key
    return key


def store_db_key(data_dir: Path | str, key: bytes) -> None:
    """Store the key and read it back: a backend that silently drops it would lose data."""
    if not backend_usable():
        raise KeyringUnavailableError(
            "No secure password store (OS keyring) is available on this computer, so the "
            "database cannot be encrypted. Ask IT to enable the system keyring, or start "
            "with --insecure-no-encryption (ACCESSPOINT_ALLOW_PLAINTEXT=1) for a test machine "
            "holding no real residents' data."
        )
    name = db_entry(data_dir, create=True)
    assert name is not None  # nosec B101 - create=True always names an entry
    try:
        keyring.set_password(SERVICE, name, key.hex())
        stored = keyring.get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(msg(
            "The OS keyring refused to store the key: {exc}",
            exc=exc)) from exc
    if stored != key.hex():
        raise KeyringUnavailableError("The OS keyring did not keep the database key.")
    with _lock:
        _cache[name] = key


def new_db_key(data_dir: Path | str) -> bytes:
    key = secrets.token_bytes(KEY_BYTES)
    store_db_key(data_dir, key)
    return key


def forget_db_key(data_dir: Path | str) -> None:
    """Drop the key from the keyring (tests; retiring a device)."""
    name = db_entry(data_dir)
    if name is None:
        return
    with _lock:
        _cache.pop(name, None)
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(SERVICE, name)


def clear_cache() -> None:
    with _lock:
        _cache.clear()


# --- recovery key -------------------------------------------------------------

def _check(key: bytes) -> str:
    return base64.b32encode(hashlib.sha256(key).digest()[:5]).decode()


def recovery_key(key: bytes) -> str:
    """The 32 bytes in base32 plus an 8-letter checksum: 15 groups of 4, dash-separated."""
    text = base64.b32encode(key).decode().rstrip("=") + _check(key)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """Accept the printed form with any spacing, dashes or case; reject a typo."""
    clean = "".join(ch for ch in text.upper() if ch.isalnum())
    body, check = clean[:-8], clean[-8:]
    try:
        key = base64.b32decode(body + "=" * (-len(body) % 8))
    except ValueError as exc:
        raise AccessPointError("That recovery key has a character that cannot be in one.") from exc
    if len(key) != KEY_BYTES or _check(key) != check:
        raise AccessPointError("That recovery key is not right: check each group and retype it.")
    return key
