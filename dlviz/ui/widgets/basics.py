"""Small widget makers the panels share: a push button with its object name and tooltip, a
grey note, a label that wraps to the width it is given, a bold section title; and
:func:`lay_out_now`, which runs Qt's pending layouts before the next paint.

The texts are translated by the caller (in the caller's translation context), so moving a
widget here never changes what a translator sees."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget


def button(text: str, name: str, tip: str, parent: QWidget | None = None, clicked=None) -> QPushButton:
    """A push button with an object name (tests and the robot find it by it) and a tooltip;
    ``clicked`` is connected when given."""
    b = QPushButton(text, parent)
    b.setObjectName(name)
    b.setToolTip(tip)
    if clicked is not None:
        b.clicked.connect(clicked)
    return b


def note_label(parent: QWidget | None = None) -> QLabel:
    """A grey, word-wrapped line of explanation (plain text)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.PlainText)
    label.setStyleSheet("color:#5f6368;")
    label.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
    return label


class FitHeightLabel(QLabel):
    """A word-wrapped label whose minimum height is its text's height at its width: a layout
    never squeezes it under the widget below (at a large zoom its panel grows instead, and
    the tab scrolls)."""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        old = self.minimumHeight()
        if old:  # a label's heightForWidth is never below its minimum height: measure without it
            self.setMinimumHeight(0)
        h = self.heightForWidth(max(1, self.width()))
        if h > 0:
            self.setMinimumHeight(h)
        elif old:
            self.setMinimumHeight(old)


def wrap_label(parent: QWidget | None = None, *, text_format=None, align=None, tip: str | None = None,
               selectable: bool = False, fit_height: bool = False) -> QLabel:
    """A word-wrapped label that takes the width it is given (it never widens its column:
    the text wraps to it). ``text_format`` (e.g. ``Qt.PlainText``) and ``align`` are set
    when given; ``selectable`` lets the mouse select the text; ``fit_height``: never lower
    than its text at its width (a :class:`FitHeightLabel`)."""
    label = (FitHeightLabel if fit_height else QLabel)(parent)
    label.setWordWrap(True)
    if text_format is not None:
        label.setTextFormat(text_format)
    if align is not None:
        label.setAlignment(align)
    if tip is not None:
        label.setToolTip(tip)
    if selectable:
        label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
    return label


LAYOUT_SWEEPS = 2  # a flow of chips that wraps anew when its parent resizes it asks again


def lay_out_now(root: QWidget, sweeps: int = LAYOUT_SWEEPS) -> None:
    """Run the layouts of ``root`` and its descendants that wait in Qt's event queue now,
    before the next paint.

    Qt lays widgets out in posted events, one nested layout per pass of the event loop (a
    layout that changed asks its parent's in the next pass), and it may paint between two
    passes: a panel was painted with new labels still at their old height, and a flow of
    chips that grew (a widget grows at once to a new minimum height) over the widgets under
    it. Here every widget's pending layout runs, the innermost first, so a parent lays out
    with its children's new sizes in the same sweep; a sweep again catches what a resized
    child asked for then. Call it at the end of a render that changes texts or the rows of a
    wrapped view, and after a resize. A widget with nothing pending costs next to nothing."""
    widgets = root.findChildren(QWidget)  # parents before their children
    widgets.reverse()
    widgets.append(root)
    for _ in range(sweeps):
        for w in widgets:
            QCoreApplication.sendPostedEvents(w, QEvent.LayoutRequest)


def embolden(widget: QWidget, scale: float = 1.0) -> QWidget:
    """Make ``widget``'s font bold (and ``scale`` times as large); returns the widget."""
    f = QFont(widget.font())
    if scale != 1.0:
        f.setPointSizeF(f.pointSizeF() * scale)
    f.setBold(True)
    widget.setFont(f)
    return widget


def title_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A bold one-line section title that may be cut rather than widen its column."""
    label = embolden(QLabel(text, parent))
    label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
    return label
