"""RNN cells panel: a simple RNN (tanh/ReLU), GRU or LSTM reads a sequence step by step —
the rows of a digit (28 steps × 28 values) or a 1-D signal — and every gate is shown:
as bars for the current step, and as a units × steps heatmap that fills as the player
moves. The formulas are PyTorch's, with the current step's numbers of one unit filled in.

All numbers come from ``dlviz.core.rnn.trace`` (numpy); the truth badge compares that trace
with the torch module itself. The panel only renders.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGraphicsRectItem,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dlviz.core import rnn
from dlviz.core.signals import make_signal
from dlviz.ui import export, theme
from dlviz.ui.panels.base import Panel
from dlviz.ui.widgets.player import PlayerControls

SEQ_ARCHS = ("lstm", "gru", "rnn")
SIGNAL_STEPS = 40
# 1-D signals are scaled so that an input weight of U(−1/√H, 1/√H) moves the gates visibly
SIGNAL_AMPLITUDE = 3.0

# (kind, nonlinearity) for each entry of the cell combo box
CELLS = [("lstm", "tanh"), ("gru", "tanh"), ("rnn", "tanh"), ("rnn", "relu")]
INPUTS = ["digit", "drawing", "sine", "step", "impulse"]

COLORS = {
    "i": "#2ca02c", "f": "#d62728", "g": "#9467bd", "o": "#ff7f0e",
    "r": "#d62728", "z": "#2ca02c", "n": "#9467bd",
    "pre": "#7f7f7f", "c": "#8c564b", "h": "#1f77b4",
}
SIGMOID_GATES = ("i", "f", "o", "r", "z")
ROW_HIGHLIGHT = QColor("#f28e2b")


def _small_font(points: int = 7) -> QFont:
    # QFont("", n) (an empty family name) crashes PySide6 6.11 while painting axes.
    font = QFont()
    font.setPointSize(points)
    return font


def _colors() -> dict:
    """The current theme's colours, plus this panel's own: ``blank`` for steps not computed
    yet and ``note`` for the remark under the equations."""
    c = dict(theme.colors())
    dark = QColor(c["bg"]).lightness() < 128
    c["blank"] = "#2c2f35" if dark else "#f1f2f4"
    c["note"] = "#f0b860" if dark else "#8a5a00"
    c["axis"] = "#6b7078" if dark else "#9aa0a6"
    return c


def _style_axes(plot: pg.PlotItem, c: dict) -> None:
    for ax in ("left", "bottom"):
        a = plot.getAxis(ax)
        a.setPen(pg.mkPen(c["axis"]))
        a.setTextPen(pg.mkPen(c["fg"]))


def _lut(anchors) -> np.ndarray:
    pos = np.array([a[0] for a in anchors])
    cols = np.array([QColor(a[1]).getRgb()[:3] for a in anchors], dtype=float)
    t = np.linspace(0, 1, 256)
    rgb = np.stack([np.interp(t, pos, cols[:, k]) for k in range(3)], axis=1).round()
    return np.concatenate([rgb, np.full((256, 1), 255)], axis=1).astype(np.uint8)


DIVERGING = _lut([(0.0, "#2166ac"), (0.25, "#92c5de"), (0.5, "#ffffff"), (0.75, "#f4a582"), (1.0, "#b2182b")])


def _gate_lut(color: str) -> np.ndarray:
    """White (gate closed, 0) → the gate's colour (open, 1)."""
    dark = QColor(color).darker(140).name()
    return _lut([(0.0, "#ffffff"), (0.6, color), (1.0, dark)])


def _nice_tick(m: float) -> float:
    """A round number at most 0.8·m (so its tick label fits inside the axis)."""
    if m <= 0:
        return 1.0
    top = 10.0 ** np.floor(np.log10(m))
    for e in (top, top / 10):
        for f in (5, 2.5, 2, 1):
            if f * e <= 0.8 * m:
                return float(f * e)
    return float(top / 10)


def fmt_num(v: float) -> str:
    """A number as the equations show it: three decimals, a real minus sign."""
    text = f"{v:.3f}"
    if text in ("-0.000", "0.000"):
        return "0.000"
    return text.replace("-", "−")


