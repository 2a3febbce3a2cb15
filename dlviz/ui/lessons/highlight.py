"""The lesson highlight: a thick amber (#ffb000) frame with a dark outline around a widget,
drawn by an overlay on top of the main window that lets every click through.

It follows the target: moves, resizes and scrolling of the target or any widget above it
(the overlay listens to their events), and ``refresh()`` (the lesson engine calls it every
250 ms as well). Only the part of the target that is visible is framed (a target half
scrolled out of a scroll area gets a frame around its visible half); ``scroll_into_view``
scrolls every scroll area above the target so that it shows. The frame is 4 px of amber at
100 % zoom, scaled with ``dlviz.ui.zoom.zoom()`` when the app has a zoom setting.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QWidget
from shiboken6 import isValid

AMBER = QColor("#ffb000")
OUTLINE = QColor("#1a1a1a")
WIDTH = 4  # px of amber at 100 % zoom

_FOLLOWED = {QEvent.Move, QEvent.Resize, QEvent.Show, QEvent.Hide, QEvent.LayoutRequest}


def zoom_factor() -> float:
    """The app's zoom (1.0 when it has no zoom setting)."""
    try:
        from dlviz.ui import zoom  # noqa: PLC0415
    except ImportError:
        return 1.0
    try:
        return max(0.5, float(zoom.zoom()))
    except Exception:  # noqa: BLE001 — a zoom module that is not ready yet: 100 %
        return 1.0


def visible_rect(target: QWidget, top: QWidget) -> QRect:
    """The part of ``target`` that shows inside ``top`` (its ancestor), in ``top``'s
    coordinates: its rectangle clipped by every widget between them (scroll areas' viewports,
    splitters, tabs). Empty when the target or an ancestor is hidden."""
    if not target.isVisible():
        return QRect()
    rect = QRect(target.mapTo(top, QPoint(0, 0)), target.size())
    w = target.parentWidget()
    while w is not None and w is not top:
        if not w.isVisible():
            return QRect()
        rect = rect.intersected(QRect(w.mapTo(top, QPoint(0, 0)), w.size()))
        w = w.parentWidget()
    return rect.intersected(top.rect())


def scroll_into_view(target: QWidget) -> None:
    """Scroll each scroll area above ``target`` so that it shows (innermost first); a
    target larger than the area shows from its top left corner."""
    w = target.parentWidget()
    while w is not None:
        if isinstance(w, QScrollArea):
            inner = w.widget()
            if inner is not None and (inner is target or inner.isAncestorOf(target)):
                port = w.viewport().size()
                if target.width() <= port.width() and target.height() <= port.height():
                    w.ensureWidgetVisible(target, 8, 8)
                else:
                    corner = target.mapTo(inner, QPoint(0, 0))
                    w.horizontalScrollBar().setValue(corner.x())
                    w.verticalScrollBar().setValue(corner.y())
        w = w.parentWidget()


def clip_area(target: QWidget, top: QWidget) -> QRect:
    """Where a frame around ``target`` may be drawn (``top``'s coordinates): the viewport
    of the nearest scroll area above it (so a frame around a whole panel lies inside its
    tab), else all of ``top``."""
    w = target
    while w is not None and w is not top:
        parent = w.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and w is parent.viewport():
            return visible_rect(w, top)
        w = parent
    return top.rect()


class Highlight(QWidget):
    """See the module docstring. ``set_target(widget or None)``; ``target()``."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("lesson_highlight")
        self.setAttribute(Qt.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.NoFocus)
        self._window = window
        self._target: QWidget | None = None
        self._watched: list[QObject] = []
        self.hide()

    # --- the target -----------------------------------------------------------------------
    def target(self) -> QWidget | None:
        t = self._target
        return t if t is not None and isValid(t) else None

    def set_target(self, widget: QWidget | None, scroll: bool = True) -> None:
        self._unwatch()
        self._target = widget
        if widget is None:
            self.hide()
            return
        w = widget
        while w is not None and w is not self._window:
            w.installEventFilter(self)
            self._watched.append(w)
            w = w.parentWidget()
        widget.destroyed.connect(self._on_target_destroyed)
        if scroll:
            scroll_into_view(widget)
        self.refresh()

    def _unwatch(self) -> None:
        for w in self._watched:
            if isValid(w):
                w.removeEventFilter(self)
        self._watched = []
        old = self._target
        if old is not None and isValid(old):
            try:
                old.destroyed.disconnect(self._on_target_destroyed)
            except (RuntimeError, TypeError):
                pass

    def _on_target_destroyed(self, *_):
        self._watched = []
        self._target = None
        if isValid(self):
            self.hide()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _FOLLOWED:
            self.refresh()
        return False

    # --- geometry and painting ------------------------------------------------------------
    def thickness(self) -> int:
        """The frame's width in pixels: the amber band and its dark outline on each side."""
        z = zoom_factor()
        return round(WIDTH * z) + 2 * self.outline()

    def outline(self) -> int:
        return max(1, round(zoom_factor()))

    def frame_rect(self) -> QRect:
        """Where the frame is drawn (window coordinates): around the visible part of the
        target, inside the scroll area that holds it (the panel's tab)."""
        t = self.target()
        if t is None:
            return QRect()
        shown = visible_rect(t, self._window)
        if shown.isEmpty():
            return QRect()
        k = self.thickness()
        return shown.adjusted(-k, -k, k, k).intersected(clip_area(t, self._window))

    def refresh(self) -> None:
        """Follow the target now (its place, its size, whether it shows)."""
        if not isValid(self):
            return
        rect = self.frame_rect()
        if rect.isEmpty():
            self.hide()
            return
        if rect != self.geometry():
            self.setGeometry(rect)
        if self.isHidden():  # its own flag (isVisible can lag behind a hide during a relayout)
            self.show()
        self.raise_()
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        k, o = self.thickness(), self.outline()
        p = QPainter(self)
        r = self.rect()
        # a dark outline outside, the amber band, a dark outline inside: visible on any background
        _ring(p, r, o, OUTLINE)
        _ring(p, r.adjusted(o, o, -o, -o), k - 2 * o, AMBER)
        _ring(p, r.adjusted(k - o, k - o, o - k, o - k), o, OUTLINE)
        p.end()


def _ring(p: QPainter, r: QRect, width: int, color: QColor) -> None:
    """A band ``width`` px wide along the inside of ``r``."""
    w = max(0, min(width, r.width() // 2, r.height() // 2))
    if w == 0:
        return
    p.fillRect(QRect(r.left(), r.top(), r.width(), w), color)
    p.fillRect(QRect(r.left(), r.bottom() - w + 1, r.width(), w), color)
    p.fillRect(QRect(r.left(), r.top() + w, w, r.height() - 2 * w), color)
    p.fillRect(QRect(r.right() - w + 1, r.top() + w, w, r.height() - 2 * w), color)
