"""Read ORUK feeds, version 3.0 or 1.0, from a JSON file, a folder or an API.

A reader yields one raw service at a time with where it came from ("page 3,
item 12"), so the importer can stage it and forget it: memory stays bounded
by one page, whatever the size of the directory.
"""

from __future__ import annotations

import json
import random
import re
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from accesspoint import __version__
from accesspoint.directory.errors import FeedError, ImportCancelledError
from accesspoint.errors import msg

Progress = Callable[[int, int | None, str], None]
DETAIL_KEYS = ("service_at_locations", "schedules", "regular_schedules", "contacts",
               "attributes", "service_taxonomys", "eligibilitys")
MAX_BODY = 64 * 1024 * 1024
USER_AGENT = f"AccessPoint/{__version__} (community hub directory import)"


def envelope(doc: Any, where: str) -> dict[str, Any]:
    """Split a page (3.0 `contents`, 1.0 `content`), a bare list or a single service."""
    if isinstance(doc, list):
        return {"items": doc, "version": None, "total_items": None, "total_pages": None,
                "page": None, "last": None}
    if not isinstance(doc, dict):
        raise FeedError(msg(
            "expected a JSON object or list, got {name}",
            name=type(doc).__name__), where=where)
    if "contents" in doc or "content" in doc:
        v3 = "contents" in doc
        items = doc.get("contents" if v3 else "content")
        if items is None:
            items = []
        if not isinstance(items, list):
            raise FeedError("expected a list", where=where, field="contents" if v3 else "content")
        return {
            "items": items, "version": "3.0" if v3 else "1.0",
            "total_items": _int(doc.get("total_items" if v3 else "totalElements")),
            "total_pages": _int(doc.get("total_pages" if v3 else "totalPages")),
            "page": _int(doc.get("page_number" if v3 else "number")),
            "last": doc.get("last_page" if v3 else "last"),
        }
    if "id" in doc and "name" in doc:
        return {"items": [doc], "version": None, "total_items": None, "total_pages": None,
                "page": None, "last": None}
    raise FeedError("this is not an ORUK service, list or page (no 'contents', 'content' "
                    "or service 'id' and 'name')", where=where)


def _int(value: Any) -> int | None:
    try:
        return int(value) if value is not None and not isinstance(value, bool) else None
    except (TypeError, ValueError):
        return None


def load_json_file(path: Path) -> Any:
    try:
        with path.open("rb") as fh:
            return json.load(fh)
    except json.JSONDecodeError as exc:
        raise FeedError(msg(
            "not valid JSON at line {lineno}, column {colno} ({msg}); the file may be truncated "
            "or damaged",
            lineno=str(exc.lineno), colno=str(exc.colno), msg=exc.msg), where=path.name) from None
    except UnicodeDecodeError:
        raise FeedError("not UTF-8 text", where=path.name) from None


def _natural(path: Path) -> list[Any]:
    return [int(p) if p.isdigit() else p.lower() for p in re.split(r"(\d+)", path.name)]


