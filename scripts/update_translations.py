"""Refresh the Qt Linguist sources from the code, fill them, then compile them.

    python scripts/update_translations.py            # lupdate, fill, lrelease
    python scripts/update_translations.py --release  # only compile .ts -> .qm

The .ts files in resources/i18n/ are what Qt Linguist edits and the .qm files
beside them are what the app loads. Translators may also work from
resources/i18n/translations/<lang>.json ({English source: translation}); this
script writes those into the .ts (a translation already in the .ts, e.g. made in
Linguist, wins) and lists the English sources in resources/i18n/source_strings.json.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET  # noqa: N817 (the usual name)
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install pyside6-essentials")
    return found


def codes() -> list[str]:
    meta = json.loads((I18N / "languages.json").read_text(encoding="utf-8"))["languages"]
    return [c for c in meta if c != "en"]


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def current_sources(prefixes: tuple[str, ...] = ()) -> list[str]:
    """English sources in the code; with prefixes, only those used in matching files."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "probe_xx.ts"
        subprocess.run([_tool("pyside6-lupdate"), *sources(), "-ts", str(ts)], cwd=ROOT,
                       check=True, capture_output=True)
        found = set()
        for m in ET.parse(ts).iter("message"):
            files = [
                str((ts.parent / loc.get("filename", "")).resolve().relative_to(ROOT))
                if (ts.parent / loc.get("filename", "")).resolve().is_relative_to(ROOT)
                else loc.get("filename", "")
                for loc in m.iter("location")
            ]
            if not prefixes or any(f.startswith(prefixes) for f in files):
                found.add(m.findtext("source") or "")
    if not prefixes:
        for texts in wrapped_strings().values():
            found |= texts
    return sorted(x for x in found if x)


def missing(code: str, prefixes: tuple[str, ...] = ()) -> list[str]:
    memory_file = I18N / "translations" / f"{code}.json"
    memory = json.loads(memory_file.read_text(encoding="utf-8")) if memory_file.exists() else {}
    return [x for x in current_sources(prefixes) if not memory.get(x)]


UNKNOWN_TO_LUPDATE = {"tw"}


def _wrappers(tree: ast.AST) -> dict[str, str]:
    """Module-level helpers `def f(text): return QCoreApplication.translate("Ctx", text)`."""
    found = {}
    for node in getattr(tree, "body", []):
        if not (isinstance(node, ast.FunctionDef) and len(node.args.args) == 1):
            continue
        ret = node.body[-1] if node.body else None
        call = ret.value if isinstance(ret, ast.Return) else None
        if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate" and len(call.args) == 2
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[1], ast.Name)):
            found[node.name] = call.args[0].value
    return found


