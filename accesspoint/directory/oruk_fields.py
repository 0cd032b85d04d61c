"""The primitive readers the ORUK mapper is built from: text, numbers, lists, each
checked and named by record and field when wrong, and a cache for sub-objects that
repeat across a feed.

Speed matters here: a 50,000-service import or pull reads about a million fields.
The common case (a plain ASCII string, a missing key) returns after a few C-level
checks; everything else takes the careful path. The field's name is only needed for
an error or a warning, so callers may pass a prefix and the key, joined on demand.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any, TypeVar

from accesspoint.directory.errors import FeedError
from accesspoint.errors import msg

MAX_TEXT = 20_000  # longer text is cut (with a warning): a slip or a screen cannot use more
MAX_ITEMS = 500  # per nested list; a feed with more is broken, not rich
CACHE_MAX = 20_000  # distinct sub-objects remembered per kind before starting afresh
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PLAIN = (str, int, type(None))
T = TypeVar("T")


class FieldReader:
    """Reads fields of one feed's records, collecting warnings for the import summary."""

    def __init__(self) -> None:
        self.warnings: list[str] = []
        self.warned = 0  # all warnings, also those past the kept 1,000

    def warn(self, rid: str, field: str, message: str) -> None:
        self.warned += 1
        if len(self.warnings) < 1000:
            self.warnings.append(msg("service {record}, field '{field}': {problem}",
                                     record=repr(rid), field=field, problem=message))

    def text(self, rid: str, obj: dict, key: str, field: str | None = None) -> str:
        value = obj.get(key)
        if value is None:
            return ""
        if value.__class__ is str and value.isascii() and value.isprintable() \
                and len(value) <= MAX_TEXT:
            return value.strip()  # plain text: no Unicode or control-character work
        return self._clean(rid, value, field or key)

    def texts(self, rid: str, obj: dict, keys: tuple[str, ...], prefix: str = "") -> list[str]:
        """``text`` for several keys of one object, in order (one call, not one per key)."""
        get = obj.get
        out = []
        for key in keys:
            value = get(key)
            if value is None:
                out.append("")
            elif value.__class__ is str and value.isascii() and value.isprintable() \
                    and len(value) <= MAX_TEXT:
                out.append(value.strip())
            else:
                out.append(self._clean(rid, value, prefix + key))
        return out

    def _clean(self, rid: str, value: Any, field: str) -> str:
        if value.__class__ is not str:
            if isinstance(value, bool | dict | list):
                raise FeedError(msg("expected text, got {name}", name=type(value).__name__),
                                record=rid, field=field)
            value = str(value)
        if not value.isascii():
            value = unicodedata.normalize("NFC", value)
        if not value.isprintable():
            value = _CONTROL.sub("", value)
        value = value.strip()
        if len(value) > MAX_TEXT:
            self.warn(rid, field, msg("{length} characters; kept the first {limit}",
                                      length=len(value), limit=MAX_TEXT))
            value = value[:MAX_TEXT]
        return value

    def integer(self, rid: str, obj: dict, key: str, field: str) -> int | None:
        value = obj.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            raise FeedError("expected a whole number, got true/false", record=rid, field=field)
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise FeedError(msg("expected a whole number, got {value}",
                                value=repr(str(value)[:40])),
                            record=rid, field=field) from None
        if number != int(number) or not -1_000_000 < number < 1_000_000:
            raise FeedError(msg("expected a whole number, got {value}", value=repr(value)),
                            record=rid, field=field)
        return int(number)

    def number(self, rid: str, obj: dict, key: str, field: str) -> float | None:
        value = obj.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            raise FeedError("expected a number, got true/false", record=rid, field=field)
        try:
            return float(value)
        except (TypeError, ValueError):
            raise FeedError(msg("expected a number, got {value}", value=repr(str(value)[:40])),
                            record=rid, field=field) from None

    def items(self, rid: str, obj: dict, key: str, field: str | None = None) -> list[dict]:
        value = obj.get(key)
        if value is None:
            return []
        field = field or key
        if isinstance(value, dict):  # a single object where a list belongs: common, harmless
            value = [value]
        if not isinstance(value, list):
            raise FeedError(msg("expected a list, got {name}", name=type(value).__name__),
                            record=rid, field=field)
        if len(value) > MAX_ITEMS:
            self.warn(rid, field, msg("{count} entries; kept the first {limit}",
                                      count=len(value), limit=MAX_ITEMS))
            value = value[:MAX_ITEMS]
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                raise FeedError(msg("expected an object, got {name}", name=type(item).__name__),
                                record=rid, field=f"{field}[{i}]")
        return value

    def once(self, cache: dict[tuple, T], obj: dict, keys: tuple[str, ...],
             make: Callable[..., T], *args: Any) -> T:
        """``make(*args)`` for a sub-object (an organisation, a taxonomy term, a
        schedule), or a copy of what it gave for an earlier one with the same values
        under ``keys`` (all that ``make`` reads of it): feeds repeat a few hundred of
        each across thousands of services, each time under its own id.

        The values' types are part of the key (1, 1.0 and True are equal in Python
        but read differently), only text, whole numbers and nulls are remembered,
        and only a result made without an error or a warning (both name the record
        they were found in)."""
        values = tuple(map(obj.get, keys))
        key = (values, tuple(map(type, values)))
        try:
            hit = cache.get(key)
        except TypeError:  # a nested list or object: unhashable, made each time
            return make(*args)
        if hit is not None:
            return _own(hit)
        warned = self.warned
        value = make(*args)
        if self.warned == warned and all(t in _PLAIN for t in key[1]):
            if len(cache) >= CACHE_MAX:
                cache.clear()
            cache[key] = value
            return _own(value)
        return value


def _own(value: T) -> T:
    """A cached dict is copied for each record (a caller may change its own); a tuple
    cannot be changed and is shared."""
    return value.copy() if isinstance(value, dict) else value  # type: ignore[return-value]
