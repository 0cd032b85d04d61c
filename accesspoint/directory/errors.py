"""Errors raised while reading a feed: they name the record and the field."""

from __future__ import annotations

from accesspoint.errors import AccessPointError, msg


class FeedError(AccessPointError):
    """A feed could not be used; nothing in the directory was changed."""

    def __init__(self, message: str, *, record: str | None = None, field: str | None = None,
                 where: str | None = None):
        self.record = record
        self.field = field
        self.where = where
        self.message = message  # without the prefix: the UI words the prefix itself
        parts = []
        if where:
            parts.append(where)
        if record:
            parts.append(f"service {record!r}")
        if field:
            parts.append(f"field '{field}'")
        prefix = ", ".join(parts)
        super().__init__(f"{prefix}: {message}" if prefix else message)


class ImportCancelledError(AccessPointError):
    def __init__(self) -> None:
        super().__init__(msg("Import cancelled; the directory was not changed."))
