"""The RNN panel's views of a sentence, made once and fed from the session's ``TextTrace``:

- :class:`ChipsView`: the tokens as chips that wrap like text, each with a line under it
  (its vocabulary id, ``<unk>`` marked) and a colour (a unit's activation, LSTMVis-style);
  a click picks that token (``picked(index)``);
- :class:`EmbeddingView`: the embedding vectors, a row per token (a small heatmap);
- :class:`SentimentView`: the class probability after each prefix of the sentence, as bars
  up (towards the class) or down from ½, the current token outlined.

Sizes follow the zoom (``dlviz.ui.zoom``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QSizePolicy, QToolTip, QWidget

from dlviz.ui import zoom

from .views import DIVERGING, _still, small_font, style_axes

UNK_COLOR = "#c5221f"
POS_COLOR = "#2e7d32"
NEG_COLOR = "#c62828"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RnnPanel", text)


def token_text(token: str) -> str:
    """A token as a chip or an axis shows it (a space or an empty token made visible)."""
    return token if token.strip() else "␣"


def axis_ticks(labels: list[str], most: int = 40) -> list[tuple[float, str]]:
    """Ticks at 1…T with the tokens; every k-th one when there are more than ``most``."""
    k = max(1, int(np.ceil(len(labels) / most)))
    return [(t + 1, token_text(labels[t])) for t in range(0, len(labels), k)]


def activation_color(v: float) -> QColor:
    """A value in −1…1 on the diverging scale (blue − … white 0 … red +)."""
    idx = int(np.clip((v + 1.0) / 2.0 * 255, 0, 255))
    r, g, b, a = DIVERGING[idx]
    return QColor(int(r), int(g), int(b), int(a))


@dataclass
class Chip:
    text: str
    sub: str = ""
    fill: QColor | None = None
    outline: QColor | None = None  # e.g. <unk>
    tip: str = ""


class ChipsView(QWidget):
    """See the module docstring."""

    picked = Signal(int)
    fitted = Signal()  # the height changed (it follows the width)

    def __init__(self, parent=None, big: float = 11.0):
        super().__init__(parent)
        self.chips: list[Chip] = []
        self.current = -1
        self._rects: list[QRectF] = []
        self._big = big
        self.fg = QColor("#202124")
        self.muted = QColor("#5f6368")
        # no height-for-width (it made the panel's minimum the heights the chips would like at
        # every width): the minimum height follows the width instead, as WrappedLabel does
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self.setMinimumWidth(zoom.scaled(120))

    def _fonts(self) -> tuple[QFont, QFont]:
        big = QFont(self.font())
        big.setPointSizeF(self._big * zoom.zoom())
        small = QFont(self.font())
        small.setPointSizeF(7.5 * zoom.zoom())
        return big, small

    def set_colors(self, fg: str, muted: str) -> None:
        self.fg, self.muted = QColor(fg), QColor(muted)
        self.update()

    def set_chips(self, chips: list[Chip], current: int = -1) -> None:
        self.chips = list(chips)
        self.current = current
        self._fit()
        self.update()

    def _fit(self) -> None:
        self._rects = self._layout(max(1, self.width()))[0]
        h = self.heightForWidth(max(self.width(), zoom.scaled(120)))
        if h != self.minimumHeight():
            self.setMinimumHeight(h)
            self.updateGeometry()
            self.fitted.emit()

    def chip_rect(self, k: int) -> QRectF | None:
        return self._rects[k] if 0 <= k < len(self._rects) else None

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()

    def set_current(self, current: int) -> None:
        if current != self.current:
            self.current = current
            self.update()

    def _layout(self, width: int) -> tuple[list[QRectF], int]:
        big, small = self._fonts()
        fb, fs = QFontMetrics(big), QFontMetrics(small)
        pad, gap = zoom.scaled(4), zoom.scaled(3)
        has_sub = any(c.sub for c in self.chips)
        h = fb.height() + (fs.height() if has_sub else 0) + 2 * pad
        x = y = 0
        rects = []
        for c in self.chips:
            w = max(fb.horizontalAdvance(token_text(c.text)), fs.horizontalAdvance(c.sub) if c.sub else 0) + 2 * pad
            if x > 0 and x + w > width:
                x, y = 0, y + h + gap
            rects.append(QRectF(x, y, w, h))
            x += w + gap
        return rects, (y + h if self.chips else h)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._layout(max(1, width))[1] + 2

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(zoom.scaled(260), self.minimumHeight())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(zoom.scaled(120), self.minimumHeight())

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        self._rects, _ = self._layout(max(1, self.width()))
        big, small = self._fonts()
        fb = QFontMetrics(big)
        pad = zoom.scaled(4)
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        for k, (c, r) in enumerate(zip(self.chips, self._rects)):
            fill = c.fill if c.fill is not None else QColor(0, 0, 0, 0)
            pen = QPen(c.outline if c.outline is not None else self.muted.lighter(160))
            pen.setWidthF(zoom.scaledf(1.0))
            if c.outline is not None:
                pen.setStyle(Qt.DashLine)
            if k == self.current:
                pen = QPen(self.fg)
                pen.setWidthF(zoom.scaledf(2.2))
            p.setPen(pen)
            p.setBrush(fill)
            p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), zoom.scaled(4), zoom.scaled(4))
            filled = fill.alpha() > 0
            dark = filled and 0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue() < 150
            ink = QColor("#ffffff") if dark else (QColor("#202124") if filled else self.fg)
            p.setFont(big)
            p.setPen(ink)
            p.drawText(QRectF(r.x(), r.y() + pad, r.width(), fb.height()), Qt.AlignHCenter, token_text(c.text))
            if c.sub:
                p.setFont(small)
                p.setPen(QColor(UNK_COLOR) if c.outline is not None else (ink if filled else self.muted))
                p.drawText(QRectF(r.x(), r.y() + pad + fb.height(), r.width(), r.height() - pad - fb.height()),
                           Qt.AlignHCenter, c.sub)
        p.end()

    def index_at(self, pos: QPointF) -> int:
        for k, r in enumerate(self._rects):
            if r.contains(pos):
                return k
        return -1

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        k = self.index_at(event.position())
        if k >= 0 and event.button() == Qt.LeftButton:
            self.picked.emit(k)
        super().mousePressEvent(event)

    def event(self, e) -> bool:
        if e.type() == QEvent.ToolTip:
            k = self.index_at(QPointF(e.pos()))
            if k >= 0 and self.chips[k].tip:
                QToolTip.showText(e.globalPos(), self.chips[k].tip, self)
                return True
        return super().event(e)


class EmbeddingView(pg.PlotWidget):
    """The embedding vectors (T, D): a row per token (labelled), a column per dimension."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("embedding_view")
        self.setToolTip(_tr(
            "The embedding: each token's id picks one row of the model's embedding table, a vector of "
            "numbers it learned (red +, blue −). These vectors are what the recurrent cell reads, one per step."))
        pi = self.getPlotItem()
        _still(pi)
        pi.invertY(True)
        for ax in ("left", "bottom"):
            pi.getAxis(ax).setStyle(tickFont=small_font(), tickTextOffset=2)
        pi.getAxis("left").setWidth(zoom.scaled(34))
        pi.getAxis("bottom").setHeight(zoom.scaled(18))
        self.image = pg.ImageItem()
        pi.addItem(self.image)
        self.setMinimumHeight(zoom.scaled(70))
        self.rows = 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(zoom.scaled(260), zoom.scaled(24 + 11 * min(max(self.rows, 4), 16)))

    def apply_colors(self, c: dict) -> None:
        self.setBackground(c["bg"])
        style_axes(self.getPlotItem(), c)

    def show_rows(self, emb: np.ndarray, tokens: list[str], oov: list[bool]) -> None:
        pi = self.getPlotItem()
        t, d = emb.shape
        self.rows = t
        self.updateGeometry()
        if t == 0:
            self.image.clear()
            return
        m = max(float(np.percentile(np.abs(emb), 99)), 1e-6)
        idx = np.clip((emb.T / m + 1.0) / 2.0 * 255, 0, 255).astype(np.uint8)  # (D, T): x = dimension
        self.image.setImage(np.ascontiguousarray(DIVERGING[idx]), autoLevels=False)
        self.image.setRect(QRectF(-0.5, -0.5, d, t))
        pi.setXRange(-0.5, d - 0.5, padding=0)
        pi.setYRange(-0.5, t - 0.5, padding=0)
        k = max(1, int(np.ceil(t / 16)))
        left = [(i, token_text(tokens[i]) + (" ?" if oov[i] else "")) for i in range(0, t, k)]
        pi.getAxis("left").setTicks([left])
        pi.getAxis("bottom").setTicks([[(0, "0"), (d - 1, str(d - 1))]])


