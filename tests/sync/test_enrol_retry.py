"""Enrolment whose answer is lost after the server spent the code (fault proxy
"lost": forwarded, committed, connection dropped): the retry gets a token."""

from __future__ import annotations

import random

import pytest

from accesspoint_server import models as m
from sync import protocol as p
from sync import state
from sync.enrol import ENROL_REQUEST
from sync.errors import AuthError, NetworkError

from .fault_proxy import FaultProxy
from .workload import check_server_matches, do_work


def _devices(server, hub_id: str) -> int:
    return server.count(m.devices, m.devices.c.hub_id == hub_id)


def test_lost_answer_is_retried_with_the_same_request(fresh_server, make_hub):
    hub = make_hub(fresh_server, "Lost Answer Hub", enrol=False)
    hub_id, code = fresh_server.new_hub("Lost Answer Hub")
    proxy = FaultProxy(fresh_server.port, paths=[p.ENROL_PATH])
    proxy.script = ["lost"]  # the first enrolment commits, its answer never arrives
    try:
        result = hub.enrol(proxy.url, code)
        assert proxy.seen["lost"] == 1 and proxy.seen["ok"] == 1
        assert result["hub_id"] == hub_id
        assert _devices(fresh_server, hub_id) == 1  # one device, not two
        assert state.get(hub.conn, ENROL_REQUEST) is None  # done with it
        do_work(hub, random.Random(71), 10)
        assert hub.sync().ok  # the token it kept works
        check_server_matches(fresh_server, hub)
    finally:
        proxy.close()


def test_enrol_again_with_the_same_code_after_every_answer_was_lost(fresh_server, make_hub):
    hub = make_hub(fresh_server, "Unlucky Hub", enrol=False)
    hub_id, code = fresh_server.new_hub("Unlucky Hub")
    proxy = FaultProxy(fresh_server.port, paths=[p.ENROL_PATH])
    proxy.script = ["lost"] * 10
    try:
        with pytest.raises(NetworkError):
            hub.enrol(proxy.url, code)  # every retry lost: the code is spent by now
        assert _devices(fresh_server, hub_id) == 1
        proxy.script.clear()
        # The coordinator presses Enrol again with the same code: the same request.
        result = hub.enrol(proxy.url, code)
        assert result["hub_id"] == hub_id and _devices(fresh_server, hub_id) == 1
        assert hub.sync().ok
    finally:
        proxy.close()
    # Another computer with the spent code is still refused.
    other = make_hub(fresh_server, "Other PC", enrol=False)
    with pytest.raises(AuthError, match="already been used"):
        other.enrol(fresh_server.url, code)
    assert _devices(fresh_server, hub_id) == 1


def test_a_new_code_is_a_new_request(fresh_server, make_hub):
    hub = make_hub(fresh_server, "Two Codes Hub", enrol=False)
    hub_id, code = fresh_server.new_hub("Two Codes Hub")
    proxy = FaultProxy(fresh_server.port, paths=[p.ENROL_PATH])
    proxy.script = ["lost"] * 10
    try:
        with pytest.raises(NetworkError):
            hub.enrol(proxy.url, code)
        first = state.get(hub.conn, ENROL_REQUEST)
    finally:
        proxy.close()
    from accesspoint_server.auth import new_enrolment_code

    hub.enrol(fresh_server.url, new_enrolment_code(fresh_server.db, hub_id))
    assert first and state.get(hub.conn, ENROL_REQUEST) is None
    assert _devices(fresh_server, hub_id) == 2  # the lost one, and this one
