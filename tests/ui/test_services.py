import threading

import pytest

from ui.services import submit_with_busy


def test_submit_runs_on_worker_and_calls_back_on_gui_thread(services, qtbot):
    gui = threading.current_thread()
    seen = {}

    def work(conn):
        seen["worker"] = threading.current_thread()
        return conn.execute("SELECT 41 + 1").fetchone()[0]

    def done(result):
        seen["result"] = result
        seen["callback"] = threading.current_thread()

    services.db.submit(work, done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=3000)
    assert seen["result"] == 42
    assert seen["worker"] is not gui
    assert seen["callback"] is gui


def test_errors_reach_on_error_and_unhandled_go_to_events(services, qtbot):
    got = []
    services.db.submit(lambda conn: 1 / 0, on_error=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=3000)
    assert isinstance(got[0], ZeroDivisionError)
    with qtbot.waitSignal(services.events.error, timeout=3000):
        services.db.submit(lambda conn: conn.execute("SELECT * FROM nowhere"))


def test_call_blocks_and_raises(services):
    assert services.db.call(lambda conn: 7) == 7
    with pytest.raises(ZeroDivisionError):
        services.db.call(lambda conn: 1 / 0)


def test_cancelled_task_never_calls_back(services, qtbot):
    got = []
    task = services.db.submit(lambda conn: 1, got.append)
    task.cancel()
    services.db.call(lambda conn: None)
    qtbot.wait(50)
    assert got == []


def test_busy_indicator_only_after_delay(services, qtbot):
    import time

    got = []
    submit_with_busy(services.db, lambda conn: 5, got.append, delay_ms=500)
    qtbot.waitUntil(lambda: bool(got), timeout=3000)
    assert got == [5]
    slow = []
    submit_with_busy(services.db, lambda conn: time.sleep(0.3) or 1, slow.append, delay_ms=50)
    qtbot.waitUntil(lambda: bool(slow), timeout=3000)
