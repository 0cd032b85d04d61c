"""Sync tests run against the real council server on loopback.

The device token must go to a real OS keyring: run the suite inside
`dbus-run-session` with gnome-keyring unlocked (DESIGN.md §7, .ci/run does).
Where no keyring answers, in-process tests use an in-memory backend and the
tests that start client processes are skipped (they need the real one).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from tests.memory_keyring import MemoryKeyring

from .live import HubClient, LiveServer


def _real_keyring() -> bool:
    backend = keyring.get_keyring()
    name = type(backend).__module__
    # This module may be imported twice (by pytest and by `from .conftest import`):
    # the second time the in-memory stand-in is already installed.
    if name.startswith("keyring.backends.fail") or type(backend).__name__ == "MemoryKeyring":
        return False
    try:
        keyring.set_password("AccessPoint-test", "probe", "x")
        keyring.delete_password("AccessPoint-test", "probe")
    except Exception:  # noqa: BLE001 - any failure means no usable keyring
        return False
    return True


REAL_KEYRING = _real_keyring()
if not REAL_KEYRING:
    keyring.set_keyring(MemoryKeyring())

needs_real_keyring = pytest.mark.skipif(
    not REAL_KEYRING, reason="needs the OS keyring (run under dbus-run-session + gnome-keyring)")


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = LiveServer(tmp_path_factory.mktemp("server"))
    yield live
    live.stop()


@pytest.fixture
def fresh_server(tmp_path: Path) -> Iterator[LiveServer]:
    live = LiveServer(tmp_path / "server")
    yield live
    live.stop()


@pytest.fixture
def make_hub(tmp_path: Path):
    made: list[HubClient] = []

    def factory(server: LiveServer, name: str = "Hub", enrol: bool = True,
                url: str | None = None) -> HubClient:
        client = HubClient.create(tmp_path / f"hub-{len(made)}", name)
        made.append(client)
        if enrol:
            _hub_id, code = server.new_hub(name)
            client.enrol(url or server.url, code)
        return client

    yield factory
    for client in made:
        client.close()
