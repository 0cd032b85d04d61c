"""Regenerate the screenshots of the app shell and the enquiry screens (offscreen).

    /work/venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Uses a fresh demo database in a temporary folder and fresh UI settings, so the
pictures are the same on every machine. Look at every picture after changing a
screen: clipped text and odd focus show up here first.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ACCESSPOINT_ALLOW_PLAINTEXT", "1")  # demo data only, no keyring here
os.environ.setdefault("QT_LOGGING_RULES", "qt.text.font.db=false;qt.qpa.*=false")

SIZE = (1280, 820)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    tmp = tempfile.TemporaryDirectory()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp.name)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("AccessPoint")

    from accesspoint import people
    from accesspoint.demo import ensure_demo
    from ui.main_window import MainWindow
    from ui.services import DbWorker, Events, NetWorker, Services
    from ui.session import existing_actor

    data_dir = Path(tmp.name) / "demo"
    events = Events()
    db = DbWorker(data_dir, events=events)
    db.call(ensure_demo, timeout=None)
    services = Services(data_dir, db.call(existing_actor), db, events, NetWorker(events=events))

    def settle(ms: int = 300) -> None:
        # QTest.qWait, not processEvents(): see ui/widgets/qt_refcount_guard.py.
        db.call(lambda conn: None)
        QTest.qWait(ms)

    def shot(widget, name: str) -> None:
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    window = MainWindow(services)
    window.resize(*SIZE)
    window.show()
    settle(600)
    page = window.pages["enquiries"]
    form = page.intake.form
    form.search.box.setFocus()
    shot(window, "app-start-demo")

    # Intake: a returning resident, found by typing part of the name.
    form.search.box.setText("")
    QTest.keyClicks(form.search.box, "adeyemi olu")
    settle(500)
    shot(window, "enquiries-intake-search")
    person = db.call(lambda conn: people.search_people(conn, "Oluwaseun Adeyemi")[0].person)
    form.choose_person(person)
    form.needs.set_codes(["council_tax", "debt"])
    form.description.setPlainText("Council Tax arrears letter (£640); wants a payment plan "
                                  "before the court date. Works evenings.")
    form.interpreter.setChecked(True)
    form.consent["record"].setChecked(True)
    form.consent["contact"].setChecked(True)
    form.outcome.setCurrentIndex(form.outcome.findData("signposted"))
    form.follow_up.setText("+7")
    form.follow_up.setFocus()
    shot(window, "enquiries-intake-filled")

    page.intake._reset(new_key=True)
    form.description.setPlainText("x" * 12_000)
    form.follow_up.setText("01/01/2020")
    page.intake.save()
    settle(500)
    shot(window, "enquiries-intake-errors")

    page.intake._reset(new_key=True)
    form.anonymous.setChecked(True)
    form.needs.set_codes(["domestic_abuse"])
    form.description.setPlainText("Frightened of her partner; came in with her son.")
    form.safeguarding.setFocus()
    shot(window, "enquiries-intake-safeguarding")
    page.intake._reset(new_key=True)

    page.tabs.setCurrentWidget(page.list)
    page.list.period.setCurrentIndex(2)
    settle(500)
    page.list.table.setFocus()
    page.list.table.selectRow(0)
    shot(window, "enquiries-list")

    enquiry_id = page.list.current_row()["id"]
    page.open_enquiry(enquiry_id)
    settle(500)
    dialog = page.dialogs[-1]
    dialog.resize(1000, 720)
    shot(dialog, "enquiries-dialog")
    dialog.close()

    page.tabs.setCurrentWidget(page.people)
    busiest = db.call(lambda conn: conn.execute(
        "SELECT person_id FROM enquiries WHERE person_id IS NOT NULL"
        " GROUP BY person_id ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0])
    page.people.show_person(busiest)
    settle(500)
    shot(window, "enquiries-people")

    window.show_section("settings")
    shot(window, "app-settings")
    from ui.sections import PlaceholderPage, Section

    # What a section whose issue has not landed yet shows (all six exist by now).
    placeholder = PlaceholderPage(Section("example", "Time bank", "ui.missing:Page", 4))
    placeholder.resize(900, 400)
    placeholder.show()
    shot(placeholder, "app-section-placeholder")
    placeholder.close()

    from ui.people.new_person import NewPersonDialog

    dup = NewPersonDialog(services, "Oluseun Adeyemi", window)
    dup.edits["date_of_birth"].setText(
        "/".join(reversed(person["date_of_birth"].split("-"))))
    dup.show()
    dup.add()
    settle(500)
    shot(dup, "enquiries-new-person-duplicate")
    dup.close()

    window.close()
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
