"""Training panel: train the tutorial's CNNs and the row-by-row RNN/GRU/LSTM on MNIST live.

The work is :func:`dlviz.core.engine.train_classifier` (a generator of events) run by the
app's ``JobRunner`` on a worker thread; this panel only renders the events: live loss and
accuracy curves (made once, updated with ``setData`` on a ≤30 Hz timer), a progress bar with
samples/s and ETA, the confusion matrix and the most confidently misclassified test digits.
When a run ends (or a checkpoint is loaded) the model is published to the whole app
(``AppState.set_classifier``) so Draw, Convolution and RNN use it."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dlviz.core.events import BatchMetrics, EpochMetrics, Failed, Finished, Started
from dlviz.ui import export, theme
from dlviz.ui.panels.base import Panel
from dlviz.ui.widgets.plots import ConfusionMatrix, CurvePlot, DigitGrid
from dlviz.ui.worker import JobRunner

ARCHS = ("keras-cnn", "convnet", "rnn", "gru", "lstm")
CNN_ACTS = ("relu", "leaky_relu", "elu", "sigmoid", "tanh")
RNN_ACTS = ("tanh", "relu")
DEFAULT_EPOCHS = {"keras-cnn": 3, "convnet": 6, "rnn": 5, "gru": 5, "lstm": 5}
LR_RANGE = (1e-6, 10.0)
WD_RANGE = (0.0, 1.0)
MISTAKES = 16

# Batch reports per second asked of the engine while the panel trains (the curves need no more).
GUI_BATCH_RATE = 10.0


def _fmt_time(s: float) -> str:
    if s is None or not math.isfinite(s):
        return "--:--"
    s = int(round(s))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60:02d}:{s % 60:02d}"


def parse_positive(text: str, lo: float, hi: float, allow_zero: bool = False) -> float | None:
    """A number in [lo, hi] (``lo`` excluded unless allow_zero and lo == 0), else None."""
    try:
        v = float(text.strip().replace(",", "."))
    except (ValueError, AttributeError):
        return None
    if not math.isfinite(v) or v > hi or v < lo or (v == 0 and not allow_zero):
        return None
    return v


class TrainPanel(Panel):
    panel_id = "train"

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.runner = JobRunner(self)
        self.runner.event.connect(self._on_event)
        self.runner.finished.connect(self._on_job_done)
        self._job = None  # "train" | "eval" | None
        self._paused = False
        self._closing = False
        self._loading_settings = True
        self._steps_per_epoch = 1
        self._total_steps = 0
        self._run_epochs = 1
        self._last_batch: BatchMetrics | None = None
        self._last_epoch: EpochMetrics | None = None
        # Buffers the plots show (the redraw timer copies them into the curves).
        self._b_x: list[float] = []
        self._b_loss: list[float] = []
        self._b_acc: list[float] = []
        self._b_lr: list[float] = []
        self._b_step: list[int] = []
        self._e_rows: list[tuple] = []  # (epoch, train_loss, train_acc, test_loss, test_acc, seconds)
        self._dirty = False
        self._drawn_epochs = -1
        # The weights the panel holds (finished, stopped, last good before divergence, or loaded).
        self.result_state: dict | None = None
        self.result_config: dict | None = None
        self.result_history: dict | None = None
        self.result_train_config: dict | None = None
        self.result_test_accuracy: float | None = None
        self.result_origin = ""

        self._build_controls()
        self._build_views()
        self._build_exports()

        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self._controls_scroll, 0)
        lay.addWidget(self._views, 1)

        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        # Curves are redrawn at most 4 times a second: each redraw (two plots) is the GUI thread's
        # largest cost while training, and on a 2-core machine every millisecond of it is taken
        # from PyTorch (benchmarks/bench_train_throughput.py: GUI/headless 0.62× at 10 Hz with
        # 25 batch reports/s, 0.72× at 4 Hz).
        self._redraw_timer.setInterval(250)
        self._redraw_timer.timeout.connect(self._redraw)

        QShortcut(QKeySequence("Ctrl+Return"), self, lambda: self.start(), context=Qt.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+."), self, self.stop, context=Qt.WidgetWithChildrenShortcut)

        self._restore_settings()
        self._loading_settings = False
        self._on_arch_changed()
        self._set_running(False)
        self.state.data_changed.connect(self._show_source)
        theme.notifier().changed.connect(self._apply_colors)
        self._apply_colors()
        self._show_source()

    # ------------------------------------------------------------------------------------
    # construction

    def _build_controls(self):
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 4, 0)
        col.setSpacing(6)

        # --- model ---
        g = QGroupBox(self.tr("Model"), box)
        f = QFormLayout(g)
        self.arch_combo = QComboBox(g)
        titles = {
            "keras-cnn": self.tr("Keras CNN"),
            "convnet": self.tr("PyTorch ConvNet"),
            "rnn": self.tr("Simple RNN"),
            "gru": self.tr("GRU"),
            "lstm": self.tr("LSTM"),
        }
        details = {
            "keras-cnn": self.tr("The tutorial's Keras CNN: conv 32 × 3×3 + activation → max-pool 2×2 → dense 10."),
            "convnet": self.tr("The tutorial's PyTorch ConvNet: conv 10 × 5×5 → pool → conv 20 × 5×5 with dropout → "
                               "pool → dense 50 → dropout → dense 10."),
            "rnn": self.tr("A simple RNN that reads the digit row by row (28 steps of 28 pixels), then dense 10."),
            "gru": self.tr("A GRU that reads the digit row by row (28 steps of 28 pixels), then dense 10."),
            "lstm": self.tr("An LSTM that reads the digit row by row (28 steps of 28 pixels), then dense 10."),
        }
        for i, a in enumerate(ARCHS):
            self.arch_combo.addItem(titles[a], a)
            self.arch_combo.setItemData(i, details[a], Qt.ToolTipRole)
        self.arch_combo.setToolTip(self.tr(
            "The network to train: the tutorial's two CNNs, or a recurrent net that reads the digit "
            "as 28 rows of 28 pixels, one row per time step."))
        self.arch_combo.currentIndexChanged.connect(self._on_arch_changed)
        self.arch_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.arch_combo.setMinimumContentsLength(14)
        f.addRow(self.tr("Network:"), self.arch_combo)

        self.act_combo = QComboBox(g)
        self.act_combo.setToolTip(self.tr(
            "The hidden layers' activation function (the non-linearity after each conv or dense layer; "
            "for the simple RNN, the one inside the cell)."))
        f.addRow(self.tr("Activation:"), self.act_combo)

        self.hidden_spin = QSpinBox(g)
        self.hidden_spin.setRange(8, 512)
        self.hidden_spin.setSingleStep(16)
        self.hidden_spin.setValue(128)
        self.hidden_spin.setToolTip(self.tr("Hidden size: how many numbers the RNN's state (its memory) holds."))
        f.addRow(self.tr("Hidden units:"), self.hidden_spin)

        self.layers_spin = QSpinBox(g)
        self.layers_spin.setRange(1, 2)
        self.layers_spin.setToolTip(self.tr("Stacked RNN layers: the second reads the first one's outputs."))
        f.addRow(self.tr("Layers:"), self.layers_spin)

        self.bidir_check = QCheckBox(self.tr("Bidirectional"), g)
        self.bidir_check.setToolTip(self.tr(
            "Also read the rows bottom to top and join both directions' final states."))
        f.addRow("", self.bidir_check)

        self.dropout_spin = QDoubleSpinBox(g)
        self.dropout_spin.setRange(0.0, 0.9)
        self.dropout_spin.setSingleStep(0.05)
        self.dropout_spin.setDecimals(2)
        self.dropout_spin.setToolTip(self.tr(
            "Dropout: during training each unit is zeroed with this probability, so the net cannot rely "
            "on any single unit (a guard against overfitting); off when evaluating."))
        f.addRow(self.tr("Dropout:"), self.dropout_spin)
        col.addWidget(g)

        # --- optimisation ---
        g = QGroupBox(self.tr("Optimisation"), box)
        f = QFormLayout(g)
        self.opt_combo = QComboBox(g)
        self.opt_combo.addItem(self.tr("Adam"), "adam")
        self.opt_combo.addItem(self.tr("SGD + momentum 0.9"), "sgd")
        self.opt_combo.setToolTip(self.tr(
            "How the gradient updates the weights: Adam adapts a step size per weight; SGD with momentum "
            "follows a running average of the gradients."))
        self.opt_combo.currentIndexChanged.connect(self._on_optimizer_changed)
        f.addRow(self.tr("Optimizer:"), self.opt_combo)

        lr_row = QWidget(g)
        lr_lay = QHBoxLayout(lr_row)
        lr_lay.setContentsMargins(0, 0, 0, 0)
        self.lr_edit = QLineEdit("0.003", lr_row)
        self.lr_edit.setToolTip(self.tr(
            "Learning rate: the size of each step down the gradient (e.g. 0.003 or 3e-3). While training, "
            "press Enter or Set to change it live."))
        self.lr_edit.returnPressed.connect(self.apply_lr)
        self.lr_edit.textEdited.connect(lambda *_: self._mark_field(self.lr_edit, True))
        self.lr_set_btn = QPushButton(self.tr("Set"), lr_row)
        self.lr_set_btn.setToolTip(self.tr("Send this learning rate to the running training now."))
        self.lr_set_btn.clicked.connect(self.apply_lr)
        lr_lay.addWidget(self.lr_edit, 1)
        lr_lay.addWidget(self.lr_set_btn)
        f.addRow(self.tr("Learning rate:"), lr_row)

        self.onecycle_check = QCheckBox(self.tr("One-cycle schedule"), g)
        self.onecycle_check.setChecked(True)
        self.onecycle_check.setToolTip(self.tr(
            "Warm the learning rate up to the value above, then anneal it towards zero: usually faster "
            "and more accurate. Setting the rate by hand while training turns it off."))
        f.addRow("", self.onecycle_check)

        self.batch_spin = QSpinBox(g)
        self.batch_spin.setRange(1, 4096)
        self.batch_spin.setValue(128)
        self.batch_spin.setToolTip(self.tr(
            "Batch size: how many digits are averaged into each gradient step."))
        f.addRow(self.tr("Batch size:"), self.batch_spin)

        self.epochs_spin = QSpinBox(g)
        self.epochs_spin.setRange(1, 200)
        self.epochs_spin.setValue(3)
        self.epochs_spin.setToolTip(self.tr("Epochs: how many times the whole training set is gone through."))
        f.addRow(self.tr("Epochs:"), self.epochs_spin)

        self.wd_edit = QLineEdit("0", g)
        self.wd_edit.setToolTip(self.tr(
            "L2 weight decay λ: every step also pulls each weight towards zero by λ·w (smaller weights, "
            "less overfitting); 0 turns it off."))
        self.wd_edit.textEdited.connect(lambda *_: self._mark_field(self.wd_edit, True))
        f.addRow(self.tr("L2 weight decay:"), self.wd_edit)

        self.seed_spin = QSpinBox(g)
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setToolTip(self.tr(
            "Random seed for the initial weights, the shuffling and dropout: the same seed repeats a run."))
        f.addRow(self.tr("Seed:"), self.seed_spin)

        self.device_combo = QComboBox(g)
        self.device_combo.addItem(self.tr("Auto"), "auto")
        self.device_combo.addItem(self.tr("CPU"), "cpu")
        self.device_combo.addItem(self.tr("CUDA GPU"), "cuda")
        self.device_combo.setToolTip(self.tr(
            "Where the arithmetic runs: Auto uses a CUDA GPU when PyTorch sees one, else the CPU."))
        f.addRow(self.tr("Device:"), self.device_combo)
        col.addWidget(g)

        # --- run buttons ---
        g = QGroupBox(self.tr("Run"), box)
        grid = QGridLayout(g)
        self.start_btn = QPushButton(self.tr("Start"), g)
        self.start_btn.setToolTip(self.tr("Start training from fresh random weights (Ctrl+Enter)."))
        self.start_btn.clicked.connect(lambda *_: self.start())
        self.pause_btn = QPushButton(self.tr("Pause"), g)
        self.pause_btn.setToolTip(self.tr("Pause after the current batch; press again to resume."))
        self.pause_btn.clicked.connect(self.toggle_pause)
        self.stop_btn = QPushButton(self.tr("Stop"), g)
        self.stop_btn.setToolTip(self.tr("Stop after the current batch and keep the weights so far (Ctrl+.)."))
        self.stop_btn.clicked.connect(self.stop)
        self.save_btn = QPushButton(self.tr("Save…"), g)
        self.save_btn.setToolTip(self.tr("Save the weights, settings and curves as a checkpoint file (.pt)."))
        self.save_btn.clicked.connect(self.save_checkpoint_dialog)
        self.load_btn = QPushButton(self.tr("Load…"), g)
        self.load_btn.setToolTip(self.tr(
            "Load a checkpoint (refused safely if it is damaged or not a dlviz classifier); the app then uses it."))
        self.load_btn.clicked.connect(self.load_checkpoint_dialog)
        grid.addWidget(self.start_btn, 0, 0)
        grid.addWidget(self.pause_btn, 0, 1)
        grid.addWidget(self.stop_btn, 0, 2)
        grid.addWidget(self.save_btn, 1, 0, 1, 1)
        grid.addWidget(self.load_btn, 1, 1, 1, 2)
        col.addWidget(g)

        self.msg_label = QLabel(box)
        self.msg_label.setWordWrap(True)
        self.msg_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        col.addWidget(self.msg_label)
        col.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidget(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setMinimumWidth(292)
        scroll.setMaximumWidth(340)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self._controls_scroll = scroll

    def _build_views(self):
        v = QWidget(self)
        lay = QVBoxLayout(v)
        lay.setContentsMargins(4, 0, 0, 0)
        lay.setSpacing(6)

        # progress row
        top = QHBoxLayout()
        self.progress = QProgressBar(v)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%p %"))
        self.progress.setToolTip(self.tr("Batches done out of all batches of the run."))
        self.progress.setMinimumWidth(220)
        top.addWidget(self.progress, 1)
        self.speed_label = QLabel(self.tr("Ready"), v)
        self.speed_label.setToolTip(self.tr(
            "Epoch, training speed in digits per second, time left, and the current learning rate."))
        self.speed_label.setMinimumWidth(380)
        top.addWidget(self.speed_label, 0)
        lay.addLayout(top)
        self.source_label = QLabel(v)
        self.source_label.setWordWrap(True)
        self.source_label.setToolTip(self.tr("Where the computation runs and which MNIST data is used."))
        lay.addWidget(self.source_label)

        # curves
        curves = QWidget(v)
        cl = QHBoxLayout(curves)
        cl.setContentsMargins(0, 0, 0, 0)
        self.loss_plot = CurvePlot(self.tr("Loss (cross-entropy)"), self.tr("loss"), self.tr("epoch"), curves)
        self.loss_plot.add_curve("batch", self.tr("train (recent batches)"), color=0, width=1, fast=True)
        self.loss_plot.add_curve("train", self.tr("train (epoch mean)"), color=0, width=2.5, symbol="o")
        self.loss_plot.add_curve("test", self.tr("test"), color=1, width=2.5, symbol="s")
        self.acc_plot = CurvePlot(self.tr("Accuracy"), self.tr("accuracy (%)"), self.tr("epoch"), curves,
                                  legend_offset=(-10, -10))
        self.acc_plot.add_curve("batch", self.tr("train (recent batches)"), color=0, width=1, fast=True)
        self.acc_plot.add_curve("train", self.tr("train (epoch mean)"), color=0, width=2.5, symbol="o")
        self.acc_plot.add_curve("test", self.tr("test"), color=1, width=2.5, symbol="s")
        self.loss_plot.getPlotItem().setLogMode(y=True)
        self.loss_plot.getPlotItem().getViewBox().setLimits(xMin=0)
        self.acc_plot.getPlotItem().getViewBox().setLimits(xMin=0, yMin=0, yMax=100.5)
        self.acc_plot.getPlotItem().setYRange(0, 100, padding=0.01)
        cl.addWidget(self.loss_plot)
        cl.addWidget(self.acc_plot)
        self.curves_widget = curves
        lay.addWidget(curves, 5)

        # confusion + mistakes
        bottom = QHBoxLayout()
        cbox = QGroupBox(self.tr("Confusion matrix (test set)"), v)
        cbox.setToolTip(self.tr(
            "Row = the true digit, column = the network's answer; the diagonal is right, every other "
            "number counts one kind of mistake."))
        cb = QVBoxLayout(cbox)
        cb.setContentsMargins(4, 4, 4, 4)
        self.confusion = ConfusionMatrix(10, parent=cbox)
        cb.addWidget(self.confusion)
        bottom.addWidget(cbox, 4)

        mbox = QGroupBox(self.tr("Most confident mistakes (test set)"), v)
        mbox.setToolTip(self.tr(
            "The test digits the network got wrong while most sure of itself: true label → its answer."))
        mb = QVBoxLayout(mbox)
        mb.setContentsMargins(6, 6, 6, 6)
        self.mistakes = DigitGrid(2, 8, scale=2, parent=mbox)
        mb.addWidget(self.mistakes, 0, Qt.AlignHCenter | Qt.AlignTop)
        self.run_label = QLabel(mbox)
        self.run_label.setWordWrap(True)
        self.run_label.setToolTip(self.tr("The model and settings of the run shown."))
        mb.addWidget(self.run_label)
        self.result_label = QLabel(mbox)
        self.result_label.setWordWrap(True)
        self.result_label.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.result_label.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Expanding)
        mb.addWidget(self.result_label, 1)
        bottom.addWidget(mbox, 6)
        lay.addLayout(bottom, 4)
        self._views = v

    def _build_exports(self):
        def action(text, slot):
            return export.make_action(self, text, slot)

        self._exports = [
            action(self.tr("Training curves as PNG…"), lambda: self.export_curves()),
            action(self.tr("Training curves as SVG…"), lambda: self.export_curves(fmt="svg")),
            action(self.tr("Confusion matrix as PNG…"), lambda: self.export_confusion()),
            action(self.tr("Training metrics as CSV…"), lambda: self.export_metrics_csv()),
        ]
        for plot in (self.loss_plot, self.acc_plot):
            menu = plot.getPlotItem().getViewBox().menu
            menu.addSeparator()
            menu.addAction(action(self.tr("Save both curves as PNG…"), lambda: self.export_curves()))
            menu.addAction(action(self.tr("Save metrics as CSV…"), lambda: self.export_metrics_csv()))

    def export_actions(self) -> list:
        return list(self._exports)

    # ------------------------------------------------------------------------------------
    # controls

    @property
    def arch(self) -> str:
        return self.arch_combo.currentData()

    def _on_arch_changed(self, *_):
        arch = self.arch
        rnn = arch in ("rnn", "gru", "lstm")
        for w in (self.hidden_spin, self.layers_spin, self.bidir_check):
            w.setEnabled(rnn and self._job is None)
        prev = self.act_combo.currentData()
        self.act_combo.blockSignals(True)
        self.act_combo.clear()
        names = {"relu": self.tr("ReLU"), "leaky_relu": self.tr("Leaky ReLU"), "elu": self.tr("ELU"),
                 "sigmoid": self.tr("Sigmoid"), "tanh": self.tr("tanh")}
        if arch in ("gru", "lstm"):
            self.act_combo.addItem(self.tr("gates: sigmoid + tanh"), None)
        else:
            for a in (RNN_ACTS if arch == "rnn" else CNN_ACTS):
                self.act_combo.addItem(names[a], a)
            i = self.act_combo.findData(prev)
            self.act_combo.setCurrentIndex(max(0, i))
        self.act_combo.blockSignals(False)
        self.act_combo.setEnabled(arch not in ("gru", "lstm") and self._job is None)
        if not self._loading_settings:
            from dlviz.core.engine import default_lr  # noqa: PLC0415

            self.dropout_spin.setValue(0.5 if arch == "convnet" else 0.0)
            self.epochs_spin.setValue(DEFAULT_EPOCHS[arch])
            self.lr_edit.setText(f"{default_lr(arch, self.opt_combo.currentData()):g}")
            self._mark_field(self.lr_edit, True)
        self.dropout_spin.setToolTip(self.tr(
            "Dropout between the two RNN layers (only with 2 layers): each value is zeroed with this "
            "probability while training.") if rnn else self.tr(
            "Dropout: during training each unit is zeroed with this probability, so the net cannot rely "
            "on any single unit (a guard against overfitting); off when evaluating."))

    def _on_optimizer_changed(self, *_):
        if self._loading_settings:
            return
        from dlviz.core.engine import default_lr  # noqa: PLC0415

        self.lr_edit.setText(f"{default_lr(self.arch, self.opt_combo.currentData()):g}")
        self._mark_field(self.lr_edit, True)

    def _mark_field(self, edit: QLineEdit, ok: bool):
        edit.setStyleSheet("" if ok else f"border: 2px solid {theme.colors()['negative']};")

    def message(self, text: str, kind: str = "info") -> None:
        """Show ``text`` under the buttons (and in the status bar). kind: info | ok | error."""
        c = theme.colors()
        color = {"error": c["negative"], "ok": c["positive"]}.get(kind, c["fg"])
        self.msg_label.setStyleSheet(f"color: {color};")
        self.msg_label.setText(text)
        self.state.message(text, 8000)

    def _read_lr(self) -> float | None:
        v = parse_positive(self.lr_edit.text(), *LR_RANGE)
        self._mark_field(self.lr_edit, v is not None)
        if v is None:
            self.message(self.tr("Learning rate: type a number between {0:g} and {1:g}, e.g. 0.003 or 3e-3.")
                         .format(*LR_RANGE), "error")
        return v

    def _read_wd(self) -> float | None:
        v = parse_positive(self.wd_edit.text(), *WD_RANGE, allow_zero=True)
        if v is not None and v >= WD_RANGE[1]:
            v = None
        self._mark_field(self.wd_edit, v is not None)
        if v is None:
            self.message(self.tr("L2 weight decay: type a number from 0 up to (not including) 1, e.g. 0.0005."),
                         "error")
        return v

    def model_config(self) -> dict:
        from dlviz.core.models import default_config  # noqa: PLC0415

        arch = self.arch
        cfg = default_config(arch)
        cfg["dropout"] = round(self.dropout_spin.value(), 4)
        if arch in ("keras-cnn", "convnet"):
            cfg["activation"] = self.act_combo.currentData()
        else:
            cfg["hidden_size"] = self.hidden_spin.value()
            cfg["num_layers"] = self.layers_spin.value()
            cfg["bidirectional"] = self.bidir_check.isChecked()
            if arch == "rnn":
                cfg["nonlinearity"] = self.act_combo.currentData()
        return cfg

    def train_config(self):
        """The TrainConfig from the controls, or None (with a message) if a field is invalid."""
        from dlviz.core.engine import TrainConfig  # noqa: PLC0415
        from dlviz.core.models import pick_device  # noqa: PLC0415

        lr = self._read_lr()
        wd = self._read_wd()
        if lr is None or wd is None:
            return None
        device = self.device_combo.currentData()
        try:
            pick_device(device)
        except ValueError:
            self.message(self.tr("No CUDA GPU is available here: choose Auto or CPU."), "error")
            return None
        return TrainConfig(
            model=self.model_config(), optimizer=self.opt_combo.currentData(), lr=lr,
            batch_size=self.batch_spin.value(), epochs=self.epochs_spin.value(), weight_decay=wd,
            seed=self.seed_spin.value(), device=device,
            schedule="onecycle" if self.onecycle_check.isChecked() else "constant",
            test_batch_size=500, confused_k=MISTAKES,
            batch_rate=GUI_BATCH_RATE,
        )

    def _show_source(self, *_):
        from dlviz.core.models import device_name, pick_device  # noqa: PLC0415

        try:
            dev = device_name(pick_device(self.device_combo.currentData()))
        except ValueError:
            dev = device_name(pick_device("auto"))
        data = self.state._data if self.state.data_loaded else None
        src = data.summary() if data is not None else self.tr("MNIST (loaded when training starts)")
        self.source_label.setText(self.tr("Device: {0}   ·   Data: {1}").format(dev, src))
        if data is not None and data.is_sample:
            self.source_label.setToolTip(self.tr(
                "This is a small sample of MNIST; choose the full data set with File → Choose MNIST data folder."))

    # ------------------------------------------------------------------------------------
    # running

    @property
    def running(self) -> bool:
        return self._job is not None

    def _set_running(self, job: str | None):
        self._job = job or None
        busy = self._job is not None
        training = self._job == "train"
        for w in (self.arch_combo, self.opt_combo, self.onecycle_check, self.batch_spin, self.epochs_spin,
                  self.wd_edit, self.seed_spin, self.device_combo, self.dropout_spin, self.load_btn,
                  self.save_btn):
            w.setEnabled(not busy)
        self.start_btn.setEnabled(not busy)
        self.pause_btn.setEnabled(training)
        self.stop_btn.setEnabled(busy)
        self.lr_set_btn.setEnabled(training)
        self._on_arch_changed_enable()
        if not training:
            self._paused = False
        self.pause_btn.setText(self.tr("Resume") if self._paused else self.tr("Pause"))

    def _on_arch_changed_enable(self):
        rnn = self.arch in ("rnn", "gru", "lstm")
        free = self._job is None
        for w in (self.hidden_spin, self.layers_spin, self.bidir_check):
            w.setEnabled(rnn and free)
        self.act_combo.setEnabled(self.arch not in ("gru", "lstm") and free)

    def start(self, **overrides) -> bool:
        """Start a training run with the settings shown (returns False if refused).
        ``overrides`` set other TrainConfig fields (e.g. ``max_batches`` for benchmarks)."""
        if self.running or self._closing:
            return False
        cfg = self.train_config()
        if cfg is None:
            return False
        for k, v in overrides.items():
            setattr(cfg, k, v)
        data = self.state.data
        self._show_source()
        self._save_settings()
        self._reset_views()
        self.message(self.tr("Training {0} on {1}…").format(self.arch_combo.currentText(), data.description))
        from dlviz.core.engine import train_classifier  # noqa: PLC0415

        self._set_running("train")
        self.runner.start(lambda control: train_classifier(data, cfg, control))
        return True

    def toggle_pause(self):
        if self._job != "train":
            return
        self._paused = not self._paused
        if self._paused:
            self.runner.pause()
            self.speed_label.setText(self.tr("Paused — change the learning rate if you like, then Resume"))
        else:
            self.runner.resume()
        self.pause_btn.setText(self.tr("Resume") if self._paused else self.tr("Pause"))

    def stop(self):
        if self.running:
            self.runner.stop()
            self.stop_btn.setEnabled(False)
            self.pause_btn.setEnabled(False)

    def apply_lr(self) -> float | None:
        """Validate the learning-rate field; while training, send it to the run."""
        v = self._read_lr()
        if v is None:
            return None
        if self._job == "train":
            self.runner.send("lr", v)
            self.onecycle_check.setChecked(False)
            self.message(self.tr("Learning rate set to {0:g} (the one-cycle schedule is off for the rest of "
                                 "this run).").format(v), "ok")
        return v

    def _reset_views(self):
        for buf in (self._b_x, self._b_loss, self._b_acc, self._b_lr, self._b_step, self._e_rows):
            buf.clear()
        self._last_batch = self._last_epoch = None
        self._drawn_epochs = -1
        self.loss_plot.clear_curves()
        self.acc_plot.clear_curves()
        self.confusion.reset()
        self.mistakes.set_tiles([], [])
        self.result_label.setText("")
        self.run_label.setText("")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)

    def _on_event(self, ev):
        if isinstance(ev, BatchMetrics):
            self._on_batch(ev)
        elif isinstance(ev, EpochMetrics):
            self._on_epoch(ev)
        elif isinstance(ev, Started):
            self._total_steps = ev.total_steps
            self._steps_per_epoch = max(1, int(ev.config.get("steps_per_epoch", ev.total_steps)))
            self._run_epochs = max(1, math.ceil(ev.total_steps / self._steps_per_epoch))
            self.progress.setRange(0, max(1, ev.total_steps))
            self.progress.setValue(0)
            self.loss_plot.getPlotItem().setXRange(0, self._run_epochs, padding=0.02)
            self.acc_plot.getPlotItem().setXRange(0, self._run_epochs, padding=0.02)
            self.result_train_config = ev.config
            self.run_label.setText(self.run_summary(ev.config))
            self.source_label.setText(self.tr("Device: {0}   ·   Data: {1}").format(ev.device, ev.data_source))
        elif isinstance(ev, Finished):
            self._on_finished(ev)
        elif isinstance(ev, Failed):
            self._on_failed(ev)

    def run_summary(self, cfg: dict) -> str:
        """One line about a run: model, size, optimizer, schedule, batch, regularisation."""
        from dlviz.core.models import build_model  # noqa: PLC0415

        model_cfg = cfg.get("model", {})
        arch = model_cfg.get("arch", "?")
        title = self.arch_combo.itemText(max(0, self.arch_combo.findData(arch)))
        try:
            n = sum(p.numel() for p in build_model(model_cfg).parameters())
        except (ValueError, TypeError, KeyError):
            n = 0
        opt = self.tr("Adam") if cfg.get("optimizer") == "adam" else self.tr("SGD + momentum")
        sched = self.tr("one-cycle") if cfg.get("schedule") == "onecycle" else self.tr("constant")
        text = self.tr("<b>{0}</b> · {1:,} weights · {2}, lr {3:g} ({4}) · batch {5} · dropout {6:g} · "
                       "L2 {7:g} · seed {8}").format(
            title, n, opt, float(cfg.get("lr", 0)), sched, int(cfg.get("batch_size", 0)),
            float(model_cfg.get("dropout", 0.0)), float(cfg.get("weight_decay", 0.0)), int(cfg.get("seed", 0)))
        if arch in ("rnn", "gru", "lstm"):
            text += self.tr(" · {0} units × {1} layer(s){2}").format(
                model_cfg.get("hidden_size"), model_cfg.get("num_layers"),
                self.tr(", bidirectional") if model_cfg.get("bidirectional") else "")
        return text

    def _on_batch(self, ev: BatchMetrics):
        self._last_batch = ev
        self._b_x.append(ev.step / self._steps_per_epoch)
        self._b_loss.append(max(ev.loss, 1e-6))
        self._b_acc.append(100.0 * ev.accuracy)
        self._b_lr.append(ev.lr)
        self._b_step.append(ev.step)
        self.progress.setValue(ev.step)
        if not self._paused:
            self.speed_label.setText(self.tr("Epoch {0}/{1} · {2:,.0f} digits/s · ETA {3} · lr {4:.2g}").format(
                ev.epoch, self._run_epochs, ev.samples_per_s, _fmt_time(ev.eta_s), ev.lr))
        self._schedule_redraw()

    def _on_epoch(self, ev: EpochMetrics):
        self._last_epoch = ev
        if ev.epoch > 0:
            self._e_rows.append((ev.epoch, ev.train_loss, ev.train_accuracy, ev.test_loss, ev.test_accuracy,
                                 ev.elapsed_s))
        self.confusion.set_matrix(ev.confusion)
        caps, tips = [], []
        conf = ev.confused_confidence if ev.confused_confidence is not None else np.full(len(ev.confused_true), np.nan)
        for t, p, c in zip(ev.confused_true, ev.confused_pred, conf):
            caps.append(self.tr("{0} → {1}").format(int(t), int(p)))
            tips.append(self.tr("True digit {0}; the network said {1} with probability {2:.0%}.")
                        .format(int(t), int(p), float(c)) if math.isfinite(float(c)) else caps[-1])
        self.mistakes.set_tiles(ev.confused_images, caps, tips)
        errors = int(ev.confusion.sum() - np.trace(ev.confusion))
        pairs = ev.confusion.copy()
        np.fill_diagonal(pairs, 0)
        i, j = np.unravel_index(int(np.argmax(pairs)), pairs.shape)
        head = (self.tr("After epoch {0}: test accuracy {1:.2%}, test loss {2:.4f}.").format(
            ev.epoch, ev.test_accuracy, ev.test_loss) if ev.epoch > 0 else
            self.tr("Loaded model on the test set: accuracy {0:.2%}, loss {1:.4f}.").format(
                ev.test_accuracy, ev.test_loss))
        detail = self.tr("{0:,} of {1:,} test digits wrong; the most frequent mistake: {2} read as {3} ({4}×).").format(
            errors, int(ev.confusion.sum()), int(i), int(j), int(pairs[i, j])) if errors else ""
        self.result_label.setText(head + " " + detail)
        self._schedule_redraw()

    def _publish(self, name_suffix: str, origin: str):
        """Make the held weights the app's current classifier."""
        from dlviz.core.models import build_model  # noqa: PLC0415
        from dlviz.ui.state import ModelBundle  # noqa: PLC0415

        model = build_model(self.result_config)
        model.load_state_dict(self.result_state)
        model.eval()
        title = self.arch_combo.itemText(max(0, self.arch_combo.findData(self.result_config["arch"])))
        title = title.split(" (")[0]
        bundle = ModelBundle(name=f"{title} ({name_suffix})", config=dict(self.result_config), model=model,
                             origin=origin, history=dict(self.result_history or {}))
        self.state.set_classifier(bundle)
        return bundle

    def _hold(self, state, config, history, origin):
        self.result_state = state["model"]
        self.result_config = dict(config)
        self.result_history = history
        self.result_origin = origin
        self.result_test_accuracy = self._e_rows[-1][4] if self._e_rows else None

    def _on_finished(self, ev: Finished):
        if self._job == "eval":
            return
        self._hold(ev.state, ev.config, ev.history, "trained")
        self.result_train_config = ev.train_config or self.result_train_config
        if ev.reason == "stopped":
            self.message(self.tr("Stopped. The weights so far are kept and now used by the other panels."))
        else:
            acc = self.result_test_accuracy
            self.message(self.tr("Finished: test accuracy {0}. The Draw, Convolution and RNN panels now use "
                                 "this model.").format(f"{acc:.2%}" if acc is not None else "–"), "ok")
        if self.result_state is not None:
            self._publish(self.tr("trained here"), "trained")
        self.speed_label.setText(self.tr("Done · {0:.1f} s of training").format(ev.train_seconds))

    def _on_failed(self, ev: Failed):
        if ev.state:
            self._hold(ev.state, ev.config or self.model_config(), ev.history or {}, "trained")
        if ev.reason == "diverged":
            self.message(self.tr("Training diverged: the loss became NaN or infinite. The last good weights "
                                 "are kept (Save… works); try a smaller learning rate."), "error")
        else:
            self.message(self.tr("Training failed: {0}").format(ev.message), "error")
        self.speed_label.setText(self.tr("Failed"))

    def _on_job_done(self):
        self._set_running(None)
        self._redraw()

    def _schedule_redraw(self):
        self._dirty = True
        if not self._redraw_timer.isActive():
            self._redraw_timer.start()

    def _redraw(self):
        if not self._dirty:
            return
        self._dirty = False
        x = np.asarray(self._b_x)
        self.loss_plot.set_curve("batch", x, self._b_loss)
        self.acc_plot.set_curve("batch", x, self._b_acc)
        n_epochs = len(self._e_rows)
        if n_epochs == self._drawn_epochs:
            return  # the epoch curves change once per epoch only
        self._drawn_epochs = n_epochs
        if self._e_rows:
            e = np.asarray([r[:5] for r in self._e_rows], dtype=np.float64)
            self.loss_plot.set_curve("train", e[:, 0], np.maximum(e[:, 1], 1e-6))
            self.loss_plot.set_curve("test", e[:, 0], np.maximum(e[:, 3], 1e-6))
            self.acc_plot.set_curve("train", e[:, 0], 100 * e[:, 2])
            self.acc_plot.set_curve("test", e[:, 0], 100 * e[:, 4])
        else:
            for p in (self.loss_plot, self.acc_plot):
                p.set_curve("train", [], [])
                p.set_curve("test", [], [])

    # ------------------------------------------------------------------------------------
    # checkpoints

    def save_checkpoint_dialog(self):
        if self.result_state is None:
            self.message(self.tr("Nothing to save yet: train or load a model first."), "error")
            return None
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save checkpoint"), f"{self.result_config['arch']}.pt",
                                              self.tr("dlviz checkpoint (*.pt)"))
        if not path:
            return None
        if not path.lower().endswith(".pt"):
            path += ".pt"
        return self.save_checkpoint(path)

    def save_checkpoint(self, path: str) -> str | None:
        """Write the held weights (atomically); a failure is a message, never an exception."""
        from dlviz.core.checkpoint import save_checkpoint  # noqa: PLC0415

        if self.result_state is None:
            self.message(self.tr("Nothing to save yet: train or load a model first."), "error")
            return None
        extra = {"train": self.result_train_config or {}}
        if self.result_test_accuracy is not None:
            extra["test_accuracy"] = float(self.result_test_accuracy)
        if self.state.data_loaded:
            extra["data"] = self.state.data.summary()
        try:
            save_checkpoint(path, "classifier", self.result_config, {"model": self.result_state},
                            self.result_history or {}, extra)
        except (OSError, RuntimeError) as e:
            self.message(self.tr("Could not save {0}: {1}").format(path, getattr(e, "strerror", None) or e), "error")
            return None
        self.message(self.tr("Saved checkpoint {0}").format(path), "ok")
        return path

    def load_checkpoint_dialog(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load checkpoint"), "",
                                              self.tr("dlviz checkpoint (*.pt);;All files (*)"))
        if path:
            return self.load_checkpoint(path)
        return None

    def load_checkpoint(self, path: str) -> bool:
        """Load a classifier checkpoint safely; refusals are shown as messages. On success the
        model becomes the app's current classifier and is evaluated on the test set."""
        from dlviz.core.checkpoint import CheckpointError, load_classifier  # noqa: PLC0415

        if self.running:
            self.message(self.tr("Stop the training before loading a checkpoint."), "error")
            return False
        try:
            model, config, payload = load_classifier(path)
        except CheckpointError as e:
            self.message(self.tr("Checkpoint refused: {0}").format(e), "error")
            return False
        if config.get("arch") not in ARCHS:
            self.message(self.tr("Checkpoint refused: unknown model {0!r}").format(config.get("arch")), "error")
            return False
        self._apply_model_config(config)
        history = payload.get("history") or {}
        self._reset_views()
        self._load_history(history, payload.get("extra", {}).get("train", {}))
        self.result_state = {k: v.clone() for k, v in model.state_dict().items()}
        self.result_config = dict(config)
        self.result_history = history
        self.result_train_config = payload.get("extra", {}).get("train") or {}
        self.result_test_accuracy = payload.get("extra", {}).get("test_accuracy")
        self.result_origin = "loaded"
        if self.result_train_config.get("model"):
            self.run_label.setText(self.run_summary(self.result_train_config))
        import os  # noqa: PLC0415

        self._publish(self.tr("loaded from {0}").format(os.path.basename(str(path))), "loaded")
        self.message(self.tr("Loaded {0}; the other panels now use it. Evaluating on the test set…")
                     .format(os.path.basename(str(path))), "ok")
        self._evaluate_loaded()
        return True

    def _apply_model_config(self, config: dict):
        self._loading_settings = True
        try:
            self.arch_combo.setCurrentIndex(max(0, self.arch_combo.findData(config["arch"])))
            self._on_arch_changed()
            self.dropout_spin.setValue(float(config.get("dropout", 0.0)))
            if "activation" in config:
                self.act_combo.setCurrentIndex(max(0, self.act_combo.findData(config["activation"])))
            if config["arch"] in ("rnn", "gru", "lstm"):
                self.hidden_spin.setValue(int(config.get("hidden_size", 128)))
                self.layers_spin.setValue(int(config.get("num_layers", 1)))
                self.bidir_check.setChecked(bool(config.get("bidirectional", False)))
                if config["arch"] == "rnn":
                    self.act_combo.setCurrentIndex(max(0, self.act_combo.findData(config.get("nonlinearity", "tanh"))))
        finally:
            self._loading_settings = False

    def _load_history(self, history: dict, train_cfg: dict):
        try:
            spe = int(train_cfg.get("steps_per_epoch") or 0)
            steps = [int(s) for s in history.get("step", [])]
            if spe > 0 and steps:
                self._steps_per_epoch = spe
                self._b_x[:] = [s / spe for s in steps]
                self._b_step[:] = steps
                self._b_loss[:] = [max(float(v), 1e-6) for v in history.get("batch_loss", [])][: len(steps)]
                self._b_acc[:] = [100 * float(v) for v in history.get("batch_accuracy", [])][: len(steps)]
                self._b_lr[:] = [float(v) for v in history.get("lr", [])][: len(steps)]
                if not (len(self._b_loss) == len(self._b_acc) == len(steps)):
                    raise ValueError("history lengths differ")
            cols = [history.get(k, []) for k in ("epoch", "train_loss", "train_accuracy", "test_loss",
                                                 "test_accuracy", "epoch_seconds")]
            n = min(len(c) for c in cols[:5])
            secs = cols[5] if len(cols[5]) >= n else [float("nan")] * n
            self._e_rows[:] = [(int(cols[0][i]), float(cols[1][i]), float(cols[2][i]), float(cols[3][i]),
                                float(cols[4][i]), float(secs[i])) for i in range(n)]
        except (TypeError, ValueError):
            for buf in (self._b_x, self._b_loss, self._b_acc, self._b_lr, self._b_step, self._e_rows):
                buf.clear()
        if self._e_rows or self._b_x:
            last = max([r[0] for r in self._e_rows] + self._b_x + [1])
            for p in (self.loss_plot, self.acc_plot):
                p.getPlotItem().setXRange(0, math.ceil(last), padding=0.02)
        self._dirty = True
        self._redraw()

    def _evaluate_loaded(self):
        from dlviz.core.engine import evaluation_job  # noqa: PLC0415

        data = self.state.data
        cfg, sd = dict(self.result_config), dict(self.result_state)
        device = "cpu"
        self._set_running("eval")
        self.runner.start(lambda control: evaluation_job(data, cfg, sd, device, MISTAKES, control))

    # ------------------------------------------------------------------------------------
    # exports

    def export_curves(self, path: str | None = None, fmt: str = "png") -> str | None:
        """Both curve plots side by side as PNG (2× scale) or SVG."""
        path = path or export.ask_save_path(self, self.tr("Save training curves"), f"training_curves.{fmt}", fmt)
        if not path:
            return None
        try:
            self._render_widget(self.curves_widget, path, fmt)
        except (OSError, ValueError) as e:
            self.message(self.tr("Could not save {0}: {1}").format(path, e), "error")
            return None
        self.message(self.tr("Saved {0}").format(path), "ok")
        return path

    def _render_widget(self, widget, path: str, fmt: str, scale: float = 2.0):
        import os  # noqa: PLC0415

        from PySide6.QtCore import QPoint, QRect, QSize  # noqa: PLC0415
        from PySide6.QtGui import QImage, QPainter  # noqa: PLC0415

        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise OSError(self.tr("the folder {0} does not exist").format(folder))
        w, h = max(1, widget.width()), max(1, widget.height())
        painter = QPainter()
        if fmt == "svg":
            from PySide6.QtSvg import QSvgGenerator  # noqa: PLC0415

            target = QSvgGenerator()
            target.setFileName(path)
            target.setSize(QSize(w, h))
            target.setViewBox(QRect(0, 0, w, h))
            target.setTitle("dlviz training curves")
            if not painter.begin(target):
                raise OSError(self.tr("could not write {0}").format(path))
            widget.render(painter, QPoint())
            painter.end()
            if not os.path.exists(path) or os.path.getsize(path) == 0:
                raise OSError(self.tr("could not write {0}").format(path))
            return
        if fmt != "png":
            raise ValueError(fmt)
        img = QImage(int(w * scale), int(h * scale), QImage.Format_ARGB32)
        img.fill(self.palette().window().color())
        painter.begin(img)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setRenderHint(QPainter.TextAntialiasing)
        painter.scale(scale, scale)
        widget.render(painter, QPoint())
        painter.end()
        if not img.save(path, "PNG"):
            raise OSError(self.tr("could not write {0}").format(path))

    def export_confusion(self, path: str | None = None) -> str | None:
        path = path or export.ask_save_path(self, self.tr("Save confusion matrix"), "confusion.png", "png")
        if not path:
            return None
        try:
            export.save_png(self.confusion, path)
        except OSError as e:
            self.message(self.tr("Could not save {0}: {1}").format(path, e), "error")
            return None
        self.message(self.tr("Saved {0}").format(path), "ok")
        return path

    def metrics_rows(self):
        """(header, rows): one row per throttled batch report and one per epoch."""
        header = ["kind", "epoch", "step", "loss", "accuracy", "learning_rate", "test_loss", "test_accuracy",
                  "epoch_seconds"]
        rows = []
        for x, s, loss, acc, lr in zip(self._b_x, self._b_step, self._b_loss, self._b_acc, self._b_lr):
            rows.append(["batch", f"{x:.4f}", s, f"{loss:.6g}", f"{acc / 100:.6g}", f"{lr:.6g}", "", "", ""])
        for ep, trl, tra, tel, tea, sec in self._e_rows:
            rows.append(["epoch", ep, ep * self._steps_per_epoch, f"{trl:.6g}", f"{tra:.6g}", "", f"{tel:.6g}",
                         f"{tea:.6g}", f"{sec:.3f}" if math.isfinite(sec) else ""])
        return header, rows

    def export_metrics_csv(self, path: str | None = None) -> str | None:
        header, rows = self.metrics_rows()
        if not rows:
            self.message(self.tr("No metrics yet: start a training run first."), "error")
            return None
        path = path or export.ask_save_path(self, self.tr("Save training metrics"), "training_metrics.csv", "csv")
        if not path:
            return None
        try:
            export.write_csv(path, header, rows)
        except OSError as e:
            self.message(self.tr("Could not save {0}: {1}").format(path, e), "error")
            return None
        self.message(self.tr("Saved {0}").format(path), "ok")
        return path

    # ------------------------------------------------------------------------------------
    # settings, theme, shutdown, screenshot

    def _restore_settings(self):
        s = QSettings()

        def get(key, default, kind):
            v = s.value(f"train/{key}", default)
            try:
                return kind(v) if kind is not bool else (v in (True, "true", "1", 1))
            except (TypeError, ValueError):
                return default

        arch = get("arch", "keras-cnn", str)
        self.arch_combo.setCurrentIndex(max(0, self.arch_combo.findData(arch if arch in ARCHS else "keras-cnn")))
        self._on_arch_changed()
        self.opt_combo.setCurrentIndex(max(0, self.opt_combo.findData(get("optimizer", "adam", str))))
        self.lr_edit.setText(get("lr", "0.003", str))
        self.onecycle_check.setChecked(get("onecycle", True, bool))
        self.batch_spin.setValue(get("batch_size", 128, int))
        self.epochs_spin.setValue(get("epochs", DEFAULT_EPOCHS.get(arch, 3), int))
        self.wd_edit.setText(get("weight_decay", "0", str))
        self.seed_spin.setValue(get("seed", 0, int))
        self.dropout_spin.setValue(get("dropout", 0.5 if arch == "convnet" else 0.0, float))
        self.hidden_spin.setValue(get("hidden", 128, int))
        self.layers_spin.setValue(get("layers", 1, int))
        self.bidir_check.setChecked(get("bidirectional", False, bool))
        self.device_combo.setCurrentIndex(max(0, self.device_combo.findData(get("device", "auto", str))))
        act = get("activation", "", str)
        if act:
            self.act_combo.setCurrentIndex(max(0, self.act_combo.findData(act)))

    def _save_settings(self):
        s = QSettings()
        s.setValue("train/arch", self.arch)
        s.setValue("train/optimizer", self.opt_combo.currentData())
        s.setValue("train/lr", self.lr_edit.text())
        s.setValue("train/onecycle", self.onecycle_check.isChecked())
        s.setValue("train/batch_size", self.batch_spin.value())
        s.setValue("train/epochs", self.epochs_spin.value())
        s.setValue("train/weight_decay", self.wd_edit.text())
        s.setValue("train/seed", self.seed_spin.value())
        s.setValue("train/dropout", self.dropout_spin.value())
        s.setValue("train/hidden", self.hidden_spin.value())
        s.setValue("train/layers", self.layers_spin.value())
        s.setValue("train/bidirectional", self.bidir_check.isChecked())
        s.setValue("train/device", self.device_combo.currentData())
        s.setValue("train/activation", self.act_combo.currentData() or "")

    def _apply_colors(self, *_):
        self.confusion._apply_colors()
        for edit in (self.lr_edit, self.wd_edit):
            if edit.styleSheet():
                self._mark_field(edit, False)

    def shutdown(self) -> None:
        """Stop a running job and wait for its thread (called once when the window closes)."""
        self._closing = True
        self._redraw_timer.stop()
        if self.running:
            self._save_settings()
        self.runner.shutdown(5000)

    def prepare_screenshot(self) -> None:
        """Mid-training look from a real run: train the Keras CNN on the data in use (a random
        2,000 training digits) synchronously, feeding its real events to the panel, and leave it
        in epoch 4 of 5 with the curves, confusion matrix and mistakes of epoch 3."""
        from dlviz.core.data import MnistData  # noqa: PLC0415
        from dlviz.core.engine import TrainConfig, train_classifier  # noqa: PLC0415

        data = self.state.data
        if len(data.train_x) > 2000:  # a random, fixed subset keeps this to a few seconds
            rng = np.random.default_rng(0)
            tr = np.sort(rng.permutation(len(data.train_x))[:2000])
            te = np.sort(rng.permutation(len(data.test_x))[:500])
            data = MnistData(data.train_x[tr], data.train_y[tr], data.test_x[te], data.test_y[te],
                             source=data.source, description=data.description,
                             notes=[self.tr("a random 2,000 / 500 subset")])
        self.arch_combo.setCurrentIndex(self.arch_combo.findData("keras-cnn"))
        self.epochs_spin.setValue(5)
        self.batch_spin.setValue(64)
        cfg = self.train_config()
        cfg.batch_rate = 1e9  # every batch reported: the same curve a live run draws at 25 Hz
        self._reset_views()
        gen = train_classifier(data, cfg)
        for ev in gen:
            self._on_event(ev)
            if isinstance(ev, BatchMetrics) and ev.epoch == 4 and ev.step >= 3.5 * self._steps_per_epoch:
                break
        gen.close()
        self._set_running("train")
        self.stop_btn.setEnabled(True)
        self.message(self.tr("Training Keras CNN on {0}…").format(data.description))
        self._redraw()
