"""``dlviz train gan ...``: train the DCGAN headless (called by ``dlviz.commands.train``).

Progress goes to stderr; the last line on stdout reads
``d_loss=<float> g_loss=<float> inception_score=<float or nan>`` (the score needs a digit
classifier: ``--classifier CKPT``, else the ConvNet the app ships, else nan). ``--out CKPT``
writes a GAN checkpoint (atomically) with the history of grids; the GAN panel loads it.

Examples:
  dlviz train gan --epochs 3 --data ~/mnist --out gan.pt
  dlviz train gan --loss lsgan --d-norm batch --beta1 0.5 --time-limit 120
  dlviz train gan --pace 2          # slow motion: two steps a second
  dlviz train gan --dry-run

Without --epochs the run is sized by the data: the fewest whole passes that make 2,500
steps (41 epochs of the offline 5,000-digit sample, 3 of full MNIST); the first lines say
what was chosen.
"""

from __future__ import annotations

import time

from dlviz.commands._common import (
    DefaultInt,
    ProgressBar,
    data_problem,
    error,
    out_path_problem,
    positive_float,
)


def add_gan_arguments(p) -> None:
    """GAN-only options of ``dlviz train`` (the common ones — --epochs --batch-size --lr
    --device --data --seed --out --dry-run --optimizer — belong to the train command)."""
    for action in p._actions:  # noqa: SLF001 — see DefaultInt
        if action.dest == "batch_size" and isinstance(action.default, int) and not isinstance(action.default, DefaultInt):
            action.default = DefaultInt(action.default)
    g = p.add_argument_group("GAN options (MODEL gan)")
    g.add_argument("--latent-dim", type=int, default=None, help="length of the noise vector z (default 16)")
    g.add_argument("--codes", type=int, default=None,
                   help="values of the categorical code G also reads (InfoGAN; default 20, 0 for a plain DCGAN)")
    g.add_argument("--info-weight", type=float, default=None,
                   help="weight of the code's loss for D's Q head and G (default 1)")
    g.add_argument("--ema", type=float, default=None,
                   help="decay of the averaged G that draws the samples (default 0.999; 0: G itself)")
    g.add_argument("--g-features", type=int, default=None, help="generator width (default 16)")
    g.add_argument("--d-features", type=int, default=None, help="discriminator width (default 16)")
    g.add_argument("--lr-g", type=positive_float, default=None, help="generator learning rate (default: --lr, else 4e-3)")
    g.add_argument("--lr-d", type=positive_float, default=None, help="discriminator learning rate (default: --lr, else 8e-3)")
    g.add_argument("--beta1", type=float, default=None, help="Adam β1 (default 0)")
    g.add_argument("--beta2", type=float, default=None, help="Adam β2 (default 0.9)")
    g.add_argument("--d-steps", type=int, default=None, help="discriminator steps per generator step (default 1)")
    g.add_argument("--loss", choices=("bce", "lsgan", "hinge"), default=None,
                   help="bce (non-saturating), lsgan (least squares) or hinge; default hinge")
    g.add_argument("--d-norm", choices=("batch", "spectral", "none"), default=None,
                   help="discriminator normalisation (default spectral)")
    g.add_argument("--grid-every", type=int, default=None, help="keep a grid in the history every N steps (default 50)")
    g.add_argument("--classifier", metavar="CKPT", default=None,
                   help="classifier checkpoint for the Inception Score (default: the shipped ConvNet, else Keras CNN)")
    g.add_argument("--time-limit", type=positive_float, default=None, metavar="SECONDS",
                   help="stop after this many seconds of training")
    g.add_argument("--pace", type=float, default=0.0, metavar="STEPS_PER_SECOND",
                   help="slow motion: at most this many steps a second (default 0: full speed)")


def _error(msg) -> int:
    return error("dlviz train gan", msg)


def gan_config_from_args(args) -> dict:
    from dlviz.core.gan import GAN_DEFAULTS, gan_config  # noqa: PLC0415

    if getattr(args, "optimizer", "adam") not in (None, "adam"):
        raise ValueError("--optimizer: the GAN trains with Adam (set --beta1/--beta2 instead)")
    bs = getattr(args, "batch_size", None)
    lr = getattr(args, "lr", None)
    return gan_config(
        latent_dim=args.latent_dim, codes=args.codes, info_weight=args.info_weight, ema=args.ema,
        g_features=args.g_features, d_features=args.d_features,
        lr_g=args.lr_g if args.lr_g is not None else lr, lr_d=args.lr_d if args.lr_d is not None else lr,
        beta1=args.beta1, beta2=args.beta2, d_steps=args.d_steps, loss=args.loss, d_norm=args.d_norm,
        batch_size=None if bs is None or isinstance(bs, DefaultInt) else bs,
        epochs=getattr(args, "epochs", None) or GAN_DEFAULTS["epochs"],
        seed=getattr(args, "seed", None), device=getattr(args, "device", None) or "auto",
        grid_every=args.grid_every,
    )


