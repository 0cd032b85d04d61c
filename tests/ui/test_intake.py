"""Recording an enquiry like a volunteer would: keyboard only, drafts, bad input."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from accesspoint import consent, drafts, enquiries, people
from accesspoint.clock import today_local
from ui.enquiries.intake import IntakePanel
from ui.enquiries.page import EnquiriesPage


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, times=1):
    for _ in range(times):
        QTest.keyClick(focused(), key, modifier)


def type_text(text):
    QTest.keyClicks(focused(), text)


@pytest.fixture
def page(services, qtbot):
    page = EnquiriesPage(services)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.intake.form.search.box.setFocus()
    qtbot.waitUntil(lambda: focused() is page.intake.form.search.box, timeout=3000)
    return page


@pytest.fixture
def person(services):
    return services.db.call(lambda conn: people.create_person(
        conn, services.actor, given_name="Oluwaseun", family_name="Adeyemi",
        date_of_birth="1980-04-02", postcode="E1 6AN", preferred_language="yo"))


def all_enquiries(services):
    return services.db.call(lambda conn: enquiries.list_enquiries(conn))


def test_keyboard_only_intake(page, services, person, qtbot):
    form = page.intake.form
    # Who: type part of the name in the other order, with a typo; Down, Enter picks.
    with qtbot.waitSignal(form.search.searched, timeout=3000):
        type_text("adeyemi olusean")
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is form.search.results
    press(qtbot, Qt.Key.Key_Return)
    assert form.person["id"] == person["id"]
    assert form.language.currentData() == "yo"  # taken from the person's record
    assert focused() is form.channel
    # Channel: the second entry (phone).
    press(qtbot, Qt.Key.Key_Down)
    assert form.channel.currentData() == "phone"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.needs.filter
    type_text("mould")  # a keyword of "housing"
    press(qtbot, Qt.Key.Key_Return)
    type_text("council tax")
    press(qtbot, Qt.Key.Key_Return)
    assert form.needs.codes() == ["council_tax", "housing"]
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.needs.list
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.description
    type_text("Damp in the bedroom; arrears letter.")
    press(qtbot, Qt.Key.Key_Tab)  # language (kept), interpreter:
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.interpreter
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.access
    type_text("Large print")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.consent["record"]
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.consent["contact"]
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.urgency
    press(qtbot, Qt.Key.Key_Tab, times=2)
    assert focused() is form.outcome
    press(qtbot, Qt.Key.Key_Down)  # signposted
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.follow_up
    type_text("+7")
    with qtbot.waitSignal(page.intake.saved, timeout=3000) as saved:
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    enquiry = saved.args[0]
    assert enquiry["person_id"] == person["id"]
    assert enquiry["channel"] == "phone"
    assert enquiry["outcome"] == "signposted"
    assert enquiry["interpreter_needed"] == 1
    assert enquiry["accessibility_needs"] == "Large print"
    assert enquiry["follow_up_date"] == (today_local() + timedelta(days=7)).isoformat()
    assert sorted(enquiry["needs"]) == ["council_tax", "housing"]
    granted = services.db.call(lambda conn: {
        p: consent.enquiry_consent(conn, enquiry["id"], p) for p in consent.PURPOSES})
    assert granted == {"record": True, "share": False, "contact": True}
    # The form is ready for the next resident, the draft is gone, the reference shown.
    assert enquiry["reference"] in page.intake.banner.text.text()
    assert form.is_blank()
    assert focused() is form.search.box
    assert services.db.call(lambda conn: drafts.keys(conn, "enquiry:")) == []


def test_anonymous_enquiry_gets_a_reference(page, services, qtbot):
    form = page.intake.form
    form.anonymous.setChecked(True)
    form.needs.set_codes(["food"])
    with qtbot.waitSignal(page.intake.saved, timeout=3000) as saved:
        page.intake.save()
    assert saved.args[0]["person_id"] is None
    assert saved.args[0]["reference"].startswith("ENQ-")


def fill_partly(form):
    form.anonymous.setChecked(True)
    form.needs.set_codes(["debt"])
    form.description.setPlainText("Bailiff letter — ☎️ 😟, حديث بالعربية")


def test_draft_recovered_after_close_mid_entry(services, qtbot):
    first = EnquiriesPage(services)
    qtbot.addWidget(first)
    fill_partly(first.intake.form)
    wanted = first.intake.form.state()
    first.can_close()  # what the main window calls on close
    first.close()
    services.db.call(lambda conn: None)  # the draft write has run
    second = EnquiriesPage(services)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: second.intake.banner.isVisible(), timeout=3000)
    assert "Restore" in second.intake.banner.buttons[0].text()
    second.intake.banner.buttons[0].click()
    assert second.intake.form.state() == wanted
    with qtbot.waitSignal(second.intake.saved, timeout=3000):
        second.intake.save()
    assert services.db.call(lambda conn: drafts.keys(conn, "enquiry:")) == []


def test_draft_autosaved_while_typing_survives_a_crash(services, qtbot):
    panel = IntakePanel(services)
    qtbot.addWidget(panel)
    fill_partly(panel.form)
    qtbot.waitUntil(lambda: bool(services.db.call(
        lambda conn: drafts.keys(conn, "enquiry:new"))), timeout=3000)
    payload = services.db.call(lambda conn: drafts.load(conn, panel.draft_key))
    assert json.loads(payload)["description"] == panel.form.description.toPlainText()


def test_ctrl_n_keeps_the_unsaved_enquiry_as_a_draft(page, services, qtbot):
    page.intake.form.search.box.setFocus()
    fill_partly(page.intake.form)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.intake.form.is_blank()
    qtbot.waitUntil(lambda: page.intake.banner.isVisible(), timeout=3000)


def test_escape_asks_before_discarding(page, services, qtbot):
    fill_partly(page.intake.form)
    asked = []
    page.intake.confirm = lambda title, text: asked.append(title) or False
    press(qtbot, Qt.Key.Key_Escape)
    assert asked and not page.intake.form.is_blank()
    page.intake.confirm = lambda title, text: True
    press(qtbot, Qt.Key.Key_Escape)
    assert page.intake.form.is_blank()


def save_and_expect_problems(panel, qtbot):
    before = panel.form.state()
    panel.save()
    qtbot.waitUntil(lambda: not panel.summary.isHidden(), timeout=10000)
    assert panel.form.state() == before  # nothing typed is lost
    assert all_enquiries(panel.services) == []
    return {k: e.text() for k, e in panel.form.errors.items() if not e.isHidden()}


def test_bad_input_is_explained_next_to_the_field_and_nothing_is_lost(services, qtbot):
    panel = IntakePanel(services)
    qtbot.addWidget(panel)
    panel.show()
    form = panel.form
    form.description.setPlainText("x" * 100_000)
    form.follow_up.setText((today_local() - timedelta(days=3)).strftime("%d/%m/%Y"))
    problems = save_and_expect_problems(panel, qtbot)
    assert "Find the person" in problems["person_id"]
    assert "at least one need" in problems["needs"]
    assert "100,000 characters" in problems["description"]
    assert "in the past" in problems["follow_up_date"]
    assert "4" in panel.summary.text()
    # The first problem has the focus. Asked of the panel, not of QApplication: which
    # window is active depends on the tests that ran before, not on this form.
    assert panel.focusWidget() is form.search.box
    # The draft holds the whole 100,000 characters.
    payload = services.db.call(lambda conn: drafts.load(conn, panel.draft_key))
    assert len(json.loads(payload)["description"]) == 100_000
    form.follow_up.setText("31/02/2027")
    problems = save_and_expect_problems(panel, qtbot)
    assert "not a date" in problems["follow_up_date"]


def test_emoji_and_right_to_left_text_are_saved_as_typed(services, qtbot, person):
    panel = IntakePanel(services)
    qtbot.addWidget(panel)
    text = "يحتاج إلى مساعدة في الإيجار 🏠 — needs help with rent 👍🏽"
    panel.form.choose_person(person)
    panel.form.needs.set_codes(["housing"])
    panel.form.description.setPlainText(text)
    panel.form.access.setText("مترجم 🗣️")
    panel.form.consent["record"].setChecked(True)
    with qtbot.waitSignal(panel.saved, timeout=3000) as saved:
        panel.save()
    stored = services.db.call(lambda conn: enquiries.get_enquiry(conn, saved.args[0]["id"]))
    assert stored["description"] == text
    assert stored["accessibility_needs"] == "مترجم 🗣️"


def test_person_without_consent_to_record_is_refused_with_what_to_do(services, qtbot, person):
    panel = IntakePanel(services)
    qtbot.addWidget(panel)
    panel.form.choose_person(person)
    panel.form.needs.set_codes(["food"])
    problems = save_and_expect_problems(panel, qtbot)
    assert "consent" in problems["consent_record"].lower()


def test_safeguarding_shows_what_to_do_next(services, qtbot):
    panel = IntakePanel(services)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.form.guidance.isVisible()
    panel.form.needs.set_codes(["domestic_abuse"])
    assert panel.form.safeguarding.isChecked()
    assert panel.form.guidance.isVisible()
    assert "999" in panel.form.guidance_text.text()
    assert panel.form.urgency.currentData() == "urgent"


def test_new_person_from_the_search_box(page, services, qtbot):
    form = page.intake.form
    form.search.box.setText("Amara Okafor")
    form.new_person.click()
    dialog = page.intake.person_dialog
    assert dialog.edits["given_name"].text() == "Amara"
    assert dialog.edits["family_name"].text() == "Okafor"
    dialog.edits["phone"].setText("07700 900123")
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        dialog.add()
    assert form.person["family_name"] == "Okafor"
