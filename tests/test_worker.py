"""The job runner: events arrive on the GUI thread, pause/stop work, shutdown waits."""

import time

from dlviz.core.events import Failed, Finished
from dlviz.ui.worker import JobRunner


def _counting_job(n, delay=0.0):
    def job(control):
        for i in range(n):
            if control.should_stop():
                yield Finished("stopped", {}, {}, {"i": [i]})
                return
            control.wait_while_paused()
            time.sleep(delay)
            yield i
        yield Finished("completed", {}, {}, {"i": [n]})

    return job


def test_events_are_delivered_and_thread_ends(qtbot):
    runner = JobRunner()
    got = []
    runner.event.connect(got.append)
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start(_counting_job(5))
    assert got[:5] == [0, 1, 2, 3, 4]
    assert isinstance(got[-1], Finished) and got[-1].reason == "completed"
    assert not runner.running


def test_stop_is_prompt(qtbot):
    runner = JobRunner()
    got = []
    runner.event.connect(got.append)
    runner.start(_counting_job(10_000, delay=0.005))
    qtbot.waitUntil(lambda: len(got) > 3, timeout=5000)
    t0 = time.perf_counter()
    with qtbot.waitSignal(runner.finished, timeout=2000):
        runner.stop()
    assert time.perf_counter() - t0 < 0.2
    assert got[-1].reason == "stopped"


def test_pause_holds_the_job(qtbot):
    runner = JobRunner()
    got = []
    runner.event.connect(got.append)
    runner.start(_counting_job(10_000, delay=0.002))
    qtbot.waitUntil(lambda: len(got) > 2, timeout=5000)
    runner.pause()
    qtbot.wait(100)
    n = len(got)
    qtbot.wait(150)
    assert len(got) <= n + 1
    runner.resume()
    qtbot.waitUntil(lambda: len(got) > n + 5, timeout=5000)
    assert runner.shutdown(2000)


def test_a_crashing_job_becomes_a_failed_event(qtbot, capsys):
    def job(control):
        yield 1
        raise ZeroDivisionError("boom")

    runner = JobRunner()
    got = []
    runner.event.connect(got.append)
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start(job)
    assert isinstance(got[-1], Failed) and "boom" in got[-1].message


def test_shutdown_waits_for_the_thread(qtbot):
    runner = JobRunner()
    runner.start(_counting_job(10_000, delay=0.01))
    assert runner.shutdown(2000)
    assert not runner.running and not JobRunner.live_threads()


def test_a_job_thread_runs_below_the_gui_thread(qtbot):
    """The window is drawn first when both want a core (dlviz.ui.worker.yield_to_gui)."""
    import os
    import sys
    import threading

    from dlviz.ui.worker import JOB_NICENESS

    seen = {}

    def job(control):
        tid = threading.get_native_id()
        seen["job"] = os.getpriority(os.PRIO_PROCESS, tid) if sys.platform.startswith("linux") else None
        yield Finished(reason="completed")

    gui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) if sys.platform.startswith("linux") else None
    runner = JobRunner()
    with qtbot.waitSignal(runner.finished, timeout=10000):
        runner.start(job)
    if sys.platform.startswith("linux"):
        assert seen["job"] == min(19, gui + JOB_NICENESS)
        assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == gui  # the GUI thread keeps its own
    else:
        assert seen["job"] is None
