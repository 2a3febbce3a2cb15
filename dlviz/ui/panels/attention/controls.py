"""The Attention panel's controls column: the input (source, digit with a Random button),
what to look at (block, head, query token, the causal mask), the maps (whose attention,
the rollout's residual path) and the model (which ViT, its prediction, the check against
torch). Every widget of a field comes from the panel's ``Form``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QSizePolicy, QWidget

from dlviz.ui.widgets.basics import button, note_label, wrap_label
from dlviz.ui.widgets.column import ControlsColumn, form_layout

ROW_SPACING = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttentionPanel", text)


class Controls(ControlsColumn):
    def __init__(self, panel, form, parent=None):
        super().__init__(parent, min_width=236, fixed=False, margins=(0, 0, 6, 0), spacing=6)
        self.panel, self.form = panel, form
        box, col = self.inner, self.column

        self.input_box = QGroupBox(_tr("Input"), box)
        self.input_box.setObjectName("input_group")
        lay = form_layout(self.input_box, vspacing=ROW_SPACING)
        form.add_row(lay, "source")
        row = QWidget(self.input_box)
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(form.widget("digit"), 1)
        self.random_btn = button(_tr("Random"), "random_digit", _tr("Pick a random test digit"), row,
                                 panel.random_digit)
        h.addWidget(self.random_btn)
        lay.addRow(form.label("digit"), row)
        self.input_info = note_label(self.input_box)
        self.input_info.setObjectName("input_info")
        lay.addRow(self.input_info)
        col.addWidget(self.input_box)

        self.look_box = QGroupBox(_tr("Attention"), box)
        self.look_box.setObjectName("attention_group")
        lay = form_layout(self.look_box, vspacing=ROW_SPACING)
        form.add_rows(lay, ["block", "head", "query"])
        lay.addRow(form.widget("causal"))
        col.addWidget(self.look_box)

        self.maps_box = QGroupBox(_tr("Maps"), box)
        self.maps_box.setObjectName("maps_group")
        lay = form_layout(self.maps_box, vspacing=ROW_SPACING)
        form.add_row(lay, "maps")
        lay.addRow(form.widget("residual"))
        col.addWidget(self.maps_box)

        self.model_box = QGroupBox(_tr("Model"), box)
        self.model_box.setObjectName("model_group")
        lay = form_layout(self.model_box, vspacing=ROW_SPACING)
        form.add_row(lay, "model")
        self.model_info = wrap_label(self.model_box)
        self.model_info.setObjectName("model_info")
        lay.addRow(self.model_info)
        self.prediction = wrap_label(self.model_box)
        self.prediction.setObjectName("prediction")
        lay.addRow(self.prediction)
        self.badge = wrap_label(self.model_box)
        self.badge.setObjectName("torch_badge")
        lay.addRow(self.badge)
        col.addWidget(self.model_box)
        col.addStretch(1)
        for name in ("source", "maps", "model"):
            form.widget(name).setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.fit_combos()
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Expanding)

    def fit_combos(self) -> None:
        """The whole choice is read: each combo is as wide as its longest item (the column
        widens for it); called again when the choices change (a drawing arrives)."""
        for name in ("source", "maps", "model"):
            combo = self.form.widget(name)
            if combo.minimumWidth() != combo.sizeHint().width():
                combo.setMinimumWidth(combo.sizeHint().width())
        self.fit_width()
