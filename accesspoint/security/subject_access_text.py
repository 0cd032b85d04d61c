"""The subject access export as HTML, worded in the resident's language.

Issue 9 asks for the export in the resident's preferred language whatever the
volunteer's UI language, so the wording is a Qt-free catalogue
(resources/i18n/subject_access_strings.json, like the slip's) keyed by ISO 639-1
code. Only headings, column labels and yes/no are translated: what was typed into
the records is shown as typed. A language without a catalogue gives English plus
a note saying so, in English, naming the language asked for. The JSON export keeps
its English keys: it is for machines and for whoever checks the HTML.
"""

from __future__ import annotations

import html
import json
from functools import cache
from typing import Any

from accesspoint.directory.languages import language_display
from accesspoint.resources import resource_path

# Columns holding 0/1 that read better as yes/no; columns holding a language code.
BOOLEAN_COLUMNS = {"interpreter_needed", "safeguarding", "granted"}
LANGUAGE_COLUMNS = {"preferred_language", "language"}
# Columns holding a code the catalogue words under "values" (what was done, and so on).
CODE_COLUMNS = {"action": "action", "purpose": "purpose", "role": "role"}


@cache
def catalogue() -> dict[str, dict[str, Any]]:
    """{language: wording}; only the language entries, not the notes beside them."""
    data = json.loads(resource_path("i18n", "subject_access_strings.json").read_text("utf-8"))
    return {k: v for k, v in data.items() if isinstance(v, dict) and "title" in v}


def available_languages() -> list[str]:
    return sorted(catalogue())


def strings(language: str | None) -> tuple[dict[str, Any], str]:
    """The wording for `language` with English filling any gap, and the language used."""
    everything = catalogue()
    english = everything["en"]
    code = (language or "en").split("-")[0].lower()
    if code not in everything:
        return {**english, "columns": dict(english["columns"])}, "en"
    chosen = everything[code]
    values = {kind: {**table, **chosen.get("values", {}).get(kind, {})}
              for kind, table in english.get("values", {}).items()}
    return {**english, **chosen, "values": values,
            "columns": {**english["columns"], **chosen.get("columns", {})}}, code


def _when(iso: str) -> str:
    """'2026-11-25T10:10:23.902Z' as '2026-11-25 10:10' (the text says UTC)."""
    return iso[:16].replace("T", " ") if len(iso) >= 16 else iso


def _value(column: str, value: Any, words: dict[str, Any], used: str) -> str:
    if column in BOOLEAN_COLUMNS and value in (0, 1, True, False):
        return html.escape(words["yes"] if value else words["no"])
    if column in LANGUAGE_COLUMNS and isinstance(value, str) and value:
        return html.escape(language_display(value, used))
    if column in CODE_COLUMNS and isinstance(value, str):
        worded = words.get("values", {}).get(CODE_COLUMNS[column], {}).get(value)
        return html.escape(worded or value)
    if isinstance(value, (dict, list)):
        return html.escape(json.dumps(value, ensure_ascii=False, indent=1))
    return html.escape("" if value is None else str(value))


def _table(rows: list[dict[str, Any]], words: dict[str, Any], used: str,
           skip: tuple[str, ...] = ()) -> str:
    if not rows:
        return f"<p>{html.escape(words['none_held'])}</p>"
    labels = words["columns"]
    cols = [c for c in rows[0] if c not in skip]
    head = "".join(f"<th scope='col'>{html.escape(labels.get(c, c))}</th>" for c in cols)
    body = "".join("<tr>" + "".join(f"<td>{_value(c, r.get(c), words, used)}</td>"
                                     for c in cols) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _record(row: dict[str, Any], words: dict[str, Any], used: str,
            skip: tuple[str, ...] = ()) -> str:
    """One record down the page (label | value): a row of seventeen translated
    headings across was unreadable at any width."""
    labels = words["columns"]
    body = "".join(f"<tr><th scope='row'>{html.escape(labels.get(c, c))}</th>"
                   f"<td>{_value(c, v, words, used)}</td></tr>"
                   for c, v in row.items() if c not in skip)
    return f"<table><tbody>{body}</tbody></table>"


def to_html(data: dict[str, Any], language: str | None = None) -> str:
    """The export as a page; `language` defaults to the person's preferred language."""
    p = data["person"]
    asked = language or p.get("preferred_language") or "en"
    words, used = strings(asked)
    e = html.escape
    names = data["staff_names"]
    enquiries = [{**x, "created_by": names.get(x["created_by"], x["created_by"])}
                 for x in data["enquiries"]]
    parts = [
        f"<!doctype html><html lang='{e(used)}'><head><meta charset='utf-8'>",
        f"<title>{e(words['title'])}</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
        "table{border-collapse:collapse;margin-bottom:1em}td,th{border:1px solid #999;"
        "padding:.3em;vertical-align:top;text-align:left}</style></head><body>",
        f"<h1>{e(words['title'])}</h1>",
    ]
    if used != asked.split("-")[0].lower():
        note = words["fallback_note"].format(language=language_display(asked, "en"))
        parts.append(f"<p class='language-note'><strong>{e(note)}</strong></p>")
    parts += [
        f"<p>{e(words['prepared'].format(when=_when(data['generated_at'])))}</p>",
        f"<p>{e(words['records_note'])}</p>",
        f"<h2>{e(words['your_details'])}</h2>", _record(p, words, used, skip=("hub_id",)),
        f"<h2>{e(words['merged_records'])}</h2>", _table(data["merged_records"], words, used),
        f"<h2>{e(words['enquiries'])}</h2>", _table(enquiries, words, used),
        f"<h2>{e(words['consent'])}</h2>", _table(data["consent"], words, used),
        f"<h2>{e(words['corrections'])}</h2>", _table(data["corrections"], words, used),
        f"<h2>{e(words['access_log'])}</h2>", _table(data["access_log"], words, used),
        f"<h2>{e(words['legal_holds'])}</h2>", _table(data["legal_holds"], words, used),
    ]
    for table, rows in data["other_records"].items():
        parts += [f"<h2>{e(words['other_records'].format(table=table))}</h2>",
                  _table(rows, words, used)]
    parts.append("</body></html>")
    return "\n".join(parts)
