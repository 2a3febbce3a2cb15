"""A fast view of a 2-D array of numbers: coloured cells, with each value written on its
cell when the cells are large enough to read, padding cells drawn distinctly (hatched),
and per-frame overlays (a sliding window's taps and outline, highlighted cells, an output
map that fills cell by cell).

Sizes follow the zoom (``dlviz.ui.zoom``): the numbers' largest font, the title's height
(from the font), the overlay lines and the size hint (not the minimum size).

Speed: everything that only changes with the data (colours, numbers, hatching, grid
lines, title) is painted once into a cached pixmap; a frame blits that pixmap and draws
the few overlay rectangles. The colours and the cell painting live in
``dlviz.ui.widgets.cells`` (re-exported here).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from dlviz.ui import zoom

from dlviz.ui.widgets.cells import (  # noqa: F401 - re-exported
    EMPTY_FILL,
    GRID_LINE,
    LUTS,
    PAD_FILL,
    WINDOW_COLOR,
    WINNER_COLOR,
    auto_levels,
    cell_font,
    colorize,
    format_value,
    paint_cells,
)


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
        self._font_values = None
        self._fixed_font = None
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

    def set_values(self, values, pad=(0, 0), levels=None, cmap=None, pad_text="0", decimals=2,
                   font_values=None) -> None:
        """``font_values`` (an array like ``values``): the numbers' font is chosen so that
        these values' texts fit too, and kept, so ``update_values`` can repaint a few cells
        of a grid whose values change (the sums of a backward pass) in the same font."""
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
        self._font_values = None if font_values is None else np.asarray(font_values, dtype=float)
        self._fixed_font = None
        self._invalidate()

    def update_values(self, values, limit: int = 120) -> bool:
        """New values of the same shape, levels and padding: repaint only the cells that
        changed (at most ``limit`` of them) into the cached layer. Only for a grid set with
        ``font_values``; returns False when it cannot (the caller then calls ``set_values``)."""
        values = np.asarray(values, dtype=float)
        if (self._font_values is None or self._cache is None or self._geom is None
                or values.shape != self._values.shape):
            return False
        changed = values != self._values
        n = int(np.count_nonzero(changed))
        if n == 0:
            return True
        if n > limit:
            return False
        rows, cols = np.nonzero(changed)
        r0, r1, c0, c1 = int(rows.min()), int(rows.max()) + 1, int(cols.min()), int(cols.max()) + 1
        self._values = values.copy()
        x0, y0, cell = self._geom
        pm = self._cache
        p = QPainter(pm)
        p.setClipRect(QRectF(x0 + c0 * cell, y0 + r0 * cell, (c1 - c0) * cell, (r1 - r0) * cell))
        mask = None if self._pad_mask is None else self._pad_mask[r0:r1, c0:c1]
        paint_cells(p, x0 + c0 * cell, y0 + r0 * cell, cell, values[r0:r1, c0:c1], self._levels, self._cmap,
                    pad_mask=mask, pad_text=self._pad_text, numbers=self._numbers and self._fixed_font is not None,
                    decimals=self._decimals, font=self._fixed_font)
        h, w = values.shape
        p.setPen(QPen(QColor("#9aa0a6"), 1))
        p.drawRect(QRectF(x0, y0, w * cell, h * cell))
        p.end()
        self.update(self._cells_rect(r0, c0, r1 - 1, c1 - 1))
        return True

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
        m = 3 * max(1.0, zoom.zoom())  # the overlays' lines are wider at a zoom
        return QRectF(x0 + c0 * cell - m, y0 + r0 * cell - m,
                      (c1 - c0 + 1) * cell + 2 * m, (r1 - r0 + 1) * cell + 2 * m).toAlignedRect()

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
        old_count = self._reveal
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
        elif count is None and old_count is None and self._geom is not None:  # only the outline moved
            self.update(before.united(self._overlay_rect()))
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
    def _title_font(self) -> QFont:
        f = QFont(self.font())
        f.setBold(True)
        return f

    def _title_height(self) -> int:
        """The (bold) title wrapped to the width (never cut): 22 px for one line at 100 %,
        from the font."""
        if not self._title:
            return 0
        key = (self._title, self.width(), self.font().key())
        if getattr(self, "_title_key", None) != key:
            fm = QFontMetrics(self._title_font())
            r = fm.boundingRect(QRect(0, 0, max(40, self.width() - 8), 100000), Qt.TextWordWrap, self._title)
            self._title_key, self._title_h = key, max(zoom.scaled(22), r.height() + zoom.scaled(6))
        return self._title_h

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
        return QSize(zoom.scaled(360), zoom.scaled(360))

    def minimumSizeHint(self) -> QSize:
        # not zoomed: on a small screen at a large zoom the cells shrink (their numbers go
        # when they no longer fit) rather than the panel growing past the screen
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
        p.setFont(self._title_font())
        p.setPen(QColor("#33363b"))
        p.drawText(QRect(4, 0, self.width() - 8, self._title_height()),
                   Qt.AlignLeft | Qt.AlignVCenter | Qt.TextWordWrap, self._title)

    def _build_cache(self) -> None:
        x0, y0, cell = self.geometry_info()
        pm = self._new_pixmap()
        p = QPainter(pm)
        self._paint_title(p)
        font = None
        if self._font_values is not None:  # one font that the texts of both arrays fit
            texts = {format_value(v, True, self._decimals) for a in (self._values, self._font_values)
                     for v in np.ravel(a)} | {"0", self._pad_text}
            longest = sorted(texts, key=lambda t: (len(t), t))[-6:]
            # (a sum on its way may have the other sign)
            font = cell_font(cell, tuple(longest + ["−" + t.lstrip("−") for t in longest]))
            self._fixed_font = font
        self._numbers_written = paint_cells(
            p, x0, y0, cell, self._values, self._levels, self._cmap,
            pad_mask=self._pad_mask, pad_text=self._pad_text, numbers=self._numbers and (
                self._font_values is None or font is not None),
            decimals=self._decimals, font=font,
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
        z = zoom.zoom()
        width = max(2.0 * z, min(4.0 * z, cell / 7))
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
                pen = QPen(QColor("#7a3d00"), 1.5 * z, Qt.DashLine)
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
