"""A panel's controls column: a column of group boxes in a scroll area that scrolls
vertically only — never sideways — and the form layout of its group boxes.

:class:`ControlsColumn` is as wide as its widest row needs (plus the vertical scroll bar),
never narrower than ``min_width`` (pixels at 100 %, times the zoom: ``dlviz.ui.zoom``):
nothing is cut off and nothing scrolls sideways. It fits
again whenever its content's layout changes (a longer text, a language switch). With
``fixed=False`` (a column in a splitter, which the user may widen) the fitted width is its
minimum instead of its width.

    column = ControlsColumn(self, min_width=300)
    box = QGroupBox(title, column.inner)
    form.add_rows(form_layout(box), ["stride", "padding"])
    column.column.addWidget(box)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QScrollArea, QSizePolicy, QStyle, QVBoxLayout, QWidget

from dlviz.ui import zoom

COLUMN_WIDTH = 300


class ControlsColumn(QScrollArea):
    """See the module docstring. ``inner`` is the widget that scrolls (the parent for the
    group boxes), ``column`` its vertical layout (``margins`` and ``spacing``; ``None``:
    the style's spacing). ``name`` is the object name (``name + "_inner"`` for ``inner``)."""

    def __init__(self, parent=None, *, min_width: int = COLUMN_WIDTH, fixed: bool = True,
                 margins=(0, 0, 6, 0), spacing: int | None = 8, name: str = "controls"):
        super().__init__(parent)
        self.min_width = zoom.scaled(min_width)  # the font grows with the zoom: so does the column
        self.fixed = fixed
        self.setObjectName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.inner = QWidget(self)
        self.inner.setObjectName(f"{name}_inner")
        self.layout_ = QVBoxLayout(self.inner)
        self.layout_.setContentsMargins(*margins)
        if spacing is not None:
            self.layout_.setSpacing(spacing)
        self.setWidget(self.inner)
        self.inner.installEventFilter(self)
        if fixed:
            self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Expanding)
        self.fit_width()

    @property
    def column(self) -> QVBoxLayout:
        return self.layout_

    def needed_width(self) -> int:
        """The widest row of the content plus the vertical scroll bar, at least ``min_width``."""
        bar = self.style().pixelMetric(QStyle.PM_ScrollBarExtent)
        return max(self.min_width, self.inner.minimumSizeHint().width() + bar + 2)

    def fit_width(self) -> None:
        """As wide as the widest row needs (see ``needed_width``): nothing is cut off and
        nothing scrolls sideways. Called whenever the content's layout changes."""
        width = self.needed_width()
        if not self.fixed:
            if self.minimumWidth() != width:
                self.setMinimumWidth(width)
        elif self.width() != width or self.minimumWidth() != width or self.maximumWidth() != width:
            self.setFixedWidth(width)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.inner and event.type() == QEvent.LayoutRequest:
            self.fit_width()
        return super().eventFilter(obj, event)


def form_layout(box: QWidget, *, margins=None, vspacing: int | None = None,
                wrap: QFormLayout.RowWrapPolicy | None = QFormLayout.DontWrapRows,
                label_align=None) -> QFormLayout:
    """The form layout of a group box in a controls column: fields grow to the column's
    width; rows do not wrap unless ``wrap`` says so (``None``: the style's policy)."""
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
    if wrap is not None:
        form.setRowWrapPolicy(wrap)
    if margins is not None:
        form.setContentsMargins(*margins)
    if vspacing is not None:
        form.setVerticalSpacing(vspacing)
    if label_align is not None:
        form.setLabelAlignment(label_align)
    return form
