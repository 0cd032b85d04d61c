"""Language names and codes as they appear in real feeds, mapped to ISO 639-1, and
each language's name for a reader (resources/i18n/language_names.json): the slip
names languages in the resident's language, the UI in the volunteer's, and both
add the language's own name ("Somali (Soomaali)") so a resident can spot theirs."""

from __future__ import annotations

import json
from functools import cache, lru_cache
from typing import Any

from accesspoint.resources import resource_path
from accesspoint.textnorm import fold

# ORUK 1.0 feeds give names ("Portuguese"); 3.0 feeds give codes, sometimes 639-2/3.
_NAMES = {
    "english": "en", "portuguese": "pt", "somali": "so", "spanish": "es", "french": "fr",
    "yoruba": "yo", "twi": "tw", "akan": "ak", "urdu": "ur", "bengali": "bn", "bangla": "bn",
    "sylheti": "syl", "punjabi": "pa", "panjabi": "pa", "gujarati": "gu", "hindi": "hi",
    "arabic": "ar", "polish": "pl", "romanian": "ro", "turkish": "tr", "kurdish": "ku",
    "tamil": "ta", "chinese": "zh", "mandarin": "zh", "cantonese": "yue", "lithuanian": "lt",
    "bulgarian": "bg", "russian": "ru", "ukrainian": "uk", "farsi": "fa", "persian": "fa",
    "pashto": "ps", "dari": "prs", "tigrinya": "ti", "amharic": "am", "albanian": "sq",
    "italian": "it", "german": "de", "greek": "el", "vietnamese": "vi", "igbo": "ig",
    "swahili": "sw", "lingala": "ln", "hausa": "ha", "british sign language": "bsl",
    "bsl": "bsl", "welsh": "cy", "irish": "ga", "latvian": "lv", "hungarian": "hu",
    "czech": "cs", "slovak": "sk", "tagalog": "tl", "filipino": "tl", "nepali": "ne",
    "sinhala": "si", "malayalam": "ml", "telugu": "te", "hebrew": "he", "yiddish": "yi",
    "ga": "gaa", "ewe": "ee", "krio": "kri", "tigre": "tig", "oromo": "om",
}
_ISO3 = {
    "eng": "en", "por": "pt", "som": "so", "spa": "es", "fra": "fr", "fre": "fr", "yor": "yo",
    "twi": "tw", "aka": "ak", "urd": "ur", "ben": "bn", "pan": "pa", "guj": "gu", "hin": "hi",
    "ara": "ar", "pol": "pl", "ron": "ro", "rum": "ro", "tur": "tr", "kur": "ku", "tam": "ta",
    "zho": "zh", "chi": "zh", "lit": "lt", "bul": "bg", "rus": "ru", "ukr": "uk", "fas": "fa",
    "per": "fa", "pus": "ps", "tir": "ti", "amh": "am", "sqi": "sq", "alb": "sq", "ita": "it",
    "deu": "de", "ger": "de", "ell": "el", "gre": "el", "vie": "vi", "ibo": "ig", "swa": "sw",
    "hau": "ha", "cym": "cy", "wel": "cy",
}
LABELS = {
    "en": "English", "pt": "Portuguese", "so": "Somali", "es": "Spanish", "fr": "French",
    "yo": "Yoruba", "tw": "Twi", "ak": "Akan", "ur": "Urdu", "bn": "Bengali", "pa": "Punjabi",
    "gu": "Gujarati", "hi": "Hindi", "ar": "Arabic", "pl": "Polish", "ro": "Romanian",
    "tr": "Turkish", "ku": "Kurdish", "ta": "Tamil", "zh": "Chinese", "lt": "Lithuanian",
    "bg": "Bulgarian", "ru": "Russian", "uk": "Ukrainian", "fa": "Farsi", "ps": "Pashto",
    "ti": "Tigrinya", "am": "Amharic", "sq": "Albanian", "it": "Italian", "bsl":
    "British Sign Language", "yue": "Cantonese", "syl": "Sylheti", "ig": "Igbo",
}


@lru_cache(maxsize=4096)  # a feed names the same few dozen languages on every service
def language_code(code: str | None = None, name: str | None = None) -> str | None:
    """Best ISO 639-1 code (or a stable 3-letter one) for a language entry, else None."""
    for raw in (code, name):
        if not raw or not isinstance(raw, str):
            continue
        key = fold(raw).strip()
        key = key.split("-")[0].split("_")[0] if len(key) <= 8 else key
        if len(key) == 2 and key.isalpha():
            return key
        if key in _ISO3:
            return _ISO3[key]
        if key in _NAMES:
            return _NAMES[key]
        if len(key) == 3 and key.isalpha() and raw is code:
            return key
    return None


@cache
def _names() -> dict[str, dict[str, Any]]:
    data = json.loads(resource_path("i18n", "language_names.json").read_text("utf-8"))
    return data["names"]


def endonym(code: str) -> str:
    """The language's name for itself ("Soomaali"), or "" when it has none written."""
    return _names().get(code, {}).get("endonym", "")


def language_label(code: str, reader: str = "en") -> str:
    """The name of language `code` in language `reader`; English where the table has no
    name in that reader's language, the code itself for a language we do not know."""
    entry = _names().get(code, {})
    return entry.get(reader) or entry.get("en") or LABELS.get(code, code)


def language_display(code: str, reader: str = "en") -> str:
    """"Somali (Soomaali)" for an English reader, "Soomaali" for a Somali one."""
    name = language_label(code, reader)
    own = endonym(code)
    return f"{name} ({own})" if own and fold(own) != fold(name) else name
