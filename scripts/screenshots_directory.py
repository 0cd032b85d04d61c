"""Render the directory screens to PNG for the docs (offscreen; no display needed).

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python scripts/screenshots_directory.py

Writes docs/screenshots/directory-search.png, directory-detail.png,
directory-signpost.png, directory-slip.png (+ -large and -pt, Portuguese) and
directory-slip.pdf, from a fresh demo database in a temporary folder.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ACCESSPOINT_ALLOW_PLAINTEXT", "1")


def _seed(data_dir: Path) -> str:
    from accesspoint import enquiries, hubs, people
    from accesspoint.context import Actor
    from accesspoint.db import open_database
    from accesspoint.directory.demo import demo_directory

    conn = open_database(data_dir)
    hub = hubs.ensure_hub(conn, "Riverside Community Centre")
    user = hubs.add_user(conn, hub["id"], "Joy Mensah", "coordinator")
    actor = Actor(hub["id"], user["id"], "coordinator")
    demo_directory(conn, actor, random.Random(7))
    person = people.create_person(conn, actor, given_name="Ana", family_name="Silva",
                                  postcode="E17 4PP", preferred_language="pt")
    enquiry = enquiries.create_enquiry(conn, actor, enquiries.EnquiryInput(
        needs=["food"], person_id=person["id"], consent_record=True, consent_share=True,
        description="Needs a food parcel this week.", outcome="open"))
    conn.close()
    return enquiry["id"]


def render_directory_screenshots(out_dir: Path = ROOT / "docs" / "screenshots") -> list[Path]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from ui.directory.page import DirectoryPage
    from ui.directory.signpost_dialog import SignpostDialog
    from ui.directory.slip_print import render_png, save_pdf
    from ui.services import DbWorker, Events, Services
    from ui.session import existing_actor

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def pump(condition=lambda: True, timeout: float = 5.0) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            app.processEvents()
            if condition():
                for _ in range(5):
                    app.processEvents()
                    time.sleep(0.02)
                return
            time.sleep(0.02)

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        enquiry_id = _seed(data_dir)
        events = Events()
        db = DbWorker(data_dir, events=events)
        services = Services(data_dir=data_dir, actor=db.call(existing_actor), db=db,
                            events=events)
        try:
            page = DirectoryPage(services)
            page.resize(1280, 760)
            page.show()
            page.search.filters.near.setText("E17 4PP")
            page.search.box.setText("benifits")
            pump(lambda: "benifits" in page.search.status.text() and page.detail.service)
            written.append(_save(page.grab(), out_dir / "directory-search.png"))

            page.search.box.setText("food bank")
            page.search.filters.free.setChecked(True)
            pump(lambda: page.detail.service is not None
                 and "food bank" in page.detail.service["name"].lower(), timeout=8)
            page.detail.setFocus()
            pump()
            written.append(_save(page.detail.grab(), out_dir / "directory-detail.png"))
            food_id = page.detail.service["id"]

            dialog = SignpostDialog(services, enquiry_id)
            dialog.show()
            pump(lambda: bool(dialog.info) and dialog.search.model.rowCount() > 0)
            dialog.search.box.setText("food bank")
            pump(lambda: dialog.search.model.rowCount() > 0
                 and "food bank" in dialog.search.model.rows[0]["name"].lower(), timeout=8)
            dialog.add_service(dialog.search.model.rows[0]["id"])
            dialog.refer.setChecked(True)
            dialog.note.setText("Two children at home; collects Thursday.")
            pump()
            written.append(_save(dialog.grab(), out_dir / "directory-signpost.png"))
            dialog.close()

            from accesspoint.directory import slip_text

            def ids(conn):
                refuge = conn.execute("SELECT id FROM dir_services WHERE location_kind ="
                                      " 'confidential' LIMIT 1").fetchone()[0]
                phone = conn.execute("SELECT id FROM dir_services WHERE location_kind ="
                                     " 'none' AND name LIKE 'Debt%' LIMIT 1").fetchone()
                return [food_id, refuge] + ([phone[0]] if phone else [])

            chosen = db.call(ids)
            for large, name, lang in ((False, "directory-slip", "en"),
                                      (True, "directory-slip-large", "en"),
                                      (False, "directory-slip-pt", "pt")):
                slip = db.call(lambda conn, large=large, lang=lang: slip_text.build(
                    conn, chosen, hub_name="Riverside Community Centre", language=lang,
                    reference="ENQ-7K2Q-M4TA", referred_ids={chosen[0]}, large_print=large))
                written.append(render_png(slip.html, out_dir / f"{name}.png"))
                if name == "directory-slip":
                    written.append(save_pdf(slip.html, out_dir / "directory-slip.pdf"))
        finally:
            services.close()
    return written


def _save(pixmap, path: Path) -> Path:
    pixmap.save(str(path))
    return path


if __name__ == "__main__":
    for p in render_directory_screenshots():
        print(p)