def wrapped_strings() -> dict[str, set[str]]:
    """Literal strings passed to such helpers (`_t("Opening times")`, `labels.tr("...")`),
    which lupdate cannot see: {context: {source}}."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in (ROOT / "ui").rglob("*.py")}
    by_module = {p.stem: _wrappers(t) for p, t in trees.items()}
    out: dict[str, set[str]] = {}
    for tree in trees.values():
        local = _wrappers(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                continue
            func, ctx = node.func, None
            if isinstance(func, ast.Name):
                ctx = local.get(func.id)
            elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                ctx = by_module.get(func.value.id, {}).get(func.attr)
            if ctx:
                out.setdefault(ctx, set()).add(node.args[0].value)
    out.setdefault(DOMAIN_CONTEXT, set()).update(domain_messages())
    return out


DOMAIN_CONTEXT = "DomainMessages"  # ui/widgets/domain_text.py looks templates up here


def domain_messages() -> set[str]:
    """Messages the domain raises in English and the UI translates when it shows them:
    templates passed as literals to `msg(...)` (accesspoint.errors) in the domain, sync/
    and the UI, and fixed sentences raised as they are (see `raised_messages`)."""
    found: set[str] = set()
    # sync/: the reasons a change waits or needs attention (sync/reasons.py), shown in the UI.
    for path in sorted([*(ROOT / "accesspoint").rglob("*.py"), *(ROOT / "ui").rglob("*.py"),
                        *(ROOT / "sync").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) else "")
            if name == "msg":
                found.add(node.args[0].value)
    literals, _ = raised_messages()
    return found | literals


# The CLI speaks English to coordinators and schedulers (docs/CONTRIBUTING-internal.md).
_NOT_SHOWN_IN_THE_UI = ("accesspoint/cli/",)
_PROBLEM_DICTS = {"problems", "errors"}


def _user_error_classes(trees: dict[Path, ast.AST]) -> set[str]:
    """AccessPointError and every class in accesspoint/ that derives from it."""
    names = {"AccessPointError"}
    bases: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                    for b in node.bases)
    while True:
        more = {c for c, b in bases.items() if b & names} - names
        if not more:
            return names
        names |= more


def _message_nodes(raise_call: ast.Call) -> list[ast.expr]:
    """The expressions a user-facing error is built from: its first argument, or the
    values of the problems dict a ValidationError takes."""
    first = raise_call.args[:1] + [k.value for k in raise_call.keywords if k.arg == "message"]
    out: list[ast.expr] = []
    for node in first:
        out.extend(v for v in node.values if v is not None) if isinstance(node, ast.Dict) \
            else out.append(node)
    return out


def raised_messages() -> tuple[set[str], list[str]]:
    """Fixed sentences raised by the domain ({literal}) and the places that build a
    user-facing message in a way the UI cannot translate ([path:line: what]): an
    f-string, `%` or `.format` where `msg(template, **params)` belongs."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8"))
             for p in sorted((ROOT / "accesspoint").rglob("*.py"))
             if not str(p.relative_to(ROOT)).startswith(_NOT_SHOWN_IN_THE_UI)}
    errors = _user_error_classes(trees)
    literals: set[str] = set()
    bad: list[str] = []
    for path, tree in trees.items():
        where = str(path.relative_to(ROOT))
        # Names bound to a plain string (`easy = "That PIN ..."` then raised).
        bound: dict[str, list[ast.expr]] = {}
        candidates: list[ast.expr] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if isinstance(target, ast.Name):
                    bound.setdefault(target.id, []).append(node.value)
                    if target.id in _PROBLEM_DICTS and isinstance(node.value, ast.Dict):
                        candidates.extend(v for v in node.value.values if v is not None)
                elif (isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name)
                      and target.value.id in _PROBLEM_DICTS):
                    candidates.append(node.value)
            elif isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                func = node.exc.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name in errors:
                    candidates.extend(_message_nodes(node.exc))
            elif isinstance(node, ast.ClassDef) and node.name in errors:
                # An error that words its own message: `super().__init__(...)`.
                candidates.extend(
                    arg for call in ast.walk(node)
                    if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "__init__" and isinstance(call.func.value, ast.Call)
                    and getattr(call.func.value.func, "id", "") == "super"
                    for arg in call.args[:1])
        for node in candidates:
            if isinstance(node, ast.Name):
                node = next((v for v in bound.get(node.id, [])
                             if isinstance(v, ast.Constant | ast.JoinedStr)), node)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
                literals.add(node.value)
            elif isinstance(node, ast.JoinedStr) or (
                    isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod | ast.Add)) or (
                    isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "format"):
                bad.append(f"{where}:{node.lineno}: {ast.unparse(node)[:70]}")
    return literals, sorted(bad)


