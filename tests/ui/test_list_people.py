"""Enquiry list filters, editing with history, notes, follow-ups; people: duplicates, merge."""

from __future__ import annotations

import pytest

from accesspoint import enquiries, people
from ui.enquiries.detail import EnquiryDialog, load_enquiry
from ui.enquiries.followups import FollowUpsPanel
from ui.enquiries.list_model import ROW_ROLE, follow_up_due
from ui.enquiries.list_view import EnquiryListView
from ui.people.merge import MergeDialog
from ui.people.new_person import NewPersonDialog, split_name
from ui.people.view import PeopleView


@pytest.fixture
def listing(demo_services, qtbot):
    view = EnquiryListView(demo_services)
    qtbot.addWidget(view)
    view.period.setCurrentIndex(3)  # all
    # The load made at construction (today's) and the one for "all" both answer on the
    # queue; wait for every answer so a later test never mistakes a stale one for its own.
    demo_services.db.call(lambda conn: None)
    qtbot.waitUntil(lambda: view.model.rowCount() == 90, timeout=5000)
    qtbot.wait(20)
    return view


def shown_rows(view):
    return [view.proxy.index(r, 0).data(ROW_ROLE) for r in range(view.proxy.rowCount())]


def test_list_filters(listing):
    total = listing.model.rowCount()
    assert total == 90
    listing.outcome.setCurrentIndex(listing.outcome.findData("referred"))
    rows = shown_rows(listing)
    assert rows and all(r["outcome"] == "referred" for r in rows)
    listing.outcome.setCurrentIndex(0)
    listing.need.setCurrentIndex(listing.need.findData("food"))
    rows = shown_rows(listing)
    assert rows and all("food" in r["need_codes"].split(",") for r in rows)
    listing.need.setCurrentIndex(0)
    listing.due.setChecked(True)
    rows = shown_rows(listing)
    assert rows and all(follow_up_due(r) for r in rows)
    listing.due.setChecked(False)
    listing.text.setText("payment plan")
    listing._apply_filters()  # skip the typing debounce
    rows = shown_rows(listing)
    assert rows and all("payment plan" in r["description"] for r in rows)
    assert f"of {total}" in listing.count.text()


def test_list_refreshes_after_a_save(listing, demo_services, qtbot):
    services = demo_services
    services.db.call(lambda conn: enquiries.create_enquiry(
        conn, services.actor, enquiries.EnquiryInput(needs=["food"], description="new one")))
    services.events.changed.emit("enquiry")
    qtbot.waitUntil(lambda: listing.model.rowCount() == 91, timeout=5000)
    assert any(r["description"] == "new one" for r in shown_rows(listing))


def open_dialog(services, qtbot, enquiry_id):
    loaded = services.db.call(lambda conn: load_enquiry(conn, enquiry_id))
    dialog = EnquiryDialog(services, loaded)
    qtbot.addWidget(dialog)
    return dialog


def test_edit_keeps_history_and_notes_are_added(demo_services, qtbot):
    services = demo_services
    row = services.db.call(lambda conn: enquiries.list_enquiries(
        conn, enquiries.EnquiryFilter(outcome="signposted")))[0]
    dialog = open_dialog(services, qtbot, row["id"])
    editor = dialog.editor
    if editor.form.follow_up.text():
        editor.form.follow_up.setText("+3")
    editor.form.outcome.setCurrentIndex(editor.form.outcome.findData("referred"))
    with qtbot.waitSignal(editor.saved, timeout=3000):
        editor.save()
    qtbot.waitUntil(lambda: dialog.history.count() == 2, timeout=3000)
    assert "outcome" in dialog.history.item(1).text()
    revs = services.db.call(lambda conn: enquiries.revisions(conn, row["id"]))
    assert revs[0]["before"]["outcome"] == "signposted"
    dialog.note.setPlainText("Rang back; left a message. 📞")
    dialog.add_note()
    qtbot.waitUntil(lambda: dialog.notes.count() == 1, timeout=3000)
    assert "left a message" in dialog.notes.item(0).text()
    dialog.note.setPlainText("   ")
    dialog.add_note()
    qtbot.waitUntil(lambda: not dialog.note_error.isHidden(), timeout=3000)
    assert "empty" in dialog.note_error.text()


def test_follow_up_done_from_the_panel(demo_services, qtbot):
    panel = FollowUpsPanel(demo_services)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.list.count() > 0, timeout=3000)
    before = panel.list.count()
    panel.done_button.click()
    qtbot.waitUntil(lambda: panel.list.count() == before - 1, timeout=3000)


def add(services, **fields):
    return services.db.call(lambda conn: people.create_person(conn, services.actor, **fields))


