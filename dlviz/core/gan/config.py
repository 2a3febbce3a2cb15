"""The GAN's settings: the defaults (chosen by measurement), the ranges the panel's spin
boxes share, and their validation. A refused value raises
:class:`~dlviz.core.messages.CoreError` with the setting's key as ``field``."""

from __future__ import annotations

import math

from dlviz.core.messages import CoreError, N_


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
    "epochs": 5,
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
    "epochs": (1, 1000),
    "seed": (0, 2**31 - 1),
    "grid_every": (1, 100000),
    "quality_samples": (10, 100000),
}


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
