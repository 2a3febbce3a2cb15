"""Activations panel: sigmoid, tanh, ReLU, Leaky ReLU (α), ELU (α) and softmax
(temperature) with their derivatives, a cursor readout of x, f(x), f′(x), softmax over an
editable vector of logits, the gradient norm through a deep stack of each activation at
initialisation (vanishing gradients with sigmoid), and short notes on dropout and L2
weight decay with a link to the Training panel.

Every number comes from ``dlviz.core.activations`` (checked against torch in the tests).
"""

from __future__ import annotations

import re

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dlviz.core import activations as act
from dlviz.ui import export, theme
from dlviz.ui.panels.base import Panel

CTX = "ActivationsPanel"
X_RANGE = (-6.0, 6.0)
N_POINTS = 601
MAX_LOGITS = 10
DEFAULT_LOGITS = "2.0, 1.0, 0.1, -1.0"
_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
LOGITS_RE = re.compile(rf"^\s*{_NUMBER}(?:\s*[,;\s]\s*{_NUMBER})*\s*[,;]?\s*$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActivationsPanel", text)


def display_name(name: str) -> str:
    return {
        "sigmoid": _tr("Sigmoid"),
        "tanh": _tr("tanh"),
        "relu": _tr("ReLU"),
        "leaky_relu": _tr("Leaky ReLU"),
        "elu": _tr("ELU"),
        "softmax": _tr("Softmax"),
    }[name]


def explanation(name: str) -> str:
    return {
        "sigmoid": _tr(
            "<b>Sigmoid</b> σ(x) = 1 / (1 + e<sup>−x</sup>) squashes any input into (0, 1).<br>"
            "<b>Derivative:</b> σ′(x) = σ(x)(1 − σ(x)): at most 0.25 (at x = 0) and almost 0 when |x| "
            "is large — the unit <i>saturates</i>.<br>"
            "<b>Gradients:</b> backpropagation multiplies by σ′ at every layer, so the gradient shrinks "
            "at least fourfold per layer: the <i>vanishing gradient</i> problem of deep sigmoid networks. "
            "Today sigmoid is used for gates (LSTM, GRU) and binary outputs, rarely in hidden layers."),
        "tanh": _tr(
            "<b>tanh</b>(x) = (e<sup>x</sup> − e<sup>−x</sup>) / (e<sup>x</sup> + e<sup>−x</sup>) squashes "
            "any input into (−1, 1) and is zero-centred.<br>"
            "<b>Derivative:</b> tanh′(x) = 1 − tanh²(x): at most 1 (at x = 0).<br>"
            "<b>Gradients:</b> near 0 it passes the gradient almost unchanged, but saturated units "
            "(|x| > 2) still block it. The simple RNN's hidden state and the LSTM's candidate and output use tanh."),
        "relu": _tr(
            "<b>ReLU</b>(x) = max(0, x).<br>"
            "<b>Derivative:</b> 1 for x > 0 and 0 for x < 0 (PyTorch uses 0 at x = 0).<br>"
            "<b>Gradients:</b> active units pass the gradient unchanged, so a deep ReLU network with "
            "Kaiming (He) initialisation keeps a steady gradient through depth. A unit whose input is "
            "always negative gets no gradient and stops learning (a “dead ReLU”). "
            "The usual choice for the hidden layers of a CNN."),
        "leaky_relu": _tr(
            "<b>Leaky ReLU</b>(x) = x for x > 0, αx otherwise.<br>"
            "<b>Derivative:</b> 1 for x > 0, α otherwise.<br>"
            "<b>Gradients:</b> the small slope α (often 0.01) keeps some gradient flowing for negative "
            "inputs, so units cannot die."),
        "elu": _tr(
            "<b>ELU</b>(x) = x for x > 0, α(e<sup>x</sup> − 1) otherwise.<br>"
            "<b>Derivative:</b> 1 for x > 0, αe<sup>x</sup> otherwise.<br>"
            "<b>Gradients:</b> smooth, never exactly zero; its negative outputs (down to −α) pull the "
            "mean activation toward 0, which helps the next layer learn."),
        "softmax": _tr(
            "<b>Softmax</b> turns a vector of logits z into probabilities: "
            "p<sub>i</sub> = e<sup>z<sub>i</sub>/T</sup> / Σ<sub>j</sub> e<sup>z<sub>j</sub>/T</sup> — "
            "all positive, summing to 1.<br>"
            "<b>Temperature T:</b> T &lt; 1 sharpens the distribution toward the largest logit, "
            "T &gt; 1 flattens it toward uniform.<br>"
            "<b>Derivative:</b> ∂p<sub>i</sub>/∂z<sub>j</sub> = p<sub>i</sub>(δ<sub>ij</sub> − p<sub>j</sub>) / T; "
            "the curve shows p<sub>1</sub> as the first logit z<sub>1</sub> = x varies. With the "
            "cross-entropy loss the gradient on the logits is simply p − y. Used in the output layer "
            "of a classifier."),
    }[name]


