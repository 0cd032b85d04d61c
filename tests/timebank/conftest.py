import os

import pytest

# The encrypted-database work needs a keyring; these tests hold no real data.
os.environ.setdefault("ACCESSPOINT_ALLOW_PLAINTEXT", "1")

import accesspoint.timebank  # noqa: E402,F401  (merge hook)
from accesspoint.timebank import activities, members  # noqa: E402


@pytest.fixture(autouse=True)
def _member_prefix(request):
    """Tests read numbers like TB00001: give the test hub that prefix."""
    if "conn" in request.fixturenames:
        from accesspoint import settings

        settings.put(request.getfixturevalue("conn"), members.PREFIX_KEY, "TB")


@pytest.fixture
def acts(conn):
    return {
        "gardening": activities.add_activity(conn, "Gardening", "environment"),
        "befriending": activities.add_activity(conn, "Befriending", "care_and_company"),
        "tea_and_chat": activities.add_activity(conn, "Tea and chat", "care_and_company"),
    }


@pytest.fixture
def make_member(conn, actor):
    counter = iter(range(1, 10_000))

    def make(given="Ana", family=None, **fields):
        n = next(counter)
        return members.create_member(
            conn, actor, person={"given_name": given, "family_name": family or f"Silva{n}"},
            **fields,
        )

    return make
