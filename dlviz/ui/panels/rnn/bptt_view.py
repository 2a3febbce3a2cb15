"""The views of the RNN panel's backpropagation-through-time mode, fed from
``backward.BpttResult`` (numbers from ``dlviz.core.bptt``):

- :class:`GradientHeatmaps`: ∂L/∂hₜ (and an LSTM's ∂L/∂cₜ) as units × steps heatmaps that
  fill from the last step back to the first as the player goes backwards, with the current
  step's values as bars; a click picks a unit and step;
- :class:`NormsPlot`: ‖∂L/∂hₜ‖ per step on a log scale for a simple RNN, a GRU and an LSTM
  on the same input — the part the backward pass has reached solid, the rest dotted;
- :class:`BpttView`: the two, one above the other, and the curves' legend.

Sizes follow the zoom (``dlviz.ui.zoom``).
"""

from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from dlviz.ui import zoom

from .views import COLORS, HeatmapView, SeriesView, _still, levels_for, small_font, style_axes

KIND_COLORS = {"rnn": "#d62728", "gru": "#2ca02c", "lstm": "#1f77b4"}
SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _tr(text: str) -> str:
    return QCoreApplication.translate("RnnPanel", text)


class WrappedLabel(QLabel):
    """A word-wrapped label whose minimum height is its text's height at its width: a
    layout never squeezes it (at a large zoom the panel grows instead, and its tab scrolls)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        # heightForWidth never answers less than the minimum height: measure without it (else a
        # height set while the label was narrow would stay when it is wide)
        old = self.minimumHeight()
        if old:
            self.setMinimumHeight(0)
        h = self.heightForWidth(max(1, self.width()))
        self.setMinimumHeight(h if h > 0 else old)


def power_label(e: int) -> str:
    """10 to the power e, written 10⁻³."""
    return "10" + str(int(e)).translate(SUPERSCRIPT)


def log_ticks(lo: float, hi: float, most: int = 6) -> list:
    """Ticks at whole powers of ten between lo and hi (log10 values), at most ``most``."""
    a, b = math.floor(lo), math.ceil(hi)
    every = max(1, math.ceil((b - a) / max(1, most - 1)))
    return [(float(e), power_label(e)) for e in range(b, a - 1, -every)][::-1]


class BackwardSeries(SeriesView):
    backward = True  # blank before the current step: the backward pass comes from the end


class GradientHeatmaps(HeatmapView):
    """∂L/∂hₜ (and ∂L/∂cₜ for an LSTM) of a backward pass, units × steps."""

    series_class = BackwardSeries

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("bptt_heatmaps")
        self.setToolTip(_tr(
            "The gradient of the loss on each unit's state at each step: rows are units, columns are steps. "
            "The backward pass starts at the last step and goes back; blank steps are not reached yet. "
            "Click a cell to pick that unit and step."))

    def title(self, name: str, c: dict, levels=None) -> str:
        sym = {"dh": "∂L/∂h<sub>t</sub>", "dc": "∂L/∂c<sub>t</sub>"}[name]  # the tooltip says what it is
        text = f"<span style='color:{COLORS[name]}; font-weight:bold'>{sym}</span>"
        if levels is not None:
            text += (f"<span style='color:{c['muted']}; font-size:{8 * zoom.zoom():.3g}pt'>&nbsp;&nbsp;"
                     f"{levels[0]:.2g} … {levels[1]:.2g}</span>".replace("-", "−"))
        return text

    def columns(self, count: int) -> int:
        # ∂L/∂h and ∂L/∂c side by side; one above the other at a large zoom (they would not fit)
        return 1 if zoom.zoom() >= 1.5 else min(2, count)

    def show_record(self, rec, c: dict) -> None:
        self.trace = rec.trace
        self.setBackground(c["bg"])
        series = {"dh": rec.dh, **({"dc": rec.dc} if rec.dc is not None else {})}
        layout, views = self._layout_for(list(series))
        if self.centralWidget is not layout:
            self.setCentralItem(layout)
        self.views = views
        for name, values in series.items():
            lut, levels, xlim = levels_for(name, values, False)
            view = views[name]
            view.apply_colors(c)
            view.set_series(values, lut, levels, xlim)
            zoom.title(view.heat, self.title(name, c, levels))


class NormsPlot(pg.PlotWidget):
    """‖∂L/∂hₜ‖ per step, log scale, one curve per kind of cell (see the module docstring)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("gradient_norms")
        self.setToolTip(_tr(
            "How much gradient reaches each step: the size ‖∂L/∂hₜ‖ of the gradient on the hidden state, as a "
            "fraction of its size at the last step T, on a log scale (each grid line is ten times smaller than "
            "the one above), for a simple RNN, a GRU and an LSTM reading the same input. Solid: the steps the "
            "backward pass has reached."))
        item = self.getPlotItem()
        _still(item)
        for ax in ("left", "bottom"):
            item.getAxis(ax).setStyle(tickFont=small_font(8), tickTextOffset=2)
            item.getAxis(ax).label.setFont(small_font(8))
        item.getAxis("left").setWidth(zoom.scaled(40))
        item.showGrid(x=False, y=True, alpha=0.25)
        self.done: dict[str, pg.PlotDataItem] = {}
        self.ahead: dict[str, pg.PlotDataItem] = {}
        for kind, color in KIND_COLORS.items():
            self.ahead[kind] = item.plot(pen=zoom.pen(color, width=1, style=Qt.DotLine))
            self.done[kind] = item.plot(pen=zoom.pen(color, width=2), symbol="o", symbolSize=zoom.scaledf(4),
                                        symbolBrush=color, symbolPen=None)
        self.cursor = pg.InfiniteLine(angle=90, movable=False)
        item.addItem(self.cursor, ignoreBounds=True)
        self.logs: dict[str, np.ndarray] = {}
        self.setMinimumHeight(zoom.scaled(110))

    def apply_colors(self, c: dict) -> None:
        self.setBackground(c["bg"])
        style_axes(self.getPlotItem(), c)
        self.cursor.setPen(zoom.pen(c["fg"], width=1, style=Qt.DashLine))

    def show_curves(self, curves, shown_kind: str) -> None:
        """``curves``: ``backward.NormCurve`` list (their legend is the view's label)."""
        self.logs = {}
        for cv in curves:
            with np.errstate(divide="ignore", invalid="ignore"):
                logs = np.where(np.isfinite(cv.norms) & (cv.norms > 0), np.log10(cv.norms), np.nan)
            self.logs[cv.kind] = logs
            width = 3 if cv.kind == shown_kind else 1.6
            self.done[cv.kind].setPen(zoom.pen(KIND_COLORS[cv.kind], width=width))
        for kind in KIND_COLORS:
            if kind not in self.logs:
                self.done[kind].setData([], [])
                self.ahead[kind].setData([], [])
        finite = np.concatenate([v[np.isfinite(v)] for v in self.logs.values()] or [np.zeros(0)])
        lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (-1.0, 0.0)
        lo, hi = math.floor(lo), max(math.ceil(hi), math.floor(lo) + 1)
        steps = max((len(v) for v in self.logs.values()), default=1)
        item = self.getPlotItem()
        item.setXRange(0.5, steps + 0.5, padding=0)
        item.setYRange(lo, hi, padding=0.05)
        item.getAxis("left").setTicks([log_ticks(lo, hi)])
        every = 1 if steps <= 12 else 3 if steps <= 30 else 5
        item.getAxis("bottom").setTicks([[(k, str(k)) for k in range(1, steps + 1) if k == 1 or k % every == 0]])

    def show_step(self, t: int) -> None:
        for kind, logs in self.logs.items():
            x = np.arange(1, len(logs) + 1)
            self.done[kind].setData(x[t:], logs[t:], connect="finite")
            self.ahead[kind].setData(x[:t + 1], logs[:t + 1], connect="finite")
        self.cursor.setPos(t + 1)


