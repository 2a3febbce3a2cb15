"""The views of the RNN cells panel, made once and fed from the session's trace:

- :class:`HeatmapView`: one units × steps heatmap per series (the gates, c, h) that fills
  as the player moves, each with the current step's values as bars beside it; a click on
  a cell picks that unit and step (``picked(unit, step)``);
- :class:`InputView`: the digit (or drawing) with the row being read, or the 1-D signal
  with the current step;
- :class:`PredictionView`: the model's class probabilities after the last row and, light,
  after the current row.

Sizes follow the zoom (``dlviz.ui.zoom``): fonts, axis widths, lines, markers and the
views' minimum heights are their sizes at 100 % times the zoom.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QLabel, QStackedWidget, QVBoxLayout, QWidget

from dlviz.core.rnn import GATES
from dlviz.ui import theme, zoom
from dlviz.ui.colormaps import darker, rgba_table

COLORS = {
    "i": "#2ca02c", "f": "#d62728", "g": "#9467bd", "o": "#ff7f0e",
    "r": "#d62728", "z": "#2ca02c", "n": "#9467bd",
    "pre": "#7f7f7f", "c": "#8c564b", "h": "#1f77b4",
    "dh": "#1f77b4", "dc": "#8c564b",  # the gradients on h and c (the BPTT view)
}
SIGMOID_GATES = ("i", "f", "o", "r", "z")
ROW_HIGHLIGHT = "#f28e2b"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RnnPanel", text)


DIVERGING = rgba_table([(0.0, "#2166ac"), (0.25, "#92c5de"), (0.5, "#ffffff"), (0.75, "#f4a582"), (1.0, "#b2182b")])


def series_names(kind: str) -> list[str]:
    """The series a cell kind shows, in order: its gates, then c (LSTM) and h."""
    return [*GATES[kind], *(["c"] if kind == "lstm" else []), "h"]


def small_font(points: float = 7) -> QFont:
    """A small font of ``points`` at 100 % (times the zoom)."""
    # QFont("", n) (an empty family name) crashes PySide6 6.11 while painting axes.
    font = QFont()
    font.setPointSizeF(points * zoom.zoom())
    return font


def panel_colors() -> dict:
    """The theme's colours plus this panel's own: ``blank`` for steps not computed yet,
    ``note`` for the remark under the equations, ``axis`` for axis lines."""
    c = dict(theme.colors())
    dark = QColor(c["bg"]).lightness() < 128
    c["blank"] = "#2c2f35" if dark else "#f1f2f4"
    c["note"] = "#f0b860" if dark else "#8a5a00"
    c["axis"] = "#6b7078" if dark else "#9aa0a6"
    return c


def style_axes(plot: pg.PlotItem, c: dict) -> None:
    for ax in ("left", "bottom"):
        a = plot.getAxis(ax)
        a.setPen(zoom.pen(c["axis"]))
        a.setTextPen(pg.mkPen(c["fg"]))


def gate_lut(color: str) -> np.ndarray:
    """White (gate closed, 0) → the gate's colour (open, 1)."""
    return rgba_table([(0.0, "#ffffff"), (0.6, color), (1.0, darker(color))])


def nice_tick(m: float) -> float:
    """A round number at most 0.8·m (so its tick label fits inside the axis)."""
    if m <= 0:
        return 1.0
    top = 10.0 ** np.floor(np.log10(m))
    for e in (top, top / 10):
        for f in (5, 2.5, 2, 1):
            if f * e <= 0.8 * m:
                return float(f * e)
    return float(top / 10)


def levels_for(name: str, values: np.ndarray, relu: bool):
    """(lut, colour levels, bar x-limits) of a series. Sigmoid gates: 0 … 1; tanh outputs:
    −1 … 1; unbounded series (c, a pre-activation, ReLU h): colours from the 99th
    percentile of |v| so a few large values do not wash out the rest, bars over the full
    range."""
    if name in SIGMOID_GATES:
        return gate_lut(COLORS[name]), (0.0, 1.0), (0.0, 1.0)
    if name in ("g", "n") or (name == "h" and not relu):
        return DIVERGING, (-1.0, 1.0), (-1.0, 1.0)
    a = np.abs(values)
    full = max(float(a.max()), 1e-6)
    m = min(full, max(float(np.percentile(a, 99)), 1e-6))
    if name == "h":  # ReLU: non-negative
        return gate_lut(COLORS["h"]), (0.0, m), (0.0, full)
    return DIVERGING, (-m, m), (-full, full)


def _still(plot: pg.PlotItem) -> None:
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()


