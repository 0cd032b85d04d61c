"""PyInstaller runtime hook: runs inside the bundle before any of our code.

accesspoint.resources.resources_dir() already looks under sys._MEIPASS; this hook
only makes the location visible to child processes and stops early, with a plain
message, if the bundle was copied without its resources folder (a half-finished
download or a copy that skipped the _internal folder).
"""

import os
import sys
from pathlib import Path

_bundle = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
_resources = _bundle / "resources"
os.environ.setdefault("ACCESSPOINT_RESOURCES", str(_resources))
os.environ.setdefault("ACCESSPOINT_FROZEN", "1")
if not (_resources / "taxonomy").is_dir():
    sys.stderr.write(
        f"AccessPoint is incomplete: the folder {_resources} is missing. "
        "Reinstall AccessPoint from the original download.\n"
    )
    sys.exit(3)
