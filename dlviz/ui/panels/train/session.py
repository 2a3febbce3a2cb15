"""The Training panel's session: the training and evaluation jobs and everything they leave
behind (curves, epoch rows, the confusion matrix and mistakes of the last evaluation, the
weights held with their config and history), plus the panel's current message — all as
data, so a rebuilt panel (a language switch) shows the same thing, translated anew, while a
run goes on.

The session publishes the weights of a finished or stopped run (``"trained"``) and of a
loaded checkpoint (``"loaded"``) to the model catalogue (``app.models``), where the Draw,
Convolution, RNN and GAN panels find them. A ViT is published while it trains too, each time
the engine sends its weights (``TrainConfig.weights_every``), so the Attention panel's maps
change as it learns."""

from __future__ import annotations

import math
import os

from PySide6.QtCore import Signal

from dlviz.core.events import BatchMetrics, EpochMetrics, Failed, Finished, Started
from dlviz.core.messages import N_, Message, message_of
from dlviz.core.projector import Projection
from dlviz.ui.catalogue import accuracy_from
from dlviz.ui.jobs import PAUSED, RUNNING, STOPPING, JobSession
from dlviz.ui.panels.train import custom
from dlviz.ui.panels.train.autolines import AutoEpochLines
from dlviz.ui.panels.train.compare import RunTrace, keep, trace_from_history
from dlviz.ui.panels.train.projection import DIGITS, ProjectorResults
from dlviz.ui.panels.train.results import (
    CurveBuffer,
    Held,
    count_weights,
    history_curves,
    metrics_rows,
    result_message,
    run_summary,
)
from dlviz.ui.panels.train.state import (
    ARCH_LABELS,
    ARCHS,
    MISTAKES,
    values_from_model_config,
)
from dlviz.ui.panels.train.textrun import is_text
from dlviz.ui.panels.train.textsession import TextRuns

REDRAW_MS = 250  # curves are redrawn at most 4 times a second (benchmarks/bench_train_throughput.py)


def _reason(x):
    """A core message as given: a Message, an exception's message, or text."""
    return x if isinstance(x, Message) else message_of(x) if isinstance(x, BaseException) else str(x)


def data_text(data):
    """The data's one-line summary: a translatable Message when core offers one."""
    summary = getattr(data, "summary_message", None)
    if callable(summary):
        return summary()
    return data.summary() if hasattr(data, "summary") else str(getattr(data, "source", ""))


