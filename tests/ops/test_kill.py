"""SIGKILL at random moments while enquiries are being saved: after every restart
the database passes integrity_check and every save reported as done is there.

Seeded (KILL_SEED env var to vary it), a fixed number of rounds, bounded to ~30 s.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from accesspoint.db import DB_FILENAME, connect

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 8
BUDGET_S = 30

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")


def _check(data_dir: Path, reported: set[str]) -> int:
    conn = connect(data_dir / DB_FILENAME)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        have = {r[0] for r in conn.execute("SELECT id FROM enquiries")}
    finally:
        conn.close()
    missing = reported - have
    assert not missing, f"{len(missing)} saves reported as done are missing"
    return len(have)


def test_sigkill_while_saving_loses_nothing_reported(data_dir, plaintext_only):
    seed = int(os.environ.get("KILL_SEED", "20261125"))
    rng = random.Random(seed)
    # Plaintext on both sides: the parent reads the child's database directly, and
    # under CI's real keyring the child would otherwise encrypt it with a key the
    # parent's in-process keyring does not hold. Encryption has its own tests.
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ACCESSPOINT_ALLOW_PLAINTEXT": "1",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    reported: set[str] = set()
    started = time.monotonic()
    rounds = 0
    for rounds in range(1, ROUNDS + 1):  # noqa: B007 - reported below
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.ops.saver", str(data_dir), str(rng.randrange(1 << 30))],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
        try:
            first = child.stdout.readline().strip()
            assert first == "ready", f"round {rounds}: " + child.stderr.read()[-300:]
            time.sleep(rng.uniform(0.02, 0.6))
            child.send_signal(signal.SIGKILL)
            out, _ = child.communicate(timeout=10)
        finally:
            if child.poll() is None:
                child.kill()
        assert child.returncode == -signal.SIGKILL
        # Every full line was printed after a commit; a cut-off last line is not counted.
        lines = out.split("\n")
        reported.update(line for line in lines[:-1] if line)
        total = _check(data_dir, reported)
        if time.monotonic() - started > BUDGET_S:
            break
    print(f"kill test: {rounds} rounds, {len(reported)} saves reported, {total} in the "
          f"database, seed {seed}")
    assert reported, "the saver never got to save anything"
