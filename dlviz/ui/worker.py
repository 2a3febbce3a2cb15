"""The only threading code of the app: runs a core job (a generator of events) on a
QThread and forwards its events as Qt signals.

Habits from superqt's GeneratorWorker: the worker object has no parent and lives until the
thread has finished; control (pause/stop/commands) goes through a thread-safe
``RunControl`` that the job checks between batches; one shutdown path (``shutdown``),
also connected to ``QCoreApplication.aboutToQuit``.
"""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot

from dlviz.core.control import RunControl
from dlviz.core.events import Failed


JOB_NICENESS = 5  # how much lower than the GUI thread a job's threads run (Linux)


def yield_to_gui() -> bool:
    """Give the calling job thread (and the OpenMP threads it will start, which inherit it) a
    lower priority than the GUI thread: when both want a core, the window is drawn first.
    While training, the GUI needs a few per cent of the CPU but needs it at once; at equal
    priority a redraw waited behind the training's two threads (a 3 ms redraw took 25–30 ms:
    ``benchmarks/bench_gui_lag.py --spikes``). Linux only (a thread's own nice value); True
    when it was lowered."""
    import os  # noqa: PLC0415
    import sys  # noqa: PLC0415
    import threading  # noqa: PLC0415

    if not sys.platform.startswith("linux"):
        return False
    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, min(19, os.getpriority(os.PRIO_PROCESS, tid) + JOB_NICENESS))
        return True
    except OSError:
        return False


class _Worker(QObject):
    event = Signal(object)
    done = Signal()

    def __init__(self, job_factory, control: RunControl):
        super().__init__()
        self._factory = job_factory
        self._control = control

    @Slot()
    def run(self):
        yield_to_gui()
        try:
            for ev in self._factory(self._control):
                self.event.emit(ev)
        except Exception as e:  # a bug in a job must never take the app down
            traceback.print_exc()
            try:
                from dlviz.ui.errors import logger  # noqa: PLC0415

                logger().error("job failed\n%s", traceback.format_exc())
            except Exception:  # noqa: BLE001 — logging must not hide the failure
                pass
            self.event.emit(Failed(message=f"{type(e).__name__}: {e}", reason="error"))
        finally:
            self.done.emit()


class JobRunner(QObject):
    """Start one job at a time; ``event`` carries each event, ``finished`` fires when the
    thread is gone."""

    _live: set = set()  # every QThread started by any runner and not yet finished

    @classmethod
    def live_threads(cls) -> list:
        return [t for t in cls._live if t.isRunning()]

    event = Signal(object)
    started = Signal()
    finished = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self.control: RunControl | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, job_factory) -> RunControl:
        """``job_factory(control)`` returns a generator of events; it runs on a new thread."""
        if self.running:
            raise RuntimeError("a job is already running")
        self.control = RunControl()
        thread = QThread()
        thread.setObjectName("dlviz-job")
        worker = _Worker(job_factory, self.control)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.event.connect(self.event)  # queued: delivered on the GUI thread
        worker.done.connect(thread.quit, Qt.DirectConnection)  # the GUI thread may be blocked in wait()
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        JobRunner._live.add(thread)
        thread.start()
        self.started.emit()
        return self.control

    def pause(self):
        if self.control:
            self.control.pause()

    def resume(self):
        if self.control:
            self.control.resume()

    def stop(self):
        if self.control:
            self.control.stop()

    def send(self, name, value=None):
        if self.control:
            self.control.send(name, value)

    @Slot()
    def _on_thread_finished(self):
        if self._thread is None:
            return
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        JobRunner._live.discard(thread)
        if worker is not None:
            worker.deleteLater()
        if thread is not None:
            thread.deleteLater()
        self.finished.emit()
        if not JobRunner._live:  # the job's garbage (its model, data, events) in one full pass, after the redraw
            from dlviz.ui import gc_guard  # noqa: PLC0415

            QTimer.singleShot(250, gc_guard.full_collect)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Stop the job and wait for its thread (the one shutdown path). Returns True when
        no thread is left running."""
        if self._thread is None:
            return True
        self.stop()
        thread = self._thread
        ok = thread.wait(timeout_ms)
        if ok:
            # Deliver the queued finished signal now so the objects are released.
            self._on_thread_finished()
        return ok
