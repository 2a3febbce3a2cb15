"""What a training run leaves behind, as plain data the session keeps and the views read:
the curve buffers, the epoch rows, the weights held (with their config and history), and
the sentences about a run (core ``Message`` objects, translated where they are shown, so a
language switch re-translates them)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from dlviz.core.messages import N_, Message
from dlviz.ui.panels.train.state import ARCH_LABELS, RNN_ARCHS, TEXT_ARCHS

CSV_HEADER = ["kind", "epoch", "step", "loss", "accuracy", "learning_rate", "test_loss", "test_accuracy",
              "epoch_seconds"]


class CurveBuffer:
    """The throttled batch reports of a run: x (epochs), step, loss, accuracy (%), lr.

    Kept in numpy arrays that grow by doubling, so a redraw hands the plots views of the
    arrays instead of converting lists (values already written never change)."""

    COLUMNS = ("x", "step", "loss", "acc", "lr")

    def __init__(self):
        self.clear()

    def clear(self) -> None:
        self.n = 0
        self._data = np.zeros((len(self.COLUMNS), 256), np.float64)

    def append(self, x: float, step: int, loss: float, acc: float, lr: float) -> None:
        if self.n == self._data.shape[1]:
            grown = np.zeros((len(self.COLUMNS), 2 * self.n), np.float64)
            grown[:, : self.n] = self._data
            self._data = grown
        self._data[:, self.n] = (x, step, loss, acc, lr)
        self.n += 1

    def column(self, name: str) -> np.ndarray:
        return self._data[self.COLUMNS.index(name), : self.n]

    def __len__(self) -> int:
        return self.n

    def set_columns(self, x, step, loss, acc, lr) -> None:
        n = len(step)
        if not (len(x) == len(loss) == len(acc) == len(lr) == n):
            raise ValueError("history lengths differ")
        self.n = 0
        self._data = np.zeros((len(self.COLUMNS), max(256, 2 * n)), np.float64)
        if n:
            self._data[:, :n] = np.asarray([x, step, loss, acc, lr], np.float64)
        self.n = n


@dataclass
class Held:
    """The weights the panel holds: finished, stopped, the last good ones of a diverged run,
    or loaded from a checkpoint (``source`` = the file name)."""

    state_dict: dict
    config: dict
    history: dict = field(default_factory=dict)
    train_config: dict = field(default_factory=dict)
    test_accuracy: float | None = None
    origin: str = "trained"  # "trained" | "own" (trained on your own classes) | "loaded"
    source: str = ""

    def build_model(self):
        from dlviz.core.models import build_model  # noqa: PLC0415
        from dlviz.core.text_models import build_text_model  # noqa: PLC0415

        from dlviz.core.features import single_thread  # noqa: PLC0415

        with single_thread():  # on the GUI thread: a 2-thread copy waited for a core (45 ms at a run's end)
            model = (build_text_model if self.config.get("arch") in TEXT_ARCHS else build_model)(self.config)
            model.load_state_dict(self.state_dict)
        return model.eval()


def history_curves(history: dict, train_cfg: dict):
    """(batch columns or None, epoch rows) from a checkpoint's history; ValueError/TypeError
    when it does not hold together."""
    spe = int(train_cfg.get("steps_per_epoch") or 0)
    steps = [int(s) for s in history.get("step", [])]
    batch = None
    if spe > 0 and steps:
        loss = [max(float(v), 1e-6) for v in history.get("batch_loss", [])][: len(steps)]
        acc = [100 * float(v) for v in history.get("batch_accuracy", [])][: len(steps)]
        lr = [float(v) for v in history.get("lr", [])][: len(steps)]
        batch = ([s / spe for s in steps], steps, loss, acc, lr)
    cols = [history.get(k, []) for k in ("epoch", "train_loss", "train_accuracy", "test_loss",
                                         "test_accuracy", "epoch_seconds")]
    n = min(len(c) for c in cols[:5])
    secs = cols[5] if len(cols[5]) >= n else [float("nan")] * n
    rows = [(int(cols[0][i]), float(cols[1][i]), float(cols[2][i]), float(cols[3][i]), float(cols[4][i]),
             float(secs[i])) for i in range(n)]
    return batch, rows


def metrics_rows(curves: CurveBuffer, epoch_rows: list, steps_per_epoch: int) -> list:
    """The CSV rows: one per throttled batch report and one per epoch."""
    rows = []
    cols = [curves.column(c) for c in CurveBuffer.COLUMNS]
    for x, s, loss, acc, lr in zip(*cols):
        rows.append(["batch", f"{x:.4f}", int(s), f"{loss:.6g}", f"{acc / 100:.6g}", f"{lr:.6g}", "", "", ""])
    for ep, trl, tra, tel, tea, sec in epoch_rows:
        rows.append(["epoch", ep, ep * steps_per_epoch, f"{trl:.6g}", f"{tra:.6g}", "", f"{tel:.6g}",
                     f"{tea:.6g}", f"{sec:.3f}" if math.isfinite(sec) else ""])
    return rows


def count_weights(model_cfg: dict) -> int:
    from dlviz.core.models import build_model  # noqa: PLC0415

    if model_cfg.get("arch") in TEXT_ARCHS:
        from dlviz.ui.panels.train.textrun import count_text_weights  # noqa: PLC0415

        return count_text_weights(model_cfg)
    try:
        return int(sum(p.numel() for p in build_model(model_cfg).parameters()))
    except (ValueError, TypeError, KeyError, RuntimeError):
        return 0


def run_summary(cfg: dict, weights: int) -> Message | None:
    """One line about a run: model, size, optimizer, learning rate (and the one set by hand
    during the run, if any), schedule, batch, regularisation, recurrent sizes."""
    model_cfg = cfg.get("model") or {}
    arch = model_cfg.get("arch")
    if arch is None:
        return None
    if arch in TEXT_ARCHS:
        from dlviz.ui.panels.train.textrun import text_summary  # noqa: PLC0415

        return text_summary(cfg, weights)
    by_hand = cfg.get("lr_by_hand") or []
    if by_hand:
        step, lr = by_hand[-1]
        lr_text = Message(N_("lr {lr:g} ({schedule}), set by hand to {new:g} at batch {step:,}"),
                          lr=float(cfg.get("lr", 0)), schedule=_schedule(cfg), new=float(lr), step=int(step))
    else:
        lr_text = Message(N_("lr {lr:g} ({schedule})"), lr=float(cfg.get("lr", 0)), schedule=_schedule(cfg))
    if arch in RNN_ARCHS:
        extra = Message(N_(" · {units} units × {layers} layer(s){bidirectional}"),
                        units=int(model_cfg.get("hidden_size", 0)), layers=int(model_cfg.get("num_layers", 1)),
                        bidirectional=Message(N_(", bidirectional")) if model_cfg.get("bidirectional") else "")
    elif arch == "vit":
        extra = Message(N_(" · patches {patch}×{patch} · width {dim} · {depth} block(s) × {heads} head(s) · "
                           "MLP {mlp}"),
                        **{k: int(model_cfg.get(k, 0)) for k in ("patch", "dim", "depth", "heads", "mlp")})
    else:
        extra = ""
    optimizer = N_("Adam") if cfg.get("optimizer") == "adam" else N_("SGD + momentum")
    return Message(
        N_("<b>{model}</b> · {weights:,} weights · {optimizer}, {lr} · batch {batch} · dropout {dropout:g} · "
           "L2 {l2:g} · seed {seed}{extra}"),
        model=ARCH_LABELS.get(arch, arch), weights=int(weights), optimizer=optimizer, lr=lr_text,
        batch=int(cfg.get("batch_size", 0)), dropout=float(model_cfg.get("dropout", 0.0)),
        l2=float(cfg.get("weight_decay", 0.0)), seed=int(cfg.get("seed", 0)), extra=extra)


def _schedule(cfg: dict) -> str:
    return N_("one-cycle") if cfg.get("schedule") == "onecycle" else N_("constant")


def result_message(ev, names=None) -> Message:
    """What an evaluation (an EpochMetrics) says: accuracy, loss, errors, the commonest mistake
    (``names``: your own classes' names, train/custom.py)."""
    if getattr(ev, "confused_texts", None) is not None:  # a text model's (TextEpochMetrics)
        from dlviz.ui.panels.train.textrun import text_result  # noqa: PLC0415

        return text_result(ev)
    if ev.epoch > 0:
        head = Message(N_("After epoch {epoch}: test accuracy {accuracy:.2%}, test loss {loss:.4f}."),
                       epoch=int(ev.epoch), accuracy=float(ev.test_accuracy), loss=float(ev.test_loss))
    else:
        head = Message(N_("Loaded model on the test set: accuracy {accuracy:.2%}, loss {loss:.4f}."),
                       accuracy=float(ev.test_accuracy), loss=float(ev.test_loss))
    cm = np.asarray(ev.confusion)
    errors = int(cm.sum() - np.trace(cm))
    if not errors:
        return head
    pairs = cm.copy()
    np.fill_diagonal(pairs, 0)
    i, j = np.unravel_index(int(np.argmax(pairs)), pairs.shape)
    if names:
        from dlviz.ui.panels.train.custom import result_detail  # noqa: PLC0415

        return Message(N_("{head} {detail}"), head=head, detail=result_detail(cm, names))
    detail = Message(N_("{errors:,} of {total:,} test digits wrong; the most frequent mistake: {true} read as "
                        "{pred} ({count}×)."), errors=errors, total=int(cm.sum()), true=int(i), pred=int(j),
                     count=int(pairs[i, j]))
    return Message(N_("{head} {detail}"), head=head, detail=detail)
