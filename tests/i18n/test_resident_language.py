"""The resident's language is separate from the volunteer's (issue 9 §2): the subject
access export and language names follow the resident, whatever the UI shows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from accesspoint import people
from accesspoint.directory import languages
from accesspoint.security import subject_access, subject_access_text

ROOT = Path(__file__).resolve().parents[2]
SAR = json.loads((ROOT / "resources" / "i18n" / "subject_access_strings.json")
                 .read_text(encoding="utf-8"))
SHIPPED = json.loads((ROOT / "resources" / "i18n" / "languages.json")
                     .read_text(encoding="utf-8"))["languages"]


def test_every_catalogue_language_has_every_key():
    english = SAR["en"]
    langs = subject_access_text.available_languages()
    assert set(SHIPPED) <= set(langs)
    for code in langs:
        words = SAR[code]
        assert set(words) == set(english), code
        assert set(words["columns"]) == set(english["columns"]), code
        assert set(words["values"]) == set(english["values"]), code
        for kind, table in english["values"].items():
            assert set(words["values"][kind]) == set(table), (code, kind)
        for key, text in words.items():
            if isinstance(text, str):
                assert text.strip(), (code, key)
                # A lost or renamed placeholder would crash .format() or mislead.
                assert ("{" in text) == ("{" in english[key]), (code, key)


def _export(conn, actor, tmp_path, **person):
    p = people.create_person(conn, actor, given_name="Hodan", family_name="Warsame",
                             interpreter_needed=True, **person)
    page, js = subject_access.write_files(conn, actor, p["id"], tmp_path)
    return page.read_text(encoding="utf-8"), json.loads(js.read_text(encoding="utf-8"))


def test_export_for_a_somali_resident_is_in_somali_whatever_the_ui_language(
        qapp, conn, actor, tmp_path):
    # The volunteer runs the app in Portuguese: a translator is installed.
    pt = QTranslator()
    assert pt.load(str(ROOT / "resources" / "i18n" / "accesspoint_pt.qm"))
    QCoreApplication.installTranslator(pt)
    try:
        text, data = _export(conn, actor, tmp_path, preferred_language="so")
    finally:
        QCoreApplication.removeTranslator(pt)
    so = SAR["so"]
    assert "<html lang='so'>" in text
    assert f"<h1>{so['title']}</h1>" in text
    assert so["columns"]["given_name"] in text and "First name" not in text
    assert "Information we hold about you" not in text
    assert "Soomaali" in text            # the preferred language, named in Somali
    assert f"<td>{so['yes']}</td>" in text  # interpreter needed
    assert "Hodan" in text               # what was typed stays as typed
    assert f"<td>{so['values']['action']['created']}</td>" in text  # the access log
    assert f"<td>{so['values']['role']['coordinator']}</td>" in text
    assert "fallback_note" not in text and "language-note" not in text
    # The JSON keeps its stable English keys whatever the language.
    assert data["person"]["given_name"] == "Hodan"
    assert "given_name" in data["person"] and "preferred_language" in data["person"]


@pytest.mark.parametrize("code", ["pt", "es", "fr", "yo", "tw"])
def test_export_follows_each_shipped_language(conn, actor, tmp_path, code):
    text, _ = _export(conn, actor, tmp_path, preferred_language=code)
    assert f"<h1>{SAR[code]['title']}</h1>" in text
    assert SAR[code]["none_held"] in text
    assert "Information we hold about you" not in text


def test_unavailable_language_gives_english_and_says_so(conn, actor, tmp_path):
    text, _ = _export(conn, actor, tmp_path, preferred_language="pl")
    assert "<html lang='en'>" in text
    assert "<h1>Information we hold about you</h1>" in text
    assert "not yet available in Polish (Polski)" in text


def test_export_can_be_asked_for_in_another_language(conn, actor, tmp_path):
    p = people.create_person(conn, actor, given_name="Ana", preferred_language="pt")
    data = subject_access.collect(conn, actor, p["id"])
    assert SAR["fr"]["title"] in subject_access.to_html(data, "fr")
    assert SAR["pt"]["title"] in subject_access.to_html(data)


def test_language_names_follow_the_reader_and_add_the_endonym():
    assert languages.language_display("so", "en") == "Somali (Soomaali)"
    assert languages.language_display("so", "so") == "Soomaali"
    assert languages.language_display("pt", "fr") == "Portugais (Português)"
    assert languages.language_display("pt", "pt") == "Português"
    assert languages.language_label("fr", "es") == "Francés"
    # No Somali name for Polish in the table: English, with its own name beside it.
    assert languages.language_display("pl", "so") == "Polish (Polski)"
    assert languages.language_label("xx", "pt") == "xx"


def test_every_borough_language_is_named_in_every_borough_language():
    data = json.loads((ROOT / "resources" / "i18n" / "language_names.json")
                      .read_text(encoding="utf-8"))
    borough = ["en", "pt", "so", "es", "yo", "fr", "tw"]
    for code in borough:
        for reader in data["readers"]:
            assert data["names"][code].get(reader), (code, reader)
    # Every language a feed can map to has at least an English name.
    for code in set(languages.LABELS) | set(languages._NAMES.values()):
        assert data["names"].get(code, {}).get("en"), code


def test_slip_names_languages_in_the_residents_language():
    from accesspoint.directory import slip_text

    service = {"name": "Advice café", "languages": ["pt", "so", "pl"], "schedules": []}
    words, used = slip_text.strings("so")
    text = slip_text._service_html(service, words, 11, False, used)
    assert "Boortaqiis (Português), Soomaali, Polish (Polski)" in text
    english = slip_text._service_html(service, *[slip_text.strings("en")[0], 11, False, "en"])
    assert "Portuguese (Português), Somali (Soomaali)" in english


@pytest.fixture
def ui_in(qapp):
    """Run a test with the UI locale set as i18n.install sets it, then put it back."""
    from PySide6.QtCore import QLocale

    before = QLocale()

    def switch(code: str) -> None:
        QLocale.setDefault(QLocale(code))

    yield switch
    QLocale.setDefault(before)


def test_ui_language_lists_follow_the_ui_language(ui_in):
    from ui import i18n
    from ui.enquiries import labels
    from ui.settings.page import ui_languages

    ui_in("en")
    assert labels.language("so") == "Somali (Soomaali)"
    assert dict(ui_languages())["so"] == "Somali (Soomaali) *"
    ui_in("pt")
    assert i18n.ui_language() == "pt"
    assert labels.language("so") == "Somali (Soomaali)"
    assert labels.language("es") == "Espanhol (Español)"
    assert labels.language("pt") == "Português"
    assert dict(ui_languages())["fr"] == "Francês (Français) *"
    ui_in("so")
    assert labels.language("so") == "Soomaali"
    assert labels.language("en") == "Ingiriisi (English)"
    # A language Qt knows but our table does not still gets a name.
    assert labels.language("is")


def test_directory_detail_names_languages_in_the_ui_language(ui_in):
    from ui.directory.detail import detail_html

    ui_in("fr")
    page = detail_html({"id": "s1", "name": "Café conseil", "languages": ["so", "pt"]})
    assert "Somali (Soomaali), Portugais (Português)" in page


def test_directory_detail_opening_times_in_the_ui_language(ui_in):
    from ui.directory.detail import day_names, detail_html

    service = {"id": "s1", "name": "Club", "schedules": [
        {"freq": "WEEKLY", "byday": "WE", "opens_at": "18:00", "closes_at": "20:30"},
        {"freq": "MONTHLY", "byday": "1SA", "opens_at": "10:00", "closes_at": "12:30"}]}
    ui_in("pt")
    page = detail_html(service)
    assert "quarta-feira: 18:00–20:30" in page and "1.º sábado do mês: 10:00–12:30" in page
    assert "Wednesday" not in page
    assert day_names()[0] == "segunda-feira"
    ui_in("so")
    assert "Sabtida 1aad ee bisha: 10:00–12:30" in detail_html(service)
    ui_in("en")
    assert "1st Saturday of the month: 10:00–12:30" in detail_html(service)
