"""The Draw panel's small views: the ten probability bars and the 28×28 model input, and
the painting helpers the feature-map views share (colour tables → QImage, outlines)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from dlviz.ui import fmt, theme
from dlviz.ui.colormaps import BLUE_WHITE_RED, GREY, MAGMA, packed_table

# Flag combinations made once (combining Qt enums in Python costs time in paint events).
ALIGN_RIGHT = Qt.AlignRight | Qt.AlignVCenter
ALIGN_LEFT = Qt.AlignLeft | Qt.AlignVCenter
ALIGN_CENTER_WRAP = Qt.AlignCenter | Qt.TextWordWrap
ALIGN_TOP_CENTER = Qt.AlignHCenter | Qt.AlignTop
ALIGN_HVCENTER = Qt.AlignHCenter | Qt.AlignVCenter
ALIGN_TOP_LEFT_WRAP = Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap

LUT_SEQ = packed_table(MAGMA)
LUT_DIV = packed_table(BLUE_WHITE_RED)
LUT_GREY = packed_table(GREY)


def theme_colors() -> dict:
    return theme.colors()


def colour_indices(a: np.ndarray, signed: bool, scale: float) -> np.ndarray:
    scale = scale if scale > 1e-12 else 1.0
    if signed:
        idx = (a / scale + 1.0) * 127.5
    else:
        idx = a / scale * 255.0
    return np.clip(idx, 0, 255).astype(np.uint8)


def to_qimage(indices: np.ndarray, lut: np.ndarray) -> QImage:
    """uint8 (H, W) indices through a LUT → an RGB32 QImage that owns its pixels."""
    rgb = np.ascontiguousarray(lut[indices])
    h, w = rgb.shape
    return QImage(rgb.data, w, h, 4 * w, QImage.Format_RGB32).copy()


def outline(p: QPainter, rect: QRectF, color: QColor, width: int = 1) -> None:
    """A rectangle's outline as four filled bars (fillRect is far cheaper than a stroked
    drawRect on a widget's backing store)."""
    r = rect.toAlignedRect()
    x, y, w, h = r.x(), r.y(), r.width(), r.height()
    p.fillRect(x, y, w, width, color)
    p.fillRect(x, y + h - width, w, width, color)
    p.fillRect(x, y, width, h, color)
    p.fillRect(x + w - width, y, width, h, color)


def short_number(v: float) -> str:
    """Two decimals and a real minus sign ("−0.12"), as the maps and kernels are labelled."""
    return fmt.number(round(float(v), 2), 2)


