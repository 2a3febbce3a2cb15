"""The controls column of the RNN cells panel: the cell and its weights, the input
sequence (with the input view), and the model's prediction. It scrolls vertically only,
so it fits a short screen; every text wraps.

The widgets of the fields come from the panel's ``Form``. While the trained model's
weights are in use, the model fixes the cell and the hidden size: their rows then show
the model's values as text (a stacked page of the same size, so nothing moves), and the
user's own choices for random weights stay in the state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from dlviz.ui.forms import Form
from dlviz.ui.widgets.basics import button
from dlviz.ui.widgets.column import ControlsColumn, form_layout

from .views import InputView, PredictionView

WIDTH = 292  # the column's width (wider only when a row needs more)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RnnPanel", text)


def _fixed_label(parent) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setProperty("role", "note")
    return label


class Controls(ControlsColumn):
    def __init__(self, form: Form, parent=None):
        super().__init__(parent, min_width=WIDTH, margins=(0, 0, 4, 0), spacing=6)
        self.form = form
        inner, col = self.inner, self.column

        # --- the cell ------------------------------------------------------------------------
        cell_box = QGroupBox(_tr("Cell"), inner)
        f = form_layout(cell_box, margins=(8, 6, 8, 6), vspacing=4, wrap=None)
        self.cell_combo = form.widget("cell")
        self.cell_stack = QStackedWidget(cell_box)
        self.cell_stack.addWidget(self.cell_combo)
        self.model_cell_label = _fixed_label(cell_box)
        self.cell_stack.addWidget(self.model_cell_label)
        f.addRow(form.label("cell"), self.cell_stack)
        self.weights_combo = form.widget("weights")
        f.addRow(form.label("weights"), self.weights_combo)

        self.hidden_spin = form.widget("hidden")
        self.seed_spin = form.widget("seed")
        self.seed_label = form.label("seed")
        hs_page = QWidget(cell_box)
        hs = QHBoxLayout(hs_page)
        hs.setContentsMargins(0, 0, 0, 0)
        hs.setSpacing(4)
        hs.addWidget(self.hidden_spin, 1)
        hs.addWidget(self.seed_label)
        hs.addWidget(self.seed_spin, 1)
        self.hidden_stack = QStackedWidget(cell_box)
        self.hidden_stack.addWidget(hs_page)
        self.model_hidden_label = _fixed_label(cell_box)
        self.hidden_stack.addWidget(self.model_hidden_label)
        f.addRow(form.label("hidden"), self.hidden_stack)
        self.model_note = _fixed_label(cell_box)
        f.addRow(self.model_note)
        col.addWidget(cell_box)

        # --- the input -----------------------------------------------------------------------
        in_box = QGroupBox(_tr("Input sequence"), inner)
        il = QVBoxLayout(in_box)
        il.setContentsMargins(8, 6, 8, 6)
        il.setSpacing(4)
        self.input_combo = form.widget("input")
        il.addWidget(self.input_combo)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.digit_label = form.label("digit")
        row.addWidget(self.digit_label)
        self.digit_spin = form.widget("digit")
        row.addWidget(self.digit_spin, 1)
        self.random_btn = button(_tr("Random"), "random_digit", _tr("Pick a random MNIST test digit."), in_box)
        row.addWidget(self.random_btn)
        il.addLayout(row)
        self.input_view = InputView(in_box)
        il.addWidget(self.input_view, 1)
        col.addWidget(in_box, 1)

        # --- the prediction --------------------------------------------------------------------
        pred_box = QGroupBox(_tr("Prediction"), inner)
        pl = QVBoxLayout(pred_box)
        pl.setContentsMargins(8, 4, 8, 6)
        self.prediction = PredictionView(pred_box)
        pl.addWidget(self.prediction)
        col.addWidget(pred_box)

        inner.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.MinimumExpanding)
        self.fit_width()

    def apply_colors(self, c: dict) -> None:
        for label in (self.model_note, self.model_cell_label, self.model_hidden_label):
            label.setStyleSheet(f"color: {c['muted']};")
        self.input_view.apply_colors(c)
        self.prediction.apply_colors(c)
