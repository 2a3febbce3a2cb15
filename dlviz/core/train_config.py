"""The settings of a classifier run (:class:`TrainConfig`) and the default learning rates.
:mod:`dlviz.core.engine` runs it (and re-exports these names)."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, fields

from dlviz.core.messages import CoreError, N_
from dlviz.core.models import ACTIVATIONS, CLASSIFIER_ARCHS, default_config

OPTIMIZERS = ("adam", "sgd")
SCHEDULES = ("onecycle", "constant")

# Defaults per architecture, tuned on the full MNIST (see assets/README.md).
DEFAULT_LR = {"keras-cnn": 3e-3, "convnet": 3e-3, "rnn": 1e-3, "gru": 3e-3, "lstm": 3e-3, "vit": 1e-3}


def default_lr(arch: str, optimizer: str = "adam") -> float:
    lr = DEFAULT_LR.get(arch, 1e-3)
    return lr * 10 if optimizer == "sgd" else lr


@dataclass
class TrainConfig:
    """Everything a classifier run needs. ``model`` is the model config given to
    :func:`dlviz.core.models.build_model`."""

    model: dict = field(default_factory=lambda: default_config("keras-cnn"))
    optimizer: str = "adam"  # "adam" | "sgd" (SGD with momentum)
    lr: float = 3e-3  # the peak learning rate when the one-cycle schedule is on
    momentum: float = 0.9  # SGD only
    batch_size: int = 128
    epochs: int = 3
    weight_decay: float = 0.0  # L2 penalty (coupled, as torch's weight_decay)
    seed: int = 0
    device: str = "auto"  # "auto" | "cpu" | "cuda"
    schedule: str = "onecycle"  # "onecycle" | "constant"
    warmup: float = 0.25  # one-cycle: fraction of the run spent warming up
    max_batches: int | None = None  # stop after this many batches in total (dry runs, tests)
    max_seconds: float | None = None  # stop after this much training time (benchmarks)
    max_test: int | None = None  # evaluate on at most this many test digits (dry runs)
    evaluate: str = "epoch"  # "epoch" | "end" | "none"
    test_batch_size: int = 1000
    batch_rate: float = 25.0  # BatchMetrics per second at most
    confused_k: int = 16  # how many most-confused test digits each EpochMetrics carries
    threads: int | None = None  # torch.set_num_threads for the run (None: leave as is)

    def validate(self) -> "TrainConfig":
        """Raise :class:`~dlviz.core.messages.CoreError` (a ValueError; one clear line, the
        attribute's name as ``field``) for an impossible configuration."""
        arch = self.model.get("arch") if isinstance(self.model, dict) else None
        if arch not in CLASSIFIER_ARCHS:
            raise CoreError(N_("unknown model {value} (choose from {choices})"), field="model",
                            value=repr(arch), choices=", ".join(CLASSIFIER_ARCHS))
        if self.optimizer not in OPTIMIZERS:
            raise CoreError(N_("unknown optimizer {value} (adam or sgd)"), field="optimizer", value=repr(self.optimizer))
        if self.schedule not in SCHEDULES:
            raise CoreError(N_("unknown schedule {value} (onecycle or constant)"), field="schedule",
                            value=repr(self.schedule))
        if not (isinstance(self.lr, (int, float)) and math.isfinite(self.lr) and self.lr > 0):
            raise CoreError(N_("the learning rate must be a positive number, got {value}"), field="lr",
                            value=_shown(self.lr))
        _check_range("batch_size", self.batch_size, 1, 65536)
        _check_range("epochs", self.epochs, 1, 10000)
        if not (math.isfinite(self.weight_decay) and self.weight_decay >= 0):
            raise CoreError(N_("must be 0 or more, got {value}"), field="weight_decay", value=_shown(self.weight_decay))
        if not 0 <= self.momentum < 1:
            raise CoreError(N_("must be at least 0 and less than 1, got {value}"), field="momentum",
                            value=_shown(self.momentum))
        drop = float(self.model.get("dropout", 0.0))
        if not 0 <= drop < 1:
            raise CoreError(N_("must be at least 0 and less than 1, got {value}"), field="dropout", value=_shown(drop))
        act = self.model.get("activation")
        if act is not None and act not in ACTIVATIONS:
            raise CoreError(N_("unknown activation {value} (choose from {choices})"), field="activation",
                            value=repr(act), choices=", ".join(ACTIVATIONS))
        if self.evaluate not in ("epoch", "end", "none"):
            raise CoreError(N_("must be epoch, end or none, got {value}"), field="evaluate", value=repr(self.evaluate))
        if self.max_batches is not None and self.max_batches < 1:
            raise CoreError(N_("must be at least {minimum}, got {value}"), field="max_batches", minimum=1,
                            value=_shown(self.max_batches))
        return self

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "TrainConfig":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


def _shown(value):
    """A number as a refusal quotes it (``{:g}`` for floats)."""
    if isinstance(value, float):
        return f"{value:g}"
    return value if isinstance(value, int) else repr(value)


def _check_range(name: str, value, lo: int, hi: int) -> None:
    if not lo <= int(value) <= hi:
        raise CoreError(N_("must be between {minimum} and {maximum}, got {value}"), field=name,
                        minimum=lo, maximum=hi, value=_shown(value))
