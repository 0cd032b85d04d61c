import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Most tests exercise behaviour, not encryption: they run on plaintext databases.
# tests/security covers the encrypted path with the real keyring.
os.environ.setdefault("ACCESSPOINT_ALLOW_PLAINTEXT", "1")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"

from accesspoint import hubs  # noqa: E402
from accesspoint.context import Actor  # noqa: E402
from accesspoint.db import open_database  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def conn(data_dir: Path):
    c = open_database(data_dir)
    yield c
    c.close()


@pytest.fixture
def actor(conn) -> Actor:
    hub = hubs.ensure_hub(conn, "Test Hub")
    user = hubs.add_user(conn, hub["id"], "Test Coordinator", "coordinator")
    return Actor(hub_id=hub["id"], user_id=user["id"], role="coordinator")


@pytest.fixture
def shared_dir() -> Path:
    return SHARED
