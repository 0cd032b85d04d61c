"""The signposting slip as HTML (no Qt here): the UI prints it or saves it as PDF.

Wording comes from resources/directory/slip_strings.json, one dictionary per
language, so the languages work can add Portuguese, Somali and the rest
without touching code; a missing language or key falls back to English.
Confidential addresses never reach the slip: the store never keeps them.
"""

from __future__ import annotations

import html
import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from accesspoint.clock import today_local
from accesspoint.directory import schedules, store
from accesspoint.directory.languages import language_display
from accesspoint.resources import resource_path


@cache
def _all_strings() -> dict[str, dict[str, Any]]:
    data = json.loads(resource_path("directory", "slip_strings.json").read_text("utf-8"))
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def strings(language: str) -> tuple[dict[str, Any], str]:
    """The wording for a language (English where missing) and the language used."""
    everything = _all_strings()
    english = everything["en"]
    if language in everything:
        return {**english, **everything[language]}, language
    return dict(english), "en"


def available_languages() -> list[str]:
    return sorted(_all_strings())


@dataclass
class Slip:
    language: str
    html: str
    services: list[str]


def build(conn: sqlite3.Connection, service_ids: list[str], *, language: str = "en",
          large_print: bool = False, hub_name: str = "", reference: str = "",
          referred_ids: set[str] | None = None, on: date | None = None) -> Slip:
    words, used = strings(language)
    referred_ids = referred_ids or set()
    day = on or today_local()
    size = 18 if large_print else 11
    e = html.escape
    parts = [f"<html><body style=\"font-family: sans-serif; font-size: {size}pt;\">",
             # Paragraphs, not <h1>/<h2>: Qt's heading size adjustment fights an explicit
             # size and large print came out with headings smaller than the text.
             f"<p style=\"font-size: {size + 8}pt; font-weight: bold;\">{e(words['title'])}"
             "</p>",
             f"<p>{e(words['intro'])}</p>"]
    if hub_name:
        parts.append(f"<p>{e(words['given_at'].format(hub=hub_name, date=day.isoformat()))}"
                     "</p>")
    if reference:
        parts.append(f"<p><b>{e(words['reference'].format(reference=reference))}</b></p>")
    names = []
    for sid in service_ids:
        service = store.get_service(conn, sid)
        if service is None:
            continue
        names.append(service["name"])
        parts.append(_service_html(service, words, size, sid in referred_ids, used))
    parts.append(f"<hr/><p style=\"font-size: {max(size - 2, 9)}pt;\">{e(words['footer'])}</p>")
    parts.append("</body></html>")
    return Slip(used, "\n".join(parts), names)


def _service_html(service: dict[str, Any], words: dict[str, Any], size: int,
                  referred: bool, language: str = "en") -> str:
    e = html.escape
    rows: list[tuple[str, str]] = []
    org = service.get("organization", {}).get("name")
    if org:
        rows.append((words["organisation"], e(org)))
    phones = [p["number"] for p in service.get("phones", [])]
    for contact in service.get("contacts", []):
        phones += [p["number"] for p in contact.get("phones", [])]
    if phones:
        rows.append((words["phone"], e(", ".join(dict.fromkeys(phones)))))
    if service.get("email"):
        rows.append((words["email"], e(service["email"])))
    if service.get("url"):
        rows.append((words["website"], e(service["url"])))
    places = [loc for loc in service.get("locations", []) if not loc.get("confidential")]
    if places:
        for loc in places[:3]:
            lines = [loc.get("name", "")] + list(loc.get("address", [])) + [loc.get("postcode",
                                                                                    "")]
            text = ", ".join(dict.fromkeys(x for x in lines if x))
            if text:
                rows.append((words["address"], e(text)))
    elif any(loc.get("confidential") for loc in service.get("locations", [])):
        rows.append((words["address"], e(words["confidential"])))
    else:
        rows.append((words["address"], e(words["no_location"])))
    times = schedules.describe(service.get("schedules", []), tuple(words["days"]), words)
    rows.append((words["opening_times"], "<br/>".join(e(t) for t in times)
                 if times else e(words["no_times"])))
    if service.get("access"):
        rows.append((words["how_to_access"], e(service["access"]).replace("\n", "<br/>")))
    if service.get("is_free"):
        rows.append((words["cost"], e(words["free"])))
    elif service.get("fees"):
        rows.append((words["cost"], e(service["fees"])))
    # Named in the resident's language, with each language's own name beside it.
    langs = [language_display(c, language) for c in service.get("languages", [])]
    if langs:
        rows.append((words["languages"], e(", ".join(langs))))
    table = "".join(f"<tr><td style=\"padding-right: 12px; vertical-align: top;\"><b>{e(k)}"
                    f"</b></td><td>{v}</td></tr>" for k, v in rows)
    notes = []
    if referred:
        notes.append(f"<p><i>{e(words['referred'])}</i></p>")
    if service.get("stale"):
        notes.append(f"<p><i>{e(words['not_verified'])}</i></p>")
    return (f"<p style=\"font-size: {size + 4}pt; font-weight: bold; margin-top: 14px;\">"
            f"{e(service['name'])}</p><table cellspacing=\"2\">{table}</table>"
            f"{''.join(notes)}")
