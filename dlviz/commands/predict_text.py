"""``dlviz predict --text "…" [--text "…" …] | --text-file FILE [--model text-rnn|text-bilstm|CKPT] [--json]``:
the sentiment of sentences, by a shipped text model (default: text-bilstm) or a text
checkpoint written by ``dlviz train text-rnn|text-bilstm --out CKPT``.

``--text-file`` reads one sentence per line (UTF-8; blank lines are skipped). Without
``--json``: a first line naming the model, then one line per sentence,
``positive (93.1 %)  [negative:0.069 positive:0.931]  sentence``. With ``--json``: a list, in
input order, of ``{"text", "prediction", "probabilities": {class: p}}`` (for the shipped
models the classes are ``negative`` and ``positive``). Any problem — a missing or damaged
checkpoint, an image model, an empty, missing or unreadable file, an empty sentence — is one
line on stderr and exit code 2.

The image part of ``dlviz predict`` lives in :mod:`dlviz.commands.predict`; it calls
:func:`add_text_arguments` and hands over to :func:`run_text` when ``--text`` or
``--text-file`` is given.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

DEFAULT_TEXT_MODEL = "text-bilstm"


def add_text_arguments(p) -> None:
    g = p.add_argument_group("sentences (instead of images)").add_mutually_exclusive_group()
    g.add_argument("--text", action="append", metavar="SENTENCE",
                   help="a sentence to classify (repeat for more); the model is then a text model "
                        "(default: the shipped text-bilstm)")
    g.add_argument("--text-file", metavar="FILE", help="a UTF-8 file of sentences, one per line")


def wants_text(args) -> bool:
    return getattr(args, "text", None) is not None or getattr(args, "text_file", None) is not None


def _err(text: str) -> int:
    print(f"dlviz predict: {text}", file=sys.stderr)
    return 2


def load_text_model(spec: str | None):
    """(model, config, vocabulary, description) or ValueError with a one-line message."""
    from dlviz.core.checkpoint import CheckpointError  # noqa: PLC0415
    from dlviz.core.shipped import SHIPPED_ARCHS, shipped_path  # noqa: PLC0415
    from dlviz.core.text_models import TEXT_ARCHS, load_shipped_text, load_text_checkpoint  # noqa: PLC0415

    if spec is None or (spec in TEXT_ARCHS and not os.path.exists(spec)):
        arch = spec or DEFAULT_TEXT_MODEL
        try:
            loaded = load_shipped_text(arch)
        except CheckpointError as e:
            raise ValueError(f"shipped {arch} weights refused: {e}") from None
        if loaded is None:
            raise ValueError(f"no shipped {arch} weights ({shipped_path(arch)} is missing): train one with "
                             f"`dlviz train {arch} --out CKPT` and pass it with --model CKPT")
        return (*loaded, f"{arch} (shipped)")
    if spec in SHIPPED_ARCHS and not os.path.exists(spec):
        raise ValueError(f"--model {spec} reads digit images; for sentences use text-rnn, text-bilstm "
                         f"or a checkpoint of `dlviz train text-rnn|text-bilstm`")
    try:
        model, config, vocab, _payload = load_text_checkpoint(spec)
    except CheckpointError as e:
        raise ValueError(f"--model: {e}") from None
    return model, config, vocab, f"{config.get('arch', '?')} ({spec})"


def read_sentences(path: str) -> list[str]:
    """The non-blank lines of a UTF-8 file, stripped; ValueError with a one-line message."""
    name = Path(path).name
    p = Path(path)
    if not p.is_file():
        raise ValueError(f"--text-file {name}: file not found" if not p.exists() else
                         f"--text-file {name}: not a file")
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise ValueError(f"--text-file {name}: cannot be read ({e.strerror or e})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        raise ValueError(f"--text-file {name} line {line}: not UTF-8 text (save the file as UTF-8)") from None
    if "\x00" in text:
        raise ValueError(f"--text-file {name}: this is not a text file")
    sentences = [s.strip() for s in text.splitlines() if s.strip()]
    if not sentences:
        raise ValueError(f"--text-file {name}: the file holds no sentences (it is empty)")
    return sentences


def run_text(args) -> int:
    if getattr(args, "images", None):
        return _err("give image files or --text/--text-file, not both")
    try:
        if args.text is not None:
            sentences = [str(s).strip() for s in args.text]
            if not all(sentences):
                return _err("--text: an empty sentence (nothing to classify)")
        else:
            sentences = read_sentences(args.text_file)
        model, config, vocab, desc = load_text_model(args.model)
    except ValueError as e:
        return _err(str(e))
    from dlviz.core.text_models import predict_texts  # noqa: PLC0415

    classes = [str(c) for c in config.get("classes", [])]
    try:
        probs = predict_texts(model, sentences, vocab, config)
    except Exception as e:  # noqa: BLE001 — a foreign model or a missing tokeniser: one line, no traceback
        reason = getattr(e, "message", None) or str(e)
        return _err(f"the model failed on these sentences ({type(e).__name__}: {str(reason)[:120]})")
    if probs.shape[1] != len(classes):
        return _err(f"the model gives {probs.shape[1]} scores for {len(classes)} classes")
    results = []
    for sentence, row in zip(sentences, probs):
        k = int(row.argmax())
        results.append({"text": sentence, "prediction": classes[k],
                        "probabilities": {c: round(float(p), 6) for c, p in zip(classes, row)}})
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
        return 0
    print(f"model: {desc}")
    for r in results:
        listing = " ".join(f"{c}:{p:.3f}" for c, p in r["probabilities"].items())
        shown = " ".join(r["text"].split())
        print(f"{r['prediction']} ({100 * r['probabilities'][r['prediction']]:.1f} %)  [{listing}]  {shown}")
    return 0
