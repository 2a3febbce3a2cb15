"""Real handwriting that is not MNIST: the shipped digit classifiers (or checkpoints given with
--model) on the 1,797 UCI handwritten digits that scikit-learn ships (``load_digits``: 8×8
images, values 0–16, written by 43 people other than MNIST's), and on the MNIST test set.

Each UCI digit is made into the kind of picture a learner would give ``dlviz predict``: dark ink
on white paper, upscaled from 8×8 to 96×96 (bicubic, Pillow's default for a resize), 8-bit grey. Then it goes through exactly
what ``dlviz predict`` (and the Draw panel) does with a picture: ``read_grey``'s 0–1 grey,
``ink_from_grey``, ``preprocess`` (crop, scale to 20 px, centre of mass at the centre of 28×28).
A few of them are also written as PNG files and run through ``dlviz predict --json``; the
benchmark stops if its answers differ from the in-memory ones.

Prints, per model, the accuracy on all 1,797 UCI digits, on the first 300 (the figure measured
before augmentation: the shipped ConvNet read 91.7 % of them) and on the 10,000 MNIST test
digits, each with its standard error, against its target; and the UCI figure with the digits
enlarged by two other filters (the figures depend on it by a point or two).

  python benchmarks/bench_real_handwriting.py
  python benchmarks/bench_real_handwriting.py --model /tmp/convnet.pt --model keras-cnn
  python benchmarks/bench_real_handwriting.py --montage /tmp/uci.png   # also save 100 preprocessed UCI digits
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT.parent / "shared" / "data"
SHIPPED = ("convnet", "keras-cnn", "lstm", "vit")
UCI_TARGET = 0.97
MNIST_FLOOR = {"convnet": 0.990, "keras-cnn": 0.985, "lstm": 0.985}  # the floors (vit: none)
UPSCALED = 96
FIRST = 300  # the earlier measurement's subset
CHECKED = 8  # UCI digits also run through `dlviz predict` on PNG files


def uci_pictures(size: int = UPSCALED, resample: str = "bicubic") -> tuple[np.ndarray, np.ndarray]:
    """The UCI digits as uint8 pictures (N, size, size): dark ink (0) on white paper (255),
    upscaled with ``resample`` (a Pillow filter name; the ConvNet trained without augmentation
    reads 89.9 % of them upscaled bilinearly, 91.9 % bicubic, 93.4 % with Lanczos: the figures depend on it); and their labels."""
    from PIL import Image  # noqa: PLC0415
    from sklearn.datasets import load_digits  # noqa: PLC0415

    FILTERS = {"nearest": Image.NEAREST, "bilinear": Image.BILINEAR, "bicubic": Image.BICUBIC, "lanczos": Image.LANCZOS}
    digits = load_digits()
    out = np.empty((len(digits.images), size, size), np.uint8)
    for i, img in enumerate(digits.images):
        paper = np.round(255.0 * (1.0 - img / 16.0)).astype(np.uint8)
        out[i] = np.asarray(Image.fromarray(paper, "L").resize((size, size), FILTERS[resample]))
    return out, digits.target.astype(np.int64)


def preprocess_picture(picture: np.ndarray):
    """What ``preprocess_file`` does with a picture once read (an 8-bit grey file: ``read_grey``
    gives value / 255): ``ink_from_grey`` then ``preprocess``. None when blank."""
    from dlviz.core.preprocess import ink_from_grey, preprocess  # noqa: PLC0415

    ink = ink_from_grey(picture.astype(np.float32) / 255.0)
    return None if ink is None else preprocess(ink)


def preprocessed_uci(resample: str = "bicubic") -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(28×28 model inputs in [0, 1], labels, the pictures)."""
    pictures, labels = uci_pictures(resample=resample)
    images = []
    for p in pictures:
        pre = preprocess_picture(p)
        if pre is None:
            raise SystemExit("a UCI digit came out blank — the preprocessing changed?")
        images.append(pre.image)
    return np.stack(images).astype(np.float32), labels, pictures


def check_against_cli(spec: str, model, pictures: np.ndarray, images: np.ndarray) -> None:
    """Write CHECKED pictures as PNG files, run ``dlviz predict --json`` on them and compare its
    probabilities with the in-memory path's (the same preprocessing, the same model)."""
    from PIL import Image  # noqa: PLC0415

    from dlviz.core.features import predict  # noqa: PLC0415

    picks = np.linspace(0, len(pictures) - 1, CHECKED).astype(int)
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i in picks:
            f = os.path.join(tmp, f"uci-{i}.png")
            Image.fromarray(pictures[i], "L").save(f)
            files.append(f)
        cmd = [sys.executable, "-m", "dlviz", "predict", "--json", "--model", spec, *files]
        done = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "OMP_NUM_THREADS": "1"})
        if done.returncode != 0:
            raise SystemExit(f"dlviz predict failed: {done.stderr.strip()[-400:]}")
        answers = json.loads(done.stdout)
    worst = 0.0
    for i, ans in zip(picks, answers):
        mine = predict(model, images[i]).probabilities
        theirs = np.array([ans["probabilities"][str(k)] for k in range(10)])
        worst = max(worst, float(np.abs(mine - theirs).max()))
        if int(ans["prediction"]) != int(np.argmax(mine)):
            raise SystemExit(f"UCI digit {i}: dlviz predict says {ans['prediction']}, the benchmark "
                             f"{int(np.argmax(mine))}")
    if worst > 1e-5:
        raise SystemExit(f"dlviz predict's probabilities differ from the benchmark's by {worst:.2g}")
    print(f"  check: {CHECKED} UCI digits as PNG files through `dlviz predict --json`: same answers "
          f"(probabilities within {worst:.1g})")


