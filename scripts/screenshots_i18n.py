"""Screenshots of the main screens in Portuguese, Somali and pseudo-translation,
and in high contrast at 150% text (issue 9), from a fresh demo database.

    /work/venv/bin/python scripts/screenshots_i18n.py [--out docs/screenshots]

Each language runs in its own process: Qt reads translations when widgets are
built, and a process that starts in one language should show only that one.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ACCESSPOINT_ALLOW_PLAINTEXT", "1")  # demo data only, no keyring here
os.environ.setdefault("QT_LOGGING_RULES", "qt.text.font.db=false;qt.qpa.*=false")

VARIANTS = {"pt": ("pt", False, 1.0), "so": ("so", False, 1.0), "pseudo": ("pseudo", False, 1.0),
            "high-contrast": ("en", True, 1.5)}
SECTIONS = ("enquiries", "directory", "timebank", "sync", "reports", "settings")


def one(variant: str, out: Path, only: str | None = None) -> None:
    lang, contrast, scale = VARIANTS[variant]
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    tmp = tempfile.TemporaryDirectory()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp.name)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("AccessPoint")
    from ui import i18n

    i18n.install(app, lang)
    from accesspoint.demo import ensure_demo
    from ui.main_window import MainWindow
    from ui.services import DbWorker, Events, NetWorker, Services
    from ui.session import existing_actor
    from ui.widgets import fontscale, theme

    if contrast:
        theme.apply_high_contrast(True)
    fontscale.apply_scale(scale)  # remembered: the main window re-applies it
    events = Events()
    db = DbWorker(Path(tmp.name) / "demo", events=events)
    db.call(ensure_demo, timeout=None)
    services = Services(Path(tmp.name) / "demo", db.call(existing_actor), db, events,
                        NetWorker(events=events))
    window = MainWindow(services)
    window.resize(1280, 820)
    window.show()
    for key in (only,) if only else SECTIONS:
        window.show_section(key)
        db.call(lambda conn: None)
        QTest.qWait(700)
        if key == "reports":  # the dashboard is computed on the worker: wait for it
            page = window.pages["reports"]
            for _ in range(100):
                if getattr(page, "result", None) is not None:
                    break
                QTest.qWait(100)
            QTest.qWait(500)
        path = out / f"i18n-{variant}-{key}.png"
        window.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    if only:
        window.close()
        services.close()
        return
    # The intake with the resident's language set to Somali (consent wording in
    # Somali whatever the UI language), safeguarding ticked and a problem shown: the
    # text drawn in hint, warning and error colours, which high contrast must recolour.
    window.show_section("enquiries")
    form = window.pages["enquiries"].intake.form
    form.language.setCurrentIndex(max(0, form.language.findData("so")))
    form.safeguarding.setChecked(True)
    from accesspoint.errors import msg
    from ui.widgets import domain_text

    form.errors["needs"].show_problem(domain_text.translate(msg("Choose at least one need.")))
    QTest.qWait(500)
    path = out / f"i18n-{variant}-intake-consent.png"
    window.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    area = form.parentWidget()
    while area is not None and not hasattr(area, "verticalScrollBar"):
        area = area.parentWidget()
    if area is not None:  # the lower half: the problem text and the safeguarding steps
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        QTest.qWait(300)
        path = out / f"i18n-{variant}-intake-consent-lower.png"
        window.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    form.safeguarding.setChecked(False)
    _domain_error(window, db, out, variant)
    if variant == "pt":
        # Whatever the UI language (Portuguese here), the resident's own language
        # (Somali) words the slip and the subject access export.
        for name, html in db.call(_resident_documents, timeout=None):
            path = out / f"i18n-pt-ui-{name}.png"
            from ui.directory.slip_print import render_png

            render_png(html, path)
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    window.close()
    services.close()


def _domain_error(window, db, out: Path, variant: str) -> None:
    """A real domain error on screen: a member redeems a reward they cannot afford;
    the ledger refuses in English and the time bank shows it in the UI language."""
    from PySide6.QtTest import QTest

    from accesspoint.timebank import members, rewards

    def pick(conn):
        offered = rewards.list_rewards(conn, available_only=True)
        for m in sorted(members.list_members(conn, "", limit=500),
                        key=lambda m: m["balance_minutes"]):
            dear = [r for r in offered if m["member_type"] in r["eligible_types"]
                    and r["cost_minutes"] > m["balance_minutes"]]
            if dear:
                return members.get_member(conn, m["id"]), dear[0]["id"]
        raise SystemExit("the demo has no member short of a reward")

    member, reward_id = db.call(pick)
    page = window.pages["timebank"]
    window.show_section("timebank")
    page.tabs.setCurrentWidget(page.rewards)
    tab = page.rewards
    tab.set_member(member)
    db.call(lambda conn: None)
    QTest.qWait(500)
    row = next(i for i, r in enumerate(tab.model.rows) if r["id"] == reward_id)
    tab.table.selectRow(row)
    tab.redeem_button.click()
    db.call(lambda conn: None)
    QTest.qWait(500)
    path = out / f"i18n-{variant}-timebank-error.png"
    window.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def _resident_documents(conn) -> list[tuple[str, str]]:
    """A Somali slip with monthly opening times and a Somali resident's export."""
    from accesspoint import hubs, people
    from accesspoint.context import Actor
    from accesspoint.directory import slip_text
    from accesspoint.security import subject_access

    ids = [r[0] for r in conn.execute(
        "SELECT DISTINCT s.id FROM dir_services s JOIN dir_openings o"
        " ON o.service_rowid = s.num WHERE o.nth != 0 ORDER BY s.name LIMIT 2")]
    slip = slip_text.build(conn, ids, language="so", hub_name="Riverside Community Centre",
                           reference="ENQ-7K2Q-M4TA")
    hub = hubs.current_hub(conn)
    user = next(u for u in hubs.users(conn) if u["role"] == "coordinator")
    actor = Actor(hub_id=hub["id"], user_id=user["id"], role="coordinator")
    person = people.create_person(conn, actor, given_name="Hodan", family_name="Warsame",
                                  preferred_language="so", interpreter_needed=True,
                                  postcode="E1 6AN")
    sar = subject_access.to_html(subject_access.collect(conn, actor, person["id"]))
    return [("slip-so", slip.html), ("subject-access-so", sar)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--variant", choices=sorted(VARIANTS))
    parser.add_argument("--only", choices=SECTIONS,
                        help="one section's screenshot only (e.g. reports), in every variant")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.variant:
        one(args.variant, out, args.only)
        return 0
    for variant in VARIANTS:
        subprocess.run([sys.executable, __file__, "--out", str(out), "--variant", variant,
                        *(["--only", args.only] if args.only else [])], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
