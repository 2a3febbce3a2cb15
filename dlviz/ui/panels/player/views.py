"""The stage of a window player: the input grid with the sliding window (left), and beside
it the torch badge, the output map that fills cell by cell, the output-size formula and
the readout of the current step. Made once; the panel feeds it from the session's plan.
When there is no plan (the digits still loading, …) a notice takes the grids' place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from dlviz.ui import zoom
from dlviz.ui.panels.player.readout import ReadoutView
from dlviz.ui.widgets.value_grid import ValueGrid

BADGE_STYLES = {
    "ok": "background:#e6f4ea;color:#137333;border:1px solid #a8dab5;border-radius:6px;padding:5px 8px;",
    "bad": "background:#fce8e6;color:#a50e0e;border:1px solid #f4b4ae;border-radius:6px;padding:5px 8px;",
    "warn": "background:#fef7e0;color:#8a6d00;border:1px solid #f3d57a;border-radius:6px;padding:5px 8px;",
}
RIGHT_MIN_WIDTH = 300  # px at 100 % (times the zoom)
INPUT_MIN_SIZE = 140  # px at 100 %, used from 110 % on (times the zoom)
OUTPUT_MIN_SIZE = 90  # the same for the output map
RIGHT_MAX_WIDTH = 560


class Stage(QWidget):
    """See the module docstring. ``render_frame()`` is what the PNG and GIF exports save."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(self.backgroundRole(), QColor("#ffffff"))
        self.setPalette(pal)
        st = QHBoxLayout(self)
        st.setContentsMargins(6, 6, 6, 6)
        st.setSpacing(10)

        self.input_view = ValueGrid(self)
        self.input_view.setObjectName("input_view")
        self.input_tip = self.tr(
            "The input with its padding (hatched). The orange cells are the taps the window reads "
            "for the current output cell; click a cell to jump to the first window that covers it.")
        self.input_view.setToolTip(self.input_tip)
        # the input is what the lesson is about: at a presentation zoom it grows with the text
        # (at 100 % the grid's own least size; at 200 % the panel gets wider, the dock moves below)
        least = max(120, zoom.scaled(INPUT_MIN_SIZE)) if zoom.zoom() > 1 else 120
        self.input_view.setMinimumSize(least, least)
        st.addWidget(self.input_view, 3)

        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignCenter)
        self.notice.setTextFormat(Qt.PlainText)
        self.notice.setStyleSheet(f"color:#5f6368; font-size: {13 * zoom.zoom():.3g}pt;")
        self.notice.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Ignored)
        self.notice.hide()
        st.addWidget(self.notice, 3)

        self.right_col = QWidget(self)
        rcol = QVBoxLayout(self.right_col)
        rcol.setContentsMargins(0, 0, 0, 0)
        rcol.setSpacing(6)
        self.badge = QLabel(self.right_col)
        self.badge.setObjectName("badge")
        self.badge.setTextFormat(Qt.PlainText)
        self.badge.setWordWrap(True)
        self.badge.setToolTip(self.tr(
            "The whole output computed by this app's numpy code, compared with PyTorch's own function "
            "on the same numbers."))
        rcol.addWidget(self.badge)
        self.output_view = ValueGrid(self.right_col)
        self.output_view.setObjectName("output_view")
        self.output_view.setToolTip(self.tr(
            "The output map fills one cell per step; the outlined cell is the current one. "
            "Click a cell to jump to its step."))
        if zoom.zoom() > 1:  # as the input: readable from the back of the room
            self.output_view.setMinimumSize(max(120, zoom.scaled(OUTPUT_MIN_SIZE)), max(120, zoom.scaled(OUTPUT_MIN_SIZE)))
        rcol.addWidget(self.output_view, 1)
        self.formula = QLabel(self.right_col)
        self.formula.setObjectName("formula")
        self.formula.setWordWrap(True)
        self.formula.setTextFormat(Qt.RichText)
        self.formula.setToolTip(self.tr(
            "Output size along each axis: ⌊(input + 2·padding − dilation·(kernel − 1) − 1) / stride⌋ + 1"))
        rcol.addWidget(self.formula)
        self.readout = ReadoutView(self.right_col)
        self.readout.setObjectName("readout")
        self.readout.setToolTip(self.tr("The arithmetic of the current step, with the real numbers"))
        rcol.addWidget(self.readout)  # its height hint is what its rows need; the map takes the rest
        self.right_col.setMinimumWidth(zoom.scaled(RIGHT_MIN_WIDTH))
        self.right_col.setMaximumWidth(zoom.scaled(RIGHT_MAX_WIDTH))
        st.addWidget(self.right_col, 2)

    def add_switch(self, switch: QWidget) -> None:
        """The Forward / Backward switch (and the backward pass's choices), above the badge."""
        self.right_col.layout().insertWidget(0, switch)

    # --- what is shown ----------------------------------------------------------------
    def show_notice(self, text: str) -> None:
        """No plan: ``text`` instead of the grids."""
        self.notice.setText(text)
        for w in (self.input_view, self.right_col):
            w.hide()
        self.notice.show()

    def show_grids(self) -> None:
        if self.notice.isVisible() or self.notice.isVisibleTo(self):
            self.notice.hide()
        for w in (self.input_view, self.right_col):
            if not w.isVisibleTo(self):
                w.show()

    @property
    def notice_text(self) -> str:
        return self.notice.text() if self.notice.isVisibleTo(self) else ""

    def set_badge(self, kind: str, text: str) -> None:
        self.badge.setStyleSheet(BADGE_STYLES[kind])
        self.badge.setText(text)

    def fit_readout(self) -> None:
        """Give the readout the height its rows need at the column's width (once per plan)."""
        self.readout.set_hint_height(self.readout.natural_height(max(zoom.scaled(RIGHT_MIN_WIDTH), self.right_col.width())))

    def render_frame(self):
        """The stage as a QImage."""
        return self.grab().toImage()
