"""Draw panel: draw a digit, watch the prediction change with every stroke, and see how each
layer of the CNN sees it.

Per mouse move the canvas paints one segment and emits ``changed``; the panel coalesces
those into a zero-delay single-shot timer (only the latest drawing is ever computed):
preprocess (``dlviz.core.preprocess``) → model → bars. The feature maps, which cost more to
draw, follow on a second timer at most 20 times a second.
"""

from __future__ import annotations

import copy
import math
import time

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QKeySequence, QPainter, QPalette, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dlviz.ui.panels.base import Panel
from dlviz.ui.widgets.canvas import DEFAULT_PEN, SAMPLE_THREE, DrawingCanvas

CNN_ARCHS = ("convnet", "keras-cnn")
SEQUENCE_ARCHS = ("rnn", "gru", "lstm")
SHIPPED_NAMES = {"convnet": "ConvNet", "keras-cnn": "Keras CNN", "lstm": "LSTM"}
ARCH_NAMES = {"convnet": "ConvNet", "keras-cnn": "Keras CNN", "rnn": "RNN", "gru": "GRU", "lstm": "LSTM"}


def _theme_colors() -> dict:
    try:
        from dlviz.ui import theme  # noqa: PLC0415

        return theme.colors()
    except Exception:  # the theme module is optional for this panel
        return {"accent": "#1f77b4", "highlight": "#ff7f0e", "muted": "#707070"}


# Flag combinations made once (combining Qt enums in Python costs time in paint events).
ALIGN_RIGHT = Qt.AlignRight | Qt.AlignVCenter
ALIGN_LEFT = Qt.AlignLeft | Qt.AlignVCenter
ALIGN_CENTER_WRAP = Qt.AlignCenter | Qt.TextWordWrap
ALIGN_TOP_CENTER = Qt.AlignHCenter | Qt.AlignTop
ALIGN_HVCENTER = Qt.AlignHCenter | Qt.AlignVCenter
ALIGN_TOP_LEFT_WRAP = Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap


# --- colour maps (numpy LUTs → QImage) -----------------------------------------------------
def _lut(anchors) -> np.ndarray:
    pos = np.linspace(0, 1, len(anchors))
    cols = np.array([[int(a[i:i + 2], 16) for i in (1, 3, 5)] for a in anchors], np.float64)
    t = np.linspace(0, 1, 256)
    rgb = np.stack([np.interp(t, pos, cols[:, k]) for k in range(3)], axis=1).round().astype(np.uint32)
    return (0xFF000000 | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]).astype(np.uint32)


LUT_SEQ = _lut(["#000004", "#2c115f", "#721f81", "#b73779", "#f1605d", "#feb078", "#fcfdbf"])  # magma
LUT_DIV = _lut(["#053061", "#2166ac", "#92c5de", "#f7f7f7", "#f4a582", "#d6604d", "#67001f"])  # blue–white–red
LUT_GREY = _lut(["#000000", "#ffffff"])


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


def _fmt(v: float) -> str:
    return f"{v:.2f}".replace("-", "−")


