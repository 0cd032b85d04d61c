"""Recording through the command line: the same rules as the form, told once, outboxed."""

import json

from accesspoint.cli import main
from accesspoint.db import open_database


def run(tmp_path, capsys, *argv):
    code = main(["--data-dir", str(tmp_path), *argv])
    out = capsys.readouterr()
    return code, out.out.strip(), out.err.strip()


def test_person_then_enquiry_recorded_once_and_queued_for_sync(tmp_path, capsys):
    code, out, _ = run(tmp_path, capsys, "person", "add", "--given-name", "Oluwaseun",
                       "--family-name", "Adeyemi", "--phone", "07700 900123",
                       "--postcode", "E8 1AA", "--date-of-birth", "1980-02-03")
    assert code == 0
    person_id = json.loads(out)["id"]

    # Told once: the same resident typed another way is refused, with who it may be.
    code, out, err = run(tmp_path, capsys, "person", "add", "--given-name", "Oluseun",
                         "--family-name", "Adeyemi", "--phone", "07700900123")
    assert code == 3 and "may be known already" in err
    answer = json.loads(out)
    assert answer["created"] is False
    assert [d["id"] for d in answer["likely_duplicates"]] == [person_id]

    code, out, _ = run(tmp_path, capsys, "person", "find", "Adeyemi, Oluseun")
    assert code == 0 and json.loads(out)[0]["id"] == person_id

    code, out, _ = run(tmp_path, capsys, "enquiry", "add", "--need", "housing", "--need",
                       "debt", "--description", "Rent arrears £1,200 — letter from landlord",
                       "--person", person_id, "--consent", "record", "--consent", "contact",
                       "--channel", "phone", "--outcome", "signposted")
    assert code == 0
    made = json.loads(out)
    assert made["reference"].startswith("ENQ-")

    conn = open_database(tmp_path)
    try:
        row = conn.execute("SELECT person_id, channel, description FROM enquiries WHERE id = ?",
                           (made["id"],)).fetchone()
        assert tuple(row) == (person_id, "phone", "Rent arrears £1,200 — letter from landlord")
        needs = {r[0] for r in conn.execute(
            "SELECT need_code FROM enquiry_needs WHERE enquiry_id = ?", (made["id"],))}
        assert needs == {"housing", "debt"}
        consents = {(r[0], r[1]) for r in conn.execute(
            "SELECT purpose, granted FROM consent_events WHERE enquiry_id = ?", (made["id"],))}
        assert consents == {("record", 1), ("share", 0), ("contact", 1)}
        queued = {r[0] for r in conn.execute(
            "SELECT kind FROM outbox WHERE record_id IN (?, ?)", (made["id"], person_id))}
        assert queued == {"enquiry", "person"}
        audited = {(r[0], r[1]) for r in conn.execute(
            "SELECT action, kind FROM audit_events WHERE via_cli = 1 AND role = 'coordinator'")}
        assert {("created", "enquiry"), ("created", "person")} <= audited
    finally:
        conn.close()


def test_bad_enquiries_are_refused_with_what_is_wrong_and_nothing_saved(tmp_path, capsys):
    code, _, err = run(tmp_path, capsys, "enquiry", "add", "--need", "nonsense")
    assert code == 1 and "Unknown need: nonsense" in err
    code, _, err = run(tmp_path, capsys, "enquiry", "add", "--need", "food",
                       "--person", "0190aaaa-0000-7000-8000-000000000000")
    assert code == 1 and "Without consent to record" in err
    code, _, err = run(tmp_path, capsys, "enquiry", "add", "--need", "food",
                       "--follow-up", "2001-01-01")
    assert code == 1 and "in the past" in err
    conn = open_database(tmp_path)
    try:
        assert conn.execute("SELECT COUNT(*) FROM enquiries").fetchone()[0] == 0
    finally:
        conn.close()
    # Anonymous is allowed: a reference instead of a name.
    code, out, _ = run(tmp_path, capsys, "enquiry", "add", "--need", "food")
    assert code == 0 and json.loads(out)["reference"].startswith("ENQ-")