def test_duplicate_warning_before_creating(services, qtbot):
    existing = add(services, given_name="Oluwaseun", family_name="Adeyemi",
                   date_of_birth="1980-04-02")
    assert split_name("Adeyemi, Oluwaseun") == ("Oluwaseun", "Adeyemi")
    dialog = NewPersonDialog(services, "Oluseun Adeyemi")
    qtbot.addWidget(dialog)
    dialog.edits["date_of_birth"].setText("02/04/1980")
    dialog.add()
    qtbot.waitUntil(lambda: not dialog.warning.isHidden(), timeout=3000)
    assert dialog.matches.count() == 1
    assert "date of birth" in dialog.matches.item(0).text()
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        dialog.use_match.click()
    assert dialog.person["id"] == existing["id"]
    # "Add as a new person" after the warning really creates one.
    again = NewPersonDialog(services, "Oluseun Adeyemi")
    qtbot.addWidget(again)
    again.edits["date_of_birth"].setText("02/04/1980")
    again.add()
    qtbot.waitUntil(lambda: not again.warning.isHidden(), timeout=3000)
    with qtbot.waitSignal(again.accepted, timeout=3000):
        again.add()
    assert again.person["id"] != existing["id"]


def test_new_person_bad_input_shown_by_field(services, qtbot):
    dialog = NewPersonDialog(services, "")
    qtbot.addWidget(dialog)
    dialog.edits["given_name"].setText("Ana")
    dialog.edits["postcode"].setText("nowhere")
    dialog.edits["date_of_birth"].setText("01/01/2999")
    dialog.add()
    qtbot.waitUntil(lambda: not dialog.errors["postcode"].isHidden(), timeout=3000)
    assert "postcode" in dialog.errors["postcode"].text().lower()
    assert "future" in dialog.errors["date_of_birth"].text()
    assert dialog.edits["postcode"].text() == "nowhere"  # kept for correcting


def test_merge_shows_both_and_moves_enquiries(services, qtbot):
    keep = add(services, given_name="Fatima", family_name="Hassan", phone="07700 900001")
    dupe = add(services, given_name="Fatma", family_name="Hassan", postcode="E1 6AN")
    services.db.call(lambda conn: enquiries.create_enquiry(conn, services.actor,
                     enquiries.EnquiryInput(needs=["food"], person_id=dupe["id"],
                                            consent_record=True)))
    dialog = MergeDialog(services, keep)
    qtbot.addWidget(dialog)
    dialog.compare_with(keep)
    assert not dialog.problem.isHidden()  # the same record is refused
    dialog.compare_with(dupe)
    texts = [dialog.table.itemAt(i).widget().text() for i in range(dialog.table.count())]
    assert "Fatima" in texts and "Fatma" in texts and "E1 6AN" in texts
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        dialog.merge_button.click()
    assert dialog.merged["postcode"] == "E1 6AN"  # blank filled from the merged record
    moved = services.db.call(lambda conn: conn.execute(
        "SELECT COUNT(*) FROM enquiries WHERE person_id = ?", (keep["id"],)).fetchone()[0])
    assert moved == 1


def test_people_view_edits_a_person(services, qtbot):
    person = add(services, given_name="Grace", family_name="Mensah")
    view = PeopleView(services)
    qtbot.addWidget(view)
    view.show_person(person["id"])
    qtbot.waitUntil(lambda: view.edits["given_name"].text() == "Grace", timeout=3000)
    view.edits["phone"].setText("123")
    view.save()
    qtbot.waitUntil(lambda: not view.errors["phone"].isHidden(), timeout=3000)
    view.edits["phone"].setText("020 7946 0000")
    view.save()
    qtbot.waitUntil(lambda: view.status.text() == "Saved.", timeout=3000)
    stored = services.db.call(lambda conn: people.get_person(conn, person["id"]))
    assert stored["phone"] == "020 7946 0000"


def test_editing_an_enquiry_whose_follow_up_has_passed(services, qtbot):
    """accesspoint.enquiries.update_enquiry: an unchanged past follow-up date is kept;
    a new past date is still refused."""
    from datetime import timedelta

    from accesspoint.clock import today_local
    from accesspoint.db import transaction
    from accesspoint.errors import ValidationError

    actor = services.actor
    past = (today_local() - timedelta(days=2)).isoformat()

    def setup(conn):
        e = enquiries.create_enquiry(conn, actor, enquiries.EnquiryInput(
            needs=["food"], follow_up_date=today_local().isoformat()))
        with transaction(conn):
            conn.execute("UPDATE enquiries SET follow_up_date = ? WHERE id = ?", (past, e["id"]))
        return e["id"]

    eid = services.db.call(setup)
    edited = services.db.call(lambda conn: enquiries.update_enquiry(
        conn, actor, eid, enquiries.EnquiryInput(needs=["food", "debt"], follow_up_date=past)))
    assert edited["needs"] == ["debt", "food"]
    earlier = (today_local() - timedelta(days=5)).isoformat()
    with pytest.raises(ValidationError):
        services.db.call(lambda conn: enquiries.update_enquiry(
            conn, actor, eid, enquiries.EnquiryInput(needs=["food"], follow_up_date=earlier)))
