"""Classifier-based Inception Score of the dlviz GAN against CPU training time, on full MNIST.

Target: IS ≥ 8.0 within 120 s of CPU training. Prints the IS of 1,000 samples
at 30 / 60 / 120 s of training (evaluation time not counted), the IS of 1,000 real test
digits with the same classifier, and — side by side, in the same run — a plain
pytorch/examples-style DCGAN (ngf = ndf = 64, nz = 100, batch 128, Adam 2e-4, β1 0.5, BCE,
a DataLoader with a per-sample transform), adapted to 28×28.

    python benchmarks/bench_gan_inception.py [--data ../shared/data] [--marks 30,60,120]
        [--threads N] [--no-baseline] [--classifier CKPT] [--seeds 0,1,2]

``--seeds``: train the dlviz GAN once per seed and also print the median and range of the
scores (a GAN's score at a fixed time varies from seed to seed by a few tenths).

The classifier: ``--classifier CKPT`` when given, else the one the app ships
(assets/weights/convnet.pt, else keras-cnn.pt), else a ConvNet trained here for 2 epochs
(its accuracy is printed).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import torch  # noqa: E402
from torch import nn  # noqa: E402

from dlviz.core import gan as core  # noqa: E402
from dlviz.core.data import normalize, resolve_mnist, to_float  # noqa: E402


def get_classifier(data, path=None):
    from dlviz.core.checkpoint import load_classifier
    from dlviz.core.models import build_model

    if path:
        model, cfg, _ = load_classifier(path)
        return model, f"{cfg['arch']} from {path}"
    model, arch = core.shipped_classifier()
    if model is not None:
        return model, f"shipped {arch} (assets/weights/{arch}.pt)"
    torch.manual_seed(0)
    cfg = {"arch": "convnet", "activation": "relu", "dropout": 0.3}
    model = build_model(cfg)
    x = torch.from_numpy(normalize(to_float(data.train_x))).unsqueeze(1)
    y = torch.from_numpy(data.train_y)
    opt = torch.optim.Adam(model.parameters(), 2e-3)
    t = time.perf_counter()
    for _ in range(2):
        model.train()
        perm = torch.randperm(len(x))
        for i in range(0, len(x) - 127, 128):
            idx = perm[i:i + 128]
            opt.zero_grad()
            nn.functional.cross_entropy(model(x[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        tx = torch.from_numpy(normalize(to_float(data.test_x))).unsqueeze(1)
        acc = (model(tx).argmax(1).numpy() == data.test_y).mean()
    return model, f"ConvNet trained here for 2 epochs ({time.perf_counter() - t:.0f} s), test accuracy {acc:.4f}"


# --- the baseline: pytorch/examples' dcgan/main.py, adapted to 28×28 MNIST ---------------------

class ExG(nn.Module):
    def __init__(self, nz=100, ngf=64):
        super().__init__()
        self.main = nn.Sequential(
            nn.ConvTranspose2d(nz, ngf * 4, 7, 1, 0, bias=False), nn.BatchNorm2d(ngf * 4), nn.ReLU(True),
            nn.ConvTranspose2d(ngf * 4, ngf * 2, 4, 2, 1, bias=False), nn.BatchNorm2d(ngf * 2), nn.ReLU(True),
            nn.ConvTranspose2d(ngf * 2, 1, 4, 2, 1, bias=False), nn.Tanh())
        self.latent_dim = nz

    def forward(self, z):
        return self.main(z.view(len(z), -1, 1, 1))


class ExD(nn.Module):
    def __init__(self, ndf=64):
        super().__init__()
        self.main = nn.Sequential(
            nn.Conv2d(1, ndf, 4, 2, 1, bias=False), nn.LeakyReLU(0.2, True),
            nn.Conv2d(ndf, ndf * 2, 4, 2, 1, bias=False), nn.BatchNorm2d(ndf * 2), nn.LeakyReLU(0.2, True),
            nn.Conv2d(ndf * 2, 1, 7, 1, 0, bias=False), nn.Sigmoid())

    def forward(self, x):
        return self.main(x).view(-1)


class PerSampleMnist(torch.utils.data.Dataset):
    """Like torchvision's MNIST + ToTensor + Normalize((0.5,), (0.5,)): one digit at a time."""

    def __init__(self, x):
        self.x = x

    def __len__(self):
        return len(self.x)

    def __getitem__(self, i):
        t = torch.from_numpy(self.x[i].astype(np.float32) / 255.0).unsqueeze(0)
        return (t - 0.5) / 0.5, 0


def baseline_steps(data, seed=0):
    """Yields after every iteration of the examples-style loop; ``state['G']`` is the generator."""
    torch.manual_seed(seed)
    g, d = ExG(), ExD()
    g.apply(_ex_init)
    d.apply(_ex_init)
    crit = nn.BCELoss()
    opt_d = torch.optim.Adam(d.parameters(), lr=2e-4, betas=(0.5, 0.999))
    opt_g = torch.optim.Adam(g.parameters(), lr=2e-4, betas=(0.5, 0.999))
    loader = torch.utils.data.DataLoader(PerSampleMnist(data.train_x), batch_size=128, shuffle=True)
    while True:
        for real, _ in loader:
            b = len(real)
            d.zero_grad()
            err_real = crit(d(real), torch.ones(b))
            err_real.backward()
            fake = g(torch.randn(b, 100))
            err_fake = crit(d(fake.detach()), torch.zeros(b))
            err_fake.backward()
            opt_d.step()
            g.zero_grad()
            err_g = crit(d(fake), torch.ones(b))
            err_g.backward()
            opt_g.step()
            yield g


