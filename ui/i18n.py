"""Languages of the user interface: real translations, and a pseudo-translation
that makes every string about 40% longer and accented, so layouts that would
clip a Portuguese or Somali label show it in English development builds."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from accesspoint.resources import resource_path

PSEUDO = "pseudo"
_ACCENTS = str.maketrans(
    "aeiouyAEIOUYcnsCNSz",
    "áéîõüýÁÉÎÕÜÝçñšÇÑŠž",
)
# Placeholders, markup and accelerators must survive translation untouched.
_PROTECTED = re.compile(r"(%\d+|%n|%L\d+|\{[^}]*\}|<[^>]+>|&[a-zA-Z]+;|&(?=\w))")


def pseudo(text: str) -> str:
    if not text:
        return text
    out = []
    for part in _PROTECTED.split(text):
        out.append(part if _PROTECTED.fullmatch(part or " ") else part.translate(_ACCENTS))
    body = "".join(out)
    padding = "~" * max(1, round(len(text) * 0.4))
    return f"[{body}{padding}]"


class PseudoTranslator(QTranslator):
    """Answers every lookup with the pseudo-translated source text."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001
        return pseudo(source) if source else source

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


@cache
def languages() -> dict[str, dict]:
    """Metadata of the shipped translations (resources/i18n/languages.json)."""
    path = resource_path("i18n", "languages.json")
    return json.loads(Path(path).read_text(encoding="utf-8"))["languages"]


def language_name(code: str) -> str:
    meta = languages().get(code)
    return meta["native_name"] if meta else code


def ui_language() -> str:
    """The language the UI is shown in ("en" for English, pseudo and unknown ones):
    lists of languages name each one in it (install() sets the default QLocale)."""
    code = QLocale().name().split("_")[0]
    return code if code in languages() else "en"


def language_display(code: str) -> str:
    """A language as UI lists show it: its name in the UI language and, when that
    differs, its own name ("Somali (Soomaali)"; "Soomaali" in the Somali UI)."""
    from accesspoint.directory.languages import language_display as display

    return display(code, ui_language())


def is_reviewed(code: str) -> bool:
    return bool(languages().get(code, {}).get("reviewed_by_native_speaker"))


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in languages() else "en"


def install(app: QCoreApplication, lang: str | None) -> list[QTranslator]:
    """Install translators for `lang` (None: the system language)."""
    lang = lang or system_language()
    if lang == "en":
        # Only the plural forms of counts ("1 day", "3 days"): the sources are English.
        plurals = QTranslator(app)
        if plurals.load(str(resource_path("i18n", "accesspoint_en.qm"))):
            app.installTranslator(plurals)
            return [plurals]
        return []
    if lang == PSEUDO:
        tr = PseudoTranslator(app)
        app.installTranslator(tr)
        return [tr]
    loaded = []
    ours = QTranslator(app)
    qm = resource_path("i18n", f"accesspoint_{lang}.qm")
    if Path(qm).exists() and ours.load(str(qm)):
        app.installTranslator(ours)
        loaded.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(lang), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        loaded.append(qt)
    QLocale.setDefault(QLocale(lang))
    from PySide6.QtCore import Qt  # not at import: it costs the first paint ~50 ms

    if QLocale(lang).textDirection() == Qt.LayoutDirection.RightToLeft:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return loaded


def format_date(value, locale: QLocale | None = None) -> str:  # noqa: ANN001
    """A date in the UI language's own short format."""
    return (locale or QLocale()).toString(value, QLocale.FormatType.ShortFormat)
