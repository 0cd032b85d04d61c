"""Cold start to a shown main window, as a ratio to a bare PySide6 window (goal ≤ 1.5×).

Both are started the same way in the same run: a fresh `python` subprocess, offscreen,
timed from spawn until the window has been shown and the event loop has turned once
(the first paint is queued). The app starts through `ui.launch.main`, the installed
command's entry point (argument parsing included; before 2026-11-25 the bench called
`ui.app.run_app` directly and so skipped it). The app opens a demo database seeded
beforehand, so the figure is start-up, not demo generation; the sign-in dialog (a
person typing a PIN) is skipped by signing in as the hub's coordinator. Medians of alternating runs.

A second figure, "ready", runs the app until the database is open, the person signed
in, the first section built and its first loads answered (the DB worker is idle):
what a volunteer waits for before typing. It is reported beside the main figure so
that showing the window early cannot hide a slower start.

Bytecode: an installed app (pip, PyInstaller) runs from compiled .pyc files. The
machines here export PYTHONDONTWRITEBYTECODE=1, which makes every start re-compile
our ~100 modules from source (the bare window has nothing to compile). By default
both children get a private bytecode cache (PYTHONPYCACHEPREFIX in a temp folder,
filled by the warm-up runs); `--no-bytecode-cache` keeps the inherited environment
(the figure this bench printed before that option existed).

    /work/venv/bin/python bench/startup.py [--runs 7] [--no-bytecode-cache]
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
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1200, 780)
w.show()
QTimer.singleShot(0, lambda: (print("shown", time.time(), time.process_time(), flush=True),
                              app.quit()))
app.exec()
"""

APP = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
until_ready = sys.argv[2] == "ready"

def finish(w):
    print("shown", time.time(), time.process_time(), flush=True)
    w.close()
    app.quit()

def poll():
    for w in app.topLevelWidgets():
        if isinstance(w, QMainWindow) and w.isVisible():
            if not until_ready:
                return finish(w)
            # Before the window opened early it was ready as soon as shown.
            if getattr(w, "is_ready", lambda: True)():
                w.services.db.call(lambda conn: None)  # the first loads have run...
                QTimer.singleShot(0, lambda: finish(w))  # ...and been delivered
                return
    QTimer.singleShot(1, poll)

QTimer.singleShot(0, poll)
# Signing in is a person typing a PIN: the bench signs in as the hub's coordinator,
# patching ui.session when the app imports it (importing it here would add its cost
# before the first paint, where the app does not pay it).
import importlib.util
class SignInAsCoordinator:
    def find_spec(self, name, path=None, target=None):
        if name != "ui.session":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            module.choose_actor = lambda s, parent=None: module._runner(s)(
                module.existing_actor)
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, SignInAsCoordinator())
# The real entry point (what the installed `accesspoint` command runs).
from ui.launch import main
sys.exit(main(["--data-dir", sys.argv[1], "--lang", "en"]))
"""

# One instrumented start: where the time goes (ms since the process was spawned).
PHASES = """
import sys, time
T0=float(sys.argv[2])
def mark(what): print(f"{(time.time()-T0)*1000:7.0f} ms  {what}", flush=True)
def wrap(owner, name, label, before=None):
    orig = getattr(owner, name)
    def wrapped(*a, **k):
        if before: mark(before)
        r = orig(*a, **k); mark(label); return r
    setattr(owner, name, wrapped)
mark("python started")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
mark("PySide6 imported")
app = QApplication(sys.argv[:1])
mark("QApplication")
import ui.app as A; mark("ui.app imported")
import ui.ops.startup as S
wrap(S, "before_open", "before_open end (crash handler, folder, single instance)")
import ui.main_window as MW; mark("main_window imported")
wrap(MW.MainWindow, "__init__", "window built (not yet open)")
wrap(MW.MainWindow, "attach", "first section built (ready)")
import ui.ops.opening as O
wrap(O.Opening, "start", "DB worker started", "event loop: opening starts")
import ui.session as SE
SE.choose_actor = lambda s, parent=None: SE._runner(s)(SE.existing_actor)
wrap(SE, "choose_actor", "signed in", "database open")
seen = []
def poll():
    for w in app.topLevelWidgets():
        if isinstance(w, QMainWindow) and w.isVisible():
            if not seen:
                seen.append(mark("shown (event loop turned)"))
            if w.is_ready():
                w.services.db.call(lambda conn: None)
                mark("first loads done"); w.close(); app.quit(); return
            break
    QTimer.singleShot(5, poll)
