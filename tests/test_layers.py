"""The dependency direction of DESIGN.md §1, enforced: a rule only written down leaks."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RULES = {
    "accesspoint": {"PySide6", "shiboken6", "ui", "sync", "accesspoint_server"},
    "sync": {"PySide6", "shiboken6", "ui", "accesspoint_server"},
    "accesspoint_server": {"PySide6", "shiboken6", "ui", "accesspoint"},
}


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


@pytest.mark.parametrize("package", sorted(RULES))
def test_package_imports_only_what_it_may(package):
    bad = []
    for path in (ROOT / package).rglob("*.py"):
        for name in _imports(path):
            top = name.split(".")[0]
            if top in RULES[package]:
                if package == "accesspoint_server" and name == "sync.protocol":
                    continue
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not bad, "\n".join(bad)
