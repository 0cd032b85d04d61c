"""Refresh the Qt Linguist sources from the code, then compile them.

    python scripts/update_translations.py            # lupdate + lrelease
    python scripts/update_translations.py --release  # only compile .ts -> .qm

The .ts files in resources/i18n/ are the sources translators edit (Qt Linguist);
the .qm files beside them are what the app loads.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--release", action="store_true", help="only compile .ts to .qm")
    args = parser.parse_args()
    ts_files = [I18N / f"accesspoint_{c}.ts" for c in codes()]
    if not args.release:
        subprocess.run(
            [_tool("pyside6-lupdate"), "-no-obsolete", *sources(), "-ts",
             *(str(t.relative_to(ROOT)) for t in ts_files)],
            cwd=ROOT, check=True,
        )
    for ts in ts_files:
        if ts.exists():
            subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                            str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
