"""Errors the domain raises; each carries a message a volunteer can act on.

Messages users see are English here (the domain has no Qt), but they must reach
the screen in the volunteer's language. `msg(template, **params)` makes a `Message`:
a plain `str` holding the English text (so logs, the CLI and `str(exc)` are
unchanged) that also keeps its template and parameters, so the UI can translate the
template (context "DomainMessages", collected by scripts/update_translations.py)
and fill in the parameters afterwards. A raw string still works: the UI then
looks up the whole text, which suits fixed sentences.
"""

from __future__ import annotations

from typing import Any


class Message(str):
    """English text of a user-facing message, with the template it was made from."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, params: dict[str, Any] | None = None) -> Message:
        params = dict(params or {})
        text = template.format(**{k: english(v) for k, v in params.items()}) if params \
            else template
        made = super().__new__(cls, text)
        made.template = template
        made.params = params
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        # Errors cross the DB worker thread only, but keep pickling (multiprocessing) honest.
        return (Message, (self.template, self.params))


def english(value: Any) -> str:
    """A parameter as the English text shows it: whole numbers grouped (1,000)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def msg(template: str, **params: Any) -> Message:
    """A translatable message: `msg("At most {limit} characters.", limit=100)`.
    Keep the template a literal so the translation script can collect it."""
    return Message(template, params)


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
