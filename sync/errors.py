"""Why a sync did not finish, in plain words, with the exit code `accesspoint sync` uses."""

from __future__ import annotations

# Exit codes of `accesspoint sync` (documented in docs/sync.md).
EXIT_OK = 0
EXIT_NOT_ENROLLED = 3
EXIT_AUTH = 4
EXIT_NETWORK = 5
EXIT_SERVER = 6
EXIT_PROTOCOL = 7
EXIT_BUSY = 8
EXIT_CANCELLED = 9
EXIT_KEYRING = 10
EXIT_LOCAL = 11


class SyncError(Exception):
    """A sync that stopped. Nothing local is lost: the next sync carries on."""

    code = "sync_failed"
    exit_code = EXIT_SERVER

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class NotEnrolledError(SyncError):
    code = "not_enrolled"
    exit_code = EXIT_NOT_ENROLLED


class AuthError(SyncError):
    """The server refused the device token (revoked, unknown): enrol again."""

    code = "auth"
    exit_code = EXIT_AUTH


class NetworkError(SyncError):
    code = "network"
    exit_code = EXIT_NETWORK


class ServerError(SyncError):
    code = "server"
    exit_code = EXIT_SERVER


class ProtocolError(SyncError):
    """The server and this app cannot talk (version, a malformed answer)."""

    code = "protocol"
    exit_code = EXIT_PROTOCOL


class CursorExpiredError(SyncError):
    code = "cursor_expired"
    exit_code = EXIT_SERVER


class BusyError(SyncError):
    code = "busy"
    exit_code = EXIT_BUSY


class CancelledError(SyncError):
    code = "cancelled"
    exit_code = EXIT_CANCELLED


class KeyringError(SyncError):
    code = "keyring"
    exit_code = EXIT_KEYRING


class LocalError(SyncError):
    """The local database refused (busy for too long, disk full): nothing was half-done."""

    code = "local"
    exit_code = EXIT_LOCAL
