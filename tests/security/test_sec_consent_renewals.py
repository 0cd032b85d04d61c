"""Consents due for renewal: the list (lapsed and lapsing within N days, by purpose),
renewing with the wording in the resident's language, one-click withdrawal, role
checks, and the screen driven from the keyboard."""

from __future__ import annotations

import dataclasses
import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from accesspoint import consent, people
from accesspoint.clock import today_local
from accesspoint.errors import PermissionDeniedError, ValidationError
from accesspoint.security import consent_review, users
from accesspoint.taxonomy import consent_wording

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _consented(conn, actor, given, family, *, lang="en", lapses_in=None, purpose="share"):
    p = people.create_person(conn, actor, given_name=given, family_name=family,
                             preferred_language=lang)
    ev = consent.record_consent(conn, actor, purpose, True, person_id=p["id"], language=lang)
    if lapses_in is not None:
        day = (today_local() + timedelta(days=lapses_in)).isoformat()
        conn.execute("UPDATE consent_events SET renew_by = ? WHERE id = ?", (day, ev["id"]))
    return p


@pytest.fixture
def residents(enc_conn, coordinator):
    c = enc_conn
    return {
        "lapsed": _consented(c, coordinator, "Luísa", "Lapsed", lang="pt", lapses_in=-5),
        "soon": _consented(c, coordinator, "Sam", "Soon", lapses_in=10, purpose="contact"),
        "later": _consented(c, coordinator, "Lara", "Later", lapses_in=100),
        "fresh": _consented(c, coordinator, "Fred", "Fresh"),
        "somali": _consented(c, coordinator, "Hodan", "Warsame", lang="so", lapses_in=3),
    }


def test_due_lists_lapsed_and_lapsing_by_purpose(enc_conn, staff, residents):
    rows = consent_review.due(enc_conn, staff, 30)
    assert [r["name"] for r in rows] == ["Luísa Lapsed", "Hodan Warsame", "Sam Soon"]
    assert rows[0]["expired"] and rows[0]["days_left"] == -5 and rows[0]["language"] == "pt"
    assert not rows[1]["expired"]
    assert [r["name"] for r in consent_review.due(enc_conn, staff, 30, "contact")] == \
        ["Sam Soon"]
    assert len(consent_review.due(enc_conn, staff, 120)) == 4
    assert [r["name"] for r in consent_review.due(enc_conn, staff, 0)] == ["Luísa Lapsed"]
    with pytest.raises(ValidationError):
        consent_review.due(enc_conn, staff, 30, "marketing")
    with pytest.raises(ValidationError):
        consent_review.due(enc_conn, staff, -1)


def test_volunteer_cannot_see_the_list(enc_conn, volunteer, residents):
    with pytest.raises(PermissionDeniedError, match="Only staff and above"):
        consent_review.due(enc_conn, volunteer, 30)


def test_renew_in_the_residents_language_and_withdraw(enc_conn, staff, residents):
    pid = residents["lapsed"]["id"]
    assert not consent.current_consent(enc_conn, pid, "share")
    text, lang = consent_review.wording("share", "pt")
    assert lang == "pt" and text == consent_wording("share", "pt")[0]
    event = consent_review.renew(enc_conn, staff, pid, "share", lang)
    assert event["language"] == "pt" and event["wording"] == text
    assert event["created_by"] == staff.user_id
    assert consent.current_consent(enc_conn, pid, "share")
    assert event["renew_by"] > (today_local() + timedelta(days=300)).isoformat()
    names = [r["name"] for r in consent_review.due(enc_conn, staff, 30)]
    assert "Luísa Lapsed" not in names
    soon = residents["soon"]["id"]
    consent_review.withdraw(enc_conn, staff, soon, "contact")
    assert not consent.current_consent(enc_conn, soon, "contact")
    assert "Sam Soon" not in [r["name"] for r in consent_review.due(enc_conn, staff, 30)]
    actions = [r[0] for r in enc_conn.execute(
        "SELECT action || ':' || detail FROM audit_events WHERE record_id IN (?, ?)"
        " ORDER BY created_at", (pid, soon))]
    assert "edited:consent renewed: share" in actions and "consent_withdrawn:contact" in actions


