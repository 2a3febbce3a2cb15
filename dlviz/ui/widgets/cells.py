"""Cells of numbers: the colour tables, the short number format and ``paint_cells``, which
paints a 2-D array as coloured cells with each value written on its cell when the cells
are large enough to read (padding cells hatched). ``ValueGrid``
(``dlviz.ui.widgets.value_grid``) and the readouts of the convolution and pooling panels
draw with it."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QImage, QPainter, QPen

from dlviz.ui import zoom
from dlviz.ui.colormaps import rgba_table

# --------------------------------------------------------------------------------------
# colours
# --------------------------------------------------------------------------------------
def _lut(anchors) -> np.ndarray:
    return np.ascontiguousarray(rgba_table(anchors)[:, :3])


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


_FONTS: dict = {}


def cell_font(cell: float, samples=("−.00",), base: QFont | None = None) -> QFont | None:
    """The largest font (≤ 0.46 × cell, ≤ 13 px times the zoom) in which every text of
    ``samples`` fits a cell, or None when the cells are too small to read (< 6 px font).
    Remembered (a player's readout asks for the same few every frame)."""
    f = QFont(base) if base is not None else QFont()
    key = (float(cell), tuple(samples), f.key(), zoom.zoom())
    if key in _FONTS:
        hit = _FONTS[key]
        return None if hit is None else QFont(hit)
    if len(_FONTS) > 512:
        _FONTS.clear()
    found = _find_cell_font(cell, samples, f)
    _FONTS[key] = found
    return None if found is None else QFont(found)


def _find_cell_font(cell: float, samples, f: QFont) -> QFont | None:
    size = min(13.0 * zoom.zoom(), cell * 0.46)
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
