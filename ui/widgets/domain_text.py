"""Domain messages (accesspoint.errors.Message) in the volunteer's language.

The domain has no Qt, so it raises English text that remembers its template and
parameters. Here the template is looked up in the "DomainMessages" context (the
translation script collects every literal passed to `msg(...)`), then the
parameters are filled in, numbers in the UI locale's format. A plain string is
looked up whole; anything not translated is shown in English rather than lost.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from accesspoint.errors import english

CONTEXT = "DomainMessages"


def _param(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        locale = QLocale()
        # The "C" locale (no system language set) would drop the grouping English has.
        if locale.language() == QLocale.Language.C:
            return english(value)
        return locale.toString(value)
    return str(value)


def translate(text: str) -> str:
    """`text` (a Message or a plain str) translated for the UI."""
    template = getattr(text, "template", None)
    if template is None:
        return QCoreApplication.translate(CONTEXT, str(text)) if text else ""
    translated = QCoreApplication.translate(CONTEXT, template)
    params = getattr(text, "params", {}) or {}
    if not params:
        return translated
    try:
        return translated.format(**{k: _param(v) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):
        # A translation that lost a placeholder must not hide the problem itself.
        return str(text)


def problems(exc: BaseException) -> dict[str, str]:
    """A ValidationError's problems by field, translated; other errors under ""."""
    found = getattr(exc, "problems", None)
    if isinstance(found, dict):
        return {k: translate(v) for k, v in found.items()}
    return {"": translate(exc.args[0]) if exc.args and isinstance(exc.args[0], str)
            else str(exc)}
