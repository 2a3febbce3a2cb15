"""A drawing canvas for digits: mouse strokes with an adjustable pen, undo and clear.

Strokes are points in board coordinates (0–1 across the square drawing board, clamped to
it) with a pen width relative to the board, so the drawing survives any resize and any
device pixel ratio. A finished stroke is an immutable :class:`Stroke`; the canvas shows
the strokes it is given (``set_strokes``, e.g. from a panel's state, which is the truth)
and keeps only the points of the stroke being drawn. Every edit the user makes —
releasing the mouse, ``undo``, ``clear``, ``add_stroke`` — is applied and reported with
``edited(strokes)``, so an owner can put it into its state (and push the state's strokes
back with ``set_strokes`` when it refuses them).

Two rasters are painted incrementally, one segment per mouse move:

- the display image, at the screen's physical resolution (high-DPI), anti-aliased;
- the ink image, a fixed ``INK_SIZE``² grey raster (light ink on black, like MNIST),
  which ``ink_array()`` returns for preprocessing — the same at every window size.

Each stroke is smoothed with quadratic curves through the midpoints of successive
points (QPainterPath, round caps and joins).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

INK_SIZE = 280  # side of the ink raster (10× MNIST)
DEFAULT_PEN = 0.06  # pen width as a fraction of the board's side
PEN_RANGE = (0.005, 0.25)  # the widths a stroke may have
MAX_STROKE_POINTS = 4000  # points recorded per stroke (about 30 s of a 125 Hz mouse)

# A recorded "3": one stroke, (x, y) in board coordinates, as drawn with a mouse.
SAMPLE_THREE = [
    (0.318, 0.252), (0.334, 0.236), (0.356, 0.219), (0.384, 0.204), (0.416, 0.192), (0.452, 0.185),
    (0.489, 0.183), (0.526, 0.186), (0.561, 0.195), (0.592, 0.209), (0.617, 0.228), (0.633, 0.251),
    (0.64, 0.276), (0.637, 0.302), (0.626, 0.327), (0.607, 0.35), (0.582, 0.371), (0.553, 0.389),
    (0.522, 0.403), (0.492, 0.414), (0.466, 0.422), (0.448, 0.428), (0.462, 0.431), (0.487, 0.435),
    (0.518, 0.442), (0.552, 0.452), (0.586, 0.466), (0.616, 0.484), (0.641, 0.506), (0.659, 0.531),
    (0.669, 0.559), (0.671, 0.588), (0.665, 0.617), (0.651, 0.645), (0.629, 0.67), (0.601, 0.692),
    (0.568, 0.709), (0.531, 0.721), (0.493, 0.727), (0.455, 0.727), (0.418, 0.721), (0.384, 0.709),
    (0.354, 0.693), (0.331, 0.675), (0.314, 0.656),
]


def densify(points, step=0.012):
    """A stroke resampled to mouse-event density (one point per ~5 px on a 400 px board)."""
    out = [points[0]]
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        n = max(1, int(np.hypot(x1 - x0, y1 - y0) / step))
        out += [(x0 + (x1 - x0) * k / n, y0 + (y1 - y0) * k / n) for k in range(1, n + 1)]
    return out


class Stroke(NamedTuple):
    """A finished stroke: its pen width (a fraction of the board side) and its points
    ((x, y) in board coordinates, 0–1). Immutable, so it can be shared with a state."""

    width: float
    points: tuple[tuple[float, float], ...]


def as_strokes(strokes) -> tuple[Stroke, ...]:
    """``strokes`` (Stroke, (width, points) pairs) as a tuple of :class:`Stroke`."""
    out = []
    for s in strokes:
        width, points = (s.width, s.points) if isinstance(s, Stroke) else s
        out.append(Stroke(float(width), tuple((float(x), float(y)) for x, y in points)))
    return tuple(out)


def _mid(a, b):
    return ((a[0] + b[0]) * 0.5, (a[1] + b[1]) * 0.5)


def stroke_piece(points, k: int, scale: float):
    """Piece ``k`` of a stroke at ``scale`` px per board unit, painted when point ``k``
    arrives: 0 → a dot at the first point; 1 → a line to the first midpoint; k ≥ 2 → a
    quadratic curve between successive midpoints whose control point is the recorded
    point k − 1; ``k == len(points)`` → the tail from the last midpoint to the last point
    (painted on release). Full redraws paint the same pieces in the same order, so an
    undo or a resize gives exactly the pixels that live drawing gave.
    Returns ("dot", QPointF) or ("path", QPainterPath)."""
    p = points
    n = len(p)
    if k == 0:
        return "dot", QPointF(p[0][0] * scale, p[0][1] * scale)
    path = QPainterPath()
    if k == 1:
        m = _mid(p[0], p[1])
        path.moveTo(p[0][0] * scale, p[0][1] * scale)
        path.lineTo(m[0] * scale, m[1] * scale)
    elif k < n:
        a, c, b = _mid(p[k - 2], p[k - 1]), p[k - 1], _mid(p[k - 1], p[k])
        path.moveTo(a[0] * scale, a[1] * scale)
        path.quadTo(c[0] * scale, c[1] * scale, b[0] * scale, b[1] * scale)
    else:  # the tail
        m = _mid(p[n - 2], p[n - 1])
        path.moveTo(m[0] * scale, m[1] * scale)
        path.lineTo(p[n - 1][0] * scale, p[n - 1][1] * scale)
    return "path", path


def stroke_pieces(points, scale: float, finished: bool = True):
    """All pieces of a stroke (see ``stroke_piece``), in painting order."""
    n = len(points)
    last = n + 1 if finished and n >= 2 else n
    return [stroke_piece(points, k, scale) for k in range(last)]


class DrawingCanvas(QWidget):
    """Signals: ``stroke_moved`` on the press and on every mouse move while drawing;
    ``stroke_finished(Stroke)`` on release; ``edited(strokes)`` after every edit the user
    (or ``undo`` / ``clear`` / ``add_stroke``) made, with the new tuple of strokes;
    ``changed`` whenever what the canvas shows changes (moves, release, edits,
    ``set_strokes``); ``resized`` when the board changes size."""

    stroke_moved = Signal()
    stroke_finished = Signal(object)  # the Stroke just finished
    edited = Signal(object)  # tuple[Stroke, ...]: the drawing after the user's edit
    changed = Signal()
    resized = Signal()  # the board changed size (the pen width in pixels with it)

    BACKGROUND = QColor("#161b22")
    BORDER = QColor("#3d4654")
    INK = QColor("#f4f6f8")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WA_OpaquePaintEvent, True)
        policy = QSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(160, 160)
        self.setCursor(Qt.CrossCursor)
        self.setFocusPolicy(Qt.StrongFocus)
        self._strokes: tuple[Stroke, ...] = ()
        self._current: list[tuple[float, float]] | None = None  # points of the stroke being drawn
        self._current_width = DEFAULT_PEN
        self._pen_width = DEFAULT_PEN
        self._ink = QImage(INK_SIZE, INK_SIZE, QImage.Format_Grayscale8)
        self._ink.fill(0)
        self._display: QImage | None = None
        self._display_key = None  # (side px, dpr) the display image was made for
        self.placeholder = ""

    # --- public API ------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(400, 400)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width  # a square board

    @property
    def strokes(self) -> tuple[Stroke, ...]:
        """The finished strokes shown (not the one being drawn)."""
        return self._strokes

    def set_strokes(self, strokes) -> None:
        """Show ``strokes`` (a stroke being drawn stays on top). Emits ``changed`` only
        when they differ from what is shown; nothing is repainted when they are equal."""
        strokes = strokes if isinstance(strokes, tuple) and all(isinstance(s, Stroke) for s in strokes) \
            else as_strokes(strokes)
        if strokes == self._strokes:
            self._strokes = strokes  # the same drawing: keep the owner's copy, paint nothing
            return
        self._strokes = strokes
        self._rerender()
        self.changed.emit()

    def pen_width(self) -> float:
        """Pen width as a fraction of the board side."""
        return self._pen_width

    def set_pen_width(self, fraction: float) -> None:
        """The pen of the next stroke (the strokes drawn keep their own width)."""
        self._pen_width = float(min(max(fraction, PEN_RANGE[0]), PEN_RANGE[1]))

    def pen_width_px(self) -> float:
        """The pen width in logical pixels at the current size."""
        return self._pen_width * self.board_rect().width()

    def is_empty(self) -> bool:
        return not self._strokes

    def is_drawing(self) -> bool:
        return self._current is not None

    def current_points(self) -> tuple[tuple[float, float], ...]:
        """The points of the stroke being drawn (empty when none is)."""
        return tuple(self._current or ())

    def clear(self) -> None:
        """Remove every stroke (reported with ``edited``)."""
        if self._strokes:
            self._edit(())

    def undo(self) -> None:
        """Remove the last stroke (reported with ``edited``)."""
        if self._strokes:
            self._edit(self._strokes[:-1])

    def add_stroke(self, points, width: float | None = None) -> None:
        """Add a finished stroke given in board coordinates (for replays and tests)."""
        pts = tuple((float(x), float(y)) for x, y in points)
        if pts:
            self._edit(self._strokes + (Stroke(self._pen_width if width is None else float(width), pts),))

    def _edit(self, strokes: tuple[Stroke, ...]) -> None:
        self._strokes = strokes
        self._rerender()
        self.changed.emit()
        self.edited.emit(self._strokes)

    def ink_array(self) -> np.ndarray:
        """The drawing as (INK_SIZE, INK_SIZE) uint8, light ink (255) on black (0) — a copy."""
        img = self._ink
        buf = np.frombuffer(img.constBits(), np.uint8, count=img.sizeInBytes())
        return buf.reshape(img.height(), img.bytesPerLine())[:, : img.width()].copy()

    def ink_image(self) -> QImage:
        """The ink raster (INK_SIZE² grey, light on black) — a copy."""
        return self._ink.copy()

    def board_rect(self) -> QRectF:
        """The square drawing board inside the widget (logical pixels)."""
        side = max(1.0, min(self.width(), self.height()) - 2.0)
        return QRectF((self.width() - side) / 2.0, (self.height() - side) / 2.0, side, side)

    def to_board(self, pos: QPointF) -> tuple[float, float]:
        """A widget position in board coordinates, clamped to the board and rounded to
        1/10000 of its side."""
        r = self.board_rect()
        x = min(max((pos.x() - r.x()) / r.width(), 0.0), 1.0)
        y = min(max((pos.y() - r.y()) / r.height(), 0.0), 1.0)
        return (round(x, 4), round(y, 4))

    def from_board(self, x: float, y: float) -> QPointF:
        r = self.board_rect()
        return QPointF(r.x() + x * r.width(), r.y() + y * r.height())

    # --- painting ----------------------------------------------------------------------
    def _pen(self, color, width_px: float) -> QPen:
        pen = QPen(color, max(width_px, 0.5))
        pen.setCapStyle(Qt.RoundCap)
        pen.setJoinStyle(Qt.RoundJoin)
        return pen

    def _ensure_display(self) -> None:
        dpr = self.devicePixelRatioF()
        side = self.board_rect().width()
        key = (int(round(side * dpr)), dpr)
        if self._display is None or self._display_key != key:
            self._display_key = key
            self._display = QImage(max(1, key[0]), max(1, key[0]), QImage.Format_ARGB32_Premultiplied)
            self._display.setDevicePixelRatio(dpr)
            self._render_all(self._display, side, self.BACKGROUND.rgba(), self.INK)

    def _render_all(self, image: QImage, side: float, background, color) -> None:
        image.fill(background)
        p = QPainter(image)
        p.setRenderHint(QPainter.Antialiasing, True)
        for s in self._strokes:
            self._paint_stroke(p, s.points, s.width, side, color, finished=True)
        if self._current is not None:
            self._paint_stroke(p, self._current, self._current_width, side, color, finished=False)
        p.end()

    def _paint_stroke(self, p: QPainter, points, width: float, side: float, color, finished: bool) -> None:
        p.setPen(self._pen(color, width * side))
        for kind, item in stroke_pieces(points, side, finished):
            if kind == "dot":
                p.drawPoint(item)
            else:
                p.drawPath(item)

    def _rerender(self) -> None:
        self._render_all(self._ink, float(INK_SIZE), 0, QColor(255, 255, 255))
        self._display = None
        self.update()

    def _paint_segment(self, finished: bool = False) -> None:
        """Paint only the newest piece of the current stroke on both rasters."""
        points = self._current
        k = len(points) if finished else len(points) - 1
        targets = [(self._ink, float(INK_SIZE), QColor(255, 255, 255))]
        if self._display is not None:
            targets.append((self._display, self.board_rect().width(), self.INK))
        dirty = None
        for image, side, color in targets:
            kind, item = stroke_piece(points, k, side)
            p = QPainter(image)
            p.setRenderHint(QPainter.Antialiasing, True)
            p.setPen(self._pen(color, self._current_width * side))
            if kind == "dot":
                p.drawPoint(item)
                box = QRectF(item, item)
            else:
                p.drawPath(item)
                box = item.boundingRect()
            p.end()
            if image is not self._ink:
                w = self._current_width * side
                dirty = box.adjusted(-w, -w, w, w)
        if dirty is not None:
            self.update(dirty.translated(self.board_rect().topLeft()).toAlignedRect().adjusted(-2, -2, 2, 2))
        else:
            self.update()

    def paintEvent(self, event) -> None:
        self._ensure_display()
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().window())
        r = self.board_rect()
        p.drawImage(r.topLeft(), self._display)
        pts = self._current
        if pts is not None and len(pts) > 1:  # the tail of the stroke being drawn
            p.setRenderHint(QPainter.Antialiasing, True)
            p.setPen(self._pen(self.INK, self._current_width * r.width()))
            a = _mid(pts[-2], pts[-1])
            p.drawLine(self.from_board(*a), self.from_board(*pts[-1]))
        p.setRenderHint(QPainter.Antialiasing, True)
        p.setPen(QPen(self.BORDER, 1))
        p.setBrush(Qt.NoBrush)
        p.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5))
        if not self._strokes and self._current is None and self.placeholder:
            p.setPen(QColor("#7d8794"))
            f = p.font()
            f.setPointSizeF(f.pointSizeF() * 1.3)
            p.setFont(f)
            p.drawText(r, Qt.AlignCenter | Qt.TextWordWrap, self.placeholder)
        p.end()

    def resizeEvent(self, event) -> None:
        self._display = None
        super().resizeEvent(event)
        # Keep the widget about square: spare height goes to the surrounding layout.
        if self.maximumHeight() != max(self.minimumHeight(), self.width()):
            self.setMaximumHeight(max(self.minimumHeight(), self.width()))
        self.resized.emit()

    # --- mouse -------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.LeftButton:
            super().mousePressEvent(event)
            return
        self._ensure_display()
        self._current_width = self._pen_width
        self._current = [self.to_board(event.position())]
        self._paint_segment()
        self.stroke_moved.emit()
        self.changed.emit()

    def _add_point(self, pos) -> bool:
        pt = self.to_board(pos)
        last = self._current[-1]
        if (abs(pt[0] - last[0]) < 1e-4 and abs(pt[1] - last[1]) < 1e-4) or len(self._current) >= MAX_STROKE_POINTS:
            return False
        self._current.append(pt)
        return True

    def mouseMoveEvent(self, event) -> None:
        if self._current is None or not (event.buttons() & Qt.LeftButton):
            return
        self._ensure_display()
        if not self._add_point(event.position()):
            return
        self._paint_segment()
        self.stroke_moved.emit()
        self.changed.emit()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() != Qt.LeftButton or self._current is None:
            super().mouseReleaseEvent(event)
            return
        if self._add_point(event.position()):
            self._paint_segment()
        if len(self._current) > 1:
            self._paint_segment(finished=True)
        stroke = Stroke(self._current_width, tuple(self._current))
        self._current = None
        self._strokes = self._strokes + (stroke,)
        self.update()
        self.stroke_finished.emit(stroke)
        self.changed.emit()
        self.edited.emit(self._strokes)
