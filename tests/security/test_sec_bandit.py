"""Security scan: bandit over the app, the sync client and the server, with no
unexplained findings (a `# nosec` carries its reason; reviewed patterns in other
parts are listed with theirs in bandit_reviewed.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.security.bandit_reviewed import REVIEWED

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ["accesspoint", "ui", "sync", "accesspoint_server"]
OURS = ("accesspoint/security/", "accesspoint/db.py", "accesspoint/cli/security_cmd.py",
        "ui/security/")


def _bandit() -> list[dict]:
    exe = shutil.which("bandit") or str(Path(sys.executable).with_name("bandit"))
    if not Path(exe).exists():
        pytest.skip("bandit is not installed")
    done = subprocess.run([exe, "-q", "-r", *PACKAGES, "-f", "json"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    return json.loads(done.stdout)["results"]


def test_no_unexplained_bandit_findings():
    unexplained = []
    for r in _bandit():
        key = (r["test_id"], r["filename"].removeprefix("./"))
        if key[1].startswith(OURS) or key not in REVIEWED:
            unexplained.append(f"{key[1]}:{r['line_number']} {r['test_id']} {r['issue_text']}")
    assert not unexplained, "\n".join(unexplained)


def test_every_nosec_in_security_code_gives_a_reason():
    bare = []
    for folder in OURS:
        for path in (ROOT / folder).rglob("*.py") if folder.endswith("/") else [ROOT / folder]:
            for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if "# nosec" in line:
                    after = line.split("# nosec", 1)[1].strip()
                    if not after.startswith("B") or len(after.split()) < 2:
                        bare.append(f"{path.relative_to(ROOT)}:{i}")
    assert not bare, bare
