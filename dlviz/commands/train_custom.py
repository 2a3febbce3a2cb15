"""``dlviz train custom --data FOLDER``: train a CNN on your own classes, FOLDER/CLASS/*.png|jpg
(class names from the sub-folders' names; every image preprocessed like the Draw panel's
input). The network is the Keras CNN unless ``--arch convnet``; augmentation is on unless
``--no-augment``; ``--transfer`` starts from the shipped ConvNet's conv layers (frozen). The last line on stdout reads ``test_loss=… test_accuracy=…``
(on the held-out fifth of each class); ``--out CKPT`` writes a checkpoint whose config carries
``n_classes`` and ``class_names`` (``dlviz predict --model CKPT`` then answers with the names).

  dlviz train custom --data ~/my-shapes --out shapes.pt
  dlviz train custom --data ~/my-shapes --arch convnet --epochs 60 --no-augment
  dlviz train custom --data ~/my-shapes --transfer --dry-run
"""

from __future__ import annotations

from dlviz.commands._common import DefaultInt, ProgressBar, epoch_text, error, follow_run, out_path_problem, run_extra

ARCHS = ("keras-cnn", "convnet")
DEFAULT_ARCH = "keras-cnn"  # with augmentation: 95 % of new drawings of four shapes (convnet 88 %; bench_custom.py)
TRANSFER_ARCH = "convnet"  # --transfer without --arch: the shipped ConvNet's conv layers
DEFAULT_EPOCHS = 40  # a few examples per class: many short epochs (measured in benchmarks/bench_custom.py)
DEFAULT_BATCH = 16
TEST_FRACTION = 0.2
# The ConvNet's dropout (0.5 on MNIST) on top of augmentation is too much for a few examples:
# 77 % of new drawings right with it, 88 % without, 97 % without it and with --transfer from
# the shipped ConvNet trained with augmentation (93 % from the earlier one; bench_custom.py);
# --dropout sets it.
CUSTOM_DROPOUT = {"convnet": 0.0}


def add_custom_arguments(p) -> None:
    """The options of ``dlviz train custom`` (--data, --epochs, --out, --dry-run … are shared)."""
    g = p.add_argument_group("your own classes (MODEL custom; --data FOLDER with FOLDER/CLASS/*.png)")
    g.add_argument("--arch", choices=ARCHS, default=None,
                   help=f"the network (default {DEFAULT_ARCH}; {TRANSFER_ARCH} with --transfer)")
    g.add_argument("--no-augment", action="store_true",
                   help="train on the examples as they are (default: random shifts, rotations, scales and stroke "
                        "widths)")
    g.add_argument("--transfer", action="store_true",
                   help="start from the shipped ConvNet's conv layers (kept frozen): the strokes it learned on MNIST "
                        "(with --arch keras-cnn: the shipped Keras CNN's)")


def custom_config(arch: str = DEFAULT_ARCH, augment: bool = True, transfer: bool = False, epochs=None,
                  batch_size=None, seed: int = 0, **options):
    """The TrainConfig of a run on your own classes (what ``dlviz train custom`` and the
    benchmark use): ``epochs`` and ``batch_size`` default to DEFAULT_EPOCHS / DEFAULT_BATCH, the
    ConvNet's dropout to CUSTOM_DROPOUT."""
    from dlviz.core.engine import TrainConfig, default_lr  # noqa: PLC0415
    from dlviz.core.models import default_config  # noqa: PLC0415

    optimizer = options.pop("optimizer", "adam")
    lr = options.pop("lr", None)
    model = default_config(arch)
    if arch in CUSTOM_DROPOUT:
        model["dropout"] = CUSTOM_DROPOUT[arch]
    return TrainConfig(model=model, optimizer=optimizer,
                       lr=lr if lr is not None else default_lr(arch, optimizer),
                       epochs=int(epochs or DEFAULT_EPOCHS), batch_size=int(batch_size or DEFAULT_BATCH),
                       seed=int(seed), augment=bool(augment), transfer=bool(transfer), evaluate="epoch", **options)


