"""The Training panel's regularisation views: the train–test gap per epoch, the weight norm
over the run, the dropout mask of the current batch, and the earlier runs kept for
comparison (dim curves on every plot, each run's settings listed under the curves). Fed
from the session (``compare.py`` data, numbers from core)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPen
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from dlviz.core.probes import mask_image
from dlviz.ui import theme, zoom
from dlviz.ui.i18n import tr_message
from dlviz.ui.panels.train.compare import mask_caption
from dlviz.ui.widgets.basics import wrap_label
from dlviz.ui.widgets.plots import CurvePlot

KEPT_OPACITY = 0.45  # the earlier runs' curves, dimmer than the run shown
KEPT_COLORS = (2, 3, 4, 5, 6, 7)  # theme series colours of the kept runs (0 and 1: the run shown)


def kept_color(i: int):
    c = theme.colors()["series"]
    return pg.mkColor(c[KEPT_COLORS[i % len(KEPT_COLORS)] % len(c)])


class KeptCurves:
    """The dim curves of the kept runs on one plot (made anew when the kept runs change;
    no legend entries: the runs' list under the curves names them)."""

    def __init__(self, plot: CurvePlot, points: bool = False):
        self.plot = plot
        self.points = points
        self.items: list = []

    def set(self, series: list) -> None:
        """``series``: (x, y) per kept run, oldest first."""
        item = self.plot.getPlotItem()
        for curve in self.items:
            item.removeItem(curve)
        self.items = []
        for i, (x, y) in enumerate(series):
            col = kept_color(i)
            curve = pg.PlotDataItem(np.asarray(x, np.float64), np.asarray(y, np.float64),
                                    pen=zoom.pen(col, width=1.5, style=Qt.DashLine))
            if self.points:
                curve.setSymbol("s")
                curve.setSymbolSize(zoom.scaledf(5))
                curve.setSymbolBrush(pg.mkBrush(col))
                curve.setSymbolPen(None)
            curve.setOpacity(KEPT_OPACITY)
            curve.setZValue(-10)
            item.addItem(curve)
            self.items.append(curve)

    def data(self) -> list:
        return [c.getData() for c in self.items]


class MaskView(QWidget):
    """A keep-mask as a picture (white kept, black dropped), scaled to fit, crisp."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.image: np.ndarray | None = None
        self._qimage: QImage | None = None
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def set_mask(self, mask) -> None:
        if mask is None:
            self.image, self._qimage = None, None
        else:
            self.image = np.ascontiguousarray(mask_image(mask))
            h, w = self.image.shape
            self._qimage = QImage(self.image.data, w, h, w, QImage.Format_Grayscale8).copy()
        self.update()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(zoom.scaled(80), zoom.scaled(44))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(zoom.scaled(220), zoom.scaled(120))

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        if self._qimage is None:
            p.setPen(QPen(self.palette().mid().color(), 1, Qt.DashLine))
            p.drawRect(self.rect().adjusted(0, 0, -1, -1))
            p.end()
            return
        h, w = self.image.shape
        scale = min(self.width() / w, self.height() / h)
        tw, th = max(1, int(w * scale)), max(1, int(h * scale))
        target = QRect((self.width() - tw) // 2, (self.height() - th) // 2, tw, th)
        p.drawImage(target, self._qimage)
        p.end()


class RegularisationView(QWidget):
    """The gap plot, the weight-norm plot and the dropout mask, side by side."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        outer = QVBoxLayout(self)
        outer.setContentsMargins(2, 2, 2, 2)
        self.text_note = wrap_label(self, text_format=Qt.PlainText, align=Qt.AlignLeft | Qt.AlignTop)
        self.text_note.setObjectName("regularisation_text_note")
        self.text_note.setText(self.tr(
            "This view is for the digit networks: the train–test gap measured on training digits, the weight norm "
            "under L2 weight decay and the dropout mask of a digit. A text net's regularisation is its dropout on "
            "the embeddings and (text RNN) its recurrent dropout, set under Model; the gap shows on the accuracy "
            "curves above (train epoch mean against test)."))
        self.text_note.hide()
        outer.addWidget(self.text_note)
        self.plots = QWidget(self)
        outer.addWidget(self.plots, 1)
        lay = QHBoxLayout(self.plots)
        lay.setContentsMargins(0, 0, 0, 0)
        self.gap_plot = CurvePlot(self.tr("Train − test gap"), self.tr("points"), self.tr("epoch"), self,
                                  legend=False)
        self.gap_plot.setObjectName("gap_plot")
        self.gap_plot.setToolTip(self.tr(
            "Training accuracy (measured on training digits after each epoch, like the test) minus test accuracy, "
            "in percentage points: a growing gap is overfitting."))
        self.gap_plot.add_curve("gap", self.tr("gap"), color=0, width=2.5, symbol="o")
        self.gap_plot.addLine(y=0, pen=zoom.pen(theme.colors()["muted"], width=1))
        self.norm_plot = CurvePlot(self.tr("Weight norm ‖θ‖₂"), self.tr("norm"), self.tr("epoch"), self,
                                   legend=False)
        self.norm_plot.setObjectName("norm_plot")
        self.norm_plot.setToolTip(self.tr(
            "The length of all the weights together, √(Σ w²), after each reported step: L2 weight decay keeps it "
            "small."))
        self.norm_plot.add_curve("norm", self.tr("norm"), color=0, width=2)
        zoom.title(self.gap_plot, self.tr("Train − test gap"), pt=9.5)  # small plots: a smaller title
        zoom.title(self.norm_plot, self.tr("Weight norm ‖θ‖₂"), pt=9.5)
        for plot in (self.gap_plot, self.norm_plot):
            plot.setMinimumSize(zoom.scaled(120), zoom.scaled(90))
            plot.getPlotItem().getViewBox().setLimits(xMin=0)
            lay.addWidget(plot, 3)
        self.kept_gap = KeptCurves(self.gap_plot, points=True)
        self.kept_norm = KeptCurves(self.norm_plot)

        box = QGroupBox(self.tr("Dropout mask (this batch)"), self)
        box.setToolTip(self.tr("Which units of the layer before the last dense layer dropout switched off for the "
                               "first digit of the current batch (a new draw every batch): white = kept, "
                               "black = dropped. The Keras CNN: its 32 feature maps of 13 × 13 after pooling."))
        bl = QVBoxLayout(box)
        bl.setContentsMargins(4, 4, 4, 4)
        self.mask = MaskView(box)
        self.mask.setObjectName("dropout_mask")
        bl.addWidget(self.mask, 1)
        self.mask_caption = wrap_label(box, text_format=Qt.PlainText, align=Qt.AlignLeft | Qt.AlignTop)
        bl.addWidget(self.mask_caption)
        lay.addWidget(box, 3)
        self._drawn: dict = {}

    def render(self, force: bool = False) -> None:
        s = self.session
        d = self._drawn
        if force:
            d.clear()
        key = (s.run_id, len(s.trace.epochs), len(s.trace.norm_x))
        if d.get("trace") != key:
            d["trace"] = key
            self.gap_plot.set_curve("gap", *s.trace.gap())
            self.norm_plot.set_curve("norm", *s.trace.norms())
        if d.get("kept") != s.kept_version:
            d["kept"] = s.kept_version
            self.kept_gap.set([k.trace.gap() for k in s.kept])
            self.kept_norm.set([k.trace.norms() for k in s.kept])
        if d.get("mask") != s.mask_version:
            d["mask"] = s.mask_version
            self.mask.set_mask(s.mask)
            arch = ((s.run_config or {}).get("model") or {}).get("arch") or s.state.arch
            text = tr_message(mask_caption(s.mask, s.mask_p, arch))
            if self.mask_caption.text() != text:
                self.mask_caption.setText(text)

    def set_text_mode(self, text: bool) -> None:
        """For a text run: the note on what applies to it in place of the digit plots."""
        self.text_note.setVisible(text)
        self.plots.setVisible(not text)
