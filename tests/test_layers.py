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
# The server may reuse the stdlib-only report modules (tests/reports/test_layering.py
# keeps them so), and nothing else from the app.
SERVER_MAY_USE = {f"accesspoint.reports.{m}" for m in (
    "suppression", "aggregate", "open_data", "dictionary", "dashboard", "charts", "rollups",
    "records")}


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "accesspoint.reports":  # from accesspoint.reports import x
                for alias in node.names:
                    yield f"{node.module}.{alias.name}"
            else:
                yield node.module


@pytest.mark.parametrize("package", sorted(RULES))
def test_package_imports_only_what_it_may(package):
    bad = []
    for path in (ROOT / package).rglob("*.py"):
        for name in _imports(path):
            top = name.split(".")[0]
            if top in RULES[package]:
                if package == "accesspoint_server" and (
                        name == "sync.protocol" or name in SERVER_MAY_USE):
                    continue
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not bad, "\n".join(bad)