def _ex_init(m):
    name = type(m).__name__
    if "Conv" in name:
        nn.init.normal_(m.weight, 0.0, 0.02)
    elif "BatchNorm" in name:
        nn.init.normal_(m.weight, 1.0, 0.02)
        nn.init.zeros_(m.bias)


def dlviz_steps(data, cfg):
    tr = core.GanTrainer(cfg, data.train_x, device="cpu")
    while True:
        tr.iteration()
        yield tr.sampler  # what the app shows: the averaged G (when ema > 0)


def timed_scores(steps, marks, classifier, n, latent_dim, clock=time.perf_counter):
    """Run ``steps`` and measure the IS at each mark of training time (evaluation excluded)."""
    out = []
    t_train, it, mi = 0.0, 0, 0
    gen = iter(steps)
    while mi < len(marks):
        t = clock()
        g = next(gen)
        t_train += clock() - t
        it += 1
        while mi < len(marks) and t_train >= marks[mi]:
            is_, hist = core.generated_quality(g, classifier, n, 0, latent_dim)
            out.append((marks[mi], it, is_, hist))
            print(f"    {marks[mi]:6.0f} s  {it:6d} steps  IS {is_:5.2f}  classes {hist.tolist()}", flush=True)
            mi += 1
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--marks", default="30,60,120", help="seconds of training at which to measure")
    ap.add_argument("--threads", type=int, default=None, help="torch CPU threads (default: torch's)")
    ap.add_argument("--samples", type=int, default=1000)
    ap.add_argument("--classifier", default=None, help="classifier checkpoint when none is shipped")
    ap.add_argument("--no-baseline", action="store_true", help="skip the pytorch/examples-style DCGAN")
    ap.add_argument("--seeds", default="0", help="comma-separated seeds of the dlviz GAN runs (default 0)")
    ap.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                    help="wall: seconds of wall-clock training (the target); cpu: CPU seconds of this process "
                         "(robust when other processes share the CPU; equals wall with --threads 1 on a quiet machine)")
    args = ap.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    marks = [float(v) for v in args.marks.split(",")]
    clock = time.perf_counter if args.clock == "wall" else time.process_time
    data = resolve_mnist(args.data)
    if data.source != "folder":
        print(f"note: full MNIST not found in {args.data}; using {data.description}")
    print(f"data: {data.summary()}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"cpu: {os.cpu_count()} cores, torch threads {torch.get_num_threads()}, load average {load:.1f} at start")
    if args.clock == "wall" and load > 0.5:
        print("note: other processes are using the CPU, so wall-clock seconds buy less training; "
              "--clock cpu --threads 1 measures robustly on a busy machine")
    clf, clf_text = get_classifier(data, args.classifier)
    print(f"classifier: {clf_text}")
    real = core.classifier_probs(clf, to_float(data.test_x[: args.samples]))
    print(f"real test digits ({args.samples:,}): IS {core.inception_score(real):.2f}")

    cfg = core.gan_config(device="cpu")
    print(f"\ndlviz GAN (defaults: latent {cfg['latent_dim']} + a {cfg['codes']}-value code (InfoGAN, λ {cfg['info_weight']:g}), "
          f"samples from G averaged with decay {cfg['ema']:g}, G/D features {cfg['g_features']}/{cfg['d_features']}, "
          f"batch {cfg['batch_size']}, Adam lr G {cfg['lr_g']:g} / D {cfg['lr_d']:g}, β {cfg['beta1']:g}/{cfg['beta2']:g}, "
          f"{cfg['loss']} loss, D norm {cfg['d_norm']})")
    print(f"clock: {'wall-clock' if args.clock == 'wall' else 'process CPU'} seconds of training")
    seeds = [int(v) for v in args.seeds.split(",")]
    runs = []
    for seed in seeds:
        if len(seeds) > 1:
            print(f"  seed {seed}")
        runs.append(timed_scores(dlviz_steps(data, {**cfg, "seed": seed}), marks, clf, args.samples,
                                 cfg["latent_dim"], clock))
    ours = runs[0]
    base = None
    if not args.no_baseline:
        print("\npytorch/examples-style DCGAN (ngf=ndf=64, nz=100, batch 128, Adam 2e-4, β1 0.5, DataLoader)")
        base = timed_scores(baseline_steps(data), marks, clf, args.samples, 100, clock)
    load_end = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\nload average at end: {load_end:.1f}")
    print(f"summary (IS of {args.samples:,} samples at {'wall-clock' if args.clock == 'wall' else 'process CPU'} "
          f"seconds of training):")
    for i, m in enumerate(marks):
        line = f"  {m:5.0f} s: dlviz {ours[i][2]:5.2f} ({ours[i][1]} steps)"
        if base:
            line += f"   examples-style {base[i][2]:5.2f} ({base[i][1]} steps)"
        print(line)
    if len(runs) > 1:
        for i, m in enumerate(marks):
            v = [r[i][2] for r in runs]
            print(f"  {m:5.0f} s over seeds {args.seeds}: median {float(np.median(v)):5.2f}, "
                  f"range {min(v):.2f}–{max(v):.2f} ({' '.join(f'{x:.2f}' for x in v)})")
    final = float(np.median([r[-1][2] for r in runs]))
    verdict = "met" if final >= 8.0 else "NOT met"
    what = "median over seeds" if len(runs) > 1 else f"seed {seeds[0]}"
    print(f"target IS ≥ 8.0 within {marks[-1]:.0f} s: {verdict} ({final:.2f}, {what})")


if __name__ == "__main__":
    main()