def save_montage(path: str, pictures: np.ndarray, images: np.ndarray, n: int = 100) -> None:
    """The first ``n`` pictures (shrunk to 28×28 for the montage) beside what the model sees."""
    from PIL import Image  # noqa: PLC0415

    side = int(math.ceil(math.sqrt(n)))
    tile = np.zeros((side * 28, 2 * side * 28 + 8), np.uint8)
    for k in range(n):
        r, c = divmod(k, side)
        small = np.asarray(Image.fromarray(pictures[k]).resize((28, 28), Image.BILINEAR))
        tile[r * 28:(r + 1) * 28, c * 28:(c + 1) * 28] = 255 - small
        x0 = side * 28 + 8
        tile[r * 28:(r + 1) * 28, x0 + c * 28:x0 + (c + 1) * 28] = np.round(images[k] * 255).astype(np.uint8)
    Image.fromarray(tile).resize((tile.shape[1] * 2, tile.shape[0] * 2), Image.NEAREST).save(path)
    print(f"montage: {path} (left: the pictures, inverted; right: the 28×28 inputs)")


def _se(p: float, n: int) -> float:
    return math.sqrt(max(p * (1 - p), 0.0) / n)


def _row(what: str, p: float, n: int, target: float | None) -> str:
    if target is None:
        verdict, tgt = "", "—"
    else:
        verdict, tgt = ("met" if p >= target else "NOT met"), f"≥ {100 * target:.1f} %"
    return f"  {what:<24} {100 * p:6.2f} % ± {100 * _se(p, n):4.2f}   target {tgt:<9} {verdict}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", action="append", default=None,
                    help="a checkpoint (.pt) or a shipped model name (repeatable; default: the shipped "
                         + ", ".join(SHIPPED) + ")")
    ap.add_argument("--data", default=str(DEFAULT_DATA), help="the MNIST folder (torchvision's layout)")
    ap.add_argument("--montage", metavar="PNG", default=None, help="save 100 preprocessed UCI digits here")
    ap.add_argument("--upscale", choices=("bicubic", "bilinear", "lanczos", "nearest"), default="bicubic",
                    help="how the 8×8 digits are enlarged to 96×96 (default bicubic, Pillow's default)")
    ap.add_argument("--no-check", action="store_true", help="skip the `dlviz predict` comparison")
    args = ap.parse_args(argv)

    import torch  # noqa: PLC0415

    from dlviz.commands.predict import load_model  # noqa: PLC0415 — what `dlviz predict --model` loads
    from dlviz.core.data import load_folder  # noqa: PLC0415
    from dlviz.core.engine import evaluate_arrays  # noqa: PLC0415
    from dlviz.core.features import predict_batch  # noqa: PLC0415

    torch.set_num_threads(1)
    images, labels, pictures = preprocessed_uci(args.upscale)
    print(f"UCI digits (scikit-learn load_digits): {len(labels):,}, upscaled 8×8 → {UPSCALED}×{UPSCALED} "
          f"({args.upscale}), then dlviz predict's preprocessing")
    if args.montage:
        save_montage(args.montage, pictures, images)
    others = {r: preprocessed_uci(r)[0] for r in ("bilinear", "lanczos") if r != args.upscale}
    mnist = load_folder(args.data)
    specs = args.model or list(SHIPPED)
    for spec in specs:
        try:
            model, desc, names = load_model(spec)
        except ValueError as e:
            print(f"{spec}: {e}")
            continue
        arch = desc.split()[0].rstrip(",")  # "convnet (shipped)", "lstm (/tmp/lstm.pt)"
        print(f"{desc}")
        pred = predict_batch(model, images).argmax(1)
        right = pred == labels
        p_all, p_first = float(right.mean()), float(right[:FIRST].mean())
        ev = evaluate_arrays(model, mnist.test_x, mnist.test_y)
        print(_row(f"UCI, all {len(labels):,}", p_all, len(labels), UCI_TARGET))
        print(_row(f"UCI, first {FIRST}", p_first, FIRST, UCI_TARGET))
        if others:
            print("  UCI, other upscalings:  " + ", ".join(
                f"{r} {100 * float((predict_batch(model, x).argmax(1) == labels).mean()):.2f} %"
                for r, x in others.items()))
        print(_row(f"MNIST test, {len(mnist.test_y):,}", ev.accuracy, len(mnist.test_y), MNIST_FLOOR.get(arch)))
        wrong = np.flatnonzero(~right)
        if len(wrong):
            pairs = {}
            for i in wrong:
                key = f"{labels[i]}→{pred[i]}"
                pairs[key] = pairs.get(key, 0) + 1
            common = sorted(pairs.items(), key=lambda kv: -kv[1])[:6]
            print("  most UCI errors (true→read): " + ", ".join(f"{k} ×{v}" for k, v in common))
        if not args.no_check and spec == specs[0]:
            check_against_cli(spec, model, pictures, images)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
