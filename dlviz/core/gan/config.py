"""The GAN's settings: the defaults (chosen by measurement), the ranges the panel's spin
boxes share, and their validation. A refused value raises
:class:`~dlviz.core.messages.CoreError` with the setting's key as ``field``."""

from __future__ import annotations

import math
from typing import NamedTuple

from dlviz.core.messages import CoreError, Message, N_


LOSSES = ("bce", "lsgan", "hinge")
D_NORMS = ("batch", "spectral", "none")


# Defaults chosen by measurement (benchmarks/bench_gan_inception.py) to learn fast on a CPU:
# hinge loss + spectral-norm D + Adam β (0, 0.9) + lr D 2× lr G reach IS 7.3–7.5 in 120 s
# where the DCGAN recipe (BCE, batch-norm D, β1 0.5) levels off near 6.8–7.0; a 16-number z,
# twice those learning rates, a 20-way InfoGAN code and an averaged G lift it to a median of
# 7.9 over four seeds (7.8–8.1; about 40 setups measured on 2 CPU cores, every one without the
# code levelled off at 7.3–7.8); channels-last convolutions and a fused Adam (1.2× the steps)
# to 8.05 over twelve seeds (7.6–8.35). Narrower nets (G and D width 12, 1.25× the steps) scored
# lower (median 7.85 over four seeds).
GAN_DEFAULTS = {
    "arch": "dcgan",
    "latent_dim": 16,
    "codes": 20,  # categorical code (InfoGAN); 0: a plain DCGAN. 20 beat 10 and 15 by 0.1–0.3 (measured)
    "info_weight": 1.0,  # λ: weight of the code's cross-entropy in D's (Q's) and G's losses
    "ema": 0.999,  # decay of the averaged G that draws the samples; 0: show G itself
    "g_features": 16,
    "d_features": 16,
    "lr_g": 4e-3,
    "lr_d": 8e-3,  # two time-scale update rule: D learns faster than G
    "beta1": 0.0,  # no momentum: with β1 0.5 the hinge game learns far slower (measured)
    "beta2": 0.9,
    "batch_size": 64,
    "d_steps": 1,
    "loss": "hinge",
    "d_norm": "spectral",
    "epochs": 0,  # AUTO_EPOCHS: as many passes as AUTO_STEPS iterations need on the data (see plan_run)
    "seed": 0,
    "device": "auto",
    "grid_every": 50,  # iterations between two grids of the fixed noise in the history
    "quality_samples": 1000,
}


# Bounds for validation (the panel's spin boxes use the same ranges).
GAN_RANGES = {
    "latent_dim": (2, 512),
    "codes": (0, 100),
    "info_weight": (0.0, 100.0),
    "ema": (0.0, 0.9999),
    "g_features": (4, 256),
    "d_features": (4, 256),
    "lr_g": (1e-6, 1.0),
    "lr_d": (1e-6, 1.0),
    "beta1": (0.0, 0.999),
    "beta2": (0.0, 0.9999),
    "batch_size": (2, 4096),
    "d_steps": (1, 10),
    "epochs": (0, 1000),  # 0: auto
    "seed": (0, 2**31 - 1),
    "grid_every": (1, 100000),
    "quality_samples": (10, 100000),
}


AUTO_EPOCHS = 0  # the epochs setting that sizes the run by the data (plan_run)
# The default run's length, in iterations (one D step + one G step each). Chosen by measurement
# (2 CPU cores, the defaults above): on the offline 5,000-digit sample the old 5 epochs (310
# iterations) ended in 30–40 s at an Inception Score near 6 — blobs still turning into digits;
# measured on that sample (seed 0, IS of 1,000 samples by the shipped ConvNet): 250 iterations
# 5.4, 500 7.0, 1,000 7.3, 1,500 7.5, 2,000 7.8, 2,500 8.0, 3,000 8.2 — still rising slowly, the
# digits clear from about 2,000 on. 2,500 iterations: 41 epochs of the sample (2,542
# iterations, about 5 minutes at the sample's old 310 iterations in under 40 s), 3 of full
# MNIST (2,811).
AUTO_STEPS = 2500
PACE_RANGE = (0.0, 100.0)  # steps per second; 0: full speed


class RunPlan(NamedTuple):
    """How long a run is: ``epochs`` passes of ``iterations_per_epoch`` iterations over
    ``digits`` training images; ``auto``: the epochs were chosen by ``plan_run``."""

    epochs: int
    iterations_per_epoch: int
    steps: int
    digits: int
    auto: bool


