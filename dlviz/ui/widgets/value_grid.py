"""A fast view of a 2-D array of numbers: coloured cells, with each value written on its
cell when the cells are large enough to read, padding cells drawn distinctly (hatched),
and per-frame overlays (a sliding window's taps and outline, highlighted cells, an output
map that fills cell by cell).

Speed: everything that only changes with the data (colours, numbers, hatching, grid
lines, title) is painted once into a cached pixmap; a frame blits that pixmap and draws
the few overlay rectangles. ``paint_cells`` is also used directly by readouts that draw
small grids of their own.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


# --------------------------------------------------------------------------------------
# colours
# --------------------------------------------------------------------------------------
def _lut(anchors) -> np.ndarray:
    pos = np.array([a[0] for a in anchors])
    cols = np.array([QColor(a[1]).getRgb()[:3] for a in anchors], dtype=float)
    t = np.linspace(0, 1, 256)
    return np.stack([np.interp(t, pos, cols[:, k]) for k in range(3)], axis=1).round().astype(np.uint8)


LUTS = {
    # 0 → paper white, 1 → ink navy: a digit reads as dark strokes on paper
    "seq": _lut([(0.0, "#ffffff"), (0.35, "#c6dbef"), (0.7, "#4a90c8"), (1.0, "#08306b")]),
    # negative blue, zero white, positive red
    "div": _lut([(0.0, "#2166ac"), (0.25, "#92c5de"), (0.5, "#ffffff"), (0.75, "#f4a582"), (1.0, "#b2182b")]),
}

PAD_FILL = QColor("#ece6d8")
PAD_HATCH = QColor("#cfc5ae")
PAD_TEXT = QColor("#8a8170")
EMPTY_FILL = QColor("#f3f4f6")
GRID_LINE = QColor(0, 0, 0, 28)
WINDOW_COLOR = QColor("#f28e2b")  # taps and current output cell
WINNER_COLOR = QColor("#2ca02c")  # max-pool winner


def auto_levels(values: np.ndarray) -> tuple[tuple[float, float], str]:
    """(levels, colormap): sequential [min(0, lo), hi] for non-negative data, symmetric
    diverging around 0 otherwise."""
    v = np.asarray(values, dtype=float)
    finite = v[np.isfinite(v)]
    if finite.size == 0:
        return (0.0, 1.0), "seq"
    lo, hi = float(finite.min()), float(finite.max())
    if lo >= 0:
        return (0.0, hi if hi > 0 else 1.0), "seq"
    m = max(abs(lo), abs(hi)) or 1.0
    return (-m, m), "div"


def colorize(values: np.ndarray, levels, cmap: str) -> np.ndarray:
    """(H, W, 3) uint8 colours of ``values`` (NaN/±inf → the padding colour)."""
    v = np.asarray(values, dtype=float)
    lo, hi = levels
    span = hi - lo if hi > lo else 1.0
    finite = np.isfinite(v)
    idx = np.clip(((np.where(finite, v, lo) - lo) / span) * 255.0, 0, 255).astype(np.uint8)
    rgb = LUTS[cmap][idx]
    if not finite.all():
        rgb[~finite] = PAD_FILL.getRgb()[:3]
    return rgb


def format_value(v: float, compact: bool = True, decimals: int = 2) -> str:
    """Short text for a cell: integers as integers, others with ``decimals`` decimals;
    ``compact`` drops a leading zero (0.53 → .53) so it fits small cells."""
    if v is None:
        return ""
    v = float(v)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "−∞" if v < 0 else "∞"
    if v == round(v) and abs(v) < 1e6:
        return str(int(round(v))).replace("-", "−")
    a = abs(v)
    if a >= 100:
        s = f"{v:.0f}"
    elif a >= 10:
        s = f"{v:.{max(0, decimals - 1)}f}"
    else:
        s = f"{v:.{decimals}f}"
    if compact:
        if s.startswith("0."):
            s = s[1:]
        elif s.startswith("-0."):
            s = "-" + s[2:]
        if s in (".00", "-.00", "-0"):
            s = "0"
    return s.replace("-", "−")


_LIGHT_TEXT = QColor("#ffffff")
_DARK_TEXT = QColor("#1d1d1f")
_DARK_TEXT_FAINT = QColor(0x1D, 0x1D, 0x1F, 110)
_LIGHT_TEXT_FAINT = QColor(255, 255, 255, 110)


def _dark_background(rgb: np.ndarray) -> np.ndarray:
    """Per cell: is the background dark enough for white text?"""
    return (rgb[..., :3].astype(np.float32) @ np.array([0.299, 0.587, 0.114], np.float32)) < 140


def cell_font(cell: float, samples=("−.00",), base: QFont | None = None) -> QFont | None:
    """The largest font (≤ 0.42 × cell, ≤ 13 px) in which every text of ``samples``
    fits a cell, or None when the cells are too small to read (< 6 px font)."""
    f = QFont(base) if base is not None else QFont()
    size = min(13.0, cell * 0.46)
    while size >= 6.0:
        f.setPixelSize(int(size))
        fm = QFontMetrics(f)
        if max(fm.horizontalAdvance(t) for t in samples) <= cell - 2:
            return f
        size -= 0.5
    return None


def paint_cells(
    p: QPainter,
    x0: float,
    y0: float,
    cell: float,
    values: np.ndarray,
    levels,
    cmap: str,
    *,
    pad_mask: np.ndarray | None = None,
    pad_text: str = "0",
    numbers: bool = True,
    compact: bool = True,
    decimals: int = 2,
    font: QFont | None = None,
    grid_lines: bool = True,
) -> bool:
    """Paint ``values`` (H, W) as cells of ``cell`` px from (x0, y0). Returns whether
    the numbers were written (False when the cells are too small)."""
    values = np.asarray(values, dtype=float)
    h, w = values.shape
    rgb = np.ascontiguousarray(colorize(values, levels, cmap))
    img = QImage(rgb.data, w, h, 3 * w, QImage.Format_RGB888)
    target = QRectF(x0, y0, w * cell, h * cell)
    p.save()
    p.setRenderHint(QPainter.SmoothPixmapTransform, False)
    p.setRenderHint(QPainter.Antialiasing, False)
    p.drawImage(target, img)
    if pad_mask is not None and pad_mask.any():
        hatch = QBrush(PAD_HATCH, Qt.BDiagPattern)
        for r, c in zip(*np.nonzero(pad_mask)):
            rect = QRectF(x0 + c * cell, y0 + r * cell, cell, cell)
            p.fillRect(rect, PAD_FILL)
            if cell >= 5:
                p.fillRect(rect, hatch)
    if grid_lines and cell >= 6:
        p.setPen(QPen(GRID_LINE, 1))
        for r in range(h + 1):
            y = y0 + r * cell
            p.drawLine(QPointF(x0, y), QPointF(x0 + w * cell, y))
        for c in range(w + 1):
            x = x0 + c * cell
            p.drawLine(QPointF(x, y0), QPointF(x, y0 + h * cell))
    wrote = False
    if numbers:
        texts = [[format_value(v, compact, decimals) for v in row] for row in values]
        distinct = {t for row in texts for t in row} or {"0"}
        if pad_mask is not None and pad_mask.any():
            distinct.add(pad_text)
        f = font if font is not None else cell_font(cell, tuple(sorted(distinct, key=lambda t: (len(t), t))[-4:]))
        if f is not None:
            wrote = True
            p.setFont(f)
            pad_font = QFont(f)
            pad_font.setItalic(True)
            dark = _dark_background(rgb).tolist()
            pads = pad_mask.tolist() if pad_mask is not None else None
            current = None
            for r in range(h):
                for c in range(w):
                    rect = QRectF(x0 + c * cell, y0 + r * cell, cell, cell)
                    if pads is not None and pads[r][c]:
                        p.setFont(pad_font)
                        p.setPen(PAD_TEXT)
                        p.drawText(rect, Qt.AlignCenter, pad_text)
                        p.setFont(f)
                        current = None
                        continue
                    text = texts[r][c]
                    # zeros recede, the values that matter stand out
                    if dark[r][c]:
                        color = _LIGHT_TEXT_FAINT if text == "0" else _LIGHT_TEXT
                    else:
                        color = _DARK_TEXT_FAINT if text == "0" else _DARK_TEXT
                    if color is not current:
                        p.setPen(color)
                        current = color
                    p.drawText(rect, Qt.AlignCenter, text)
    p.restore()
    return wrote


# --------------------------------------------------------------------------------------
# the widget
# --------------------------------------------------------------------------------------
class ValueGrid(QWidget):
    """A 2-D array as a grid of coloured cells with numbers (when they fit).

    - ``set_values(values, pad=(ph, pw), levels=None, cmap=None)``: the array, of which an
      outer frame ``pad`` cells wide is padding (hatched, written as ``pad_text``);
    - ``set_window(rows, cols)``: tap cells of the sliding window (grid coordinates), drawn
      as separate outlined cells plus a dashed outline of the whole receptive field;
    - ``set_marks(cells)``: extra highlighted cells ``[(r, c, QColor)]``;
    - ``set_reveal(count, current)``: output-map mode, only the first ``count`` cells in
      row-major order are filled; ``current`` (r, c) is outlined.
    Clicking a cell emits ``cell_clicked(r, c)``; hovering shows its value."""

    cell_clicked = Signal(int, int)

    def __init__(self, parent=None, title: str = ""):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WA_OpaquePaintEvent, True)
        self._title = title
        self._values = np.zeros((1, 1))
        self._pad = (0, 0)
        self._pad_mask = None
        self._pad_text = "0"
        self._levels = (0.0, 1.0)
        self._cmap = "seq"
        self._numbers = True
        self._decimals = 2
        self._taps: tuple[np.ndarray, np.ndarray] | None = None
        self._marks: list = []
        self._reveal: int | None = None
        self._current: tuple[int, int] | None = None
        self._cache: QPixmap | None = None
        self._empty_cache: QPixmap | None = None
        self._geom = None
        self._numbers_written = False
        self.background = QColor("#ffffff")

    # --- data -------------------------------------------------------------------------
    def set_title(self, title: str) -> None:
        if title != self._title:
            self._title = title
            self._invalidate()

    def set_values(self, values, pad=(0, 0), levels=None, cmap=None, pad_text="0", decimals=2) -> None:
        values = np.asarray(values, dtype=float)
        if values.ndim != 2:
            raise ValueError(f"values: expected a 2-D array, got shape {values.shape}")
        self._values = values.copy()
        self._pad = (int(pad[0]), int(pad[1]))
        h, w = values.shape
        if self._pad != (0, 0):
            mask = np.ones((h, w), bool)
            mask[self._pad[0]: h - self._pad[0], self._pad[1]: w - self._pad[1]] = False
            self._pad_mask = mask
        else:
            self._pad_mask = None
        if levels is None or cmap is None:
            inner = values if self._pad_mask is None else values[~self._pad_mask]
            lv, cm = auto_levels(inner)
            levels = levels or lv
            cmap = cmap or cm
        self._levels, self._cmap = (float(levels[0]), float(levels[1])), cmap
        self._pad_text = pad_text
        self._decimals = decimals
        self._invalidate()

    def set_show_numbers(self, on: bool) -> None:
        if bool(on) != self._numbers:
            self._numbers = bool(on)
            self._invalidate()

    # Per-frame changes repaint only the cells they touch (old and new positions), so a
    # frame blits a few cells of the cached layer instead of the whole view.
    def _cells_rect(self, r0, c0, r1, c1) -> QRect:
        if self._geom is None:
            return self.rect()
        x0, y0, cell = self._geom
        return QRectF(x0 + c0 * cell - 3, y0 + r0 * cell - 3,
                      (c1 - c0 + 1) * cell + 6, (r1 - r0 + 1) * cell + 6).toAlignedRect()

    def _overlay_rect(self) -> QRect:
        rect = QRect()
        if self._taps is not None and len(self._taps[0]) and len(self._taps[1]):
            rows, cols = self._taps
            rect = rect.united(self._cells_rect(rows.min(), cols.min(), rows.max(), cols.max()))
        for r, c, _ in self._marks:
            rect = rect.united(self._cells_rect(r, c, r, c))
        if self._current is not None:
            rect = rect.united(self._cells_rect(*self._current, *self._current))
        return rect

    def set_window(self, rows=None, cols=None) -> None:
        before = self._overlay_rect()
        self._taps = None if rows is None else (np.asarray(rows), np.asarray(cols))
        self.update(before.united(self._overlay_rect()))

    def set_marks(self, cells) -> None:
        before = self._overlay_rect()
        self._marks = list(cells or [])
        self.update(before.united(self._overlay_rect()))

    def set_reveal(self, count: int | None, current: tuple[int, int] | None = None) -> None:
        count = None if count is None else int(count)
        old_count, old_current = self._reveal, self._current
        before = self._overlay_rect()
        self._reveal, self._current = count, current
        w = self._values.shape[1]
        if (
            count is not None and old_count is not None and self._geom is not None
            and abs(count - old_count) <= 1
        ):
            rect = before.united(self._overlay_rect())
            for k in {old_count - 1, count - 1}:  # the cell that appeared or disappeared
                if k >= 0:
                    r, c = divmod(k, w)
                    rect = rect.united(self._cells_rect(r, c, r, c))
            self.update(rect)
        else:
            self.update()

    @property
    def values(self) -> np.ndarray:
        return self._values

    @property
    def numbers_visible(self) -> bool:
        """Whether the last paint wrote the values on the cells."""
        return self._numbers_written

    # --- geometry ---------------------------------------------------------------------
    def _title_height(self) -> int:
        return 22 if self._title else 0

    def geometry_info(self):
        """(x0, y0, cell) of the grid inside the widget."""
        h, w = self._values.shape
        th = self._title_height()
        avail_w, avail_h = max(1, self.width() - 8), max(1, self.height() - th - 6)
        cell = max(1.0, math.floor(min(avail_w / w, avail_h / h) * 4) / 4)
        gw, gh = w * cell, h * cell
        x0 = round((self.width() - gw) / 2)
        y0 = th + round((self.height() - th - gh) / 2)
        return x0, y0, cell

    def cell_at(self, pos) -> tuple[int, int] | None:
        x0, y0, cell = self.geometry_info()
        c = math.floor((pos.x() - x0) / cell)
        r = math.floor((pos.y() - y0) / cell)
        h, w = self._values.shape
        if 0 <= r < h and 0 <= c < w:
            return r, c
        return None

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 120)

    # --- painting ---------------------------------------------------------------------
    def _invalidate(self) -> None:
        self._cache = None
        self._empty_cache = None
        self.update()

    def resizeEvent(self, event) -> None:
        self._invalidate()
        super().resizeEvent(event)

    def _new_pixmap(self) -> QPixmap:
        dpr = self.devicePixelRatioF()
        pm = QPixmap(max(1, round(self.width() * dpr)), max(1, round(self.height() * dpr)))
        pm.setDevicePixelRatio(dpr)
        pm.fill(self.background)
        return pm

    def _paint_title(self, p: QPainter) -> None:
        if not self._title:
            return
        f = QFont(self.font())
        f.setBold(True)
        p.setFont(f)
        p.setPen(QColor("#33363b"))
        p.drawText(QRect(4, 0, self.width() - 8, self._title_height()), Qt.AlignLeft | Qt.AlignVCenter, self._title)

    def _build_cache(self) -> None:
        x0, y0, cell = self.geometry_info()
        pm = self._new_pixmap()
        p = QPainter(pm)
        self._paint_title(p)
        self._numbers_written = paint_cells(
            p, x0, y0, cell, self._values, self._levels, self._cmap,
            pad_mask=self._pad_mask, pad_text=self._pad_text, numbers=self._numbers,
            decimals=self._decimals, font=None,
        )
        h, w = self._values.shape
        p.setPen(QPen(QColor("#9aa0a6"), 1))
        p.drawRect(QRectF(x0, y0, w * cell, h * cell))
        p.end()
        self._cache = pm
        # the empty grid, for the output map filling cell by cell
        pe = self._new_pixmap()
        p = QPainter(pe)
        self._paint_title(p)
        p.fillRect(QRectF(x0, y0, w * cell, h * cell), EMPTY_FILL)
        if cell >= 6:
            p.setPen(QPen(GRID_LINE, 1))
            for r in range(h + 1):
                p.drawLine(QPointF(x0, y0 + r * cell), QPointF(x0 + w * cell, y0 + r * cell))
            for c in range(w + 1):
                p.drawLine(QPointF(x0 + c * cell, y0), QPointF(x0 + c * cell, y0 + h * cell))
        p.setPen(QPen(QColor("#9aa0a6"), 1))
        p.drawRect(QRectF(x0, y0, w * cell, h * cell))
        p.end()
        self._empty_cache = pe
        self._geom = (x0, y0, cell)

    def paintEvent(self, event) -> None:
        if self._cache is None:
            self._build_cache()
        x0, y0, cell = self._geom
        p = QPainter(self)
        h, w = self._values.shape
        if self._reveal is None or self._reveal >= h * w:
            p.drawPixmap(0, 0, self._cache)
        else:
            p.drawPixmap(0, 0, self._empty_cache)
            full_rows, rest = divmod(max(0, self._reveal), w)
            dpr = self._cache.devicePixelRatio()

            def blit(rect: QRectF):
                src = QRectF(rect.x() * dpr, rect.y() * dpr, rect.width() * dpr, rect.height() * dpr)
                p.drawPixmap(rect, self._cache, src)

            if full_rows:
                blit(QRectF(x0, y0, w * cell, full_rows * cell))
            if rest:
                blit(QRectF(x0, y0 + full_rows * cell, rest * cell, cell))
        self._paint_overlays(p, x0, y0, cell)
        p.end()

    def _paint_overlays(self, p: QPainter, x0, y0, cell) -> None:
        width = max(2.0, min(4.0, cell / 7))
        if self._taps is not None:
            rows, cols = self._taps
            fill = QColor(WINDOW_COLOR)
            fill.setAlpha(50)
            p.setPen(QPen(WINDOW_COLOR, width))
            p.setBrush(fill)
            for r in rows:
                for c in cols:
                    p.drawRect(QRectF(x0 + c * cell + width / 2, y0 + r * cell + width / 2, cell - width, cell - width))
            p.setBrush(Qt.NoBrush)
            if len(rows) and len(cols):
                pen = QPen(QColor("#7a3d00"), 1.5, Qt.DashLine)
                p.setPen(pen)
                p.drawRect(QRectF(x0 + cols.min() * cell - 1, y0 + rows.min() * cell - 1,
                                  (cols.max() - cols.min() + 1) * cell + 2, (rows.max() - rows.min() + 1) * cell + 2))
        for r, c, color in self._marks:
            p.setPen(QPen(QColor(color), width + 1))
            p.setBrush(Qt.NoBrush)
            p.drawRect(QRectF(x0 + c * cell + width / 2, y0 + r * cell + width / 2, cell - width, cell - width))
        if self._current is not None:
            r, c = self._current
            p.setPen(QPen(WINDOW_COLOR, width + 1))
            p.setBrush(Qt.NoBrush)
            p.drawRect(QRectF(x0 + c * cell, y0 + r * cell, cell, cell))

    # --- mouse --------------------------------------------------------------------------
    def mouseMoveEvent(self, event) -> None:
        rc = self.cell_at(event.position())
        if rc is None:
            QToolTip.hideText()
            return
        r, c = rc
        v = self._values[r, c]
        if self._pad_mask is not None and self._pad_mask[r, c]:
            text = self.tr("padding (row {0}, column {1}): {2}").format(
                r - self._pad[0], c - self._pad[1], self._pad_text)
        else:
            text = self.tr("row {0}, column {1}: {2}").format(
                r - self._pad[0], c - self._pad[1], format_value(v, compact=False, decimals=4))
        QToolTip.showText(event.globalPosition().toPoint(), text, self)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            rc = self.cell_at(event.position())
            if rc is not None:
                self.cell_clicked.emit(*rc)
        super().mousePressEvent(event)
