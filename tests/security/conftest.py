"""Fixtures for the security tests: an in-memory keyring, so the encrypted path is
the one tested here even where the suite allows plaintext (test_real_keyring.py
covers the real OS keyring through gnome-keyring under dbus-run-session)."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest

from accesspoint import hubs
from accesspoint.context import Actor
from accesspoint.db import PLAINTEXT_ENV, open_database
from accesspoint.security import keystore, users
from tests.memory_keyring import MemoryKeyring


@pytest.fixture
def memkeyring(monkeypatch):
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    keystore.clear_cache()
    monkeypatch.delenv(PLAINTEXT_ENV, raising=False)
    yield ring
    keystore.clear_cache()
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(monkeypatch):
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    keystore.clear_cache()
    monkeypatch.delenv(PLAINTEXT_ENV, raising=False)
    yield
    keystore.clear_cache()
    keyring.set_keyring(previous)


@pytest.fixture
def enc_dir(tmp_path: Path, memkeyring) -> Path:
    d = tmp_path / "hub"
    d.mkdir()
    return d


@pytest.fixture
def enc_conn(enc_dir: Path):
    c = open_database(enc_dir)
    yield c
    c.close()


COORD_PASSWORD = "correct horse battery"


@pytest.fixture
def coordinator(enc_conn) -> Actor:
    return users.first_run(enc_conn, "Riverside Hub", "Cora Coordinator", COORD_PASSWORD)


@pytest.fixture
def staff(enc_conn, coordinator) -> Actor:
    u = users.add_user(enc_conn, coordinator, "Sam Staff", "staff", "246813")
    return Actor(hub_id=coordinator.hub_id, user_id=u["id"], role="staff")


@pytest.fixture
def volunteer(enc_conn, coordinator) -> Actor:
    u = users.add_user(enc_conn, coordinator, "Val Volunteer", "volunteer", "135792")
    return Actor(hub_id=coordinator.hub_id, user_id=u["id"], role="volunteer")


def hub_actor(conn) -> Actor:
    hub = hubs.ensure_hub(conn)
    return hubs.cli_actor(conn) if hub else None  # pragma: no cover
