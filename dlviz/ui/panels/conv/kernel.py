"""The convolution panel's own widgets, bound to their fields by hand (no ``Form`` kind
fits): the grid of kernel weights (``weight``: one output channel's kernel for the shown
input channel) and the bias of the shown output channel (``bias``).

Both refuse what they cannot take with the reason, next to the widget: a cell that is not
a number, a bias out of range. The grid fills the controls column's width (its columns
stretch), so a 7×7 kernel fits without scrolling sideways."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QStyledItemDelegate, QTableWidget, QTableWidgetItem

from dlviz.core.messages import N_
from dlviz.ui.fields import FieldError, Float
from dlviz.ui.fmt import short
from dlviz.ui.forms import FloatSpin, hide_refusal, show_refusal
from dlviz.ui.i18n import tr_message, tr_n

ROW_HEIGHT = 24

# the rules of one typed weight and of a bias (the arrays' own fields bound the whole)
WEIGHT_CELL = Float(0.0, (-1000.0, 1000.0), N_("Kernel"), decimals=6)
WEIGHT_CELL.name = "weight"
BIAS_VALUE = Float(0.0, (-100.0, 100.0), N_("Bias"), decimals=3, step=0.1)
BIAS_VALUE.name = "bias"


def weight_text(v: float, columns: int) -> str:
    """A weight as its cell shows it: fewer decimals the more columns share the width (the
    cell's tooltip gives the exact value)."""
    return short(float(v), 4 if columns <= 3 else 3 if columns <= 5 else 2)


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
        self.setItemDelegate(_CellEditor(self))
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.horizontalHeader().setMinimumSectionSize(20)
        self.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                             | QAbstractItemView.AnyKeyPressed)
        self.setToolTip(tr_n(state.field("weight").tip))
        self.setMinimumWidth(7 * 20 + 4)
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
                f = QFont(self.font())
                if kw >= 5:
                    f.setPointSizeF(f.pointSizeF() * 0.85)
                self.setFont(f)
            for r in range(kh):
                for cc in range(kw):
                    item = self.item(r, cc)
                    if item is None:
                        item = QTableWidgetItem()
                        item.setTextAlignment(Qt.AlignCenter)
                        self.setItem(r, cc, item)
                    text = weight_text(k[r, cc], kw)
                    if item.text() != text:
                        item.setText(text)
                        item.setToolTip(repr(float(k[r, cc])))
        finally:
            self._filling = False
        self.setFixedHeight(ROW_HEIGHT * kh + 2 * self.frameWidth())

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
        text = f"{tr_n(self.state.field('weight').label)}: {tr_message(error.message)}"
        if self.isVisible():
            show_refusal(self, text)
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
            text = f"{tr_n(self.state.field('bias').label)}: {tr_message(e.message)}"
            if self.isVisible():
                show_refusal(self, text)
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
