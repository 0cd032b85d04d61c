"""pytest-qt: search as you type, signposting and referral by keyboard only,
'no suitable service', local services, and the slip as a PDF."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from accesspoint.directory import slip_text
from tests.directory.pdftext import pdf_text
from ui.directory.page import DirectoryPage
from ui.directory.signpost_dialog import SignpostDialog
from ui.directory.slip_print import save_pdf

TIMEOUT = 5000


def _page(qtbot, services) -> DirectoryPage:
    page = DirectoryPage(services)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.search.model.rowCount() > 0, timeout=TIMEOUT)
    return page


def test_search_as_you_type_with_typo_then_keyboard_to_detail(qtbot, ui_services):
    page = _page(qtbot, ui_services)
    page.search.box.setFocus()
    qtbot.keyClicks(page.search.box, "benif")
    qtbot.waitUntil(lambda: bool(page.search.model.rows)
                    and "enefit" in page.search.model.rows[0]["name"], timeout=TIMEOUT)
    qtbot.keyClicks(page.search.box, "its")
    qtbot.waitUntil(lambda: "instead of “benifits”" in page.search.status.text(),
                    timeout=TIMEOUT)
    assert page.search.model.rows[0]["name"].startswith("Benefits advice")
    qtbot.keyClick(page.search.box, Qt.Key.Key_Down)
    assert page.search.table.hasFocus()
    qtbot.waitUntil(lambda: page.detail.service is not None, timeout=TIMEOUT)
    assert "Benefits advice" in page.detail.toPlainText()
    qtbot.keyClick(page.search.table, Qt.Key.Key_Return)
    assert page.detail.hasFocus()
    assert page.slip_button.isEnabled() and page.report_button.isEnabled()


def test_filters_and_distance(qtbot, ui_services):
    page = _page(qtbot, ui_services)
    page.search.filters.set_need("food")
    page.search.filters.near.setText("E17 4PP")
    qtbot.waitUntil(lambda: "centre of its district" in page.search.status.text(),
                    timeout=TIMEOUT)
    rows = page.search.model.rows
    assert rows and rows[0]["distance_m"] is not None
    distances = [r["distance_m"] for r in rows if r["distance_m"] is not None]
    assert distances == sorted(distances)
    assert re.match(r"\d+\.\d km", page.search.model.where(rows[0]))


def _dialog(qtbot, services, key) -> SignpostDialog:
    dialog = SignpostDialog(services, services.enquiry_ids[key])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # mnemonics (Alt+S) go to the active window
    qtbot.waitUntil(dialog.isActiveWindow, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bool(dialog.info) and dialog.search.model.rowCount() > 0,
                    timeout=TIMEOUT)
    return dialog


def _referrals(services):
    return services.db.call(lambda c: [dict(r) for r in c.execute(
        "SELECT kind, status, service_name FROM referrals ORDER BY created_at")])


def test_signpost_with_keyboard_only(qtbot, ui_services):
    dialog = _dialog(qtbot, ui_services, "without_consent")
    assert not dialog.refer.isEnabled() and "not refer" in dialog.consent.text()
    assert dialog.search.filters.need.currentData() == "food"
    dialog.search.box.setFocus()
    qtbot.keyClicks(dialog.search.box, "food bank")
    qtbot.waitUntil(lambda: bool(dialog.search.model.rows) and "food bank" in
                    dialog.search.model.rows[0]["name"].lower(), timeout=TIMEOUT)
    qtbot.keyClick(dialog.search.box, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.search.table, Qt.Key.Key_Return)  # add
    qtbot.keyClick(dialog.search.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.search.table, Qt.Key.Key_Return)  # add a second
    assert dialog.chosen.count() == 2
    dialog.chosen.setFocus()
    dialog.chosen.setCurrentRow(1)
    qtbot.keyClick(dialog.chosen, Qt.Key.Key_Delete)
    assert dialog.chosen.count() == 1
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT):
        qtbot.keyClick(dialog.chosen, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    (made,) = _referrals(ui_services)
    assert made["kind"] == "signpost" and "food bank" in made["service_name"].lower()


def test_refer_with_consent_by_keyboard(qtbot, ui_services):
    dialog = _dialog(qtbot, ui_services, "with_consent")
    assert dialog.refer.isEnabled()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.refer.isChecked, timeout=TIMEOUT)  # mnemonics animate the click
    dialog.search.table.setFocus()
    qtbot.keyClick(dialog.search.table, Qt.Key.Key_Return)
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    (made,) = _referrals(ui_services)
    assert (made["kind"], made["status"]) == ("referral", "made")


def test_no_suitable_service_records_unmet_need(qtbot, ui_services):
    dialog = _dialog(qtbot, ui_services, "without_consent")
    qtbot.keyClicks(dialog.search.box, "halal food on sunday")
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    row = ui_services.db.call(lambda c: dict(c.execute("SELECT * FROM unmet_needs").fetchone()))
    assert row["needs"] == '["food"]' and "halal" in row["search"]


def test_every_control_has_an_accessible_name(qtbot, ui_services):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox, QTableView

    page = _page(qtbot, ui_services)
    dialog = _dialog(qtbot, ui_services, "with_consent")
    for root in (page, dialog):
        for kind in (QAbstractButton, QComboBox, QLineEdit, QSpinBox, QTableView):
            for widget in root.findChildren(kind):
                if widget.parent() is not None and type(widget.parent()).__name__ in (
                        "QSpinBox", "QComboBox", "QTableView", "QHeaderView", "QLineEdit"):
                    continue  # Qt's own inner editors
                label = widget.text() if hasattr(widget, "text") else ""
                assert widget.accessibleName(), f"{type(widget).__name__} {label}"


def test_local_service_dialog(qtbot, ui_services):
    from ui.directory.local_dialog import LocalServiceDialog

    dialog = LocalServiceDialog(ui_services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors["name"].isVisible(), timeout=TIMEOUT)
    dialog.fields["name"].setText("Saturday chess club")
    dialog.fields["phone"].setText("020 7946 0999")
    dialog.needs.model.item(10).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT):
        dialog.save()
    assert dialog.saved_id
    kinds = ui_services.db.call(lambda c: [r[0] for r in c.execute(
        "SELECT kind FROM outbox WHERE record_id = ?", (dialog.saved_id,))])
    assert kinds == ["local_service"]


def test_slip_pdf_has_the_text_and_no_confidential_address(qtbot, ui_services, tmp_path):
    def ids(conn):
        food = conn.execute("SELECT id FROM dir_services WHERE name LIKE 'Community food bank%'"
                            " LIMIT 1").fetchone()[0]
        refuge = conn.execute("SELECT id FROM dir_services WHERE location_kind ="
                              " 'confidential' LIMIT 1").fetchone()[0]
        return [food, refuge]

    service_ids = ui_services.db.call(ids)
    slip = ui_services.db.call(lambda c: slip_text.build(
        c, service_ids, hub_name="Riverside", reference="ENQ-TEST-0001", large_print=True))
    path = save_pdf(slip.html, tmp_path / "slip.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    # Line breaks in the PDF are positions, not spaces: compare without whitespace.
    text = "".join(pdf_text(path).split())

    def has(words: str) -> bool:
        return "".join(words.split()) in text

    assert has("Services for you") and has("ENQ-TEST-0001") and has("Community food bank")
    assert has("The address is not given out for safety")
    assert not has("Refuge (address confidential)")
    raw = ui_services.db.call(lambda c: c.execute(
        "SELECT data FROM dir_services WHERE id = ?", (service_ids[1],)).fetchone()[0])
    assert '"address":[]' in raw


def test_import_dialog_from_http_with_progress(qtbot, ui_services, publisher, tmp_path):
    from tests.directory.feeds import v3_service
    from ui.directory.import_dialog import ImportDialog

    services = [v3_service(i, f"Imported service {i}", terms=["Food"]) for i in range(7)]
    pub, base = publisher(services, per_page=3)
    dialog = ImportDialog(ui_services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.source.setText(base)
    with qtbot.waitSignal(ui_services.events.changed, timeout=TIMEOUT * 2):
        dialog.import_button.click()
    assert dialog.result_counts["added"] == 7
    assert "7 added" in dialog.status.text()
    broken = tmp_path / "broken.json"
    broken.write_text('{"contents": [{"id": "1", "name": "Cut sh')
    dialog.source.setText(str(broken))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=TIMEOUT * 4)
    assert "not changed" in dialog.status.text()


def test_referral_follow_up_by_keyboard(qtbot, ui_services):
    from accesspoint.directory import referrals as refs

    def make(conn):
        sid = conn.execute("SELECT id FROM dir_services LIMIT 1").fetchone()[0]
        return refs.create(conn, ui_services.actor, ui_services.enquiry_ids["with_consent"],
                           [sid], "referral")[0]["id"]

    rid = ui_services.db.call(make)
    page = _page(qtbot, ui_services)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=TIMEOUT)
    qtbot.keyClick(page.search.box, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.referrals.model.rowCount() == 1, timeout=TIMEOUT)
    assert page.referrals.table.hasFocus()
    assert page.referrals.buttons["accepted"].isEnabled()  # made -> accepted is allowed
    qtbot.keyClick(page.referrals.table, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(page.referrals.model.rows)
                    and page.referrals.model.rows[0]["status"] == "sent", timeout=TIMEOUT)
    assert not page.referrals.buttons["sent"].isEnabled()
    page.referrals.buttons["closed"].click()
    qtbot.waitUntil(lambda: page.referrals.model.rowCount() == 0, timeout=TIMEOUT)
    statuses = ui_services.db.call(lambda c: [r[0] for r in c.execute(
        "SELECT status FROM referral_events WHERE referral_id = ? ORDER BY created_at", (rid,))])
    assert statuses == ["made", "sent", "closed"]
