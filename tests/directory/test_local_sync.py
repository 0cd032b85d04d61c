"""A hub's local service as the sync reconcile rebuilds it, and as another of the hub's
computers applies it (accesspoint.directory.local.apply_pulled / sync_rebuild)."""

from __future__ import annotations

import pytest

from accesspoint.db import open_database
from accesspoint.directory import local, store, sync_rebuild
from accesspoint.directory.errors import FeedError
from tests.directory.feeds import v3_service


def test_rebuilt_proposal_applies_on_another_computer(conn, actor, tmp_path):
    saved = local.save_local_service(conn, actor, local.LocalServiceInput(
        name="Tea and chat", needs=["social_isolation", "older_people"],
        phone="020 7946 0321", address="14 Wharf Lane, London", postcode="E17 4QT",
        days=["TU", "TH"], opens_at="14:00", closes_at="16:00", languages=["en", "pt"]))
    payload = sync_rebuild.rebuild_payload(conn, "local_service", saved["id"])
    other = open_database(tmp_path / "other")
    local.apply_pulled(other, saved["id"], payload, 3)
    there = store.get_service(other, saved["id"])
    for key in ("name", "needs", "languages", "phones", "min_age", "is_free"):
        assert there[key] == saved[key], key
    assert there["local"] and there["version"] == 3
    assert [s["byday"] for s in there["schedules"]] == ["TU,TH"]
    # Removed: retired there; a record that is not this service is refused.
    local.apply_pulled(other, saved["id"], None, 4)
    assert store.get_service(other, saved["id"])["retired"]
    with pytest.raises(FeedError, match="service"):
        local.apply_pulled(other, saved["id"], {"service": {"id": "another"}}, 5)
    assert sync_rebuild.rebuild_payload(conn, "local_service", "no-such-id") is None
    other.close()


def test_council_adopted_copy_is_not_turned_back_into_a_proposal(conn, actor):
    saved = local.save_local_service(conn, actor, local.LocalServiceInput(
        name="Tea and chat", needs=["social_isolation"], phone="020 7946 0321"))
    payload = sync_rebuild.rebuild_payload(conn, "local_service", saved["id"])
    store.apply_service(conn, {**v3_service(9, "Tea and chat (council)"), "id": saved["id"]})
    local.apply_pulled(conn, saved["id"], payload, 2)
    adopted = store.get_service(conn, saved["id"])
    assert adopted["name"] == "Tea and chat (council)" and not adopted["local"]
