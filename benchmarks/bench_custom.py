"""Your own classes, measured: four shapes (circle, square, triangle, cross) drawn ten times
each, programmatically, with a hand's jitter (wobbly strokes, uneven widths, corners that
overshoot or fall short, shapes tilted, squashed, off-centre), written to a temporary folder in
the FOLDER/CLASS/*.png layout, read back with ``read_folder``, trained as ``dlviz train custom``
trains (the same split, epochs, batch), then tested on 40 NEW drawings made after training
(another random seed: drawings the network never saw, nor anything like them in its test set).

Prints, per setting (architecture × augmentation × transfer), the accuracy on the new drawings
(mean and range over ``--repeats`` data sets) and the training time; then the default run's time.

  python benchmarks/bench_custom.py                 # the table (about 2–4 minutes on 2 cores)
  python benchmarks/bench_custom.py --write /tmp/shapes   # only write the 40 drawings there
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHAPES = ("circle", "square", "triangle", "cross")
CANVAS = 280  # the Draw panel's canvas is about this size


def _wobble(points: np.ndarray, rng, amount: float) -> np.ndarray:
    """Smooth random displacement along a polyline (a hand is not a ruler)."""
    n = len(points)
    noise = rng.normal(0, amount, (max(4, n // 8), 2))
    t = np.linspace(0, len(noise) - 1, n)
    smooth = np.stack([np.interp(t, np.arange(len(noise)), noise[:, k]) for k in range(2)], axis=1)
    return points + smooth


def _segment(a, b, n=40):
    t = np.linspace(0, 1, n)[:, None]
    return a[None] * (1 - t) + b[None] * t


def shape_strokes(kind: str, rng) -> list[np.ndarray]:
    """The strokes (polylines in a unit box around 0) of one drawing of ``kind``."""
    if kind == "circle":
        start = rng.uniform(0, 2 * math.pi)
        sweep = 2 * math.pi * rng.uniform(0.93, 1.08)  # a circle rarely closes exactly
        t = start + np.linspace(0, sweep, 120)
        rx, ry = 1.0, rng.uniform(0.75, 1.15)
        return [np.stack([rx * np.cos(t), ry * np.sin(t)], axis=1)]
    if kind == "square":
        a = rng.uniform(0.8, 1.2)
        corners = np.array([[-1, -a], [1, -a], [1, a], [-1, a], [-1, -a]], float)
        corners += rng.normal(0, 0.06, corners.shape)
        pts = np.concatenate([_segment(corners[i], corners[i + 1]) for i in range(4)])
        return [pts[: int(len(pts) * rng.uniform(0.95, 1.0))]]
    if kind == "triangle":
        corners = np.array([[0, -1.0], [1.0, 0.8], [-1.0, 0.8], [0, -1.0]])
        corners += rng.normal(0, 0.08, corners.shape)
        return [np.concatenate([_segment(corners[i], corners[i + 1]) for i in range(3)])]
    # cross: two strokes, an X or a +
    if rng.random() < 0.5:
        s = [np.array([[-1, -1.0], [1, 1.0]]), np.array([[1, -1.0], [-1, 1.0]])]
    else:
        s = [np.array([[0, -1.0], [0, 1.0]]), np.array([[-1, 0.0], [1, 0.0]])]
    out = []
    for a, b in s:
        a = a + rng.normal(0, 0.08, 2)
        b = b + rng.normal(0, 0.08, 2)
        out.append(_segment(a, b, 60))
    return out


def draw(kind: str, rng, size: int = CANVAS) -> np.ndarray:
    """One drawing as the Draw canvas holds it: light ink (1) on 0, float32 (size, size)."""
    from PIL import Image, ImageDraw  # noqa: PLC0415

    im = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(im)
    scale = size * rng.uniform(0.18, 0.36)
    angle = rng.normal(0, 0.2)
    stretch = np.array([rng.uniform(0.8, 1.2), rng.uniform(0.8, 1.2)])
    centre = size / 2 + rng.uniform(-0.15, 0.15, 2) * size
    rot = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    width = int(rng.integers(8, 22))
    for stroke in shape_strokes(kind, rng):
        pts = (stroke * stretch) @ rot.T * scale + centre
        pts = _wobble(pts, rng, size * 0.012)
        d.line([tuple(p) for p in pts], fill=255, width=width, joint="curve")
    return np.asarray(im, np.float32) / 255.0


def make_set(folder: Path, per_class: int, seed: int) -> Path:
    """Draw ``per_class`` examples of each shape and save them with save_example (preprocessed)."""
    from dlviz.core.custom_data import preprocess_image, save_example  # noqa: PLC0415

    rng = np.random.default_rng(seed)
    for kind in SHAPES:
        for _ in range(per_class):
            save_example(folder, kind, preprocess_image(draw(kind, rng)))
    return folder


def new_drawings(per_class: int, seed: int):
    from dlviz.core.custom_data import preprocess_image  # noqa: PLC0415

    rng = np.random.default_rng(seed)
    images, labels = [], []
    for label, kind in enumerate(sorted(SHAPES)):  # read_folder's class order: sorted names
        for _ in range(per_class):
            images.append(preprocess_image(draw(kind, rng)))
            labels.append(label)
    return np.stack(images), np.asarray(labels)


def train_and_measure(folder: Path, arch: str, augment: bool, transfer: bool, transfer_lr: float, seed: int,
                      new_x, new_y, epochs=None, batch_size=None):
    import torch  # noqa: PLC0415

    from dlviz.commands.train_custom import custom_config  # noqa: PLC0415
    from dlviz.core.custom_data import read_folder  # noqa: PLC0415
    from dlviz.core.engine import train_classifier  # noqa: PLC0415
    from dlviz.core.events import Failed, Finished  # noqa: PLC0415
    from dlviz.core.features import predict_batch  # noqa: PLC0415
    from dlviz.core.models import build_model  # noqa: PLC0415

    data = read_folder(folder)
    split = data.split(0.2, seed=seed)
    cfg = custom_config(arch, augment=augment, transfer=transfer, epochs=epochs, batch_size=batch_size, seed=seed)
    cfg.transfer_lr = transfer_lr
    t0 = time.perf_counter()
    end = None
    for ev in train_classifier(split, cfg):
        if isinstance(ev, (Finished, Failed)):
            end = ev
    seconds = time.perf_counter() - t0
    if not isinstance(end, Finished):
        raise SystemExit(f"training failed: {end.message}")
    model = build_model(end.config)
    model.load_state_dict(end.state["model"])
    model.eval()
    with torch.inference_mode():
        probs = predict_batch(model, new_x)
    return float((probs.argmax(1) == new_y).mean()), seconds, end.history["test_accuracy"][-1]


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--repeats", type=int, default=3, help="data sets drawn per setting (default 3)")
    p.add_argument("--per-class", type=int, default=10, help="drawings per class to train on (default 10)")
    p.add_argument("--write", metavar="FOLDER", help="only write the training drawings there")
    p.add_argument("--quick", action="store_true", help="only the default setting and convnet + transfer")
    args = p.parse_args(argv)
    import torch  # noqa: PLC0415

    torch.set_num_threads(int(os.environ.get("BENCH_THREADS", "1")))
    if args.write:
        make_set(Path(args.write), args.per_class, seed=0)
        print(f"wrote {4 * args.per_class} drawings to {args.write}")
        return 0
    from dlviz.commands.train_custom import DEFAULT_ARCH  # noqa: PLC0415

    settings = [  # (arch, augment, transfer, transfer_lr)
        ("keras-cnn", False, False, 0.0), ("keras-cnn", True, False, 0.0),
        ("convnet", False, False, 0.0), ("convnet", True, False, 0.0),
        ("convnet", False, True, 0.0), ("convnet", True, True, 0.0),
        ("convnet", True, True, 0.1), ("keras-cnn", True, True, 0.0),
    ]
    if args.quick:
        settings = [(DEFAULT_ARCH, True, False, 0.0), ("convnet", True, True, 0.0)]
    with tempfile.TemporaryDirectory() as tmp:
        sets = [make_set(Path(tmp) / f"set{r}", args.per_class, seed=100 + r) for r in range(args.repeats)]
        new_x, new_y = new_drawings(10, seed=999)  # 40 new drawings, made "after training"
        print(f"{4 * args.per_class} drawings per data set ({args.per_class} per shape), {args.repeats} data sets; "
              f"accuracy on 40 new drawings; {torch.get_num_threads()} thread(s)")
        print(f"{'arch':10s} {'augment':8s} {'transfer':14s} {'new drawings':>22s} {'held-out':>9s} {'train s':>8s}")
        for arch, aug, tr, tlr in settings:
            accs, secs, held = [], [], []
            for r, folder in enumerate(sets):
                acc, s, h = train_and_measure(folder, arch, aug, tr, tlr, r, new_x, new_y)
                accs.append(acc)
                secs.append(s)
                held.append(h)
            trw = ("frozen" if tlr == 0 else f"lr×{tlr:g}") if tr else "no"
            default = " (default)" if (arch, aug, tr) == (DEFAULT_ARCH, True, False) else ""
            print(f"{arch:10s} {'on' if aug else 'off':8s} {trw:14s} "
                  f"{100 * np.mean(accs):6.1f} % ({100 * min(accs):.0f}–{100 * max(accs):.0f} %) "
                  f"{100 * np.mean(held):8.1f} % {np.mean(secs):8.1f}{default}", flush=True)
        # the default command, end to end (start-up, reading the folder, training, the checkpoint)
        import subprocess  # noqa: PLC0415

        t0 = time.perf_counter()
        res = subprocess.run([sys.executable, "-m", "dlviz", "train", "custom", "--data", str(sets[0]), "--threads",
                              str(torch.get_num_threads()), "--out", str(Path(tmp) / "default.pt")],
                             capture_output=True, text=True, cwd=str(ROOT))
        wall = time.perf_counter() - t0
        last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()[-200:]
        print(f"default run: dlviz train custom --data FOLDER ({DEFAULT_ARCH}, augmentation on): {wall:.1f} s wall "
              f"(start-up included); {last}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