def add_wrapped(ts: Path, strings: dict[str, set[str]]) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    for ctx, sources in sorted(strings.items()):
        node = contexts.get(ctx)
        if node is None:
            node = ET.SubElement(root, "context")
            ET.SubElement(node, "name").text = ctx
        have = {m.findtext("source") for m in node.iter("message")}
        for source in sorted(sources - have):
            message = ET.SubElement(node, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation", type="unfinished")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def blank_copy(template: Path, target: Path) -> None:
    """`template`'s messages with every translation emptied, written to `target`."""
    tree = ET.parse(template)
    for message in tree.iter("message"):
        tr = message.find("translation")
        if tr is None:
            continue
        for form in tr.findall("numerusform"):
            form.text = ""
        tr.text = None if tr.findall("numerusform") else ""
        tr.set("type", "unfinished")
    tree.write(target, encoding="utf-8", xml_declaration=True)


def export_sources(ts: Path) -> None:
    sources = sorted({m.findtext("source") or "" for m in ET.parse(ts).iter("message")})
    (I18N / "source_strings.json").write_text(
        json.dumps([x for x in sources if x], ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8")


def fill(ts: Path, code: str) -> int:
    """Write translations from translations/<code>.json into the .ts; returns how many
    messages are still unfinished."""
    memory_file = I18N / "translations" / f"{code}.json"
    memory = json.loads(memory_file.read_text(encoding="utf-8")) if memory_file.exists() else {}
    tree = ET.parse(ts)
    # Qt knows Twi only as Akan (ak); lupdate refuses to touch a file whose
    # language it does not recognise.
    tree.getroot().set("language", {"tw": "ak"}.get(code, code))
    unfinished = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        if tr is None:
            tr = ET.SubElement(message, "translation")
        forms = tr.findall("numerusform")
        have = (forms[0].text if forms else tr.text) or ""
        text = have if (have and tr.get("type") != "unfinished") else memory.get(source, "")
        if not text:
            unfinished += 1
            tr.set("type", "unfinished")
            continue
        if forms:
            for form in forms:
                form.text = text
        else:
            tr.text = text
        tr.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return unfinished


def english_plurals(ts: Path) -> None:
    """English needs a catalogue only for counts: "%n day(s)" in the code becomes
    "1 day" / "3 days" on screen (Qt shows the source as written otherwise)."""
    subprocess.run([_tool("pyside6-lupdate"), "-pluralonly", "-no-obsolete", *sources(),
                    "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
    tree = ET.parse(ts)
    tree.getroot().set("language", "en")
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        if tr is None:
            tr = ET.SubElement(message, "translation")
        for form in list(tr):
            tr.remove(form)
        one = source.replace("(s)", "").replace("(es)", "").replace("(ies)", "y")
        many = source.replace("(s)", "s").replace("(es)", "es").replace("y(ies)", "ies")
        for text in (one, many):
            ET.SubElement(tr, "numerusform").text = text
        tr.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--release", action="store_true", help="only compile .ts to .qm")
    parser.add_argument("--missing", metavar="LANG",
                        help="print, as JSON, the sources not yet in translations/LANG.json"
                        " (reads the code; writes nothing in the repository)")
    parser.add_argument("--only", default="",
                        help="with --missing: comma-separated path prefixes (e.g. ui/enquiries/)")
    args = parser.parse_args()
    if args.missing:
        prefixes = tuple(p for p in args.only.split(",") if p)
        print(json.dumps(missing(args.missing, prefixes), ensure_ascii=False, indent=1))
        return 0
    ts_files = [I18N / f"accesspoint_{c}.ts" for c in codes()]
    if not args.release:
        # lupdate refuses languages it has no plural rules for (Twi, and Akan too):
        # those files are rebuilt from another language's sources and filled from
        # translations/<code>.json, which is their only source of truth.
        rebuilt = {c for c in codes() if c in UNKNOWN_TO_LUPDATE}
        subprocess.run(
            [_tool("pyside6-lupdate"), "-no-obsolete", *sources(), "-ts",
             *(str(t.relative_to(ROOT)) for c, t in zip(codes(), ts_files, strict=True)
               if c not in rebuilt)],
            cwd=ROOT, check=True,
        )
        wrapped = wrapped_strings()
        for c, t in zip(codes(), ts_files, strict=True):
            if c not in rebuilt:
                add_wrapped(t, wrapped)
        template = next(t for c, t in zip(codes(), ts_files, strict=True) if c not in rebuilt)
        for code in rebuilt:
            blank_copy(template, I18N / f"accesspoint_{code}.ts")
        export_sources(ts_files[0])
        for code, ts in zip(codes(), ts_files, strict=True):
            fill(ts, code)
        english_plurals(I18N / "accesspoint_en.ts")
    ts_files.append(I18N / "accesspoint_en.ts")
    for ts in ts_files:
        if ts.exists():
            subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                            str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
