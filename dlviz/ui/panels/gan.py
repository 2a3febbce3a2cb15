"""GAN panel: train a DCGAN on MNIST live and watch the generator learn.

Left: the settings (sizes, InfoGAN code values and weight, the averaged G's decay, learning
rates, betas, batch, D steps per G step, loss, epochs, seed, device), Start / Pause / Stop,
single D and G steps while paused, progress, exports.
Centre: an 8×8 grid of samples from fixed noise, a slider over the history of grids, and a
strip of samples along a path in latent space between two cells of the grid — or, for a GAN
with a code, one noise vector drawn with each code value.
Right: D and G losses (and Q's code loss), D(x) and D(G(z)) curves, and the quality meter
(class histogram of generated digits and the classifier-based Inception Score).

Samples shown come from the averaged generator when the run keeps one (``core.display_state``).

Every number comes from ``dlviz.core.gan``; training runs on the ``JobRunner`` thread.
"""

from __future__ import annotations

import copy
import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QPen, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGraphicsRectItem,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dlviz.core import gan as core
from dlviz.core.events import Failed, Finished, GanMetrics, GanQuality, GanSnapshot, Samples, Started
from dlviz.ui import export, theme
from dlviz.ui.panels.base import Panel
from dlviz.ui.worker import JobRunner

GRID_COLS = 8
CELL = 28
PAD = 2
PAD_VALUE = 0.16  # the grey between cells
COLOR_A = QColor("#ff9f1c")
COLOR_B = QColor("#2ec4b6")
HISTORY_CAPACITY = 200
ARCH_KEYS = ("latent_dim", "codes", "g_features", "d_features", "d_norm")
CURVE_NAMES = ("d_loss", "g_loss", "d_x", "d_g_z", "code_loss")
SWEEP = "sweep"  # the interpolation mode that shows one noise vector with each code value
SWEEP_ROW = 10  # a code sweep of more code values than this is drawn in two rows (larger digits)


def _mosaic(images01: np.ndarray, cols: int = GRID_COLS) -> np.ndarray:
    """(K, 28, 28) float [0, 1] (or uint8) → float32 mosaic with grey separators."""
    img = np.asarray(images01)
    if img.dtype == np.uint8:
        img = img.astype(np.float32) / 255.0
    return core.make_grid(img.astype(np.float32), cols=cols, pad=PAD, pad_value=PAD_VALUE)


class _CodesSpin(QSpinBox):
    """The number of code values: 0 (no code) or at least 2. One value is no choice at all,
    so 1 is never accepted: the arrows jump 0 ↔ 2, and a typed 1 is only a start (of 10–19)
    that Qt reverts when editing ends."""

    def validate(self, text, pos):
        state = super().validate(text, pos)
        st = state[0] if isinstance(state, tuple) else state
        if st == QValidator.Acceptable and self.valueFromText(text) == 1:
            return QValidator.Intermediate
        return state

    def stepBy(self, steps):
        v = self.value() + steps
        if v == 1:
            v = 2 if steps > 0 else 0
        self.setValue(max(self.minimum(), min(self.maximum(), v)))

    def setValue(self, v):
        super().setValue(0 if int(v) == 1 else v)


class _Curves:
    """Growing numpy buffers for the curves (appended to, then shown with setData)."""

    def __init__(self, names):
        self.names = names
        self._n = 0
        self._cap = 1024
        self.x = np.zeros(self._cap)
        self.y = {k: np.zeros(self._cap) for k in names}

    def clear(self):
        self._n = 0

    def append(self, x, values: dict):
        if self._n == self._cap:
            self._cap *= 2
            self.x = np.resize(self.x, self._cap)
            self.y = {k: np.resize(v, self._cap) for k, v in self.y.items()}
        self.x[self._n] = x
        for k in self.names:
            self.y[k][self._n] = values.get(k, np.nan)
        self._n += 1

    def view(self, name):
        return self.x[: self._n], self.y[name][: self._n]

    def __len__(self):
        return self._n


