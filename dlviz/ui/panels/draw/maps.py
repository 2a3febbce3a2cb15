"""How the CNN sees the drawing: every feature layer as a row of small maps (wrapped to
the width) with the final scores, and the selected map large beside its kernel(s)."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QGroupBox, QScrollArea, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from dlviz.ui.panels.draw.views import (
    ALIGN_CENTER_WRAP,
    ALIGN_HVCENTER,
    ALIGN_LEFT,
    ALIGN_TOP_CENTER,
    ALIGN_TOP_LEFT_WRAP,
    LUT_DIV,
    LUT_GREY,
    LUT_SEQ,
    colour_indices,
    outline,
    short_number,
    theme_colors,
    to_qimage,
)
from dlviz.ui.widgets.basics import wrap_label


def score_text(v: float, decimals: int) -> str:
    """A final score as its tile shows it: ``decimals`` decimals, a real minus sign, and "0"
    (never "−0") for a value that rounds to zero."""
    text = f"{v:.{decimals}f}"
    if float(text) == 0:
        text = text.lstrip("-")
    return text.replace("-", "−")


class FeatureMapsView(QWidget):
    """Every feature layer of the CNN as a row of small maps (wrapped to the width), then the
    final scores. Click a map to see it large with its kernel(s).

    Each layer is composed into one image with numpy (nearest-neighbour upscaling through a
    precomputed index map) and painted with a single drawImage: a refresh costs about a
    millisecond however many channels there are."""

    map_clicked = Signal(int, int)  # layer index (in the CNN's feature_layers()), channel

    MIN_TILE = 18  # rows of smaller tiles are wrapped…
    FIT_TILE = 10  # …unless the room is short: then the tiles may shrink down to this
    MAX_TILE = 46
    GAP = 3
    HEADER = 18
    SCORE_H = 34

    SCORES_NOTE_MIN = 120  # the scores' note goes under its title when less room is left beside it

    def __init__(self, parent=None):
        super().__init__(parent)
        self.room = 0  # the height it is shown in (its scroll area's viewport): the tiles shrink to fit
        self.layers = []  # [(name, title, maps (C,H,W), signed, scale)]
        self.mosaics: list[QImage] = []
        self.logits: np.ndarray | None = None
        self.names: list[str] | None = None  # the classes of a model trained on your own (None: digits)
        self.selected: tuple[int, int] | None = None
        self.message = ""
        self._geom = []  # per layer: dict(head_y, y, cols, rows, tile)
        self._index_maps = {}  # (C, H, W, cols, rows, tile px) → flat gather index
        self._geom_key = None
        self._scores_y = 0.0
        self._scores_note = QRectF()  # where the scores' note is written (wrapped)
        self._scores_head_h = float(self.HEADER)
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

    def set_room(self, height: int) -> None:
        """The height the view is shown in: the tiles shrink (down to ``MIN_TILE``) so that
        every layer and the scores fit without scrolling."""
        if height != self.room:
            self.room = int(height)
            if self.layers:
                self._ensure_geometry()
                self._compose()
                self.update()

    # layout ---------------------------------------------------------------------------------
    def _tiles_for(self, count: int, width: float, cap: float | None = None, wrap_below: float | None = None):
        """(columns, tile side): one row as wide as the room, wrapped when the tiles would be
        smaller than ``wrap_below`` (default ``MIN_TILE``), at most ``cap`` px."""
        wrap_below = self.MIN_TILE if wrap_below is None else wrap_below
        cols = count
        tile = (width - self.GAP * (cols - 1)) / cols
        if tile < wrap_below:
            rows = math.ceil(count * (wrap_below + self.GAP) / (width + self.GAP))
            cols = math.ceil(count / rows)
            tile = (width - self.GAP * (cols - 1)) / cols
        return cols, int(max(8, min(tile, self.MAX_TILE if cap is None else cap)))

    def scores_note(self) -> str:
        if self.names:
            return self.tr("final layer's output (logits), one per class · softmax turns them into the bars")
        return self.tr("final layer's output (logits), one per digit · softmax turns them into the bars")

    def _scores_header(self, width: float) -> tuple[float, QRectF]:
        """(height of the scores' title, the rectangle of its note), the note wrapped beside
        the title, or under it when little room is left."""
        bold = QFont(self.font())
        bold.setBold(True)
        nx = QFontMetrics(bold).horizontalAdvance(self.tr("scores")) + 10
        fm = QFontMetrics(self.font())
        if width - nx < self.SCORES_NOTE_MIN:
            nx = 0
        note_w = max(40.0, width - nx)
        h = fm.boundingRect(0, 0, int(note_w), 10000, int(ALIGN_TOP_LEFT_WRAP), self.scores_note()).height()
        top = (self.HEADER - fm.height()) / 2 if nx else float(self.HEADER)  # beside: level with the title
        return max(float(self.HEADER), top + h + 2), QRectF(4 + nx, top, note_w, h + 2)

    def _layout(self, avail: float, cap: float, wrap_below: float):
        """Per-layer geometry and the total height for tiles of at most ``cap`` px."""
        geom, y = [], 4.0
        for _name, _title, maps, _s, _sc in self.layers:
            c = maps.shape[0]
            cols, tile = self._tiles_for(c, avail, cap, wrap_below)
            rows = math.ceil(c / cols)
            geom.append({"head_y": y, "y": y + self.HEADER, "cols": cols, "rows": rows, "tile": tile})
            y += self.HEADER + rows * (tile + self.GAP) + 6
        return geom, y

    def _ensure_geometry(self) -> None:
        key = (self.width(), self.room, self.devicePixelRatioF(), tuple(r[2].shape for r in self.layers))
        if key == self._geom_key:
            return
        self._geom_key = key
        avail = max(60.0, self.width() - 8.0)
        head_h, note = self._scores_header(avail)
        scores_h = head_h + self.SCORE_H + 6 if self.layers else 0.0
        # The tiles that show the most (the largest area in all) while everything fits the
        # room: at most MAX_TILE, rows wrapped below MIN_TILE, or (short of room) tiles down
        # to FIT_TILE; when nothing fits, the smallest layout, which then scrolls.
        best = None
        if self.room:
            for wrap_below in range(self.MIN_TILE, self.FIT_TILE - 1, -2):
                for cap in range(self.MAX_TILE, wrap_below - 1, -2):
                    geom, y = self._layout(avail, cap, wrap_below)
                    if y + scores_h <= self.room:
                        area = sum(g["tile"] ** 2 * r[2].shape[0] for g, r in zip(geom, self.layers))
                        if best is None or area > best[0]:
                            best = (area, geom, y)
                        break  # a smaller cap with these rows shows less
        if best is not None:
            _area, geom, y = best
        elif self.room:
            geom, y = self._layout(avail, self.FIT_TILE, self.FIT_TILE)
        else:
            geom, y = self._layout(avail, self.MAX_TILE, self.MIN_TILE)
        self._geom = geom
        self._scores_y = y
        self._scores_head_h = head_h
        self._scores_note = note.translated(0, y)
        y += scores_h
        if int(math.ceil(y)) != self.minimumHeight():
            self.setMinimumHeight(int(math.ceil(y)))

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
        highlight = QColor(theme_colors().get("highlight", "#ff7f0e"))
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
            info = self.tr("{0} · {1}×{2}×{3} · {4} … {5}").format(title, c, h, w, short_number(lo), short_number(hi))
            p.drawText(hr.adjusted(nx, 0, 0, 0), ALIGN_LEFT,
                       p.fontMetrics().elidedText(info, Qt.ElideRight, int(max(0.0, hr.width() - nx))))
            p.drawImage(QPointF(4, g["y"]), self.mosaics[li])
            if self.selected is not None and self.selected[0] == li and self.selected[1] < c:
                outline(p, self.tile_rect(li, self.selected[1]).adjusted(-2, -2, 2, 2), highlight, 2)
        if self.logits is not None:
            y = self._scores_y
            p.setFont(bold)
            p.setPen(fg)
            hr = QRectF(4, y, self.width() - 8, self.HEADER)
            p.drawText(hr, ALIGN_LEFT, self.tr("scores"))
            p.setFont(small)
            p.setPen(muted)
            note = self._scores_note
            p.drawText(note, ALIGN_TOP_LEFT_WRAP, self.scores_note())
            y += self._scores_head_h
            avail = self.width() - 8
            n = len(self.logits)
            names = self.names if self.names is not None and len(self.names) == n else None
            cw = min(64.0, (avail - (n - 1) * self.GAP) / max(1, n))
            m = float(np.abs(self.logits).max()) or 1.0
            fm = QFontMetrics(small)
            decimals = next((d for d in (2, 1) if fm.horizontalAdvance("−" + "8" * 2 + "." + "8" * d) <= cw - 4), 0)
            top = int(np.argmax(self.logits))
            idx = colour_indices(self.logits, True, m)
            for d in range(n):
                r = QRectF(4 + d * (cw + self.GAP), y, cw, self.SCORE_H)
                col = QColor.fromRgba(int(LUT_DIV[idx[d]]))
                p.fillRect(r, col)
                p.setPen(QColor("#ffffff") if col.lightness() < 110 else QColor("#111111"))
                p.setFont(bold if d == top else small)
                label = str(d) if names is None else fm.elidedText(names[d], Qt.ElideRight, int(cw - 4))
                p.drawText(r.adjusted(2, 1, -2, -17), ALIGN_TOP_CENTER, label)
                p.setFont(small)
                p.drawText(r.adjusted(1, 15, -1, -1), ALIGN_HVCENTER, score_text(float(self.logits[d]), decimals))
                if d == top:
                    outline(p, r.adjusted(-2, -2, 2, 2), highlight, 2)
        p.end()


def number_font(base: QFont, chars: int, width: float) -> QFont | None:
    """A font (at most 0.82 × ``base``, at least 6.5 pt) in which ``chars`` characters of
    numbers ("−0.00") fit ``width`` px; None when none does (then no numbers are written)."""
    size = base.pointSizeF() * 0.82
    sample = "−" + "0" * max(1, chars - 1)
    while size >= 6.5:
        f = QFont(base)
        f.setPointSizeF(size)
        if QFontMetrics(f).horizontalAdvance(sample) <= width:
            return f
        size -= 0.5
    return None


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
        return QSize(480, 170)

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
        if self.map_image is None and self.title == text:
            return  # already showing just this text (the layer view refreshes 20 times a second)
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
                texts = [[short_number(float(v)) for v in row] for row in k]
                small = number_font(self.font(), max(len(t) for row in texts for t in row), cell - 3)
                if small is not None:
                    p.setFont(small)
                for i in range(kh):
                    for j in range(kw):
                        r = QRectF(x + j * cell, y0 + i * cell, cell - 1, cell - 1)
                        col = QColor.fromRgba(int(LUT_DIV[colour_indices(np.array([k[i, j]]), True, self.kscale)[0]]))
                        p.fillRect(r, col)
                        if small is not None:
                            p.setPen(QColor("#ffffff") if col.lightness() < 110 else QColor("#111111"))
                            p.drawText(r, Qt.AlignCenter, texts[i][j])
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



class CnnBox(QGroupBox):
    """The CNN's view: which CNN it is, the colour legend, the maps (scrolling) over the
    selected map's detail (a splitter between them)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("How the CNN sees it, layer by layer"))
        lay = QVBoxLayout(self)
        self.cnn_label = wrap_label(self)
        lay.addWidget(self.cnn_label)
        legend = wrap_label(self)
        legend.setText(self.tr(
            "Blue = negative, white = 0, red = positive; after ReLU: dark = 0, bright = strong. "
            "One colour scale per layer."))
        lf = QFont(legend.font())
        lf.setPointSizeF(lf.pointSizeF() * 0.9)
        legend.setFont(lf)
        legend.setForegroundRole(QPalette.PlaceholderText)
        lay.addWidget(legend)
        splitter = self.splitter = QSplitter(Qt.Vertical, self)  # the panel puts the "Why?" box under the detail
        self.maps_view = FeatureMapsView()
        self.maps_scroll = QScrollArea(splitter)
        self.maps_scroll.setWidgetResizable(True)
        self.maps_scroll.setFrameShape(QFrame.NoFrame)
        self.maps_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.maps_scroll.setMinimumHeight(90)
        self.maps_scroll.setWidget(self.maps_view)
        self.maps_scroll.viewport().installEventFilter(self)  # the maps fit the height shown
        self.detail = FeatureDetail(splitter)
        splitter.addWidget(self.maps_scroll)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        lay.addWidget(splitter, 1)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Resize and obj is self.maps_scroll.viewport():
            self.maps_view.set_room(obj.height())
        return False
