"""Map a feed's taxonomy terms to our needs taxonomy (resources/taxonomy/needs.json).

Councils use different vocabularies (LGA esd, their own); matching on our
need labels, esd labels and keywords covers the common ones without a table
per council. The service name is the fallback when the feed has no terms.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from accesspoint.taxonomy import needs
from accesspoint.textnorm import fold

# Extra words seen in council taxonomies that do not appear in needs.json.
_EXTRA = {
    "benefits": ["welfare", "benefit", "universal credit"],
    "housing": ["housing", "tenant", "accommodation"],
    "homelessness": ["homeless", "rough sleep"],
    "debt": ["money advice", "money management", "debt"],
    "food": ["food", "lunch", "meal"],
    "fuel": ["energy", "fuel"],
    "health": ["health", "physical activity"],
    "mental_health": ["mental health", "wellbeing", "counselling", "eating disorder"],
    "social_isolation": ["isolation", "social group", "friendship"],
    "children_families": ["children", "family", "families", "young people", "youth", "parent"],
    "disability": ["disab", "learning difficulty", "special educational"],
    "immigration": ["immigration", "migrant", "asylum"],
    "domestic_abuse": ["domestic abuse", "domestic violence"],
    "education": ["education", "learning", "esol", "literacy"],
    "legal": ["legal", "law"],
    "substance_misuse": ["substance", "drug", "alcohol"],
    "older_people": ["older", "over 60", "over 50", "later life"],
    "digital": ["digital", "computer", "online skills", "wifi"],
    "transport": ["transport", "travel"],
    "employment": ["employment", "job", "careers", "volunteer to work"],
    "volunteering": ["volunteering"],
}


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for need in needs():
        if need.code == "other":
            continue
        words = {need.label, need.esd, *need.keywords, *_EXTRA.get(need.code, [])}
        words = {fold(w) for w in words if w}
        alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
        out.append((need.code, re.compile(rf"\b(?:{alternatives})")))
    return out


@cache
def _any_need() -> re.Pattern[str]:
    """All the needs' words in one pattern: most names match none, one search says so."""
    return re.compile("|".join(f"(?:{pattern.pattern})" for _code, pattern in _patterns()))


def _fold(text: str) -> str:
    # Plain ASCII needs no Unicode decomposition: lower() is its case fold.
    return text.lower() if text.isascii() else fold(text)


def needs_for(terms: list[str], name: str = "") -> list[str]:
    found = _match(" | ".join(_fold(t) for t in terms if t))
    if not found and name:
        # Names are unique (the cache does not help): rule out most with one search.
        folded = _fold(name)
        if _any_need().search(folded):
            found = list(_scan(folded))
    return found


def _match(text: str) -> list[str]:
    return list(_match_cached(text)) if text else []


@lru_cache(maxsize=8192)
def _match_cached(text: str) -> tuple[str, ...]:
    # Feeds repeat the same few hundred taxonomy terms: 40 regexes once per distinct text.
    return _scan(text)


def _scan(text: str) -> tuple[str, ...]:
    return tuple(code for code, pattern in _patterns() if pattern.search(text))


@cache
def need_search_text(code: str) -> str:
    """Words added to a service's taxonomy column so everyday words find it."""
    for need in needs():
        if need.code == code:
            return " ".join([need.label, *need.keywords])
    return ""
