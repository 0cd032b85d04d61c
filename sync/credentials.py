"""Secrets in the OS keyring, and nowhere else (never a file, a log or the database).

One small module so every secret (the sync device token today, the database key
of the security work tomorrow) goes through the same door. Entries live under
the service name "AccessPoint"; the user name is ``<purpose>:<data dir>`` so two
data folders on one PC (a hub and the demo, or two hubs in tests) never share
a secret.
"""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import keyring.errors

SERVICE = "AccessPoint"
DEVICE_TOKEN = "sync-device-token"


class KeyringUnavailableError(RuntimeError):
    """No usable OS keyring: the secret cannot be stored safely, so it is not stored."""


def key_for(purpose: str, data_dir: Path | str) -> str:
    # Resolved and normalised so "./data" and "/abs/data" name the same entry.
    folder = os.path.normcase(str(Path(data_dir).expanduser().resolve()))
    return f"{purpose}:{folder}"


def _backends() -> list[object]:
    backend = keyring.get_keyring()
    # The chainer tries several real backends in turn; judge those.
    return list(getattr(backend, "backends", None) or [backend])


def _usable(backend: object) -> bool:
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    # The "fail" backend, and the plaintext ones we must never fall back to.
    return not (name.startswith("keyring.backends.fail") or "Plaintext" in name
                or "Unencrypted" in name or name.startswith("keyrings.alt.file"))


def _check_backend() -> None:
    if not any(_usable(b) for b in _backends()):
        raise KeyringUnavailableError(
            "No secure password store (OS keyring) is available on this computer, "
            "so the device cannot be enrolled. Ask IT to enable the system keyring."
        )


def set_secret(purpose: str, data_dir: Path | str, value: str) -> None:
    _check_backend()
    try:
        keyring.set_password(SERVICE, key_for(purpose, data_dir), value)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(f"The OS keyring refused to store the secret: {exc}") from exc


def get_secret(purpose: str, data_dir: Path | str) -> str | None:
    try:
        return keyring.get_password(SERVICE, key_for(purpose, data_dir))
    except keyring.errors.KeyringError:
        # Locked or missing keyring reads as "not enrolled"; callers say so.
        return None


def delete_secret(purpose: str, data_dir: Path | str) -> None:
    try:
        keyring.delete_password(SERVICE, key_for(purpose, data_dir))
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError:
        pass


def backend_name() -> str:
    return ", ".join(f"{type(b).__module__}.{type(b).__name__}" for b in _backends())


# --- the sync device token ---------------------------------------------------

def set_device_token(data_dir: Path | str, token: str) -> None:
    set_secret(DEVICE_TOKEN, data_dir, token)


def get_device_token(data_dir: Path | str) -> str | None:
    return get_secret(DEVICE_TOKEN, data_dir)


def delete_device_token(data_dir: Path | str) -> None:
    delete_secret(DEVICE_TOKEN, data_dir)
