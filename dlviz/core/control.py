"""Run control shared by every long job (training, GAN): pause, resume, stop and
commands (e.g. a new learning rate) sent from another thread, checked by the job
between batches. Plain ``threading``; no Qt."""

from __future__ import annotations

import queue
import threading
import time


class Stopped(Exception):
    """Raised inside a job when a stop was requested (the job turns it into its own end event)."""


class RunControl:
    def __init__(self):
        self._stop = threading.Event()
        self._running = threading.Event()  # set = not paused
        self._running.set()
        self._commands: queue.SimpleQueue = queue.SimpleQueue()

    # --- called from the controlling (GUI) thread ---------------------------------
    def stop(self) -> None:
        self._stop.set()
        self._running.set()  # wake a paused job so it can see the stop

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def send(self, name: str, value=None) -> None:
        """Queue a command for the job, e.g. ``send("lr", 1e-3)`` or ``send("step_d")``."""
        self._commands.put((name, value))

    # --- called from the job ---------------------------------------------------------
    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def should_stop(self) -> bool:
        return self._stop.is_set()

    def wait_while_paused(self, poll: float = 0.05, on_command=None) -> None:
        """Block while paused (returns at once otherwise). ``on_command(name, value)``
        is called for commands that arrive while paused (so single steps can run)."""
        while not self._running.is_set() and not self._stop.is_set():
            self._running.wait(poll)
            if on_command is not None:
                for name, value in self.pop_commands():
                    on_command(name, value)

    def sleep(self, seconds: float) -> bool:
        """Sleep up to ``seconds``, waking at once when a stop is requested (True then)."""
        return self._stop.wait(max(0.0, float(seconds)))

    def pop_commands(self) -> list[tuple[str, object]]:
        out = []
        while True:
            try:
                out.append(self._commands.get_nowait())
            except queue.Empty:
                return out


class Throttle:
    """True at most ``rate`` times per second (the first call is always True)."""

    def __init__(self, rate: float = 25.0):
        self.interval = 1.0 / rate
        self._last = -1e9

    def __call__(self, force: bool = False) -> bool:
        now = time.perf_counter()
        if force or now - self._last >= self.interval:
            self._last = now
            return True
        return False
