"""Training throughput on the CPU, same model and batch size, measured side by side:

1. a pytorch/examples-style loop (``mnist/main.py``): a Dataset over the same uint8 arrays that
   turns each digit into a PIL image and applies ``ToTensor()`` + ``Normalize((0.1307,),
   (0.3081,))`` per sample (as torchvision's MNIST dataset does), a shuffling DataLoader, and the
   classic ``zero_grad / forward / loss / backward / step`` loop;
2. the dlviz engine headless (``dlviz.core.engine.train_classifier``: data preloaded once as
   normalised tensors, shuffled by index);
3. the same engine inside the running GUI: the Training panel offscreen, run by the app's
   JobRunner on a QThread, with its live curves, progress bar and labels updating;
4. the engine headless as ``dlviz train`` runs it: in a process of its own, with PyTorch's
   and glibc's defaults (the app's own process sets one malloc arena and passive OpenMP
   waiting: :mod:`dlviz.core.runtime`; variants 1–3 run with those settings, as in the app).

Each variant trains the same number of batches; the runs are interleaved for ``--rounds``
rounds and the median is reported (the machine may be shared: look at the spread).
Targets: engine ≥ 1.5× the examples loop; GUI ≥ 0.9× headless, both the headless engine in
the same process and ``dlviz train``'s own process.

    python benchmarks/bench_train_throughput.py [--arch keras-cnn] [--batches 150] [--rounds 3]
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

if "--child" not in sys.argv:  # this process runs as the app does (before torch is imported)
    from dlviz.core.runtime import gui_thread_policy, tune_allocator  # noqa: E402

    tune_allocator()
    gui_thread_policy()

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402


def load_data(folder):
    from dlviz.core.data import resolve_mnist

    return resolve_mnist(folder)


def examples_loop(data, arch, batch_size, batches, seed=0):
    """pytorch/examples mnist/main.py style; returns samples/s over the timed batches."""
    from PIL import Image
    from torch.utils.data import DataLoader, Dataset
    from torchvision import transforms

    from dlviz.core.models import build_model

    class MnistLike(Dataset):  # what torchvision.datasets.MNIST does per sample
        def __init__(self, x, y, transform):
            self.x, self.y, self.transform = x, y, transform

        def __len__(self):
            return len(self.x)

        def __getitem__(self, i):
            img = Image.fromarray(self.x[i], mode="L")
            return self.transform(img), int(self.y[i])

    tf = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.1307,), (0.3081,))])
    torch.manual_seed(seed)
    loader = DataLoader(MnistLike(data.train_x, data.train_y, tf), batch_size=batch_size, shuffle=True)
    model = build_model({"arch": arch})
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    model.train()
    warm = 5
    done = 0
    t0 = None
    while done < batches + warm:
        for x, y in loader:
            if done == warm:
                t0 = time.perf_counter()
            opt.zero_grad()
            loss = F.cross_entropy(model(x), y)
            loss.backward()
            opt.step()
            done += 1
            if done >= batches + warm:
                break
    return batches * batch_size / (time.perf_counter() - t0)


def engine_headless(data, arch, batch_size, batches):
    """The engine run to the end; samples/s over the training batches (no evaluation)."""
    from dlviz.core.engine import TrainConfig, run_to_end

    cfg = TrainConfig(model={"arch": arch}, batch_size=batch_size, epochs=1000, device="cpu",
                      max_batches=batches, evaluate="none")
    t0 = time.perf_counter()
    fin = run_to_end(data, cfg)
    wall = time.perf_counter() - t0
    return batches * batch_size / fin.train_seconds, wall


def engine_in_gui(panel, app, arch, batch_size, batches):
    """The Training panel (offscreen, live plots on) runs the same engine on its QThread."""
    from dlviz.core.events import Finished

    panel.state.update(arch=arch, batch_size=batch_size, epochs=200, lr=0.001, device="cpu")
    runner = panel.session.runner
    got = {}

    def on_event(ev):
        if isinstance(ev, Finished):
            got["fin"] = ev

    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    runner.event.connect(on_event)
    runner.finished.connect(loop.quit)
    t0 = time.perf_counter()
    assert panel.start(max_batches=batches, evaluate="none")
    loop.exec()  # the GUI's event loop runs: events, live plots, repaints
    wall = time.perf_counter() - t0
    runner.event.disconnect(on_event)
    runner.finished.disconnect(loop.quit)
    return batches * batch_size / got["fin"].train_seconds, wall


def cli_headless(args) -> float:
    """Variant 4: a child process with the defaults of ``dlviz train`` (samples/s)."""
    import subprocess

    env = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY", "MALLOC_ARENA_MAX")}
    cmd = [sys.executable, __file__, "--child", "--arch", args.arch, "--batch-size", str(args.batch_size),
           "--batches", str(args.batches)] + (["--data", args.data] if args.data else []) + \
        (["--threads", str(args.threads)] if args.threads else [])
    out = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if out.returncode != 0:
        raise SystemExit(out.stderr)
    return float(out.stdout.strip().splitlines()[-1])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--arch", default="keras-cnn")
    ap.add_argument("--batch-size", type=int, default=128)
    ap.add_argument("--batches", type=int, default=150)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--data", default=None, help="MNIST folder (default: DLVIZ_DATA, ../shared/data, else sample)")
    ap.add_argument("--threads", type=int, default=None, help="torch threads for every variant (default: torch's)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)  # variant 4's process
    args = ap.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    from _mnist import mnist_folder  # benchmarks/_mnist.py

    folder = mnist_folder(args.data)
    data = load_data(folder)
    if args.child:
        engine_headless(data, args.arch, args.batch_size, 10)  # warm-up, as the others get in round 1
        print(engine_headless(data, args.arch, args.batch_size, args.batches)[0])
        return 0

    from dlviz.app import make_app
    from dlviz.core.data import resolve_mnist  # noqa: F401
    from dlviz.ui.panels.train import TrainPanel
    from dlviz.ui.state import AppState

    app = make_app()
    state = AppState()
    state.set_data(data)
    panel = TrainPanel(state, remember=False)  # the user's saved settings are neither read nor changed
    panel.resize(1268, 740)
    panel.show()
    app.processEvents()

    print(f"data: {data.summary()}")
    print(f"model {args.arch}, batch {args.batch_size}, {args.batches} timed batches per run, "
          f"torch threads {torch.get_num_threads()}, {os.cpu_count()} CPUs, load avg {os.getloadavg()[0]:.2f}")
    ex, hl, gui, hl_wall, gui_wall, cli = [], [], [], [], [], []
    for r in range(args.rounds):
        cli.append(cli_headless(args))
        ex.append(examples_loop(data, args.arch, args.batch_size, args.batches))
        s, w = engine_headless(data, args.arch, args.batch_size, args.batches)
        hl.append(s)
        hl_wall.append(w)
        s, w = engine_in_gui(panel, app, args.arch, args.batch_size, args.batches)
        gui.append(s)
        gui_wall.append(w)
        print(f"round {r + 1}: examples loop {ex[-1]:7,.0f}/s   engine headless {hl[-1]:7,.0f}/s   "
              f"engine in GUI {gui[-1]:7,.0f}/s   (wall incl. setup: headless {hl_wall[-1]:.2f} s, "
              f"GUI {gui_wall[-1]:.2f} s)   dlviz train's process {cli[-1]:7,.0f}/s", flush=True)
    m_ex, m_hl, m_gui = statistics.median(ex), statistics.median(hl), statistics.median(gui)
    r1, r2 = m_hl / m_ex, m_gui / m_hl
    r2_wall = statistics.median(hl_wall) / statistics.median(gui_wall)
    m_cli = statistics.median(cli)
    r3 = m_gui / m_cli
    print(f"median samples/s: examples loop {m_ex:,.0f} · engine headless {m_hl:,.0f} · engine in GUI {m_gui:,.0f}")
    print(f"engine / examples loop = {r1:.2f}×  (target ≥ 1.5×)  {'OK' if r1 >= 1.5 else 'MISSED'}")
    print(f"GUI / headless         = {r2:.2f}×  (target ≥ 0.9×)  {'OK' if r2 >= 0.9 else 'MISSED'}"
          f"   [by wall time incl. setup: {r2_wall:.2f}×]")
    print(f"GUI / dlviz train's own process ({m_cli:,.0f}/s, PyTorch's defaults) = {r3:.2f}×  (target ≥ 0.9×)  "
          f"{'OK' if r3 >= 0.9 else 'MISSED'}")
    print(f"load average at the end: {os.getloadavg()[0]:.2f} (others' work on a shared machine adds noise)")
    panel.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
