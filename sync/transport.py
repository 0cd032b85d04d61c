"""HTTP to the council server: TLS always verified, proxies, retries with backoff.

Retries cover what a community centre's Wi-Fi does: refused and dropped
connections, timeouts, answers cut mid-body, 5xx, and 429 with Retry-After.
Every wait is on the cancel event, and a request in flight is abandoned on
Cancel (see ``Transport._cancellable``), so Cancel is honoured within a moment
even when the server has stalled mid-answer.
The device token goes into one header and nowhere else (never logged, never
in an exception message).
"""

from __future__ import annotations

import json
import logging
import random
import threading
from collections.abc import Callable
from typing import Any

import requests

from accesspoint import __version__
from sync import protocol as p
from sync.errors import (
    AuthError,
    CancelledError,
    CursorExpiredError,
    NetworkError,
    ProtocolError,
    ServerError,
    SyncError,
)

log = logging.getLogger(__name__)

USER_AGENT = f"AccessPoint/{__version__} (sync protocol {p.PROTOCOL_VERSION})"
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# How often a request in flight looks at the cancel event.
CANCEL_POLL_S = 0.05


class HttpError(SyncError):
    """A non-retryable HTTP answer with the server's error code."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.error_code = code


class _RetryError(Exception):
    def __init__(self, why: str, after: float | None = None) -> None:
        super().__init__(why)
        self.why = why
        self.after = after


class Transport:
    def __init__(
        self,
        base_url: str,
        token: str | None,
        *,
        ca_bundle: str | None = None,
        proxy: str | None = None,
        cancel: threading.Event | None = None,
        timeout: tuple[float, float] = (10.0, 60.0),
        max_attempts: int = 6,
        backoff_base: float = 0.5,
        backoff_max: float = 30.0,
        retry_after_max: float = 120.0,
        on_retry: Callable[[str, float], None] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.cancel = cancel or threading.Event()
        self.timeout = timeout
        self.max_attempts = max_attempts
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.retry_after_max = retry_after_max
        self.on_retry = on_retry
        self.rng = rng or random.Random()
        self.session = requests.Session()
        # Verification is never switched off; a council CA bundle may replace the defaults.
        self.verify: str | bool = ca_bundle if ca_bundle else True
        self.session.verify = self.verify
        # The hub's proxy setting, else the system's (HTTPS_PROXY...), as requests does.
        self.proxies: dict[str, str] | None = {"http": proxy, "https": proxy} if proxy else None
        self.session.headers["User-Agent"] = USER_AGENT
        self.session.headers["Accept"] = "application/json"
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"

    def close(self) -> None:
        self.session.close()

    # --- the one entry point ----------------------------------------------

    def request(self, method: str, path: str, *, params: dict[str, Any] | None = None,
                json_body: Any = None, data: bytes | None = None,
                headers: dict[str, str] | None = None) -> Any:
        """Send, retrying transient failures; return the decoded JSON answer."""
        attempt = 0
        while True:
            self.check_cancel()
            attempt += 1
            try:
                return self._once(method, path, params, json_body, data, headers)
            except _RetryError as retry:
                if attempt >= self.max_attempts:
                    if retry.why.startswith("http"):
                        raise ServerError(
                            "The council server is having problems; the sync will carry on "
                            "next time.", detail=retry.why) from None
                    raise NetworkError(
                        "Could not reach the council server (the connection failed or timed "
                        "out). Check the internet connection; the sync will carry on next "
                        "time.", detail=retry.why) from None
                delay = self._delay(attempt, retry.after)
                log.info("sync: %s %s failed (%s); retry %d in %.1fs", method, path,
                         retry.why, attempt, delay)
                if self.on_retry:
                    self.on_retry(retry.why, delay)
                if self.cancel.wait(delay):
                    raise CancelledError("Sync cancelled.") from None

    def _cancellable(self, send: Callable[[], tuple[requests.Response, bytes]]
                     ) -> tuple[requests.Response, bytes]:
        """Run one blocking HTTP exchange so that Cancel ends the wait within ~0.1 s.

        A stalled server would otherwise hold the sync for the whole read timeout
        (60 s). The exchange runs on a helper thread; on Cancel it is abandoned
        (its answer, if any, is dropped) and the session's pooled connections are
        closed. Abandoning is safe: whatever was sent is committed state on both
        sides (a frozen batch is resent under the same id next time, and the server
        answers a known batch id from its stored answer), so nothing is lost or doubled.
        """
        box: dict[str, Any] = {}
        done = threading.Event()

        def work() -> None:
            try:
                box["value"] = send()
            except BaseException as exc:  # noqa: BLE001 - re-raised on the caller's thread
                box["error"] = exc
            finally:
                done.set()

        threading.Thread(target=work, name="sync-http", daemon=True).start()
        while not done.wait(CANCEL_POLL_S):
            if self.cancel.is_set():
                self.session.close()
                log.info("sync: request abandoned on cancel")
                raise CancelledError("Sync cancelled.")
        if "error" in box:
            raise box["error"]
        return box["value"]  # type: ignore[no-any-return]

    def check_cancel(self) -> None:
        if self.cancel.is_set():
            raise CancelledError("Sync cancelled.")

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            # Honour the server, plus a little jitter so hubs do not return together.
            return min(retry_after, self.retry_after_max) + self.rng.uniform(0, 0.25)
        # Full jitter exponential backoff.
        cap = min(self.backoff_max, self.backoff_base * (2 ** (attempt - 1)))
        return self.rng.uniform(cap / 2, cap)

    def _once(self, method: str, path: str, params: dict[str, Any] | None, json_body: Any,
              data: bytes | None, headers: dict[str, str] | None) -> Any:
        url = self.base_url + path

        def send() -> tuple[requests.Response, bytes]:
            # verify per request: requests would otherwise let REQUESTS_CA_BUNDLE /
            # CURL_CA_BUNDLE in the environment override the council's bundle.
            resp = self.session.request(method, url, params=params, json=json_body, data=data,
                                        headers=headers, timeout=self.timeout,
                                        verify=self.verify, proxies=self.proxies)
            return resp, resp.content  # read it all here: a cut body raises now, not later

        try:
            resp, body = self._cancellable(send)
        except requests.exceptions.SSLError as exc:
            raise NetworkError(
                "The council server's certificate could not be verified. If the council "
                "uses its own certificate authority, set its CA bundle in the sync settings.",
                detail=type(exc).__name__) from None
        except requests.exceptions.ProxyError as exc:
            raise _RetryError(f"proxy: {type(exc).__name__}") from None
        except requests.exceptions.InvalidURL as exc:
            raise NetworkError("The council server address is not valid.",
                               detail=type(exc).__name__) from None
        except requests.exceptions.RequestException as exc:
            # ConnectionError, Timeout, ChunkedEncodingError, ContentDecodingError...
            raise _RetryError(type(exc).__name__) from None
        status = resp.status_code
        if status in RETRY_STATUSES:
            raise _RetryError(f"http {status}", _retry_after(resp.headers.get("Retry-After")))
        if status >= 500:
            raise _RetryError(f"http {status}")
        try:
            decoded = json.loads(body) if body else None
        except ValueError:
            if status < 400:
                # A 200 whose body was cut: the server may have committed; resend is safe.
                raise _RetryError("truncated answer") from None
            decoded = None
        if status < 400:
            return decoded
        code, message = _error_of(decoded, status)
        if status == 401 and code in (p.ERR_TOKEN_REVOKED, p.ERR_UNAUTHORISED, "http_error"):
            if code == p.ERR_TOKEN_REVOKED:
                raise AuthError("This computer's access to the council server was revoked. "
                                "Enrol it again with a new code; nothing unsynced is lost.")
            raise AuthError("The council server did not accept this computer's token. "
                            "Enrol it again with a new code; nothing unsynced is lost.")
        if status == 410 or code == p.ERR_CURSOR_EXPIRED:
            raise CursorExpiredError(message)
        if code == p.ERR_PROTOCOL_UNSUPPORTED:
            raise ProtocolError(
                "This version of AccessPoint is too old or too new for the council server. "
                "Install the current version; nothing unsynced is lost.", detail=message)
        raise HttpError(status, code, message)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date: fall back to our own backoff


def _error_of(decoded: Any, status: int) -> tuple[str, str]:
    if isinstance(decoded, dict) and isinstance(decoded.get("error"), dict):
        err = decoded["error"]
        return str(err.get("code") or "http_error"), str(err.get("message") or "")
    return "http_error", f"The server answered HTTP {status}."
