"""Training panel: train the tutorial's CNNs, the row-by-row RNN/GRU/LSTM and a tiny Vision
Transformer on MNIST live (while the ViT trains, its weights are published every second, so
the Attention panel's maps change as it learns).

The work is :func:`dlviz.core.engine.train_classifier` (a generator of events) run by the
session's ``JobRunner`` on a worker thread; the session (``session.py``) keeps the results
and the views (``views.py``) render them: live loss and accuracy curves (redrawn at most
4 times a second), a progress bar with digits/s and ETA, the confusion matrix and the most
confidently misclassified test digits. When a run ends (or a checkpoint is loaded) the
model is published to the model catalogue (``app.models``), so Draw, Convolution, RNN and
the GAN use it. A language switch rebuilds these widgets for the same state and session: a
run goes on and its curves keep growing in the new widgets."""

from __future__ import annotations

import math
import time

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QFileDialog, QHBoxLayout

from dlviz.core.messages import N_, Message
from dlviz.ui import export
from dlviz.ui.export import Export, run_export
from dlviz.ui.fields import StateError
from dlviz.ui.forms import Form
from dlviz.ui.panels.base import Panel
from dlviz.ui.panels.train.controls import TrainControls
from dlviz.ui.panels.train.custom import start_custom
from dlviz.ui.panels.train.results import CSV_HEADER
from dlviz.ui.panels.train.session import TrainSession
from dlviz.ui.panels.train.state import TrainState, train_config
from dlviz.ui.panels.train.views import TrainViews

NO_CUDA = N_("No CUDA GPU is available here: choose Auto or CPU.")
TEXT_FIELDS = ("lr", "weight_decay")  # typed as text: committed on Enter, leaving the field, or Start
LIVE_FIELDS = ("lr", "pace", "view", "projector")  # may change while training (sent to the run, or only a view)