class SentimentView(pg.PlotWidget):
    """The probability of one class after each prefix: bars from ½ (up: the class, down: the
    other), the current token outlined."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sentiment_view")
        pi = self.getPlotItem()
        _still(pi)
        for ax in ("left", "bottom"):
            pi.getAxis(ax).setStyle(tickFont=small_font(), tickTextOffset=2)
        pi.getAxis("left").setWidth(zoom.scaled(26))
        pi.getAxis("left").setTicks([[(0, "0"), (0.5, "½"), (1, "1")]])
        pi.setYRange(0, 1, padding=0.03)
        self.bars = pg.BarGraphItem(x=[1], y0=[0.5], height=[0], width=0.7, pen=pg.mkPen(None))
        pi.addItem(self.bars)
        self.half = pg.InfiniteLine(pos=0.5, angle=0, movable=False)
        pi.addItem(self.half, ignoreBounds=True)
        self.cursor = QGraphicsRectItem()
        pi.addItem(self.cursor)
        self.setMinimumHeight(zoom.scaled(56))
        self.setMaximumHeight(zoom.scaled(130))
        self.steps = 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(zoom.scaled(260), zoom.scaled(96))

    def apply_colors(self, c: dict) -> None:
        self.setBackground(c["bg"])
        style_axes(self.getPlotItem(), c)
        self.half.setPen(zoom.pen(c["axis"], style=Qt.DashLine))
        pen = QPen(QColor(c["fg"]))
        pen.setCosmetic(True)
        pen.setWidthF(zoom.scaledf(1.5))
        self.cursor.setPen(pen)

    def show_probs(self, p: np.ndarray, tokens: list[str]) -> None:
        """``p`` (T,): the probability of the class shown after each prefix."""
        pi = self.getPlotItem()
        self.steps = t = len(p)
        if t == 0:
            self.bars.setOpts(x=[], y0=[], height=[], brushes=[])
            self.cursor.setVisible(False)
            return
        brushes = [pg.mkBrush(POS_COLOR if v >= 0.5 else NEG_COLOR) for v in p]
        self.bars.setOpts(x=np.arange(1, t + 1), y0=np.full(t, 0.5), height=np.asarray(p) - 0.5, width=0.7,
                          brushes=brushes)
        pi.setXRange(0.5, t + 0.5, padding=0)
        pi.getAxis("bottom").setTicks([axis_ticks(tokens, most=24)])

    def show_step(self, t: int) -> None:
        if self.steps:
            self.cursor.setRect(QRectF(t + 0.5, 0.0, 1.0, 1.0))
            self.cursor.setVisible(True)
