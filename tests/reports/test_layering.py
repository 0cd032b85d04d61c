"""The reports package never imports Qt, and the parts the council server reuses import
nothing outside the standard library and this package (so they can be vendored)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

REPORTS = Path(__file__).resolve().parents[2] / "accesspoint" / "reports"
SHAREABLE = ["suppression", "aggregate", "open_data", "dictionary", "dashboard", "charts",
             "rollups", "records"]


def _imports(path: Path) -> list[tuple[int, str]]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(0, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            out.append((node.level, node.module or ""))
    return out


def test_no_qt_anywhere_in_reports():
    for path in REPORTS.glob("*.py"):
        for _, name in _imports(path):
            assert not name.startswith(("PySide6", "shiboken6", "ui")), (path.name, name)


def test_shareable_modules_are_stdlib_only():
    stdlib = set(sys.stdlib_module_names) | {"__future__"}
    for mod in SHAREABLE:
        for level, name in _imports(REPORTS / f"{mod}.py"):
            if level:  # relative: another shareable module
                assert name.split(".")[0] in SHAREABLE or name == "", (mod, name)
            else:
                assert name.split(".")[0] in stdlib, (mod, name)