class GanPanel(Panel):
    panel_id = "gan"

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.runner = JobRunner(self)
        self.runner.event.connect(self._on_event)
        self.runner.finished.connect(self._on_job_finished)
        self.history = core.GridHistory(HISTORY_CAPACITY)
        self.curves = _Curves(CURVE_NAMES)
        self.config: dict = core.gan_config()
        self.weights: dict | None = None  # {"generator", "discriminator"[, "generator_avg"]: sd} of the last run
        self.step = 0
        self.generator = None  # a CPU copy of G for interpolation (from snapshots / weights)
        self._g_step = -1
        self._job = None  # "train" | "quality"
        self._live = True  # the grid follows training (slider at the end)
        self._selected: list[int] = [0, 63]
        self._random_pair = None  # (z0, z1) when the user asked for a random pair
        self._quality: GanQuality | None = None
        self._classifier_name = ""
        self._dirty = False
        self._last_metrics: GanMetrics | None = None
        self._t_started = 0.0
        self._build()
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(33)
        self._redraw_timer.timeout.connect(self._redraw)
        self.state.classifier_changed.connect(lambda _b: self._update_classifier_label())
        self._update_classifier_label()
        self._update_buttons()
        self._show_grid(None)
        self._update_code_widgets()
        self._update_interpolation()
        session = getattr(state, "gan_session", None)
        if session is not None:
            try:
                self.restore_payload(session)
            except (ValueError, KeyError, RuntimeError, TypeError):
                pass

    # ---------------------------------------------------------------- layout
    def _build(self):
        root = QHBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.setSpacing(10)

        left = QWidget(self)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self._build_settings())
        left_lay.addWidget(self._build_run_box())
        left_lay.addWidget(self._build_files_box())
        left_lay.addStretch(1)
        left.setFixedWidth(300)
        root.addWidget(left)

        root.addWidget(self._build_centre(), 6)
        root.addWidget(self._build_right(), 5)

    def _spin(self, lo, hi, value, tip, step=1):
        s = QSpinBox(self)
        s.setRange(lo, hi)
        s.setValue(value)
        s.setSingleStep(step)
        s.setToolTip(tip)
        return s

    def _dspin(self, lo, hi, value, decimals, step, tip):
        s = QDoubleSpinBox(self)
        s.setDecimals(decimals)
        s.setRange(lo, hi)
        s.setSingleStep(step)
        s.setValue(value)
        s.setToolTip(tip)
        return s

    def _build_settings(self):
        box = QGroupBox(self.tr("Model and training"), self)
        form = QFormLayout(box)
        form.setContentsMargins(8, 6, 8, 6)
        form.setVerticalSpacing(4)
        d = core.GAN_DEFAULTS
        r = core.GAN_RANGES
        self.latent_spin = self._spin(*r["latent_dim"], d["latent_dim"], self.tr(
            "Length of the random noise vector z the generator turns into a digit."))
        self.codes_spin = _CodesSpin(self)
        self.codes_spin.setRange(*r["codes"])
        self.codes_spin.setValue(d["codes"])
        self.codes_spin.setSpecialValueText(self.tr("none"))
        self.codes_spin.setToolTip(self.tr(
            "InfoGAN: G also reads a one-hot code with this many values, and a head Q on D learns to "
            "guess the code from the digit; without any labels each value comes to stand for one kind "
            "of digit. None: a plain DCGAN (1 is not allowed)."))
        self.info_spin = self._dspin(*r["info_weight"], d["info_weight"], 2, 0.1, self.tr(
            "λ: how much Q's error at guessing the code counts in D's and G's losses."))
        self.ema_spin = self._dspin(*r["ema"], d["ema"], 4, 0.001, self.tr(
            "The samples shown (grid, history, interpolation, quality) come from an average of G's "
            "recent weights (exponential moving average with this decay), smoother than G itself; "
            "off shows G itself, e.g. to see the effect of a single G step."))
        self.ema_spin.setSpecialValueText(self.tr("off"))
        self.gf_spin = self._spin(*r["g_features"], d["g_features"], self.tr(
            "Width of the generator: its transposed convolutions have 4×, then 2× this many channels."))
        self.df_spin = self._spin(*r["d_features"], d["d_features"], self.tr(
            "Width of the discriminator: its convolutions have 1×, then 2× this many channels."))
        self.lr_g_spin = self._dspin(1e-5, 0.05, d["lr_g"], 5, 1e-4, self.tr(
            "Learning rate of the generator's Adam optimizer (can differ from the discriminator's)."))
        self.lr_d_spin = self._dspin(1e-5, 0.05, d["lr_d"], 5, 1e-4, self.tr(
            "Learning rate of the discriminator's Adam optimizer."))
        self.beta1_spin = self._dspin(0.0, 0.99, d["beta1"], 2, 0.05, self.tr(
            "Adam β1, the momentum of the gradient average; 0 (no momentum) lets D and G react at "
            "once, which keeps this fast game stable; DCGAN uses 0.5."))
        self.beta2_spin = self._dspin(0.0, 0.9999, d["beta2"], 4, 0.001, self.tr(
            "Adam β2, the averaging of squared gradients that scales each step."))
        self.batch_spin = self._spin(8, 1024, d["batch_size"], self.tr(
            "Real digits (and as many generated ones) per step."), 8)
        self.dsteps_spin = self._spin(*r["d_steps"], d["d_steps"], self.tr(
            "How many discriminator updates come before each generator update."))
        self.loss_combo = QComboBox(self)
        self.loss_combo.addItem(self.tr("Non-saturating BCE"), "bce")
        self.loss_combo.addItem(self.tr("Least squares (LSGAN)"), "lsgan")
        self.loss_combo.addItem(self.tr("Hinge"), "hinge")
        self.loss_combo.setToolTip(self.tr(
            "BCE: D learns log-probabilities, G maximises log D(G(z)); least squares pulls D's "
            "scores towards 1 (real) and 0 (fake); hinge asks D for a score above +1 on real "
            "digits and below −1 on fakes, and G raises D's score of its samples."))
        self.norm_combo = QComboBox(self)
        self.norm_combo.addItem(self.tr("Batch norm"), "batch")
        self.norm_combo.addItem(self.tr("Spectral norm"), "spectral")
        self.norm_combo.addItem(self.tr("None"), "none")
        self.norm_combo.setToolTip(self.tr(
            "How the discriminator's layers are normalised: batch norm (DCGAN) or spectral norm "
            "(limits how steeply D can change)."))
        self.epochs_spin = self._spin(1, 200, d["epochs"], self.tr(
            "Passes over the training digits (each step uses one batch per D update)."))
        self.seed_spin = self._spin(0, 2**31 - 1, d["seed"], self.tr(
            "Random seed of the initial weights, the noise and the shuffling: same seed, same run."))
        self.device_combo = QComboBox(self)
        for text, val in ((self.tr("Auto"), "auto"), (self.tr("CPU"), "cpu"), (self.tr("CUDA GPU"), "cuda")):
            self.device_combo.addItem(text, val)
        self.device_combo.setToolTip(self.tr("Where to train: auto picks the CUDA GPU when there is one."))
        self.every_spin = self._spin(1, 5000, d["grid_every"], self.tr(
            "Keep a grid of the fixed-noise samples in the history every this many steps."), 5)
        rows = [
            (self.tr("Latent size"), self.latent_spin), (self.tr("Code values"), self.codes_spin),
            (self.tr("Code weight λ"), self.info_spin), (self.tr("G average (EMA)"), self.ema_spin),
            (self.tr("G features"), self.gf_spin),
            (self.tr("D features"), self.df_spin), (self.tr("G learning rate"), self.lr_g_spin),
            (self.tr("D learning rate"), self.lr_d_spin), (self.tr("Adam β1 / β2"), self._pair(self.beta1_spin, self.beta2_spin)),
            (self.tr("Batch size"), self.batch_spin), (self.tr("D steps per G step"), self.dsteps_spin),
            (self.tr("Loss"), self.loss_combo), (self.tr("D normalisation"), self.norm_combo),
            (self.tr("Epochs"), self.epochs_spin), (self.tr("Seed"), self.seed_spin),
            (self.tr("Device"), self.device_combo), (self.tr("History every"), self.every_spin),
        ]
        for label, w in rows:
            form.addRow(label, w)
        for combo, key in ((self.loss_combo, "loss"), (self.norm_combo, "d_norm"), (self.device_combo, "device")):
            combo.setCurrentIndex(max(0, combo.findData(d[key])))
        self.every_spin.setSuffix(self.tr(" steps"))
        self.lr_g_spin.valueChanged.connect(lambda v: self._send_lr("lr_g", v))
        self.lr_d_spin.valueChanged.connect(lambda v: self._send_lr("lr_d", v))
        self.codes_spin.valueChanged.connect(lambda _v: self._update_buttons())
        self._arch_widgets = [self.latent_spin, self.codes_spin, self.gf_spin, self.df_spin, self.norm_combo]
        self._locked_widgets = [
            self.latent_spin, self.codes_spin, self.info_spin, self.ema_spin, self.gf_spin, self.df_spin,
            self.beta1_spin, self.beta2_spin, self.batch_spin, self.dsteps_spin, self.loss_combo, self.norm_combo, self.epochs_spin, self.seed_spin,
            self.device_combo, self.every_spin,
        ]
        return box

    def _pair(self, a, b):
        w = QWidget(self)
        lay = QHBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(a)
        lay.addWidget(b)
        return w

    def _build_run_box(self):
        box = QGroupBox(self.tr("Run"), self)
        lay = QGridLayout(box)
        lay.setContentsMargins(8, 6, 8, 6)
        self.start_btn = QPushButton(self.tr("Start"), self)
        self.start_btn.setToolTip(self.tr(
            "Train the GAN: continue from the current weights, or start fresh when there are none."))
        self.start_btn.clicked.connect(self.start)
        self.pause_btn = QPushButton(self.tr("Pause"), self)
        self.pause_btn.setToolTip(self.tr("Pause or resume training (while paused you can step D or G alone)."))
        self.pause_btn.clicked.connect(self.toggle_pause)
        self.stop_btn = QPushButton(self.tr("Stop"), self)
        self.stop_btn.setToolTip(self.tr("Stop training and keep the weights reached so far."))
        self.stop_btn.clicked.connect(self.stop)
        self.step_d_btn = QPushButton(self.tr("One D step"), self)
        self.step_d_btn.setToolTip(self.tr(
            "While paused: update only the discriminator once, on one real and one generated batch."))
        self.step_d_btn.clicked.connect(lambda: self._single_step("step_d"))
        self.step_g_btn = QPushButton(self.tr("One G step"), self)
        self.step_g_btn.setToolTip(self.tr(
            "While paused: update only the generator once, to fool the current discriminator."))
        self.step_g_btn.clicked.connect(lambda: self._single_step("step_g"))
        self.reset_btn = QPushButton(self.tr("Reset"), self)
        self.reset_btn.setToolTip(self.tr("Forget the weights, curves and history: the next Start begins from scratch."))
        self.reset_btn.clicked.connect(self.reset)
        lay.addWidget(self.start_btn, 0, 0)
        lay.addWidget(self.pause_btn, 0, 1)
        lay.addWidget(self.stop_btn, 0, 2)
        lay.addWidget(self.step_d_btn, 1, 0)
        lay.addWidget(self.step_g_btn, 1, 1)
        lay.addWidget(self.reset_btn, 1, 2)
        self.progress = QProgressBar(self)
        self.progress.setToolTip(self.tr("Steps done out of the steps planned for this run."))
        self.progress.setTextVisible(True)
        self.progress.setFormat("%p%")
        lay.addWidget(self.progress, 2, 0, 1, 3)
        self.status_label = QLabel(self.tr("Ready. Press Start to train on MNIST."), self)
        self.status_label.setWordWrap(True)
        self.status_label.setToolTip(self.tr("What the GAN is doing now."))
        lay.addWidget(self.status_label, 3, 0, 1, 3)
        return box

    def _build_files_box(self):
        box = QGroupBox(self.tr("Files"), self)
        lay = QGridLayout(box)
        lay.setContentsMargins(8, 6, 8, 6)
        self.save_png_btn = QPushButton(self.tr("Grid PNG…"), self)
        self.save_png_btn.setToolTip(self.tr("Save the grid shown (8×8 samples) as a PNG image."))
        self.save_png_btn.clicked.connect(self.export_grid_dialog)
        self.save_gif_btn = QPushButton(self.tr("History GIF…"), self)
        self.save_gif_btn.setToolTip(self.tr("Save every grid of the history as an animated GIF: blobs turning into digits."))
        self.save_gif_btn.clicked.connect(self.export_gif_dialog)
        self.save_ckpt_btn = QPushButton(self.tr("Save checkpoint…"), self)
        self.save_ckpt_btn.setToolTip(self.tr("Save both networks, the settings, the curves and the history of grids."))
        self.save_ckpt_btn.clicked.connect(self.save_checkpoint_dialog)
        self.load_ckpt_btn = QPushButton(self.tr("Load checkpoint…"), self)
        self.load_ckpt_btn.setToolTip(self.tr("Load a GAN checkpoint saved by dlviz (files of other kinds are refused)."))
        self.load_ckpt_btn.clicked.connect(self.load_checkpoint_dialog)
        lay.addWidget(self.save_png_btn, 0, 0)
        lay.addWidget(self.save_gif_btn, 0, 1)
        lay.addWidget(self.save_ckpt_btn, 1, 0)
        lay.addWidget(self.load_ckpt_btn, 1, 1)
        return box

    def _image_view(self, tip):
        w = pg.GraphicsLayoutWidget(self)
        w.setBackground(None)  # the window's colour, in either theme
        w.ci.setContentsMargins(0, 0, 0, 0)
        vb = w.addViewBox(lockAspect=True, enableMouse=False, invertY=True)
        vb.setMenuEnabled(False)
        vb.setDefaultPadding(0.0)
        item = pg.ImageItem()
        vb.addItem(item)
        w.setToolTip(tip)
        return w, vb, item

    def _title(self, text):
        lab = QLabel(text, self)
        f = lab.font()
        f.setBold(True)
        lab.setFont(f)
        return lab

    def _build_centre(self):
        w = QWidget(self)
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.grid_title = self._title(self.tr("Samples from fixed noise"))
        lay.addWidget(self.grid_title)
        self.grid_widget, self.grid_vb, self.grid_item = self._image_view(self.tr(
            "64 digits the generator makes from the same 64 noise vectors at every step, so you see it "
            "learn. Click a cell to pick the start (orange) or end (teal) of the interpolation."))
        self.grid_widget.setMinimumSize(300, 300)
        self.grid_widget.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        lay.addWidget(self.grid_widget, 1)
        size = GRID_COLS * (CELL + PAD) + PAD
        self._grid_rect = QRectF(0, 0, size, size)
        self.grid_vb.setRange(self._grid_rect, padding=0)
        self._sel_rects = []
        for color in (COLOR_A, COLOR_B):
            rect = QGraphicsRectItem(0, 0, CELL + 2, CELL + 2)
            pen = QPen(color)
            pen.setWidthF(2.0)
            pen.setCosmetic(True)
            rect.setPen(pen)
            rect.setBrush(QBrush(Qt.NoBrush))
            rect.setZValue(10)
            self.grid_vb.addItem(rect)
            self._sel_rects.append(rect)
        self.grid_widget.scene().sigMouseClicked.connect(self._on_grid_click)

        hist_row = QHBoxLayout()
        self.history_slider = QSlider(Qt.Horizontal, self)
        self.history_slider.setToolTip(self.tr(
            "Scrub back through the grids kept during training (older ones are thinned to stay within memory)."))
        self.history_slider.setRange(0, 0)
        self.history_slider.valueChanged.connect(self._on_history_index)
        self.live_check = QCheckBox(self.tr("Live"), self)
        self.live_check.setToolTip(self.tr("Follow training: show the newest grid as soon as it arrives."))
        self.live_check.setChecked(True)
        self.live_check.toggled.connect(self._on_live_toggled)
        self.history_label = QLabel(self)
        self.history_label.setMinimumWidth(150)
        self.history_label.setToolTip(self.tr("The training step of the grid shown, and its place in the history."))
        hist_row.addWidget(QLabel(self.tr("History"), self))
        hist_row.addWidget(self.history_slider, 1)
        hist_row.addWidget(self.live_check)
        lay.addLayout(hist_row)
        lay.addWidget(self.history_label)

        interp_row = QHBoxLayout()
        interp_row.addWidget(self._title(self.tr("Latent interpolation")))
        interp_row.addStretch(1)
        self.interp_mode = QComboBox(self)
        self.interp_mode.addItem(self.tr("Spherical"), "slerp")
        self.interp_mode.addItem(self.tr("Straight line"), "lerp")
        self.interp_mode.addItem(self.tr("Code sweep"), SWEEP)
        self.interp_mode.setToolTip(self.tr(
            "Path from z_A to z_B: along the sphere (keeps the length typical of Gaussian noise) or a "
            "straight line. Code sweep (GANs with a code): the start's noise drawn with each code value."))
        self.interp_mode.currentIndexChanged.connect(self._update_interpolation)
        self.interp_steps = self._spin(3, 16, 10, self.tr("How many samples along the path from A to B."))
        self.interp_steps.valueChanged.connect(self._update_interpolation)
        self.random_pair_btn = QPushButton(self.tr("Random pair"), self)
        self.random_pair_btn.setToolTip(self.tr("Interpolate between two new random noise vectors instead of two grid cells."))
        self.random_pair_btn.clicked.connect(self.random_pair)
        interp_row.addWidget(self.interp_mode)
        interp_row.addWidget(self.interp_steps)
        interp_row.addWidget(self.random_pair_btn)
        lay.addLayout(interp_row)
        self.strip_widget, self.strip_vb, self.strip_item = self._image_view(self.tr(
            "Digits made from points evenly spaced on the path between two noise vectors: a smooth "
            "morph means the generator has learned a continuous space of digits."))
        self.strip_widget.setFixedHeight(74)
        lay.addWidget(self.strip_widget)
        self.interp_label = QLabel(self)
        self.interp_label.setWordWrap(True)
        self.interp_label.setToolTip(self.tr("Which noise vectors the strip goes between (or sweeps the code of)."))
        lay.addWidget(self.interp_label)
        return w

    def _plot(self, title, y_label, tip):
        pw = pg.PlotWidget(self)
        pw.setTitle(title, size="10pt")
        pw.showGrid(x=True, y=True, alpha=0.25)
        pw.setLabel("bottom", self.tr("step"))
        pw.setLabel("left", y_label)
        pw.setMenuEnabled(False)
        pw.setMouseEnabled(x=False, y=False)
        pw.hideButtons()
        pw.setToolTip(tip)
        pw.addLegend(offset=(-8, 4), colCount=2)
        pw.setClipToView(True)
        pw.setDownsampling(auto=True, mode="mean")
        return pw

    def _build_right(self):
        w = QWidget(self)
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        self.loss_plot = self._plot(self.tr("Losses"), self.tr("loss"), self.tr(
            "Discriminator loss (telling real from fake) and generator loss (fooling D). In a healthy "
            "game neither goes to zero. With a code, Q's loss (cross-entropy of its guess of the code) "
            "falls as each code value comes to mean one kind of digit."))
        self.d_loss_curve = self.loss_plot.plot([], [], name=self.tr("D loss"))
        self.g_loss_curve = self.loss_plot.plot([], [], name=self.tr("G loss"))
        self._code_loss_name = self.tr("code loss (Q)")
        self.code_loss_curve = self.loss_plot.plot([], [], name=self._code_loss_name)
        self.loss_plot.getPlotItem().legend.setColumnCount(3)  # one row: a second would cover the curves
        self._code_in_legend = True
        self.score_plot = self._plot(self.tr("Discriminator's verdicts"), self.tr("D output"), self.tr(
            "D(x): D's mean verdict on real digits; D(G(z)): on generated ones (probability of "
            "'real', the sigmoid of D's score, for BCE and hinge). They meet near the middle when G fools D."))
        self.dx_curve = self.score_plot.plot([], [], name="D(x)")
        self.dgz_curve = self.score_plot.plot([], [], name="D(G(z))")
        self.score_plot.setYRange(0, 1.18, padding=0)
        self.curves_widget = QWidget(self)
        cl = QVBoxLayout(self.curves_widget)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(6)
        cl.addWidget(self.loss_plot, 1)
        cl.addWidget(self.score_plot, 1)
        lay.addWidget(self.curves_widget, 2)

        qbox = QGroupBox(self.tr("Quality meter"), self)
        qlay = QVBoxLayout(qbox)
        qlay.setContentsMargins(8, 4, 8, 6)
        top = QHBoxLayout()
        self.is_label = QLabel(self)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.35)
        big.setBold(True)
        self.is_label.setFont(big)
        self.is_label.setToolTip(self.tr(
            "Inception Score = exp(mean KL(p(y|x) ‖ p(y))) from a digit classifier: near 10 when the "
            "digits are clear and all ten classes appear equally often, near 1 when the GAN collapses to one."))
        self.measure_btn = QPushButton(self.tr("Measure now"), self)
        self.measure_btn.setToolTip(self.tr(
            "Classify 1,000 new generated digits now (also done after every epoch)."))
        self.measure_btn.clicked.connect(self.measure_quality)
        top.addWidget(self.is_label, 1)
        top.addWidget(self.measure_btn)
        qlay.addLayout(top)
        self.classifier_label = QLabel(self)
        self.classifier_label.setWordWrap(True)
        self.classifier_label.setToolTip(self.tr("The digit classifier that judges the generated digits."))
        qlay.addWidget(self.classifier_label)
        self.hist_plot = pg.PlotWidget(self)
        self.hist_plot.setMenuEnabled(False)
        self.hist_plot.setMouseEnabled(x=False, y=False)
        self.hist_plot.hideButtons()
        self.hist_plot.setToolTip(self.tr(
            "How many of the generated digits the classifier calls 0, 1, …, 9. Mode collapse shows up "
            "as a few tall bars; the dashed line is an even share."))
        ax = self.hist_plot.getAxis("bottom")
        ax.setTicks([[(i, str(i)) for i in range(10)]])
        self.hist_plot.setLabel("left", self.tr("digits"))
        self.hist_bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7, pen=pg.mkPen(None))
        self.hist_plot.addItem(self.hist_bars)
        self.even_line = pg.InfiniteLine(pos=100, angle=0)
        self.hist_plot.addItem(self.even_line)
        self.hist_plot.setXRange(-0.6, 9.6, padding=0)
        self.hist_plot.setYRange(0, 230, padding=0)
        self.hist_plot.setMinimumHeight(130)
        qlay.addWidget(self.hist_plot, 1)
        lay.addWidget(qbox, 1)
        self._show_quality(None)
        self._apply_colors()
        theme.notifier().changed.connect(self._apply_colors)
        return w

    def _apply_colors(self, *_):
        c = theme.colors()
        s = c["series"]
        for item, color in ((self.d_loss_curve, s[3]), (self.g_loss_curve, s[0]), (self.dx_curve, s[2]),
                            (self.dgz_curve, s[4]), (self.code_loss_curve, s[1])):
            item.setPen(pg.mkPen(color, width=1.6))
        self.hist_bars.setOpts(brush=pg.mkBrush(c["accent"]))
        self.even_line.setPen(pg.mkPen(c["accent2"], width=1, style=Qt.DashLine))

    # ---------------------------------------------------------------- config
    def form_config(self) -> dict:
        return core.gan_config(
            latent_dim=self.latent_spin.value(), codes=self.codes_spin.value(), info_weight=self.info_spin.value(),
            ema=self.ema_spin.value(), g_features=self.gf_spin.value(), d_features=self.df_spin.value(),
            lr_g=self.lr_g_spin.value(), lr_d=self.lr_d_spin.value(), beta1=self.beta1_spin.value(),
            beta2=self.beta2_spin.value(), batch_size=self.batch_spin.value(), d_steps=self.dsteps_spin.value(),
            loss=self.loss_combo.currentData(), d_norm=self.norm_combo.currentData(),
            epochs=self.epochs_spin.value(), seed=self.seed_spin.value(), device=self.device_combo.currentData(),
            grid_every=self.every_spin.value(),
        )

    def set_form(self, cfg: dict) -> None:
        """Show a config in the form (e.g. after loading a checkpoint)."""
        cfg = core.validate_gan_config(cfg)
        widgets = (self.latent_spin, self.codes_spin, self.info_spin, self.ema_spin, self.gf_spin, self.df_spin,
                   self.lr_g_spin, self.lr_d_spin, self.beta1_spin, self.beta2_spin, self.batch_spin, self.dsteps_spin,
                   self.epochs_spin, self.seed_spin, self.every_spin)
        keys = ("latent_dim", "codes", "info_weight", "ema", "g_features", "d_features", "lr_g", "lr_d", "beta1",
                "beta2", "batch_size", "d_steps", "epochs", "seed", "grid_every")
        for w, k in zip(widgets, keys):
            w.blockSignals(True)
            w.setValue(cfg[k])
            w.blockSignals(False)
        for combo, key in ((self.loss_combo, "loss"), (self.norm_combo, "d_norm"), (self.device_combo, "device")):
            i = combo.findData(cfg[key])
            if i >= 0:
                combo.setCurrentIndex(i)

    def _classifier(self):
        """(model, name) for the quality meter: a classifier the app ships (ConvNet, else Keras
        CNN), else the app's current CNN; (None, "") when there is none."""
        model, arch = core.shipped_classifier()
        if model is not None:
            return model, self.tr("shipped ConvNet") if arch == "convnet" else self.tr("shipped Keras CNN")
        bundle = self.state.classifier_for(core.QUALITY_ARCHS)
        if bundle is not None:
            return bundle.model, bundle.name
        return None, ""

    def _update_classifier_label(self):
        model, name = self._classifier()
        self._classifier_name = name
        if model is None:
            self.classifier_label.setText(self.tr(
                "No digit classifier yet: train the ConvNet or Keras CNN in the Training panel to switch the meter on."))
        else:
            self.classifier_label.setText(self.tr("Judged by: {0}").format(name))
        self._update_buttons()

    # ---------------------------------------------------------------- run control
    @property
    def training(self) -> bool:
        return self.runner.running and self._job == "train"

    def start(self):
        if self.runner.running:
            return
        try:
            cfg = self.form_config()
        except ValueError as e:
            self._message(str(e))
            return
        data = self.state.data
        init_state, start_step = None, 0
        if self.weights is not None:
            if all(cfg[k] == self.config.get(k) for k in ARCH_KEYS):
                init_state, start_step = self.weights, self.step
                cfg["seed"] = self.config["seed"]  # the same fixed noise, so the history stays comparable
                self.seed_spin.setValue(cfg["seed"])
            else:
                self._message(self.tr("The network sizes changed: starting a new GAN from scratch."))
                self._clear_run()
        if init_state is None:
            self._clear_run()
            self.generator = None  # the old G may not read the new latent vectors
            self._g_step = -1
        self.config = cfg
        self._update_code_widgets()
        clf, _name = self._classifier()
        clf = copy.deepcopy(clf) if clf is not None else None  # the worker gets its own copy
        images = data.train_x
        source = data.description

        def job(control):
            return core.train_gan(cfg, images, control, classifier=clf, init_state=init_state,
                                  data_source=source, start_step=start_step)

        self._job = "train"
        self._t_started = time.perf_counter()
        self.runner.start(job)
        self.status_label.setText(self.tr("Starting…"))
        self._update_buttons()

    def toggle_pause(self):
        if not self.training:
            return
        if self.runner.control.paused:
            self.runner.resume()
            self.status_label.setText(self.tr("Training…"))
        else:
            self.runner.pause()
            self.status_label.setText(self.tr("Paused: step D or G alone, or resume."))
        self._update_buttons()

    def stop(self):
        if self.runner.running:
            self.runner.stop()
            self.status_label.setText(self.tr("Stopping…"))

    def _single_step(self, name):
        if self.training and self.runner.control.paused:
            self.runner.send(name)

    def _send_lr(self, name, value):
        if self.training:
            self.runner.send(name, float(value))

    def reset(self):
        if self.runner.running:
            return
        self._clear_run()
        self.weights = None
        self.generator = None
        self._g_step = -1
        self._show_grid(None)
        self._update_interpolation()
        self._show_quality(None)
        self.progress.setValue(0)
        self.status_label.setText(self.tr("Reset. Press Start to train a new GAN."))
        self._update_buttons()

    def _clear_run(self):
        self.history.clear()
        self.curves.clear()
        self.step = 0
        self._quality = None
        self._show_quality(None)
        self._live = True
        self.live_check.setChecked(True)
        self._update_slider()
        self._dirty = True
        self._schedule()

    def measure_quality(self):
        """The quality meter now: sent to the running job, or a short job of its own."""
        clf, _ = self._classifier()
        if clf is None:
            self._message(self.tr("No digit classifier yet: train one in the Training panel."))
            return
        if self.training:
            self.runner.send("quality")
            return
        if self.runner.running or self.generator is None:
            if self.generator is None:
                self._message(self.tr("Train the GAN (or load a checkpoint) first."))
            return
        cfg, gstate, step = dict(self.config), copy.deepcopy(self.generator.state_dict()), self.step
        clf = copy.deepcopy(clf)
        self._job = "quality"
        self.runner.start(lambda control: core.quality_job(cfg, gstate, clf, step=step, control=control))
        self._update_buttons()

    def _update_buttons(self):
        if not hasattr(self, "measure_btn"):
            return
        running = self.runner.running
        training = self.training
        paused = training and self.runner.control is not None and self.runner.control.paused
        self.start_btn.setEnabled(not running)
        self.start_btn.setText(self.tr("Continue") if self.weights is not None and not running else self.tr("Start"))
        self.pause_btn.setEnabled(training)
        self.pause_btn.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.stop_btn.setEnabled(training)
        self.step_d_btn.setEnabled(bool(paused))
        self.step_g_btn.setEnabled(bool(paused))
        self.reset_btn.setEnabled(not running and (self.weights is not None or len(self.history) > 0))
        for w in self._locked_widgets:
            w.setEnabled(not running)
        self.info_spin.setEnabled(not running and self.codes_spin.value() > 0)
        self.load_ckpt_btn.setEnabled(not running)
        self.save_ckpt_btn.setEnabled(not running and self.weights is not None)
        self.save_gif_btn.setEnabled(len(self.history) > 0)
        self.save_png_btn.setEnabled(len(self.history) > 0)
        self.measure_btn.setEnabled(self._classifier_name != "" and (training or (not running and self.generator is not None)))
        self.random_pair_btn.setEnabled(self.generator is not None)

    def _message(self, text):
        self.status_label.setText(text)
        self.state.message(text)

    # ---------------------------------------------------------------- events
    def _on_event(self, ev):
        if isinstance(ev, GanMetrics):
            self._last_metrics = ev
            self.step = ev.step
            self.curves.append(ev.step, {"d_loss": ev.d_loss, "g_loss": ev.g_loss, "d_x": ev.d_x, "d_g_z": ev.d_g_z,
                                         "code_loss": ev.code_loss})
            if ev.kind != "train":
                which = self.tr("D") if ev.kind == "d" else self.tr("G")
                text = self.tr("One {0} step: D loss {1:.3f}, G loss {2:.3f}, D(x) {3:.2f}, D(G(z)) {4:.2f}").format(
                    which, ev.d_loss, ev.g_loss, ev.d_x, ev.d_g_z)
                if math.isfinite(ev.code_loss):
                    text += self.tr(", code loss {0:.3f}").format(ev.code_loss)
                self.status_label.setText(text)
            self._dirty = True
            self._schedule()
        elif isinstance(ev, Samples):
            self.history.add(ev.step, ev.images)
            self.step = max(self.step, ev.step)
            self._update_slider()
            if self._live:
                self.history_slider.blockSignals(True)
                self.history_slider.setValue(len(self.history) - 1)
                self.history_slider.blockSignals(False)
                self._show_grid(len(self.history) - 1)
            self._update_buttons()
        elif isinstance(ev, GanSnapshot):
            self._set_generator(ev.generator_state, ev.step)
        elif isinstance(ev, GanQuality):
            self._quality = ev
            self._show_quality(ev)
        elif isinstance(ev, Started):
            self.progress.setRange(0, max(1, ev.total_steps))
            self.progress.setValue(0)
            self._total = ev.total_steps
            self._start_step = self.step
            self.status_label.setText(self.tr("Training on {0} ({1}).").format(ev.device.upper(), ev.data_source))
        elif isinstance(ev, Finished):
            self._complete_curves(ev.history)
            self.weights = ev.state
            self.config = dict(ev.config)
            self._update_code_widgets()
            self._set_generator(core.display_state(ev.state), self.step)
            self.status_label.setText(self.tr("Stopped at step {0}.").format(self.step) if ev.reason == "stopped"
                                      else self.tr("Finished: {0} steps.").format(self.step))
        elif isinstance(ev, Failed):
            if ev.history:
                self._complete_curves(ev.history)
            if ev.config:
                self.config = dict(ev.config)
                self._update_code_widgets()
            if ev.state is not None:
                self.weights = ev.state
                self._set_generator(core.display_state(ev.state), self.step)
            self._message(ev.message)

    def _complete_curves(self, history: dict) -> None:
        """Metrics reach the GUI throttled; at the end the run's full history replaces them."""
        steps = history.get("step") or []
        if not steps:
            return
        x, _ = self.curves.view("d_loss")
        keep = int(np.searchsorted(x, steps[0], side="left"))
        old = {k: self.curves.view(k)[1][:keep].copy() for k in self.curves.names}
        old_x = x[:keep].copy()
        self.curves.clear()
        for i, s in enumerate(old_x):
            self.curves.append(s, {k: old[k][i] for k in self.curves.names})
        cols = {k: history.get(k) or [np.nan] * len(steps) for k in self.curves.names}  # older runs lack some
        for i, s in enumerate(steps):
            self.curves.append(s, {k: cols[k][i] for k in self.curves.names})
        self._dirty = True

    def _on_job_finished(self):
        self._job = None
        self._update_buttons()
        self._dirty = True
        self._redraw()

    def _schedule(self):
        if not self._redraw_timer.isActive():
            self._redraw_timer.start()

    def _redraw(self):
        if not self._dirty:
            return
        self._dirty = False
        for item, name in ((self.d_loss_curve, "d_loss"), (self.g_loss_curve, "g_loss"),
                           (self.dx_curve, "d_x"), (self.dgz_curve, "d_g_z"), (self.code_loss_curve, "code_loss")):
            x, y = self.curves.view(name)
            item.setData(x, y)
        m = self._last_metrics
        if m is not None:
            done = m.step - getattr(self, "_start_step", 0)
            self.progress.setRange(0, max(1, getattr(self, "_total", 1)))
            self.progress.setValue(max(0, min(done, self.progress.maximum())))
            if self.training and m.kind == "train" and not self.runner.control.paused:
                eta = self.tr("—") if not math.isfinite(m.eta_s) else self._fmt_time(m.eta_s)
                self.status_label.setText(self.tr(
                    "Epoch {0}/{1} · step {2} · {3:,.0f} digits/s · ETA {4}\nD loss {5:.3f} · G loss {6:.3f} · "
                    "D(x) {7:.2f} · D(G(z)) {8:.2f}").format(
                    m.epoch, self.config["epochs"], m.step, m.samples_per_s, eta, m.d_loss, m.g_loss, m.d_x, m.d_g_z)
                    + (self.tr(" · code loss {0:.3f}").format(m.code_loss) if math.isfinite(m.code_loss) else ""))

    @staticmethod
    def _fmt_time(s):
        s = int(round(s))
        return f"{s // 60}:{s % 60:02d}"

    # ---------------------------------------------------------------- grid and history
    def _update_slider(self):
        n = len(self.history)
        self.history_slider.blockSignals(True)
        self.history_slider.setRange(0, max(0, n - 1))
        self.history_slider.setEnabled(n > 1)
        self.history_slider.blockSignals(False)

    def _on_history_index(self, index):
        self._live = index >= len(self.history) - 1
        self.live_check.blockSignals(True)
        self.live_check.setChecked(self._live)
        self.live_check.blockSignals(False)
        self._show_grid(index)

    def _on_live_toggled(self, on):
        self._live = on
        if on and len(self.history):
            self.history_slider.setValue(len(self.history) - 1)
            self._show_grid(len(self.history) - 1)

    def shown_index(self) -> int:
        return self.history_slider.value()

    def shown_grid(self) -> np.ndarray | None:
        """The uint8 (64, 28, 28) grid on screen (from the history), or None."""
        if not len(self.history):
            return None
        return self.history.grid(min(self.history_slider.value(), len(self.history) - 1))

    def _show_grid(self, index):
        if index is None or not len(self.history):
            blank = np.full((GRID_COLS * GRID_COLS, CELL, CELL), 0.0, np.float32)
            self.grid_item.setImage(_mosaic(blank), autoLevels=False, levels=(0.0, 1.0))
            self.history_label.setText(self.tr("No samples yet."))
            self._place_selection()
            return
        index = max(0, min(index, len(self.history) - 1))
        self.grid_item.setImage(_mosaic(self.history.grid(index)), autoLevels=False, levels=(0.0, 1.0))
        step = self.history.steps[index]
        self.history_label.setText(self.tr("Step {0} · grid {1} of {2}").format(step, index + 1, len(self.history)))
        self.grid_title.setText(self.tr("Samples from fixed noise — step {0}").format(step))
        self._place_selection()

    def _place_selection(self):
        for rect, cell in zip(self._sel_rects, self._selected):
            r, c = divmod(cell, GRID_COLS)
            rect.setRect(PAD + c * (CELL + PAD) - 1, PAD + r * (CELL + PAD) - 1, CELL + 2, CELL + 2)
            rect.setVisible(self._random_pair is None and (rect is self._sel_rects[0] or not self.sweeping()))

    def cell_at(self, x: float, y: float) -> int | None:
        """The grid cell under a point in image coordinates, or None (on a separator / outside)."""
        c, r = int((x - PAD) // (CELL + PAD)), int((y - PAD) // (CELL + PAD))
        if 0 <= c < GRID_COLS and 0 <= r < GRID_COLS:
            return r * GRID_COLS + c
        return None

    def _on_grid_click(self, event):
        pos = self.grid_item.mapFromScene(event.scenePos())
        cell = self.cell_at(pos.x(), pos.y())
        if cell is not None:
            self.pick_cell(cell)

    def pick_cell(self, cell: int):
        """Clicks alternate: the first picks A, the next B, then A again…"""
        if self._random_pair is not None:
            self._random_pair = None
            self._selected = [cell, self._selected[1]]
            self._pick_next = 1
        else:
            k = getattr(self, "_pick_next", 0)
            self._selected[k] = cell
            self._pick_next = 1 - k
        self._place_selection()
        self._update_interpolation()

    def random_pair(self):
        import torch

        gen = torch.Generator().manual_seed(int(np.random.default_rng().integers(2**62)))
        z, _ = core.sample_latent(2, self.config["latent_dim"], self.config["codes"], gen)
        self._random_pair = (z[0].numpy(), z[1].numpy())
        self._place_selection()
        self._update_interpolation()

    # ---------------------------------------------------------------- interpolation
    def _set_generator(self, gstate, step):
        """Keep a CPU copy of G (from a snapshot, the final weights or a checkpoint) for interpolation."""
        key = (self.config["latent_dim"], self.config["codes"], self.config["g_features"])
        try:
            if self.generator is not None and self._g_key == key:
                self.generator.load_state_dict(gstate)
            else:
                self.generator = core.make_generator(self.config, {"generator": gstate})
                self._g_key = key
        except (ValueError, RuntimeError):
            self.generator = None
            return
        self._g_step = step
        self._update_interpolation()
        self._update_buttons()

    def interpolation_latents(self):
        if self._random_pair is not None:
            return self._random_pair
        z = core.fixed_noise(64, self.config["latent_dim"], self.config["seed"], codes=self.config["codes"]).numpy()
        return z[self._selected[0]], z[self._selected[1]]

    def sweeping(self) -> bool:
        """The strip shows the code sweep (one noise vector, each code value)."""
        return self.interp_mode.currentData() == SWEEP and self.config["codes"] > 0

    def _update_code_widgets(self):
        """Views that exist only with a code follow the current GAN: the code loss curve (and
        its legend entry) and the strip's code sweep mode."""
        has_code = self.config["codes"] > 0
        legend = self.loss_plot.getPlotItem().legend
        if has_code != self._code_in_legend:
            if has_code:
                legend.addItem(self.code_loss_curve, self._code_loss_name)
            else:
                legend.removeItem(self.code_loss_curve)
            self._code_in_legend = has_code
        self.code_loss_curve.setVisible(has_code)
        self.interp_mode.model().item(self.interp_mode.findData(SWEEP)).setEnabled(has_code)
        if not has_code and self.interp_mode.currentData() == SWEEP:
            self.interp_mode.setCurrentIndex(0)  # → _update_interpolation
        self._place_selection()

    def _update_interpolation(self):
        sweep = self.sweeping()
        steps = self.config["codes"] if sweep else self.interp_steps.value()
        if self.generator is not None and self.generator.input_dim != self.config["latent_dim"] + self.config["codes"]:
            self.generator = None  # a G of other sizes (its replacement arrives with the next snapshot)
        cols = -(-steps // 2) if sweep and steps > SWEEP_ROW else steps
        self.interp_steps.setEnabled(not sweep)
        self._place_selection()
        if self.generator is None:
            blank = np.zeros((steps, CELL, CELL), np.float32)
            self.strip_item.setImage(_mosaic(blank, cols=cols), autoLevels=False, levels=(0.0, 1.0))
            self.interp_label.setText(self.tr("Train the GAN to walk through its latent space."))
        elif sweep:
            z0 = self.interpolation_latents()[0]
            imgs = core.code_sweep(self.generator, z0)
            self.strip_item.setImage(_mosaic(imgs, cols=cols), autoLevels=False, levels=(0.0, 1.0))
            src = (self.tr("a random noise vector") if self._random_pair is not None
                   else self.tr("the noise of cell {0} (orange)").format(self._selected[0] + 1))
            self.interp_label.setText(self.tr(
                "One noise vector, each code value: {0} with code 0 … {1}, left to right (generator of "
                "step {2}); each value should mean one kind of digit.").format(src, steps - 1, self._g_step)
                if cols == steps else self.tr(
                "One noise vector, each code value: {0} with code 0 … {1}, left to right in two rows "
                "(generator of step {2}); each value should mean one kind of digit.").format(
                    src, steps - 1, self._g_step))
        else:
            z0, z1 = self.interpolation_latents()
            imgs = core.interpolate(self.generator, z0, z1, steps, self.interp_mode.currentData())
            self.strip_item.setImage(_mosaic(imgs, cols=steps), autoLevels=False, levels=(0.0, 1.0))
            if self._random_pair is not None:
                src = self.tr("two random noise vectors")
            else:
                src = self.tr("cell {0} (orange) → cell {1} (teal)").format(self._selected[0] + 1, self._selected[1] + 1)
            self.interp_label.setText(self.tr("From {0}, generator of step {1}.").format(src, self._g_step))
        rows = -(-steps // cols)
        self.strip_vb.setRange(QRectF(0, 0, cols * (CELL + PAD) + PAD, rows * (CELL + PAD) + PAD), padding=0)

    def strip_image(self) -> np.ndarray | None:
        return self.strip_item.image

    # ---------------------------------------------------------------- quality
    def _show_quality(self, q: GanQuality | None):
        if q is None:
            self.is_label.setText(self.tr("Inception Score: —"))
            self.hist_bars.setOpts(height=np.zeros(10))
            self.even_line.setValue(100)
            self.hist_plot.setTitle(None)
            return
        self.is_label.setText(self.tr("Inception Score: {0:.2f} / 10").format(q.inception_score))
        h = np.asarray(q.histogram, float)
        self.hist_bars.setOpts(height=h)
        even = q.samples / 10.0
        self.even_line.setValue(even)
        self.hist_plot.setYRange(0, max(float(h.max()), even) * 1.15, padding=0)
        self.hist_plot.setTitle(self.tr("{0:,} generated digits, classified (step {1})").format(q.samples, q.step),
                                size="9pt")

    # ---------------------------------------------------------------- files
    def export_grid(self, path) -> None:
        grid = self.shown_grid()
        if grid is None:
            raise ValueError(self.tr("Nothing to export yet: train first."))
        core.save_grid_png(path, grid)

    def export_gif(self, path) -> int:
        return core.save_history_gif(path, self.history)

    def export_grid_dialog(self):
        path = export.ask_save_path(self, self.tr("Save grid as PNG"), "gan-grid.png", "png")
        if path:
            try:
                self.export_grid(path)
                self._message(self.tr("Saved {0}").format(path))
            except (OSError, ValueError) as e:
                self._message(self.tr("Could not save: {0}").format(e))

    def export_gif_dialog(self):
        path = export.ask_save_path(self, self.tr("Save history as GIF"), "gan-history.gif", "gif")
        if path:
            try:
                n = self.export_gif(path)
                self._message(self.tr("Saved {0} ({1} frames)").format(path, n))
            except (OSError, ValueError) as e:
                self._message(self.tr("Could not save: {0}").format(e))

    def session_payload(self) -> dict:
        """What a checkpoint holds: config, both state_dicts, curves, grid history, quality."""
        hist = {k: self.curves.view(k)[1].tolist() for k in self.curves.names}
        hist["step"] = self.curves.view("d_loss")[0].astype(int).tolist()
        extra = {**self.history.to_extra(), "step": int(self.step)}
        if self._quality is not None:
            extra["quality"] = {"step": int(self._quality.step), "inception_score": float(self._quality.inception_score),
                                "histogram": [int(v) for v in self._quality.histogram], "samples": int(self._quality.samples)}
        return {"config": dict(self.config), "state_dicts": self.weights, "history": hist, "extra": extra}

    def save_checkpoint(self, path) -> None:
        from dlviz.core.checkpoint import save_checkpoint

        if self.weights is None:
            raise ValueError(self.tr("Nothing to save yet: train first."))
        p = self.session_payload()
        save_checkpoint(path, "gan", p["config"], p["state_dicts"], p["history"], p["extra"])

    def load_checkpoint(self, path) -> None:
        """Load a GAN checkpoint; raises CheckpointError with a message for the user (the
        panel is unchanged then)."""
        from dlviz.core.checkpoint import CheckpointError, load_checkpoint

        payload = load_checkpoint(path, kind="gan")
        try:
            self.restore_payload(payload)
        except (ValueError, KeyError, RuntimeError, TypeError) as e:
            raise CheckpointError(self.tr("{0}: not a usable GAN checkpoint ({1})").format(
                str(path), str(e).splitlines()[0][:160])) from e

    def restore_payload(self, payload: dict) -> None:
        """Show a saved session (a checkpoint's payload). Validates everything first."""
        cfg = core.config_from_checkpoint(payload["config"])  # old checkpoints: no code, no average
        sds = payload["state_dicts"]
        g, d = core.build_gan(cfg)
        g.load_state_dict(sds["generator"])
        d.load_state_dict(sds["discriminator"])
        keys = ["generator", "discriminator"]
        if sds.get("generator_avg") is not None and cfg["ema"] > 0:
            g.load_state_dict(sds["generator_avg"])  # the average has G's shapes
            keys.append("generator_avg")
        history = core.GridHistory.from_extra(payload.get("extra", {}), HISTORY_CAPACITY)
        extra = payload.get("extra", {})
        self.config = cfg
        self.set_form(cfg)
        self.weights = {k: sds[k] for k in keys}
        self.step = int(extra.get("step", history.steps[-1] if len(history) else 0))
        self.history = history
        self.curves.clear()
        h = payload.get("history", {})
        steps = h.get("step", [])
        cols = {k: h.get(k) or [np.nan] * len(steps) for k in self.curves.names}  # older checkpoints lack some
        for i, s in enumerate(steps):
            self.curves.append(s, {k: cols[k][i] for k in self.curves.names})
        self.generator = None
        self._random_pair = None
        self._update_code_widgets()
        self._set_generator(core.display_state(self.weights), self.step)
        q = extra.get("quality")
        self._quality = None
        if isinstance(q, dict):
            try:
                self._quality = GanQuality(step=int(q["step"]), epoch=0, inception_score=float(q["inception_score"]),
                                           histogram=np.asarray(q["histogram"], np.int64), samples=int(q["samples"]))
            except (KeyError, TypeError, ValueError):
                self._quality = None
        self._show_quality(self._quality)
        self._live = True
        self.live_check.setChecked(True)
        self._update_slider()
        self.history_slider.setValue(max(0, len(self.history) - 1))
        self._show_grid(len(self.history) - 1 if len(self.history) else None)
        self._dirty = True
        self._redraw()
        self._update_buttons()

    def export_curves_dialog(self):
        path = export.ask_save_path(self, self.tr("Save the GAN curves as PNG"), "gan-curves.png", "png")
        if path:
            try:
                export.save_png(self.curves_widget, path)
                self._message(self.tr("Saved {0}").format(path))
            except OSError as e:
                self._message(self.tr("Could not save: {0}").format(e))

    def export_metrics_dialog(self):
        path = export.ask_save_path(self, self.tr("Save the GAN metrics as CSV"), "gan-metrics.csv", "csv")
        if path:
            try:
                self.export_metrics(path)
                self._message(self.tr("Saved {0}").format(path))
            except OSError as e:
                self._message(self.tr("Could not save: {0}").format(e))

    def export_metrics(self, path) -> None:
        x, _ = self.curves.view("d_loss")
        cols = [self.curves.view(k)[1] for k in self.curves.names]
        rows = [[int(s), *(float(c[i]) for c in cols)] for i, s in enumerate(x)]
        export.write_csv(str(path), ["step", *self.curves.names], rows)

    def save_checkpoint_dialog(self):
        path = self._ask_save(self.tr("Save GAN checkpoint"), self.tr("dlviz checkpoint (*.pt)"), "gan.pt")
        if path:
            try:
                self.save_checkpoint(path)
                self._message(self.tr("Saved {0}").format(path))
            except (OSError, ValueError, RuntimeError) as e:
                self._message(self.tr("Could not save: {0}").format(e))

    def load_checkpoint_dialog(self):
        from dlviz.core.checkpoint import CheckpointError

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load GAN checkpoint"), "",
                                              self.tr("dlviz checkpoint (*.pt);;All files (*)"))
        if path:
            try:
                self.load_checkpoint(path)
                self._message(self.tr("Loaded {0} (step {1})").format(path, self.step))
            except CheckpointError as e:
                self._message(self.tr("Refused: {0}").format(e))

    def export_actions(self) -> list:
        acts = []
        for text, slot in ((self.tr("GAN grid as PNG…"), self.export_grid_dialog),
                           (self.tr("GAN history as GIF…"), self.export_gif_dialog),
                           (self.tr("GAN curves as PNG…"), self.export_curves_dialog),
                           (self.tr("GAN metrics as CSV…"), self.export_metrics_dialog),
                           (self.tr("GAN checkpoint…"), self.save_checkpoint_dialog)):
            a = QAction(text, self)
            a.triggered.connect(slot)
            acts.append(a)
        return acts

    # ---------------------------------------------------------------- lifecycle
    def shutdown(self) -> None:
        self._redraw_timer.stop()
        self.runner.shutdown()
        # The main window rebuilds panels (e.g. for a new interface language): the trained
        # GAN and its history stay with the app state, and the new panel shows them again.
        if self.weights is not None:
            self.state.gan_session = self.session_payload()

    screenshot_steps = 600
    screenshot_seconds = 150.0

    def prepare_screenshot(self) -> None:
        """A real, short training run (in this thread, through the same events the worker
        delivers), stopped after a few seconds, then the quality meter when a classifier is
        available: the grid shows what training produced."""
        import torch

        from dlviz.core.control import RunControl

        data = self.state.data
        cfg = self.form_config()
        cfg["grid_every"] = 25
        self.config = cfg
        clf, _ = self._classifier()
        control = RunControl()
        t0 = time.perf_counter()
        self._clear_run()
        threads = torch.get_num_threads()
        torch.set_num_threads(1)  # a one-off run: robust when other processes share the CPU
        try:
            for ev in core.train_gan(cfg, data.train_x, control, classifier=None, data_source=data.description):
                self._on_event(ev)
                if isinstance(ev, GanMetrics) and (ev.step >= self.screenshot_steps
                                                   or time.perf_counter() - t0 > self.screenshot_seconds):
                    control.stop()
        finally:
            torch.set_num_threads(threads)
        if clf is not None and self.generator is not None:
            for ev in core.quality_job(self.config, self.generator.state_dict(), copy.deepcopy(clf), step=self.step):
                self._on_event(ev)
        self.pick_cell(3)
        self.pick_cell(12)
        self._dirty = True
        self._redraw()
        self._update_buttons()
