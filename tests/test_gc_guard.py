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