def iterations_per_epoch(config: dict, n_images: int) -> int:
    """Iterations (``d_steps`` D steps + one G step) in one pass over ``n_images`` digits."""
    batch = max(1, min(int(config["batch_size"]), int(n_images)))
    return max(1, max(1, int(n_images) // batch) // int(config["d_steps"]))


def plan_run(config: dict, n_images: int) -> RunPlan:
    """The run's length on ``n_images`` digits: the epochs asked for, or — epochs
    ``AUTO_EPOCHS`` — the fewest whole passes that make at least ``AUTO_STEPS`` iterations
    (a small data set gets more passes — 41 of the 5,000-digit sample —, full MNIST three; at most the epochs' maximum)."""
    cfg = {**GAN_DEFAULTS, **config}
    per = iterations_per_epoch(cfg, n_images)
    auto = int(cfg["epochs"]) == AUTO_EPOCHS
    epochs = min(GAN_RANGES["epochs"][1], -(-AUTO_STEPS // per)) if auto else int(cfg["epochs"])
    return RunPlan(epochs, per, epochs * per, int(n_images), auto)


def plan_message(plan: RunPlan) -> Message:
    """One line on the run's length and why (shown by the panel and the headless command)."""
    if plan.auto:
        return Message(N_("Auto: {epochs} epochs of {digits} digits = {steps} steps, about what "
                          "clear digits need."), epochs=plan.epochs, digits=f"{plan.digits:,}", steps=f"{plan.steps:,}")
    return Message(N_("{epochs} epochs of {digits} digits = {steps} steps."), epochs=plan.epochs,
                   digits=f"{plan.digits:,}", steps=f"{plan.steps:,}")


def check_pace(value) -> float:
    """A pace in steps per second (0: full speed), or CoreError with field "pace"."""
    lo, hi = PACE_RANGE
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise CoreError(N_("not a number ({value})"), field="pace", value=repr(value)) from None
    if not math.isfinite(v) or not lo <= v <= hi:
        raise CoreError(N_("must be between {minimum} and {maximum} (got {value})"), field="pace",
                        minimum=f"{lo:g}", maximum=f"{hi:g}", value=f"{v:g}")
    return v


def gan_config(**overrides) -> dict:
    """A complete, validated GAN config (the defaults, then ``overrides``)."""
    cfg = {**GAN_DEFAULTS}
    for k, v in overrides.items():
        if v is not None:
            cfg[k] = v
    return validate_gan_config(cfg)


def validate_gan_config(config: dict) -> dict:
    """Fill missing keys with defaults and check every value; CoreError (a ValueError) with a
    clear message and the key as ``field``."""
    if not isinstance(config, dict):
        raise CoreError(N_("the GAN settings must be a dictionary"))
    cfg = {**GAN_DEFAULTS, **config}
    if cfg.get("arch") != "dcgan":
        raise CoreError(N_("unknown architecture {value} (expected dcgan)"), field="arch",
                        value=repr(cfg.get("arch")))
    ints = ("latent_dim", "codes", "g_features", "d_features", "batch_size", "d_steps", "epochs", "seed",
            "grid_every", "quality_samples")
    for key, (lo, hi) in GAN_RANGES.items():
        try:
            v = int(cfg[key]) if key in ints else float(cfg[key])
        except (TypeError, ValueError):
            raise CoreError(N_("not a number ({value})"), field=key, value=repr(cfg[key])) from None
        if key in ints and float(cfg[key]) != v:
            raise CoreError(N_("must be a whole number, got {value}"), field=key, value=repr(cfg[key]))
        if not (lo <= v <= hi) or (isinstance(v, float) and not math.isfinite(v)):
            raise CoreError(N_("must be between {minimum} and {maximum} (got {value})"), field=key,
                            minimum=f"{lo:g}", maximum=f"{hi:g}", value=f"{v:g}")
        cfg[key] = v
    if cfg["loss"] not in LOSSES:
        raise CoreError(N_("unknown loss {value} (choose from {choices})"), field="loss",
                        value=repr(cfg["loss"]), choices=", ".join(LOSSES))
    if cfg["d_norm"] not in D_NORMS:
        raise CoreError(N_("unknown normalisation {value} (choose from {choices})"), field="d_norm",
                        value=repr(cfg["d_norm"]), choices=", ".join(D_NORMS))
    if cfg["codes"] == 1:
        raise CoreError(N_("must be 0 (no code) or at least 2"), field="codes", value=1)
    cfg["device"] = str(cfg.get("device") or "auto")
    return cfg


def config_from_checkpoint(config: dict) -> dict:
    """A saved GAN config, validated. Checkpoints made before the code and the averaged G
    existed have neither: they are plain DCGANs, not the new defaults."""
    if not isinstance(config, dict):
        raise CoreError(N_("the GAN settings must be a dictionary"))
    return validate_gan_config({"codes": 0, "ema": 0.0, **config})