def _load_classifier(path):
    """(model, description) or (None, reason)."""
    from dlviz.core.checkpoint import CheckpointError, load_classifier  # noqa: PLC0415

    if path:
        try:
            model, cfg, _ = load_classifier(path)
        except CheckpointError as e:
            raise ValueError(f"--classifier: {e}") from None
        return model, f"{cfg.get('arch')} from {path}"
    from dlviz.core.gan import shipped_classifier  # noqa: PLC0415

    model, arch = shipped_classifier()
    if model is None:
        return None, "no classifier (give --classifier CKPT): inception_score=nan"
    return model, f"shipped {arch}"


def run(args) -> int:
    try:
        return _run(args)
    except KeyboardInterrupt:
        return _error("interrupted")


def _run(args) -> int:
    import torch  # noqa: PLC0415

    from dlviz.core import gan as core  # noqa: PLC0415
    from dlviz.core.checkpoint import save_checkpoint  # noqa: PLC0415
    from dlviz.core.control import RunControl  # noqa: PLC0415
    from dlviz.core.data import resolve_mnist  # noqa: PLC0415
    from dlviz.core.events import Failed, Finished, GanMetrics, GanQuality, Samples, Started  # noqa: PLC0415
    from dlviz.core.models import pick_device  # noqa: PLC0415

    try:
        cfg = gan_config_from_args(args)
        pick_device(cfg["device"])
        classifier, clf_text = _load_classifier(args.classifier)
        pace = core.check_pace(getattr(args, "pace", 0.0) or 0.0)
    except ValueError as e:
        return _error(str(e))
    problem = out_path_problem(args.out, "gan.pt")
    if problem:
        return _error(problem)
    if getattr(args, "threads", None):
        torch.set_num_threads(int(args.threads))

    data = resolve_mnist(getattr(args, "data", None))
    problem = data_problem(getattr(args, "data", None), data)
    if problem:
        return _error(problem)
    images = data.train_x
    if args.dry_run:  # a smoke test: a few steps on a few digits
        images = images[: 4 * cfg["batch_size"]]
        cfg.update(epochs=1, quality_samples=200, grid_every=2)

    bar = ProgressBar()
    history = core.GridHistory()
    control = RunControl()
    end = None
    last: GanMetrics | None = None
    quality: GanQuality | None = None
    t_train = None
    plan = core.plan_run(cfg, len(images))
    for ev in core.train_gan(cfg, images, control, classifier=classifier, data_source=data.description, pace=pace):
        if isinstance(ev, Started):
            t_train = time.perf_counter()
            bar.line(f"training gan on {ev.data_source} — {ev.device}, {ev.total_steps:,} steps of batch "
                     f"{cfg['batch_size']}, {cfg['loss']} loss, lr G {cfg['lr_g']:g} / D {cfg['lr_d']:g}")
            bar.line(f"run: {core.plan_message(plan)}")
            if pace:
                bar.line(f"pace: at most {pace:g} steps a second")
            bar.line(f"quality meter: {clf_text}")
            for note in data.notes:
                bar.line(f"note: {note}")
        elif isinstance(ev, GanMetrics):
            last = ev
            bar.gan(ev)
            if args.time_limit and t_train is not None and time.perf_counter() - t_train >= args.time_limit:
                control.stop()
        elif isinstance(ev, Samples):
            history.add(ev.step, ev.images)
        elif isinstance(ev, GanQuality):
            quality = ev
            top = ", ".join(f"{d}:{n}" for d, n in enumerate(ev.histogram.tolist()))
            bar.line(f"epoch {ev.epoch}  step {ev.step}  inception score {ev.inception_score:.2f}  classes [{top}]")
        elif isinstance(ev, (Finished, Failed)):
            end = ev
    if isinstance(end, Failed):
        return _error(end.message)
    if end is None or last is None:
        return _error("training ended without a result")
    if classifier is not None and (quality is None or quality.step != last.step):
        g = core.make_generator(end.config, end.state)
        is_, hist = core.generated_quality(g, classifier, cfg["quality_samples"], cfg["seed"])
        quality = GanQuality(step=last.step, epoch=last.epoch, inception_score=is_, histogram=hist,
                             samples=cfg["quality_samples"])
        bar.line(f"step {last.step}  inception score {is_:.2f}")
    bar.line(end.message)
    if args.out:
        extra = {**history.to_extra(), "step": int(last.step), "data": data.summary()}
        if quality is not None:
            extra["quality"] = {"step": int(quality.step), "inception_score": float(quality.inception_score),
                                "histogram": [int(v) for v in quality.histogram], "samples": int(quality.samples)}
        try:
            save_checkpoint(args.out, "gan", end.config, end.state, end.history, extra)
        except OSError as e:
            return _error(f"--out: cannot write {args.out} ({e.strerror or e})")
        bar.line(f"saved {args.out}")
    score = quality.inception_score if quality is not None else float("nan")
    d_loss = end.history["d_loss"][-1] if end.history.get("d_loss") else last.d_loss
    g_loss = end.history["g_loss"][-1] if end.history.get("g_loss") else last.g_loss
    print(f"d_loss={d_loss:.6f} g_loss={g_loss:.6f} inception_score={score:.4f}")
    return 0

