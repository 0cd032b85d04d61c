"""The shipped translations: complete where we say they are, and faithful to the
placeholders and markup of the English (a lost {name} would crash or mislead)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET  # noqa: N817
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LANGS = json.loads((I18N / "languages.json").read_text(encoding="utf-8"))["languages"]
COMPLETE = sorted(c for c, m in LANGS.items() if c != "en" and m["scope"] == "complete")
PARTIAL = sorted(c for c, m in LANGS.items() if m["scope"] == "slip-and-intake")
INTAKE_FILES = ("ui/enquiries/intake", "ui/widgets/", "ui/enquiries/labels.py", "ui/people/")
_MARKS = re.compile(r"\{[^}]*\}|%\d+|%n|<[^>]+>")


def _messages(code: str):
    tree = ET.parse(I18N / f"accesspoint_{code}.ts")
    for message in tree.iter("message"):
        tr = message.find("translation")
        forms = tr.findall("numerusform") if tr is not None else []
        text = (forms[0].text if forms else (tr.text if tr is not None else None)) or ""
        files = [loc.get("filename", "") for loc in message.iter("location")]
        kind = tr.get("type") if tr is not None else None
        yield message.findtext("source") or "", text, kind, files


@pytest.mark.parametrize("code", COMPLETE)
def test_complete_languages_translate_every_entry(code):
    missing = [src for src, text, kind, _ in _messages(code) if not text or kind == "unfinished"]
    assert not missing, f"{len(missing)} untranslated in {code}, e.g. {missing[:5]}"
    assert (I18N / f"accesspoint_{code}.qm").stat().st_size > 1000


@pytest.mark.parametrize("code", PARTIAL)
def test_yoruba_and_twi_cover_the_intake_form(code):
    missing = [src for src, text, kind, files in _messages(code)
               if any(part in f for f in files for part in INTAKE_FILES)
               and (not text or kind == "unfinished")]
    assert not missing, f"intake strings untranslated in {code}: {missing[:5]}"


@pytest.mark.parametrize("code", COMPLETE + PARTIAL)
def test_translations_keep_placeholders_and_markup(code):
    broken = [(src, text) for src, text, _, _ in _messages(code)
              if text and sorted(_MARKS.findall(src)) != sorted(_MARKS.findall(text))]
    assert not broken, f"{code}: {broken[:3]}"


def test_slip_wording_in_every_shipped_language():
    slip = json.loads((ROOT / "resources" / "directory" / "slip_strings.json")
                      .read_text(encoding="utf-8"))
    for code in LANGS:
        assert set(slip[code]) == set(slip["en"]), code
