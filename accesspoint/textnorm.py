"""Folding and phonetic keys for typo-, accent- and order-tolerant matching."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPLIT = re.compile(r"[^\w]+", re.UNICODE)
_SOUNDEX = {
    **dict.fromkeys("bfpv", "1"),
    **dict.fromkeys("cgjkqsxz", "2"),
    **dict.fromkeys("dt", "3"),
    "l": "4",
    **dict.fromkeys("mn", "5"),
    "r": "6",
}
_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}$")
_OUTWARD = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")


def fold(text: str) -> str:
    """Lower case without accents: 'Adébáyọ̀' -> 'adebayo'."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


def tokens(text: str) -> list[str]:
    return [t for t in _SPLIT.split(fold(text)) if t and t != "_"]


def soundex(token: str) -> str:
    """American Soundex; used only to find candidates, which are then scored."""
    letters = [c for c in token if "a" <= c <= "z"]
    if not letters:
        return token[:4]
    first = letters[0]
    out = [first.upper()]
    last = _SOUNDEX.get(first, "")
    for c in letters[1:]:
        code = _SOUNDEX.get(c, "")
        if code and code != last:
            out.append(code)
        if c not in "hw":
            last = code
        if len(out) == 4:
            break
    return "".join(out).ljust(4, "0")


@lru_cache(maxsize=65536)
def similarity(query: str, token: str) -> float:
    """How well a typed (possibly partial, possibly misspelt) word matches a name token.

    1.0 when the token starts with it; otherwise 1 - edit distance, comparing with
    both the whole token and its first len(query) letters, because people type
    names partially ('adeye') as well as wrongly ('oluseun' for 'oluwaseun').
    Cached: names repeat, so the same pairs come up again and again.
    """
    if not query or not token:
        return 0.0
    if token.startswith(query):
        return 1.0
    best = 0.0
    candidates = [token]
    if len(token) > len(query):
        candidates.append(token[: len(query)])
    for other in candidates:
        longest = max(len(query), len(other))
        if abs(len(query) - len(other)) > longest // 2:
            continue
        limit = longest // 2
        dist = edit_distance(query, other, limit)
        if dist <= limit:
            best = max(best, 1.0 - dist / longest)
    return best


def edit_distance(a: str, b: str, limit: int | None = None) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance.

    With `limit`, stops as soon as the distance must exceed it and returns limit + 1:
    a search only cares whether two words are close, not how far apart far words are.
    """
    if len(a) < len(b):
        a, b = b, a
    if limit is not None and len(a) - len(b) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if limit is not None and min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def phone_digits(text: str) -> str:
    digits = re.sub(r"\D", "", text or "")
    if digits.startswith("44") and len(digits) > 10:
        digits = "0" + digits[2:]
    return digits


def postcode_key(text: str) -> str:
    return re.sub(r"\s+", "", (text or "").upper())


def format_postcode(text: str) -> str:
    key = postcode_key(text)
    if len(key) >= 5:
        return f"{key[:-3]} {key[-3:]}"
    return key


def is_postcode(text: str) -> bool:
    return bool(_POSTCODE.match((text or "").strip().upper()))


def is_outward_code(text: str) -> bool:
    return bool(_OUTWARD.match((text or "").strip().upper()))
