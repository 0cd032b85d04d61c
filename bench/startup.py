"""Cold start to a shown main window, as a ratio to a bare PySide6 window (goal ≤ 1.5×).

Both are started the same way in the same run: a fresh `python` subprocess, offscreen,
timed from spawn until the window has been shown and the event loop has turned once
(the first paint is queued). The app opens a demo database seeded beforehand, so the
figure is start-up, not demo generation; the sign-in dialog (a person typing a PIN)
is skipped by signing in as the hub's coordinator. Medians of alternating runs.

    /work/venv/bin/python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1200, 780)
w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

APP = """
import sys
from types import SimpleNamespace
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])

def poll():
    for w in app.topLevelWidgets():
        if isinstance(w, QMainWindow) and w.isVisible():
            print("shown", flush=True)
            w.close()
            app.quit()
            return
    QTimer.singleShot(1, poll)

QTimer.singleShot(0, poll)
# Signing in is a person typing a PIN: the bench signs in as the hub's coordinator.
import ui.session
ui.session.choose_actor = lambda s, parent=None: ui.session._runner(s)(
    ui.session.existing_actor)
from ui.app import run_app
sys.exit(run_app(SimpleNamespace(data_dir=sys.argv[1], demo=False, lang="en")))
"""

# One instrumented start: where the time goes (ms since the process was spawned).
PHASES = """
import sys, time
T0=float(sys.argv[2])
def mark(what): print(f"{(time.time()-T0)*1000:7.0f} ms  {what}", flush=True)
mark("python started")
from types import SimpleNamespace
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
mark("PySide6 imported")
app = QApplication(sys.argv[:1])
mark("QApplication")
import accesspoint.db; mark("accesspoint.db imported")
import ui.services; mark("ui.services imported")
import ui.app as A; mark("ui.app imported")
import ui.ops.startup as S
orig=S.before_open
def bo(*a):
    mark("before_open start"); r=orig(*a); mark("before_open end"); return r
S.before_open=bo
orig_ss=A.start_services
def ss(*a):
    r=orig_ss(*a); mark("db open"); return r
A.start_services=ss
import ui.session as SE
SE.choose_actor = lambda s, parent=None: SE._runner(s)(SE.existing_actor)
oc=SE.choose_actor
def ca(*a):
    r=oc(*a); mark("actor chosen"); return r
SE.choose_actor=ca
import ui.main_window as MW
mark("main_window imported")
oi=MW.MainWindow.__init__
def init(self,*a):
    oi(self,*a); mark("MainWindow built")
MW.MainWindow.__init__=init
def poll():
    for w in app.topLevelWidgets():
        if isinstance(w, QMainWindow) and w.isVisible():
            mark("shown"); w.close(); app.quit(); return
    QTimer.singleShot(1, poll)
QTimer.singleShot(0, poll)
sys.exit(A.run_app(SimpleNamespace(data_dir=sys.argv[1], demo=False, lang="en")))

"""


def seed(data_dir: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from accesspoint.db import open_database
    from accesspoint.demo import ensure_demo

    conn = open_database(data_dir)
    ensure_demo(conn)
    conn.close()


def timed(code: str, *args: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if "shown" not in out.stdout:
        raise SystemExit(f"start-up failed:\n{out.stdout}\n{out.stderr[-3000:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           # No OS keyring on a bench machine: the demo database is not encrypted.
           "ACCESSPOINT_ALLOW_PLAINTEXT": "1", "QT_LOGGING_RULES": "*.debug=false;qt.*=false"}
    os.environ["ACCESSPOINT_ALLOW_PLAINTEXT"] = "1"
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "demo"
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")  # fresh QSettings
        seed(data_dir)
        timed(APP, str(data_dir), env=env)  # warm the OS file cache for both
        timed(BARE, env=env)
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(timed(BARE, env=env))
            app.append(timed(APP, str(data_dir), env=env))
        phases = subprocess.run(
            [sys.executable, "-c", PHASES, str(data_dir), repr(time.time())], cwd=ROOT,
            env=env, capture_output=True, text=True, timeout=120).stdout
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window: median {b * 1000:.0f} ms over {args.runs} runs")
    print(f"AccessPoint main window (demo data): median {a * 1000:.0f} ms")
    print(f"ratio {a / b:.2f}x (goal <= 1.5x)")
    print("\nwhere one start spends its time (ms since spawn):")
    print(phases.rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
