"""An in-memory keyring for tests that need a keyring but not the OS one.

Priority is negative on purpose: keyring registers every KeyringBackend subclass
and picks the highest priority as the session default, so a positive priority
would silently replace the real OS keyring for every later test. Tests install it
explicitly with keyring.set_keyring(MemoryKeyring())."""

from __future__ import annotations

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    priority = -1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)
