"""Simple 1-D input sequences (input size 1) that make a recurrent cell's memory and
forgetting easy to see: a sine wave, a step and a single impulse."""

from __future__ import annotations

import numpy as np

from dlviz.core.messages import CoreError, N_

SIGNALS = ("sine", "step", "impulse")


def make_signal(name: str, steps: int = 40, amplitude: float = 1.0) -> np.ndarray:
    """(steps, 1) float64: ``sine`` (two periods), ``step`` (0 then 1 from a quarter of the
    way), ``impulse`` (a single 1 at the fifth step, zeros elsewhere); times ``amplitude``."""
    steps = int(steps)
    if steps < 2:
        raise CoreError(N_("must be at least {minimum}, got {value}"), field="steps", minimum=2, value=steps)
    t = np.arange(steps, dtype=np.float64)
    if name == "sine":
        v = np.sin(2 * np.pi * 2 * t / steps)
    elif name == "step":
        v = (t >= steps // 4).astype(np.float64)
    elif name == "impulse":
        v = np.zeros(steps)
        v[min(4, steps - 1)] = 1.0
    else:
        raise CoreError(N_("unknown signal {value} (choose from {choices})"), field="name", value=repr(name),
                        choices=", ".join(SIGNALS))
    return float(amplitude) * v[:, None]
