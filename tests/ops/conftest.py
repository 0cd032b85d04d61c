"""Fixtures for the operations tests: seeded people, a memory keyring for the
encrypted-backup test, and real small filesystems (tmpfs) when we may mount them."""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from accesspoint import people
from accesspoint.db import PLAINTEXT_ENV
from accesspoint.security import keystore
from tests.memory_keyring import MemoryKeyring

# Personal details seeded into databases, then searched for in reports and logs.
SEEDED = [
    {"given_name": "Amara", "family_name": "Okonkwo-Baptiste", "phone": "07700 900123",
     "email": "amara.ob@example.org", "postcode": "E8 1DY", "address": "14 Lavender Grove"},
    {"given_name": "Zygmunt", "family_name": "Wróblewski", "phone": "+44 20 7946 0321",
     "email": "zyg@example.net", "postcode": "N15 4HS", "address": "2 Quenby Mews"},
]


def seed_people(conn, actor) -> list[dict]:
    return [people.create_person(conn, actor, **p) for p in SEEDED]




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
def plaintext_only(monkeypatch):
    """No keyring, plaintext allowed: for tests whose child processes open the same
    database (they cannot see an in-process keyring)."""
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    keystore.clear_cache()
    monkeypatch.setenv(PLAINTEXT_ENV, "1")
    yield
    keystore.clear_cache()
    keyring.set_keyring(previous)


def _can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and os.path.exists("/bin/mount")


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator:
    """`make(size_kb) -> Path`: a fresh tmpfs of that size (root only; else skip).
    Unmounted afterwards even if the test fails."""
    mounted: list[Path] = []

    def make(size_kb: int) -> Path:
        if not _can_mount():
            pytest.skip("needs root to mount a tmpfs")
        point = tmp_path / f"fs-{uuid.uuid4().hex[:8]}"
        point.mkdir()
        result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs",
                                 str(point)], capture_output=True, text=True)
        if result.returncode != 0:
            pytest.skip(f"cannot mount tmpfs: {result.stderr.strip()}")
        mounted.append(point)
        return point

    yield make
    for point in reversed(mounted):
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def remount_read_only(point: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True, capture_output=True)
