"""Screenshot of the window as it first appears, before the database is open.

    /work/venv/bin/python scripts/screenshots_startup.py [--out docs/screenshots]

The app shows this at once and opens the database behind it (ui/ops/opening.py);
on a slow disk, or while `--demo` builds its data, it stays up for a while, so it
must read well: the sections greyed out, a plain note, the Help menu working.
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
os.environ.setdefault("QT_LOGGING_RULES", "qt.text.font.db=false;qt.qpa.*=false")

SIZE = (1280, 820)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    tmp = tempfile.TemporaryDirectory()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp.name)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("AccessPoint")

    from ui.app import install_translators
    from ui.main_window import MainWindow
    from ui.ops.help_menu import install_help_menu

    for lang, name in ((None, "app-opening"), ("pt", "app-opening-pt")):
        translators = install_translators(app, lang or "en")
        window = MainWindow(None)
        install_help_menu(window, type("Folder", (), {"data_dir": Path(tmp.name), "db": None}))
        if name == "app-opening-pt":
            window.set_opening_text(QCoreApplication.translate("Opening",
                                                               "Preparing the demo data…"))
        window.resize(*SIZE)
        window.show()
        QTest.qWait(300)
        path = out / f"{name}.png"
        window.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        window.close()
        for translator in translators:
            app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    sys.exit(main())
