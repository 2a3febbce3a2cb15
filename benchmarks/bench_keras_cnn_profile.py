"""Where the Keras CNN's training time goes on the CPU, and what the hardware allows.

Prints, side by side in one run:

* the machine's measured float32 matmul peak (2048×2048 by 2048×2048, torch's thread count)
  in GFLOP/s;
* the model's work per training sample, counted from its layers (conv 1→32 3×3 on 28×28 →
  ReLU → max-pool 2×2 → linear 5,408→10): forward multiply–adds × 2 FLOP, and the backward
  pass as twice the forward (weights and inputs; the first layer's input needs no gradient,
  which this count ignores);
* the dlviz engine's samples/s on MNIST batches of 128 (``--batches``), its achieved GFLOP/s,
  and that as a share of the matmul peak;
* ``torch.profiler``'s table of the operators of 20 training steps (self CPU time), in the
  channels-last layout the engine uses (max-pooling in the default layout is 5–7× slower);
* with ``--compile``: the same training step under ``torch.compile`` (after its warm-up, which
  is reported separately), or why it could not be used here.

    python benchmarks/bench_keras_cnn_profile.py [--batches 150] [--compile] [--threads N]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def matmul_peak(n: int = 2048, reps: int = 10) -> float:
    import torch

    a, b = torch.randn(n, n), torch.randn(n, n)
    torch.mm(a, b)
    t0 = time.perf_counter()
    for _ in range(reps):
        torch.mm(a, b)
    return 2 * n ** 3 * reps / (time.perf_counter() - t0) / 1e9


def flop_per_sample(channels: int = 32) -> tuple[float, float]:
    conv = 26 * 26 * channels * 9  # multiply–adds
    fc = channels * 13 * 13 * 10
    fwd = 2.0 * (conv + fc)
    return fwd, 3.0 * fwd


def step_fn(model, opt):
    import torch.nn.functional as F

    def step(xb, yb):
        opt.zero_grad(set_to_none=True)
        loss = F.cross_entropy(model(xb), yb)
        loss.backward()
        opt.step()
        return loss

    return step


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--batches", type=int, default=150)
    ap.add_argument("--batch-size", type=int, default=128)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--compile", action="store_true")
    ap.add_argument("--data", default=None)
    args = ap.parse_args(argv)
    import torch
    from torch.profiler import ProfilerActivity, profile

    from dlviz.core.data import resolve_mnist
    from dlviz.core.engine import TrainConfig, run_to_end
    from dlviz.core.evaluation import images_to_tensor, labels_to_tensor
    from dlviz.core.models import build_model

    if args.threads:
        torch.set_num_threads(args.threads)
    from _mnist import mnist_folder  # benchmarks/_mnist.py

    folder = mnist_folder(args.data)
    data = resolve_mnist(folder)
    peak = matmul_peak()
    fwd, train = flop_per_sample()
    print(f"data: {data.summary()}; torch threads {torch.get_num_threads()}, {os.cpu_count()} CPUs, "
          f"load avg {os.getloadavg()[0]:.2f}")
    print(f"matmul peak (float32, 2048²): {peak:6.1f} GFLOP/s")
    print(f"Keras CNN work per sample: forward {fwd / 1e6:.2f} MFLOP, training step {train / 1e6:.2f} MFLOP")
    cfg = TrainConfig(model={"arch": "keras-cnn"}, batch_size=args.batch_size, epochs=1000, device="cpu",
                      max_batches=10, evaluate="none")
    run_to_end(data, cfg)  # warm-up
    cfg.max_batches = args.batches
    sps = args.batches * args.batch_size / run_to_end(data, cfg).train_seconds
    print(f"dlviz engine: {sps:8,.0f} samples/s = {sps * train / 1e9:5.1f} GFLOP/s = "
          f"{sps * train / 1e9 / peak:.0%} of the matmul peak; an epoch of 60,000 in {60000 / sps:.1f} s")

    torch.manual_seed(0)
    model = build_model({"arch": "keras-cnn"}).to(memory_format=torch.channels_last)  # as the engine trains it
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    x = images_to_tensor(data.train_x[: args.batch_size * 20], torch.device("cpu"))
    y = labels_to_tensor(data.train_y[: args.batch_size * 20], torch.device("cpu"))
    batches = [(x[i:i + args.batch_size].contiguous(memory_format=torch.channels_last), y[i:i + args.batch_size])
               for i in range(0, len(x), args.batch_size)]
    step = step_fn(model, opt)
    for xb, yb in batches[:3]:
        step(xb, yb)
    with profile(activities=[ProfilerActivity.CPU]) as prof:
        for xb, yb in batches:
            step(xb, yb)
    print("torch.profiler, 20 training steps, operators by self CPU time:")
    print(prof.key_averages().table(sort_by="self_cpu_time_total", row_limit=12))

    if args.compile:
        try:
            t0 = time.perf_counter()
            cstep = torch.compile(step)
            for xb, yb in batches[:3]:
                cstep(xb, yb)
            warm = time.perf_counter() - t0
            reps = max(1, args.batches // len(batches))
            t0 = time.perf_counter()
            for _ in range(reps):
                for xb, yb in batches:
                    cstep(xb, yb)
            c_sps = reps * len(batches) * args.batch_size / (time.perf_counter() - t0)
            t0 = time.perf_counter()
            for _ in range(reps):
                for xb, yb in batches:
                    step(xb, yb)
            e_sps = reps * len(batches) * args.batch_size / (time.perf_counter() - t0)
            print(f"torch.compile: {c_sps:8,.0f} samples/s against eager {e_sps:8,.0f} samples/s "
                  f"({c_sps / e_sps:.2f}×), after {warm:.1f} s of compiling")
        except Exception as e:  # noqa: BLE001 - a benchmark says why a variant could not run
            print(f"torch.compile could not be used here: {type(e).__name__}: {str(e).splitlines()[0][:200]}")
    print(f"load average at the end: {os.getloadavg()[0]:.2f} (a shared machine adds noise)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
