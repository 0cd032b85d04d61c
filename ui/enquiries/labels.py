"""Translatable labels for the enquiry codes kept in the database."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

CHANNELS = {
    "walk_in": QT_TRANSLATE_NOOP("Labels", "Walk-in"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "outreach": QT_TRANSLATE_NOOP("Labels", "Outreach"),
}
URGENCIES = {
    "routine": QT_TRANSLATE_NOOP("Labels", "Routine"),
    "soon": QT_TRANSLATE_NOOP("Labels", "Soon (this week)"),
    "urgent": QT_TRANSLATE_NOOP("Labels", "Urgent (today)"),
}
OUTCOMES = {
    "information": QT_TRANSLATE_NOOP("Labels", "Information given"),
    "signposted": QT_TRANSLATE_NOOP("Labels", "Signposted"),
    "referred": QT_TRANSLATE_NOOP("Labels", "Referred"),
    "escalated": QT_TRANSLATE_NOOP("Labels", "Escalated"),
    "no_suitable_service": QT_TRANSLATE_NOOP("Labels", "No suitable service found"),
    "open": QT_TRANSLATE_NOOP("Labels", "Still open"),
}
# Languages most asked for at London hubs; codes are ISO 639 (bfi: British Sign Language).
LANGUAGES = ["en", "ar", "bn", "bfi", "es", "fa", "fr", "gu", "hi", "it", "ku", "lt", "pa",
             "pl", "ps", "pt", "ro", "ru", "so", "sq", "ta", "ti", "tr", "tw", "uk", "ur",
             "yo", "zh"]
_SPECIAL_LANGUAGES = {
    "bfi": QT_TRANSLATE_NOOP("Labels", "British Sign Language"),
    "tw": QT_TRANSLATE_NOOP("Labels", "Twi"),
}

_NATIVE = {"es": "español", "zh": "中文", "ku": "kurdî"}


def tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def channel(code: str) -> str:
    return tr(CHANNELS[code]) if code in CHANNELS else code


def urgency(code: str) -> str:
    return tr(URGENCIES[code]) if code in URGENCIES else code


def outcome(code: str) -> str:
    return tr(OUTCOMES[code]) if code in OUTCOMES else code


def language(code: str) -> str:
    """'Polish (Polski)': the name in the UI's language and the resident's own, from
    resources/i18n/language_names.json; Qt's own (English) names for any other."""
    from accesspoint.directory.languages import endonym, language_label
    from ui.i18n import language_display

    if language_label(code) != code or endonym(code):
        return language_display(code)
    if code in _SPECIAL_LANGUAGES:
        return tr(_SPECIAL_LANGUAGES[code])
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    name = QLocale.languageToString(locale.language())
    # Qt names some languages by their default territory ("American English").
    native = _NATIVE.get(code) or locale.nativeLanguageName()
    if code == "en":
        return name
    return f"{name} ({native})" if native and native.lower() != name.lower() else name
