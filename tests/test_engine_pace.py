"""Slow motion: dlviz.core.pace.Pacer and the paced training loop (dlviz.core.engine)."""

from __future__ import annotations

import threading
import time

from dlviz.core.control import RunControl
from dlviz.core.pace import Pacer, clean_pace


def test_clean_pace_refuses_bad_values():
    assert clean_pace(0) == 0.0 and clean_pace("2.5") == 2.5 and clean_pace(None) == 0.0
    assert clean_pace(-1) is None and clean_pace(float("nan")) is None and clean_pace("x") is None
    p = Pacer(4)
    assert not p.set_rate(-3) and p.rate == 4
    assert p.command("pace", 0) and p.rate == 0 and not p.command("lr", 1.0)


def test_paced_steps_take_at_least_the_time_asked():
    p, control = Pacer(20.0), RunControl()
    t0 = time.perf_counter()
    for _ in range(5):
        p.wait(control)
        p.start_step()
    assert time.perf_counter() - t0 >= 4 / 20.0 - 1e-3


def test_full_speed_does_not_sleep():
    p = Pacer(0)
    t0 = time.perf_counter()
    for _ in range(200):
        p.wait(RunControl())
        p.start_step()
    assert time.perf_counter() - t0 < 0.1


def test_a_pace_sent_while_sleeping_applies_at_once():
    p, control = Pacer(0.2), RunControl()  # one step every 5 s
    p.start_step()
    threading.Timer(0.1, lambda: control.send("pace", 0)).start()
    seen = []
    t0 = time.perf_counter()
    control.send("lr", 0.5)
    p.wait(control, on_command=lambda n, v: seen.append((n, v)))
    assert time.perf_counter() - t0 < 1.0 and p.rate == 0
    assert seen == [("lr", 0.5)]  # other commands go to the loop's handler


def test_stop_during_a_pace_sleep_returns_quickly():
    p, control = Pacer(0.1), RunControl()  # 10 s a step
    p.start_step()
    threading.Timer(0.1, control.stop).start()
    t0 = time.perf_counter()
    p.wait(control)
    assert time.perf_counter() - t0 < 0.5 and control.should_stop()


def test_pause_during_a_pace_sleep_returns_and_restarts_the_pace():
    p, control = Pacer(0.1), RunControl()
    p.start_step()
    threading.Timer(0.1, control.pause).start()
    t0 = time.perf_counter()
    p.wait(control)
    assert time.perf_counter() - t0 < 0.5 and control.paused
    assert p.remaining() == 0.0  # after the pause, the next step is due at once
