"""The Activations panel's plots, made once per build and fed from the state and session:

- :class:`FunctionView`: f(x) and f′(x) with the cursor and the readout of x, f(x), f′(x);
  moving the mouse over the plot sets the state's x;
- :class:`SoftmaxView`: the probabilities of the logits at temperature T (outlines: T = 1);
- :class:`FlowView`: the gradient norm at every layer of the deep stack (log scale) for the
  compared activations, the current one drawn thick, and a sentence about it.

Sizes follow the zoom (``dlviz.ui.zoom``): titles, legends, the readout's font, lines,
markers and minimum sizes are the sizes at 100 % times the zoom.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QGraphicsTextItem, QLabel, QSizePolicy, QVBoxLayout, QWidget

from dlviz.core import activations as act
from dlviz.ui import fmt, theme, zoom
from dlviz.ui.i18n import tr_n
from dlviz.ui.widgets.basics import wrap_label

from .state import FUNCTION_NAMES, MAX_LOGITS, X_RANGE

TITLE_POINTS = 10.0  # (sizes at 100 %, times the zoom)
LEGEND_POINTS = 8.0
# Narrowest widths at which a plot's title, axes and ticks still fit (pyqtgraph does not
# shrink a plot below its title's width: a narrower pane would cut the plot off).
SOFTMAX_MIN_WIDTH = 170
FLOW_MIN_WIDTH = 220
FUNCTION_MIN_WIDTH = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActivationsPanel", text)


def display_name(name: str) -> str:
    return tr_n(FUNCTION_NAMES[name])


def _wrapping_label(parent, tip: str) -> QLabel:
    label = wrap_label(parent, tip=tip, selectable=True, fit_height=True)
    label.setMinimumWidth(zoom.scaled(60))
    return label


def _plot(parent, tip: str, min_width: int) -> pg.PlotWidget:
    plot = pg.PlotWidget(parent)
    plot.setToolTip(tip)
    plot.setMinimumSize(zoom.scaled(min_width), zoom.scaled(150))
    plot.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
    return plot


class FunctionView(QWidget):
    def __init__(self, state, session, parent=None):
        super().__init__(parent)
        self.state, self.session = state, session
        self.plot = _plot(self, _tr("The activation f(x) and its derivative f′(x); move the mouse to read values."),
                          FUNCTION_MIN_WIDTH)
        pi = self.plot.getPlotItem()
        pi.showGrid(x=True, y=True, alpha=0.25)
        pi.setLabel("bottom", "x")
        self.legend = zoom.legend(pi, offset=(10, 10))
        self.zero_h = pg.InfiniteLine(0, angle=0, movable=False)
        self.zero_v = pg.InfiniteLine(0, angle=90, movable=False)
        pi.addItem(self.zero_h)
        pi.addItem(self.zero_v)
        xs = session.xs
        self.f_curve = pi.plot(xs, np.zeros_like(xs), name="f(x)")
        self.df_curve = pi.plot(xs, np.zeros_like(xs), name="f′(x)")
        self.cursor_line = pg.InfiniteLine(state.x, angle=90, movable=False)
        pi.addItem(self.cursor_line)
        self.cursor_pts = pg.ScatterPlotItem(size=zoom.scaledf(10))
        pi.addItem(self.cursor_pts)
        pi.setXRange(*X_RANGE, padding=0.01)
        self._mouse = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=60, slot=self._on_mouse)

        self.readout = _wrapping_label(self, _tr("The exact values at the cursor, computed by dlviz's numpy core."))
        mono = QFontDatabase.systemFont(QFontDatabase.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10.5) * zoom.zoom())  # (not the application font)
        self.readout.setFont(mono)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.plot, 1)
        lay.addWidget(self.readout)

    def _on_mouse(self, evt) -> None:
        pos = evt[0]
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(pos):
            return
        x = float(np.clip(vb.mapSceneToView(pos).x(), *X_RANGE))
        self.state.set("x", round(x, self.state.field("x").decimals))

    def redraw(self) -> None:
        s = self.state
        xs, f, df = self.session.curve()
        self.f_curve.setData(xs, f)
        self.df_curve.setData(xs, df)
        pi = self.plot.getPlotItem()
        name = s.function
        if name == "softmax":
            title = _tr("Softmax: p₁ as z₁ = x varies (T = {0:g})").format(s.temperature)
        elif s.alpha(name) is not None:
            title = _tr("{0} (α = {1:g}) and its derivative").format(display_name(name), s.alpha(name))
        else:
            title = _tr("{0} and its derivative").format(display_name(name))
        zoom.title(pi, title, TITLE_POINTS)
        lo = min(float(f.min()), float(df.min()), 0.0)
        hi = min(max(float(f.max()), float(df.max()), 1.0), 6.5)
        pad = 0.08 * (hi - lo)
        pi.setYRange(lo - pad, hi + pad, padding=0)
        self.redraw_cursor()

    def redraw_cursor(self) -> None:
        x, f, df = self.session.cursor_values()
        self.cursor_line.setValue(x)
        c = theme.colors()
        self.cursor_pts.setData([x, x], [f, df], brush=[pg.mkBrush(c["accent"]), pg.mkBrush(c["accent2"])],
                                pen=zoom.pen(c["bg"], width=1.5))
        self.readout.setText(_tr("x = {0}    f(x) = {1}    f′(x) = {2}").format(
            fmt.number(x, 4), fmt.number(f, 4), fmt.number(df, 4)))

    def apply_colors(self) -> None:
        c = theme.colors()
        self.f_curve.setPen(zoom.pen(c["accent"], width=2.5))
        self.df_curve.setPen(zoom.pen(c["accent2"], width=2, style=Qt.DashLine))
        self.cursor_line.setPen(zoom.pen(c["highlight"], width=1.5))
        for line in (self.zero_h, self.zero_v):
            line.setPen(zoom.pen(c["grid"], width=1))
        self.redraw_cursor()


class SoftmaxView(pg.PlotWidget):
    def __init__(self, state, session, parent=None):
        super().__init__(parent)
        self.state, self.session = state, session
        self.setToolTip(_tr("Softmax probabilities of the logits at temperature T (outlines: T = 1)."))
        self.setMinimumSize(zoom.scaled(SOFTMAX_MIN_WIDTH), zoom.scaled(150))
        pi = self.getPlotItem()
        # (HTML subscripts: the font's "ᵢ" is a tiny glyph, clipped at the axis label's edge)
        pi.setLabel("bottom", _tr("logit z<sub>i</sub>"))
        pi.setLabel("left", _tr("probability p<sub>i</sub>"))
        pi.showGrid(y=True, alpha=0.25)
        pi.setYRange(0, 1.05, padding=0)
        pi.setMouseEnabled(x=False, y=False)
        pi.enableAutoRange(False)
        self.bars_ref = pg.BarGraphItem(x=[0], height=[0], width=0.8)
        self.bars = pg.BarGraphItem(x=[0], height=[0], width=0.55)
        pi.addItem(self.bars_ref)
        pi.addItem(self.bars)
        self.texts = []
        for _ in range(MAX_LOGITS):
            t = pg.TextItem(anchor=(0.5, 1.0))
            t.hide()
            pi.addItem(t)
            self.texts.append(t)

    def redraw(self) -> None:
        logits = self.state.logit_values()
        n = len(logits)
        idx = np.arange(1, n + 1)
        p = self.session.probabilities()
        p1 = self.session.probabilities(1.0)
        c = theme.colors()
        self.bars_ref.setOpts(x=idx, height=p1, width=0.8, brush=pg.mkBrush(None),
                              pen=zoom.pen(c["muted"], width=1.5, style=Qt.DashLine))
        self.bars.setOpts(x=idx, height=p, width=0.55, brush=pg.mkBrush(c["accent"]), pen=zoom.pen(c["accent"]))
        for i, t in enumerate(self.texts):
            if i < n:
                t.setText(f"{p[i]:.2f}", color=c["fg"])
                t.setPos(idx[i], min(p[i], 0.97) + 0.01)
                t.show()
            else:
                t.hide()
        pi = self.getPlotItem()
        pi.setXRange(0.4, n + 0.6, padding=0)
        pi.getAxis("bottom").setTicks([[(i, fmt.short(v, 3)) for i, v in zip(idx, logits)]])
        zoom.title(pi, _tr("Softmax (T = {0:g})").format(self.state.temperature), TITLE_POINTS)


class FlowLegend(pg.GraphicsWidget):
    """The legend of the gradient-flow plot, under the plot (inside, it would cover a curve:
    the sigmoid's line crosses the whole plot): a line of coloured samples and names that
    wraps to the plot's width, the current function in bold. Part of the plot, so exported
    with it. ``items``: the names shown; ``current``: the one in bold."""

    def __init__(self, parent=None, on_height=None):
        super().__init__(parent)
        self.items: list[str] = []
        self.current: str | None = None
        self.on_height = on_height  # called with the legend's height when its lines change
        self.text = QGraphicsTextItem(self)
        self.text.document().setDocumentMargin(2)
        font = QFont(self.text.font())
        font.setPointSizeF(LEGEND_POINTS * zoom.zoom())
        self.text.setFont(font)
        self.setMinimumWidth(20)
        one_line = float(np.ceil(self.text.boundingRect().height()))
        self.setMinimumHeight(one_line)
        self.setMaximumHeight(one_line)

    def set_entries(self, entries, fg: str) -> None:
        """``entries``: (name, colour, current) for each curve shown."""
        self.items = [name for name, _color, _current in entries]
        self.current = next((name for name, _color, current in entries if current), None)
        parts = []
        for name, color, current in entries:
            weight = "font-weight:600;" if current else ""
            label = html.escape(name).replace(" ", "&nbsp;")
            parts.append(f"<span style='color:{color}; {weight}'>━━</span>&nbsp;"
                         f"<span style='color:{fg}; {weight}'>{label}</span>")
        self.text.setHtml("&nbsp;&nbsp; ".join(parts))  # breaks only between the entries
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.size().width()
        if width < 120:  # not laid out yet: a word a line would make the plot far too tall
            return
        self.text.setTextWidth(width)
        h = float(np.ceil(self.text.boundingRect().height()))
        if abs(self.minimumHeight() - h) > 0.5:
            self.setMinimumHeight(h)
            self.setMaximumHeight(h)
            if self.on_height is not None:
                self.on_height(h)


class FlowView(QWidget):
    def __init__(self, state, session, parent=None):
        super().__init__(parent)
        self.state, self.session = state, session
        self.plot = _plot(self, _tr(
            "Gradient norm at each layer of a deep stack at initialisation (log scale); layer 1 is next to the input."), FLOW_MIN_WIDTH)
        pi = self.plot.getPlotItem()
        zoom.title(pi, _tr("Gradient flow through depth"), TITLE_POINTS)
        pi.setLabel("bottom", _tr("layer (1 = next to the input)"))
        left = _tr("gradient norm (log scale)")
        pi.setLabel("left", left)
        # the axis label is written upwards, centred on the plot: never cut, the plot is at least
        # as high as the label is long plus the legend's lines under it (Chinese at a large zoom)
        fm = QFontMetrics(pi.getAxis("left").label.font())
        self._least = self.plot.minimumHeight()
        self._label_need = fm.horizontalAdvance(left) + int(1.5 * fm.lineSpacing())
        self._legend_height(fm.lineSpacing())
        pi.setLogMode(y=True)
        pi.showGrid(x=True, y=True, alpha=0.25)
        self.legend = FlowLegend(pi, on_height=self._legend_height)
        pi.layout.addItem(self.legend, 4, 1)
        pi.layout.setRowStretchFactor(4, 0)
        self.curves = {n: pi.plot([1], [1], symbol="o", symbolSize=zoom.scaledf(4)) for n in act.ELEMENTWISE}
        self.summary = _wrapping_label(self, _tr(
            "How much the gradient shrinks or grows from the last layer back to the first."))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.plot, 1)
        lay.addWidget(self.summary)

    def _legend_height(self, height: float) -> None:
        """The plot is at least as high as its upright axis label is long, plus the legend's
        lines under it (they wrap to the plot's width: two lines in Chinese at a large zoom,
        which would otherwise run over the summary under the plot)."""
        self.plot.setMinimumHeight(max(self._least, self._label_need + int(np.ceil(height))))

    def redraw(self) -> None:
        s = self.state
        c = theme.colors()
        shown = set(s.compare)
        entries = []
        for i, (n, curve) in enumerate(self.curves.items()):
            visible = n in shown
            curve.setVisible(visible)
            if not visible:
                continue
            g = self.session.flow(n)
            y = np.maximum(self.session.norms(n), 1e-30)
            sel = n == s.function
            color = c["series"][i]
            entries.append((display_name(n), color, sel))
            curve.setData(g.layers, y)
            curve.setPen(zoom.pen(color, width=3.5 if sel else 1.3))
            curve.setSymbolBrush(pg.mkBrush(color))
            curve.setSymbolPen(zoom.pen(color))
            curve.setSymbolSize(zoom.scaledf(7 if sel else 4))
            curve.setZValue(10 if sel else 0)
        self.legend.set_entries(entries, c["fg"])
        if s.function == "softmax":
            self.summary.setText(_tr(
                "Softmax belongs to the output layer, so the stack compares the hidden-layer activations."))
            return
        g = self.session.flow(s.function)
        y = self.session.norms(s.function)
        ratio = float(y[0] / y[-1]) if y[-1] > 0 else float("nan")
        init = {"xavier": _tr("Xavier"), "kaiming": _tr("Kaiming")}[act.resolve_init(g.init, s.function)]
        self.summary.setText(_tr(
            "{0} with {1} initialisation: the gradient at layer 1 is {2} × the gradient at layer {3}.").format(
            display_name(s.function), init, f"{ratio:.3g}", g.layers[-1]))

    def apply_colors(self) -> None:
        pass  # the legend's colours are set with its entries (``redraw``)
