"""Slow motion for a training loop: keep a loop of steps at a chosen pace (steps per second),
sleeping between steps *interruptibly*, so that a pause or a stop stays immediate and a new
pace (sent while the run goes on) applies at once. Plain ``threading``/``time``; no Qt.

Use it in a generator that checks a :class:`~dlviz.core.control.RunControl`::

    pacer = Pacer(cfg.pace)                 # 0 (or None) = full speed
    for step in ...:
        for name, value in control.pop_commands():
            if not pacer.command(name, value):  # "pace" commands set the pace
                on_command(name, value)
        pacer.wait(control, on_command)      # sleeps until this step is due (or a stop/pause)
        if control.paused: ...               # the loop's own pause handling, then
        if control.should_stop(): ...        # its own stop handling
        pacer.start_step()                   # this step starts now
        ... one step ...

From another thread: ``control.send("pace", 2.0)`` (2 steps per second) or
``control.send("pace", 0)`` (full speed). ``on_command`` given to :meth:`Pacer.wait` receives
every other command that arrives while it sleeps (e.g. a learning rate).

The pace is a lower bound on the time between the starts of two steps: ``n`` paced steps
take at least ``(n - 1) / rate`` seconds. Time spent paused does not count as pacing (after
a resume the next step starts at once)."""

from __future__ import annotations

import math
import time

PACE_COMMAND = "pace"  # control.send(PACE_COMMAND, steps_per_second); 0 = full speed
MAX_PACE = 1000.0  # steps per second; more is "full speed" in practice
SLICE_S = 0.05  # the longest single sleep: commands and pauses are seen within this


def clean_pace(value) -> float | None:
    """A pace as a float ≥ 0 (0 = full speed), or None when ``value`` is not a valid pace
    (not a number, negative, NaN or infinite)."""
    try:
        v = float(value if value is not None else 0.0)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(v) or v < 0:
        return None
    return min(v, MAX_PACE)


class Pacer:
    """See the module docstring. ``rate``: steps per second, 0 = full speed."""

    def __init__(self, rate: float | None = 0.0, clock=time.perf_counter):
        self._clock = clock
        self.rate = clean_pace(rate) or 0.0
        self._last: float | None = None  # when the previous step started

    @property
    def paced(self) -> bool:
        return self.rate > 0

    def set_rate(self, rate) -> bool:
        """Set the pace (ignored, returning False, when it is not a valid pace)."""
        v = clean_pace(rate)
        if v is None:
            return False
        self.rate = v
        return True

    def command(self, name: str, value) -> bool:
        """Take a ``"pace"`` command (True); any other command is not the pacer's (False)."""
        if name != PACE_COMMAND:
            return False
        self.set_rate(value)
        return True

    def start_step(self) -> None:
        """The step that begins now is the one the next :meth:`wait` measures from."""
        self._last = self._clock()

    def restart(self) -> None:
        """Forget the previous step (after a pause): the next step may start at once."""
        self._last = None

    def remaining(self) -> float:
        """Seconds until the next step is due (0 when it is due, or at full speed)."""
        if not self.rate or self._last is None:
            return 0.0
        return max(0.0, self._last + 1.0 / self.rate - self._clock())

    def wait(self, control=None, on_command=None) -> None:
        """Sleep until the next step is due, in slices of at most ``SLICE_S``. Returns at
        once at full speed, and early when ``control`` asks for a stop or a pause (the caller
        handles both; a pause also restarts the pace). Commands arriving meanwhile are taken:
        ``"pace"`` here, the others passed to ``on_command(name, value)``."""
        while True:
            if control is not None:
                for name, value in control.pop_commands():
                    if not self.command(name, value) and on_command is not None:
                        on_command(name, value)
                if control.should_stop():
                    return
                if control.paused:
                    self.restart()
                    return
            left = self.remaining()
            if left <= 0:
                return
            seconds = min(left, SLICE_S)
            if control is not None and hasattr(control, "sleep"):
                control.sleep(seconds)  # wakes at once on a stop
            else:
                time.sleep(seconds)

    def eta(self, steps_left: int, seconds_per_step: float) -> float:
        """Seconds for ``steps_left`` more steps that take ``seconds_per_step`` each at full
        speed, at this pace."""
        per = max(float(seconds_per_step), 1.0 / self.rate if self.rate else 0.0)
        return max(0, int(steps_left)) * per
