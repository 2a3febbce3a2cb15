"""What the Training panel shows about regularisation, as plain data the session keeps: the
measured training accuracy per epoch (the train–test gap), the weight norm over the run, the
dropout mask of the last batch, and the runs kept for comparison (their curves stay on the
plots, dimmer, until Clear), each with a label naming its settings. No widgets here; the
numbers come from core (``dlviz.core.probes``, the engine's events)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from dlviz.core.messages import N_, Message

KEEP = 6  # runs kept for comparison (the oldest goes first)


@dataclass
class RunTrace:
    """The regularisation side of one run: epoch rows (epoch, test loss, test accuracy,
    measured train loss, measured train accuracy) and the weight norm (x in epochs, norm)."""

    epochs: list = field(default_factory=list)
    norm_x: list = field(default_factory=list)
    norm_y: list = field(default_factory=list)

    def add_epoch(self, epoch: int, test_loss: float, test_acc: float, train_loss: float, train_acc: float) -> None:
        self.epochs.append((int(epoch), float(test_loss), float(test_acc), float(train_loss), float(train_acc)))

    def add_norm(self, x: float, norm: float) -> None:
        if math.isfinite(norm):
            self.norm_x.append(float(x))
            self.norm_y.append(float(norm))

    def epoch_array(self) -> np.ndarray:
        return np.asarray(self.epochs, np.float64).reshape(-1, 5)

    def gap(self) -> tuple[np.ndarray, np.ndarray]:
        """(epochs, measured training accuracy − test accuracy in percentage points), where measured."""
        e = self.epoch_array()
        ok = np.isfinite(e[:, 4])
        return e[ok, 0], 100.0 * (e[ok, 4] - e[ok, 2])

    def norms(self) -> tuple[np.ndarray, np.ndarray]:
        return np.asarray(self.norm_x, np.float64), np.asarray(self.norm_y, np.float64)

    def __bool__(self) -> bool:
        return bool(self.epochs or self.norm_x)


@dataclass
class KeptRun:
    """An earlier run kept on the plots: its number, settings label and curves."""

    number: int
    label: Message
    trace: RunTrace
    test_accuracy: float | None = None

    def text(self) -> Message:
        if self.test_accuracy is None:
            return Message(N_("#{number} {settings}"), number=self.number, settings=self.label)
        return Message(N_("#{number} {settings} → test {accuracy:.1%}"), number=self.number, settings=self.label,
                       accuracy=float(self.test_accuracy))


def settings_label(run_config: dict) -> Message:
    """The settings that regularise: dropout, L2, learning rate, training-set size."""
    model = run_config.get("model") or {}
    n = run_config.get("n_train")
    if str(model.get("arch", "")).startswith("text-"):  # a text run: its net, cell and tokens, sentences
        from dlviz.ui.panels.train.state import ARCH_LABELS, CELLS, TOKEN_MODES  # noqa: PLC0415

        net = Message(N_("{model}, {cell}"), model=ARCH_LABELS.get(model["arch"], model["arch"]),
                      cell=CELLS.get(model.get("cell"), "")) if model.get("cell") else ARCH_LABELS.get(model["arch"], "")
        return Message(N_("{net} · {tokens} · dropout {dropout:g} · lr {lr:g} · {count:,} sentences"), net=net,
                       tokens=TOKEN_MODES.get(model.get("tokens"), ""), dropout=float(model.get("dropout", 0.0)),
                       lr=float(run_config.get("lr", 0.0)), count=int(n or 0))
    digits = Message(N_("{count:,} digits"), count=int(n)) if n else N_("all digits")
    return Message(N_("dropout {dropout:g} · L2 {l2:g} · lr {lr:g} · {digits}"),
                   dropout=float(model.get("dropout", 0.0)), l2=float(run_config.get("weight_decay", 0.0)),
                   lr=float(run_config.get("lr", 0.0)), digits=digits)


def keep(kept: list, number: int, run_config: dict, trace: RunTrace, test_accuracy) -> list:
    """``kept`` with this run added (newest last; at most ``KEEP``)."""
    if not run_config.get("model") or not trace:
        return kept
    run = KeptRun(int(number), settings_label(run_config), trace,
                  None if test_accuracy is None else float(test_accuracy))
    return (kept + [run])[-KEEP:]


def mask_caption(mask, p: float, arch: str | None) -> Message:
    """What the dropout-mask view says under the mask (or instead of it)."""
    if mask is not None:
        m = np.asarray(mask, bool)
        return Message(N_("{kept:,} of {units:,} kept ({share:.0%}), p = {p:g}"),
                       kept=int(m.sum()), units=int(m.size), share=float(m.mean()), p=float(p))
    if arch in ("rnn", "gru", "lstm"):
        return Message(N_("The recurrent nets' dropout acts inside the RNN layer: no mask to show."))
    return Message(N_("No mask yet: set Dropout above 0 and train to see which units each batch drops."))


def trace_from_history(history: dict, steps_per_epoch: int) -> RunTrace:
    """A checkpoint's regularisation curves (the weight norm per reported step, the measured
    training accuracy per epoch), where its history has them."""
    trace = RunTrace()
    spe = max(1, int(steps_per_epoch or 1))
    steps, norms = history.get("step") or [], history.get("weight_norm") or []
    for step, norm in zip(steps, norms):
        trace.add_norm(float(step) / spe, float(norm))
    cols = [history.get(k) or [] for k in ("epoch", "test_loss", "test_accuracy", "measured_train_loss",
                                            "measured_train_accuracy")]
    for row in zip(*cols):
        trace.add_epoch(*row)
    return trace
