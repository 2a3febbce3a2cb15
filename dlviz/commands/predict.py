"""Classify images of handwritten digits (PNG, JPEG, … any size; dark ink on light paper or
light ink on dark) with the same MNIST preprocessing as the Draw panel: crop to the ink,
scale the longer side to 20 px, centre the centre of mass in 28×28.

Prints the top class and the probabilities per file; with --json, a JSON list of
{"file", "prediction", "probabilities"}: the class name ("0"–"9" for the digits, the folder names
for a model trained with ``dlviz train custom``) and the probabilities keyed by class name. The model is the shipped ConvNet unless --model
names a checkpoint (loaded safely, weights only) or a shipped model (convnet, keras-cnn,
lstm, vit).

With --text SENTENCE (repeatable) or --text-file FILE it reads sentences instead, with a text
model (default: the shipped text-bilstm; --model text-rnn, text-bilstm or a text checkpoint)."""

from __future__ import annotations

import json
import os
import sys


def add_arguments(p):
    p.add_argument("images", nargs="*", metavar="IMAGE", help="image files of single digits")
    p.add_argument("--model", metavar="CKPT",
                   help="classifier checkpoint (.pt) saved by dlviz, or a shipped model name: "
                        "convnet, keras-cnn, lstm, vit (default: the shipped ConvNet)")
    p.add_argument("--json", action="store_true", help="print a JSON list instead of text")
    from dlviz.commands.predict_text import add_text_arguments  # noqa: PLC0415 — --text / --text-file

    add_text_arguments(p)


def _err(text: str) -> None:
    print(f"dlviz predict: {text}", file=sys.stderr)


def load_model(spec: str | None):
    """(model, description, class names) or raises ValueError with a one-line message. The class
    names come from the checkpoint's config (your own classes: ``class_names``), else "0" … "9"."""
    from dlviz.core.models import class_names_of  # noqa: PLC0415

    from dlviz.core.checkpoint import CheckpointError, load_classifier  # noqa: PLC0415
    from dlviz.core.shipped import SHIPPED_ARCHS, load_shipped, shipped_path  # noqa: PLC0415

    if spec is None or (spec in SHIPPED_ARCHS and not os.path.exists(spec)):
        arch = spec or "convnet"
        try:
            loaded = load_shipped(arch)
        except CheckpointError as e:
            raise ValueError(f"shipped {arch} weights refused: {e}") from None
        if loaded is None:
            raise ValueError(
                f"no shipped {arch} weights ({shipped_path(arch)} is missing): train a model with "
                f"`dlviz train` and pass it with --model CKPT")
        return loaded[0], f"{arch} (shipped)", class_names_of(loaded[1])
    try:
        model, config, _payload = load_classifier(spec)
    except CheckpointError as e:
        raise ValueError(f"--model: {e}") from None
    names = class_names_of(config)
    kind = f"{config.get('arch', '?')}, classes {', '.join(names)}" if config.get("class_names") else config.get("arch", "?")
    return model, f"{kind} ({spec})", names


def run(args) -> int:
    from dlviz.commands import predict_text  # noqa: PLC0415 — sentences: dlviz/commands/predict_text.py

    if predict_text.wants_text(args):
        return predict_text.run_text(args)
    if not args.images:
        _err("give image files of digits (or --text SENTENCE / --text-file FILE for sentences)")
        return 2
    try:
        model, desc, names = load_model(args.model)
    except ValueError as e:
        _err(str(e))
        return 2
    from dlviz.core.features import predict  # noqa: PLC0415
    from dlviz.core.preprocess import ImageError, preprocess_file  # noqa: PLC0415

    results, failed = [], 0
    if not args.json:
        print(f"model: {desc}")
    for path in args.images:
        try:
            pre = preprocess_file(path)
        except ImageError as e:
            _err(str(e))
            failed += 1
            continue
        if pre is None:
            _err(f"{path}: blank image — no digit found (nothing to classify)")
            failed += 1
            continue
        try:
            pred = predict(model, pre.image)
        except Exception as e:  # noqa: BLE001 — a foreign model: one line, no traceback
            _err(f"{path}: the model failed on this input ({type(e).__name__}: {str(e)[:120]})")
            return 2
        probs = {names[k]: round(float(p), 6) for k, p in enumerate(pred.probabilities)}  # "0".."9" for MNIST
        results.append({"file": path, "prediction": names[pred.top], "probabilities": probs})
        if not args.json:
            listing = "  ".join(f"{d}:{p:.3f}" for d, p in probs.items())
            print(f"{path}: {names[pred.top]} ({100 * pred.confidence:.1f} %)  [{listing}]")
    if args.json:
        print(json.dumps(results))
    return 1 if failed else 0
