"""Where the data lives: --data-dir, else ACCESSPOINT_DATA_DIR, else the user's data dir."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "AccessPoint"


def data_dir(explicit: str | os.PathLike[str] | None = None, *, demo: bool = False) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("ACCESSPOINT_DATA_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs  # only when no folder was given (~6 ms of a cold start)

    base = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    # The demo never touches a hub's real records.
    return base / "demo" if demo else base
