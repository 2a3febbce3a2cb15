"""Time to 98.5 % MNIST test accuracy for the tutorial's Keras CNN on the CPU.

Full MNIST (``../shared/data`` or ``--data``), the dlviz engine with its defaults for this
model: batch 128, Adam, one-cycle learning-rate schedule (peak ``--lr``), data preloaded as
normalised tensors. The timed part is training only (the engine's ``train_seconds``: the
batches, not loading the data and not the test-set evaluations after each epoch).
Target: ≥ 98.5 % within 15 s of training on this CPU.

    python benchmarks/bench_time_to_accuracy.py [--epochs 3] [--lr 0.005] [--seed 0] [--threads N]

The recipe: 3 epochs of batches of 128, one-cycle schedule peaking at 0.005 (the app's default
peak, 0.003, gives 98.49 % after 3 epochs). Measured 2026-12-01 on 2 cores, the machine held
quiet, PyTorch 2.14.1 (the Keras CNN pools before its activation while training:
``dlviz/core/models.py``; 18,700 samples/s against 12,600 before, 28 GFLOP/s):
seed 0 98.55 % after 12.0 s, seed 1 98.41 % (missed) after 15.7 s, seed 2 98.50 % after
11.3 s, seed 3 98.51 % after 14.9 s. The model (one convolution and a linear layer) ends
near 98.5 % whatever the schedule, so whether a seed clears the line is partly luck.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET_ACC = 0.985
TARGET_S = 15.0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--arch", default="keras-cnn")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=5e-3)
    ap.add_argument("--batch-size", type=int, default=128)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--data", default=None)
    args = ap.parse_args(argv)

    import torch

    from dlviz.core.data import load_folder
    from dlviz.core.engine import TrainConfig, train_classifier
    from dlviz.core.events import EpochMetrics, Failed, Finished

    folder = args.data or os.environ.get("DLVIZ_DATA") or str(Path(__file__).resolve().parents[2] / "shared" / "data")
    try:
        data = load_folder(folder)
    except Exception as e:  # noqa: BLE001 - a benchmark prints why it cannot run
        print(f"full MNIST not found ({e}); this benchmark needs it (--data DIR)")
        return 2
    cfg = TrainConfig(model={"arch": args.arch}, optimizer="adam", lr=args.lr, batch_size=args.batch_size,
                      epochs=args.epochs, seed=args.seed, device="cpu", schedule="onecycle",
                      evaluate="epoch", threads=args.threads)
    print(f"data: {data.summary()}")
    print(f"{args.arch}, batch {args.batch_size}, Adam + one-cycle (peak lr {args.lr:g}), {args.epochs} epochs, "
          f"seed {args.seed}, torch threads {args.threads or torch.get_num_threads()}, {os.cpu_count()} CPUs, "
          f"load avg {os.getloadavg()[0]:.2f}")
    reached = None
    last = None
    for ev in train_classifier(data, cfg):
        if isinstance(ev, EpochMetrics):
            last = ev
            print(f"  epoch {ev.epoch}: {ev.train_seconds:6.1f} s of training · test accuracy {ev.test_accuracy:.2%} "
                  f"· {ev.samples_per_s:,.0f} samples/s", flush=True)
            if reached is None and ev.test_accuracy >= TARGET_ACC:
                reached = ev
        elif isinstance(ev, Failed):
            print(f"failed: {ev.message}")
            return 1
        elif isinstance(ev, Finished):
            pass
    if reached is not None:
        ok = reached.train_seconds <= TARGET_S
        print(f"time to {TARGET_ACC:.1%}: {reached.train_seconds:.1f} s of training (epoch {reached.epoch}) — "
              f"target ≤ {TARGET_S:.0f} s: {'OK' if ok else f'MISSED by {reached.train_seconds - TARGET_S:.1f} s'}")
    else:
        print(f"{TARGET_ACC:.1%} not reached in {args.epochs} epochs (best {last.test_accuracy:.2%} after "
              f"{last.train_seconds:.1f} s of training) — MISSED")
    print(f"load average at the end: {os.getloadavg()[0]:.2f} (a shared machine adds noise)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
