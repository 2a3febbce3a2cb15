"""Live work of a panel: one session base for every panel that runs a job (Training, GAN,
and any later live panel), and the run buttons that follow it.

:class:`JobSession` owns a ``JobRunner`` (the only threading code, ``dlviz.ui.worker``) and

- starts one job at a time (``start_job(factory, kind)``), with pause / resume / stop,
  commands to the running job (``send``) and single steps while paused;
- dispatches the job's events by type to its own methods (``handlers = {BatchMetrics:
  "on_batch", …}``; a base class of the event's type matches too), so the results land in
  the session, never in a widget;
- asks the views to redraw through one throttled signal (``request_redraw`` →
  ``changed`` at most every ``redraw_ms``);
- reports its status (idle, running, paused, stopping) through ``status_changed``;
- has one shutdown path (``shutdown``: stop, wait for the thread with a timeout).

Because the session has no widget parent, a panel rebuilt for a language switch gets the
same session back and the job keeps running; the new buttons and views read the session.

:class:`RunButtons` is the Start / Pause / Stop row (plus optional single steps) whose
enabled states and texts come from the session's status.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from dlviz.ui.panels.base import Session
from dlviz.ui.worker import JobRunner

IDLE, RUNNING, PAUSED, STOPPING = "idle", "running", "paused", "stopping"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Jobs", text)


class JobSession(Session):
    """See the module docstring. Subclasses set ``handlers`` and implement them."""

    status_changed = Signal()
    handlers: dict = {}
    redraw_ms = 33

    def __init__(self, app, state, parent=None):
        super().__init__(app, state, parent)
        self.runner = JobRunner(self)
        self.runner.event.connect(self._dispatch)
        self.runner.finished.connect(self._on_thread_done)
        self.job: str | None = None  # the kind of job running ("train", "eval", …), None when idle
        self._stopping = False
        self._closing = False
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.timeout.connect(self.changed)

    # --- status -------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.job is not None

    @property
    def paused(self) -> bool:
        return self.running and self.runner.control is not None and self.runner.control.paused

    @property
    def status(self) -> str:
        if not self.running:
            return IDLE
        if self._stopping:
            return STOPPING
        return PAUSED if self.paused else RUNNING

    def busy(self) -> bool:
        return self.running

    # --- control ------------------------------------------------------------------------
    def start_job(self, factory, kind: str = "train") -> bool:
        """Run ``factory(control)`` (a generator of core events) on the job thread."""
        if self.running or self._closing:
            return False
        self.job = kind
        self._stopping = False
        self.runner.start(factory)
        self.status_changed.emit()
        return True

    def pause(self) -> None:
        if self.running and not self.paused:
            self.runner.pause()
            self.status_changed.emit()

    def resume(self) -> None:
        if self.paused:
            self.runner.resume()
            self.status_changed.emit()

    def toggle_pause(self) -> None:
        if self.paused:
            self.resume()
        else:
            self.pause()

    def stop(self) -> None:
        if self.running and not self._stopping:
            self._stopping = True
            self.runner.stop()
            self.status_changed.emit()

    def send(self, name: str, value=None) -> None:
        if self.running:
            self.runner.send(name, value)

    def step(self, name: str) -> bool:
        """A single step (e.g. "step_d") while paused; False when not paused."""
        if not self.paused:
            return False
        self.runner.send(name)
        return True

    # --- events ---------------------------------------------------------------------------
    def _dispatch(self, ev) -> None:
        for cls in type(ev).__mro__:
            name = self.handlers.get(cls)
            if name is not None:
                getattr(self, name)(ev)
                return

    def request_redraw(self, now: bool = False) -> None:
        """Ask the views to redraw (throttled to one ``changed`` per ``redraw_ms``)."""
        if now:
            self._redraw.stop()
            self.changed.emit()
        elif not self._redraw.isActive() and not self._closing:
            self._redraw.start(self.redraw_ms)

    def _on_thread_done(self) -> None:
        kind = self.job
        self.job = None
        self._stopping = False
        self.on_job_done(kind)
        self.status_changed.emit()
        if not self._closing:
            self.request_redraw(now=True)

    def on_job_done(self, kind: str | None) -> None:
        """The job's thread has ended (after its last event)."""

    # --- shutdown -----------------------------------------------------------------------
    def shutdown(self, timeout_ms: int = 5000) -> None:
        """The one shutdown path: stop the job and wait for its thread."""
        self._closing = True
        self._redraw.stop()
        for timer in self.findChildren(QTimer):  # a session's own timers too (e.g. an evaluation scheduled)
            timer.stop()
        self.runner.shutdown(timeout_ms)


class RunButtons(QWidget):
    """Start / Pause-Resume / Stop (and optional extra buttons, e.g. single steps) whose
    states follow a :class:`JobSession`. ``on_start`` is called by Start (the panel builds
    the job from its state); ``extra`` is a list of ``(button, enabled(session) -> bool)``."""

    def __init__(self, session: JobSession, on_start, parent=None, columns: int = 3, extra=()):
        super().__init__(parent)
        self.session = session
        self.start_btn = QPushButton(_tr("Start"), self)
        self.pause_btn = QPushButton(_tr("Pause"), self)
        self.stop_btn = QPushButton(_tr("Stop"), self)
        self.start_btn.setObjectName("start")
        self.pause_btn.setObjectName("pause")
        self.stop_btn.setObjectName("stop")
        self.pause_btn.setToolTip(_tr("Pause after the current step; press again to resume."))
        self.stop_btn.setToolTip(_tr("Stop after the current step and keep what was learned so far."))
        self.start_btn.clicked.connect(lambda: on_start())
        self.pause_btn.clicked.connect(session.toggle_pause)
        self.stop_btn.clicked.connect(session.stop)
        self._extra = list(extra)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        buttons = [self.start_btn, self.pause_btn, self.stop_btn] + [b for b, _ in self._extra]
        for i, b in enumerate(buttons):
            grid.addWidget(b, i // columns, i % columns)
        session.status_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        s = self.session
        status = s.status
        self.start_btn.setEnabled(status == IDLE)
        self.pause_btn.setEnabled(status in (RUNNING, PAUSED))
        self.pause_btn.setText(_tr("Resume") if status == PAUSED else _tr("Pause"))
        self.stop_btn.setEnabled(status in (RUNNING, PAUSED))
        for button, enabled in self._extra:
            button.setEnabled(bool(enabled(s)))
