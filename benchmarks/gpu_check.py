"""The CUDA path, checked in one run on a machine with an NVIDIA GPU.

1. picks the CUDA device the way the app does (``pick_device("auto")``) and names it;
2. trains each classifier (Keras CNN, ConvNet, LSTM, ViT) for ``--batches`` batches with the
   dlviz engine on the GPU and then on the CPU, same batch size and seed, and prints
   samples/s on each and their ratio, plus the test accuracy reached on the GPU (a check that
   the GPU run really learns, not only that it runs);
3. runs the GAN on the GPU for ``--gan-seconds`` seconds and on the CPU for a tenth of that,
   and prints iterations/s on each and their ratio, and that its losses stayed finite;
4. opens the main window offscreen and checks that the status bar and the Training and GAN
   panels' device pickers name the GPU (``auto`` resolves to CUDA, ``cuda`` is offered).

Without CUDA it says so and exits 0 (nothing to check). Any failed check: exit 1.

    python benchmarks/gpu_check.py [--data ../shared/data] [--batches 300] [--gan-seconds 60]
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import torch  # noqa: E402

ARCHS = ("keras-cnn", "convnet", "lstm", "vit")
failures: list[str] = []


def check(ok: bool, what: str) -> None:
    print(f"  [{'ok' if ok else 'FAILED'}] {what}", flush=True)
    if not ok:
        failures.append(what)


def train_speed(data, arch: str, device: str, batches: int, batch_size: int):
    """samples/s over the training batches, and the test accuracy after them."""
    from dlviz.core.engine import TrainConfig, run_to_end

    cfg = TrainConfig(model={"arch": arch}, batch_size=batch_size, epochs=1000, device=device,
                      max_batches=batches, evaluate="end", seed=0)
    fin = run_to_end(data, cfg)
    acc = (fin.history or {}).get("test_accuracy") or [None]
    return batches * batch_size / fin.train_seconds, acc[-1]


def gan_speed(data, device: str, seconds: float):
    """GAN iterations/s (one D and one G step each) for ``seconds``, and whether every loss
    was finite."""
    from dlviz.core import gan as core

    tr = core.GanTrainer(core.gan_config(device=device), data.train_x, device=device)
    for _ in range(5):  # warm-up: cuDNN autotuning, the allocator
        tr.iteration()
    if device.startswith("cuda"):
        torch.cuda.synchronize()
    n, finite, t0 = 0, True, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        out = tr.iteration()  # the losses by name
        n += 1
        values = [float(v) for v in out.values() if isinstance(v, (int, float)) or torch.is_tensor(v)]
        finite = finite and all(math.isfinite(v) for v in values)
    if device.startswith("cuda"):
        torch.cuda.synchronize()
    return n / (time.perf_counter() - t0), finite


def window_names_the_gpu(gpu_name: str, device: str) -> None:
    """The status bar names the device and the Training and GAN panels take it."""
    from dlviz.app import make_app
    from dlviz.core.models import device_name, pick_device
    from dlviz.ui.main_window import MainWindow

    app = make_app()
    if device == "cuda":
        check(pick_device("auto").type == "cuda", "the app's 'auto' device is CUDA")
    check(gpu_name in device_name(pick_device(device)), f"the device's name says {gpu_name!r}")
    win = MainWindow(restore=False)
    win.show()
    end = time.monotonic() + 3
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    text = win.device_label.full_text()
    check(gpu_name in text, f"the status bar names the device: {text!r}")
    for pid in ("train", "gan"):
        panel = win.panel(pid)
        try:
            panel.state.set("device", device)
            check(panel.state.device == device, f"the {pid} panel takes device = {device}")
        except Exception as e:  # noqa: BLE001 - a refusal is the failure reported
            check(False, f"the {pid} panel takes device = {device} ({e})")
    win.close()
    app.processEvents()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--batches", type=int, default=300, help="training batches per model and device")
    ap.add_argument("--batch-size", type=int, default=128)
    ap.add_argument("--gan-seconds", type=float, default=60.0)
    ap.add_argument("--archs", default=",".join(ARCHS))
    ap.add_argument("--rehearse-on-cpu", action="store_true",
                    help="without a GPU: run every step with the CPU in the GPU's place (checks this script)")
    args = ap.parse_args(argv)
    print(f"torch {torch.__version__} (CUDA build {torch.version.cuda}), {torch.get_num_threads()} CPU threads")
    if torch.cuda.is_available():
        dev = "cuda"
        gpu = torch.cuda.get_device_name(0)
        props = torch.cuda.get_device_properties(0)
        print(f"GPU: {gpu}, {props.total_memory / 2**30:.0f} GiB")
    elif args.rehearse_on_cpu:
        dev, gpu = "cpu", "CPU"
        print("rehearsal: no CUDA device, the CPU stands in for the GPU (the figures mean nothing)")
    else:
        print("no CUDA device here: nothing to check (run this on a machine with an NVIDIA GPU)")
        return 0
    from dlviz.core.data import resolve_mnist

    data = resolve_mnist(args.data)
    print(f"data: {data.summary()}")

    print(f"\nTraining, {args.batches} batches of {args.batch_size} on each device:")
    for arch in [a for a in args.archs.split(",") if a]:
        g, acc = train_speed(data, arch, dev, args.batches, args.batch_size)
        c, _ = train_speed(data, arch, "cpu", max(20, args.batches // 10), args.batch_size)
        acc_text = f", test accuracy {acc:.2%} after {args.batches} batches" if acc is not None else ""
        print(f"  {arch:10s} GPU {g:9,.0f} samples/s   CPU {c:8,.0f} samples/s   GPU ÷ CPU {g / c:6.1f}×{acc_text}",
              flush=True)
        check(acc is None or acc > 0.2, f"{arch} learns on the GPU (above twice chance)")

    print(f"\nGAN, {args.gan_seconds:.0f} s on the GPU, {args.gan_seconds / 10:.0f} s on the CPU:")
    g, finite = gan_speed(data, dev, args.gan_seconds)
    c, _ = gan_speed(data, "cpu", args.gan_seconds / 10)
    print(f"  GPU {g:7.1f} iterations/s   CPU {c:6.1f} iterations/s   GPU ÷ CPU {g / c:5.1f}×")
    check(finite, "the GAN's losses stay finite on the GPU")

    print("\nThe window:")
    window_names_the_gpu(gpu, dev)
    print(f"\n{'all checks passed' if not failures else f'{len(failures)} check(s) failed: ' + '; '.join(failures)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