class _SeriesView:
    """One series (a gate, c or h): a units × steps heatmap and the current step's bars,
    sharing the unit axis. Items are created once and updated."""

    def __init__(self, layout: pg.GraphicsLayout, row: int, col: int, name: str, title: str):
        self.name = name
        color = COLORS[name]
        self.heat = layout.addPlot(row=row, col=2 * col, title=title)
        self.bars_plot = layout.addPlot(row=row, col=2 * col + 1)
        self.bars_plot.setYLink(self.heat)
        for p in (self.heat, self.bars_plot):
            p.invertY(True)
            p.setMenuEnabled(False)
            p.setMouseEnabled(x=False, y=False)
            p.hideButtons()
            for ax in ("left", "bottom"):
                p.getAxis(ax).setStyle(tickFont=_small_font(), tickTextOffset=2)
        self.heat.getAxis("left").setWidth(26)
        self.heat.getAxis("bottom").setHeight(18)
        self.bars_plot.getAxis("bottom").setHeight(18)
        self.bars_plot.hideAxis("left")
        layout.layout.setColumnStretchFactor(2 * col, 3)
        layout.layout.setColumnStretchFactor(2 * col + 1, 1)

        self.image = pg.ImageItem()
        self.heat.addItem(self.image)
        self.future = QGraphicsRectItem()
        self.future.setPen(QPen(Qt.NoPen))
        self.heat.addItem(self.future)
        self.cursor = QGraphicsRectItem()
        self.heat.addItem(self.cursor)
        self.unit_lines = []
        for p in (self.heat, self.bars_plot):
            line = pg.InfiniteLine(angle=0, movable=False)
            p.addItem(line, ignoreBounds=True)
            self.unit_lines.append(line)
        self.bars = pg.BarGraphItem(x0=[0], y=[0], height=0.8, width=[0], brush=QColor(color), pen=pg.mkPen(None))
        self.bars_plot.addItem(self.bars)
        self.zero = pg.InfiniteLine(pos=0, angle=90, movable=False)
        self.bars_plot.addItem(self.zero, ignoreBounds=True)
        self.values = None
        self.steps = 0
        self.colors = None

    def apply_colors(self, c: dict) -> None:
        """Follow the theme (only when it changed since the last call)."""
        if self.colors == c:
            return
        self.colors = c
        for p in (self.heat, self.bars_plot):
            _style_axes(p, c)
        self.future.setBrush(QBrush(QColor(c["blank"])))
        pen = QPen(QColor(c["fg"]))
        pen.setCosmetic(True)
        pen.setWidthF(1.5)
        self.cursor.setPen(pen)
        for line in self.unit_lines:
            line.setPen(pg.mkPen(c["fg"], width=1, style=Qt.DotLine))
        self.zero.setPen(pg.mkPen(c["axis"]))

    def set_series(self, values: np.ndarray, lut: np.ndarray, levels: tuple[float, float], xlim):
        """A new trace: values (T, H) are drawn as an (H, T) image with fixed levels."""
        self.values = values
        steps, units = values.shape
        self.steps = steps
        lo, hi = levels
        idx = np.clip((values.T - lo) / ((hi - lo) or 1.0) * 255, 0, 255).astype(np.uint8)
        self.image.setImage(np.ascontiguousarray(lut[idx]), autoLevels=False)
        self.image.setRect(QRectF(0.5, -0.5, steps, units))
        self.heat.setXRange(0.5, steps + 0.5, padding=0)
        self.heat.setYRange(-0.5, units - 0.5, padding=0)
        self.bars_plot.setXRange(*xlim, padding=0.04)
        lo, hi = xlim
        if lo < 0 < hi:
            step = _nice_tick(hi)
            ticks = [(-step, f"{-step:g}"), (step, f"{step:g}")]  # the zero line is drawn
        elif lo == 0 and hi == 1:
            ticks = [(0.0, "0"), (0.5, "0.5"), (1.0, "1")]
        else:
            ticks = [(lo, f"{lo:g}"), (_nice_tick(hi), f"{_nice_tick(hi):g}")]
        self.bars_plot.getAxis("bottom").setTicks([[(v, t.replace("-", "−")) for v, t in ticks]])
        self.zero.setVisible(xlim[0] < 0)

    def show_step(self, t: int, unit: int):
        if self.values is None:
            return
        steps, units = self.values.shape
        self.future.setRect(QRectF(t + 1.5, -0.5, steps - t - 1, units))
        self.future.setVisible(t < steps - 1)
        self.cursor.setRect(QRectF(t + 0.5, -0.5, 1, units))
        v = self.values[t]
        self.bars.setOpts(x0=np.minimum(v, 0), y=np.arange(units), width=np.abs(v), height=0.8)
        for line in self.unit_lines:
            line.setPos(unit)