# --- the screen --------------------------------------------------------------------

@pytest.fixture
def svc(qapp, enc_dir, memkeyring):
    from ui.services import DbWorker, Events, Services

    events = Events()
    db = DbWorker(enc_dir, events=events)
    coordinator = db.call(lambda c: users.first_run(c, "Hub", "Cora", "correct horse battery"))
    s = Services(data_dir=enc_dir, actor=coordinator, db=db, events=events)
    db.call(lambda c: [_consented(c, coordinator, *args, **kw) for args, kw in (
        (("Luísa", "Lapsed"), {"lang": "pt", "lapses_in": -5}),
        (("Hodan", "Warsame"), {"lang": "so", "lapses_in": 3}),
        (("Sam", "Soon"), {"lapses_in": 10, "purpose": "contact"}),
        (("Lara", "Later"), {"lapses_in": 100}))])
    s.actor = dataclasses.replace(coordinator, role="staff")
    yield s
    s.close()


def _view(qtbot, svc):
    from ui.security.consent_renewals import ConsentRenewalsView

    view = ConsentRenewalsView(svc)
    qtbot.addWidget(view)
    view.resize(900, 560)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)
    return view


def test_screen_keyboard_renew_and_withdraw(qtbot, svc):
    view = _view(qtbot, svc)
    # Every control has an accessible name.
    for w in (view.days, view.purpose, view.table, view.wording, view.renew_button,
              view.withdraw_button):
        assert w.accessibleName()
    assert view.model.row(0)["status"].startswith("Lapsed 5 day")
    # The first row is chosen: the wording shows in the resident's language.
    assert view.wording.toPlainText() == consent_wording("share", "pt")[0]
    assert "(Portuguese (Português))" in view.wording_label.text()
    assert view.model.row(0)["language_label"] == "Portuguese (Português)"
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.selected()["name"] == "Hodan Warsame"
    assert view.wording.toPlainText() == consent_wording("share", "so")[0]
    if os.environ.get("ACCESSPOINT_SHOTS", "1") == "1":
        SHOTS.mkdir(parents=True, exist_ok=True)
        view.grab().save(str(SHOTS / "security-consent-renewals.png"))
    # Renew with the keyboard (the button's mnemonic is Alt+N).
    view.renew_button.setFocus()
    qtbot.keyClick(view.renew_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    assert "Renewed for Hodan Warsame" in view.result.text()
    ev = svc.db.call(lambda c: c.execute(
        "SELECT language, granted FROM consent_events ORDER BY created_at DESC, rowid DESC"
        " LIMIT 1").fetchone())
    assert tuple(ev) == ("so", 1)
    # Filter by purpose, then withdraw with one key press.
    view.purpose.setCurrentIndex(view.purpose.findData("contact"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert view.selected()["name"] == "Sam Soon"
    view.withdraw_button.setFocus()
    qtbot.keyClick(view.withdraw_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=5000)
    assert not view.renew_button.isEnabled() and not view.withdraw_button.isEnabled()
    assert "No consents lapse" in view.wording_label.text()
    # Widening the window brings Lara in.
    view.purpose.setCurrentIndex(0)
    view.days.setValue(120)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)


def test_security_page_offers_renewals_to_staff_not_volunteers(qtbot, svc):
    from ui.security.page import SecurityPage

    page = SecurityPage(svc)
    qtbot.addWidget(page)
    assert hasattr(page, "renewals") and not hasattr(page, "tabs")
    svc.actor = dataclasses.replace(svc.actor, role="volunteer")
    other = SecurityPage(svc)
    qtbot.addWidget(other)
    assert not hasattr(other, "renewals")