class TrainSession(ProjectorResults, TextRuns, AutoEpochLines, JobSession):
    """See the module docstring. Public API:

    - ``start_training(data, config)``, ``pause()``/``resume()``/``stop()`` (JobSession),
      ``set_lr(value)`` while training;
    - ``load_checkpoint(path)`` (refusals become the message; a loaded model is published,
      then evaluated on the test set), ``save_checkpoint(path)`` (raises on failure);
    - results: ``curves`` (CurveBuffer), ``epoch_rows``, ``last_eval`` (the last
      EpochMetrics: confusion matrix, mistakes), ``held`` (Held or None), ``run_config``,
      ``progress()``, ``header()``, ``summary()``, ``result()``, ``source()``,
      ``metrics_rows()``;
    - ``message`` / ``message_kind`` and ``message_changed``; ``changed`` (throttled, 4 Hz)
      and ``status_changed`` from JobSession.
    """

    handlers = {Started: "on_started", BatchMetrics: "on_batch", EpochMetrics: "on_epoch",
                Finished: "on_finished", Failed: "on_failed", Projection: "on_projection"}
    redraw_ms = REDRAW_MS
    message_changed = Signal()

    def __init__(self, app, state, parent=None):
        super().__init__(app, state, parent)
        self.curves = CurveBuffer()
        self.epoch_rows: list[tuple] = []  # (epoch, train_loss, train_acc, test_loss, test_acc, seconds)
        self.run_id = 0  # +1 whenever the results are cleared (a new run, a load)
        self.epoch_version = 0  # +1 whenever the evaluation results change
        self.held: Held | None = None
        self.message: Message | str | None = None
        self.message_kind = "info"
        self.message_lang: str | None = None  # the language of a message given as text
        self.message_about: str | None = None  # the field a "not started" message is about
        self._pause_at: int | None = None
        self.kept: list = []  # KeptRun: earlier runs whose curves stay on the plots (compare.py)
        self.kept_version = 0  # +1 whenever the kept runs change
        self.run_number = 0  # +1 for every training run started (the runs' "#n")
        self.mask_version = 0
        self.live_published = 0  # models published while a run trains (ViT)
        self._clear()
        state.changed.connect(self._on_state_changed)

    # --- results ------------------------------------------------------------------------
    def _clear(self) -> None:
        self.curves.clear()
        self.epoch_rows = []
        self.steps_per_epoch = 1
        self.total_steps = 0
        self.step = 0
        self.run_epochs = 0
        self.last_batch: BatchMetrics | None = None
        self.last_eval: EpochMetrics | None = None
        self.run_config: dict = {}
        self.run_weights = 0
        self.run_device = ""
        self.data_source = None
        self.outcome: tuple | None = None  # (kind, details) of the last job
        self._lr_sent: tuple | None = None  # (batch, value) of the last rate set by hand
        self.trace = RunTrace()  # measured train accuracy per epoch, weight norm
        self.mask = None  # the dropout keep-mask of the last batch reported (bool, the layer's shape)
        self.mask_p = 0.0
        self.mask_version += 1
        self.run_id += 1
        self.epoch_version += 1

    def set_message(self, message, kind: str = "info", status_ms: int = 8000, about: str | None = None) -> None:
        """The panel's message: a core Message (translated where it is shown, so a rebuilt
        panel shows it in the new language) or text (already translated: shown only in the
        language it was written in). ``about``: the field a refusal to start is about (the
        message goes when that field is valid again)."""
        from dlviz.ui.i18n import current_language  # noqa: PLC0415

        self.message, self.message_kind = message, kind
        self.message_lang = None if isinstance(message, Message) else current_language()
        self.message_about = about if message else None
        self.message_changed.emit()
        if message and status_ms:
            self.app.message(message, status_ms)

    def message_text(self) -> str:
        """The message in the interface's language ("" for text written in another one)."""
        from dlviz.ui.i18n import current_language, tr_message  # noqa: PLC0415

        if not self.message:
            return ""
        if not isinstance(self.message, Message) and self.message_lang != current_language():
            return ""
        return tr_message(self.message)

    def metrics_rows(self) -> list:
        return metrics_rows(self.curves, self.epoch_rows, self.steps_per_epoch)

    def x_extent(self) -> int:
        """The epochs the curves' x axis should span (before any run: the epochs chosen)."""
        if self.run_epochs:
            return self.run_epochs
        if not len(self.curves) and not self.epoch_rows:
            preview = self.auto_preview() if int(self.state.epochs) == 0 else None
            return max(1, int(preview["epochs"] if preview else self.state.epochs))
        last = max([r[0] for r in self.epoch_rows] + [float(self.curves.column("x").max()) if len(self.curves) else 0])
        return max(1, math.ceil(last))

    def progress(self) -> tuple[int, int]:
        return self.step, self.total_steps

    def percent(self) -> int:
        return int(100 * self.step / self.total_steps) if self.total_steps else 0

    def header(self) -> Message:
        """The line beside the progress bar."""
        status = self.status
        if self.job == "eval":
            return Message(N_("Evaluating on the test set…"))
        if status == STOPPING:
            return Message(N_("Stopping…"))
        if status == PAUSED:
            return Message(N_("Paused at {percent} % — change the learning rate if you like, then Resume"),
                           percent=self.percent())
        if status == RUNNING:
            b = self.last_batch
            if b is None:
                return Message(N_("Preparing the data…"))
            from dlviz.ui.fmt import duration  # noqa: PLC0415

            pace = float((self.run_config or {}).get("pace") or 0.0)
            if pace:
                return Message(N_("Epoch {epoch}/{epochs} · slow motion: {pace:g} steps/s · ETA {eta} · lr {lr:.2g}"),
                               epoch=b.epoch, epochs=self.run_epochs, pace=pace, eta=duration(b.eta_s), lr=b.lr)
            speed = N_("Epoch {epoch}/{epochs} · {speed:,.0f} sentences/s · ETA {eta} · lr {lr:.2g}") if \
                self.text_shown() else N_("Epoch {epoch}/{epochs} · {speed:,.0f} digits/s · ETA {eta} · lr {lr:.2g}")
            return Message(speed, epoch=b.epoch, epochs=self.run_epochs, speed=b.samples_per_s, eta=duration(b.eta_s),
                           lr=b.lr)
        kind, details = self.outcome or ("", {})
        if kind == "completed":
            return Message(N_("Done · {seconds:.1f} s of training"), **details)
        if kind == "stopped":
            return Message(N_("Stopped at {percent} % · {seconds:.1f} s of training"), **details)
        if kind == "diverged":
            return Message(N_("Diverged at {percent} % (the loss became NaN or infinite)"), **details)
        if kind == "failed":
            return Message(N_("Failed"))
        if kind == "loaded":
            return Message(N_("Loaded {file}"), **details)
        return Message(N_("Ready"))

    def summary(self) -> Message | None:
        return run_summary(self.run_config, self.run_weights) if self.run_config else None

    def result(self) -> Message | None:
        if self.last_eval is None:
            return None
        names = self.class_labels()  # your own classes' names (train/projection.py)
        return result_message(self.last_eval, None if names == DIGITS else names)

    def source(self) -> Message:
        """"Device: … · Data: …" for the run shown, or for what a run would use now."""
        from dlviz.core.models import device_name, pick_device  # noqa: PLC0415

        device = self.run_device
        if not device:
            try:
                device = device_name(pick_device(self.state.device))
            except ValueError:
                device = device_name(pick_device("auto"))
        data = self.text_data_line() if self.text_mode else self.data_source
        classes = getattr(self.app, "my_classes", None)
        if data is None and self.state.data == "custom" and classes is not None:  # no run yet: what Start takes
            names = classes.class_names()
            data = Message(N_("My classes: {count} examples of {classes} classes ({names})"), count=classes.total(),
                           classes=len(names), names=", ".join(names))
        if data is None:
            data = data_text(self.app.data) if self.app.data_loaded else N_("MNIST (loaded when training starts)")
        return Message(N_("Device: {device}   ·   Data: {data}"), device=device, data=data)

    # --- jobs -----------------------------------------------------------------------------
    def start_training(self, data, config) -> bool:
        """Start a run of ``config`` (a TrainConfig) on ``data``; False when a job runs."""
        if self.running or self._closing:
            return False
        from dlviz.core.engine import train_classifier  # noqa: PLC0415

        self._keep_current()
        self._clear()
        self.run_number += 1
        self.data_source = data_text(data)
        arch = config.model.get("arch")
        live = N_("Training {model}… Every second its weights go to the other panels: the Attention panel "
                  "shows its maps as it learns.")
        self.set_message(Message(live if config.weights_every else N_("Training {model}…"),
                                 model=ARCH_LABELS.get(arch, arch)))
        self.start_job(lambda control: train_classifier(data, config, control), "train")
        self.request_redraw(now=True)
        return True

    def set_lr(self, value: float) -> bool:
        """Send a learning rate to the running training (the one-cycle schedule is off for
        the rest of this run only; the run summary says so)."""
        if self.job != "train" or self._stopping:
            return False
        value = float(value)
        if self._lr_sent == (self.step, value):
            return True  # the same value already sent at this batch (Enter, then Set)
        self._lr_sent = (self.step, value)
        self.send("lr", value)
        if self.run_config:
            self.run_config.setdefault("lr_by_hand", []).append([int(self.step), value])
        # The run drops its schedule (core's engine does); the state's "onecycle" stays as the
        # user set it, so the next run starts with the schedule again.
        self.set_message(Message(N_("Learning rate set to {lr:g} (the one-cycle schedule is off for the rest of "
                                    "this run)."), lr=value), "ok")
        self.request_redraw(now=True)
        return True

    def _on_state_changed(self, names) -> None:
        if "lr" in names and self.job == "train":
            self.set_lr(self.state.lr)
        if "pace" in names and self.job == "train" and not self._stopping:
            self.send("pace", float(self.state.pace))  # core's Pacer takes it before the next batch
            if self.run_config:
                self.run_config["pace"] = float(self.state.pace)
            self.request_redraw(now=True)
        self.text_state_changed(names)

    # --- runs compared ----------------------------------------------------------------------
    def _keep_current(self) -> None:
        """The run shown joins the kept runs (its curves stay on the plots, dimmer)."""
        acc = self.epoch_rows[-1][4] if self.epoch_rows else None
        kept = keep(self.kept, self.run_number, self.run_config, self.trace, acc)
        if kept is not self.kept:
            self.kept = kept
            self.kept_version += 1

    def clear_kept(self) -> None:
        """Take the earlier runs off the plots."""
        if self.kept:
            self.kept = []
            self.kept_version += 1
            self.request_redraw(now=True)

    def pause_at(self, step: int) -> None:
        """Pause the run once it reaches batch ``step`` (for screenshots)."""
        self._pause_at = int(step)

    # --- events ---------------------------------------------------------------------------
    def on_started(self, ev: Started) -> None:
        self.total_steps = int(ev.total_steps)
        self.steps_per_epoch = max(1, int(ev.config.get("steps_per_epoch", ev.total_steps)))
        self.run_epochs = max(1, math.ceil(ev.total_steps / self.steps_per_epoch))
        self.run_config = dict(ev.config)
        self.run_weights = count_weights(self.run_config.get("model") or {})
        self.run_device = ev.device
        if isinstance(ev.data_source, Message) or self.data_source is None:
            self.data_source = ev.data_source
        self.request_redraw(now=True)

    def on_batch(self, ev: BatchMetrics) -> None:
        self.last_batch = ev
        self.step = ev.step
        self.curves.append(ev.step / self.steps_per_epoch, ev.step, max(ev.loss, 1e-6), 100.0 * ev.accuracy, ev.lr)
        self.trace.add_norm(ev.step / self.steps_per_epoch, float(ev.weight_norm))
        if ev.dropout_mask is not None:
            self.mask, self.mask_p = ev.dropout_mask, float(ev.dropout_p)
            self.mask_version += 1
        if ev.state is not None and self.run_config.get("model"):  # a live model (the ViT while it trains)
            self.live_published += 1
            acc = self.epoch_rows[-1][4] if self.epoch_rows else None
            self._publish(Held(ev.state, dict(self.run_config["model"]), test_accuracy=acc), live=True)
        if self._pause_at is not None and ev.step >= self._pause_at:
            self._pause_at = None
            self.pause()
        self.request_redraw()

    def on_epoch(self, ev: EpochMetrics) -> None:
        if ev.epoch > 0 and self.job == "train":
            self.epoch_rows.append((ev.epoch, ev.train_loss, ev.train_accuracy, ev.test_loss, ev.test_accuracy,
                                    ev.elapsed_s))
            self.trace.add_epoch(ev.epoch, ev.test_loss, ev.test_accuracy, ev.measured_train_loss,
                                 ev.measured_train_accuracy)
        self.last_eval = ev
        self.epoch_version += 1
        self.request_redraw()

    def on_finished(self, ev: Finished) -> None:
        if self.job == "eval":
            self._evaluation_finished(ev)
            return
        train_config = self.run_config or dict(ev.train_config or {})
        self._hold(ev.state, self.with_vocabulary(ev.config, ev.train_config), ev.history, train_config)
        seconds = float(ev.train_seconds)
        if ev.reason == "stopped":
            self.outcome = ("stopped", {"percent": self.percent(), "seconds": seconds})
            self.set_message(Message(N_("Stopped at {percent} %. The weights so far are kept and now used by the "
                                        "other panels."), percent=self.percent()))
        else:
            self.outcome = ("completed", {"seconds": seconds})
            acc = self.held.test_accuracy if self.held is not None else None
            self.set_message(self.text_finished_message(acc) if self.text_shown() else Message(
                _finished_template(self.run_config.get("model") or {}),
                accuracy=f"{acc:.2%}" if acc is not None else "–"), "ok")
        if self.held is not None:
            self._publish(self.held)

    def on_failed(self, ev: Failed) -> None:
        if self.job == "eval":
            self.outcome = ("failed", {})
            self.set_message(Message(N_("Evaluation failed: {reason}"), reason=_reason(ev.message)), "error")
            return
        if ev.state:
            from dlviz.ui.panels.train.state import model_config  # noqa: PLC0415

            self._hold(ev.state, ev.config or model_config(self.state.values()), ev.history or {}, self.run_config)
        if ev.reason == "diverged":
            self.outcome = ("diverged", {"percent": self.percent()})
            self.set_message(Message(N_("Training diverged: the loss became NaN or infinite. The last good weights "
                                        "are kept (Save… works); try a smaller learning rate.")), "error")
        else:
            self.outcome = ("failed", {})
            self.set_message(Message(N_("Training failed: {reason}"), reason=_reason(ev.message)), "error")

    def _hold(self, state: dict, config: dict, history: dict, train_config: dict) -> None:
        sd = (state or {}).get("model")
        if sd is None:
            return
        acc = self.epoch_rows[-1][4] if self.epoch_rows else None
        origin = "own" if config.get("class_names") else "trained"  # your own classes: their own catalogue entry
        self.held = Held(sd, dict(config), dict(history or {}), dict(train_config or {}), acc, origin)

    def _publish(self, held: Held, live: bool = False) -> None:
        self.app.models.publish(held.config["arch"], held.origin, held.build_model(), dict(held.config),
                                accuracy=held.test_accuracy, history=dict(held.history), source=held.source,
                                live=live)

    # --- checkpoints ----------------------------------------------------------------------
    def save_checkpoint(self, path: str) -> str:
        """Write the held weights, config, history and run settings (raises OSError /
        RuntimeError / ValueError; ``run_export`` reports it)."""
        from dlviz.core.checkpoint import save_checkpoint  # noqa: PLC0415

        held = self.held
        if held is None:
            raise ValueError("nothing to save")
        if is_text(held.config):
            return self.save_text_checkpoint(path)
        extra = {"train": dict(held.train_config)}
        if held.test_accuracy is not None:
            extra["test_accuracy"] = float(held.test_accuracy)
        if held.config.get("class_names") and self.data_source is not None:
            extra["data"] = str(self.data_source)  # your own classes (it said the MNIST sample)
        elif self.app.data_loaded:
            extra["data"] = self.app.data.summary()
        save_checkpoint(path, "classifier", held.config, {"model": held.state_dict}, held.history, extra)
        return path

    def load_checkpoint(self, path: str) -> bool:
        """Load a classifier checkpoint safely (``torch.load(weights_only=True)`` in core):
        refusals become the message. The model is published, its settings and curves
        shown, then it is evaluated on the test set."""
        from dlviz.core.checkpoint import CheckpointError, load_classifier  # noqa: PLC0415

        if self.running:
            self.set_message(Message(N_("Stop the training before loading a checkpoint.")), "error")
            return False
        if self.is_text_checkpoint(path):
            return self.load_text_checkpoint(path)
        try:
            model, config, payload = load_classifier(path)
        except CheckpointError as e:
            self.set_message(Message(N_("Checkpoint refused: {reason}"), reason=_reason(e)), "error")
            return False
        if config.get("arch") not in ARCHS:
            self.set_message(Message(N_("Checkpoint refused: unknown model {model}"),
                                     model=repr(config.get("arch"))), "error")
            return False
        name = os.path.basename(str(path))
        extra = payload.get("extra") or {}
        train_cfg = dict(extra.get("train") or {})
        history = dict(payload.get("history") or {})
        self.state.update(values_from_model_config(config))
        self._keep_current()
        self._clear()
        self.run_number += 1  # the loaded run has a number of its own when it is kept
        try:
            batch, rows = history_curves(history, train_cfg)
            if batch is not None:
                self.steps_per_epoch = max(1, int(train_cfg["steps_per_epoch"]))
                self.curves.set_columns(*batch)
            self.epoch_rows = rows
            self.trace = trace_from_history(history, train_cfg.get("steps_per_epoch") or 1)
        except (TypeError, ValueError, KeyError):
            self.curves.clear()
            self.epoch_rows = []
        if train_cfg.get("model"):
            self.run_config = train_cfg
            self.run_weights = count_weights(config)
        self.held = Held({k: v.detach().clone() for k, v in model.state_dict().items()}, dict(config), history,
                         train_cfg, accuracy_from(history, extra), "loaded", name)
        self._publish(self.held)
        self.outcome = ("loaded", {"file": name})
        self.set_message(Message(N_("Loaded {file}; the other panels now use it. Evaluating on the test set…"),
                                 file=name), "ok")
        if not custom.evaluate_loaded(self):  # your own classes: tested on My classes, not on MNIST
            self._evaluate_held()
        return True

    def _evaluate_held(self) -> None:
        from dlviz.core.projector import evaluation_with_map  # noqa: PLC0415

        data = self.app.data
        cfg, sd = dict(self.held.config), dict(self.held.state_dict)
        method = str(self.state.projector)  # the projector's map of the loaded model first (core/projector.py)
        self.start_job(lambda control: evaluation_with_map(data, cfg, sd, method, MISTAKES, control), "eval")
        self.request_redraw(now=True)

    def _evaluation_finished(self, ev: Finished) -> None:
        name = self.held.source if self.held is not None else ""
        if ev.reason == "stopped" or self.last_eval is None:
            self.set_message(Message(N_("Loaded {file}; the other panels now use it (the test was stopped)."),
                                     file=name), "ok")
            return
        if self.held is not None and self.held.test_accuracy is None:
            self.held.test_accuracy = float(self.last_eval.test_accuracy)
        if self.text_shown():
            return self.set_message(self.text_evaluation_message(), "ok")
        self.set_message(Message(N_("Loaded {file}: test accuracy {accuracy:.2%} on {count:,} test digits. The "
                                    "other panels now use it."), file=name,
                                 accuracy=float(self.last_eval.test_accuracy),
                                 count=int(self.last_eval.confusion.sum())), "ok")


def _finished_template(model_config: dict) -> str:
    """The end-of-run message: which panels take the model now (by its family)."""
    if model_config.get("class_names"):
        return N_("Finished: test accuracy {accuracy}. The Draw panel now names your classes with this model.")
    arch = model_config.get("arch")
    if arch == "vit":
        return N_("Finished: test accuracy {accuracy}. The Draw and Attention panels now use this model.")
    if arch in ("rnn", "gru", "lstm"):
        return N_("Finished: test accuracy {accuracy}. The Draw and RNN panels now use this model.")
    return N_("Finished: test accuracy {accuracy}. The Draw and Convolution panels now use this model.")
