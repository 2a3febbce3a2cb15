"""Python's cyclic garbage collector, run on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is passed. When
that is a training thread (``JobRunner``) and the garbage holds a widget caught in a reference
cycle (a panel replaced by a language switch, a closed dialog), Qt destroys the widget off the
GUI thread: the training thread then waits for a Qt lock the GUI thread holds while the GUI
thread waits for Python's lock — the app hangs (seen in a test run: ``QObject::~QObject``
in the job thread, under ``gc_collect_main``). So automatic collection is switched off and
done here instead, from a timer on the GUI thread, generation by generation as Python's own
thresholds say (the recipe PyQt applications use for this).

A full collection walks every object the app holds (about 240,000 once torch is loaded: 200 to
300 ms here), and collecting generation 2 by hand skips Python's own rule that makes full
passes rare. Run every minute or so during training, it froze the window and stalled the
training thread that long (``benchmarks/bench_gui_lag.py --spikes``). So what survives a
collection of the oldest generation is frozen (``gc.freeze()``: later passes skip it), and a
full pass over everything (:func:`full_collect`: unfreeze, collect, freeze again) is made only
at moments when a pause is not felt: when a job ends, and when the panels are rebuilt
(language, zoom), at most once every ``FULL_EVERY_S`` seconds.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500
FULL_EVERY_S = 60.0
BURST = 20  # more new objects than 20 × the first threshold since the last pass: a full pass and freeze

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
        if c0 > BURST * t0 and not _job_running():  # a burst (torch's import, a data set): one pass, frozen
            return self.full_collect(force=True)
        generation = 2 if c2 > t2 else 1 if c1 > t1 else 0
        freed = gc.collect(generation)
        if generation == 2:
            gc.freeze()  # the survivors are old: later passes skip them (full_collect looks again)
        return freed

    last_full = float("-inf")

    def full_collect(self, force: bool = False) -> int:
        """Collect everything, frozen objects included, then freeze the survivors; at most once
        every ``FULL_EVERY_S`` seconds unless ``force``, and never while a job runs. The objects
        freed."""
        now = time.monotonic()
        if _job_running() or not force and now - self.last_full < FULL_EVERY_S:
            return 0
        self.last_full = now
        gc.unfreeze()
        freed = gc.collect()
        gc.freeze()
        return freed


def _job_running() -> bool:
    """A training (or other) job thread is running: no full pass now, it would stall it."""
    from dlviz.ui.worker import JobRunner  # noqa: PLC0415 - the worker imports this module lazily too

    return bool(JobRunner.live_threads())


def full_collect(force: bool = False) -> int:
    """A full pass now (see :meth:`MainThreadCollector.full_collect`); nothing before install()."""
    return _guard.full_collect(force) if _guard is not None else 0


def install(app: QObject) -> MainThreadCollector:
    """Switch Python's automatic collection to the GUI thread (once per process)."""
    global _guard
    if _guard is None:
        _guard = MainThreadCollector(app)
    return _guard