class ProbabilityBars(QWidget):
    """One horizontal bar per class (the ten digits, or the names of a model trained on your
    own classes), with the percentage; the top class highlighted."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.probabilities: np.ndarray | None = None
        self.names: list[str] | None = None  # class names (None: the digits 0–9)
        self.paint_count = 0
        self._static = None
        self._static_key = None
        self.setMinimumSize(200, 150)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setToolTip(self.tr(
            "Softmax of the model's ten final scores: how probable the model thinks each digit is "
            "(they add up to 100 %)"))

    def set_probabilities(self, probs, names=None) -> None:
        """``probs`` (None: no prediction); ``names``: the classes' names (None: digits)."""
        self.probabilities = None if probs is None else np.asarray(probs, np.float32).copy()
        names = None if names is None else [str(n) for n in names]
        if names != self.names:
            self.names = names
            self._static = None
        self.update()

    def labels(self) -> list[str]:
        return list(self.names) if self.names else [str(d) for d in range(10)]

    def sizeHint(self) -> QSize:
        return QSize(280, 260)

    def _geometry(self):
        fm = self.fontMetrics()
        row = self.height() / max(1, len(self.labels()))
        bar_h = max(4, int(min(row * 0.62, 22.0)))
        widest = max(fm.horizontalAdvance(t) for t in self.labels())
        label_w = min(widest, int(self.width() * 0.4)) + 14
        pct_w = fm.horizontalAdvance("100.0 %") + 10
        bar_w = max(10, self.width() - label_w - pct_w)
        return row, bar_h, label_w, pct_w, bar_w

    def _static_layer(self) -> QPixmap:
        """Background, bar tracks and digit labels: drawn once per size / palette."""
        dpr = self.devicePixelRatioF()
        key = (self.width(), self.height(), dpr, self.palette().cacheKey())
        if self._static is None or self._static_key != key:
            pm = QPixmap(max(1, int(self.width() * dpr)), max(1, int(self.height() * dpr)))
            pm.setDevicePixelRatio(dpr)
            pm.fill(Qt.transparent)
            p = QPainter(pm)
            fg = self.palette().windowText().color()
            track = QColor(fg)
            track.setAlpha(28)
            row, bar_h, label_w, _pct_w, bar_w = self._geometry()
            p.setPen(fg)
            fm = self.fontMetrics()
            for d, text in enumerate(self.labels()):
                y = d * row
                text = fm.elidedText(text, Qt.ElideRight, label_w - 8)
                p.drawText(QRectF(0, y, label_w - 6, row), ALIGN_RIGHT, text)
                p.fillRect(label_w, int(y + (row - bar_h) / 2), bar_w, bar_h, track)
            p.end()
            self._static, self._static_key = pm, key
        return self._static

    def changeEvent(self, event) -> None:
        self._static = None
        super().changeEvent(event)

    def paintEvent(self, event) -> None:
        self.paint_count += 1
        p = QPainter(self)
        p.drawPixmap(0, 0, self._static_layer())
        probs = self.probabilities
        if probs is not None:
            fg = self.palette().windowText().color()
            muted = QColor(fg)
            muted.setAlpha(120)
            colors = theme_colors()
            accent = QColor(colors.get("accent", "#1f77b4"))
            top_col = QColor(colors.get("highlight", "#ff7f0e"))
            top = int(np.argmax(probs))
            row, bar_h, x0, pct_w, bar_w = self._geometry()
            bold = QFont(self.font())
            bold.setBold(True)
            p.setPen(muted)
            for d in range(min(len(probs), len(self.labels()))):
                y = d * row
                v = float(probs[d])
                length = int(round(bar_w * v))
                if length > 0:
                    p.fillRect(x0, int(y + (row - bar_h) / 2), length, bar_h, top_col if d == top else accent)
                if d == top:
                    p.setPen(fg)
                    p.setFont(bold)
                p.drawText(QRectF(x0 + bar_w, y, pct_w, row), ALIGN_RIGHT, f"{100 * v:.1f} %")
                if d == top:
                    p.setPen(muted)
                    p.setFont(self.font())
        p.end()


class InputPreview(QWidget):
    """The 28×28 model input, one block per pixel, with the centre of mass marked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.image: QImage | None = None
        self.com = None
        self.box = None  # (top, left, h, w) of the scaled digit in the 28×28 field
        self.setFixedSize(140, 140)
        self.setAttribute(Qt.WA_OpaquePaintEvent, True)
        self.setToolTip(self.tr(
            "What the model sees: your drawing cropped to its ink, scaled so its longer side is "
            "20 px, and shifted so its centre of mass (the cross) sits at the centre of 28×28 "
            "— the way MNIST was made"))

    def set_input(self, pre) -> None:
        if pre is None:
            self.image, self.com, self.box = None, None, None
        else:
            self.image = to_qimage((pre.image * 255).astype(np.uint8), LUT_GREY)
            self.com = pre.centre_of_mass
            self.box = (*pre.offset, *pre.scaled_size)
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        r = QRectF(0, 0, self.width(), self.height())
        p.fillRect(r, QColor("#000000"))
        cell = self.width() / 28.0
        if self.image is not None:
            p.drawImage(r, self.image)
            top, left, h, w = self.box
            outline(p, QRectF(left * cell, top * cell, w * cell, h * cell), QColor(93, 173, 226, 170))
            cy, cx = self.com
            x, y = (cx + 0.5) * cell, (cy + 0.5) * cell
            p.setPen(QPen(QColor("#ff6b6b"), 1.5))
            red = QColor("#ff6b6b")
            p.fillRect(QRectF(x - 6, y - 1, 12, 2), red)
            p.fillRect(QRectF(x - 1, y - 6, 2, 12), red)
        else:
            p.setPen(QColor("#8a929c"))
            p.drawText(r, Qt.AlignCenter, self.tr("28×28"))
        p.end()

