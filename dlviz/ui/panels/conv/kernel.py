"""The convolution panel's own widgets, bound to their fields by hand (no ``Form`` kind
fits): the grid of kernel weights (``weight``: one output channel's kernel for the shown
input channel) and the bias of the shown output channel (``bias``).

Both refuse what they cannot take with the reason, in the bubble next to the widget: a cell
that is not a number, a bias out of range. Both then show the accepted value again, so they
are not outlined in red (an outline would stay on a valid value).

The grid fills the controls column's width (its columns stretch), so a 7×7 kernel fits
without scrolling sideways; its rows get lower the more there are (``row_height``), so the
stride / padding / dilation below stay in view on a 768-pixel screen. The cells show their
weights with the most decimals that fit the cells' width, the same for the whole grid
(``grid_decimals``, ``weight_text``); a cell's tooltip gives its exact value."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QStyledItemDelegate, QTableWidget, QTableWidgetItem

from dlviz.core.messages import N_
from dlviz.ui import zoom
from dlviz.ui.fields import FieldError, Float
from dlviz.ui.fmt import number, short
from dlviz.ui.forms import FloatSpin, hide_refusal, show_refusal
from dlviz.ui.i18n import tr_message, tr_n
from dlviz.ui.panels.player.controls import labelled

ROW_HEIGHT = 24  # rows of a kernel of up to 3 rows; more rows are lower (``row_height``)
CELL_MARGIN = 8  # room a cell keeps beside its text

# the rules of one typed weight and of a bias (the arrays' own fields bound the whole)
WEIGHT_CELL = Float(0.0, (-1000.0, 1000.0), N_("Kernel"), decimals=6)
WEIGHT_CELL.name = "weight"
BIAS_VALUE = Float(0.0, (-100.0, 100.0), N_("Bias"), decimals=3, step=0.1)
BIAS_VALUE.name = "bias"


def row_height(rows: int) -> int:
    """The height of a kernel grid row: lower for bigger kernels, so a 7×7 grid stays compact
    (the heights at 100 %, times the zoom: the text grows with it)."""
    return zoom.scaled(ROW_HEIGHT if rows <= 3 else 20 if rows <= 5 else 17)


def weight_text(v: float, decimals: int) -> str:
    """A weight as its cell shows it: ``decimals`` decimals, trailing zeros dropped ("0.003",
    "−0.25", "12"); a weight that would show as 0 without being 0 is written in short
    e-notation ("3e−4"). The cell's tooltip gives the exact value."""
    v = float(v)
    t = short(v, decimals)
    if "e" in t or (v != 0 and float(t.replace("−", "-")) == 0):
        t = number(v, 1).replace("e−0", "e−").replace("e+0", "e").replace(".0e", "e")
    return t


def grid_decimals(values, fits) -> int:
    """The most decimals (up to 4) at which every weight's text ``fits`` its cell: one
    precision for the whole grid."""
    values = [float(v) for v in np.ravel(values)]
    for d in (4, 3, 2, 1):
        if all(fits(weight_text(v, d)) for v in values):
            return d
    return 0


class _CellEditor(QStyledItemDelegate):
    """A plain line edit: what is typed is checked on commit and refused with the reason
    (a validator would swallow a wrong key without a word)."""

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignCenter)
        editor.setToolTip(parent.parent().toolTip() if parent.parent() is not None else "")
        return editor