class TrainPanel(Panel):
    panel_id = "train"
    State = TrainState
    Session = TrainSession

    def build(self) -> None:
        self.form = Form(self.state, self, report=self.app.message)
        self._checkpoint_export = Export(N_("Checkpoint (.pt)…"), "classifier.pt", self.session.save_checkpoint,
                                         tip=N_("The weights, settings and curves, for Load… or the command line."),
                                         ready=self._checkpoint_ready)
        self.controls = TrainControls(self)
        self.views = TrainViews(self.session, self)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.controls, 0)
        lay.addWidget(self.views, 1)

        for plot in (self.views.loss_plot, self.views.acc_plot, self.views.regularisation.gap_plot,
                     self.views.regularisation.norm_plot):
            menu = plot.getPlotItem().getViewBox().menu
            menu.addSeparator()
            menu.addActions(self.export_actions())
        self.add_export_menu(self.views.confusion)
        self.add_export_menu(self.views.text_confusion)
        self.views.on_confusion_made = self.add_export_menu
        self.add_export_menu(self.views.mistakes)
        self.add_export_menu(self.views.sentences)

        s = self.session
        self.link(s.changed, self.views.render)
        self.link(s.changed, self.controls.refresh)
        self.link(s.status_changed, self._on_status)
        self.link(s.message_changed, self._show_session_message)
        self.link(self.app.data_changed, self._on_data_changed)
        self.link(self.state.changed, self._on_state_changed)
        QShortcut(QKeySequence("Ctrl+Return"), self, lambda: self.start(), context=Qt.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+."), self, self.session.stop, context=Qt.WidgetWithChildrenShortcut)
        self._on_status()
        self._show_session_message()
        self.views.render()
        self.session.schedule_shipped_text()  # sentences chosen and nothing shown yet: the shipped model's results

    # --- short names for tests and benchmarks ------------------------------------------------
    @property
    def start_btn(self):
        return self.controls.buttons.start_btn

    @property
    def pause_btn(self):
        return self.controls.buttons.pause_btn

    @property
    def stop_btn(self):
        return self.controls.buttons.stop_btn

    @property
    def running(self) -> bool:
        return self.session.running

    # --- wiring --------------------------------------------------------------------------------
    def _on_status(self) -> None:
        s = self.session
        self.form.set_locked(s.running, names=[n for n in self.state.fields if n not in LIVE_FIELDS])
        self.controls.refresh()
        self.views.render_texts()

    def _show_session_message(self) -> None:
        s = self.session
        self.controls.message.show_message(s.message_text(), s.message_kind)

    def _on_data_changed(self, *_):
        self.views.render_texts()
        self.controls.refresh()

    def _on_state_changed(self, names) -> None:
        if "device" in names:
            if self.state.device == "cuda" and not _cuda():
                # after the Form has taken the choice (it hides the bubble of a field it accepts)
                QTimer.singleShot(0, self, self._warn_no_cuda)
            self.views.render_texts()
        if self.session.message_about in names:
            self._recheck_not_started()
        auto = {"epochs", "train_size", "batch_size", "arch", "pace", "data", "cell", "text_file"}
        if set(names) & auto and not self.session.running:
            self.views.render()  # before a run, the x axis spans the epochs chosen
        if set(names) & auto:
            self.controls.refresh()  # the line on what Auto chooses
        if "view" in names:
            self.views.show_view()
        if set(names) & {"arch", "data", "text_file"}:
            self.controls.show_model_rows()
            self.views.render_texts()

    def _warn_no_cuda(self) -> None:
        """Choosing "CUDA GPU" where there is none: said next to the field at once (Start
        refuses it too)."""
        if self.state.device == "cuda" and not _cuda():
            self.form.show_refusal("device", Message(NO_CUDA))

    def _recheck_not_started(self, *_):
        """A "not started: … is not valid" message goes once its field is valid again."""
        s = self.session
        name = s.message_about
        if name is None:
            return
        if name == "device":
            ok = not (self.state.device == "cuda" and not _cuda())
        else:
            try:
                self.state.field(name).clean(self.form.widget(name).text(), self.state.values())
                ok = True
            except ValueError:
                ok = False
        if ok:
            s.set_message(None, "info", 0)

    def show_message(self, text, kind: str = "info") -> None:
        """A message about the panel: a core ``Message`` (shown again in the new language
        after a language switch) or text."""
        self.session.set_message(text, kind, 10000 if kind == "error" else 6000)

    # --- actions ---------------------------------------------------------------------------------
    def _commit(self, name: str, text: str | None = None) -> bool:
        """Take the text typed in a text field (if it differs from the state); False with the
        reason shown next to the field when it is refused."""
        text = self.form.widget(name).text() if text is None else text
        f = self.state.field(name)
        try:
            if f.clean(text, {}) == self.state.get(name):
                return True
        except ValueError:
            pass
        try:
            self.state.set(name, text, strict=True)
        except StateError as e:
            self.form.show_refusal(name, e.message)
            return False
        return True

    def start(self, **overrides) -> bool:
        """Start a training run with the settings shown (False when refused: the reason is
        shown next to the field). ``overrides`` set other TrainConfig fields (e.g.
        ``max_batches`` for benchmarks)."""
        s = self.session
        if s.running:
            return False
        typed = {name: self.form.widget(name).text() for name in TEXT_FIELDS}  # before any change
        for name in TEXT_FIELDS:
            if not self._commit(name, typed[name]):
                s.set_message(Message(N_("Not started: {field} is not valid (see the message beside it)."),
                                      field=self.state.field(name).label), "error", 0, about=name)
                return False
        if self.state.device == "cuda" and not _cuda():
            self.form.show_refusal("device", Message(NO_CUDA))
            s.set_message(Message(N_("Not started: {reason}"), reason=Message(NO_CUDA)), "error", 0, about="device")
            return False
        if self.state.data == "text":
            return s.start_text_training(**overrides)
        if self.state.data == "custom":  # My classes (train/custom.py)
            return start_custom(self, overrides)
        return s.start_training(self.app.data, train_config(self.state.values(), **overrides))

    def apply_lr(self) -> float | None:
        """Take the learning rate typed; while training, send it to the run now."""
        if not self._commit("lr"):
            return None
        self.session.set_lr(self.state.lr)
        return self.state.lr

    def on_lr_return(self) -> None:
        if self.session.job == "train":
            self.apply_lr()

    def save_checkpoint(self, path: str | None = None) -> str | None:
        """Save… (asks for the file unless ``path`` is given): the declared checkpoint export."""
        return run_export(self, self._checkpoint_export, path)

    def load_checkpoint_dialog(self) -> bool | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load checkpoint"), "",
                                              self.tr("dlviz checkpoint (*.pt);;All files (*)"))
        if path:
            return self.session.load_checkpoint(path)
        return None

    # --- exports ---------------------------------------------------------------------------------
    def exports(self) -> list:
        # The plots export as they are shown, also before a run (their axes and titles).
        return [
            Export(N_("Training curves as PNG…"), "training_curves.png",
                   lambda p: export.save_png(self.views.curves, p)),
            Export(N_("Training curves as SVG…"), "training_curves.svg",
                   lambda p: export.save_svg(self.views.curves, p, "dlviz training curves")),
            Export(N_("Confusion matrix as PNG…"), "confusion.png",
                   lambda p: export.save_png(self.views.shown_confusion(), p)),
            Export(N_("Training metrics as CSV…"), "training_metrics.csv",
                   lambda p: export.write_csv(p, CSV_HEADER, self.session.metrics_rows()),
                   ready=lambda: None if self.session.metrics_rows() else Message(
                       N_("No metrics yet: start a training run first."))),
            self._checkpoint_export,
        ]

    def _checkpoint_ready(self):
        held = self.session.held
        if held is None:
            return Message(N_("Nothing to save yet: train or load a model first."))
        if self.session.running:
            return Message(N_("Wait until the run has ended (or stop it) before saving."))
        self._checkpoint_export.filename = f"{held.config.get('arch', 'classifier')}.pt"
        return None

    # --- screenshot ----------------------------------------------------------------------------
    def prepare_screenshot(self) -> None:
        """Mid-training look from a real run: the Keras CNN trains on a random 2,000 / 500
        subset of the data in use and is paused in epoch 4 of 5, with the curves, the
        confusion matrix and the mistakes of epoch 3."""
        from dlviz.core.data import MnistData  # noqa: PLC0415
        from dlviz.core.engine import default_lr  # noqa: PLC0415

        s = self.session
        if s.running:
            s.stop()
            _wait(lambda: not s.running, 30)
        if self.state.data == "text":  # sentences: the text bi-LSTM mid-run (train/textsession.py)
            return s.text_screenshot_run(_wait)
        data = self.app.data
        if len(data.train_x) > 2000:  # a random, fixed subset keeps this to a few seconds
            rng = np.random.default_rng(0)
            tr = np.sort(rng.permutation(len(data.train_x))[:2000])
            te = np.sort(rng.permutation(len(data.test_x))[:500])
            label = {"label": data.label} if getattr(data, "label", None) is not None else {}
            data = MnistData(data.train_x[tr], data.train_y[tr], data.test_x[te], data.test_y[te],
                             source=data.source, description=data.description,
                             notes=[self.tr("a random 2,000 / 500 subset")], **label)
        self.state.update(arch="keras-cnn", activation="relu", dropout=0.0, optimizer="adam",
                          lr=default_lr("keras-cnn"), onecycle=True, epochs=5, batch_size=64, device="cpu",
                          pace=0.0, train_size="all", weight_decay=0.0)
        spe = math.ceil(len(data.train_x) / 64)
        if not s.start_training(data, train_config(self.state.values(), batch_rate=1e9)):
            return
        s.pause_at(int(3.5 * spe))
        _wait(lambda: s.paused or not s.running, 120)
        _wait(lambda: False, 0.3)  # the reports sent before the pause took effect
        s.request_redraw(now=True)


def _cuda() -> bool:
    import torch  # noqa: PLC0415

    return bool(torch.cuda.is_available())


def _wait(done, seconds: float) -> None:
    """Process events until ``done()`` or ``seconds`` have passed."""
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.005)
