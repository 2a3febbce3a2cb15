"""The GAN panel's views, made once and fed from the state and the session: the 8×8 grid of
samples from fixed noise with its history slider, the interpolation strip, the curves
(losses, D's verdicts) and the quality meter. They keep no truth of their own; every
``show_*`` draws from what it is given."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsRectItem,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from dlviz.core import gan as core
from dlviz.ui import theme
from dlviz.ui.i18n import tr_message
from dlviz.ui.widgets.basics import button, embolden, title_label
from dlviz.ui.widgets.message_line import MessageLine

GRID_COLS = 8
CELL = 28
PAD = 2
PAD_VALUE = 0.16  # the grey between cells
COLOR_A = QColor("#ff9f1c")
COLOR_B = QColor("#2ec4b6")


def _tr(text: str) -> str:
    return QCoreApplication.translate("GanPanel", text)


def mosaic(images01, cols: int = GRID_COLS) -> np.ndarray:
    """(K, 28, 28) float [0, 1] (or uint8) → float32 mosaic with grey separators."""
    img = np.asarray(images01)
    if img.dtype == np.uint8:
        img = img.astype(np.float32) / 255.0
    return core.make_grid(img.astype(np.float32), cols=cols, pad=PAD, pad_value=PAD_VALUE)


def cell_at(x: float, y: float) -> int | None:
    """The grid cell under a point in image coordinates, or None (on a separator / outside)."""
    c, r = int((x - PAD) // (CELL + PAD)), int((y - PAD) // (CELL + PAD))
    if 0 <= c < GRID_COLS and 0 <= r < GRID_COLS and (x - PAD) % (CELL + PAD) < CELL and (y - PAD) % (CELL + PAD) < CELL:
        return r * GRID_COLS + c
    return None


def image_view(parent, tip: str):
    w = pg.GraphicsLayoutWidget(parent)
    w.setBackground(None)  # the window's colour, in either theme
    w.ci.setContentsMargins(0, 0, 0, 0)
    vb = w.addViewBox(lockAspect=True, enableMouse=False, invertY=True)
    vb.setMenuEnabled(False)
    vb.setDefaultPadding(0.0)
    item = pg.ImageItem()
    vb.addItem(item)
    w.setToolTip(tip)
    return w, vb, item


class GridView(QWidget):
    """The grid of fixed-noise samples, the selection of the interpolation's ends, and the
    history slider with Live."""

    cell_clicked = Signal(int)
    history_moved = Signal(int)
    live_toggled = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.title = title_label(_tr("Samples from fixed noise"), self)
        lay.addWidget(self.title)
        self.setObjectName("grid")
        self.widget, self.vb, self.item = image_view(self, _tr(
            "64 digits the generator makes from the same 64 noise vectors at every step, so you see it "
            "learn. Click a cell to pick the start (orange) or end (teal) of the interpolation."))
        self.widget.setMinimumSize(200, 200)
        self.widget.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        lay.addWidget(self.widget, 1)
        size = GRID_COLS * (CELL + PAD) + PAD
        self.vb.setRange(QRectF(0, 0, size, size), padding=0)
        self.sel_rects = []
        for color in (COLOR_A, COLOR_B):
            rect = QGraphicsRectItem(0, 0, CELL + 2, CELL + 2)
            pen = QPen(color)
            pen.setWidthF(2.0)
            pen.setCosmetic(True)
            rect.setPen(pen)
            rect.setBrush(QBrush(Qt.NoBrush))
            rect.setZValue(10)
            self.vb.addItem(rect)
            self.sel_rects.append(rect)
        self.widget.scene().sigMouseClicked.connect(self._on_click)

        row = QHBoxLayout()
        row.addWidget(QLabel(_tr("History"), self))
        self.slider = QSlider(Qt.Horizontal, self)
        self.slider.setObjectName("history_index")
        self.slider.setToolTip(_tr(
            "Scrub back through the grids kept during training (older ones are thinned to stay within memory)."))
        self.slider.setRange(0, 0)
        self.slider.setMinimumWidth(60)
        self.slider.valueChanged.connect(self._on_slider)
        row.addWidget(self.slider, 1)
        self.live = QCheckBox(_tr("Live"), self)
        self.live.setObjectName("live")
        self.live.setToolTip(_tr("Follow training: show the newest grid as soon as it arrives."))
        self.live.clicked.connect(lambda on: self.live_toggled.emit(bool(on)))
        row.addWidget(self.live)
        lay.addLayout(row)
        self.label = QLabel(self)
        self.label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.label.setToolTip(_tr("The training step of the grid shown, and its place in the history."))
        lay.addWidget(self.label)
        self._shown = 0

    def _on_slider(self, value: int) -> None:
        if value != self._shown:
            self.history_moved.emit(value)

    def _on_click(self, event) -> None:
        pos = self.item.mapFromScene(event.scenePos())
        cell = cell_at(pos.x(), pos.y())
        if cell is not None:
            self.cell_clicked.emit(cell)

    def show_grid(self, history, index, live: bool) -> None:
        """The grid ``index`` of ``history`` (None: a blank grid), the slider and Live."""
        n = len(history)
        self._shown = 0 if index is None else index
        self.slider.setRange(0, max(0, n - 1))
        self.slider.setValue(self._shown)
        self.slider.setEnabled(n > 1)
        self.live.setChecked(live)
        if index is None:
            blank = np.zeros((GRID_COLS * GRID_COLS, CELL, CELL), np.float32)
            self.item.setImage(mosaic(blank), autoLevels=False, levels=(0.0, 1.0))
            self.label.setText(_tr("No samples yet."))
            self.title.setText(_tr("Samples from fixed noise"))
            return
        self.item.setImage(mosaic(history.grid(index)), autoLevels=False, levels=(0.0, 1.0))
        step = history.steps[index]
        self.label.setText(_tr("Step {0} · grid {1} of {2}").format(step, index + 1, n))
        self.title.setText(_tr("Samples from fixed noise — step {0}").format(step))

    def show_selection(self, cell_a: int, cell_b: int, visible_a: bool, visible_b: bool) -> None:
        for rect, cell, on in zip(self.sel_rects, (cell_a, cell_b), (visible_a, visible_b)):
            r, c = divmod(cell, GRID_COLS)
            rect.setRect(PAD + c * (CELL + PAD) - 1, PAD + r * (CELL + PAD) - 1, CELL + 2, CELL + 2)
            rect.setVisible(on)


class StripView(QWidget):
    """The interpolation: its title, the mode and steps (widgets of the form), Random pair,
    the strip of samples and its caption."""

    def __init__(self, mode_widget, steps_widget, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.title = title_label(_tr("Latent interpolation"), self)
        lay.addWidget(self.title)
        row = QHBoxLayout()
        self.mode = mode_widget
        self.steps = steps_widget
        self.random_btn = button(_tr("Random pair"), "random_pair", _tr(
            "Interpolate between two new random noise vectors instead of two grid cells."), self)
        row.addWidget(self.mode, 1)
        row.addWidget(self.steps)
        row.addWidget(self.random_btn)
        lay.addLayout(row)
        self.widget, self.vb, self.item = image_view(self, _tr(
            "Digits made from points evenly spaced on the path between two noise vectors: a smooth "
            "morph means the generator has learned a continuous space of digits."))
        self.widget.setFixedHeight(74)
        self.widget.setMinimumWidth(120)
        lay.addWidget(self.widget)
        self.caption = MessageLine(self, lines=3)
        self.caption.setToolTip(_tr("Which noise vectors the strip goes between (or sweeps the code of)."))
        lay.addWidget(self.caption)

    def show_strip(self, strip) -> None:
        self.item.setImage(mosaic(strip.images, cols=strip.cols), autoLevels=False, levels=(0.0, 1.0))
        self.vb.setRange(QRectF(0, 0, strip.cols * (CELL + PAD) + PAD, strip.rows * (CELL + PAD) + PAD), padding=0)
        text = tr_message(strip.caption)
        self.caption.show_message(text)
        self.caption.setToolTip(text)

    def image(self) -> np.ndarray | None:
        return self.item.image


def _plot(parent, title: str, y_label: str, tip: str) -> pg.PlotWidget:
    pw = pg.PlotWidget(parent)
    pw.setTitle(title, size="10pt")
    pw.showGrid(x=True, y=True, alpha=0.25)
    pw.setLabel("bottom", _tr("step"))
    pw.setLabel("left", y_label)
    pw.setMenuEnabled(False)
    pw.setMouseEnabled(x=False, y=False)
    pw.hideButtons()
    pw.setToolTip(tip)
    pw.addLegend(offset=(-8, 4), colCount=2)
    pw.setClipToView(True)
    pw.setDownsampling(auto=True, mode="mean")
    pw.setMinimumSize(180, 110)
    return pw


class CurvesView(QWidget):
    """D and G losses (and Q's code loss), D(x) and D(G(z))."""

    NAMES = ("d_loss", "g_loss", "d_x", "d_g_z", "code_loss")

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        self.loss_plot = _plot(self, _tr("Losses"), _tr("loss"), _tr(
            "Discriminator loss (telling real from fake) and generator loss (fooling D). In a healthy "
            "game neither goes to zero. With a code, Q's loss (cross-entropy of its guess of the code) "
            "falls as each code value comes to mean one kind of digit."))
        self.loss_plot.setObjectName("losses")
        self.d_loss_curve = self.loss_plot.plot([], [], name=_tr("D loss"))
        self.g_loss_curve = self.loss_plot.plot([], [], name=_tr("G loss"))
        self.code_loss_name = _tr("code loss (Q)")
        self.code_loss_curve = self.loss_plot.plot([], [], name=self.code_loss_name)
        self.loss_plot.getPlotItem().legend.setColumnCount(3)  # one row: a second would cover the curves
        self._code_in_legend = True
        self.score_plot = _plot(self, _tr("Discriminator's verdicts"), _tr("D output"), _tr(
            "D(x): D's mean verdict on real digits; D(G(z)): on generated ones (probability of "
            "'real', the sigmoid of D's score, for BCE and hinge). They meet near the middle when G fools D."))
        self.score_plot.setObjectName("verdicts")
        self.dx_curve = self.score_plot.plot([], [], name="D(x)")
        self.dgz_curve = self.score_plot.plot([], [], name="D(G(z))")
        self.score_plot.setYRange(0, 1.18, padding=0)
        lay.addWidget(self.loss_plot, 1)
        lay.addWidget(self.score_plot, 1)
        self.items = dict(zip(self.NAMES, (self.d_loss_curve, self.g_loss_curve, self.dx_curve, self.dgz_curve,
                                           self.code_loss_curve)))
        self._empty = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        legend = self.loss_plot.getPlotItem().legend
        cols = 3 if self.width() >= 380 else 2  # narrow: two rows rather than a cut-off legend
        if legend.columnCount != cols:
            legend.setColumnCount(cols)

    def show_curves(self, curves) -> None:
        for name, item in self.items.items():
            x, y = curves.view(name)
            item.setData(x, y)
        empty = len(curves) == 0
        if empty and not self._empty:  # after a Reset: not the old run's range of steps
            for pw in (self.loss_plot, self.score_plot):
                vb = pw.getPlotItem().getViewBox()
                vb.setXRange(0, 1, padding=0)
                vb.enableAutoRange(x=True)  # the next run's steps set the range again
            self.loss_plot.getPlotItem().getViewBox().setYRange(0, 1, padding=0)
            self.loss_plot.getPlotItem().getViewBox().enableAutoRange(y=True)
        self._empty = empty

    def show_code(self, has_code: bool) -> None:
        """The code loss curve (and its legend entry) only for a GAN with a code."""
        legend = self.loss_plot.getPlotItem().legend
        if has_code != self._code_in_legend:
            if has_code:
                legend.addItem(self.code_loss_curve, self.code_loss_name)
            else:
                legend.removeItem(self.code_loss_curve)
            self._code_in_legend = has_code
        self.code_loss_curve.setVisible(has_code)

    def apply_colors(self, c: dict) -> None:
        s = c["series"]
        for item, color in ((self.d_loss_curve, s[3]), (self.g_loss_curve, s[0]), (self.dx_curve, s[2]),
                            (self.dgz_curve, s[4]), (self.code_loss_curve, s[1])):
            item.setPen(pg.mkPen(color, width=1.6))


class QualityView(QGroupBox):
    """The quality meter: the Inception Score, Measure now, the judge, the class histogram."""

    def __init__(self, parent=None):
        super().__init__(_tr("Quality meter"), parent)
        self.setObjectName("quality")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 6)
        self.is_label = embolden(QLabel(self), 1.3)
        self.is_label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.is_label.setToolTip(_tr(
            "Inception Score = exp(mean KL(p(y|x) ‖ p(y))) from a digit classifier: near 10 when the "
            "digits are clear and all ten classes appear equally often, near 1 when the GAN collapses to one."))
        lay.addWidget(self.is_label)
        row = QHBoxLayout()
        self.judge = MessageLine(self, lines=3)
        self.judge.setToolTip(_tr("The digit classifier that judges the generated digits."))
        self.measure_btn = button(_tr("Measure now"), "measure", _tr(
            "Classify 1,000 new generated digits now (also done after every epoch)."), self)
        row.addWidget(self.judge, 1)
        row.addWidget(self.measure_btn, 0, Qt.AlignTop)
        lay.addLayout(row)
        self._judge = ""
        self._counted = ""
        self.hist_plot = pg.PlotWidget(self)
        self.hist_plot.setMenuEnabled(False)
        self.hist_plot.setMouseEnabled(x=False, y=False)
        self.hist_plot.hideButtons()
        self.hist_plot.setToolTip(_tr(
            "How many of the generated digits the classifier calls 0, 1, …, 9. Mode collapse shows up "
            "as a few tall bars; the dashed line is an even share."))
        self.hist_plot.getAxis("bottom").setTicks([[(i, str(i)) for i in range(10)]])
        self.hist_plot.setLabel("left", _tr("digits"))
        self.bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7, pen=pg.mkPen(None))
        self.hist_plot.addItem(self.bars)
        self.even_line = pg.InfiniteLine(pos=100, angle=0)
        self.hist_plot.addItem(self.even_line)
        self.hist_plot.setXRange(-0.6, 9.6, padding=0)
        self.hist_plot.setYRange(0, 230, padding=0)
        self.hist_plot.setMinimumSize(180, 110)
        lay.addWidget(self.hist_plot, 1)

    def show_quality(self, q) -> None:
        if q is None:
            self.is_label.setText(_tr("Inception Score: —"))
            self.bars.setOpts(height=np.zeros(10))
            self.even_line.setValue(100)
            self._counted = ""
            self._show_judge()
            return
        self.is_label.setText(_tr("Inception Score: {0:.2f} / 10").format(q.inception_score))
        h = np.asarray(q.histogram, float)
        self.bars.setOpts(height=h)
        even = q.samples / 10.0
        self.even_line.setValue(even)
        self.hist_plot.setYRange(0, max(float(h.max()), even) * 1.15, padding=0)
        self._counted = _tr("{0:,} generated digits, classified (step {1})").format(q.samples, q.step)
        self._show_judge()

    def show_judge(self, entry) -> None:
        if entry is None:
            self._judge = _tr(
                "No digit classifier yet: train the ConvNet or Keras CNN in the Training panel to switch the meter on.")
        else:
            self._judge = _tr("Judged by: {0}").format(tr_message(entry.name))
        self._show_judge()

    def _show_judge(self) -> None:
        self.judge.show_message(" · ".join(t for t in (self._judge, self._counted) if t))

    def apply_colors(self, c: dict) -> None:
        self.bars.setOpts(brush=pg.mkBrush(c["accent"]))
        self.even_line.setPen(pg.mkPen(c["accent2"], width=1, style=Qt.DashLine))


def apply_theme(*views) -> None:
    c = theme.colors()
    for v in views:
        v.apply_colors(c)