class FeedReader:
    """Iterate (raw service, where). After iteration: `version`, `expected`, `partial`."""

    def __init__(self, source: str, *, progress: Progress | None = None,
                 cancel: threading.Event | None = None, timeout: float = 30.0,
                 retries: int = 4, per_page: int = 100, workers: int = 4,
                 backoff: float = 0.5):
        self.source = source
        self.progress = progress or (lambda done, total, message: None)
        self.cancel = cancel or threading.Event()
        self.timeout, self.retries, self.per_page = timeout, retries, per_page
        self.workers, self.backoff = max(1, workers), backoff
        self.version: str | None = None
        self.expected: int | None = None
        self.partial = False  # a single page of a bigger feed: import it, retire nothing
        self.warnings: list[str] = []
        self.is_url = bool(re.match(r"^https?://", source, re.I))
        if self.is_url:
            base = source.rstrip("/")
            base = re.sub(r"/services(\?.*)?$", "", base)
            self.base = base
            self.origin = base
        else:
            path = Path(source).expanduser()
            if not path.exists():
                raise FeedError(msg("{source} does not exist", source=source))
            self.path = path.resolve()
            self.origin = f"file:{self.path}"

    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            raise ImportCancelledError()

    def __iter__(self) -> Iterator[tuple[Any, str]]:
        if self.is_url:
            yield from self._api()
        elif self.path.is_dir():
            yield from self._folder()
        else:
            yield from self._file(self.path, single=True)

    # -- files ----------------------------------------------------------------
    def _file(self, path: Path, *, single: bool) -> Iterator[tuple[Any, str]]:
        self._check_cancel()
        page = envelope(load_json_file(path), path.name)
        self.version = self.version or page["version"]
        if single and page["total_pages"] and page["total_pages"] > 1:
            self.partial = True
            self.warnings.append(msg(
                "{name} is one page of a feed of {pages} pages: its services were imported, "
                "none were retired.", name=path.name, pages=page["total_pages"]))
        elif page["total_items"] is not None and single:
            self.expected = page["total_items"]
        for i, item in enumerate(page["items"], 1):
            yield item, f"{path.name}, item {i}"
        if not single and page["total_items"] is not None:
            self.expected = max(self.expected or 0, page["total_items"])

    def _folder(self) -> Iterator[tuple[Any, str]]:
        files = sorted((p for p in self.path.iterdir() if p.suffix.lower() == ".json"),
                       key=_natural)
        if not files:
            raise FeedError(msg("no .json files in {path}", path=self.path))
        for n, path in enumerate(files, 1):
            self.progress(n - 1, len(files), f"reading {path.name}")
            yield from self._file(path, single=False)
        self.progress(len(files), len(files), "read all files")

    # -- the API --------------------------------------------------------------
    def _api(self) -> Iterator[tuple[Any, str]]:
        page_no, total_pages, seen = 1, None, 0
        first_ids: set[str] = set()
        pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="oruk-detail")
        try:
            while True:
                self._check_cancel()
                query = urllib.parse.urlencode({"page": page_no, "per_page": self.per_page})
                url = f"{self.base}/services?{query}"
                where = f"page {page_no}"
                page = envelope(self._get_json(url, where), where)
                self.version = self.version or page["version"]
                if page_no == 1:
                    total_pages = page["total_pages"]
                    self.expected = page["total_items"]
                items = page["items"]
                first = items[0].get("id") if items and isinstance(items[0], dict) else None
                if first is not None and str(first) in first_ids:
                    # A server that ignores ?page= would otherwise be read forever.
                    raise FeedError("the server sent the same page again; it does not seem "
                                    "to support paging with ?page=", where=where)
                if first is not None:
                    first_ids.add(str(first))
                fulls = pool.map(self._full_record, items,
                                 [f"{where}, item {i}" for i in range(1, len(items) + 1)])
                for i, full in enumerate(fulls, 1):
                    seen += 1
                    yield full, f"{where}, item {i}"
                self.progress(seen, self.expected, f"page {page_no} of {total_pages or '?'}")
                if not items or page["last"] is True:
                    break
                if total_pages is not None and page_no >= total_pages:
                    break
                if total_pages is None and len(items) < self.per_page:
                    break
                page_no += 1
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _full_record(self, item: Any, where: str) -> Any:
        """List items of a 3.0 feed hold only one-to-one fields: fetch the full record."""
        if not isinstance(item, dict) or any(k in item for k in DETAIL_KEYS):
            return item
        rid = item.get("id")
        if rid is None or isinstance(rid, dict | list | bool):
            return item  # the mapper reports the missing id with its place
        self._check_cancel()
        url = f"{self.base}/services/{urllib.parse.quote(str(rid), safe='')}"
        return self._get_json(url, f"{where} (service {rid})")

    def _get_json(self, url: str, where: str) -> Any:
        attempt = 0
        while True:
            self._check_cancel()
            attempt += 1
            try:
                request = urllib.request.Request(url, headers={
                    "Accept": "application/json", "User-Agent": USER_AGENT})
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    body = response.read(MAX_BODY + 1)
                if len(body) > MAX_BODY:
                    raise FeedError(msg(
                        "response larger than {limit} MB",
                        limit=MAX_BODY // 2**20), where=where)
                try:
                    return json.loads(body)
                except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                    raise FeedError(msg(
                        "the server sent something that is not JSON ({exc}); the response may "
                        "be cut short",
                        exc=exc), where=where) from None
            except urllib.error.HTTPError as exc:
                retryable = exc.code in (408, 425, 429) or exc.code >= 500
                if not retryable or attempt > self.retries:
                    raise FeedError(msg(
                        "the server answered {code} {reason} for {url}",
                        code=str(exc.code), reason=exc.reason, url=url),
                                    where=where) from None
                delay = self._delay(attempt, exc.headers.get("Retry-After"))
            except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
                if attempt > self.retries:
                    reason = getattr(exc, "reason", exc)
                    raise FeedError(msg(
                        "could not reach {url} ({reason}) after {attempt} tries",
                        url=url, reason=reason, attempt=attempt),
                                    where=where) from None
                delay = self._delay(attempt, None)
            self.progress(-1, None, f"{where}: retrying in {delay:.1f} s")
            if self.cancel.wait(delay):
                raise ImportCancelledError()

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        if retry_after and retry_after.strip().isdigit():
            return min(30.0, float(retry_after))
        return self.backoff * (2 ** (attempt - 1)) * (0.75 + random.random() / 2)