class KernelGrid(QTableWidget):
    """The weights of kernel ``[out_channel, shown channel]``; typing a number changes that
    one weight (the kernel becomes "custom")."""

    def __init__(self, state, report, parent=None):
        super().__init__(parent)
        self.state = state
        self.report = report
        self._filling = False
        self._slice = (0, 0)
        self._base_font = QFont(self.font())
        self.setItemDelegate(_CellEditor(self))
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.horizontalHeader().setMinimumSectionSize(zoom.scaled(20))
        self.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.verticalHeader().setDefaultSectionSize(row_height(1))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                             | QAbstractItemView.AnyKeyPressed)
        self.setToolTip(tr_n(state.field("weight").tip))
        self.setMinimumWidth(zoom.scaled(7 * 20) + 4)
        self.itemChanged.connect(self._on_item)

    def show_kernel(self, weight: np.ndarray, out: int, channel: int) -> None:
        o = min(out, weight.shape[0] - 1)
        c = min(channel, weight.shape[1] - 1)
        self._slice = (o, c)
        k = weight[o, c]
        kh, kw = k.shape
        self._filling = True
        try:
            if self.rowCount() != kh or self.columnCount() != kw:
                self.setRowCount(kh)
                self.setColumnCount(kw)
                f = QFont(self._base_font)
                if kw >= 5:
                    f.setPointSizeF(f.pointSizeF() * 0.85)
                self.setFont(f)
                self.verticalHeader().setDefaultSectionSize(row_height(kh))
            decimals = grid_decimals(k, self._fits())
            for r in range(kh):
                for cc in range(kw):
                    item = self.item(r, cc)
                    if item is None:
                        item = QTableWidgetItem()
                        item.setTextAlignment(Qt.AlignCenter)
                        self.setItem(r, cc, item)
                    v = float(k[r, cc])
                    text = weight_text(v, decimals)
                    if item.text() != text:
                        item.setText(text)
                    tip = repr(v)
                    if item.toolTip() != tip:  # also when the typed text already shows the value
                        item.setToolTip(tip)
        finally:
            self._filling = False
        self.setFixedHeight(row_height(kh) * kh + 2 * self.frameWidth())

    def _fits(self):
        """Does a text fit a cell at the grid's current column width?"""
        kw = max(1, self.columnCount())
        even = (self.viewport().width() if self.viewport().width() > 50 else self.width()) / kw
        width = min([even] + [self.columnWidth(c) for c in range(kw) if self.columnWidth(c) > 0]) - CELL_MARGIN
        fm = QFontMetrics(self.font())
        return lambda text: fm.horizontalAdvance(text) <= width

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.rowCount() and event.size().width() != event.oldSize().width():
            self._refill()  # another width: maybe more (or fewer) decimals fit

    def set_value(self, r: int, c: int, value) -> None:
        """Type ``value`` (a number or text) into cell (r, c), as the user would."""
        self.item(r, c).setText(str(value))

    def _on_item(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        w = self.state.weight
        try:
            v = WEIGHT_CELL.clean(item.text().replace("−", "-"), {})
        except FieldError as e:
            self._refuse(e)
            return
        o, c = self._slice
        if w[o, c, item.row(), item.column()] == v:
            self._refill()
            return
        new = w.copy()
        new[o, c, item.row(), item.column()] = v
        if self.state.set("weight", new):
            hide_refusal(self)
        self._refill()

    def _refuse(self, error: FieldError) -> None:
        text = labelled(tr_n(self.state.field("weight").label), tr_message(error.message))
        if self.isVisible():
            show_refusal(self, text, outline=False)  # it shows the accepted value again
        self.report(text)
        self._refill()

    def _refill(self) -> None:
        o, c = self._slice
        self.show_kernel(self.state.weight, o, c)


class BiasSpin(FloatSpin):
    """The bias of the shown output channel."""

    def __init__(self, state, report, parent=None):
        super().__init__(BIAS_VALUE, parent)
        self.state = state
        self.report = report
        self._filling = False
        self.setObjectName("bias")
        self.setToolTip(tr_n(state.field("bias").tip))
        self.valueChanged.connect(self._want)
        self.wanted.connect(self._want)

    def show_bias(self, bias: np.ndarray, out: int) -> None:
        v = float(bias[min(out, len(bias) - 1)])
        if self.value() != v:
            self._filling = True
            try:
                self.setValue(v)
            finally:
                self._filling = False

    def _want(self, value) -> None:
        if self._filling:
            return
        try:
            v = BIAS_VALUE.clean(value, {})
        except FieldError as e:
            text = labelled(tr_n(self.state.field("bias").label), tr_message(e.message))
            if self.isVisible():
                show_refusal(self, text, outline=False)  # it shows the accepted value again
            self.report(text)
            self.show_bias(self.state.bias, self.state.out_channel)
            return
        b = self.state.bias.copy()
        o = min(self.state.out_channel, len(b) - 1)
        if b[o] == v:
            return
        b[o] = v
        if self.state.set("bias", b):
            hide_refusal(self)
        self.show_bias(self.state.bias, self.state.out_channel)