class SeriesView:
    """One series (a gate, c or h): a units × steps heatmap and the current step's bars,
    sharing the unit axis. Items are made once and updated. The steps not reached yet are
    blank: those after the current step, or (``backward``: a backward pass, which goes from
    the last step to the first) those before it."""

    backward = False

    def __init__(self, layout: pg.GraphicsLayout, row: int, col: int, name: str):
        self.name = name
        self.heat = layout.addPlot(row=row, col=2 * col)
        self.bars_plot = layout.addPlot(row=row, col=2 * col + 1)
        self.bars_plot.setYLink(self.heat)
        for p in (self.heat, self.bars_plot):
            p.invertY(True)
            _still(p)
            for ax in ("left", "bottom"):
                p.getAxis(ax).setStyle(tickFont=small_font(), tickTextOffset=2)
        self.heat.getAxis("left").setWidth(zoom.scaled(26))
        self.heat.getAxis("bottom").setHeight(zoom.scaled(18))
        self.bars_plot.getAxis("bottom").setHeight(zoom.scaled(18))
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
        self.bars = pg.BarGraphItem(x0=[0], y=[0], height=0.8, width=[0], brush=QColor(COLORS[name]),
                                    pen=pg.mkPen(None))
        self.bars_plot.addItem(self.bars)
        self.zero = pg.InfiniteLine(pos=0, angle=90, movable=False)
        self.bars_plot.addItem(self.zero, ignoreBounds=True)
        self.values = None
        self.colors = None

    def apply_colors(self, c: dict) -> None:
        if self.colors == c:
            return
        self.colors = c
        for p in (self.heat, self.bars_plot):
            style_axes(p, c)
        self.future.setBrush(QBrush(QColor(c["blank"])))
        pen = QPen(QColor(c["fg"]))
        pen.setCosmetic(True)
        pen.setWidthF(zoom.scaledf(1.5))
        self.cursor.setPen(pen)
        for line in self.unit_lines:
            line.setPen(zoom.pen(c["fg"], width=1, style=Qt.DotLine))
        self.zero.setPen(zoom.pen(c["axis"]))

    def set_series(self, values: np.ndarray, lut: np.ndarray, levels, xlim) -> None:
        """A new trace: values (T, H) drawn as an (H, T) image with fixed levels."""
        self.values = values
        steps, units = values.shape
        lo, hi = levels
        idx = np.clip((values.T - lo) / ((hi - lo) or 1.0) * 255, 0, 255).astype(np.uint8)
        self.image.setImage(np.ascontiguousarray(lut[idx]), autoLevels=False)
        self.image.setRect(QRectF(0.5, -0.5, steps, units))
        self.heat.setXRange(0.5, steps + 0.5, padding=0)
        self.heat.setYRange(-0.5, units - 0.5, padding=0)
        self.bars_plot.setXRange(*xlim, padding=0.04)
        lo, hi = xlim
        if lo < 0 < hi:
            step = nice_tick(hi)
            ticks = [(-step, f"{-step:g}"), (step, f"{step:g}")]  # the zero line is drawn
        elif lo == 0 and hi == 1:
            ticks = [(0.0, "0"), (0.5, "0.5"), (1.0, "1")]
        else:
            ticks = [(lo, f"{lo:g}"), (nice_tick(hi), f"{nice_tick(hi):g}")]
        self.bars_plot.getAxis("bottom").setTicks([[(v, t.replace("-", "−")) for v, t in ticks]])
        self.zero.setVisible(xlim[0] < 0)

    def show_step(self, t: int, unit: int) -> None:
        if self.values is None:
            return
        steps, units = self.values.shape
        t = min(max(0, t), steps - 1)
        if self.backward:
            self.future.setRect(QRectF(0.5, -0.5, t, units))
            self.future.setVisible(t > 0)
        else:
            self.future.setRect(QRectF(t + 1.5, -0.5, steps - t - 1, units))
            self.future.setVisible(t < steps - 1)
        self.cursor.setRect(QRectF(t + 0.5, -0.5, 1, units))
        v = self.values[t]
        self.bars.setOpts(x0=np.minimum(v, 0), y=np.arange(units), width=np.abs(v), height=0.8)
        for line in self.unit_lines:
            line.setPos(unit)