class RnnPanel(Panel):
    panel_id = "rnn"

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.trace: rnn.RnnTrace | None = None
        self.verification: rnn.Verification | None = None
        self.final_probs: np.ndarray | None = None  # after the last step (trained model only)
        self.step_probs: np.ndarray | None = None  # (T, 10): the model's readout of h_t
        self.views: dict[str, _SeriesView] = {}
        self._layouts: dict[tuple, tuple] = {}  # series names → (GraphicsLayout, views), built once
        self._view_kind = None
        self._bundle = None  # the sequence model whose weights can be used
        self._shipped_checked = False
        self._drawing: np.ndarray | None = None
        self._random_hidden = 16
        self._unit = 0
        self._updating = False
        self._c = _colors()

        self._build_ui()
        self._apply_theme()
        theme.notifier().changed.connect(self._on_theme_changed)
        self._load_settings()
        self.state.classifier_changed.connect(self._on_classifier_changed)
        self.state.data_changed.connect(self._on_data_changed)
        self._find_model()
        self._sync_controls()
        self._retrace(reset_index=True)

    # ------------------------------------------------------------------ construction
    def _build_ui(self):
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 6, 8, 6)
        root.setSpacing(6)
        body = QHBoxLayout()
        body.setSpacing(8)
        root.addLayout(body, 1)

        # --- left column: cell, input, prediction -------------------------------------------
        left = QVBoxLayout()
        left.setSpacing(6)
        left_w = QWidget(self)
        left_w.setLayout(left)
        left_w.setFixedWidth(292)
        left.setContentsMargins(0, 0, 0, 0)
        body.addWidget(left_w)

        cell_box = QGroupBox(self.tr("Cell"), self)
        form = QFormLayout(cell_box)
        form.setContentsMargins(8, 6, 8, 6)
        form.setVerticalSpacing(4)
        self.cell_combo = QComboBox(cell_box)
        for label in (self.tr("LSTM"), self.tr("GRU"), self.tr("Simple RNN (tanh)"), self.tr("Simple RNN (ReLU)")):
            self.cell_combo.addItem(label)
        self.cell_combo.setToolTip(self.tr(
            "The recurrent cell: a simple RNN (one tanh or ReLU layer), a GRU (reset and update "
            "gates) or an LSTM (input, forget and output gates with a separate cell state)."))
        self.cell_combo.currentIndexChanged.connect(lambda _i: self._on_controls_changed(rebuild=True))
        form.addRow(self.tr("Cell"), self.cell_combo)

        self.weights_combo = QComboBox(cell_box)
        self.weights_combo.addItem(self.tr("Random weights"), "random")
        self.weights_combo.addItem(self.tr("Trained model"), "model")
        self.weights_combo.setToolTip(self.tr(
            "Random weights drawn like PyTorch's initialiser, U(−1/√H, 1/√H), or the first layer "
            "of the trained sequence model (Training panel, or the LSTM the app ships)."))
        self.weights_combo.currentIndexChanged.connect(lambda _i: self._on_controls_changed(rebuild=True))
        form.addRow(self.tr("Weights"), self.weights_combo)

        self.hidden_spin = QSpinBox(cell_box)
        self.hidden_spin.setRange(4, 128)
        self.hidden_spin.setValue(self._random_hidden)
        self.hidden_spin.setToolTip(self.tr(
            "Hidden size H: the number of units, i.e. the length of the hidden state h_t "
            "(and of every gate vector)."))
        self.hidden_spin.valueChanged.connect(lambda _v: self._on_controls_changed())
        self.seed_spin = QSpinBox(cell_box)
        self.seed_spin.setRange(0, 99999)
        self.seed_spin.setToolTip(self.tr("Random seed of the weights: the same seed gives the same weights."))
        self.seed_spin.valueChanged.connect(lambda _v: self._on_controls_changed())
        hs = QHBoxLayout()
        hs.setSpacing(4)
        hs.addWidget(self.hidden_spin, 1)
        self.seed_label = QLabel(self.tr("seed"), cell_box)
        hs.addWidget(self.seed_label)
        hs.addWidget(self.seed_spin, 1)
        form.addRow(self.tr("Hidden"), hs)
        self.model_note = QLabel(cell_box)
        self.model_note.setWordWrap(True)
        self.model_note.setProperty("role", "note")
        form.addRow(self.model_note)
        left.addWidget(cell_box)

        in_box = QGroupBox(self.tr("Input sequence"), self)
        in_lay = QVBoxLayout(in_box)
        in_lay.setContentsMargins(8, 6, 8, 6)
        in_lay.setSpacing(4)
        self.input_combo = QComboBox(in_box)
        for label in (self.tr("MNIST digit, row by row"), self.tr("Your drawing, row by row"),
                      self.tr("Sine wave (1 value per step)"), self.tr("Step (1 value per step)"),
                      self.tr("Impulse (1 value per step)")):
            self.input_combo.addItem(label)
        self.input_combo.setToolTip(self.tr(
            "What the cell reads: a digit as 28 time steps of 28 pixel values (one row per step, "
            "MNIST-normalised like the models' input), or a 1-D signal with one value per step."))
        self.input_combo.currentIndexChanged.connect(lambda _i: self._on_controls_changed(rebuild=True))
        in_lay.addWidget(self.input_combo)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.digit_label = QLabel(self.tr("Test digit"), in_box)
        row.addWidget(self.digit_label)
        self.digit_spin = QSpinBox(in_box)
        self.digit_spin.setRange(0, 0)
        self.digit_spin.setToolTip(self.tr("Which MNIST test digit to read (its index in the test set)."))
        self.digit_spin.valueChanged.connect(lambda _v: self._on_controls_changed())
        row.addWidget(self.digit_spin, 1)
        self.random_btn = QPushButton(self.tr("Random"), in_box)
        self.random_btn.setToolTip(self.tr("Pick a random MNIST test digit."))
        self.random_btn.clicked.connect(self.random_digit)
        row.addWidget(self.random_btn)
        in_lay.addLayout(row)

        self.input_stack = QStackedWidget(in_box)
        self.digit_view = pg.PlotWidget()
        self.digit_view.setToolTip(self.tr(
            "The input: the highlighted row is the one the cell reads at the current step."))
        dp = self.digit_view.getPlotItem()
        dp.hideAxis("left")
        dp.hideAxis("bottom")
        dp.invertY(True)
        dp.setAspectLocked(True)
        dp.setMouseEnabled(x=False, y=False)
        dp.setMenuEnabled(False)
        dp.hideButtons()
        self.digit_image = pg.ImageItem()
        dp.addItem(self.digit_image)
        self.row_rect = QGraphicsRectItem()
        pen = QPen(ROW_HIGHLIGHT)
        pen.setCosmetic(True)
        pen.setWidthF(2.0)
        self.row_rect.setPen(pen)
        fill = QColor(ROW_HIGHLIGHT)
        fill.setAlpha(70)
        self.row_rect.setBrush(QBrush(fill))
        dp.addItem(self.row_rect)
        dp.setRange(xRange=(0, 28), yRange=(0, 28), padding=0.02)
        self.input_stack.addWidget(self.digit_view)

        self.signal_view = pg.PlotWidget()
        self.signal_view.setToolTip(self.tr("The 1-D input signal; the marker is the current step."))
        sp = self.signal_view.getPlotItem()
        sp.setMouseEnabled(x=False, y=False)
        sp.setMenuEnabled(False)
        sp.hideButtons()
        sp.setLabel("bottom", self.tr("step"))
        self.signal_curve = sp.plot(pen=pg.mkPen("#1f77b4", width=2))
        self.signal_dot = pg.ScatterPlotItem(size=10, brush=pg.mkBrush(ROW_HIGHLIGHT), pen=pg.mkPen(None))
        sp.addItem(self.signal_dot)
        self.signal_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(ROW_HIGHLIGHT, width=1.5))
        sp.addItem(self.signal_line, ignoreBounds=True)
        self.input_stack.addWidget(self.signal_view)
        self.input_stack.setMinimumHeight(200)
        in_lay.addWidget(self.input_stack, 1)
        left.addWidget(in_box, 1)

        pred_box = QGroupBox(self.tr("Prediction"), self)
        pred_lay = QVBoxLayout(pred_box)
        pred_lay.setContentsMargins(8, 4, 8, 6)
        pred_lay.setSpacing(2)
        self.pred_label = QLabel(pred_box)
        self.pred_label.setWordWrap(True)
        pred_lay.addWidget(self.pred_label)
        self.pred_view = pg.PlotWidget()
        self.pred_view.setToolTip(self.tr(
            "Class probabilities: softmax of the model's linear layer on the hidden state. Solid: "
            "after the last row (the model's answer); light: if the sequence ended at the current row."))
        pp = self.pred_view.getPlotItem()
        pp.setMouseEnabled(x=False, y=False)
        pp.setMenuEnabled(False)
        pp.hideButtons()
        pp.setYRange(0, 1, padding=0.02)
        pp.setXRange(-0.6, 9.6, padding=0)
        pp.getAxis("bottom").setTicks([[(k, str(k)) for k in range(10)]])
        pp.getAxis("left").setTicks([[(0, "0"), (0.5, "0.5"), (1, "1")]])
        pp.getAxis("left").setWidth(24)
        self.pred_now = pg.BarGraphItem(x=np.arange(10) - 0.18, height=np.zeros(10), width=0.34,
                                        brush=QColor("#c6dbef"), pen=pg.mkPen(None))
        self.pred_final = pg.BarGraphItem(x=np.arange(10) + 0.18, height=np.zeros(10), width=0.34,
                                          brush=QColor("#1f77b4"), pen=pg.mkPen(None))
        pp.addItem(self.pred_now)
        pp.addItem(self.pred_final)
        self.pred_view.setFixedHeight(120)
        pred_lay.addWidget(self.pred_view)
        left.addWidget(pred_box)

        # --- right: header, heatmaps, formulas ---------------------------------------------
        right = QVBoxLayout()
        right.setSpacing(4)
        body.addLayout(right, 1)
        header = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setStyleSheet("font-weight: 600;")
        self.summary.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.summary.setMinimumWidth(200)
        header.addWidget(self.summary, 1)
        self.badge = QLabel(self)
        self.badge.setToolTip(self.tr(
            "The numpy trace shown here is compared with the torch module itself run on the same "
            "sequence: the hidden state (and LSTM cell state) after every step."))
        header.addWidget(self.badge)
        self.png_btn = QToolButton(self)
        self.csv_btn = QToolButton(self)
        header.addWidget(self.png_btn)
        header.addWidget(self.csv_btn)
        right.addLayout(header)

        self.heat_view = pg.GraphicsLayoutWidget()
        self.heat_view.setToolTip(self.tr(
            "Each gate over time: rows are units, columns are steps; the outlined column is the "
            "current step, the bars beside it its values. Click a cell to pick that unit and step."))
        self.heat_view.scene().sigMouseClicked.connect(self._on_heat_clicked)
        right.addWidget(self.heat_view, 1)

        formula_box = QGroupBox(self.tr("Equations (PyTorch)"), self)
        fl = QVBoxLayout(formula_box)
        fl.setContentsMargins(8, 4, 8, 6)
        fl.setSpacing(2)
        unit_row = QHBoxLayout()
        unit_row.addWidget(QLabel(self.tr("Numbers for unit"), formula_box))
        self.unit_spin = QSpinBox(formula_box)
        self.unit_spin.setRange(0, 0)
        self.unit_spin.setToolTip(self.tr(
            "The unit (index k into h_t) whose numbers are filled into the equations; the dotted "
            "line marks it on every heatmap."))
        self.unit_spin.valueChanged.connect(self._on_unit_changed)
        unit_row.addWidget(self.unit_spin)
        self.step_label = QLabel(formula_box)
        unit_row.addWidget(self.step_label)
        unit_row.addStretch(1)
        fl.addLayout(unit_row)
        self.formula = QTextBrowser(formula_box)
        self.formula.setOpenLinks(False)
        self.formula.setFrameShape(QTextBrowser.NoFrame)
        self.formula.setStyleSheet("background: transparent;")
        self.formula.setToolTip(self.tr(
            "PyTorch's equations for this cell, with the current step's numbers for the chosen unit "
            "(σ is the logistic sigmoid, ⊙ the element-wise product)."))
        fl.addWidget(self.formula)
        formula_box.setFixedHeight(212)
        right.addWidget(formula_box)

        self.player = PlayerControls(self, shortcut_parent=self)
        self.player.index_changed.connect(self._show_step)
        root.addWidget(self.player)

        # --- exports ------------------------------------------------------------------------
        self.png_action = QAction(self.tr("Export RNN gate heatmaps as PNG…"), self)
        self.png_action.setToolTip(self.tr("Save the gate heatmaps as shown, as a PNG image."))
        self.png_action.triggered.connect(self._export_png_dialog)
        self.csv_action = QAction(self.tr("Export RNN trace as CSV…"), self)
        self.csv_action.setToolTip(self.tr(
            "Save every gate, cell and hidden value of every step and unit as a CSV table."))
        self.csv_action.triggered.connect(self._export_csv_dialog)
        self.png_btn.setText(self.tr("PNG"))
        self.png_btn.setToolTip(self.png_action.toolTip())
        self.png_btn.clicked.connect(self.png_action.trigger)
        self.csv_btn.setText(self.tr("CSV"))
        self.csv_btn.setToolTip(self.csv_action.toolTip())
        self.csv_btn.clicked.connect(self.csv_action.trigger)

    # ------------------------------------------------------------------ public API
    def export_actions(self) -> list:
        return [self.png_action, self.csv_action]

    def set_cell(self, kind: str, nonlinearity: str = "tanh") -> None:
        self.cell_combo.setCurrentIndex(CELLS.index((kind, nonlinearity if kind == "rnn" else "tanh")))

    def set_hidden_size(self, hidden: int) -> None:
        if self.weights_source() == "random":
            self.hidden_spin.setValue(int(hidden))
        else:
            self._random_hidden = int(hidden)

    def set_seed(self, seed: int) -> None:
        self.seed_spin.setValue(int(seed))

    def set_weights_source(self, source: str) -> None:
        self.weights_combo.setCurrentIndex(self.weights_combo.findData(source))

    def set_input(self, name: str) -> None:
        self.input_combo.setCurrentIndex(INPUTS.index(name))

    def set_digit_index(self, index: int) -> None:
        self.digit_spin.setValue(int(index))

    def random_digit(self) -> None:
        n = self.digit_spin.maximum() + 1
        self.set_input("digit")
        self.digit_spin.setValue(int(np.random.default_rng().integers(n)))

    def cell(self) -> tuple[str, str]:
        return CELLS[self.cell_combo.currentIndex()]

    def weights_source(self) -> str:
        return self.weights_combo.currentData()

    def input_name(self) -> str:
        return INPUTS[self.input_combo.currentIndex()]

    def unit(self) -> int:
        return self._unit

    def set_unit(self, unit: int) -> None:
        self.unit_spin.setValue(int(unit))

    def receive_image(self, image) -> None:
        img = np.asarray(image, np.float32)
        if img.shape != (28, 28):
            self.state.message(self.tr("RNN cells: a drawing must be 28×28 pixels."))
            return
        self._drawing = np.clip(img, 0.0, 1.0)
        self._updating = True
        try:
            self._set_item_enabled(self.input_combo, INPUTS.index("drawing"), True)
            self.input_combo.setCurrentIndex(INPUTS.index("drawing"))
        finally:
            self._updating = False
        self._sync_controls()
        self._retrace(reset_index=True)
        self.state.message(self.tr("RNN cells: reading your drawing row by row."))

    def configure(self, cell: str | None = None, nonlinearity: str = "tanh", weights: str | None = None,
                  hidden: int | None = None, seed: int | None = None, input: str | None = None,
                  digit: int | None = None, step: int | None = None) -> None:
        """Set several controls at once and recompute once (used by tests and screenshots)."""
        self._updating = True
        try:
            if input is not None:
                self.set_input(input)
            if digit is not None:
                self.digit_spin.setValue(int(digit))
            if weights is not None:
                self.set_weights_source(weights)
            self._sync_controls()
            if cell is not None and self.cell_combo.isEnabled():
                self.set_cell(cell, nonlinearity)
            if hidden is not None:
                self.set_hidden_size(hidden)
            if seed is not None:
                self.seed_spin.setValue(int(seed))
        finally:
            self._updating = False
        self._sync_controls()
        self._retrace(reset_index=step is not None)
        if step is not None:
            self.player.set_index(step)

    def prepare_screenshot(self) -> None:
        """An LSTM reading a digit (a 7 when there is one), halfway through the rows."""
        sevens = np.flatnonzero(self.state.data.test_y == 7)
        trained_lstm = self._bundle is not None and self._bundle.config.get("arch") == "lstm"
        self.configure(cell="lstm", weights="model" if trained_lstm else "random", hidden=24, seed=0,
                       input="digit", digit=int(sevens[0]) if len(sevens) else 0)
        if self.trace is not None and self.trace.c is not None:
            # the unit whose cell state changes most: the most telling one to read
            self.unit_spin.setValue(int(np.argmax(np.abs(np.diff(self.trace.c, axis=0)).sum(axis=0))))
        self.player.set_index(13)

    def shutdown(self) -> None:
        self.player.shutdown()
        try:
            theme.notifier().changed.disconnect(self._on_theme_changed)
        except (RuntimeError, TypeError):
            pass

    # ------------------------------------------------------------------ exports
    def export_heatmaps_png(self, path: str) -> str:
        """The gate heatmaps as shown, as a PNG (2× screen resolution); raises OSError."""
        return export.save_png(self.heat_view, str(path))

    def export_trace_csv(self, path: str) -> str:
        """Every step × unit of the trace (gates, c, h) as CSV; raises OSError."""
        if self.trace is None:
            raise OSError(self.tr("nothing to export yet"))
        header, rows = rnn.trace_table(self.trace)
        return export.write_csv(str(path), header, rows)

    def _export_png_dialog(self):
        path = export.ask_save_path(self, self.tr("Export gate heatmaps"), "rnn-gates.png", "png")
        if path:
            self._export(self.export_heatmaps_png, path)

    def _export_csv_dialog(self):
        path = export.ask_save_path(self, self.tr("Export RNN trace"), "rnn-trace.csv", "csv")
        if path:
            self._export(self.export_trace_csv, path)

    def _export(self, func, path):
        try:
            func(path)
        except OSError as e:
            self.state.message(self.tr("Could not save {0}: {1}").format(path, e.strerror or str(e)))
        else:
            self.state.message(self.tr("Saved {0}").format(path))

    # ------------------------------------------------------------------ theme
    def _on_theme_changed(self, _name=None):
        self._apply_theme()
        if self.trace is not None:
            self._update_views(rebuild=False)
            self._show_step(self.player.index)

    def _apply_theme(self):
        c = self._c = _colors()
        for view in (self.heat_view, self.digit_view, self.signal_view, self.pred_view):
            view.setBackground(c["bg"])
        for view in (self.signal_view, self.pred_view):
            _style_axes(view.getPlotItem(), c)
        self.model_note.setStyleSheet(f"color: {c['muted']}; font-size: 11px;")

    # ------------------------------------------------------------------ model & data
    def _find_model(self):
        """The sequence model whose weights can be used: the app's current/latest one, else
        the shipped LSTM when that file exists."""
        bundle = self.state.classifier_for(SEQ_ARCHS)
        if bundle is None and not self._shipped_checked:
            self._shipped_checked = True
            try:
                from dlviz.core.shipped import load_shipped

                loaded = load_shipped("lstm")
            except Exception as e:  # noqa: BLE001 - a bad file must never break the panel
                self.state.message(self.tr("RNN cells: shipped LSTM weights unusable ({0})").format(e))
                loaded = None
            if loaded is not None:
                from dlviz.ui.state import ModelBundle

                model, config, _payload = loaded
                self._shipped = ModelBundle(self.tr("LSTM (shipped)"), config, model, origin="shipped")
        if bundle is None:
            bundle = getattr(self, "_shipped", None)
        self._bundle = bundle

    def _on_classifier_changed(self, bundle):
        if bundle is None or bundle.config.get("arch") not in SEQ_ARCHS:
            return
        # the first model that arrives is shown at once; later ones replace it when its
        # weights are in use (a learner who chose random weights keeps them)
        switch = not self._model_usable() or self.weights_source() == "model"
        self._bundle = bundle
        self._updating = True
        try:
            if switch:
                if self.input_name() not in ("digit", "drawing"):
                    self.set_input("digit")
                self.set_weights_source("model")
        finally:
            self._updating = False
        self._sync_controls()
        self._retrace(reset_index=False, rebuild=True)

    def _on_data_changed(self, _data):
        self._sync_controls()
        if self.input_name() == "digit":
            self._retrace(reset_index=False)

    def _model_usable(self) -> bool:
        return self._bundle is not None and getattr(self._bundle.model, "rnn", None) is not None

    # ------------------------------------------------------------------ controls
    @staticmethod
    def _set_item_enabled(combo: QComboBox, index: int, enabled: bool):
        item = combo.model().item(index)
        if item is not None:
            item.setEnabled(enabled)

    def _sync_controls(self):
        """Make the controls consistent (model weights need a digit; a model fixes the cell
        and hidden size) without triggering recomputation."""
        self._updating = True
        try:
            usable = self._model_usable()
            self._set_item_enabled(self.weights_combo, 1, usable)
            self._set_item_enabled(self.input_combo, INPUTS.index("drawing"), self._drawing is not None)
            if self.input_name() == "drawing" and self._drawing is None:
                self.set_input("digit")
            signal = self.input_name() not in ("digit", "drawing")
            if self.weights_source() == "model" and (not usable or signal):
                self.set_weights_source("random")
            model = self.weights_source() == "model"
            if usable:
                cfg = self._bundle.config
                arch = cfg.get("arch")
                self.weights_combo.setItemText(1, self._bundle.name)
                extra = []
                if int(cfg.get("num_layers", 1)) > 1:
                    extra.append(self.tr("first of {0} layers").format(int(cfg.get("num_layers", 1))))
                if cfg.get("bidirectional"):
                    extra.append(self.tr("forward direction"))
                note = self.tr("{0}, hidden {1}").format(self._kind_title(arch, cfg.get("nonlinearity", "tanh")),
                                                         int(cfg.get("hidden_size", 0)))
                if extra:
                    note += " — " + ", ".join(extra)
                self.model_note.setText(note if model else self.tr("A trained model is available: {0}.").format(
                    self._bundle.name))
            else:
                self.weights_combo.setItemText(1, self.tr("Trained model (none yet)"))
                self.model_note.setText(self.tr(
                    "No trained sequence model yet: train an RNN/GRU/LSTM in the Training panel."))
            if model:
                cfg = self._bundle.config
                kind = cfg.get("arch")
                nonlin = cfg.get("nonlinearity", "tanh") if kind == "rnn" else "tanh"
                self.cell_combo.setCurrentIndex(CELLS.index((kind, nonlin)))
                h = int(self._bundle.model.rnn.hidden_size)
                if self.hidden_spin.isEnabled():
                    self._random_hidden = self.hidden_spin.value()
                self.hidden_spin.setRange(1, max(128, h))
                self.hidden_spin.setValue(h)
            elif not self.hidden_spin.isEnabled():
                self.hidden_spin.setRange(4, 128)
                self.hidden_spin.setValue(self._random_hidden)
            self.cell_combo.setEnabled(not model)
            self.hidden_spin.setEnabled(not model)
            self.seed_spin.setEnabled(not model)
            self.seed_label.setEnabled(not model)
            digit = self.input_name() == "digit"
            n = len(self.state.data.test_x) if digit else 0
            if digit:
                self.digit_spin.setRange(0, max(0, n - 1))
            for w in (self.digit_label, self.digit_spin, self.random_btn):
                w.setEnabled(digit)
            self.input_stack.setCurrentIndex(0 if self.input_name() in ("digit", "drawing") else 1)
        finally:
            self._updating = False

    def _on_controls_changed(self, rebuild: bool = False):
        if self._updating:
            return
        self._sync_controls()
        self._save_settings()
        self._retrace(reset_index=False, rebuild=rebuild)

    def _on_unit_changed(self, unit: int):
        self._unit = int(unit)
        if self.trace is not None:
            self._show_step(self.player.index)

    def _on_heat_clicked(self, event):
        if self.trace is None:
            return
        pos = event.scenePos()
        for view in self.views.values():
            if view.heat.sceneBoundingRect().contains(pos) and view.heat.vb.sceneBoundingRect().contains(pos):
                p = view.heat.vb.mapSceneToView(pos)
                unit = int(round(p.y()))
                step = int(round(p.x())) - 1
                if 0 <= unit < self.trace.hidden_size and 0 <= step < self.trace.steps:
                    self.unit_spin.setValue(unit)
                    self.player.set_index(step)
                return

    # ------------------------------------------------------------------ settings
    def _load_settings(self):
        s = QSettings()
        self._updating = True
        try:
            cell = s.value("rnn/cell", "lstm:tanh")
            try:
                kind, nonlin = str(cell).split(":")
                self.cell_combo.setCurrentIndex(CELLS.index((kind, nonlin)))
            except ValueError:
                pass
            try:
                self.hidden_spin.setValue(int(s.value("rnn/hidden", 16)))
                self.seed_spin.setValue(int(s.value("rnn/seed", 0)))
            except (TypeError, ValueError):
                pass
            self._random_hidden = self.hidden_spin.value()
            self.set_weights_source("model")  # when there is one (else _sync_controls falls back)
        finally:
            self._updating = False

    def _save_settings(self):
        s = QSettings()
        kind, nonlin = self.cell()
        s.setValue("rnn/cell", f"{kind}:{nonlin}")
        if self.weights_source() == "random":
            s.setValue("rnn/hidden", self.hidden_spin.value())
            s.setValue("rnn/seed", self.seed_spin.value())

    # ------------------------------------------------------------------ computing
    def _input_sequence(self):
        """(x (T, I), image (28, 28) in [0, 1] or None, description)."""
        name = self.input_name()
        if name == "digit":
            data = self.state.data
            idx = self.digit_spin.value()
            img = data.test_x[idx]
            return (rnn.digit_sequence(img), img.astype(np.float32) / 255.0,
                    self.tr("MNIST test digit #{0} (label {1})").format(idx, int(data.test_y[idx])))
        if name == "drawing" and self._drawing is not None:
            return rnn.digit_sequence(self._drawing), self._drawing, self.tr("your drawing")
        titles = {"sine": self.tr("sine wave"), "step": self.tr("step"), "impulse": self.tr("impulse")}
        return make_signal(name, SIGNAL_STEPS, SIGNAL_AMPLITUDE), None, titles.get(name, name)

    def _retrace(self, reset_index: bool = False, rebuild: bool = False):
        x, image, input_desc = self._input_sequence()
        kind, nonlin = self.cell()
        module = None
        self.final_probs = self.step_probs = None
        pred_note = ""
        try:
            if self.weights_source() == "model" and self._model_usable():
                module = self._bundle.model.rnn
                tr = rnn.trace(module, x)
                weights_desc = self._bundle.name
                model = self._bundle.model
                fc = getattr(model, "fc", None)
                if tr.partial:
                    pred_note = self.tr("The prediction needs every layer; this view traces only {0}.").format(tr.note)
                elif fc is not None:
                    w = fc.weight.detach().cpu().numpy()
                    b = fc.bias.detach().cpu().numpy()
                    self.step_probs = rnn.predict_proba(tr.h, w, b)
                    self.final_probs = self.step_probs[-1]
            else:
                weights = rnn.random_weights(kind, x.shape[1], self.hidden_spin.value(),
                                             self.seed_spin.value(), nonlin)
                tr = rnn.run_cell(weights, x)
                weights_desc = self.tr("random weights, seed {0}").format(self.seed_spin.value())
            self.verification = rnn.verify(tr, module)
        except ValueError as e:  # e.g. a loaded model with another input size
            self.state.message(self.tr("RNN cells: {0}").format(e))
            if self.weights_source() == "model":
                self.set_weights_source("random")
            return
        self.trace = tr
        self._unit = min(self._unit, tr.hidden_size - 1)

        # summary line and truth badge
        title = self._kind_title(tr.kind, tr.nonlinearity)
        self.summary.setText(self.tr("{0} · H = {1} · {2} · {3}, {4} steps × {5}").format(
            title, tr.hidden_size, weights_desc, input_desc, tr.steps, tr.input_size))
        self.summary.setToolTip(self.summary.text())
        v = self.verification
        what = self.tr("h and c") if v.max_diff_c is not None else self.tr("h")
        if v.ok:
            self.badge.setText(self.tr("✓ torch agrees: max |Δ| = {0:.0e}").format(v.max_diff))
            self.badge.setToolTip(self.tr(
                "The numpy trace equals torch.nn.{0} run on this sequence: {1} after every step "
                "agree to {2:.1e} ({3}; tolerance {4:.0e}).").format(
                    type(module).__name__ if module is not None else {"lstm": "LSTM", "gru": "GRU", "rnn": "RNN"}[tr.kind],
                    what, v.max_diff, v.dtype, v.tolerance))
            self.badge.setStyleSheet("QLabel { background: #e6f4ea; color: #137333; border: 1px solid #a8dab5;"
                                     " border-radius: 9px; padding: 2px 8px; }")
        else:
            self.badge.setText(self.tr("✗ differs from torch: max |Δ| = {0:.1e}").format(v.max_diff))
            self.badge.setStyleSheet("QLabel { background: #fce8e6; color: #c5221f; border: 1px solid #f4b6b0;"
                                     " border-radius: 9px; padding: 2px 8px; }")

        # input view
        if image is not None:
            self.digit_image.setImage(1.0 - image, autoLevels=False, levels=(0.0, 1.0))
            self.digit_image.setRect(QRectF(0, 0, 28, 28))
        else:
            steps = np.arange(1, tr.steps + 1)
            self.signal_curve.setData(steps, tr.x[:, 0])
            self.signal_view.getPlotItem().setXRange(0.5, tr.steps + 0.5, padding=0)
            self.signal_view.getPlotItem().setYRange(float(tr.x.min()) - 0.15, float(tr.x.max()) + 0.15, padding=0)

        # prediction
        if self.final_probs is not None:
            self.pred_final.setOpts(height=self.final_probs)
            self.pred_view.show()  # the label is written per step (_show_step)
        else:
            self.pred_view.hide()
            if pred_note:
                self.pred_label.setText(pred_note)
            elif self.weights_source() == "random":
                self.pred_label.setText(self.tr(
                    "Random weights predict nothing: choose the trained model's weights to see its "
                    "class probabilities after the last row."))
            else:
                self.pred_label.setText(self.tr("This model has no output layer to read."))

        self._update_views(rebuild or self._view_kind != tr.kind)
        self.unit_spin.blockSignals(True)
        self.unit_spin.setRange(0, tr.hidden_size - 1)
        self.unit_spin.setValue(self._unit)
        self.unit_spin.blockSignals(False)
        index = 0 if reset_index else min(self.player.index, tr.steps - 1)
        self.player.set_count(tr.steps, index)
        self._show_step(self.player.index)

    # ------------------------------------------------------------------ views
    def _kind_title(self, kind: str, nonlinearity: str = "tanh") -> str:
        if kind == "lstm":
            return self.tr("LSTM")
        if kind == "gru":
            return self.tr("GRU")
        return self.tr("Simple RNN ({0})").format(nonlinearity)

    def _series_title(self, name: str) -> str:
        names = {
            "i": self.tr("input gate"), "f": self.tr("forget gate"), "g": self.tr("candidate"),
            "o": self.tr("output gate"), "r": self.tr("reset gate"), "z": self.tr("update gate"),
            "n": self.tr("candidate"), "pre": self.tr("pre-activation"), "c": self.tr("cell state"),
            "h": self.tr("hidden state"),
        }
        sym = "a" if name == "pre" else name
        return f"<span style='color:{COLORS[name]}; font-weight:bold'>{sym}</span>" \
               f"<span style='color:{self._c['fg']}'>&nbsp;{names[name]}</span>"

    def _levels(self, name: str, values: np.ndarray):
        """(lut, colour levels, bar x-limits) for a series. Sigmoid gates: 0 … 1; tanh
        outputs: −1 … 1; unbounded series (c, a pre-activation, ReLU h): colours from the
        99th percentile of |v| so a few large values do not wash out the rest, bars over
        the full range."""
        relu = self.trace.kind == "rnn" and self.trace.nonlinearity == "relu"
        if name in SIGMOID_GATES:
            return _gate_lut(COLORS[name]), (0.0, 1.0), (0.0, 1.0)
        if name in ("g", "n") or (name == "h" and not relu):
            return DIVERGING, (-1.0, 1.0), (-1.0, 1.0)
        a = np.abs(values)
        full = max(float(a.max()), 1e-6)
        m = min(full, max(float(np.percentile(a, 99)), 1e-6))
        if name == "h":  # ReLU: non-negative
            return _gate_lut(COLORS["h"]), (0.0, m), (0.0, full)
        return DIVERGING, (-m, m), (-full, full)

    def _layout_for(self, names: list[str]) -> tuple[pg.GraphicsLayout, dict]:
        """The heatmap layout for this set of series, built the first time it is needed and
        reused afterwards (switching cells swaps layouts; no plot item is ever re-created)."""
        key = tuple(names)
        if key not in self._layouts:
            layout = pg.GraphicsLayout()
            layout.setContentsMargins(2, 2, 2, 2)
            layout.setSpacing(2)
            ncols = 3 if len(names) > 4 else 2
            views = {name: _SeriesView(layout, k // ncols, k % ncols, name, self._series_title(name))
                     for k, name in enumerate(names)}
            views[names[0]].heat.setLabel("left", self.tr("unit"))
            if len(names) > ncols:
                views[names[ncols]].heat.setLabel("left", self.tr("unit"))
            for view in views.values():
                view.heat.getAxis("left").label.setFont(_small_font())
            self._layouts[key] = (layout, views)
        return self._layouts[key]

    def _update_views(self, rebuild: bool):
        tr = self.trace
        series = tr.series()
        layout, views = self._layout_for(list(series))
        if rebuild or self.heat_view.centralWidget is not layout:
            self.heat_view.setCentralItem(layout)
            self.views = views
            self._view_kind = tr.kind
        for name, values in series.items():
            lut, levels, xlim = self._levels(name, values)
            view = self.views[name]
            view.apply_colors(self._c)
            view.set_series(values, lut, levels, xlim)
            view.heat.setTitle(self._series_title(name) + self._range_note(name, levels))

    def _range_note(self, name: str, levels) -> str:
        lo, hi = levels
        return f"<span style='color:{self._c['muted']}; font-size:8pt'>&nbsp;&nbsp;{lo:.3g} … {hi:.3g}</span>"

    def _show_step(self, t: int):
        tr = self.trace
        if tr is None or not 0 <= t < tr.steps:
            return
        unit = self._unit
        for view in self.views.values():
            view.show_step(t, unit)
        if self.input_stack.currentIndex() == 0:
            self.row_rect.setRect(QRectF(0, t, 28, 1))
        else:
            self.signal_dot.setData([t + 1], [float(tr.x[t, 0])])
            self.signal_line.setPos(t + 1)
        if self.step_probs is not None:
            self.pred_now.setOpts(height=self.step_probs[t])
            k = int(np.argmax(self.final_probs))
            kt = int(np.argmax(self.step_probs[t]))
            self.pred_label.setText(self.tr(
                "After all {0} rows: <b>{1}</b> ({2:.0%})<br><span style='color:{5}'>light bars: after "
                "row {3} it would say {4}</span>").format(
                    tr.steps, k, float(self.final_probs[k]), t + 1, kt, self._c["muted"]))
        if tr.input_size == 28 and tr.steps == 28:
            self.step_label.setText(self.tr("· step t = {0} of {1} (reading row {0} of the digit)").format(t + 1, tr.steps))
        else:
            self.step_label.setText(self.tr("· step t = {0} of {1}").format(t + 1, tr.steps))
        self.formula.setHtml(self._formula_html(t, unit))

    # ------------------------------------------------------------------ formulas
    def _formula_html(self, t: int, unit: int) -> str:
        tr = self.trace
        c = self._c
        d = rnn.step_detail(tr, t, unit)

        def num(v):  # −0.123 / 0.123
            return fmt_num(v)

        def term(v):  # a factor after an operator: negative ones in brackets
            return f"({num(v)})" if num(v).startswith("−") else num(v)

        def plus(v):  # "+ 0.5" / "− 0.5"
            return f"− {num(-v)}" if num(v).startswith("−") else f"+ {num(v)}"

        def sym(name, sub="t"):
            return f"<b style='color:{COLORS.get(name, c['fg'])}'>{name}</b><sub>{sub}</sub>"

        rows = []

        def gate_row(name, act, wname):
            g = d[name]
            eq = (f"{sym(name)} = {act}(W<sub>i{wname}</sub>x<sub>t</sub> + b<sub>i{wname}</sub> + "
                  f"W<sub>h{wname}</sub>h<sub>t−1</sub> + b<sub>h{wname}</sub>)")
            nums = f"{act}({num(g['x_term'])} {plus(g['h_term'])}) = {act}({num(g['pre'])})"
            rows.append((eq, nums, g["value"]))

        if tr.kind == "lstm":
            gate_row("i", "σ", "i")
            gate_row("f", "σ", "f")
            gate_row("g", "tanh", "g")
            gate_row("o", "σ", "o")
            rows.append((f"{sym('c')} = {sym('f')} ⊙ c<sub>t−1</sub> + {sym('i')} ⊙ {sym('g')}",
                         f"{num(d['f']['value'])} × {term(d['c_prev'])} + {num(d['i']['value'])} × "
                         f"{term(d['g']['value'])}", d["c"]))
            rows.append((f"{sym('h')} = {sym('o')} ⊙ tanh({sym('c')})",
                         f"{num(d['o']['value'])} × tanh({num(d['c'])})", d["h"]))
            note = ""
        elif tr.kind == "gru":
            gate_row("r", "σ", "r")
            gate_row("z", "σ", "z")
            n = d["n"]
            rows.append((f"{sym('n')} = tanh(W<sub>in</sub>x<sub>t</sub> + b<sub>in</sub> + {sym('r')} ⊙ "
                         f"(W<sub>hn</sub>h<sub>t−1</sub> + b<sub>hn</sub>))",
                         f"tanh({num(n['x_term'])} + {num(d['r']['value'])} × {term(n['h_term'])}) = "
                         f"tanh({num(n['pre'])})", n["value"]))
            rows.append((f"{sym('h')} = (1 − {sym('z')}) ⊙ {sym('n')} + {sym('z')} ⊙ h<sub>t−1</sub>",
                         f"(1 − {num(d['z']['value'])}) × {term(n['value'])} + {num(d['z']['value'])} × "
                         f"{term(d['h_prev'])}", d["h"]))
            note = self.tr(
                "Note: the source tutorial mixes the old and new state with the reset gate r — that is "
                "wrong. The update gate z does the mixing (h<sub>t</sub> = (1 − z) ⊙ n + z ⊙ h<sub>t−1</sub>); "
                "r only scales the hidden term inside the candidate n. PyTorch applies r to "
                "(W<sub>hn</sub>h<sub>t−1</sub> + b<sub>hn</sub>), the cuDNN form; Cho et al. (2014) apply "
                "it to h<sub>t−1</sub> before W<sub>hn</sub>.")
        else:
            p = d["pre"]
            rows.append((f"{sym('pre', 't').replace('pre', 'a')} = W<sub>ih</sub>x<sub>t</sub> + b<sub>ih</sub> + "
                         f"W<sub>hh</sub>h<sub>t−1</sub> + b<sub>hh</sub>",
                         f"{num(p['x_term'])} {plus(p['h_term'])}", p["pre"]))
            act = tr.nonlinearity
            rows.append((f"{sym('h')} = {act}(a<sub>t</sub>)", f"{act}({num(p['pre'])})", d["h"]))
            note = self.tr(
                "A simple RNN has no gates: the whole past must pass through one {0} each step, "
                "which is why long sequences fade (vanishing gradients).").format(act)

        cells = "".join(
            f"<tr><td style='padding-right:14px'>{eq}</td>"
            f"<td style='color:{c['muted']}; padding-right:8px'>= {nums}</td>"
            f"<td><b>= {num(val)}</b></td></tr>"
            for eq, nums, val in rows
        )
        head = self.tr("unit k = {0}, previous state h<sub>t−1</sub>[k] = {1}").format(unit, num(d["h_prev"]))
        if tr.c is not None:
            head += self.tr(", c<sub>t−1</sub>[k] = {0}").format(num(d["c_prev"]))
        html = (f"<div style='color:{c['fg']}'><div style='color:{c['muted']}'>{head}</div>"
                f"<table cellspacing='0' cellpadding='1'>{cells}</table>")
        if note:
            html += f"<div style='color:{c['note']}; margin-top:4px'>{note}</div>"
        return html + "</div>"
