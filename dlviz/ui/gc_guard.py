"""Python's cyclic garbage collector, run on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is passed. When
that is a training thread (``JobRunner``) and the garbage holds a widget caught in a reference
cycle (a panel replaced by a language switch, a closed dialog), Qt destroys the widget off the
GUI thread: the training thread then waits for a Qt lock the GUI thread holds while the GUI
thread waits for Python's lock — the app hangs (seen in a test run: ``QObject::~QObject``
in the job thread, under ``gc_collect_main``). So automatic collection is switched off and
done here instead, from a timer on the GUI thread, generation by generation as Python's own
thresholds say (the recipe PyQt applications use for this).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500

_guard: MainThreadCollector | None = None


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds; the objects freed."""
        c0, c1, c2 = gc.get_count()
        t0, t1, t2 = self.threshold
        if c0 <= t0:
            return 0
        generation = 2 if c2 > t2 else 1 if c1 > t1 else 0
        return gc.collect(generation)


def install(app: QObject) -> MainThreadCollector:
    """Switch Python's automatic collection to the GUI thread (once per process)."""
    global _guard
    if _guard is None:
        _guard = MainThreadCollector(app)
    return _guard