def parse_logits(text: str) -> np.ndarray | None:
    """Numbers separated by commas or spaces (2 to MAX_LOGITS of them), or None."""
    if not LOGITS_RE.match(text or ""):
        return None
    values = [float(v) for v in re.findall(_NUMBER, text)]
    if not 2 <= len(values) <= MAX_LOGITS or not all(np.isfinite(values)) or max(map(abs, values)) > 1e4:
        return None
    return np.array(values)


def _setting(key, default, kind):
    value = QSettings().value(f"activations/{key}", default)
    try:
        return kind(value)
    except (TypeError, ValueError):
        return default


def _fmt(v: float) -> str:
    if not np.isfinite(v):
        return "—"
    if v != 0 and (abs(v) < 1e-3 or abs(v) >= 1e5):
        return f"{v:.3e}"
    return f"{v:.4f}"


class ActivationsPanel(Panel):
    panel_id = "activations"

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self._name = "sigmoid"
        self._alpha = {n: _setting(f"alpha_{n}", a, float) for n, a in act.DEFAULT_ALPHA.items()}
        self._logits = parse_logits(_setting("logits", DEFAULT_LOGITS, str))
        if self._logits is None:
            self._logits = parse_logits(DEFAULT_LOGITS)
        self._x = np.linspace(*X_RANGE, N_POINTS)
        self._flow: dict[str, act.GradientFlow] = {}
        self._loading = True

        self._build_controls()
        self._build_plots()
        self._build_notes()
        self._build_exports()

        split = QSplitter(Qt.Horizontal, self)
        split.addWidget(self._controls_scroll)
        split.addWidget(self._center)
        split.addWidget(self._notes_scroll)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 0)
        split.setSizes([max(250, self._controls_scroll.widget().sizeHint().width() + 4), 700, 310])
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(split)

        self._restore()
        self._loading = False
        theme.notifier().changed.connect(self._apply_colors)
        self._apply_colors()
        self._on_function_changed()
        self._recompute_flow()

    # --- construction -------------------------------------------------------------------
    def _build_controls(self):
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 6, 0)

        fbox = QGroupBox(self.tr("Activation function"), box)
        form = QFormLayout(fbox)
        self.func_combo = QComboBox(fbox)
        for n in act.NAMES:
            self.func_combo.addItem(display_name(n), n)
        self.func_combo.setToolTip(self.tr(
            "The activation function applied to each unit's weighted sum; it makes the network non-linear."))
        self.func_combo.currentIndexChanged.connect(self._on_function_changed)
        form.addRow(self.tr("Function:"), self.func_combo)

        self.alpha_spin = QDoubleSpinBox(fbox)
        self.alpha_spin.setRange(0.0, 3.0)
        self.alpha_spin.setDecimals(3)
        self.alpha_spin.setSingleStep(0.01)
        self.alpha_spin.setToolTip(self.tr(
            "α: the slope for negative inputs (Leaky ReLU) or the level ELU approaches for very negative inputs (−α)."))
        self.alpha_spin.valueChanged.connect(self._on_alpha_changed)
        self.alpha_label = QLabel(self.tr("α:"), fbox)
        form.addRow(self.alpha_label, self.alpha_spin)

        self.temp_spin = QDoubleSpinBox(fbox)
        self.temp_spin.setRange(0.05, 20.0)
        self.temp_spin.setDecimals(2)
        self.temp_spin.setSingleStep(0.1)
        self.temp_spin.setValue(1.0)
        self.temp_spin.setToolTip(self.tr(
            "Softmax temperature T: logits are divided by T; small T sharpens the probabilities, large T flattens them."))
        self.temp_spin.valueChanged.connect(self._on_softmax_changed)
        form.addRow(self.tr("Temperature T:"), self.temp_spin)

        self.logits_edit = QLineEdit(fbox)
        self.logits_edit.setToolTip(self.tr(
            "Logits: the raw scores of the last layer before softmax, 2 to 10 numbers separated by commas."))
        self.logits_edit.setPlaceholderText(DEFAULT_LOGITS)
        self.logits_edit.textEdited.connect(self._on_logits_edited)
        form.addRow(self.tr("Logits z:"), self.logits_edit)
        self.logits_msg = QLabel(fbox)
        self.logits_msg.setWordWrap(True)
        self.logits_msg.hide()
        form.addRow(self.logits_msg)
        col.addWidget(fbox)

        cbox = QGroupBox(self.tr("Cursor"), box)
        cform = QFormLayout(cbox)
        self.x_spin = QDoubleSpinBox(cbox)
        self.x_spin.setRange(*X_RANGE)
        self.x_spin.setDecimals(3)
        self.x_spin.setSingleStep(0.1)
        self.x_spin.setValue(1.0)
        self.x_spin.setToolTip(self.tr(
            "The input x at which f(x) and the derivative f′(x) are read out; moving the mouse over the plot moves it too."))
        self.x_spin.valueChanged.connect(self._update_cursor)
        cform.addRow(self.tr("x:"), self.x_spin)
        col.addWidget(cbox)

        gbox = QGroupBox(self.tr("Gradient flow through depth"), box)
        gform = QFormLayout(gbox)
        self.depth_spin = QSpinBox(gbox)
        self.depth_spin.setRange(2, 60)
        self.depth_spin.setValue(20)
        self.depth_spin.setToolTip(self.tr("Number of layers (Linear + activation) in the stack."))
        gform.addRow(self.tr("Layers:"), self.depth_spin)
        self.width_spin = QSpinBox(gbox)
        self.width_spin.setRange(4, 256)
        self.width_spin.setValue(64)
        self.width_spin.setToolTip(self.tr("Number of units in every layer."))
        gform.addRow(self.tr("Units per layer:"), self.width_spin)
        self.init_combo = QComboBox(gbox)
        self.init_combo.addItem(self.tr("Auto"), "auto")
        self.init_combo.addItem(self.tr("Xavier (Glorot)"), "xavier")
        self.init_combo.addItem(self.tr("Kaiming (He)"), "kaiming")
        self.init_combo.setToolTip(self.tr(
            "Weight initialisation: Xavier (Glorot) keeps the variance steady for tanh and sigmoid, Kaiming (He) "
            "for the ReLU family; Auto picks the usual one for each activation."))
        gform.addRow(self.tr("Initialisation:"), self.init_combo)
        self.quantity_combo = QComboBox(gbox)
        self.quantity_combo.addItem(self.tr("‖∂L/∂h‖ (layer output)"), "act")
        self.quantity_combo.addItem(self.tr("‖∂L/∂W‖ (weights)"), "weight")
        self.quantity_combo.setToolTip(self.tr(
            "Which gradient to plot: the one backpropagated to each layer's output, or the one that updates its weights."))
        gform.addRow(self.tr("Plot:"), self.quantity_combo)
        self.seed_spin = QSpinBox(gbox)
        self.seed_spin.setRange(0, 99999)
        self.seed_spin.setToolTip(self.tr("Random seed of the weights, inputs and upstream gradient."))
        gform.addRow(self.tr("Seed:"), self.seed_spin)
        for w in (self.depth_spin, self.width_spin, self.seed_spin):
            w.valueChanged.connect(self._recompute_flow)
        self.init_combo.currentIndexChanged.connect(self._recompute_flow)
        self.quantity_combo.currentIndexChanged.connect(self._update_flow_plot)
        col.addWidget(gbox)
        col.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidget(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setMinimumWidth(200)
        self._controls_scroll = scroll

    def _build_plots(self):
        center = QWidget(self)
        v = QVBoxLayout(center)
        v.setContentsMargins(0, 0, 0, 0)

        self.func_plot = pg.PlotWidget(center)
        self.func_plot.setToolTip(self.tr("The activation f(x) and its derivative f′(x); move the mouse to read values."))
        pi = self.func_plot.getPlotItem()
        pi.showGrid(x=True, y=True, alpha=0.25)
        pi.setLabel("bottom", "x")
        pi.setMenuEnabled(True)
        self.func_legend = pi.addLegend(offset=(10, 10))
        self.zero_h = pg.InfiniteLine(0, angle=0, movable=False)
        self.zero_v = pg.InfiniteLine(0, angle=90, movable=False)
        pi.addItem(self.zero_h)
        pi.addItem(self.zero_v)
        self.f_curve = pi.plot(self._x, np.zeros_like(self._x), name="f(x)")
        self.df_curve = pi.plot(self._x, np.zeros_like(self._x), name="f′(x)")
        self.cursor_line = pg.InfiniteLine(1.0, angle=90, movable=False)
        pi.addItem(self.cursor_line)
        self.cursor_pts = pg.ScatterPlotItem(size=10)
        pi.addItem(self.cursor_pts)
        pi.setXRange(*X_RANGE, padding=0.01)
        self._mouse_proxy = pg.SignalProxy(self.func_plot.scene().sigMouseMoved, rateLimit=60, slot=self._on_mouse)

        self.readout = QLabel(center)
        mono = QFontDatabase.systemFont(QFontDatabase.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10.5))
        self.readout.setFont(mono)
        self.readout.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.readout.setToolTip(self.tr("The exact values at the cursor, computed by dlviz's numpy core."))

        bottom = QWidget(center)
        self.soft_plot = pg.PlotWidget(bottom)
        self.soft_plot.setToolTip(self.tr("Softmax probabilities of the logits at temperature T (outlines: T = 1)."))
        spi = self.soft_plot.getPlotItem()
        spi.setTitle(self.tr("Softmax of the logits"))
        spi.setLabel("bottom", self.tr("logit index i"))
        spi.setLabel("left", self.tr("probability pᵢ"))
        spi.showGrid(y=True, alpha=0.25)
        spi.setYRange(0, 1.05, padding=0)
        spi.setMouseEnabled(x=False, y=False)
        spi.enableAutoRange(False)
        self.bars_ref = pg.BarGraphItem(x=[0], height=[0], width=0.8)
        self.bars = pg.BarGraphItem(x=[0], height=[0], width=0.55)
        spi.addItem(self.bars_ref)
        spi.addItem(self.bars)
        self.bar_texts = []
        for _ in range(MAX_LOGITS):
            t = pg.TextItem(anchor=(0.5, 1.0))
            t.hide()
            spi.addItem(t)
            self.bar_texts.append(t)

        self.flow_plot = pg.PlotWidget(bottom)
        self.flow_plot.setToolTip(self.tr(
            "Gradient norm at each layer of a deep stack at initialisation (log scale); layer 1 is next to the input."))
        fpi = self.flow_plot.getPlotItem()
        fpi.setTitle(self.tr("Gradient flow through depth"))
        fpi.setLabel("bottom", self.tr("layer (1 = next to the input)"))
        fpi.setLabel("left", self.tr("gradient norm (log scale)"))
        fpi.setLogMode(y=True)
        fpi.showGrid(x=True, y=True, alpha=0.25)
        self.flow_legend = fpi.addLegend(offset=(-10, -10), labelTextSize="8pt")
        self.flow_curves = {}
        for n in act.ELEMENTWISE:
            self.flow_curves[n] = fpi.plot([1], [1], name=display_name(n), symbol="o", symbolSize=4)
        bl = QHBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.soft_plot, 4)
        bl.addWidget(self.flow_plot, 5)
        for plot in (self.soft_plot, self.flow_plot):
            plot.setMinimumWidth(140)

        self.flow_summary = QLabel(center)
        self.flow_summary.setWordWrap(True)
        self.flow_summary.setToolTip(self.tr("How much the gradient shrinks or grows from the last layer back to the first."))

        vsplit = QSplitter(Qt.Vertical, center)
        top = QWidget(vsplit)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.func_plot, 1)
        tl.addWidget(self.readout)
        low = QWidget(vsplit)
        ll = QVBoxLayout(low)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(bottom, 1)
        ll.addWidget(self.flow_summary)
        vsplit.addWidget(top)
        vsplit.addWidget(low)
        vsplit.setSizes([430, 350])
        v.addWidget(vsplit)
        self._center = center

    def _build_notes(self):
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(6, 0, 0, 0)

        self.about_box = QGroupBox(self.tr("What it does"), box)
        al = QVBoxLayout(self.about_box)
        self.about_label = QLabel(self.about_box)
        self.about_label.setWordWrap(True)
        self.about_label.setTextFormat(Qt.RichText)
        self.about_label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        al.addWidget(self.about_label)
        col.addWidget(self.about_box)

        reg = QGroupBox(self.tr("Regularisation: dropout and L2"), box)
        rl = QVBoxLayout(reg)
        self.dropout_label = QLabel(self.tr(
            "<b>Dropout</b> (rate p): during training each unit is set to 0 with probability p and the "
            "survivors are scaled by 1/(1 − p), as PyTorch's nn.Dropout does, so the network cannot rely "
            "on any single unit — a guard against overfitting. In evaluation mode (model.eval()) dropout "
            "does nothing."), reg)
        self.l2_label = QLabel(self.tr(
            "<b>L2 weight decay</b> (λ) adds (λ/2)·‖w‖² to the loss, so every step also pulls each weight "
            "toward 0 by λ·w: smaller weights, a smoother function, less overfitting. In PyTorch it is "
            "the optimizer's weight_decay argument."), reg)
        for lab in (self.dropout_label, self.l2_label):
            lab.setWordWrap(True)
            lab.setTextFormat(Qt.RichText)
            rl.addWidget(lab)
        self.train_button = QPushButton(self.tr("Try them in the Training panel →"), reg)
        self.train_button.setToolTip(self.tr(
            "Open the Training panel, where dropout, L2 weight decay and the activation are set before training."))
        self.train_button.clicked.connect(lambda: self.state.show_panel.emit("train"))
        rl.addWidget(self.train_button)
        col.addWidget(reg)
        col.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidget(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(180)
        self._notes_scroll = scroll

    def _build_exports(self):
        def action(text, slot):
            return export.make_action(self, text, slot)

        self._exports = [
            action(self.tr("Function plot as PNG…"), lambda: self.export_plot(self.func_plot, "png")),
            action(self.tr("Function plot as SVG…"), lambda: self.export_plot(self.func_plot, "svg")),
            action(self.tr("Softmax bars as PNG…"), lambda: self.export_plot(self.soft_plot, "png")),
            action(self.tr("Gradient flow plot as PNG…"), lambda: self.export_plot(self.flow_plot, "png")),
            action(self.tr("Gradient flow plot as SVG…"), lambda: self.export_plot(self.flow_plot, "svg")),
            action(self.tr("Function values as CSV…"), self.export_function_csv),
            action(self.tr("Gradient norms as CSV…"), self.export_flow_csv),
        ]
        # The same exports on the plots' right-click menus.
        for plot in (self.func_plot, self.soft_plot, self.flow_plot):
            menu = plot.getPlotItem().getViewBox().menu
            menu.addSeparator()
            menu.addAction(action(self.tr("Save this plot as PNG…"), lambda p=plot: self.export_plot(p, "png")))
            menu.addAction(action(self.tr("Save this plot as SVG…"), lambda p=plot: self.export_plot(p, "svg")))

    # --- settings -------------------------------------------------------------------------
    def _restore(self):
        name = _setting("function", "sigmoid", str)
        i = self.func_combo.findData(name if name in act.NAMES else "sigmoid")
        self.func_combo.setCurrentIndex(max(0, i))
        self._name = self.func_combo.currentData()
        self.temp_spin.setValue(_setting("temperature", 1.0, float))
        self.logits_edit.setText(", ".join(f"{v:g}" for v in self._logits))
        self.depth_spin.setValue(_setting("depth", 20, int))
        self.width_spin.setValue(_setting("width", 64, int))
        self.init_combo.setCurrentIndex(max(0, self.init_combo.findData(_setting("init", "auto", str))))
        self.quantity_combo.setCurrentIndex(max(0, self.quantity_combo.findData(_setting("quantity", "act", str))))
        self.x_spin.setValue(_setting("x", 1.0, float))

    def _save(self):
        if self._loading:
            return
        s = QSettings()
        s.setValue("activations/function", self._name)
        for n, a in self._alpha.items():
            s.setValue(f"activations/alpha_{n}", a)
        s.setValue("activations/temperature", self.temp_spin.value())
        s.setValue("activations/logits", ", ".join(f"{v:g}" for v in self._logits))
        s.setValue("activations/depth", self.depth_spin.value())
        s.setValue("activations/width", self.width_spin.value())
        s.setValue("activations/init", self.init_combo.currentData())
        s.setValue("activations/quantity", self.quantity_combo.currentData())
        s.setValue("activations/x", self.x_spin.value())

    # --- public API (tests, screenshot) ---------------------------------------------------------
    @property
    def function_name(self) -> str:
        return self._name

    def set_function(self, name: str) -> None:
        self.func_combo.setCurrentIndex(self.func_combo.findData(name))

    def set_cursor(self, x: float) -> None:
        self.x_spin.setValue(float(x))

    def cursor_values(self) -> tuple[float, float, float]:
        """(x, f(x), f′(x)) at the cursor, as shown in the readout."""
        x = self.x_spin.value()
        f, df = self._evaluate(np.array([x]))
        return x, float(f[0]), float(df[0])

    def probabilities(self) -> np.ndarray:
        return act.softmax(self._logits, self.temp_spin.value())

    def flow(self, name: str | None = None) -> act.GradientFlow:
        return self._flow[name or self._name]

    def prepare_screenshot(self) -> None:
        self.set_function("sigmoid")
        self.set_cursor(1.5)

    # --- reactions ------------------------------------------------------------------------
    def _evaluate(self, x):
        return act.evaluate(self._name, x, alpha=self._alpha.get(self._name),
                            temperature=self.temp_spin.value(), logits=self._logits, k=0)

    def _on_function_changed(self, *_):
        self._name = self.func_combo.currentData()
        has_alpha = self._name in act.DEFAULT_ALPHA
        self.alpha_spin.setEnabled(has_alpha)
        self.alpha_label.setEnabled(has_alpha)
        self.alpha_spin.blockSignals(True)
        self.alpha_spin.setValue(self._alpha.get(self._name, 0.0))
        self.alpha_spin.blockSignals(False)
        self.about_label.setText(explanation(self._name))
        self._update_function_plot()
        self._update_softmax()
        self._update_flow_plot()
        self._save()

    def _on_alpha_changed(self, value):
        if self._name in self._alpha:
            self._alpha[self._name] = float(value)
            self._update_function_plot()
            self._recompute_flow()

    def _on_softmax_changed(self, *_):
        self._update_softmax()
        if self._name == "softmax":
            self._update_function_plot()
        self._save()

    def _on_logits_edited(self, text):
        values = parse_logits(text)
        if values is None:
            self.logits_msg.setText(self.tr(
                "Enter 2 to 10 numbers separated by commas, e.g. 2, 1, 0.1 (the last valid logits are kept)."))
            self.logits_msg.setStyleSheet(f"color: {theme.colors()['negative']};")
            self.logits_msg.show()
            return
        self.logits_msg.hide()
        self._logits = values
        self._on_softmax_changed()

    def _on_mouse(self, evt):
        pos = evt[0]
        vb = self.func_plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(pos):
            return
        x = vb.mapSceneToView(pos).x()
        self.x_spin.setValue(float(np.clip(x, *X_RANGE)))

    def _update_function_plot(self):
        f, df = self._evaluate(self._x)
        self.f_curve.setData(self._x, f)
        self.df_curve.setData(self._x, df)
        pi = self.func_plot.getPlotItem()
        if self._name == "softmax":
            title = self.tr("Softmax: p₁ as z₁ = x varies (T = {0:g})").format(self.temp_spin.value())
        elif self._name in self._alpha:
            title = self.tr("{0} (α = {1:g}) and its derivative").format(display_name(self._name), self._alpha[self._name])
        else:
            title = self.tr("{0} and its derivative").format(display_name(self._name))
        pi.setTitle(title)
        lo = min(float(f.min()), float(df.min()), 0.0)
        hi = max(float(f.max()), float(df.max()), 1.0)
        hi = min(hi, 6.5)
        pad = 0.08 * (hi - lo)
        pi.setYRange(lo - pad, hi + pad, padding=0)
        self._update_cursor()

    def _update_cursor(self, *_):
        x, f, df = self.cursor_values()
        self.cursor_line.setValue(x)
        c = theme.colors()
        self.cursor_pts.setData([x, x], [f, df], brush=[pg.mkBrush(c["accent"]), pg.mkBrush(c["accent2"])],
                                pen=pg.mkPen(c["bg"], width=1.5))
        self.readout.setText(self.tr("x = {0}    f(x) = {1}    f′(x) = {2}").format(_fmt(x), _fmt(f), _fmt(df)))
        self._save()

    def _update_softmax(self):
        n = len(self._logits)
        idx = np.arange(1, n + 1)
        p = self.probabilities()
        p1 = act.softmax(self._logits, 1.0)
        c = theme.colors()
        self.bars_ref.setOpts(x=idx, height=p1, width=0.8, brush=pg.mkBrush(None), pen=pg.mkPen(c["muted"], width=1.5,
                              style=Qt.DashLine))
        self.bars.setOpts(x=idx, height=p, width=0.55, brush=pg.mkBrush(c["accent"]), pen=pg.mkPen(c["accent"]))
        for i, t in enumerate(self.bar_texts):
            if i < n:
                t.setText(f"{p[i]:.2f}", color=c["fg"])
                t.setPos(idx[i], min(p[i], 0.97) + 0.01)
                t.show()
            else:
                t.hide()
        spi = self.soft_plot.getPlotItem()
        spi.setXRange(0.4, n + 0.6, padding=0)
        ax = spi.getAxis("bottom")
        ax.setTicks([[(i, f"{i}\nz={v:g}") for i, v in zip(idx, self._logits)]])
        spi.setTitle(self.tr("Softmax of the logits (T = {0:g})").format(self.temp_spin.value()))

    def _recompute_flow(self, *_):
        kw = dict(depth=self.depth_spin.value(), width=self.width_spin.value(), batch=64,
                  init=self.init_combo.currentData(), seed=self.seed_spin.value())
        for n in act.ELEMENTWISE:
            self._flow[n] = act.gradient_flow(n, alpha=self._alpha.get(n), **kw)
        self._update_flow_plot()
        self._save()

    def _update_flow_plot(self, *_):
        if not self._flow:
            return
        quantity = self.quantity_combo.currentData()
        c = theme.colors()
        for i, (n, curve) in enumerate(self.flow_curves.items()):
            g = self._flow[n]
            y = g.act_grad_norm if quantity == "act" else g.weight_grad_norm
            y = np.maximum(y, 1e-30)
            sel = n == self._name
            color = c["series"][i]
            curve.setData(g.layers, y)
            curve.setPen(pg.mkPen(color, width=3.5 if sel else 1.3))
            curve.setSymbolBrush(pg.mkBrush(color))
            curve.setSymbolPen(pg.mkPen(color))
            curve.setSymbolSize(7 if sel else 4)
            curve.setZValue(10 if sel else 0)
        if self._name == "softmax":
            self.flow_summary.setText(self.tr(
                "Softmax belongs to the output layer, so the stack compares the hidden-layer activations."))
            return
        g = self._flow[self._name]
        y = g.act_grad_norm if quantity == "act" else g.weight_grad_norm
        ratio = float(y[0] / y[-1]) if y[-1] > 0 else float("nan")
        init = {"xavier": self.tr("Xavier"), "kaiming": self.tr("Kaiming")}[act.resolve_init(g.init, self._name)]
        self.flow_summary.setText(self.tr(
            "{0} with {1} initialisation: the gradient at layer 1 is {2} × the gradient at layer {3}.").format(
            display_name(self._name), init, f"{ratio:.3g}", g.layers[-1]))
        self._save()

    def _apply_colors(self, *_):
        c = theme.colors()
        self.f_curve.setPen(pg.mkPen(c["accent"], width=2.5))
        self.df_curve.setPen(pg.mkPen(c["accent2"], width=2, style=Qt.DashLine))
        self.cursor_line.setPen(pg.mkPen(c["highlight"], width=1.5))
        for line in (self.zero_h, self.zero_v):
            line.setPen(pg.mkPen(c["grid"], width=1))
        self.logits_msg.setStyleSheet(f"color: {c['negative']};")
        if self._flow:
            self._update_softmax()
            self._update_flow_plot()
            self._update_cursor()

    # --- export ---------------------------------------------------------------------------
    def export_actions(self) -> list:
        return list(self._exports)

    def export_plot(self, plot, fmt: str, path: str | None = None) -> str | None:
        """Save ``plot`` as PNG or SVG (asks for the file when ``path`` is None)."""
        path = path or export.ask_save_path(self, self.tr("Save plot"), f"activations.{fmt}", fmt)
        if not path:
            return None
        return self._saved(path, lambda: export.save_plot(plot, path, fmt))

    def _saved(self, path, write) -> str | None:
        try:
            write()
        except OSError as e:
            self.state.message(self.tr("Could not save {0}: {1}").format(path, e))
            return None
        self.state.message(self.tr("Saved {0}").format(path))
        return path

    def export_function_csv(self, path: str | None = None) -> str | None:
        path = path or export.ask_save_path(self, self.tr("Save function values"), "activation.csv", "csv")
        if not path:
            return None
        f, df = self._evaluate(self._x)
        return self._saved(path, lambda: export.write_csv(path, ["x", "f", "df"], zip(self._x, f, df)))

    def export_flow_csv(self, path: str | None = None) -> str | None:
        path = path or export.ask_save_path(self, self.tr("Save gradient norms"), "gradient_flow.csv", "csv")
        if not path:
            return None
        header = ["layer"] + [f"{n}_dL_dh" for n in act.ELEMENTWISE] + [f"{n}_dL_dW" for n in act.ELEMENTWISE]
        layers = self._flow[act.ELEMENTWISE[0]].layers
        rows = []
        for i, layer in enumerate(layers):
            rows.append([int(layer)] + [self._flow[n].act_grad_norm[i] for n in act.ELEMENTWISE]
                        + [self._flow[n].weight_grad_norm[i] for n in act.ELEMENTWISE])
        return self._saved(path, lambda: export.write_csv(path, header, rows))
