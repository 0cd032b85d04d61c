"""Errors the domain raises; each carries a message a volunteer can act on."""

from __future__ import annotations


class AccessPointError(Exception):
    """Base for errors shown to users: the message says what is wrong and what to do."""


class ValidationError(AccessPointError):
    def __init__(self, problems: dict[str, str] | str):
        if isinstance(problems, str):
            problems = {"": problems}
        self.problems = problems
        super().__init__("; ".join(problems.values()))


class NotFoundError(AccessPointError):
    pass


class DatabaseTooNewError(AccessPointError):
    pass


class PermissionDeniedError(AccessPointError):
    pass