class HeatmapView(pg.GraphicsLayoutWidget):
    """Every series of a trace as a heatmap with bars (see the module docstring). One
    layout per set of series, made the first time it is needed and reused (switching
    cells swaps layouts; no plot item is ever made again)."""

    picked = Signal(int, int)  # unit, step (from 0)
    series_class = SeriesView

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("heatmaps")
        self.layouts: dict[tuple, tuple] = {}
        self.views: dict[str, SeriesView] = {}
        self._least_width: int | None = None  # the minimum width the panel set (see _fit_width)
        self.trace = None
        self.setToolTip(_tr(
            "Each gate over time: rows are units, columns are steps; the outlined column is the "
            "current step, the bars beside it its values. Click a cell to pick that unit and step."))
        self.scene().sigMouseClicked.connect(self._on_click)

    def title(self, name: str, c: dict, levels=None) -> str:
        names = {
            "i": _tr("input gate"), "f": _tr("forget gate"), "g": _tr("candidate"),
            "o": _tr("output gate"), "r": _tr("reset gate"), "z": _tr("update gate"),
            "n": _tr("candidate"), "pre": _tr("pre-activation"), "c": _tr("cell state"),
            "h": _tr("hidden state"),
        }
        sym = "a" if name == "pre" else name
        text = (f"<span style='color:{COLORS[name]}; font-weight:bold'>{sym}</span>"
                f"<span style='color:{c['fg']}'>&nbsp;{names[name]}</span>")
        if levels is not None:
            text += (f"<span style='color:{c['muted']}; font-size:{8 * zoom.zoom():.3g}pt'>&nbsp;&nbsp;"
                     f"{levels[0]:.3g} … {levels[1]:.3g}</span>")
        return text

    def columns(self, count: int) -> int:
        """How many series side by side."""
        return 3 if count > 4 else min(2, count)

    def _layout_for(self, names: list[str]):
        key = tuple(names)
        if key not in self.layouts:
            layout = pg.GraphicsLayout()
            layout.setContentsMargins(2, 2, 2, 2)
            layout.setSpacing(2)
            ncols = self.columns(len(names))
            views = {name: self.series_class(layout, k // ncols, k % ncols, name) for k, name in enumerate(names)}
            for k in range(0, len(names), ncols):
                views[names[k]].heat.setLabel("left", _tr("unit"))
            for view in views.values():
                view.heat.getAxis("left").label.setFont(small_font())
            self.layouts[key] = (layout, views)
        return self.layouts[key]

    def show_trace(self, tr, c: dict) -> None:
        self.trace = tr
        self.setBackground(c["bg"])
        series = tr.series()
        layout, views = self._layout_for(list(series))
        if self.centralWidget is not layout:
            self.setCentralItem(layout)
        self.views = views
        relu = tr.kind == "rnn" and tr.nonlinearity == "relu"
        for name, values in series.items():
            lut, levels, xlim = levels_for(name, values, relu)
            view = views[name]
            view.apply_colors(c)
            view.set_series(values, lut, levels, xlim)
            zoom.title(view.heat, self.title(name, c, levels))
        self.set_step_labels(None)
        self._fit_width(layout)

    def set_step_labels(self, labels: list[str] | None, backward: bool = False) -> None:
        """The tokens under every time axis (``None``: the step numbers), at most about 30
        (every k-th); ``backward``: the steps are computed from the last one down (the steps
        before the current one are not reached yet)."""
        self._step_labels = labels
        ticks = None
        if labels is not None:
            # as many labels as fit under one heatmap (about 3/4 of its column), at most 30
            ncols = self.columns(len(self.views)) if self.views else 1
            room = max(1, int(self.width() / ncols * 0.7 / zoom.scaled(14)))
            k = max(1, int(np.ceil(len(labels) / min(30, room))))
            ticks = [[(t + 1, labels[t] if labels[t].strip() else "␣") for t in range(0, len(labels), k)]]
        for view in self.views.values():
            view.backward = backward
            view.heat.getAxis("bottom").setTicks(ticks)

    def _fit_width(self, layout) -> None:
        """At least as wide as the plots' layout needs (their titles, axes and bars), never
        less than the width the panel gave: a narrower view cut off its last column (Chinese
        titles at 200 %)."""
        if self._least_width is None:
            self._least_width = self.minimumWidth()
        need = int(np.ceil(layout.effectiveSizeHint(Qt.MinimumSize).width())) + 2 * self.frameWidth()
        self.setMinimumWidth(max(self._least_width, need))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)  # (pyqtgraph calls it with None too)
        labels = getattr(self, "_step_labels", None)
        if labels is not None and (event is None or event.oldSize().width() != event.size().width()):
            self.set_step_labels(labels, any(v.backward for v in self.views.values()))

    def show_step(self, t: int, unit: int) -> None:
        for view in self.views.values():
            view.show_step(t, unit)

    def _on_click(self, event) -> None:
        tr = self.trace
        if tr is None or event.button() != Qt.LeftButton:
            return
        pos = event.scenePos()
        for view in self.views.values():
            if view.heat.vb.sceneBoundingRect().contains(pos):
                p = view.heat.vb.mapSceneToView(pos)
                unit, step = int(round(p.y())), int(round(p.x())) - 1
                if 0 <= unit < tr.hidden_size and 0 <= step < tr.steps:
                    self.picked.emit(unit, step)
                return


class InputView(QStackedWidget):
    """The input: page 0 the 28×28 image with the row being read, page 1 the 1-D signal."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("input_view")
        self.digit_view = pg.PlotWidget()
        self.digit_view.setToolTip(_tr(
            "The input: the highlighted row is the one the cell reads at the current step."))
        dp = self.digit_view.getPlotItem()
        dp.hideAxis("left")
        dp.hideAxis("bottom")
        dp.invertY(True)
        dp.setAspectLocked(True)
        _still(dp)
        self.digit_image = pg.ImageItem()
        dp.addItem(self.digit_image)
        self.row_rect = QGraphicsRectItem()
        pen = QPen(QColor(ROW_HIGHLIGHT))
        pen.setCosmetic(True)
        pen.setWidthF(zoom.scaledf(2.0))
        self.row_rect.setPen(pen)
        fill = QColor(ROW_HIGHLIGHT)
        fill.setAlpha(70)
        self.row_rect.setBrush(QBrush(fill))
        dp.addItem(self.row_rect)
        dp.setRange(xRange=(0, 28), yRange=(0, 28), padding=0.02)
        self.addWidget(self.digit_view)

        self.signal_view = pg.PlotWidget()
        self.signal_view.setToolTip(_tr("The 1-D input signal; the marker is the current step."))
        sp = self.signal_view.getPlotItem()
        _still(sp)
        sp.setLabel("bottom", _tr("step"))
        self.signal_curve = sp.plot(pen=zoom.pen("#1f77b4", width=2))
        self.signal_dot = pg.ScatterPlotItem(size=zoom.scaledf(10), brush=pg.mkBrush(ROW_HIGHLIGHT), pen=pg.mkPen(None))
        sp.addItem(self.signal_dot)
        self.signal_line = pg.InfiniteLine(angle=90, movable=False, pen=zoom.pen(ROW_HIGHLIGHT, width=1.5))
        sp.addItem(self.signal_line, ignoreBounds=True)
        self.addWidget(self.signal_view)
        self.setMinimumHeight(zoom.scaled(140))
        self._x = None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(zoom.scaled(260), zoom.scaled(200))

    def apply_colors(self, c: dict) -> None:
        for view in (self.digit_view, self.signal_view):
            view.setBackground(c["bg"])
        style_axes(self.signal_view.getPlotItem(), c)

    def show_input(self, tr, image) -> None:
        if image is not None:
            self.setCurrentIndex(0)
            self.digit_image.setImage(1.0 - image, autoLevels=False, levels=(0.0, 1.0))
            self.digit_image.setRect(QRectF(0, 0, 28, 28))
            self._x = None
        else:
            self.setCurrentIndex(1)
            self._x = tr.x[:, 0]
            self.signal_curve.setData(np.arange(1, tr.steps + 1), self._x)
            sp = self.signal_view.getPlotItem()
            sp.setXRange(0.5, tr.steps + 0.5, padding=0)
            sp.setYRange(float(self._x.min()) - 0.15, float(self._x.max()) + 0.15, padding=0)

    def show_step(self, t: int) -> None:
        if self.currentIndex() == 0:
            self.row_rect.setRect(QRectF(0, t, 28, 1))
        elif self._x is not None:
            self.signal_dot.setData([t + 1], [float(self._x[t])])
            self.signal_line.setPos(t + 1)


class PredictionView(QWidget):
    """The label (the answer, or why there is none) and the probability bars."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("prediction")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        lay.addWidget(self.label)
        self.plot = pg.PlotWidget()
        self.plot.setToolTip(_tr(
            "Class probabilities: softmax of the model's linear layer on the hidden state. Solid: "
            "after the last row (the model's answer); light: if the sequence ended at the current row."))
        pp = self.plot.getPlotItem()
        _still(pp)
        pp.setYRange(0, 1, padding=0.02)
        pp.setXRange(-0.6, 9.6, padding=0)
        pp.getAxis("bottom").setTicks([[(k, str(k)) for k in range(10)]])
        pp.getAxis("left").setTicks([[(0, "0"), (0.5, "0.5"), (1, "1")]])
        pp.getAxis("left").setWidth(zoom.scaled(24))
        self.now = pg.BarGraphItem(x=np.arange(10) - 0.18, height=np.zeros(10), width=0.34,
                                   brush=QColor("#c6dbef"), pen=pg.mkPen(None))
        self.final = pg.BarGraphItem(x=np.arange(10) + 0.18, height=np.zeros(10), width=0.34,
                                     brush=QColor("#1f77b4"), pen=pg.mkPen(None))
        pp.addItem(self.now)
        pp.addItem(self.final)
        self.plot.setFixedHeight(zoom.scaled(100))
        lay.addWidget(self.plot)

    def apply_colors(self, c: dict) -> None:
        self.plot.setBackground(c["bg"])
        style_axes(self.plot.getPlotItem(), c)
