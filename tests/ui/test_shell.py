"""The app shell: sections, placeholders, status bar, settings, accessible names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from accesspoint import hubs, settings
from ui import sections
from ui.enquiries.detail import EnquiryDialog, load_enquiry
from ui.main_window import MainWindow
from ui.people.merge import MergeDialog
from ui.people.new_person import NewPersonDialog
from ui.session import FirstRunDialog, existing_actor
from ui.settings.page import SettingsPage
from ui.statusbar import reachable

CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox,
            QAbstractItemView, QAbstractSpinBox)


def _inside_qt_internals(widget: QWidget) -> bool:
    ancestor = widget.parentWidget()
    while ancestor is not None:
        # Headers and the corner button of a table belong to the (named) table.
        if isinstance(ancestor, QLineEdit | QComboBox | QAbstractSpinBox | QAbstractItemView) or \
                ancestor.inherits("QComboBoxPrivateContainer"):
            return True
        ancestor = ancestor.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls a screen reader could not name. Qt's private helpers (a line edit's
    clear button, a combo box's popup, a spin box's editor) are skipped: Qt names them."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS):
            continue
        parent = widget.parentWidget()
        if _inside_qt_internals(widget):
            continue
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text().replace("&", "")  # Qt reads a button's text
        if not name.strip():
            missing.append(f"{type(widget).__name__} in {type(parent).__name__}")
    return missing


@pytest.fixture
def window(demo_services, qtbot):
    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_owned_screen_names_every_control(window, demo_services, qtbot):
    services = demo_services
    screens: list[QWidget] = [window, window.show_section("enquiries"),
                              window.show_section("settings")]
    enquiry_id = services.db.call(lambda conn: conn.execute(
        "SELECT id FROM enquiries WHERE person_id IS NOT NULL LIMIT 1").fetchone()[0])
    loaded = services.db.call(lambda conn: load_enquiry(conn, enquiry_id))
    screens.append(EnquiryDialog(services, loaded, window))
    screens.append(NewPersonDialog(services, "Ana Silva", window))
    screens.append(MergeDialog(services, loaded["person"], window))
    screens.append(FirstRunDialog(window))
    for screen in screens:
        missing = unnamed_controls(screen)
        assert missing == [], (type(screen).__name__, missing)


def test_sections_missing_pages_get_a_placeholder(window):
    for section in sections.SECTIONS:
        page = window.show_section(section.key)
        assert page is window.stack.currentWidget()
    fake = sections.Section("nowhere", "Nowhere", "ui.not_written_yet.page:Page", 99)
    page = sections.create_page(fake, None)
    assert isinstance(page, sections.PlaceholderPage)
    from PySide6.QtWidgets import QLabel

    assert "not available yet" in page.findChildren(QLabel)[0].text()


def test_ctrl_digit_switches_sections(window, qtbot):
    window.activateWindow()
    window.nav.setFocus()
    QTest.keyClick(window.nav, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 5
    QTest.keyClick(window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.nav.currentRow() == 0


def test_status_bar_counts_unsynced_changes_and_is_offline_without_server(window, qtbot):
    bar = window.status
    qtbot.waitUntil(lambda: bar.pending is not None and bar.online is False, timeout=3000)
    assert str(bar.pending) in bar.unsynced.text()
    assert "Offline" in bar.network.text()


def test_reachable_is_false_for_a_closed_port():
    assert reachable("http://127.0.0.1:9", timeout=0.5) is False
    assert reachable("", timeout=0.5) is False


def test_settings_rename_hub_language_and_text_size(services, qtbot):
    page = SettingsPage(services)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.hub_name.text() == "Test Hub", timeout=3000)
    page.hub_name.setText("   ")
    page.rename()
    qtbot.waitUntil(lambda: not page.hub_error.isHidden(), timeout=3000)
    page.hub_name.setText("Northside Library Hub")
    page.rename()
    qtbot.waitUntil(lambda: page.hub_status.text() == "Saved.", timeout=3000)
    assert services.db.call(hubs.current_hub)["name"] == "Northside Library Hub"
    assert "Not set up" in page.server.text()
    services.db.call(lambda conn: settings.put(conn, "server_url", "https://council.example"))
    services.events.changed.emit("settings")
    qtbot.waitUntil(lambda: page.server.text() == "https://council.example", timeout=3000)
    if page.language.count() > 1:
        page.language.setCurrentIndex(1)
        assert page.qsettings.value("ui/language") == page.language.currentData()
        assert "next time" in page.language_note.text()
    page.scale.setValue(130)
    from ui.widgets import fontscale

    assert fontscale.current_scale() == pytest.approx(1.3)
    fontscale.reset()


def test_first_run_set_up_and_existing_actor(services, qtbot, tmp_path):
    """The fallback first-run path (ui/security now signs people in through choose_actor)."""
    from ui.services import DbWorker
    from ui.session import set_up_hub

    db = DbWorker(tmp_path / "fresh")
    try:
        assert db.call(existing_actor) is None
        actor = db.call(lambda conn: set_up_hub(conn, "Riverside", "Joy"))
        assert actor.role == "coordinator"
        assert db.call(hubs.current_hub)["name"] == "Riverside"
        assert db.call(existing_actor) == actor
    finally:
        db.close()
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog._check()
    assert not dialog.error.isHidden() and dialog.result() == 0


def test_status_bar_online_when_the_server_answers(services, qtbot):
    import socket

    from ui.services import NetWorker
    from ui.statusbar import StatusBar

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    services.net = NetWorker()
    try:
        port = listener.getsockname()[1]
        services.db.call(lambda conn: settings.put(conn, "server_url",
                                                   f"http://127.0.0.1:{port}"))
        bar = StatusBar(services)
        qtbot.addWidget(bar)
        qtbot.waitUntil(lambda: bar.online is True, timeout=5000)
        assert "Online" in bar.network.text()
    finally:
        listener.close()