def _error(msg) -> int:
    return error("dlviz train custom", msg)


def run_custom(args) -> int:
    try:
        return _run(args)
    except KeyboardInterrupt:
        return _error("interrupted")


def _run(args) -> int:
    from dlviz.core.checkpoint import save_checkpoint  # noqa: PLC0415
    from dlviz.core.custom_data import read_folder  # noqa: PLC0415
    from dlviz.core.engine import train_classifier  # noqa: PLC0415
    from dlviz.core.events import EpochMetrics  # noqa: PLC0415
    from dlviz.core.messages import CoreError  # noqa: PLC0415
    from dlviz.core.models import pick_device  # noqa: PLC0415
    from dlviz.core.pace import clean_pace  # noqa: PLC0415

    if not args.data:
        return _error("--data FOLDER is required: one sub-folder of images per class (FOLDER/CLASS/*.png)")
    for opt in ("hidden", "layers", "patch", "dim", "depth", "heads", "mlp", "train_size"):
        if getattr(args, opt, None) is not None:
            return _error(f"--{opt.replace('_', '-')} does not apply to custom (choose the network with --arch)")
    if getattr(args, "bidirectional", False):
        return _error("--bidirectional does not apply to custom")
    arch = args.arch or (TRANSFER_ARCH if args.transfer else DEFAULT_ARCH)
    try:
        pick_device(args.device)
    except ValueError as e:
        return _error(str(e))
    pace = clean_pace(getattr(args, "pace", 0.0))
    if pace is None:
        return _error(f"--pace: must be a number, 0 (full speed) or more, not {getattr(args, 'pace', None)}")
    problem = out_path_problem(args.out, "model.pt")
    if problem:
        return _error(problem)
    try:
        data = read_folder(args.data)
        split = data.split(TEST_FRACTION, seed=int(args.seed))
    except CoreError as e:
        return _error(f"--data {args.data}: {e.message}")

    bs = args.batch_size
    options = dict(weight_decay=args.weight_decay, device=args.device, schedule=args.schedule,
                   threads=args.threads, pace=pace, optimizer=args.optimizer, lr=args.lr,
                   max_batches=2 if args.dry_run else None)
    cfg = custom_config(arch, augment=not args.no_augment, transfer=args.transfer, epochs=args.epochs,
                        batch_size=None if bs is None or isinstance(bs, DefaultInt) else bs, seed=args.seed, **options)
    if args.activation:
        cfg.model["activation"] = args.activation
    if args.dropout is not None:
        cfg.model["dropout"] = args.dropout
    try:
        cfg.validate()
    except ValueError as e:
        return _error(str(e))

    bar = ProgressBar()

    def started(ev):
        counts = ", ".join(f"{n} {c}" for n, c in zip(data.class_names, data.counts()))
        bar.line(f"training {arch} on {len(data)} examples of {data.n_classes} classes ({counts}) from "
                 f"{args.data} — {len(split.train_x)} train / {len(split.test_x)} test, {ev.device}, "
                 f"{ev.total_steps:,} batches of {cfg.batch_size}, augmentation {'on' if cfg.augment else 'off'}"
                 f"{', transfer from the shipped ' + arch + ' (conv layers frozen)' if cfg.transfer else ''}")
        for note in data.notes:
            bar.line(f"note: {note}")

    last_epoch, problem, end = follow_run(
        train_classifier(split, cfg), bar, started, EpochMetrics,
        lambda ev: epoch_text(ev) if ev.epoch == ev.epochs or ev.epoch % 10 == 0 else "")
    if problem:
        return _error(problem)
    if args.out:
        extra = run_extra(end, last_epoch, split.summary(), args, class_names=list(data.class_names))
        try:
            save_checkpoint(args.out, "classifier", end.config, end.state, end.history, extra)
        except OSError as e:
            return _error(f"--out: cannot write {args.out} ({e.strerror or e})")
        bar.line(f"saved {args.out} (classes: {', '.join(data.class_names)})")
    print(f"test_loss={last_epoch.test_loss:.6f} test_accuracy={last_epoch.test_accuracy:.6f}")
    return 0
