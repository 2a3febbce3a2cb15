"""How many CPU threads should training use? Samples/s of the dlviz engine, headless, at each
thread count, measured side by side (interleaved rounds, median), for each model.

Measured 2026-12-01 on 2 cores, the machine held quiet: Keras CNN 9,597 → 14,609 samples/s
(1.52×), ConvNet 18,237 → 30,531/s (1.67×) from one thread to two, so training keeps
PyTorch's thread count. With other work on the machine, a 2-thread OpenMP team that spins
while it waits fell far below one thread (Keras CNN 290 against 2,135/s: a barrier waits
for a thread that is not running); run with ``OMP_WAIT_POLICY=PASSIVE`` to see the app's
setting (1,742/s there; :mod:`dlviz.core.runtime`).

    python benchmarks/bench_threads.py [--archs keras-cnn,convnet,lstm] [--threads 1,2] [--batches 150] [--rounds 3]
    python benchmarks/bench_threads.py --where [--arch keras-cnn]

``--where`` asks where the engine runs instead: on the main thread, on one long-lived worker
thread, and on a fresh thread each run (as the app's JobRunner does), side by side, once as
the app runs (one malloc arena: :func:`dlviz.core.runtime.tune_allocator`) and once in a
child process without that setting.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def samples_per_s(data, arch: str, batch_size: int, batches: int, threads: int) -> float:
    from dlviz.core.engine import TrainConfig, run_to_end

    cfg = TrainConfig(model={"arch": arch}, batch_size=batch_size, epochs=1000, device="cpu",
                      max_batches=batches, evaluate="none", threads=threads or None)
    fin = run_to_end(data, cfg)
    return batches * batch_size / fin.train_seconds


def where(data, arch: str, batch_size: int, batches: int, rounds: int) -> dict:
    """samples/s on the main thread, a persistent worker thread and a fresh thread per run."""
    import queue
    import threading

    jobs, results = queue.Queue(), queue.Queue()

    def serve():
        while jobs.get():
            results.put(samples_per_s(data, arch, batch_size, batches, 0))

    threading.Thread(target=serve, daemon=True).start()

    def persistent():
        jobs.put(True)
        return results.get()

    def fresh():
        out = {}
        t = threading.Thread(target=lambda: out.update(r=samples_per_s(data, arch, batch_size, batches, 0)))
        t.start()
        t.join()
        return out["r"]

    got = {"main thread": [], "one worker thread": [], "a fresh thread each run": []}
    for _ in range(rounds):
        got["main thread"].append(samples_per_s(data, arch, batch_size, batches, 0))
        got["one worker thread"].append(persistent())
        got["a fresh thread each run"].append(fresh())
    jobs.put(False)
    return got


def print_where(got: dict, label: str) -> None:
    base = statistics.median(got["main thread"])
    print(label)
    for name, v in got.items():
        m = statistics.median(v)
        print(f"  {name:24s} {m:7,.0f}/s  {m / base:.2f}× the main thread   ({min(v):,.0f}–{max(v):,.0f})")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--archs", default="keras-cnn,convnet,lstm")
    ap.add_argument("--threads", default="1,2", help="thread counts compared, e.g. 1,2")
    ap.add_argument("--batch-size", type=int, default=128)
    ap.add_argument("--batches", type=int, default=150)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--data", default=None, help="MNIST folder (default: DLVIZ_DATA, ../shared/data, else sample)")
    ap.add_argument("--where", action="store_true", help="main thread vs worker threads, with and without one arena")
    ap.add_argument("--arch", default="keras-cnn", help="the model for --where")
    ap.add_argument("--untuned", action="store_true", help=argparse.SUPPRESS)  # the child of --where
    args = ap.parse_args(argv)
    if args.where:
        return run_where(args)
    from dlviz.core.data import resolve_mnist

    from _mnist import mnist_folder  # benchmarks/_mnist.py

    folder = mnist_folder(args.data)
    data = resolve_mnist(folder)
    counts = [int(t) for t in args.threads.split(",")]
    print(f"data: {data.summary()}")
    print(f"batch {args.batch_size}, {args.batches} batches a run, {args.rounds} rounds, {os.cpu_count()} CPUs, "
          f"load avg {os.getloadavg()[0]:.2f}")
    for arch in args.archs.split(","):
        samples_per_s(data, arch, args.batch_size, 10, counts[0])  # warm-up: imports, allocator
        got = {t: [] for t in counts}
        t0 = time.perf_counter()
        for _ in range(args.rounds):
            for t in counts:
                got[t].append(samples_per_s(data, arch, args.batch_size, args.batches, t))
        med = {t: statistics.median(v) for t, v in got.items()}
        base = med[counts[0]]
        row = "   ".join(f"{t} thread{'s' if t > 1 else ''} {med[t]:7,.0f}/s ({med[t] / base:.2f}×; "
                         f"{min(got[t]):,.0f}–{max(got[t]):,.0f})" for t in counts)
        print(f"{arch:10s} {row}   [{time.perf_counter() - t0:.0f} s]", flush=True)
    print(f"load average at the end: {os.getloadavg()[0]:.2f} (others' work on a shared machine adds noise)")
    return 0


def run_where(args) -> int:
    import json
    import subprocess

    from dlviz.core.data import resolve_mnist
    from dlviz.core.runtime import tune_allocator

    if not args.untuned:
        tuned = tune_allocator()
    from _mnist import mnist_folder  # benchmarks/_mnist.py

    folder = mnist_folder(args.data)
    data = resolve_mnist(folder)
    samples_per_s(data, args.arch, args.batch_size, 10, 0)  # warm-up on the main thread
    got = where(data, args.arch, args.batch_size, args.batches, args.rounds)
    if args.untuned:
        print(json.dumps(got))
        return 0
    print(f"{args.arch}, batch {args.batch_size}, {args.batches} batches a run, {args.rounds} rounds, torch's "
          f"thread count, {os.cpu_count()} CPUs, load avg {os.getloadavg()[0]:.2f}")
    print_where(got, f"as the app runs (one malloc arena: {'set' if tuned else 'not available here'}):")
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    child = subprocess.run([sys.executable, __file__, "--where", "--untuned", "--arch", args.arch,
                            "--batch-size", str(args.batch_size), "--batches", str(args.batches),
                            "--rounds", str(args.rounds)] + (["--data", args.data] if args.data else []),
                           capture_output=True, text=True, env=env)
    if child.returncode != 0:
        print(child.stderr)
        return 1
    print_where(json.loads(child.stdout.strip().splitlines()[-1]), "glibc's default (an arena per thread):")
    print("target: a worker thread ≥ 0.9× the main thread, as the app runs")
    print(f"load average at the end: {os.getloadavg()[0]:.2f} (others' work on a shared machine adds noise)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