class BpttView(QWidget):
    """The gradient heatmaps above the norms plot and its legend (a label that wraps)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("bptt_view")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.heat = GradientHeatmaps(self)
        self.heat.setMinimumSize(zoom.scaled(300), zoom.scaled(110))
        lay.addWidget(self.heat, 3)
        self.norms = NormsPlot(self)
        lay.addWidget(self.norms, 2)
        self.legend = WrappedLabel(self)  # never squeezed under the plot: it wraps, the plot gives way
        self.legend.setObjectName("gradient_norms_legend")
        self.legend.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.legend.setMinimumWidth(zoom.scaled(260))
        lay.addWidget(self.legend)

    def show_curves(self, curves, labels: dict, shown_kind: str) -> None:
        """The curves and their legend (``labels``: kind → text)."""
        self.norms.show_curves(curves, shown_kind)
        head = _tr("‖∂L/∂h<sub>t</sub>‖ ÷ ‖∂L/∂h<sub>T</sub>‖ per step t, log scale:")
        self.legend.setText(head + "&nbsp; " + "&nbsp;&nbsp; ".join(
            f"<span style='color:{KIND_COLORS[cv.kind]}'>{'━' if cv.kind == shown_kind else '—'}</span>&nbsp;"
            f"{html.escape(labels[cv.kind])}" for cv in curves))

    def apply_colors(self, c: dict) -> None:
        self.heat.setBackground(c["bg"])
        self.norms.apply_colors(c)
