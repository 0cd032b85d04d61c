"""The server shares only sync/protocol.py and the stdlib-only report modules
(accesspoint/reports/, see tests/reports/test_layering.py) with the hub app: no Qt,
no ui/, no other accesspoint/ imports; and sync/protocol.py is stdlib only."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("accesspoint", "ui", "PySide6", "PyQt5", "PyQt6", "shiboken6")
REPORTS = {f"accesspoint.reports.{m}" for m in (
    "suppression", "aggregate", "open_data", "dictionary", "dashboard", "charts", "rollups",
    "records")}


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == "accesspoint.reports":
                names.update(f"{node.module}.{a.name}" for a in node.names)
            else:
                names.add(node.module)
    return names


def test_server_imports_nothing_from_the_app() -> None:
    bad = []
    for path in (ROOT / "accesspoint_server").rglob("*.py"):
        for name in imported_modules(path):
            top = name.split(".")[0]
            if name in REPORTS:
                continue
            if top in FORBIDDEN or (top == "sync" and name not in ("sync", "sync.protocol")):
                bad.append(f"{path.relative_to(ROOT)}: {name}")
    assert not bad, bad


def test_protocol_module_is_stdlib_only() -> None:
    names = imported_modules(ROOT / "sync" / "protocol.py")
    tops = {n.split(".")[0] for n in names} - {"__future__"}
    assert tops <= set(sys.stdlib_module_names), tops
