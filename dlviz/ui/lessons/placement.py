"""Where the Lessons dock goes: on the right when the panel shown fits beside it, else along
the bottom of the window as a strip (a 1024 px projector: the panels need 860–1000 px).

The rule, checked when the dock shows, when the window is resized, when another panel is
shown and when a panel is made again (a language switch or a zoom changes its size): the
dock goes to the bottom when the window is narrower than the panel's minimum width plus the
dock's narrowest width (and the splitter between them), and back to the right when there is
room; on the right it is narrowed, down to its narrowest width, when it would push the
panel below its minimum width. A dock that the user moves or floats by hand stays where the
user put it for the rest of the session (``user_placed``).

The dock's layout follows its area (``LessonsDock.set_strip``): a column on the right or
left, a strip — text on the left, progress and buttons on the right — at the top or bottom.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QStyle
from shiboken6 import isValid

from dlviz.ui.lessons.highlight import zoom_factor

RIGHT, BOTTOM = Qt.RightDockWidgetArea, Qt.BottomDockWidgetArea
STRIP_HEIGHT = 165  # px at 100 %: the strip's height with its title bar
SIDE_SHARE = 0.27  # of the window's width, for a dock on the right (between its narrowest and +100 px)


def strip_height() -> int:
    return int(STRIP_HEIGHT * min(1.5, zoom_factor()))


class DockPlacement(QObject):
    """See the module docstring. ``moved`` fires after the dock changed its area."""

    moved = Signal()

    def __init__(self, window, dock):
        super().__init__(dock)
        self.window = window
        self.dock = dock
        self.user_placed = False
        self.area = RIGHT
        self._placing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.place)
        dock.dockLocationChanged.connect(self._on_location)
        dock.topLevelChanged.connect(self._on_floating)
        window.installEventFilter(self)
        window.tabs.currentChanged.connect(self.schedule)
        window.panel_created.connect(self.schedule)

    # --- the user's hand ------------------------------------------------------------------
    def _on_location(self, area) -> None:
        if area == Qt.NoDockWidgetArea:
            return
        if not self._placing and self.dock.isVisible() and self.window.isVisible() and area != self.area:
            self.user_placed = True  # dragged there: the user's choice, for this session
        self.area = area
        self.dock.set_strip(area in (Qt.TopDockWidgetArea, Qt.BottomDockWidgetArea))

    def _on_floating(self, floating: bool) -> None:
        if floating and not self._placing and self.dock.isVisible():
            self.user_placed = True

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self.window and event.type() == QEvent.Resize:
            self.schedule()
        return False

    # --- the rule --------------------------------------------------------------------------
    def schedule(self, *_args) -> None:
        """Place the dock once the current events are handled (a resize comes in bursts)."""
        if self.dock.isVisible() and not self.user_placed:
            self._timer.start()

    def panel_width(self) -> int:
        """The width the panel shown needs: its minimum, plus a vertical scroll bar when its
        tab is too low for it."""
        tab = self.window.tabs.currentWidget()
        panel = getattr(tab, "panel", None)
        if panel is None:
            return 0
        hint = panel.minimumSizeHint()
        width = hint.width()
        if tab.height() > 0 and hint.height() > tab.height():
            width += tab.style().pixelMetric(QStyle.PM_ScrollBarExtent)
        return width

    def separator(self) -> int:
        return self.window.style().pixelMetric(QStyle.PM_DockWidgetSeparatorExtent, None, self.window)

    def side_width(self) -> int:
        """The width a dock on the right gets when it opens (the window's share)."""
        least = self.dock.min_width() + 20
        return max(least, min(least + 100, int(self.window.width() * SIDE_SHARE)))

    def fits_beside(self) -> bool:
        """Whether the panel shown fits beside the dock at its narrowest."""
        need = self.panel_width() + self.dock.min_width() + self.separator()
        return self.window.width() >= need

    def place(self, opening: bool = False) -> None:
        """Apply the rule now (``opening``: the dock has just been shown, give it its size)."""
        self._timer.stop()
        if self.user_placed or self.dock.isFloating():
            return
        room = self.window.width() - self.panel_width() - self.separator()
        if not self.fits_beside():
            if self.area != BOTTOM:
                self._move(BOTTOM, strip_height())
            elif opening:
                self.window.resizeDocks([self.dock], [strip_height()], Qt.Vertical)
            return
        width = max(self.dock.min_width(), min(self.side_width(), room))
        if self.area != RIGHT:
            self._move(RIGHT, width)
        elif opening:
            self.window.resizeDocks([self.dock], [width], Qt.Horizontal)
        elif self.dock.width() > room:  # the window narrowed: the panel keeps its minimum width
            self.window.resizeDocks([self.dock], [max(self.dock.min_width(), room)], Qt.Horizontal)

    def _move(self, area, size: int) -> None:
        """Put the dock in ``area``, then (once the window has laid it out there: a size given
        at once is lost) give it ``size`` and say ``moved``."""
        self._placing = True
        try:
            self.area = area
            self.window.addDockWidget(area, self.dock)
            self.dock.set_strip(area == BOTTOM)
        finally:
            self._placing = False
        QTimer.singleShot(0, lambda: self._sized(area, size))

    def _sized(self, area, size: int) -> None:
        if not isValid(self) or self.area != area or self.user_placed:
            return
        self.window.resizeDocks([self.dock], [size], Qt.Vertical if area == BOTTOM else Qt.Horizontal)
        self.moved.emit()
