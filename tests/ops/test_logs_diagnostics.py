"""Logs and diagnostic reports carry no personal data."""

from __future__ import annotations

import json
import logging
import zipfile

from accesspoint import enquiries, settings
from accesspoint.enquiries import EnquiryInput
from accesspoint.ops import diagnostics, logs
from tests.ops.conftest import SEEDED, seed_people


def _personal_strings() -> list[str]:
    found = []
    for person in SEEDED:
        for value in person.values():
            found.append(value)
            found.extend(w for w in value.replace("-", " ").split() if len(w) > 3)
    return found


def test_scrub_masks_emails_phones_postcodes_but_keeps_ids_and_times():
    line = ("saved 01936b2e-7c1a-7abc-8def-123456789012 at 2026-11-25 07:05:46,917 for "
            "jo@example.org 07700 900123 +44 20 7946 0000 E1 6AN count=12345 ENQ-AB2C-DE3F")
    out = logs.scrub(line)
    for secret in ("jo@example.org", "07700 900123", "7946 0000", "E1 6AN"):
        assert secret not in out
    for kept in ("01936b2e-7c1a-7abc-8def-123456789012", "2026-11-25 07:05:46,917",
                 "count=12345", "ENQ-AB2C-DE3F"):
        assert kept in out


def test_log_file_rotates_and_filter_scrubs(data_dir):
    path = logs.setup_logging(data_dir, max_bytes=2000, backup_count=2)
    try:
        log = logging.getLogger("accesspoint.test")
        for i in range(100):
            log.info("record %d saved; call back on %s", i, "07700 900123")
        try:
            raise ValueError("bad postcode N15 4HS")
        except ValueError:
            log.exception("failed")
        for handler in logging.getLogger().handlers:
            handler.flush()
        files = logs.log_files(data_dir)
        assert path is not None and path.exists()
        assert 2 <= len(files) <= 3  # current + at most backup_count
        text = "".join(f.read_text() for f in files)
        assert "07700" not in text and "N15 4HS" not in text
        assert "<phone>" in text
    finally:
        logs.setup_logging(data_dir / "elsewhere")  # release the files


def test_report_contains_no_personal_data(conn, actor, data_dir):
    seeded = seed_people(conn, actor)
    for person in seeded:
        enquiries.create_enquiry(conn, actor, EnquiryInput(
            needs=["housing"], person_id=person["id"], consent_record=True,
            description=f"{person['given_name']} needs help; call {person['phone']}"))
    settings.put(conn, "greeting", "Hello Amara Okonkwo-Baptiste")
    logs.setup_logging(data_dir)
    try:
        # A careless log line and a crash message quoting personal details: the report
        # must still not carry them.
        logging.getLogger("accesspoint.careless").warning(
            "could not save %s %s (%s, %s)", SEEDED[0]["given_name"], SEEDED[0]["family_name"],
            SEEDED[0]["phone"], SEEDED[0]["email"])
        crash = ("Traceback (most recent call last):\n  File \"x.py\", line 1, in f\n"
                 "KeyError: 'Zygmunt Wróblewski at 2 Quenby Mews, N15 4HS'\n")
        report = diagnostics.write_report(data_dir, crash=crash)
    finally:
        logs.setup_logging(data_dir / "elsewhere")
    with zipfile.ZipFile(report) as zf:
        names = set(zf.namelist())
        assert {"README.txt", "versions.json", "database.json", "settings.json",
                "crash.txt", "logs/accesspoint.log"} <= names
        blob = "\n".join(zf.read(n).decode("utf-8") for n in names)
        facts = json.loads(zf.read("database.json"))
        settings_json = json.loads(zf.read("settings.json"))
    for secret in _personal_strings() + ["Test Coordinator"]:
        assert secret.casefold() not in blob.casefold(), secret
    assert facts["row_counts"]["people"] == 2
    assert facts["row_counts"]["enquiries"] == 2
    assert facts["quick_check"] == "ok"
    assert settings_json["greeting"].startswith("<text")
    assert "KeyError" in blob and "<redacted>" in blob
