"""Shipped taxonomy texts marked for translation, so lupdate finds them.

The needs taxonomy and the safeguarding guidance live in resources/taxonomy/needs.json;
Qt can only translate what lupdate has seen, so each text is repeated here once.
tests/i18n/test_taxonomy_strings.py fails if this list and the JSON drift apart."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from accesspoint import taxonomy

NEED_LABELS = (
    QT_TRANSLATE_NOOP("Needs", "Benefits and Universal Credit"),
    QT_TRANSLATE_NOOP("Needs", "Council Tax"),
    QT_TRANSLATE_NOOP("Needs", "Housing and repairs"),
    QT_TRANSLATE_NOOP("Needs", "Homelessness or risk of it"),
    QT_TRANSLATE_NOOP("Needs", "Debt and money"),
    QT_TRANSLATE_NOOP("Needs", "Jobs, training and skills"),
    QT_TRANSLATE_NOOP("Needs", "Food"),
    QT_TRANSLATE_NOOP("Needs", "Energy and fuel bills"),
    QT_TRANSLATE_NOOP("Needs", "Physical health"),
    QT_TRANSLATE_NOOP("Needs", "Mental health and wellbeing"),
    QT_TRANSLATE_NOOP("Needs", "Loneliness and social isolation"),
    QT_TRANSLATE_NOOP("Needs", "Children and families"),
    QT_TRANSLATE_NOOP("Needs", "Disability and care"),
    QT_TRANSLATE_NOOP("Needs", "Immigration and visas"),
    QT_TRANSLATE_NOOP("Needs", "Domestic abuse"),
    QT_TRANSLATE_NOOP("Needs", "Education and learning"),
    QT_TRANSLATE_NOOP("Needs", "Legal advice"),
    QT_TRANSLATE_NOOP("Needs", "Drugs and alcohol"),
    QT_TRANSLATE_NOOP("Needs", "Older people"),
    QT_TRANSLATE_NOOP("Needs", "Digital help and access"),
    QT_TRANSLATE_NOOP("Needs", "Transport"),
    QT_TRANSLATE_NOOP("Needs", "Adult at risk of harm"),
    QT_TRANSLATE_NOOP("Needs", "Child at risk of harm"),
    QT_TRANSLATE_NOOP("Needs", "Volunteering and time credits"),
    QT_TRANSLATE_NOOP("Needs", "Something else"),
)

GUIDANCE = (
    QT_TRANSLATE_NOOP("Safeguarding", "If anyone is in immediate danger, call 999 now."),
    QT_TRANSLATE_NOOP("Safeguarding", "Do not promise to keep it secret; explain who you will tell and why."),  # noqa: E501 (one line, so lupdate reads it whole)
    QT_TRANSLATE_NOOP("Safeguarding", "Tell the hub's safeguarding lead today, in person or by phone, and note who you told."),  # noqa: E501 (one line, so lupdate reads it whole)
    QT_TRANSLATE_NOOP("Safeguarding", "Domestic abuse: the National Domestic Abuse Helpline is 0808 2000 247 (free, 24 hours)."),  # noqa: E501 (one line, so lupdate reads it whole)
    QT_TRANSLATE_NOOP("Safeguarding", "Children: the council's children's front door (MASH) takes referrals the same day."),  # noqa: E501 (one line, so lupdate reads it whole)
    QT_TRANSLATE_NOOP("Safeguarding", "Never write a refuge address on a slip or in notes."),
)


def need_label(code: str) -> str:
    return QCoreApplication.translate("Needs", taxonomy.label(code))


def safeguarding_guidance() -> list[str]:
    return [QCoreApplication.translate("Safeguarding", s) for s in taxonomy.safeguarding_guidance()]
