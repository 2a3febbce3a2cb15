"""The controls column of the RNN cells panel: the cell and its weights, the input
sequence (with the input view), and the model's prediction. It scrolls vertically only,
so it fits a short screen; every text wraps.

The widgets of the fields come from the panel's ``Form``. While the trained model's
weights are in use, the model fixes the cell and the hidden size: their rows then show
the model's values as text (a stacked page of the same size, so nothing moves), and the
user's own choices for random weights stay in the state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dlviz.ui.forms import Form
from dlviz.ui.widgets.basics import button
from dlviz.ui.widgets.column import ControlsColumn, form_layout

from .text_views import ChipsView, EmbeddingView
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
        # a sentence: the text model (its cell and size are the model's)
        self.text_model_combo = form.widget("text_model")
        f.addRow(form.label("text_model"), self.text_model_combo)
        self.direction_combo = form.widget("direction")
        f.addRow(form.label("direction"), self.direction_combo)
        self.model_note = _fixed_label(cell_box)
        f.addRow(self.model_note)
        self.cell_form = f
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
        self.digit_row = row
        self.input_view = InputView(in_box)
        il.addWidget(self.input_view, 1)
        # a sentence: typed or picked, then its tokens, ids and embedding vectors
        self.sentence_box = QWidget(in_box)
        sl = QVBoxLayout(self.sentence_box)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.setSpacing(4)
        self.sentence_edit = form.widget("sentence")
        self.sentence_edit.setObjectName("sentence_edit")
        self.sentence_edit.setPlaceholderText(_tr("Type a sentence…"))
        sl.addWidget(self.sentence_edit)
        self.example_combo = QComboBox(self.sentence_box)
        self.example_combo.setObjectName("sentence_examples")
        self.example_combo.setToolTip(_tr(
            "Test sentences of the corpus (the model never trained on them), positive and negative, some "
            "with 不 or 没有 (not), and two made-up pairs that differ by 不 only."))
        self.example_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.example_combo.setMinimumContentsLength(12)
        sl.addWidget(self.example_combo)
        self.tokens_title = QLabel(self.sentence_box)
        self.tokens_title.setWordWrap(True)
        sl.addWidget(self.tokens_title)
        self.token_chips = ChipsView(self.sentence_box)
        self.token_chips.setObjectName("token_chips")
        self.token_chips.setToolTip(_tr("Each token and, under it, its id in the model's vocabulary."))
        sl.addWidget(self.token_chips)
        self.ids_note = _fixed_label(self.sentence_box)
        sl.addWidget(self.ids_note)
        self.embedding_title = QLabel(self.sentence_box)
        self.embedding_title.setWordWrap(True)
        sl.addWidget(self.embedding_title)
        self.embedding_view = EmbeddingView(self.sentence_box)
        sl.addWidget(self.embedding_view, 1)
        il.addWidget(self.sentence_box, 1)
        col.addWidget(in_box, 1)

        # --- the prediction --------------------------------------------------------------------
        pred_box = QGroupBox(_tr("Prediction"), inner)
        pl = QVBoxLayout(pred_box)
        pl.setContentsMargins(8, 4, 8, 6)
        self.prediction = PredictionView(pred_box)
        pl.addWidget(self.prediction)
        self.pred_box = pred_box
        col.addWidget(pred_box)

        inner.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.MinimumExpanding)
        self.fit_width()

    def show_sentence_rows(self, on: bool) -> None:
        """The rows of a sentence (text model, direction, the sentence's views) or those of a
        digit or a signal (cell, weights, hidden size, digit, the input view)."""
        f = self.cell_form
        for w in (self.cell_stack, self.weights_combo, self.hidden_stack):
            f.setRowVisible(w, not on)
        for w in (self.text_model_combo, self.direction_combo):
            f.setRowVisible(w, on)
        for w in (self.digit_label, self.digit_spin, self.random_btn, self.input_view):
            w.setVisible(not on)
        self.sentence_box.setVisible(on)
        self.pred_box.setVisible(not on)  # a sentence's prediction is shown beside the heatmaps

    def apply_colors(self, c: dict) -> None:
        for label in (self.model_note, self.model_cell_label, self.model_hidden_label, self.ids_note):
            label.setStyleSheet(f"color: {c['muted']};")
        self.input_view.apply_colors(c)
        self.prediction.apply_colors(c)
        self.embedding_view.apply_colors(c)
        self.token_chips.set_colors(c["fg"], c["muted"])