# --- widgets -----------------------------------------------------------------------------
class ProbabilityBars(QWidget):
    """Ten horizontal bars, one per digit, with the percentage; the top class highlighted."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.probabilities: np.ndarray | None = None
        self.paint_count = 0
        self._static = None
        self._static_key = None
        self.setMinimumSize(220, 200)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setToolTip(self.tr(
            "Softmax of the model's ten final scores: how probable the model thinks each digit is "
            "(they add up to 100 %)"))

    def set_probabilities(self, probs) -> None:
        self.probabilities = None if probs is None else np.asarray(probs, np.float32).copy()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(280, 260)

    def _geometry(self):
        fm = self.fontMetrics()
        row = self.height() / 10.0
        bar_h = max(4, int(min(row * 0.62, 22.0)))
        label_w = fm.horizontalAdvance("0") + 14
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
            for d in range(10):
                y = d * row
                p.drawText(QRectF(0, y, label_w - 6, row), ALIGN_RIGHT, str(d))
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
            colors = _theme_colors()
            accent = QColor(colors.get("accent", "#1f77b4"))
            top_col = QColor(colors.get("highlight", "#ff7f0e"))
            top = int(np.argmax(probs))
            row, bar_h, x0, pct_w, bar_w = self._geometry()
            bold = QFont(self.font())
            bold.setBold(True)
            p.setPen(muted)
            for d in range(10):
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


class FeatureMapsView(QWidget):
    """Every feature layer of the CNN as a row of small maps (wrapped to the width), then the
    final scores. Click a map to see it large with its kernel(s).

    Each layer is composed into one image with numpy (nearest-neighbour upscaling through a
    precomputed index map) and painted with a single drawImage: a refresh costs about a
    millisecond however many channels there are."""

    map_clicked = Signal(int, int)  # layer index (in the CNN's feature_layers()), channel

    MIN_TILE = 18
    MAX_TILE = 46
    GAP = 3
    HEADER = 18
    SCORE_H = 34

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layers = []  # [(name, title, maps (C,H,W), signed, scale)]
        self.mosaics: list[QImage] = []
        self.logits: np.ndarray | None = None
        self.selected: tuple[int, int] | None = None
        self.message = ""
        self._geom = []  # per layer: dict(head_y, y, cols, rows, tile)
        self._index_maps = {}  # (C, H, W, cols, rows, tile px) → flat gather index
        self._geom_key = None
        self._scores_y = 0.0
        self.paint_count = 0
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Minimum)
        self.setToolTip(self.tr("Each layer's output for your drawing, one small map per channel"))

    def set_message(self, text: str) -> None:
        self.layers, self.mosaics, self.logits, self.message = [], [], None, text
        self._geom, self._geom_key = [], None
        self.setMinimumHeight(60)
        self.update()

    def set_layers(self, layers, logits) -> None:
        """``layers``: LayerMaps list (dlviz.core.features); ``logits``: the final scores."""
        rows = []
        for lm in layers:
            signed = bool(lm.maps.min() < -1e-7)
            scale = float(np.abs(lm.maps).max())
            rows.append((lm.name, lm.title, lm.maps, signed, scale))
        self.layers = rows
        self.message = ""
        self.logits = None if logits is None else np.asarray(logits, np.float32)
        self._ensure_geometry()
        self._compose()
        self.update()

    # layout ---------------------------------------------------------------------------------
    def _tiles_for(self, count: int, width: float):
        cols = count
        tile = (width - self.GAP * (cols - 1)) / cols
        if tile < self.MIN_TILE:
            rows = math.ceil(count * (self.MIN_TILE + self.GAP) / (width + self.GAP))
            cols = math.ceil(count / rows)
            tile = (width - self.GAP * (cols - 1)) / cols
        return cols, int(max(8, min(tile, self.MAX_TILE)))

    def _ensure_geometry(self) -> None:
        key = (self.width(), self.devicePixelRatioF(), tuple(r[2].shape for r in self.layers))
        if key == self._geom_key:
            return
        self._geom_key = key
        self._geom = []
        y = 4
        avail = max(60.0, self.width() - 8.0)
        for _name, _title, maps, _s, _sc in self.layers:
            c = maps.shape[0]
            cols, tile = self._tiles_for(c, avail)
            rows = math.ceil(c / cols)
            self._geom.append({"head_y": y, "y": y + self.HEADER, "cols": cols, "rows": rows, "tile": tile})
            y += self.HEADER + rows * (tile + self.GAP) + 6
        self._scores_y = y
        if self.layers:
            y += self.HEADER + self.SCORE_H + 6
        if int(y) != self.minimumHeight():
            self.setMinimumHeight(int(y))

    def _index_map(self, c, h, w, cols, rows, tile_px, gap_px) -> np.ndarray:
        key = (c, h, w, cols, rows, tile_px, gap_px)
        idx = self._index_maps.get(key)
        if idx is None:
            step = tile_px + gap_px
            height, width = rows * step - gap_px, cols * step - gap_px
            yy = np.arange(height)
            xx = np.arange(width)
            ty, uy = yy // step, yy % step
            tx, ux = xx // step, xx % step
            sy = np.minimum(uy * h // tile_px, h - 1)
            sx = np.minimum(ux * w // tile_px, w - 1)
            ch = ty[:, None] * cols + tx[None, :]
            idx = ch * (h * w) + sy[:, None] * w + sx[None, :]
            blank = (uy[:, None] >= tile_px) | (ux[None, :] >= tile_px) | (ch >= c)
            idx = np.where(blank, c * h * w, idx).astype(np.intp)  # the last entry is the background
            self._index_maps[key] = idx
        return idx

    def _compose(self) -> None:
        dpr = self.devicePixelRatioF()
        bg = np.uint32(self.palette().base().color().rgba())
        self.mosaics = []
        for (_name, _title, maps, signed, scale), g in zip(self.layers, self._geom):
            c, h, w = maps.shape
            tile_px = max(1, int(round(g["tile"] * dpr)))
            gap_px = max(1, int(round((g["tile"] + self.GAP) * dpr)) - tile_px)
            colours = (LUT_DIV if signed else LUT_SEQ)[colour_indices(maps, signed, scale)].ravel()
            pixels = np.append(colours, bg)[self._index_map(c, h, w, g["cols"], g["rows"], tile_px, gap_px)]
            pixels = np.ascontiguousarray(pixels, np.uint32)
            img = QImage(pixels.data, pixels.shape[1], pixels.shape[0], 4 * pixels.shape[1], QImage.Format_RGB32).copy()
            img.setDevicePixelRatio(dpr)
            self.mosaics.append(img)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.layers:
            self._ensure_geometry()
            self._compose()

    def tile_rect(self, layer: int, channel: int) -> QRectF:
        g = self._geom[layer]
        r, k = divmod(channel, g["cols"])
        t = g["tile"]
        return QRectF(4 + k * (t + self.GAP), g["y"] + r * (t + self.GAP), t, t)

    def tile_at(self, pos: QPointF):
        for li, g in enumerate(self._geom):
            t, step = g["tile"], g["tile"] + self.GAP
            x, y = pos.x() - 4, pos.y() - g["y"]
            if 0 <= y < g["rows"] * step and 0 <= x < g["cols"] * step:
                r, k = int(y // step), int(x // step)
                ch = r * g["cols"] + k
                if ch < self.layers[li][2].shape[0]:
                    return li, ch
        return None

    def mousePressEvent(self, event) -> None:
        hit = self.tile_at(event.position())
        if hit is not None and event.button() == Qt.LeftButton:
            self.selected = hit
            self.update()
            self.map_clicked.emit(*hit)

    def mouseMoveEvent(self, event) -> None:
        hit = self.tile_at(event.position())
        self.setCursor(Qt.PointingHandCursor if hit is not None else Qt.ArrowCursor)
        if hit is not None:
            li, ci = hit
            name, title = self.layers[li][0], self.layers[li][1]
            self.setToolTip(self.tr("{0} ({1}), channel {2} — click to see it large with its kernel")
                            .format(name, title, ci))
        else:
            self.setToolTip(self.tr("Each layer's output for your drawing, one small map per channel"))

    def paintEvent(self, event) -> None:
        self.paint_count += 1
        p = QPainter(self)
        fg = self.palette().windowText().color()
        muted = QColor(fg)
        muted.setAlpha(150)
        if not self.layers:
            p.setPen(muted)
            p.drawText(self.rect().adjusted(8, 8, -8, -8), ALIGN_CENTER_WRAP, self.message)
            p.end()
            return
        small = QFont(self.font())
        bold = QFont(small)
        bold.setBold(True)
        highlight = QColor(_theme_colors().get("highlight", "#ff7f0e"))
        for li, (name, title, maps, signed, scale) in enumerate(self.layers):
            g = self._geom[li]
            c, h, w = maps.shape
            hr = QRectF(4, g["head_y"], self.width() - 8, self.HEADER)
            p.setFont(bold)
            p.setPen(fg)
            p.drawText(hr, ALIGN_LEFT, name)
            nx = p.fontMetrics().horizontalAdvance(name) + 10
            p.setFont(small)
            p.setPen(muted)
            lo, hi = float(maps.min()), float(maps.max())
            info = self.tr("{0} · {1}×{2}×{3} · {4} … {5}").format(title, c, h, w, _fmt(lo), _fmt(hi))
            p.drawText(hr.adjusted(nx, 0, 0, 0), ALIGN_LEFT, info)
            p.drawImage(QPointF(4, g["y"]), self.mosaics[li])
            if self.selected is not None and self.selected[0] == li and self.selected[1] < c:
                outline(p, self.tile_rect(li, self.selected[1]).adjusted(-2, -2, 2, 2), highlight, 2)
        if self.logits is not None:
            y = self._scores_y
            p.setFont(bold)
            p.setPen(fg)
            hr = QRectF(4, y, self.width() - 8, self.HEADER)
            label = self.tr("scores")
            p.drawText(hr, ALIGN_LEFT, label)
            nx = p.fontMetrics().horizontalAdvance(label) + 10
            p.setFont(small)
            p.setPen(muted)
            p.drawText(hr.adjusted(nx, 0, 0, 0), ALIGN_LEFT,
                       self.tr("final layer's output (logits), one per digit · softmax turns them into the bars"))
            y += self.HEADER
            avail = self.width() - 8
            cw = min(64.0, (avail - 9 * self.GAP) / 10)
            m = float(np.abs(self.logits).max()) or 1.0
            fm = QFontMetrics(small)
            decimals = next((d for d in (2, 1) if fm.horizontalAdvance("−" + "8" * 2 + "." + "8" * d) <= cw - 4), 0)
            top = int(np.argmax(self.logits))
            idx = colour_indices(self.logits, True, m)
            for d in range(10):
                r = QRectF(4 + d * (cw + self.GAP), y, cw, self.SCORE_H)
                col = QColor.fromRgba(int(LUT_DIV[idx[d]]))
                p.fillRect(r, col)
                p.setPen(QColor("#ffffff") if col.lightness() < 110 else QColor("#111111"))
                p.setFont(bold if d == top else small)
                p.drawText(r.adjusted(2, 1, -2, -17), ALIGN_TOP_CENTER, str(d))
                p.setFont(small)
                p.drawText(r.adjusted(1, 15, -1, -1), ALIGN_HVCENTER,
                           f"{float(self.logits[d]):.{decimals}f}".replace("-", "−"))
                if d == top:
                    outline(p, r.adjusted(-2, -2, 2, 2), highlight, 2)
        p.end()


class FeatureDetail(QWidget):
    """One feature map, large, beside the kernel(s) that made it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = ""
        self.lines: list[str] = []
        self.map_image: QImage | None = None
        self.map_shape = (0, 0)
        self.kernels: np.ndarray | None = None  # (C_in, kh, kw)
        self.kernel_images: list[QImage] = []
        self.kscale = 1.0
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setToolTip(self.tr(
            "The selected feature map, large, and the kernel whose sliding multiply–add over the "
            "layer below produced it (blue = negative weight, red = positive)"))

    def sizeHint(self) -> QSize:
        return QSize(480, 190)

    def show_map(self, title: str, lines, maps2d: np.ndarray, signed: bool, scale: float, kernels=None) -> None:
        self.title = title
        self.lines = list(lines)
        if signed is None:  # the input: plain grey
            lo, hi = float(maps2d.min()), float(maps2d.max())
            idx = np.clip((maps2d - lo) / max(hi - lo, 1e-6) * 255, 0, 255).astype(np.uint8)
            self.map_image = to_qimage(idx, LUT_GREY)
        else:
            self.map_image = to_qimage(colour_indices(maps2d, signed, scale), LUT_DIV if signed else LUT_SEQ)
        self.map_shape = maps2d.shape
        self.kernels = None if kernels is None else np.asarray(kernels, np.float32)
        self.kernel_images = []
        if self.kernels is not None:
            self.kscale = float(np.abs(self.kernels).max()) or 1.0
            self.kernel_images = [to_qimage(colour_indices(k, True, self.kscale), LUT_DIV) for k in self.kernels]
        self.update()

    def clear(self, text: str = "") -> None:
        self.title, self.lines, self.map_image, self.kernels, self.kernel_images = text, [], None, None, []
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        fg = self.palette().windowText().color()
        muted = QColor(fg)
        muted.setAlpha(170)
        bold = QFont(self.font())
        bold.setBold(True)
        if self.map_image is None:
            p.setPen(muted)
            p.drawText(self.rect().adjusted(8, 8, -8, -8), ALIGN_CENTER_WRAP, self.title)
            p.end()
            return
        p.setFont(bold)
        p.setPen(fg)
        p.drawText(QRectF(4, 0, self.width() - 8, 20), ALIGN_LEFT, self.title)
        y0 = 24.0
        side = max(40.0, min(self.height() - y0 - 4, 180.0))
        mr = QRectF(4, y0, side, side)
        p.drawImage(mr, self.map_image)
        p.setPen(QPen(muted, 1))
        p.drawRect(mr)
        x = mr.right() + 14
        if self.kernels is not None:
            n, kh, kw = self.kernels.shape
            if n == 1:  # one kernel: show its numbers
                cell = max(12.0, min(34.0, side / kh, (self.width() - x) * 0.45 / kw))
                k = self.kernels[0]
                small = QFont(self.font())
                small.setPointSizeF(max(6.5, small.pointSizeF() * 0.82))
                p.setFont(small)
                for i in range(kh):
                    for j in range(kw):
                        r = QRectF(x + j * cell, y0 + i * cell, cell - 1, cell - 1)
                        col = QColor.fromRgba(int(LUT_DIV[colour_indices(np.array([k[i, j]]), True, self.kscale)[0]]))
                        p.fillRect(r, col)
                        if cell >= 28:
                            p.setPen(QColor("#ffffff") if col.lightness() < 110 else QColor("#111111"))
                            p.drawText(r, Qt.AlignCenter, _fmt(float(k[i, j])))
                x += kw * cell + 14
            else:  # several input channels: one small heatmap per kernel slice
                cols = min(n, 5)
                rows = math.ceil(n / cols)
                tile = max(8.0, min(36.0, (side - 4 * (rows - 1)) / rows, ((self.width() - x) * 0.5 - 4 * (cols - 1)) / cols))
                for i, img in enumerate(self.kernel_images):
                    r, c = divmod(i, cols)
                    p.drawImage(QRectF(x + c * (tile + 4), y0 + r * (tile + 4), tile, tile), img)
                x += cols * (tile + 4) + 10
        p.setFont(self.font())
        p.setPen(muted)
        p.drawText(QRectF(x, y0, max(40.0, self.width() - x - 4), side), ALIGN_TOP_LEFT_WRAP,
                   "\n".join(self.lines))
        p.end()


