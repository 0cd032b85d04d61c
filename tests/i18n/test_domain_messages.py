"""Domain errors reach the screen in the volunteer's language (issue 9): the domain
raises English `Message`s that keep their template and parameters, the UI
translates the template (context DomainMessages) and fills the parameters in."""

from __future__ import annotations

import importlib.util
import json
import pickle
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from accesspoint import enquiries, people
from accesspoint.errors import Message, ValidationError, msg
from ui.widgets import domain_text

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
SO = json.loads((I18N / "translations" / "so.json").read_text(encoding="utf-8"))


def _script():
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_message_is_the_english_text_and_keeps_its_template():
    m = msg("The note is {length} characters; the limit is {limit}.", length=12345, limit=10000)
    assert m == "The note is 12,345 characters; the limit is 10,000."
    assert isinstance(m, str) and m.template.startswith("The note is {length}")
    assert m.params == {"length": 12345, "limit": 10000}
    assert str(ValidationError({"note": m})) == m
    copy = pickle.loads(pickle.dumps(m))
    assert copy == m and copy.template == m.template


def test_domain_validation_raises_messages_with_templates():
    with pytest.raises(ValidationError) as info:
        people.validate({"postcode": "nowhere", "date_of_birth": "31/31/1990",
                         "phone": "12"})
    found = info.value.problems
    assert all(isinstance(v, Message) for v in found.values()), found
    assert found["postcode"] == "'nowhere' is not a UK postcode (for example E1 6AN)."
    assert found["date_of_birth"].template == "'{text}' is not a date (use DD/MM/YYYY)."
    with pytest.raises(ValidationError) as info:
        enquiries.validate(enquiries.EnquiryInput(channel="pigeon", needs=[]))
    assert {"channel", "needs"} <= set(info.value.problems)
    assert all(isinstance(v, Message) for v in info.value.problems.values())


def test_every_message_template_is_collected_and_translated():
    collected = _script().domain_messages()
    # Those converted so far: intake and people form messages at least.
    assert "Choose at least one need." in collected
    assert "Too long: {length} characters, at most {limit}." in collected
    assert "Find the person, add a new person, or tick Anonymous." in collected
    for code in ("pt", "es", "fr", "so"):
        memory = json.loads((I18N / "translations" / f"{code}.json").read_text("utf-8"))
        missing = sorted(t for t in collected if not memory.get(t))
        assert not missing, f"{code}: {missing[:5]}"


def test_intake_and_people_messages_are_in_yoruba_and_twi_too():
    files = [ROOT / "accesspoint" / "people.py", ROOT / "accesspoint" / "enquiries.py",
             ROOT / "ui" / "enquiries" / "intake.py"]
    import ast

    templates = {n.args[0].value for f in files
                 for n in ast.walk(ast.parse(f.read_text(encoding="utf-8")))
                 if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "msg"}
    assert len(templates) > 20
    for code in ("yo", "tw"):
        memory = json.loads((I18N / "translations" / f"{code}.json").read_text("utf-8"))
        assert not [t for t in templates if not memory.get(t)], code


def test_ui_translates_template_then_fills_parameters(somali):
    with pytest.raises(ValidationError) as info:
        people.validate({"postcode": "nowhere"})
    shown = domain_text.translate(info.value.problems["postcode"])
    expected = SO["'{text}' is not a UK postcode (for example E1 6AN)."].format(text="nowhere")
    assert shown == expected and "nowhere" in shown and "UK postcode" not in shown
    # A fixed sentence raised as a plain str is looked up whole.
    assert domain_text.translate("Choose at least one need.") == SO["Choose at least one need."]
    # Unknown text stays as it is, never lost.
    assert domain_text.translate("Something new went wrong.") == "Something new went wrong."


def test_numbers_follow_the_ui_locale(somali):
    before = QLocale()
    QLocale.setDefault(QLocale("fr"))
    try:
        shown = domain_text.translate(msg("The note is {length} characters; the limit is "
                                          "{limit}.", length=12345, limit=10000))
    finally:
        QLocale.setDefault(before)
    assert QLocale("fr").toString(12345) in shown and "12,345" not in shown


class _Broken(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001
        return "Dhererka {wrong_name}" if context == domain_text.CONTEXT else ""

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def test_a_translation_that_lost_its_placeholder_shows_english(qapp):
    broken = _Broken()
    QCoreApplication.installTranslator(broken)
    try:
        shown = domain_text.translate(msg("Too long: {length} characters, at most {limit}.",
                                          length=120, limit=100))
    finally:
        QCoreApplication.removeTranslator(broken)
    assert shown == "Too long: 120 characters, at most 100."


def test_new_person_form_shows_problems_in_somali(qtbot, services, somali):
    from ui.people.new_person import NewPersonDialog

    dialog = NewPersonDialog(services, "")
    qtbot.addWidget(dialog)
    dialog.edits["given_name"].setText("Hodan")
    dialog.edits["postcode"].setText("nowhere")
    dialog.edits["date_of_birth"].setText("01/01/2999")
    dialog.add()
    qtbot.waitUntil(lambda: not dialog.errors["postcode"].isHidden(), timeout=3000)
    postcode = dialog.errors["postcode"].text()
    assert SO["'{text}' is not a UK postcode (for example E1 6AN)."].format(
        text="nowhere") in postcode
    assert SO["Date of birth is in the future."] in dialog.errors["date_of_birth"].text()
    assert "future" not in dialog.errors["date_of_birth"].text()


def test_safeguarding_guidance_on_the_intake_form_is_translated(qtbot, services, somali):
    from ui.enquiries.intake_form import IntakeForm

    form = IntakeForm(services)
    qtbot.addWidget(form)
    text = form.guidance_text.text()
    assert SO["If anyone is in immediate danger, call 999 now."] in text
    assert "immediate danger" not in text


def test_directory_errors_are_described_in_the_ui_language(somali):
    from accesspoint.directory import local
    from accesspoint.directory.errors import FeedError, ImportCancelledError

    with pytest.raises(ValidationError) as info:
        local.validate(local.LocalServiceInput(name="", needs=[]))
    shown = domain_text.describe_error(info.value)
    assert SO["Give the service a name."] in shown and "Give the service" not in shown
    cancelled = domain_text.describe_error(ImportCancelledError())
    assert cancelled == SO["Import cancelled; the directory was not changed."]
    # A feed error: where, which record and which field worded by the UI; a message
    # the importer has not made translatable yet stays English, never dropped.
    feed = FeedError("expected a list, got str", record="svc-1", field="schedules",
                     where="page 3")
    text = domain_text.describe_error(feed)
    assert text.startswith("page 3, " + SO["service {record}"].format(record="'svc-1'"))
    assert SO["field '{field}'"].format(field="schedules") in text
    assert text.endswith("expected a list, got str")
    assert str(feed) == "page 3, service 'svc-1', field 'schedules': expected a list, got str"
