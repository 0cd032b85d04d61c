"""Components shipped inside the installed app, and their licences.

Shown in Help → About and written next to the bundle by installer/build
(THIRD-PARTY-NOTICES.txt). Versions come from the installed packages when
their metadata is present (the PyInstaller spec copies it for these).
"""

from __future__ import annotations

import importlib.metadata
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Component:
    name: str
    distribution: str | None  # pip name for the version lookup; None for non-Python parts
    licence: str
    url: str
    note: str = ""


COMPONENTS: tuple[Component, ...] = (
    Component("AccessPoint", "accesspoint", "AGPL-3.0-or-later",
              "https://www.gnu.org/licenses/agpl-3.0.html"),
    Component("Python", None, "PSF-2.0", "https://docs.python.org/3/license.html"),
    Component("Qt for Python (PySide6, Shiboken6)", "PySide6-Essentials", "LGPL-3.0",
              "https://www.qt.io/licensing/open-source-lgpl-obligations",
              "Qt libraries are separate files in the install folder and may be replaced "
              "with your own build; source: https://download.qt.io/"),
    Component("Qt", None, "LGPL-3.0", "https://doc.qt.io/qt-6/licensing.html"),
    Component("SQLCipher (sqlcipher3)", "sqlcipher3", "BSD-3-Clause (SQLCipher), zlib (sqlcipher3)",
              "https://www.zetetic.net/sqlcipher/license/"),
    Component("SQLite", None, "Public domain", "https://sqlite.org/copyright.html"),
    Component("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    Component("keyring", "keyring", "MIT", "https://github.com/jaraco/keyring"),
    Component("requests", "requests", "Apache-2.0", "https://requests.readthedocs.io"),
    Component("urllib3", "urllib3", "MIT", "https://github.com/urllib3/urllib3"),
    Component("certifi", "certifi", "MPL-2.0", "https://github.com/certifi/python-certifi"),
    Component("idna", "idna", "BSD-3-Clause", "https://github.com/kjd/idna"),
    Component("charset-normalizer", "charset-normalizer", "MIT",
              "https://github.com/jawah/charset_normalizer"),
    Component("OpenSSL (inside Python and SQLCipher)", None, "Apache-2.0",
              "https://www.openssl.org/source/license.html"),
)


def version_of(component: Component) -> str:
    if component.name == "Python":
        import platform

        return platform.python_version()
    if component.name == "SQLite":
        return sqlite3.sqlite_version
    if component.distribution is None:
        return ""
    try:
        return importlib.metadata.version(component.distribution)
    except importlib.metadata.PackageNotFoundError:
        return ""


def notices_text() -> str:
    """Plain-text notices for the install folder."""
    lines = ["AccessPoint includes the following components.", ""]
    for c in COMPONENTS:
        version = version_of(c)
        lines.append(f"{c.name} {version}".rstrip())
        lines.append(f"  Licence: {c.licence}")
        lines.append(f"  {c.url}")
        if c.note:
            lines.append(f"  {c.note}")
        lines.append("")
    return "\n".join(lines)
