"""Opening a person or an enquiry on screen leaves an audit entry naming who looked."""

from accesspoint import enquiries, people
from accesspoint.enquiries import EnquiryInput


def test_opening_person_and_enquiry_is_audited(qtbot, tmp_path):
    from accesspoint import hubs
    from accesspoint.context import Actor
    from ui.enquiries.page import EnquiriesPage
    from ui.services import DbWorker, Events, Services

    events = Events()
    db = DbWorker(tmp_path / "d", events=events)

    def setup(conn):
        hub = hubs.ensure_hub(conn, "Audit Hub")
        user = hubs.add_user(conn, hub["id"], "Viewer", "staff")
        actor = Actor(hub["id"], user["id"], "staff")
        person = people.create_person(conn, actor, given_name="Ana", family_name="Silva")
        enquiry = enquiries.create_enquiry(conn, actor, EnquiryInput(
            needs=["food"], person_id=person["id"], consent_record=True))
        return actor, person["id"], enquiry["id"]

    actor, person_id, enquiry_id = db.call(setup)
    services = Services(data_dir=tmp_path / "d", actor=actor, db=db, events=events)
    try:
        page = EnquiriesPage(services)
        qtbot.addWidget(page)
        page.open_enquiry(enquiry_id)
        page.people.show_person(person_id)
        qtbot.waitUntil(lambda: db.call(lambda c: c.execute(
            "SELECT COUNT(*) FROM audit_events WHERE action = 'viewed'").fetchone()[0]) == 2,
            timeout=5000)
        rows = db.call(lambda c: [tuple(r) for r in c.execute(
            "SELECT user_id, kind, record_id FROM audit_events WHERE action = 'viewed'"
            " ORDER BY kind")])
        assert rows == [(actor.user_id, "enquiry", enquiry_id),
                        (actor.user_id, "person", person_id)]
    finally:
        services.close()
