"""Guard against a PySide6 6.12 reference-count bug on Python 3.11.

Measured here (PySide6 6.12.0, CPython 3.11.7): every call of a wrapper that returns
nothing (show(), setText(), processEvents(), ...) drops one reference to None, and
every Signal.emit() drops one to True, as if they were immortal objects (they are
only from Python 3.12, PEP 683). A few thousand calls later CPython aborts with
"Fatal Python error: none_dealloc" (or "bool_dealloc"): a crash, losing unsaved work.

`install()` checks whether this Qt build has the bug and, only if so and only on
Python < 3.12, gives None, True and False a vast reference count (2**40) so they can
never reach zero: what Python 3.12 does by design. A no-op on fixed builds.
The real fix is a PySide6 without the bug (or Python >= 3.12); see the UI report.
"""

from __future__ import annotations

import ctypes
import sys

_BOOST = 1 << 40
_installed = False


def _leaks() -> bool:
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(64):
        probe.setObjectName("probe")
        probe.ping.emit()
    return (sys.getrefcount(None) < none_before - 32
            or sys.getrefcount(True) < true_before - 32)


def install() -> bool:
    """Returns True if the workaround was needed and applied."""
    global _installed
    if _installed or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    _installed = True
    if not _leaks():
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _BOOST
    return True
