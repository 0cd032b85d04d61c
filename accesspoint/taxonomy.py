"""The needs taxonomy shipped in resources/taxonomy/needs.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from accesspoint.resources import resource_path


@dataclass(frozen=True)
class Need:
    code: str
    label: str
    esd: str
    keywords: tuple[str, ...]
    safeguarding: bool = False


@cache
def _load() -> dict:
    return json.loads(resource_path("taxonomy", "needs.json").read_text(encoding="utf-8"))


def needs() -> list[Need]:
    return [
        Need(
            code=n["code"],
            label=n["label"],
            esd=n.get("esd", ""),
            keywords=tuple(n.get("keywords", ())),
            safeguarding=bool(n.get("safeguarding")),
        )
        for n in _load()["needs"]
    ]


def need_codes() -> set[str]:
    return {n.code for n in needs()}


def label(code: str) -> str:
    for n in needs():
        if n.code == code:
            return n.label
    return code


def safeguarding_guidance() -> list[str]:
    return list(_load()["safeguarding_guidance"])


@cache
def _consent() -> dict:
    return json.loads(resource_path("consent.json").read_text(encoding="utf-8"))


def consent_wording(purpose: str, language: str = "en") -> tuple[str, str]:
    """The wording for a purpose in the resident's language, or English; returns (text, lang)."""
    texts = _consent()["purposes"][purpose]
    if language in texts:
        return texts[language], language
    return texts["en"], "en"


def consent_renew_months() -> int:
    return int(_consent()["renew_months"])
