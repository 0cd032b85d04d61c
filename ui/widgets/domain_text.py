"""Domain messages (accesspoint.errors.Message) in the volunteer's language.

The domain has no Qt, so it raises English text that remembers its template and
parameters. Here the template is looked up in the "DomainMessages" context (the
translation script collects every literal passed to `msg(...)`), then the
parameters are filled in, numbers in the UI locale's format. A plain string is
looked up whole; anything not translated is shown in English rather than lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from accesspoint.errors import Message, english

CONTEXT = "DomainMessages"


def _tr(text: str) -> str:
    # A module-level wrapper: scripts/update_translations.py collects its literals.
    return QCoreApplication.translate("DomainMessages", text)


def _param(value: Any) -> str:
    if getattr(value, "template", None) is not None:
        return translate(value)  # a message inside a message
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


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    # Even parts are literal text, odd parts parameter names.
    return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)"
                              for i, p in enumerate(parts)), re.DOTALL)


def translate_stored(text: str | None, templates: Iterable[str] = ()) -> str:
    """English text read back from the database (it lost its template), translated:
    a fixed sentence is looked up whole; otherwise the first of `templates` whose
    wording it matches gives the template and its parameters. Text matching none
    (e.g. a reason worded by the server) is shown as stored."""
    if not text:
        return ""
    whole = QCoreApplication.translate(CONTEXT, text)
    if whole != text:
        return whole
    for template in templates:
        found = _pattern(template).fullmatch(text)
        if found:
            return translate(Message(template, found.groupdict()))
    return text


def problems(exc: BaseException) -> dict[str, str]:
    """A ValidationError's problems by field, translated; other errors under ""."""
    found = getattr(exc, "problems", None)
    if isinstance(found, dict):
        return {k: translate(v) for k, v in found.items()}
    return {"": translate(exc.args[0]) if exc.args and isinstance(exc.args[0], str)
            else str(exc)}


def describe_error(exc: BaseException) -> str:
    """One line for any error a domain call raised, in the UI language as far as it
    has been translated: the problems of a ValidationError joined; for a feed error
    (accesspoint.directory.errors.FeedError) where, which record and which field,
    then what was wrong; otherwise the error's own message."""
    if isinstance(getattr(exc, "problems", None), dict):
        return "; ".join(problems(exc).values())
    if hasattr(exc, "record") and hasattr(exc, "field") and hasattr(exc, "message"):
        parts = [str(exc.where)] if getattr(exc, "where", None) else []
        if exc.record:
            parts.append(_tr("service {record}").format(record=repr(exc.record)))
        if exc.field:
            parts.append(_tr("field '{field}'").format(field=exc.field))
        message = translate(exc.message)
        return _tr("{where}: {problem}").format(where=", ".join(parts), problem=message) \
            if parts else message
    first = exc.args[0] if exc.args else ""
    return translate(first) if isinstance(first, str) and first else str(exc)
