"""The readout of a window player: rows of small value grids and text (window ⊙ kernel =
products → Σ, or the window → max), laid out to fit the widget and painted in one pass.
Grids are drawn once into cached pixmaps (the kernel never changes between frames, and
stepping back re-uses the window and products). Its sizes follow the zoom: the captions'
height comes from their font, the cells' largest size, the gaps and the marks are the sizes
at 100 % times ``dlviz.ui.zoom.zoom()``."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from dlviz.ui import zoom
from dlviz.ui.widgets.cells import paint_cells


@dataclass
class GridTok:
    """A small grid in a readout."""

    values: np.ndarray
    levels: tuple
    cmap: str
    caption: str = ""
    pad_mask: np.ndarray | None = None
    pad_text: str = "0"
    marks: list = field(default_factory=list)  # [(r, c, QColor)]
    decimals: int = 2


@dataclass
class TextTok:
    text: str
    bold: bool = False
    color: str | None = None
    big: bool = False


class ReadoutView(QWidget):
    """Rows of small value grids and text (e.g. window ⊙ kernel = products → Σ), laid out
    to fit and painted in one pass."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self._rows: list[list] = []
        self.setAttribute(Qt.WA_OpaquePaintEvent, True)
        self._fonts = {}
        self._metrics = {}
        self._text_sizes: dict = {}
        self._pixmaps: OrderedDict = OrderedDict()
        self._hint_h = zoom.scaled(260)

    def sizeHint(self) -> QSize:
        return QSize(zoom.scaled(420), self._hint_h)

    def minimumSizeHint(self) -> QSize:
        return QSize(zoom.scaled(200), min(self._hint_h, zoom.scaled(150)))

    def _gaps(self) -> tuple[int, int, int]:
        """(spacing between tokens, caption height, gap between rows) at the zoom now; the
        caption's height is its font's (16 px at 100 %)."""
        cap_h = max(16, QFontMetrics(self._font(None)).height() + 1)
        return zoom.scaled(10), cap_h, zoom.scaled(7)

    def set_hint_height(self, height: int) -> None:
        """The height the rows need (set once per plan, so frames never relayout)."""
        height = int(max(zoom.scaled(80), height))
        if height != self._hint_h:
            self._hint_h = height
            self.updateGeometry()

    def set_rows(self, rows) -> None:
        self._rows = rows
        self.update()

    def rows(self):
        return self._rows

    def _font(self, tok: TextTok | None) -> QFont:
        key = (tok.bold, tok.big) if tok is not None else ("caption",)
        f = self._fonts.get(key)
        if f is None:
            f = QFont(self.font())
            if tok is None:
                f.setPointSizeF(f.pointSizeF() * 0.85)
            else:
                f.setBold(tok.bold)
                if tok.big:
                    f.setPointSizeF(f.pointSizeF() * 1.15)
            self._fonts[key] = f
        return f

    def _grid_pixmap(self, tok: GridTok, cell: float) -> QPixmap:
        """The grid drawn once into a pixmap, cached by content: the kernel never changes
        between frames, and stepping back re-uses the window and products."""
        key = (
            tok.values.shape, tok.values.tobytes(), tok.levels, tok.cmap,
            None if tok.pad_mask is None else tok.pad_mask.tobytes(), tok.pad_text,
            tuple((int(r), int(c), str(col)) for r, c, col in tok.marks), tok.decimals, cell,
        )
        pm = self._pixmaps.get(key)
        if pm is not None:
            self._pixmaps.move_to_end(key)
            return pm
        h, w = tok.values.shape
        dpr = self.devicePixelRatioF()
        pm = QPixmap(int(np.ceil((w * cell + 2) * dpr)), int(np.ceil((h * cell + 2) * dpr)))
        pm.setDevicePixelRatio(dpr)
        pm.fill(QColor("#ffffff"))
        p = QPainter(pm)
        paint_cells(p, 0, 0, cell, tok.values, tok.levels, tok.cmap, pad_mask=tok.pad_mask,
                    pad_text=tok.pad_text, decimals=tok.decimals)
        p.setPen(QColor("#9aa0a6"))
        p.drawRect(QRectF(0, 0, w * cell, h * cell))
        lw = 3 * zoom.zoom()
        for r, c, color in tok.marks:
            p.setPen(QPen(QColor(color), lw))
            p.drawRect(QRectF(c * cell + lw / 2, r * cell + lw / 2, cell - lw, cell - lw))
        p.end()
        self._pixmaps[key] = pm
        if len(self._pixmaps) > 96:
            self._pixmaps.popitem(last=False)
        return pm

    def natural_height(self, width: int) -> int:
        """The height the current rows need at ``width`` with cells of at most 40 px (at 100 %)."""
        spacing, cap_h, row_gap = self._gaps()
        avail_w = max(50, width - 16)
        cell = self._fit_cell_width(avail_w, spacing, 40.0 * zoom.zoom())
        h = 8.0
        for row in self._rows:
            grids = [t for t in row if isinstance(t, GridTok)]
            if grids:
                h += cap_h + row_gap + max(t.values.shape[0] for t in grids) * max(cell, 6.0)
            else:
                h += self._text_row_height(row, avail_w) + row_gap
        return int(h + 0.5)

    def _fit_cell_width(self, avail_w: float, spacing: int, limit: float) -> float:
        """The widest cell (at most ``limit``) at which every row of grids fits ``avail_w``."""
        cell = limit
        for row in self._rows:
            grids = [t for t in row if isinstance(t, GridTok)]
            if grids:
                twidth = sum(self._text_rect(t, None)[0] for t in row if isinstance(t, TextTok))
                free = avail_w - twidth - spacing * (len(row) - 1)
                cell = min(cell, free / sum(t.values.shape[1] for t in grids))
        return cell

    def _text_rect(self, tok: TextTok, width):
        """Size of a text token; a row holding only text wraps within ``width``."""
        key = (tok.bold, tok.big)
        fm = self._metrics.get(key)
        if fm is None:
            fm = self._metrics[key] = QFontMetrics(self._font(tok))
        ckey = (tok.text, key, None if width is None else int(width))
        hit = self._text_sizes.get(ckey)
        if hit is not None:
            return hit
        if width is None:
            size = (fm.horizontalAdvance(tok.text), fm.height())
        else:
            r = fm.boundingRect(0, 0, int(width), 10000, Qt.TextWordWrap, tok.text)
            size = (r.width(), r.height())
        if len(self._text_sizes) > 512:
            self._text_sizes.clear()
        self._text_sizes[ckey] = size
        return size

    def _layout(self):
        """(cell size, spacing, caption height, row gap, available width) so that
        everything fits the widget."""
        spacing, cap_h, row_gap = self._gaps()
        limit = 48.0 * zoom.zoom()
        avail_w = max(50, self.width() - 16)
        avail_h = max(50, self.height() - 8)
        cell_w = self._fit_cell_width(avail_w, spacing, limit)
        grid_rows_total = 0
        fixed_h = 0
        for row in self._rows:
            grids = [t for t in row if isinstance(t, GridTok)]
            if grids:
                grid_rows_total += max(t.values.shape[0] for t in grids)
                fixed_h += cap_h + row_gap
            else:
                fixed_h += self._text_row_height(row, avail_w) + row_gap
        cell_h = (avail_h - fixed_h) / grid_rows_total if grid_rows_total else limit
        cell = max(6.0, float(int(min(cell_w, cell_h, limit))))
        return cell, spacing, cap_h, row_gap, avail_w

    def _text_row_height(self, row, avail_w) -> float:
        if len(row) == 1:
            return self._text_rect(row[0], avail_w)[1]
        return max(self._text_rect(t, None)[1] for t in row)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#ffffff"))
        if not self._rows:
            p.end()
            return
        cell, spacing, cap_h, row_gap, avail_w = self._layout()
        y = 4.0
        cap_font = self._font(None)
        for row in self._rows:
            grids = [t for t in row if isinstance(t, GridTok)]
            if not grids:
                h = self._text_row_height(row, avail_w)
                x = 8.0
                for tok in row:
                    p.setFont(self._font(tok))
                    p.setPen(QColor(tok.color or "#202124"))
                    if len(row) == 1:
                        p.drawText(QRectF(x, y, avail_w, h), Qt.AlignLeft | Qt.TextWordWrap, tok.text)
                    else:
                        tw = self._text_rect(tok, None)[0]
                        p.drawText(QRectF(x, y, tw + 2, h), Qt.AlignLeft | Qt.AlignVCenter, tok.text)
                        x += tw + spacing
                y += h + row_gap
                continue
            gh = max(t.values.shape[0] for t in grids) * cell
            th = max((self._text_rect(t, None)[1] for t in row if isinstance(t, TextTok)), default=0)
            body_h = max(gh, th)
            top = y + cap_h
            x = 8.0
            for tok in row:
                if isinstance(tok, GridTok):
                    h, w = tok.values.shape
                    gy = top + (body_h - h * cell) / 2
                    if tok.caption:
                        p.setFont(cap_font)
                        p.setPen(QColor("#5f6368"))
                        p.drawText(QRectF(x - 20, top - cap_h, w * cell + 40, cap_h),
                                   Qt.AlignHCenter | Qt.AlignBottom, tok.caption)
                    p.drawPixmap(QPointF(x, gy), self._grid_pixmap(tok, cell))
                    x += w * cell + spacing
                else:
                    tw = self._text_rect(tok, None)[0]
                    p.setFont(self._font(tok))
                    p.setPen(QColor(tok.color or "#202124"))
                    p.drawText(QRectF(x, top, tw + 2, body_h), Qt.AlignLeft | Qt.AlignVCenter, tok.text)
                    x += tw + spacing
            y = top + body_h + row_gap
        p.end()
