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


# "Auto" epochs (``epochs=0``): a run sized by the data for about ``AUTO_SECONDS`` of training.
# Digit-equivalents each network trains per minute on a 2-core laptop CPU (batch 128), in the
# Training panel with its evaluations and projector; evaluating a digit costs EVAL_WEIGHT of
# training one (forward only). The Keras CNN: 46 epochs of the 4,000 + 1,000-digit sample took
# 38.8 s in the panel once it trained pooling first (dlviz/core/models.py), hence 300,000.
AUTO_SECONDS = 60.0
DIGITS_PER_MINUTE = {"keras-cnn": 300_000, "convnet": 200_000, "rnn": 150_000, "gru": 110_000, "lstm": 90_000,
                     "vit": 60_000}
EVAL_WEIGHT = 0.3
AUTO_MAX_EPOCHS = 100


@dataclass(frozen=True)
class AutoEpochs:
    """What ``epochs=0`` chose and why: ``epochs`` for ``n_train`` training digits (and
    ``n_eval`` digits evaluated after each epoch), about ``seconds`` of training here (the estimate
for these epochs: the target, or less when the epochs reach their cap);
    ``by_pace``: the pace (steps per second) limited it."""

    epochs: int
    n_train: int
    n_eval: int
    seconds: float
    by_pace: bool = False

    def to_dict(self) -> dict:
        return asdict(self)


def auto_epochs(arch: str, n_train: int, n_eval: int = 0, batch_size: int = 128, pace: float = 0.0,
                seconds: float = AUTO_SECONDS) -> AutoEpochs:
    """How many epochs make a run of about ``seconds`` on this machine's kind of CPU: the
    network's speed (``DIGITS_PER_MINUTE``) over the cost of one epoch (its training digits
    plus ``EVAL_WEIGHT`` × the digits evaluated after it), 1 … ``AUTO_MAX_EPOCHS``. With a
    pace (steps per second), no more epochs than the pace allows in that time. Deterministic
    (the same data and settings give the same run)."""
    n_train, n_eval = max(1, int(n_train)), max(0, int(n_eval))
    rate = DIGITS_PER_MINUTE.get(arch, 100_000) * seconds / 60.0
    per_epoch = n_train + EVAL_WEIGHT * n_eval
    epochs = max(1, min(AUTO_MAX_EPOCHS, int(round(rate / per_epoch))))
    by_pace = False
    # the time those epochs take (not the target: a tiny data set reaches AUTO_MAX_EPOCHS in seconds)
    estimate = epochs * per_epoch * seconds / rate
    if pace and pace > 0:
        steps = math.ceil(n_train / max(1, min(int(batch_size), n_train)))
        paced = max(1, int(pace * seconds // steps))
        if paced < epochs:
            epochs, by_pace = paced, True
        estimate = max(epochs * per_epoch * seconds / rate, epochs * steps / pace)
    return AutoEpochs(epochs, n_train, n_eval, float(estimate), by_pace)


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
    epochs: int = 3  # 0: "auto", chosen from the data size (auto_epochs), for about auto_seconds
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
    auto_seconds: float = AUTO_SECONDS  # epochs=0: the run's aimed length
    pace: float = 0.0  # slow motion: at most this many steps per second (0 = full speed); see core/pace.py
    train_size: int | None = None  # train on a fixed random subset of this many training digits
    measure_train: int = 0  # after each epoch, also evaluate this many training digits (the train–test gap)
    probes: bool = False  # report the weight norm and the dropout mask with the batch metrics
    weights_every: float = 0.0  # seconds between the weights sent with a batch report (BatchMetrics.state); 0 = never
    # Your own classes (dlviz.core.custom_data): the data's class_names set the model's n_classes.
    augment: bool | None = None  # random shifts, rotations, scales, stroke widths (core/augment.py; MNIST digits
    #                              also elastic distortion and blur: DIGIT_AUGMENT); None: on for your own classes,
    #                              off for MNIST
    augment_fraction: float = 1.0  # with augment: the share of each batch changed (the rest as it is)
    transfer: bool = False  # start from the shipped CNN's conv layers (core/transfer.py; convnet or keras-cnn)
    transfer_lr: float = 0.0  # with transfer: the conv layers' learning rate as a fraction of lr (0: frozen)
    projector: str = ""  # after each evaluation, a 2-D map of the test features: "pca" | "tsne" | "umap" ("" = off)
    projector_size: int = 1000  # test examples on that map at most (core/projector.py)

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
        _check_range("epochs", self.epochs, 0, 10000)
        if not (isinstance(self.pace, (int, float)) and math.isfinite(self.pace) and self.pace >= 0):
            raise CoreError(N_("must be 0 or more, got {value}"), field="pace", value=_shown(self.pace))
        if self.train_size is not None:
            _check_range("train_size", self.train_size, 1, 10_000_000)
        if not (math.isfinite(self.auto_seconds) and self.auto_seconds > 0):
            raise CoreError(N_("must be above 0, got {value}"), field="auto_seconds", value=_shown(self.auto_seconds))
        _check_range("measure_train", self.measure_train, 0, 10_000_000)
        if not (isinstance(self.weights_every, (int, float)) and math.isfinite(self.weights_every)
                and self.weights_every >= 0):
            raise CoreError(N_("must be 0 or more, got {value}"), field="weights_every",
                            value=_shown(self.weights_every))
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
        if self.augment not in (None, True, False):
            raise CoreError(N_("must be on or off, got {value}"), field="augment", value=repr(self.augment))
        if not (isinstance(self.augment_fraction, (int, float)) and 0 < self.augment_fraction <= 1):
            raise CoreError(N_("must be between {minimum} and {maximum}, got {value}"), field="augment_fraction",
                            minimum=0, maximum=1, value=_shown(self.augment_fraction))
        if self.transfer not in (True, False):
            raise CoreError(N_("must be on or off, got {value}"), field="transfer", value=repr(self.transfer))
        if self.transfer and arch not in ("convnet", "keras-cnn"):
            raise CoreError(N_("transfer learning starts from a shipped CNN: choose convnet or keras-cnn"),
                            field="transfer")
        if not (isinstance(self.transfer_lr, (int, float)) and 0 <= self.transfer_lr <= 1):
            raise CoreError(N_("must be between {minimum} and {maximum}, got {value}"), field="transfer_lr",
                            minimum=0, maximum=1, value=_shown(self.transfer_lr))
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
