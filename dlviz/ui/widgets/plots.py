"""Reusable plot widgets for live training views (classifier and GAN):

- ``CurvePlot``: a titled plot whose named curves are made once and updated with
  ``set_curve`` (``setData``), coloured from the current theme;
- ``ConfusionMatrix``: a heatmap of a (K, K) count matrix with the counts written in the cells;
- ``DigitGrid``: a grid of small grey images (e.g. 28×28 digits) with a caption under each.

All follow the light/dark theme (``dlviz.ui.theme``) and the zoom (``dlviz.ui.zoom``): line
widths, symbols, the counts' fonts, the tiles and the minimum sizes are the sizes at 100 %
times the zoom; titles, labels and ticks take the (zoomed) application font."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from dlviz.ui import theme, zoom

MIN_COUNT_PX = 6  # the smallest font (pixels) a count of the confusion matrix is written in


def _tr(text: str) -> str:
    return QCoreApplication.translate("Plots", text)


class _TidyAxis(pg.AxisItem):
    """An axis whose log-mode labels are only 1, 2 and 5 × a power of ten (pyqtgraph labels
    every minor tick, 0.2 0.3 0.4 …, which crowd together), each value once (pyqtgraph's
    minor level repeats the powers of ten of the major one, so "1", "0.1" were drawn twice,
    bold and blurred)."""

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # noqa: N802, N803 - pyqtgraph's names
        out, seen = [], set()
        for spacing, values in super().logTickValues(minVal, maxVal, size, stdTicks):
            keep = [v for v in values if round(float(v), 6) not in seen]
            seen.update(round(float(v), 6) for v in values)
            out.append((spacing, keep))
        return out

    def tickStrings(self, values, scale, spacing):
        if not self.logMode:
            return super().tickStrings(values, scale, spacing)
        out = []
        for v in values:
            x = 10.0 ** v
            mant = x / 10.0 ** np.floor(np.log10(x) + 1e-9)
            keep = any(abs(mant - m) < 1e-3 * m for m in (1.0, 2.0, 5.0))
            out.append(f"{x:g}" if keep else "")
        return out


class CurvePlot(pg.PlotWidget):
    """Named curves, created once with :meth:`add_curve`, updated with :meth:`set_curve`.

    ``color`` is an index into the theme's series colours or a theme role name
    ("accent", "accent2", "highlight", "muted"…), so curves follow the theme."""

    def __init__(self, title: str = "", y_label: str = "", x_label: str = "", parent=None, legend=True,
                 legend_offset=(-10, 10)):
        super().__init__(parent=parent, axisItems={"left": _TidyAxis("left")})
        self.setMinimumSize(zoom.scaled(200), zoom.scaled(150))
        item = self.getPlotItem()
        if title:
            zoom.title(item, title)  # pyqtgraph's own title size, zoomed
        item.setLabel("left", y_label)
        item.setLabel("bottom", x_label)
        item.showGrid(x=True, y=True, alpha=0.25)
        for side in ("left", "bottom"):
            # the axes draw the grid across the whole plot, so every curve update repainted them
            # (about 2.6 ms each, replaying their QPicture): kept as a pixmap until they change
            item.getAxis(side).setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        item.setMenuEnabled(True)
        self.legend = zoom.legend(item, offset=legend_offset) if legend else None
        self._curves: dict[str, pg.PlotDataItem] = {}
        self._styles: dict[str, dict] = {}
        self._data: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._empty_y: tuple[float, float] | None = None
        self._was_empty = True
        self._decades = False  # follow_decades(): the log y range snapped to whole powers of ten
        self._decade_range: tuple[float, float] | None = None
        theme.notifier().changed.connect(self._apply_colors)

    def add_curve(self, key: str, name: str, color=0, width: float = 2.0, style=Qt.SolidLine,
                  symbol: str | None = None, symbol_size: int = 7, fast: bool = False) -> pg.PlotDataItem:
        """``fast``: for long, often-updated curves (e.g. every batch): no antialiasing, peak
        downsampling to the pixels shown, clipped to the view — a much cheaper repaint."""
        self._styles[key] = dict(color=color, width=width, style=style, symbol=symbol, size=symbol_size)
        curve = self.getPlotItem().plot([], [], name=name)
        if fast:
            curve.setData([], [], antialias=False, skipFiniteCheck=True)
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
        self._curves[key] = curve
        self._data[key] = (np.zeros(0), np.zeros(0))
        self._style(key)
        return curve

    def _color(self, color) -> QColor:
        c = theme.colors()
        if isinstance(color, int):
            return pg.mkColor(c["series"][color % len(c["series"])])
        if isinstance(color, str) and color in c:
            return pg.mkColor(c[color])
        return pg.mkColor(color)

    def _style(self, key: str):
        s = self._styles[key]
        col = self._color(s["color"])
        curve = self._curves[key]
        curve.setPen(zoom.pen(col, width=s["width"], style=s["style"]))
        if s["symbol"]:
            curve.setSymbol(s["symbol"])
            curve.setSymbolSize(zoom.scaledf(s["size"]))
            curve.setSymbolBrush(pg.mkBrush(col))
            curve.setSymbolPen(zoom.pen(theme.colors()["bg"], width=1))

    def _apply_colors(self, *_):
        for key in self._curves:
            self._style(key)

    def curve(self, key: str) -> pg.PlotDataItem:
        return self._curves[key]

    def set_curve(self, key: str, x, y) -> None:
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        self._data[key] = (x, y)
        self._curves[key].setData(x, y)
        self._follow_emptiness()
        if self._decades:
            self._fit_decades()

    def follow_decades(self) -> None:
        """On a log y axis: instead of auto-ranging on every update, show whole powers of ten
        that hold every point (0.1 … 1, 0.01 … 10) and change the range only when a point
        leaves it. The axis does not creep while a curve falls, and its ticks and grid are
        not rebuilt at each redraw (an auto-ranged log axis cost a live loss plot about
        7 ms a repaint: ``benchmarks/bench_gui_lag.py``)."""
        self._decades = True
        self._fit_decades()

    def decade_range(self) -> tuple[float, float] | None:
        """(low, high) exponents of the y range shown by :meth:`follow_decades`, or None."""
        return self._decade_range

    def _fit_decades(self) -> None:
        ys = [y[np.isfinite(y) & (y > 0)] for _, y in self._data.values()]
        ys = [y for y in ys if len(y)]
        if not ys:
            self._decade_range = None
            return
        lo = float(np.floor(np.log10(min(float(y.min()) for y in ys))))
        hi = float(np.ceil(np.log10(max(float(y.max()) for y in ys))))
        if hi <= lo:
            hi = lo + 1.0
        if self._decade_range != (lo, hi):
            self._decade_range = (lo, hi)
            item = self.getPlotItem()
            item.disableAutoRange(axis="y")
            item.setYRange(lo, hi, padding=0)

    def is_empty(self) -> bool:
        """No curve has a point."""
        return all(len(x) == 0 for x, _ in self._data.values())

    def set_empty_y_range(self, low: float, high: float) -> None:
        """The y range shown while there is no data (values, also on a log axis: a loss plot
        reads 0.01 … 3 instead of pyqtgraph's meaningless 1 … 10); the axis follows the data
        again as soon as there is some."""
        self._empty_y = (float(low), float(high))
        self._was_empty = not self.is_empty()  # apply it now if empty
        self._follow_emptiness()

    def _follow_emptiness(self) -> None:
        empty = self.is_empty()
        if empty == self._was_empty:
            return
        self._was_empty = empty
        if self._empty_y is None:
            return
        item = self.getPlotItem()
        if empty:
            lo, hi = self._empty_y
            if item.getAxis("left").logMode:
                lo, hi = np.log10(max(lo, 1e-300)), np.log10(max(hi, 1e-300))
            item.setYRange(lo, hi, padding=0)
        elif not self._decades:
            item.enableAutoRange(y=True)

    def curve_data(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        return self._data[key]

    def clear_curves(self) -> None:
        for key in self._curves:
            self.set_curve(key, [], [])


class ConfusionMatrix(pg.GraphicsLayoutWidget):
    """A heatmap of a (K, K) count matrix: rows = true class, columns = predicted class.
    Colour = the share of the row (how often class i is predicted as j), text = the count."""

    def __init__(self, k: int = 10, labels=None, title: str = "", parent=None):
        super().__init__(parent=parent)
        self.k = k
        self.labels = [str(v) for v in (labels or range(k))]
        self.setMinimumSize(zoom.scaled(220), zoom.scaled(220))
        self.plot = self.addPlot(title=title or None)
        if title:
            zoom.title(self.plot, title)
        p = self.plot
        p.setAspectLocked(True)
        p.invertY(True)
        p.setMouseEnabled(False, False)
        p.hideButtons()
        p.setMenuEnabled(False)
        p.setLabel("left", _tr("true digit"))
        p.setLabel("bottom", _tr("predicted digit"))
        ticks = [[(i + 0.5, lab) for i, lab in enumerate(self.labels)]]
        for side in ("left", "bottom"):
            ax = p.getAxis(side)
            ax.setTicks(ticks)
            ax.setStyle(tickLength=0)
        self.image = pg.ImageItem(np.zeros((k, k), np.float32))
        self.image.setRect(QRectF(0, 0, k, k))
        p.addItem(self.image)
        p.setRange(xRange=(0, k), yRange=(0, k), padding=0.0)
        self._texts = []
        for i in range(k):
            row = []
            for j in range(k):
                t = pg.TextItem("", anchor=(0.5, 0.5))
                t.setPos(j + 0.5, i + 0.5)
                p.addItem(t)
                row.append(t)
            self._texts.append(row)
        self.counts = np.zeros((k, k), np.int64)
        self._shown: dict = {}
        self._fonts: dict = {}  # (characters, cell px) → QFont
        self._font_of: dict = {}  # (i, j) → the font key its text item has
        theme.notifier().changed.connect(self._apply_colors)
        p.getViewBox().sigResized.connect(self._fit_texts)
        self._apply_colors()

    # --- counts that fit their cells ----------------------------------------------------------
    def cell_px(self) -> float:
        """The side of a cell on screen, in pixels."""
        vb = self.plot.getViewBox()
        w, h = vb.width(), vb.height()
        if w <= 0 or h <= 0:
            return 20.0
        return max(4.0, min(w, h) / self.k)  # the aspect is locked: the smaller side sets the scale

    def font_for(self, text: str, cell: float | None = None) -> QFont:
        """The font a count is written in: about half the cell high (at least 9 px, at most 14 px, times
        the zoom), smaller where its digits would not fit the cell (a four-digit diagonal count), at least 6 px."""
        cell = self.cell_px() if cell is None else cell
        key = (len(text), int(cell))
        font = self._fonts.get(key)
        if font is None:
            z = zoom.zoom()
            size = int(min(14 * z, max(9 * z, cell * 0.55)))
            while True:  # each size in the normal width, then condensed (where the fonts have it)
                font = QFont()
                font.setPixelSize(size)
                if QFontMetrics(font).horizontalAdvance(text) <= cell - 3:
                    break
                font.setStretch(QFont.Condensed)
                if size <= MIN_COUNT_PX or QFontMetrics(font).horizontalAdvance(text) <= cell - 3:
                    break
                size -= 1
            self._fonts[key] = font
        return font

    def _fit_texts(self, *_):
        cell = self.cell_px()
        for (i, j), (text, _color) in self._shown.items():
            if text:
                self._set_font(i, j, text, cell)

    def _set_font(self, i: int, j: int, text: str, cell: float) -> None:
        key = (len(text), int(cell))
        if self._font_of.get((i, j)) != key:
            self._font_of[(i, j)] = key
            self._texts[i][j].setFont(self.font_for(text, cell))

    def _lut(self):
        c = theme.colors()
        lo = pg.mkColor(c["bg"])
        hi = pg.mkColor(c["accent"])
        t = np.linspace(0, 1, 256)[:, None] ** 0.6
        lo_a = np.array([lo.red(), lo.green(), lo.blue()], float)
        hi_a = np.array([hi.red(), hi.green(), hi.blue()], float)
        return (lo_a + (hi_a - lo_a) * t).astype(np.uint8)

    def _apply_colors(self, *_):
        self.image.setLookupTable(self._lut())
        self._shown = {}
        self.set_matrix(self.counts)

    def set_matrix(self, counts) -> None:
        counts = np.asarray(counts, np.int64)
        if counts.shape != (self.k, self.k):
            raise ValueError(f"confusion matrix must be {self.k}×{self.k}")
        self.counts = counts.copy()
        rows = counts.sum(1, keepdims=True)
        share = np.divide(counts, np.maximum(rows, 1), dtype=np.float64).astype(np.float32)
        self.image.setImage(share, autoLevels=False, levels=(0.0, 1.0))
        c = theme.colors()
        white, neg, fg = "#ffffff", c["negative"], c["fg"]
        cell = self.cell_px()
        for i in range(self.k):
            for j in range(self.k):
                v = int(counts[i, j])
                text = str(v) if v else ""
                color = white if share[i, j] > 0.45 else (neg if i != j and v else fg)
                if self._shown.get((i, j)) == (text, color):
                    continue  # a text item re-lays itself out on every change: skip unchanged cells
                self._shown[(i, j)] = (text, color)
                t = self._texts[i][j]
                if text:
                    self._set_font(i, j, text, cell)
                t.setText(text)
                t.setColor(pg.mkColor(color))

    def reset(self) -> None:
        """All zeros. (Not ``clear``: GraphicsLayoutWidget forwards that name to its layout,
        where it removes every item.)"""
        self.set_matrix(np.zeros((self.k, self.k), np.int64))


def gray_pixmap(image, scale: int) -> QPixmap:
    """A (H, W) uint8 or float [0, 1] image as a crisp (nearest-neighbour) grey pixmap."""
    a = np.asarray(image)
    if a.dtype != np.uint8:
        a = (np.clip(a, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)
    a = np.ascontiguousarray(a)
    h, w = a.shape
    img = QImage(a.data, w, h, w, QImage.Format_Grayscale8).copy()
    return QPixmap.fromImage(img.scaled(w * scale, h * scale, Qt.IgnoreAspectRatio, Qt.FastTransformation))


class DigitGrid(QWidget):
    """``rows × cols`` tiles, each a small grey image with a caption below. Tiles are made
    once; :meth:`set_tiles` fills the first ones and blanks the rest."""

    def __init__(self, rows: int = 4, cols: int = 4, scale: int = 2, parent=None):
        super().__init__(parent)
        scale = max(1, round(scale * zoom.zoom()))  # the tiles grow with the zoom (whole pixels: crisp)
        self.rows, self.cols, self.scale = rows, cols, scale
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        self._images: list[QLabel] = []
        self._captions: list[QLabel] = []
        side = 28 * scale
        for r in range(rows):
            for c in range(cols):
                cell = QWidget(self)
                lay = QVBoxLayout(cell)
                lay.setContentsMargins(0, 0, 0, 0)
                lay.setSpacing(1)
                img = QLabel(cell)
                img.setFixedSize(side, side)
                img.setAlignment(Qt.AlignCenter)
                cap = QLabel(cell)
                cap.setAlignment(Qt.AlignCenter)
                cap.setMinimumWidth(side)
                cap.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
                lay.addWidget(img, 0, Qt.AlignHCenter)
                lay.addWidget(cap)
                grid.addWidget(cell, r, c)
                self._images.append(img)
                self._captions.append(cap)
        self._blank = QPixmap(side, side)
        self._blank.fill(Qt.transparent)
        self.count = 0
        self.captions: list[str] = []
        self.set_tiles([], [])

    def set_tiles(self, images, captions, tooltips=None) -> None:
        n = min(len(images), len(self._images))
        self.count = n
        self.captions = list(captions[:n])
        for i, (img, cap) in enumerate(zip(self._images, self._captions)):
            filled = i < n
            if filled:
                img.setPixmap(gray_pixmap(images[i], self.scale))
                cap.setText(captions[i])
                img.setToolTip(tooltips[i] if tooltips else captions[i])
            else:
                img.setPixmap(self._blank)
                cap.setText("")
                img.setToolTip("")
            if img.property("filled") != filled:  # re-styling is slow: only when it changes
                img.setProperty("filled", filled)
                img.setStyleSheet("border: 1px solid palette(mid);" if filled else "border: 1px dashed palette(mid);")
