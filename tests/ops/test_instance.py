"""One instance per data directory: the file lock (any process) and the Qt raise message."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from accesspoint.ops.instance import InstanceLock, instance_key, is_running


def test_lock_is_exclusive_and_released(data_dir):
    first = InstanceLock(data_dir)
    assert first.acquire()
    assert not InstanceLock(data_dir).acquire()
    assert is_running(data_dir)
    first.release()
    assert not is_running(data_dir)
    with InstanceLock(data_dir) as again:
        assert again.acquire()


def test_lock_is_per_data_directory(tmp_path):
    a, b = InstanceLock(tmp_path / "a"), InstanceLock(tmp_path / "b")
    assert a.acquire() and b.acquire()
    assert instance_key(tmp_path / "a") != instance_key(tmp_path / "b")
    assert instance_key(tmp_path / "a") == instance_key(tmp_path / "a" / ".." / "a")
    a.release()
    b.release()


def test_lock_held_by_another_process_and_freed_when_it_is_killed(data_dir):
    code = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(__import__('pathlib').Path(__file__).resolve().parents[2])!r})
        from accesspoint.ops.instance import InstanceLock
        assert InstanceLock({str(data_dir)!r}).acquire()
        print("locked", flush=True)
        time.sleep(60)
    """)
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "locked"
        assert is_running(data_dir)
        child.kill()  # SIGKILL: no clean-up code runs, the OS drops the lock
        child.wait(10)
        assert not is_running(data_dir)
    finally:
        if child.poll() is None:
            child.kill()
