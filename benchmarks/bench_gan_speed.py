"""GAN training speed on the CPU: dlviz's trainer as shipped (channels-last convolutions, fused
Adam) against the same trainer with torch's default memory format and Adam, side by side.

Both trainers are built from the same defaults and seed and step in alternating blocks, so
the machine's noise falls on both alike. Prints milliseconds per iteration (one D step and
one G step on a batch of 64) for each block, the medians, and their ratio.

    python benchmarks/bench_gan_speed.py [--data ../shared/data] [--blocks 9] [--iters 40]
        [--threads N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import torch  # noqa: E402

from dlviz.core import gan as core  # noqa: E402
from dlviz.core.data import resolve_mnist  # noqa: E402


def plain(tr: core.GanTrainer) -> core.GanTrainer:
    """Undo the two speed-ups: contiguous (NCHW) weights and activations, Adam without fusion."""
    for m in (tr.G, tr.D, tr.G_avg):
        if m is not None:
            m.to(memory_format=torch.contiguous_format)
            if isinstance(m, core.Generator):
                m._channels_last = False
    tr.images = tr.images.contiguous()
    betas = (tr.config["beta1"], tr.config["beta2"])
    tr.opt_g = torch.optim.Adam(tr.G.parameters(), lr=tr.config["lr_g"], betas=betas)
    tr.opt_d = torch.optim.Adam(tr.D.parameters(), lr=tr.config["lr_d"], betas=betas)
    return tr


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--blocks", type=int, default=9, help="timed blocks per trainer (alternating)")
    ap.add_argument("--iters", type=int, default=40, help="iterations per block")
    ap.add_argument("--threads", type=int, default=None)
    args = ap.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    data = resolve_mnist(args.data)
    print(f"data: {data.summary()}")
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads")
    cfg = core.gan_config(device="cpu")
    trainers = {
        "dlviz (channels-last, fused Adam)": core.GanTrainer(cfg, data.train_x, device="cpu"),
        "torch defaults (NCHW, Adam)": plain(core.GanTrainer(cfg, data.train_x, device="cpu")),
    }
    for tr in trainers.values():  # warm-up: oneDNN primitive caches, allocator
        for _ in range(20):
            tr.iteration()
    times = {name: [] for name in trainers}
    for b in range(args.blocks):
        for name, tr in trainers.items():
            t = time.perf_counter()
            for _ in range(args.iters):
                tr.iteration()
            times[name].append((time.perf_counter() - t) / args.iters * 1000)
        print(f"  block {b + 1}: " + "   ".join(f"{n.split(' (')[0]} {v[-1]:5.1f} ms" for n, v in times.items()),
              flush=True)
    med = {name: float(np.median(v)) for name, v in times.items()}
    for name, m in med.items():
        print(f"{name:36s} median {m:5.1f} ms per iteration ({1000 / m:5.1f} iterations/s)")
    fast, slow = med["dlviz (channels-last, fused Adam)"], med["torch defaults (NCHW, Adam)"]
    print(f"speed-up: {slow / fast:.2f}× (ratio of medians); in 120 s: about {120000 / fast:,.0f} "
          f"against {120000 / slow:,.0f} iterations")


if __name__ == "__main__":
    main()