QTimer.singleShot(0, poll)
import ui.launch as L; mark("ui.launch imported")
sys.exit(L.main(["--data-dir", sys.argv[1], "--lang", "en"]))
"""


def seed(data_dir: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from accesspoint.db import open_database
    from accesspoint.demo import ensure_demo

    conn = open_database(data_dir)
    ensure_demo(conn)
    conn.close()


def timed(code: str, *args: str, env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from spawning the child until it exits (it quits once it saw the
    window: the figure this bench has always reported, shutting down included),
    until the child saw its window (from its own clock: no shutdown in it), and the
    CPU seconds the child had used by then (hardly moved by other load on the box)."""
    wall = time.time()
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    seen = [line.split() for line in out.stdout.splitlines() if line.startswith("shown")]
    if not seen:
        raise SystemExit(f"start-up failed:\n{out.stdout}\n{out.stderr[-3000:]}")
    return elapsed, float(seen[0][1]) - wall, float(seen[0][2])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="keep the inherited PYTHONDONTWRITEBYTECODE (compile every start)")
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           # No OS keyring on a bench machine: the demo database is not encrypted.
           "ACCESSPOINT_ALLOW_PLAINTEXT": "1", "QT_LOGGING_RULES": "*.debug=false;qt.*=false"}
    os.environ["ACCESSPOINT_ALLOW_PLAINTEXT"] = "1"
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "demo"
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")  # fresh QSettings
        if not args.no_bytecode_cache:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        seed(data_dir)
        # Warm the OS file cache (and the bytecode cache) for both.
        timed(APP, str(data_dir), "ready", env=env)
        timed(BARE, env=env)
        bare, app, ready = [], [], []
        for _ in range(args.runs):
            bare.append(timed(BARE, env=env))
            app.append(timed(APP, str(data_dir), "shown", env=env))
            ready.append(timed(APP, str(data_dir), "ready", env=env))
        phases = subprocess.run(
            [sys.executable, "-c", PHASES, str(data_dir), repr(time.time())], cwd=ROOT,
            env=env, capture_output=True, text=True, timeout=120).stdout
    def median(runs: list[tuple[float, float]], which: int) -> float:
        return statistics.median(run[which] for run in runs)

    b, a, r = median(bare, 0), median(app, 0), median(ready, 0)
    bs, as_, rs = median(bare, 1), median(app, 1), median(ready, 1)
    bc, ac, rc = median(bare, 2), median(app, 2), median(ready, 2)
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; bytecode cache: "
          f"{'off (inherited environment)' if args.no_bytecode_cache else 'on'}")
    print(f"bare PySide6 window: median {b * 1000:.0f} ms over {args.runs} runs")
    print(f"AccessPoint main window (demo data): median {a * 1000:.0f} ms")
    print(f"ratio {a / b:.2f}x (goal <= 1.5x)")
    print(f"ready (database open, signed in, first section loaded): median {r * 1000:.0f} ms, "
          f"ratio {r / b:.2f}x")
    print("the same, spawn until the window was seen (the child's clock; no shutdown):")
    print(f"  bare {bs * 1000:.0f} ms; AccessPoint {as_ * 1000:.0f} ms, ratio {as_ / bs:.2f}x; "
          f"ready {rs * 1000:.0f} ms, ratio {rs / bs:.2f}x")
    print("CPU time used by then (the child's own, all threads; least disturbed by load):")
    print(f"  bare {bc * 1000:.0f} ms; AccessPoint {ac * 1000:.0f} ms, ratio {ac / bc:.2f}x; "
          f"ready {rc * 1000:.0f} ms, ratio {rc / bc:.2f}x")
    print("\nwhere one start spends its time (ms since spawn):")
    print(phases.rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
