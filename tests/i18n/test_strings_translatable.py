"""No user-visible string outside tr(): a literal handed straight to a Qt text
setter or widget constructor is a string no translator will ever see."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "setLabelText",
    "addItem", "addTab", "setTabText", "showMessage", "setHeaderLabels", "addAction",
    "setWhatsThis", "setSuffix", "setPrefix", "setSpecialValueText", "setInformativeText",
}
WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
           "QToolButton", "QMenu"}
TRANSLATE = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "_t", "_"}


def _literal_text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return None


def _is_user_text(text: str) -> bool:
    # Markup, symbols, shortcuts and format examples ('TC-XXXX') are not words a
    # person reads; a word has a lower-case letter.
    text = re.sub(r"<[^>]*>", "", text)
    words = re.findall(r"[^\W\d_]{2,}", text)
    if text.startswith(("Ctrl+", "Alt+", "Shift+")) or "://" in text:
        return False
    return any(any(c.islower() for c in w) for w in words)


def _offences(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in SETTERS or name in WIDGETS:
            for arg in node.args[:1]:
                text = _literal_text(arg)
                if text is not None and _is_user_text(text):
                    yield f"{path.relative_to(ROOT)}:{node.lineno}: {name}({text[:40]!r})"


def test_no_user_visible_literal_outside_tr():
    found = [o for p in sorted((ROOT / "ui").rglob("*.py")) for o in _offences(p)]
    assert not found, "wrap these in self.tr()/QCoreApplication.translate():\n" + "\n".join(found)
