"""The Attention panel's views, painted from numbers the session took from core:

- ``DigitView``: the 28×28 input cut into patches (the grid drawn on it, each patch's token
  number), the chosen query outlined and tinted by how much it attends to each patch in the
  chosen head; a click on a patch (or on the class-token box) chooses the query;
- ``MapsView``: every head's attention over the digit (of the class token or the chosen
  query) and the attention rollout across all blocks; a click on a head chooses it;
- ``StepView``: one query's computation with its numbers: q above K, the scores
  q·kⱼ/√d, their softmax, V and the weighted sum Σⱼ wⱼ·vⱼ below it (masked keys: −∞ and 0).

Sizes (cells, lines, fonts) follow the presentation zoom (``dlviz.ui.zoom``)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from dlviz.ui import zoom
from dlviz.ui.colormaps import rgba_table
from dlviz.ui.widgets.cells import LUTS, WINDOW_COLOR, auto_levels, colorize, format_value, paint_cells

HEAT = rgba_table(["#fff5eb", "#fdd0a2", "#fd8d3c", "#d94801", "#7f2704"])[:, :3]
QUERY_COLOR = WINDOW_COLOR
CHOSEN_COLOR = QColor("#1f77b4")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttentionPanel", text)


def _gray_image(image01: np.ndarray) -> QImage:
    """A digit as paper (0) and ink (1), the colours the other panels use."""
    idx = np.clip(np.asarray(image01, np.float64) * 255.0, 0, 255).astype(np.uint8)
    rgb = np.ascontiguousarray(LUTS["seq"][idx])
    h, w = idx.shape
    return QImage(rgb.data, w, h, 3 * w, QImage.Format_RGB888).copy()


def _heat_image(image01: np.ndarray, weights: np.ndarray) -> QImage:
    """The digit (faint) under a heat map of ``weights`` (grid, grid), scaled to its maximum."""
    side = image01.shape[0]
    g = weights.shape[0]
    w = np.nan_to_num(np.asarray(weights, np.float64))
    top = w.max() if w.max() > 0 else 1.0
    big = np.kron(w / top, np.ones((side // g, side // g)))
    rgb = HEAT[np.clip(big * 255.0, 0, 255).astype(np.uint8)].astype(np.float64)
    ink = np.clip(image01, 0, 1)[..., None]
    rgb = rgb * (1 - 0.55 * ink) + np.array([8, 48, 107]) * 0.55 * ink
    rgb = np.ascontiguousarray(np.clip(rgb, 0, 255).astype(np.uint8))
    return QImage(rgb.data, side, side, 3 * side, QImage.Format_RGB888).copy()


def _one(values: np.ndarray) -> np.ndarray:
    """Values as their cells write them, one decimal (−0.04 is written 0, not −.0); the
    exact value is in the tooltip and the exports."""
    return np.round(np.asarray(values, np.float64), 1) + 0.0


def _title_font() -> QFont:
    f = zoom.font(0.92)
    f.setBold(True)
    return f


class DigitView(QWidget):
    """See the module docstring. ``token_clicked(t)``: 0 for the class token, 1 + patch."""

    token_clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMouseTracking(True)
        self._image = None
        self._grid = 4
        self._query = 0
        self._weights = None  # (T,) the chosen head's weights of the query

    def set_data(self, image, grid: int, query: int, weights) -> None:
        self._image = None if image is None else np.asarray(image, np.float64)
        self._grid, self._query = int(grid), int(query)
        self._weights = None if weights is None else np.asarray(weights, np.float64)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(zoom.scaled(260), zoom.scaled(250))

    def minimumSizeHint(self) -> QSize:
        return QSize(zoom.scaled(150), zoom.scaled(150))

    def _layout(self):
        fm_h = zoom.scaled(22)  # the class-token box above the digit
        side = max(28, min(self.width() - 8, self.height() - fm_h - 10))
        x0 = (self.width() - side) / 2
        y0 = fm_h + 6
        cls = QRectF(x0, 2, min(side, self.fontMetrics().horizontalAdvance(_tr("class token 0") + ": 0.00") + zoom.scaled(16)), fm_h)
        return x0, y0, side, cls

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().base())
        x0, y0, side, cls = self._layout()
        p.setPen(QPen(QUERY_COLOR if self._query == 0 else self.palette().mid().color(), zoom.scaledf(2)))
        p.drawRect(cls)
        p.setFont(zoom.font(0.9))
        p.setPen(self.palette().text().color())
        text = _tr("class token 0")
        if self._weights is not None and self._query != 0:
            text = f"{text}: {self._weights[0]:.2f}"
        p.drawText(cls, Qt.AlignCenter, text)
        if self._image is None:
            p.end()
            return
        target = QRectF(x0, y0, side, side)
        p.drawImage(target, _gray_image(self._image))
        g = self._grid
        cell = side / g
        if self._weights is not None:
            w = np.nan_to_num(self._weights[1:]).reshape(g, g)
            top = w.max() if w.max() > 0 else 1.0
            for r in range(g):
                for c in range(g):
                    a = int(150 * w[r, c] / top)
                    if a > 0:
                        color = QColor(QUERY_COLOR)
                        color.setAlpha(a)
                        p.fillRect(QRectF(x0 + c * cell, y0 + r * cell, cell, cell), color)
        p.setPen(QPen(QColor(120, 120, 120, 200), max(1.0, zoom.scaledf(1))))
        for k in range(g + 1):
            p.drawLine(QPointF(x0 + k * cell, y0), QPointF(x0 + k * cell, y0 + side))
            p.drawLine(QPointF(x0, y0 + k * cell), QPointF(x0 + side, y0 + k * cell))
        if cell >= zoom.scaled(18):
            f = zoom.font(0.75)
            p.setFont(f)
            p.setPen(QColor("#6b6b6b"))
            for t in range(g * g):
                r, c = divmod(t, g)
                p.drawText(QRectF(x0 + c * cell + 2, y0 + r * cell + 1, cell, cell), Qt.AlignLeft | Qt.AlignTop,
                           str(t + 1))
        if self._query > 0:
            r, c = divmod(self._query - 1, g)
            p.setPen(QPen(QUERY_COLOR, zoom.scaledf(3)))
            p.drawRect(QRectF(x0 + c * cell, y0 + r * cell, cell, cell))
        p.end()

    def token_at(self, pos) -> int | None:
        x0, y0, side, cls = self._layout()
        if cls.contains(QPointF(pos)):
            return 0
        if self._image is None or not (x0 <= pos.x() < x0 + side and y0 <= pos.y() < y0 + side):
            return None
        g = self._grid
        c, r = int((pos.x() - x0) / side * g), int((pos.y() - y0) / side * g)
        return 1 + min(r, g - 1) * g + min(c, g - 1)

    def mousePressEvent(self, event) -> None:
        t = self.token_at(event.position())
        if t is not None and event.button() == Qt.LeftButton:
            self.token_clicked.emit(t)
        else:
            super().mousePressEvent(event)


class MapsView(QWidget):
    """See the module docstring. ``head_clicked(h)``."""

    head_clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self._image = None
        self._maps = None  # (H, g, g)
        self._rollout = None
        self._head = 0
        self._titles: list[str] = []

    def set_data(self, image, maps, rollout, head: int, titles: list[str]) -> None:
        self._image = None if image is None else np.asarray(image, np.float64)
        self._maps, self._rollout = maps, rollout
        self._head, self._titles = int(head), list(titles)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(zoom.scaled(520), zoom.scaled(170))

    def minimumSizeHint(self) -> QSize:
        return QSize(zoom.scaled(240), zoom.scaled(100))

    def rects(self) -> list[QRectF]:
        """Where each map is drawn: the heads', then the rollout's."""
        if self._maps is None or self._image is None:
            return []
        n = len(self._maps) + 1
        gap = zoom.scaled(10)
        side = max(16.0, min((self.width() - gap * (n + 1)) / n, self.height() - self._title_h() - 8))
        x = (self.width() - (n * side + (n - 1) * gap)) / 2
        return [QRectF(x + i * (side + gap), self._title_h() + 4, side, side) for i in range(n)]

    @staticmethod
    def _title_h() -> int:
        return zoom.scaled(20)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().base())
        rects = self.rects()
        if not rects:
            p.end()
            return
        images = [*self._maps, self._rollout]
        n = len(images)
        gap = zoom.scaled(10)
        p.setFont(_title_font())
        for i, (img, rect) in enumerate(zip(images, rects)):
            side = rect.width()
            p.drawImage(rect, _heat_image(self._image, img))
            chosen = i == self._head and i < n - 1
            p.setPen(QPen(CHOSEN_COLOR if chosen else self.palette().mid().color(),
                          zoom.scaledf(3 if chosen else 1)))
            p.drawRect(rect)
            p.setPen(self.palette().text().color())
            title = self._titles[i] if i < len(self._titles) else ""
            p.drawText(QRectF(rect.x() - gap / 2, 0, side + gap, self._title_h()), Qt.AlignCenter | Qt.TextSingleLine,
                       p.fontMetrics().elidedText(title, Qt.ElideRight, int(side + gap)))
        p.end()

    def mousePressEvent(self, event) -> None:
        for i, rect in enumerate(self.rects()[:-1]):
            if rect.contains(event.position()):
                self.head_clicked.emit(i)
                return
        super().mousePressEvent(event)


class StepView(QWidget):
    """See the module docstring (``set_step(step, labels)``; ``step`` a ``QueryStep``).

    The score and softmax columns are wide enough for their numbers at any size; q, K, V
    and the weighted sum get the cells that fit (their numbers are written when the cells
    are large enough; hovering a cell always shows its value)."""

    MIN_CELL = 9  # px at 100 %: the smallest K / V cell (the view scrolls below it)
    WIDE = 50  # px at 100 %: the score and softmax columns

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMouseTracking(True)
        self._step = None
        self._labels: list[str] = []
        self._blocks: list[tuple[str, QRectF, np.ndarray]] = []
        self.shown: dict[str, np.ndarray] = {}  # what each block of cells shows (the tests read it)

    def set_step(self, step, labels: list[str]) -> None:
        self._step = step
        self._labels = list(labels)
        if step is None:
            self.shown = {}
        else:
            self.shown = {"q": step.q[None], "k": step.k, "scores": step.scores[:, None],
                          "weights": step.weights[:, None], "v": step.v, "context": step.context[None]}
        self.updateGeometry()
        self.update()

    def _dims(self) -> tuple[int, int]:
        return (17, 16) if self._step is None else self._step.k.shape

    def _cell(self) -> float:
        t, d = self._dims()
        wide = zoom.scaledf(self.WIDE)
        fit_w = (self.width() - 8 - 2 * wide - zoom.scaledf(16)) / (2 * d + 2.5)
        fit_h = (self.height() - 8) / (t + 4.6)
        return max(zoom.scaledf(self.MIN_CELL), min(fit_w, fit_h, zoom.scaledf(40)))

    def _size_for(self, cell: float) -> QSize:
        t, d = self._dims()
        wide = zoom.scaledf(self.WIDE)
        return QSize(int((2 * d + 2.5) * cell + 2 * wide + zoom.scaledf(16)) + 8, int((t + 4.6) * cell) + 8)

    def sizeHint(self) -> QSize:
        return self._size_for(zoom.scaledf(24))

    def minimumSizeHint(self) -> QSize:
        return self._size_for(zoom.scaledf(self.MIN_CELL))

    def _wide_column(self, p: QPainter, x: float, y: float, width: float, cell: float, values, levels, cmap,
                     font: QFont) -> None:
        rgb = colorize(values, levels, cmap)
        dark = (rgb.astype(np.float32) @ np.array([0.299, 0.587, 0.114], np.float32)) < 140
        p.setFont(font)
        for j, v in enumerate(values):
            rect = QRectF(x, y + j * cell, width, cell)
            p.fillRect(rect, QColor(*[int(c) for c in rgb[j]]))
            p.setPen(QColor("#ffffff") if dark[j] else QColor("#1d1d1f"))
            p.drawText(rect, Qt.AlignCenter, format_value(v, compact=False, decimals=2))
        p.setPen(QPen(QColor(0, 0, 0, 28), 1))
        p.drawRect(QRectF(x, y, width, len(values) * cell))

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().base())
        s = self._step
        self._blocks = []
        if s is None:
            p.end()
            return
        cell = self._cell()
        wide = zoom.scaledf(self.WIDE)
        gap = zoom.scaledf(8)
        t, d = s.k.shape
        x_lab = 4.0
        x_s = x_lab + 2 * cell
        x_w = x_s + wide + 2
        x_k = x_w + wide + gap
        x_v = x_k + d * cell + 0.5 * cell
        y_q = 4.0 + 2.2 * cell
        y_k = y_q + 1.2 * cell
        y_c = y_k + t * cell + 0.2 * cell
        qkv = max(1e-9, float(np.abs(np.concatenate([s.q, s.k.ravel(), s.v.ravel(), s.context])).max()))
        levels = ((-qkv, qkv), "div")
        finite = s.scores[np.isfinite(s.scores)]
        slevels = auto_levels(finite if finite.size else np.zeros(1))
        text = self.palette().text().color()
        p.setFont(_title_font())
        p.setPen(text)

        def title(x, width, txt):
            p.drawText(QRectF(x, 2, width, y_q - 3), Qt.AlignHCenter | Qt.AlignBottom | Qt.TextWordWrap, txt)

        title(x_s, wide, _tr("score"))
        title(x_w, wide, _tr("softmax"))
        title(x_k, d * cell, _tr("q and K"))
        title(x_v, d * cell, _tr("V"))
        small = QFont(zoom.font(0.8))
        small.setPixelSize(max(7, min(int(cell * 0.62), zoom.scaled(12))))
        p.setFont(small)
        for j in range(t):
            p.setPen(QUERY_COLOR if j == s.query else text)
            p.drawText(QRectF(x_lab, y_k + j * cell, 2 * cell - 2, cell), Qt.AlignRight | Qt.AlignVCenter,
                       self._labels[j] if j < len(self._labels) else str(j))
        p.setPen(text)
        p.drawText(QRectF(x_w, y_q, x_k - x_w - 4, cell), Qt.AlignRight | Qt.AlignVCenter,
                   _tr("q (token {0})").format(s.query))
        paint_cells(p, x_k, y_q, cell, _one(s.q[None]), *levels, decimals=1)
        paint_cells(p, x_k, y_k, cell, _one(s.k), *levels, decimals=1)
        paint_cells(p, x_v, y_k, cell, _one(s.v), *levels, decimals=1)
        paint_cells(p, x_v, y_c, cell, _one(s.context[None]), *levels, decimals=1)
        wide_font = QFont(small)
        wide_font.setPixelSize(max(7, min(int(cell * 0.62), zoom.scaled(12), int(wide / 4.2))))
        self._wide_column(p, x_s, y_k, wide, cell, s.scores, *slevels, wide_font)
        self._wide_column(p, x_w, y_k, wide, cell, s.weights, (0.0, 1.0), "seq", wide_font)
        p.setFont(small)
        p.setPen(text)
        p.drawText(QRectF(x_lab, y_c, x_v - x_lab - 4, cell), Qt.AlignRight | Qt.AlignVCenter,
                   _tr("Σ softmax × V ="))
        # the query's own key, and the keys the mask forbids
        p.setPen(QPen(QUERY_COLOR, zoom.scaledf(2)))
        p.setBrush(Qt.NoBrush)
        p.drawRect(QRectF(x_s, y_k + s.query * cell, x_v + d * cell - x_s, cell))
        if s.mask.any():
            hatch = QColor(0, 0, 0, 40)
            for j in np.nonzero(s.mask)[0]:
                for x0 in (x_k, x_v):
                    p.fillRect(QRectF(x0, y_k + j * cell, d * cell, cell), hatch)
        p.end()
        self._blocks = [("q", QRectF(x_k, y_q, d * cell, cell), s.q[None]),
                        ("k", QRectF(x_k, y_k, d * cell, t * cell), s.k),
                        ("score", QRectF(x_s, y_k, wide, t * cell), s.scores[:, None]),
                        ("softmax", QRectF(x_w, y_k, wide, t * cell), s.weights[:, None]),
                        ("v", QRectF(x_v, y_k, d * cell, t * cell), s.v),
                        ("Σ", QRectF(x_v, y_c, d * cell, cell), s.context[None])]

    def value_at(self, pos) -> tuple[str, int, int, float] | None:
        """(block, row, column, value) under ``pos``, or None."""
        for name, rect, values in self._blocks:
            if rect.contains(QPointF(pos)):
                r = min(int((pos.y() - rect.y()) / rect.height() * values.shape[0]), values.shape[0] - 1)
                c = min(int((pos.x() - rect.x()) / rect.width() * values.shape[1]), values.shape[1] - 1)
                return name, r, c, float(values[r, c])
        return None

    def mouseMoveEvent(self, event) -> None:
        hit = self.value_at(event.position())
        if hit is None:
            QToolTip.hideText()
        else:
            name, r, c, v = hit
            where = f"{name}[{c}]" if name in ("q", "Σ") else f"{name}[{r}]" if name in ("score", "softmax") \
                else f"{name}[{r}, {c}]"
            QToolTip.showText(event.globalPosition().toPoint(), f"{where} = {format_value(v, False, 4)}", self)
        super().mouseMoveEvent(event)
