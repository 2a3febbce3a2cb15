"""Typed events yielded by long jobs (training, GAN). They carry numpy arrays and plain
numbers only — never live tensors — so they can cross threads safely.

Messages for the user: ``Failed``, ``Finished`` and ``DownloadFinished`` keep ``message`` as
English text (the command line prints it) and ``text``, the same message translatable
(a :class:`~dlviz.core.messages.Message`, or the plain text when there is no template): the
interface shows ``tr_message(ev.text)``. Give ``message`` as a ``Message`` and both are set.
``Started.data_source`` may be a ``Message`` (show it with ``tr_message``)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from dlviz.core.messages import CoreError, Message, N_, message_of


def _split(event) -> None:
    """``message`` given as a Message: keep it in ``text``, its English in ``message``."""
    if isinstance(event.message, Message):
        if event.text is None:
            event.text = event.message
        event.message = str(event.message)
    elif event.text is None:
        event.text = event.message


@dataclass
class Started:
    total_steps: int  # batches (or GAN iterations) planned in the whole run
    device: str
    data_source: str | Message  # where the data came from (a Message from core's jobs)
    config: dict = field(default_factory=dict)


@dataclass
class BatchMetrics:
    epoch: int  # 1-based
    step: int  # global batch index (1-based)
    total_steps: int
    loss: float
    accuracy: float  # running train accuracy of recent batches, 0–1
    lr: float
    samples_per_s: float
    eta_s: float
    # With TrainConfig.probes (defaults keep other callers working):
    weight_norm: float = float("nan")  # ‖θ‖₂ of all parameters after this step
    dropout_mask: np.ndarray | None = None  # keep-mask (bool) of the batch's first digit, the layer's shape
    dropout_p: float = 0.0  # that layer's dropout probability
    # With TrainConfig.weights_every: CPU copies of the weights after this step (a state_dict),
    # at most once per that many seconds; None otherwise.
    state: dict | None = None


@dataclass
class EpochMetrics:
    epoch: int
    epochs: int
    train_loss: float
    train_accuracy: float
    test_loss: float
    test_accuracy: float
    confusion: np.ndarray  # (10, 10) int64, rows = true class, columns = predicted
    confused_images: np.ndarray  # (K, 28, 28) uint8 — the most confidently wrong test digits
    confused_true: np.ndarray  # (K,) int64
    confused_pred: np.ndarray  # (K,) int64
    elapsed_s: float
    # Added by the training engine (defaults keep older callers working):
    train_seconds: float = 0.0  # time spent in training batches so far (no evaluation, no pauses)
    samples_per_s: float = 0.0
    confused_confidence: np.ndarray | None = None  # (K,) float32, probability of the wrong guess
    # With TrainConfig.measure_train: the training digits measured like the test set (eval
    # mode, the epoch's final weights) — the train–test gap; NaN when not measured.
    measured_train_loss: float = float("nan")
    measured_train_accuracy: float = float("nan")
    weight_norm: float = float("nan")  # ‖θ‖₂ at the end of the epoch


@dataclass
class Samples:
    """Images produced during a run (e.g. a GAN grid from fixed noise)."""

    step: int
    images: np.ndarray  # (K, 28, 28) float32 in [0, 1]


@dataclass
class Finished:
    reason: str  # "completed" | "stopped"
    state: dict  # name → state_dict (CPU tensor copies) of the final (last good) weights
    config: dict
    history: dict  # metric name → list of numbers
    message: str = ""  # English (a Message given here moves to ``text``)
    train_config: dict = field(default_factory=dict)  # the run's full settings (optimizer, lr, …)
    train_seconds: float = 0.0  # time spent in training batches (no evaluation, no pauses)
    text: Message | str | None = None  # the message, translatable: show tr_message(ev.text)

    def __post_init__(self):
        _split(self)


@dataclass
class Failed:
    message: str  # for the user, one or two lines, English (a Message given here moves to ``text``)
    reason: str = "error"  # "diverged" | "error" | "data"
    state: dict | None = None  # last good weights, when there are any
    config: dict | None = None
    history: dict | None = None
    text: Message | str | None = None  # the message, translatable: show tr_message(ev.text)

    def __post_init__(self):
        _split(self)

    @classmethod
    def from_error(cls, error: BaseException, reason: str = "error") -> "Failed":
        """The end of a job that could not start or go on because of ``error``: ``message``
        is ``str(error)`` (a refusal about a setting reads ``"field: …"``), ``text`` its
        translatable form."""
        msg = message_of(error)
        if isinstance(error, CoreError) and error.field:
            msg = Message(N_("{field}: {message}"), field=error.field, message=error.message)
        return cls(message=str(error), reason=reason, text=msg)


@dataclass
class GanMetrics:
    """One GAN iteration (or a single D / G step while paused)."""

    step: int  # iterations done so far (each: d_steps D steps + 1 G step)
    epoch: int  # 1-based
    total_steps: int
    d_loss: float
    g_loss: float
    d_x: float  # D's mean verdict on real digits (probability "real" for BCE; raw score for least squares)
    d_g_z: float  # D's mean verdict on generated digits
    samples_per_s: float
    eta_s: float
    kind: str = "train"  # "train" | "d" (a single D step) | "g" (a single G step)
    code_loss: float = float("nan")  # Q's cross-entropy on the code of generated digits (NaN: no code)


@dataclass
class GanQuality:
    """The quality meter: a classifier's view of generated digits."""

    step: int
    epoch: int
    inception_score: float  # exp(E_x KL(p(y|x) ‖ p(y))), 1 … 10
    histogram: np.ndarray  # (10,) int64 — generated digits per predicted class
    samples: int


@dataclass
class GanSnapshot:
    """A copy of the generator's weights (CPU tensors, never the live ones), sent with the
    grids so the panel can interpolate in latent space while training runs."""

    step: int
    generator_state: dict


@dataclass
class GanCheckpoint:
    """What a paused GAN run holds, so that it can be saved while paused: CPU copies of
    the weights (``state``, as ``GanTrainer.state()``), the run's config and its full
    history so far, at ``step``. Sent when the run pauses and after each single step."""

    step: int
    state: dict
    config: dict
    history: dict


@dataclass
class DownloadProgress:
    """Bytes of one file downloaded so far (``total`` is 0 when the server does not say)."""

    file: str  # e.g. "train-images-idx3-ubyte.gz"
    index: int  # 0-based position of the file in the download
    count: int  # number of files
    done: int  # bytes received (or found already on disk)
    total: int  # bytes expected; 0 = unknown
    url: str = ""  # where it comes from ("" when the file was already there)

    @property
    def fraction(self) -> float:
        """0–1 progress of this file (0 while the size is unknown)."""
        return min(1.0, self.done / self.total) if self.total > 0 else 0.0


@dataclass
class DownloadFinished:
    """A download job ended without an error: ``reason`` "completed" (``data`` holds the
    validated MNIST from ``root``) or "stopped" (nothing partial was left behind)."""

    reason: str  # "completed" | "stopped"
    root: str
    message: str = ""  # English (a Message given here moves to ``text``)
    data: object = None  # dlviz.core.data.MnistData when completed
    text: Message | str | None = None  # the message, translatable: show tr_message(ev.text)

    def __post_init__(self):
        _split(self)
