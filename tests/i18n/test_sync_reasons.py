"""The client's own sync reasons reach the Needs attention view in the volunteer's
language (issue 9). They are stored in English in the device database and translated
when shown; a reason worded by the server is shown as the server sent it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accesspoint import outbox
from accesspoint.db import transaction
from sync import attention, pull, push, reasons
from sync import protocol as p
from sync.transport import HttpError

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
PT = json.loads((I18N / "translations" / "pt.json").read_text(encoding="utf-8"))

pytest.importorskip("pytestqt")


def _queue(conn, record_id: str) -> None:
    with transaction(conn):
        outbox.enqueue(conn, "ledger_transfer", record_id,
                       {"id": record_id, "minutes": 60, "from_account": "hub:x",
                        "to_account": "member:y"})


def _shown(qtbot, conn) -> list[str]:
    from ui.sync.attention_view import AttentionView

    view = AttentionView()
    qtbot.addWidget(view)
    view.set_items(attention.open_items(conn))
    out = []
    for row in range(view.list.count()):
        view.list.setCurrentRow(row)
        out.append(view.reason.text())
    return out


def test_client_reasons_are_shown_in_portuguese(qtbot, conn, portuguese):
    # An overdrawn transfer, acknowledged by the server without a reason of its own.
    _queue(conn, "0190000000000000000000000000aaaa")
    batch = push.freeze_batch(conn)
    (row,) = conn.execute("SELECT op_id FROM outbox").fetchall()
    push.store_results(conn, batch, [{"op_id": row["op_id"], "status": p.STATUS_APPLIED,
                                      "version": 1, "flags": [p.FLAG_OVERDRAWN]}])
    # A batch of one op refused whole with no message: the client words the reason.
    _queue(conn, "0190000000000000000000000000bbbb")
    batch = push.freeze_batch(conn)
    push._shrink_or_set_aside(conn, batch, HttpError(413, "too_large", ""), push.PushStats())
    stored = [i["reason"] for i in attention.open_items(conn)]
    assert stored == ["This transfer took the member's balance below zero.",
                      "The server refused it (HTTP 413)."]  # English in the database
    assert _shown(qtbot, conn) == [
        PT["This transfer took the member's balance below zero."],
        PT["The server refused it (HTTP {status})."].format(status="413")]
    assert "HTTP 413" in _shown(qtbot, conn)[1] and "recusou" in _shown(qtbot, conn)[1]


def test_server_reason_is_shown_as_sent(qtbot, conn, portuguese):
    _queue(conn, "0190000000000000000000000000cccc")
    batch = push.freeze_batch(conn)
    (row,) = conn.execute("SELECT op_id FROM outbox").fetchall()
    push.store_results(conn, batch, [{"op_id": row["op_id"], "status": p.STATUS_REJECTED,
                                      "reason": "Account member:y is closed."}])
    assert _shown(qtbot, conn) == ["Account member:y is closed."]


def test_held_change_reason_translates_from_stored_english(conn, portuguese):
    """A pulled change kept because it failed: its stored reason, with the error as
    a parameter, is translated; the technical error itself stays as it was."""
    from ui.widgets.domain_text import translate_stored

    change = {"kind": "service", "record_id": "0190000000000000000000000000dddd",
              "action": "upsert", "version": 3, "payload": {}}
    pull.hold(conn, change, reasons.could_not_apply(ValueError("bad date")))
    pull.hold(conn, {**change, "record_id": change["record_id"][:-1] + "e"},
              reasons.local_change_waiting())
    stored = dict(conn.execute("SELECT record_id, reason FROM sync_unapplied").fetchall())
    failed = stored[change["record_id"]]
    assert failed == "Could not be applied: ValueError: bad date"
    assert translate_stored(failed, reasons.TEMPLATES) == \
        PT["Could not be applied: {error}"].format(error="ValueError: bad date")
    waiting = stored[change["record_id"][:-1] + "e"]
    assert translate_stored(waiting, reasons.TEMPLATES) == \
        PT["A local change to this record has not been sent yet."]


def test_every_parametrised_reason_is_listed_for_display():
    """A reason with parameters that TEMPLATES does not list would show in English."""
    made = [reasons.could_not_apply(ValueError("x")), reasons.not_applied_yet(KeyError("k")),
            reasons.merge_not_applied(TypeError()), reasons.server_refused(500)]
    assert {m.template for m in made} == set(reasons.TEMPLATES)
    for template in reasons.TEMPLATES:
        assert template in PT
