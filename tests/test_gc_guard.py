"""Python's garbage collector runs on the GUI thread only (dlviz/ui/gc_guard.py): garbage made
unreachable is not freed by a busy training thread, but by the GUI thread's timer."""

import gc
import threading


class Cycle:
    freed_in: list = []

    def __init__(self):
        self.me = self  # a reference cycle: only the cyclic collector frees it

    def __del__(self):
        Cycle.freed_in.append(threading.current_thread().name)


def test_garbage_is_collected_on_the_gui_thread_not_in_a_worker(qapp):
    from dlviz.ui import gc_guard

    guard = gc_guard.install(qapp)
    assert guard is gc_guard.install(qapp) and not gc.isenabled()
    gc.collect()
    Cycle.freed_in.clear()
    Cycle()  # unreachable at once

    def allocate():  # a training thread making many objects: enough to pass every threshold
        junk = []
        for _ in range(200_000):
            junk.append((1, [2]))
        junk.clear()

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert Cycle.freed_in == []  # the worker never ran the collector
    assert guard.check() > 0  # the timer's work, on this thread
    assert Cycle.freed_in == [threading.current_thread().name]


def test_the_app_installs_it():
    import os
    import subprocess
    import sys

    code = "import gc\nfrom dlviz.app import make_app\nmake_app()\nprint(gc.isenabled())\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[-1] == "False"


def test_old_objects_are_frozen_and_only_a_full_pass_looks_at_them_again(qapp):
    """What survives a pass of the oldest generation is frozen: later passes skip it (a full
    pass over torch's 240,000 objects froze the window for 200–300 ms during training);
    full_collect() unfreezes, collects everything, and freezes again."""
    from dlviz.ui import gc_guard

    guard = gc_guard.install(qapp)
    guard.full_collect(force=True)
    assert gc.get_freeze_count() > 1000  # the app's objects are frozen
    Cycle.freed_in.clear()
    old = Cycle()
    gc.freeze()  # an old object, as after an earlier pass
    del old
    junk = [[i] for i in range(guard.threshold[0] + 10)]  # enough new objects for the timer's pass
    del junk
    guard.check()
    gc.collect()  # even a pass of every generation skips frozen objects
    assert Cycle.freed_in == []
    assert guard.full_collect() == 0 and Cycle.freed_in == []  # within FULL_EVERY_S of the last: not now
    assert guard.full_collect(force=True) > 0
    assert Cycle.freed_in == [threading.current_thread().name]
    assert gc.get_freeze_count() > 1000  # and the survivors are frozen again


def test_a_burst_of_new_objects_gets_one_full_pass(qapp):
    from dlviz.ui import gc_guard

    guard = gc_guard.install(qapp)
    guard.full_collect(force=True)
    before = guard.last_full
    keep = [[i] for i in range(gc_guard.BURST * guard.threshold[0] + 100)]  # like an import: long-lived objects
    guard.check()
    assert guard.last_full > before  # one full pass, not generation by generation
    assert gc.get_count()[0] < guard.threshold[0]
    del keep


def test_training_threads_share_one_malloc_arena():
    """dlviz.core.runtime.tune_allocator: on glibc the app asks for one malloc arena (training
    on a worker thread then runs as fast as on the main thread: benchmarks/bench_threads.py)."""
    import os
    import subprocess
    import sys

    code = ("from dlviz.core import runtime\nprint(runtime.tune_allocator(), runtime.tune_allocator())\n")
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    expected = "True True" if sys.platform.startswith("linux") else "False False"
    assert out.stdout.split() == expected.split()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**env, "MALLOC_ARENA_MAX": "4"})  # the user's own setting wins
    assert out.stdout.split() == ["False", "False"]
