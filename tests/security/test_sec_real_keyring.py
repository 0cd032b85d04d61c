"""The encrypted path with the real OS keyring (Secret Service via gnome-keyring).

Runs in a child process inside its own D-Bus session, with HOME and the XDG
folders in a scratch directory, so it needs nothing from CI but the two apt
packages (gnome-keyring, dbus-daemon) and never touches a developer's keyring.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

pytestmark = pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs apt packages gnome-keyring and dbus-daemon",
)


def test_real_keyring_encrypts_and_keeps_key_out_of_the_data_folder(tmp_path):
    home = tmp_path / "home"
    runtime = tmp_path / "run"
    for d in (home, runtime):
        d.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items()
           if k not in ("ACCESSPOINT_ALLOW_PLAINTEXT", "PYTHON_KEYRING_BACKEND",
                        "DBUS_SESSION_BUS_ADDRESS")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_RUNTIME_DIR=str(runtime), PYTHONPATH=str(ROOT),
               ACCESSPOINT_NEW_SECRET="a long enough passphrase")
    data = tmp_path / "data"
    script = (f"echo -n scratch | gnome-keyring-daemon --unlock --components=secrets"
              f" >/dev/null 2>&1; exec {sys.executable} {HERE / 'real_keyring_check.py'} {data}")
    done = subprocess.run(["dbus-run-session", "--", "sh", "-c", script], env=env,
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert "SecretService" in found["backend"]
    assert found["key_in_keyring"] is True
    assert found["leaks"] == []
    assert "not a database" in found["plain_sqlite"]
    assert found["reopened_people"] == 1
    assert "accesspoint.sqlite3" in found["files"]