# --- the panel --------------------------------------------------------------------------
class _ModelEntry:
    def __init__(self, key: str, name: str, arch: str, origin: str, model=None, info: str = ""):
        self.key, self.name, self.arch, self.origin, self.model, self.info = key, name, arch, origin, model, info


def _accuracy_info(history: dict | None, extra: dict | None) -> float | None:
    for d in (extra or {}, history or {}):
        for k in ("test_accuracy", "test_acc", "accuracy"):
            v = d.get(k)
            if isinstance(v, (list, tuple)) and v:
                v = v[-1]
            if isinstance(v, (int, float)) and 0 < v <= 100:
                return float(v) / (100.0 if v > 1 else 1.0)
    return None


class DrawPanel(Panel):
    panel_id = "draw"
    prediction_changed = Signal(object)  # dlviz.core.features.Prediction, or None (empty canvas / no model)
    features_changed = Signal()

    FEATURE_INTERVAL_MS = 50  # the layer view refreshes at most 20 times a second while drawing

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self._entries: dict[str, _ModelEntry] = {}
        self._active: _ModelEntry | None = None
        self._pre = None  # latest Preprocessed (or None)
        self.prediction = None
        self._features_stale = True
        self._last_features_t = 0.0
        self._selected: tuple[int, int] | None = None
        self._feature_layers = []
        self._feature_cnn = None
        self._shared_features = None

        self._compute_timer = QTimer(self)
        self._compute_timer.setSingleShot(True)
        self._compute_timer.setInterval(0)
        self._compute_timer.timeout.connect(self.refresh_now)
        self._feature_timer = QTimer(self)
        self._feature_timer.setSingleShot(True)
        self._feature_timer.timeout.connect(self.update_features_now)

        self._build_ui()
        self._load_models()
        self.state.classifier_changed.connect(self._on_classifier_changed)
        self.refresh_now()

    # --- UI ---------------------------------------------------------------------------
    def _build_ui(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.setSpacing(8)

        # left: canvas + tools
        draw_box = QGroupBox(self.tr("Draw a digit"), self)
        dl = QVBoxLayout(draw_box)
        self.canvas = DrawingCanvas(draw_box)
        self.canvas.placeholder = self.tr("Draw a digit here with the mouse")
        self.canvas.setToolTip(self.tr(
            "Hold the left mouse button and draw a digit 0–9; it can be anywhere and any size — "
            "the preprocessing centres and scales it like MNIST"))
        self.canvas.changed.connect(self._schedule)
        self.canvas.resized.connect(self._show_pen_width)
        dl.addWidget(self.canvas, 1)

        prev_row = QHBoxLayout()
        self.preview = InputPreview(draw_box)
        prev_row.addWidget(self.preview)
        prev_text = QVBoxLayout()
        prev_title = QLabel(self.tr("<b>What the model sees</b> (28×28)"), draw_box)
        prev_title.setWordWrap(True)
        prev_text.addWidget(prev_title)
        self.preview_caption = QLabel(draw_box)
        self.preview_caption.setWordWrap(True)
        self.preview_caption.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.preview_caption.setMinimumWidth(150)
        self.preview_caption.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)

        self.preview_caption.setToolTip(self.preview.toolTip())
        prev_text.addWidget(self.preview_caption)
        prev_text.addStretch(1)
        prev_row.addLayout(prev_text, 1)
        dl.addLayout(prev_row)

        tools = QHBoxLayout()
        pen_label = QLabel(self.tr("Pen"), draw_box)
        self.pen_slider = QSlider(Qt.Horizontal, draw_box)
        self.pen_slider.setMinimumWidth(70)
        self.pen_slider.setRange(2, 15)  # % of the board side × 0.01 → 0.02–0.15
        self.pen_slider.setToolTip(self.tr(
            "Pen width, as a share of the board; MNIST digits have strokes about 2–3 of their 28 "
            "pixels wide"))
        self.pen_value = QLabel(draw_box)
        self.pen_value.setMinimumWidth(42)
        saved = QSettings().value("draw/pen_width", DEFAULT_PEN)
        try:
            pen = float(saved)
        except (TypeError, ValueError):
            pen = DEFAULT_PEN
        self.pen_slider.setValue(int(round(min(max(pen, 0.02), 0.15) * 100)))
        self.pen_slider.valueChanged.connect(self._pen_changed)
        self._pen_changed(self.pen_slider.value())
        self.undo_btn = QPushButton(self.tr("Undo"), draw_box)
        self.undo_btn.setToolTip(self.tr("Remove the last stroke (Ctrl+Z)"))
        self.undo_btn.clicked.connect(self.canvas.undo)
        self.clear_btn = QPushButton(self.tr("Clear"), draw_box)
        self.clear_btn.setToolTip(self.tr("Erase the whole drawing (Delete)"))
        self.clear_btn.clicked.connect(self.canvas.clear)
        tools.addWidget(pen_label)
        tools.addWidget(self.pen_slider, 1)
        tools.addWidget(self.pen_value)
        tools.addSpacing(6)
        tools.addWidget(self.undo_btn)
        tools.addWidget(self.clear_btn)
        dl.addLayout(tools)

        send = QHBoxLayout()
        send_label = QLabel(self.tr("Send to"), draw_box)
        send.addWidget(send_label)
        self.send_buttons = {}
        for target, text, tip in (
            ("conv", self.tr("Convolution"), self.tr("Open the 28×28 input in the Convolution panel and slide a kernel over it")),
            ("pool", self.tr("Pooling"), self.tr("Open the 28×28 input in the Pooling panel and watch max/average pooling")),
            ("rnn", self.tr("RNN"), self.tr("Feed the 28×28 input to the RNN cells panel, one row per time step")),
        ):
            b = QPushButton(text, draw_box)
            b.setToolTip(tip)
            b.clicked.connect(lambda checked=False, t=target: self.send_to(t))
            send.addWidget(b)
            self.send_buttons[target] = b
        send.addStretch(1)
        dl.addLayout(send)
        hint = QLabel(self.tr(
            "Draw anywhere, at any size: steps 1–3 turn it into an MNIST-like digit. "
            "Ctrl+Z undoes the last stroke, Delete clears."), draw_box)
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.PlaceholderText)
        dl.addWidget(hint)
        dl.addStretch(0)

        # middle: input + prediction
        pred_box = QGroupBox(self.tr("Prediction"), self)
        pl = QVBoxLayout(pred_box)
        top_row = QHBoxLayout()
        digit_col = QVBoxLayout()
        self.top_label = QLabel("–", pred_box)
        f = QFont(self.font())
        f.setPixelSize(84)
        f.setBold(True)
        self.top_label.setFont(f)
        self.top_label.setAlignment(Qt.AlignCenter)
        self.top_label.setFixedSize(140, 104)  # fixed: updating the text never re-lays out the panel

        self.top_label.setToolTip(self.tr("The digit the model finds most probable"))
        self.conf_label = QLabel(pred_box)
        self.conf_label.setAlignment(Qt.AlignCenter)
        self.conf_label.setWordWrap(True)
        self.conf_label.setFixedSize(260, 40)

        digit_col.addStretch(1)
        digit_col.addWidget(self.top_label, 0, Qt.AlignHCenter)
        digit_col.addWidget(self.conf_label, 0, Qt.AlignHCenter)
        digit_col.addStretch(1)
        top_row.addLayout(digit_col, 1)
        pl.addLayout(top_row)
        self.bars = ProbabilityBars(pred_box)
        pl.addWidget(self.bars, 1)

        line = QFrame(pred_box)
        line.setFrameShape(QFrame.HLine)
        line.setFrameShadow(QFrame.Sunken)
        pl.addWidget(line)
        model_row = QHBoxLayout()
        model_row.addWidget(QLabel(self.tr("Model"), pred_box))
        self.model_combo = QComboBox(pred_box)
        self.model_combo.setToolTip(self.tr(
            "Which trained network classifies the drawing: the weights shipped with the app, or "
            "the model you trained or loaded in the Training panel"))
        self.model_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.model_combo.setMinimumContentsLength(14)
        self.model_combo.currentIndexChanged.connect(self._combo_changed)
        model_row.addWidget(self.model_combo, 1)
        pl.addLayout(model_row)
        self.model_info = QLabel(pred_box)
        self.model_info.setWordWrap(True)
        self.model_info.setTextFormat(Qt.PlainText)
        pl.addWidget(self.model_info)

        # right: the CNN's view
        cnn_box = QGroupBox(self.tr("How the CNN sees it, layer by layer"), self)
        cl = QVBoxLayout(cnn_box)
        self.cnn_label = QLabel(cnn_box)
        self.cnn_label.setWordWrap(True)
        cl.addWidget(self.cnn_label)
        legend = QLabel(self.tr(
            "Blue = negative, white = 0, red = positive; after ReLU: dark = 0, bright = strong. "
            "One colour scale per layer."), cnn_box)
        legend.setWordWrap(True)
        lf = QFont(legend.font())
        lf.setPointSizeF(lf.pointSizeF() * 0.9)
        legend.setFont(lf)
        legend.setForegroundRole(QPalette.PlaceholderText)
        cl.addWidget(legend)
        splitter = QSplitter(Qt.Vertical, cnn_box)
        self.maps_view = FeatureMapsView()
        self.maps_view.map_clicked.connect(self._select_map)
        self.maps_scroll = QScrollArea(splitter)
        self.maps_scroll.setWidgetResizable(True)
        self.maps_scroll.setFrameShape(QFrame.NoFrame)
        self.maps_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.maps_scroll.setWidget(self.maps_view)
        self.detail = FeatureDetail(splitter)
        self.detail.clear(self.tr("Click a feature map to see it large with its kernel"))
        splitter.addWidget(self.maps_scroll)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        cl.addWidget(splitter, 1)

        draw_box.setMinimumWidth(330)
        pred_box.setMinimumWidth(280)
        pred_box.setMaximumWidth(380)
        cnn_box.setMinimumWidth(360)
        root.addWidget(draw_box, 5)
        root.addWidget(pred_box, 3)
        root.addWidget(cnn_box, 7)

        for key, slot, text in (
            (QKeySequence.Undo, self.canvas.undo, self.tr("Undo the last stroke (Draw panel)")),
            (QKeySequence(Qt.Key_Delete), self.canvas.clear, self.tr("Clear the drawing (Draw panel)")),
            (QKeySequence(Qt.Key_Backspace), self.canvas.clear, self.tr("Clear the drawing (Draw panel)")),
        ):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.WidgetWithChildrenShortcut)
            sc.setWhatsThis(text)
            sc.activated.connect(slot)

    def _pen_changed(self, value: int) -> None:
        self.canvas.set_pen_width(value / 100.0)
        self._show_pen_width()
        QSettings().setValue("draw/pen_width", value / 100.0)

    def _show_pen_width(self) -> None:
        self.pen_value.setText(self.tr("{0} px").format(int(round(self.canvas.pen_width_px()))))

    # --- models -------------------------------------------------------------------------
    def _load_models(self) -> None:
        from dlviz.core import shipped  # noqa: PLC0415

        for arch in shipped.available():
            key = f"shipped:{arch}"
            self._entries[key] = _ModelEntry(
                key, self.tr("{0} (shipped)").format(SHIPPED_NAMES.get(arch, arch)), arch, "shipped")
        for arch in (*CNN_ARCHS, *SEQUENCE_ARCHS):
            bundle = self.state.classifier_for((arch,))
            if bundle is not None:
                self._add_bundle(bundle, select=False)
        self._rebuild_combo()
        current = self.state.classifier
        if current is not None and current.config.get("arch") in (*CNN_ARCHS, *SEQUENCE_ARCHS):
            self.select_model(f"app:{current.config.get('arch')}")
        elif "shipped:convnet" in self._entries:
            self.select_model("shipped:convnet")
        elif self._entries:
            self.select_model(next(iter(self._entries)))
        else:
            self._set_active(None)

    def _add_bundle(self, bundle, select: bool) -> str:
        arch = bundle.config.get("arch", "?")
        key = f"app:{arch}"
        model = bundle.model
        try:
            model = copy.deepcopy(model).cpu().eval()  # the trainer may keep changing its own copy
        except Exception:  # noqa: BLE001 — a model that cannot be copied is used as it is
            pass
        info = ""
        acc = _accuracy_info(getattr(bundle, "history", None), None)
        if acc is not None:
            info = self.tr("test accuracy {0:.2f} %").format(100 * acc)
        self._entries[key] = _ModelEntry(key, bundle.name, arch, getattr(bundle, "origin", "trained"), model, info)
        return key

    def _rebuild_combo(self) -> None:
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        if not self._entries:
            self.model_combo.addItem(self.tr("No model yet"), "")
            self.model_combo.setEnabled(False)
        else:
            self.model_combo.setEnabled(True)
            for key, e in self._entries.items():
                self.model_combo.addItem(e.name, key)
        if self._active is not None:
            i = self.model_combo.findData(self._active.key)
            if i >= 0:
                self.model_combo.setCurrentIndex(i)
        self.model_combo.blockSignals(False)

    def model_keys(self) -> list[str]:
        return list(self._entries)

    def active_model_name(self) -> str | None:
        return None if self._active is None else self._active.name

    def select_model(self, key: str) -> bool:
        """Use the model ``key`` ("shipped:<arch>" or "app:<arch>"); False if unavailable."""
        e = self._entries.get(key)
        if e is None:
            return False
        if e.model is None and e.origin == "shipped":
            from dlviz.core.checkpoint import CheckpointError  # noqa: PLC0415
            from dlviz.core.shipped import load_shipped  # noqa: PLC0415

            try:
                loaded = load_shipped(e.arch)
            except CheckpointError as err:
                self.state.message(self.tr("Shipped weights refused: {0}").format(str(err)))
                loaded = None
            if loaded is None:
                return False
            e.model, _config, payload = loaded
            acc = _accuracy_info(payload.get("history"), payload.get("extra"))
            if acc is not None:
                e.info = self.tr("MNIST test accuracy {0:.2f} %").format(100 * acc)
        self._set_active(e)
        return True

    def _set_active(self, e: _ModelEntry | None) -> None:
        self._active = e
        self._rebuild_combo()
        if e is None:
            self.model_info.setText(self.tr(
                "No trained model yet: train one in the Training panel (or run `dlviz train`). "
                "The preprocessing works already."))
        else:
            from dlviz.core.models import ARCH_TITLES  # noqa: PLC0415

            text = self.tr("Using {0}: {1}").format(e.name, ARCH_TITLES.get(e.arch, e.arch))
            if e.info:
                text += " · " + e.info
            self.model_info.setText(text)
        self._choose_feature_cnn()
        self._schedule()

    def _choose_feature_cnn(self) -> None:
        """The CNN whose layers are shown: the model in use if it is a CNN, else the latest CNN
        the app has (trained here, then shipped)."""
        e = self._active
        cnn = None
        if e is not None and e.arch in CNN_ARCHS and e.model is not None:
            cnn = e
        else:
            for key in ("app:convnet", "app:keras-cnn", "shipped:convnet", "shipped:keras-cnn"):
                cand = self._entries.get(key)
                if cand is None:
                    continue
                if cand.model is None and cand.origin == "shipped":
                    from dlviz.core.shipped import load_shipped  # noqa: PLC0415

                    try:
                        loaded = load_shipped(cand.arch)
                    except Exception:  # noqa: BLE001 — refused weights: try the next
                        loaded = None
                    if loaded is None:
                        continue
                    cand.model = loaded[0]
                cnn = cand
                break
        changed = cnn is not self._feature_cnn
        self._feature_cnn = cnn
        if cnn is None:
            self.cnn_label.setText(self.tr("No CNN available yet: train a ConvNet or Keras CNN in the Training panel."))
        elif e is not None and cnn is not e:
            self.cnn_label.setText(self.tr(
                "Layers of {0} — {1}, the model in use, reads the digit row by row and has no feature maps").format(
                cnn.name, e.name))
        else:
            self.cnn_label.setText(self.tr("Layers of {0}").format(cnn.name))
        if changed:
            self._selected = None
            self.maps_view.selected = None
            self.detail.clear(self.tr("Click a feature map to see it large with its kernel"))
        self._features_stale = True

    def _combo_changed(self, index: int) -> None:
        key = self.model_combo.itemData(index)
        if key and (self._active is None or key != self._active.key):
            if not self.select_model(key):
                self._rebuild_combo()

    def _on_classifier_changed(self, bundle) -> None:
        arch = bundle.config.get("arch") if isinstance(getattr(bundle, "config", None), dict) else None
        if arch not in (*CNN_ARCHS, *SEQUENCE_ARCHS):
            return
        key = self._add_bundle(bundle, select=True)
        self._set_active(self._entries[key])
        self.state.message(self.tr("Draw panel now uses {0}").format(bundle.name))

    # --- computing -----------------------------------------------------------------------
    def _schedule(self) -> None:
        if not self._compute_timer.isActive():
            self._compute_timer.start()

    def refresh_now(self) -> None:
        """Preprocess the current drawing and update the input, the bars and the top class."""
        from dlviz.core.features import predict  # noqa: PLC0415
        from dlviz.core.preprocess import preprocess  # noqa: PLC0415

        self._compute_timer.stop()
        pre = None if self.canvas.is_empty() and not self.canvas.is_drawing() else preprocess(self.canvas.ink_array())
        self._pre = pre
        self.preview.set_input(pre)
        pred = None
        self._shared_features = None
        if pre is not None and self._active is not None and self._active.model is not None:
            try:
                # When the model in use is also the CNN on show, one forward pass gives both.
                shared = self._active is self._feature_cnn
                pred = predict(self._active.model, pre.image, features=shared)
                if shared:
                    self._shared_features = (pre, pred)
            except Exception as err:  # noqa: BLE001 — a foreign model must not crash the panel
                self.model_info.setText(self.tr("This model cannot classify the drawing: {0}").format(str(err)[:160]))
                pred = None
        self.prediction = pred
        self.bars.set_probabilities(None if pred is None else pred.probabilities)
        self.top_label.setForegroundRole(QPalette.PlaceholderText if pred is None else QPalette.WindowText)
        if pred is None:
            self.top_label.setText("–")
            if pre is None:
                self.conf_label.setText(self.tr("Draw a digit: an empty canvas gets no prediction"))
            else:
                self.conf_label.setText(self.tr("No model to ask"))
        else:
            self.top_label.setText(str(pred.top))
            self.conf_label.setText(self.tr("{0:.1f} % sure").format(100 * pred.confidence))
        for b in self.send_buttons.values():
            b.setEnabled(pre is not None)
        self.prediction_changed.emit(pred)
        self._features_stale = True
        if not self._feature_timer.isActive():
            # after the bars have been painted (a few ms), at most every FEATURE_INTERVAL_MS
            wait = self.FEATURE_INTERVAL_MS - (time.perf_counter() - self._last_features_t) * 1000
            self._feature_timer.start(int(max(4, wait)))

    def _update_caption(self) -> None:
        """The numbers of the preprocessing steps (refreshed with the layer view, ≤ 20 Hz)."""
        pre = self._pre
        if pre is None:
            self.preview_caption.setText(self.tr("Empty canvas"))
        else:
            self.preview_caption.setText(self.tr(
                "1. crop to the ink: {0}×{1} px\n2. scale to {2}×{3} px\n"
                "3. centre of mass → ({4:.1f}, {5:.1f})\n4. normalise (MNIST mean, std)").format(
                pre.bbox[3] - pre.bbox[1], pre.bbox[2] - pre.bbox[0], pre.scaled_size[1], pre.scaled_size[0],
                pre.centre_of_mass[1], pre.centre_of_mass[0]))

    def update_features_now(self) -> None:
        """Recompute and redraw the CNN's layer-by-layer view (skipped while hidden)."""
        self._feature_timer.stop()
        self._update_caption()
        if not self.maps_view.isVisible():
            return
        self._last_features_t = time.perf_counter()
        self._features_stale = False
        from dlviz.core.features import predict  # noqa: PLC0415
        cnn = self._feature_cnn
        pre = self._pre
        if cnn is None or cnn.model is None:
            self._feature_layers = []
            self.maps_view.set_message(self.tr("No CNN to show yet."))
        elif pre is None:
            self._feature_layers = []
            self.maps_view.set_message(self.tr("Draw a digit to see what every layer of the CNN makes of it."))
            self.detail.clear(self.tr("Click a feature map to see it large with its kernel"))
        else:
            try:
                shared = self._shared_features
                if shared is not None and shared[0] is pre:
                    pred = shared[1]
                else:
                    pred = predict(cnn.model, pre.image, features=True)
            except Exception as err:  # noqa: BLE001
                self.maps_view.set_message(self.tr("Cannot run this CNN: {0}").format(str(err)[:160]))
                return
            self._feature_layers = pred.layers
            self.maps_view.set_layers(pred.layers, pred.logits)
            if self._selected is not None:
                self._show_detail(*self._selected)
        self.features_changed.emit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._features_stale:
            self._feature_timer.start(0)

    def _select_map(self, layer: int, channel: int) -> None:
        self._selected = (layer, channel)
        self.maps_view.selected = (layer, channel)
        self.maps_view.update()
        self._show_detail(layer, channel)

    def select_feature_map(self, layer_name: str, channel: int) -> bool:
        """Select a map by layer name ("conv1", "pool1", …) and channel, as a click would."""
        names = [lm.name for lm in self._feature_layers]
        if layer_name not in names:
            return False
        li = names.index(layer_name)
        if not 0 <= channel < self._feature_layers[li].maps.shape[0]:
            return False
        self._select_map(li, channel)
        return True

    def _show_detail(self, layer: int, channel: int) -> None:
        from dlviz.core.features import kernels_for  # noqa: PLC0415

        if layer >= len(self._feature_layers):
            return
        lm = self._feature_layers[layer]
        if channel >= lm.maps.shape[0]:
            return
        m = lm.maps[channel]
        signed = bool(lm.maps.min() < -1e-7)
        scale = float(np.abs(lm.maps).max())
        lines = [self.tr("{0}×{1} values from {2} to {3}").format(m.shape[0], m.shape[1], _fmt(float(m.min())), _fmt(float(m.max())))]
        kv = kernels_for(self._feature_cnn.model, lm.name, channel) if self._feature_cnn else None
        kernels = None
        if kv is not None:
            kernels = kv.weights
            c_in, kh, kw = kv.weights.shape
            if lm.kind == "conv":
                lines.append(self.tr("= bias {0} + Σ over {1} input map(s) of the {2}×{3} kernel(s) below").format(
                    _fmt(kv.bias), c_in, kh, kw))
            else:
                lines.append(self.tr("made by {0}; kernel of {1} channel {2} below").format(kv.note, kv.conv_name, channel))
            lines.append(self.tr("kernel range {0} … {1}").format(_fmt(float(kv.weights.min())), _fmt(float(kv.weights.max()))))
        self.detail.show_map(self.tr("{0} · channel {1} · {2}").format(lm.name, channel, lm.title), lines, m, signed, scale, kernels)

    # --- sending ---------------------------------------------------------------------------
    def current_input(self):
        """The current 28×28 model input in [0, 1], or None for an empty canvas."""
        return None if self._pre is None else self._pre.image.copy()

    def send_to(self, target: str) -> None:
        img = self.current_input()
        if img is None:
            self.state.message(self.tr("Draw a digit first"))
            return
        self.state.send_drawing(target, img)

    # --- panel hooks -----------------------------------------------------------------------
    def shutdown(self) -> None:
        self._compute_timer.stop()
        self._feature_timer.stop()

    def prepare_screenshot(self) -> None:
        self.canvas.clear()
        self.canvas.add_stroke(SAMPLE_THREE, width=0.06)
        self.refresh_now()
        self.update_features_now()
        if self._feature_layers:
            conv1 = self._feature_layers[0].maps
            best = int(np.argmax(conv1.reshape(conv1.shape[0], -1).max(axis=1)))
            self.select_feature_map(self._feature_layers[0].name, best)
