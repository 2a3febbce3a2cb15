"""The Activations panel's controls column: the function and its parameters (α of Leaky
ReLU and of ELU, the softmax temperature and logits), the cursor x, and the gradient-flow
settings with the activations to compare. Widgets come from the state's fields through a
``Form``; the compare check boxes are bound here (a field of the panel's own kind).

The logits apply while they are typed whenever the text already holds 2 to 10 numbers;
text that does not is outlined, and refused with its reason next to the field when it is
committed (Enter or leaving the field)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QSizePolicy, QWidget

from dlviz.core import activations as act
from dlviz.ui import theme, zoom
from dlviz.ui.fields import FieldError
from dlviz.ui.forms import hide_refusal, mark_invalid, show_refusal
from dlviz.ui.i18n import tr_message, tr_n
from dlviz.ui.widgets.column import ControlsColumn, form_layout

from .state import logits_values


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActivationsPanel", text)


def _labelled(label: str, reason: str) -> str:
    """A refusal as the Form writes it ("Logits z: …", a full-width colon in Chinese)."""
    return QCoreApplication.translate("Forms", "{0}: {1}").format(label, reason)


def _form_layout(box) -> QFormLayout:
    return form_layout(box, wrap=QFormLayout.WrapLongRows, label_align=Qt.AlignLeft | Qt.AlignVCenter)


def _swatch(color: str) -> QIcon:
    pix = QPixmap(zoom.scaled(14), zoom.scaled(14))
    pix.fill(pg.mkColor(color))
    return QIcon(pix)


class Controls(ControlsColumn):
    """The controls column (scrolls vertically only; never narrower than its content needs,
    and the splitter may widen it)."""

    def __init__(self, panel, form, parent=None):
        super().__init__(parent, min_width=0, fixed=False, margins=(0, 0, 6, 0), spacing=None)
        self.panel, self.form, self.state = panel, form, panel.state
        box, col = self.inner, self.column

        self.function_box = QGroupBox(_tr("Activation function"), box)
        lay = _form_layout(self.function_box)
        form.add_rows(lay, ["function", "alpha_leaky_relu", "alpha_elu", "temperature", "logits"])
        col.addWidget(self.function_box)

        self.cursor_box = QGroupBox(_tr("Cursor"), box)
        form.add_rows(_form_layout(self.cursor_box), ["x"])
        col.addWidget(self.cursor_box)

        self.flow_box = QGroupBox(_tr("Gradient flow through depth"), box)
        lay = _form_layout(self.flow_box)
        form.add_rows(lay, ["depth", "width", "init", "quantity", "seed"])
        col.addWidget(self.flow_box)
        self._build_compare(lay)
        col.addStretch(1)

        logits = form.widget("logits")
        logits.setPlaceholderText(self.state.field("logits").default)
        logits.textEdited.connect(self._on_logits_typed)

        self.fit_width()
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Expanding)
        panel.link(self.state.changed, self._on_changed)
        panel.link(self.state.refused, self._on_refused)
        self.show_compare()
        self.apply_colors()

    # --- compare ------------------------------------------------------------------------
    def _build_compare(self, lay: QFormLayout) -> None:
        f = self.state.field("compare")
        holder = QWidget(self.flow_box)
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        self.compare_boxes: dict[str, QCheckBox] = {}
        for i, name in enumerate(f.choices):
            cb = QCheckBox(tr_n(f.choices[name]), holder)
            cb.setObjectName(f"compare_{name}")
            cb.setToolTip(tr_n(f.tip))
            cb.setIconSize(QSize(zoom.scaled(12), zoom.scaled(12)))
            cb.clicked.connect(lambda on, n=name: self._on_compare_clicked(n, on))
            grid.addWidget(cb, i // 2, i % 2)
            self.compare_boxes[name] = cb
        self.compare_label = QLabel(tr_n(f.label), self.flow_box)
        self.compare_label.setToolTip(tr_n(f.tip))
        lay.addRow(self.compare_label)
        lay.addRow(holder)
        self._clicked: QCheckBox | None = None

    def _on_compare_clicked(self, name: str, on: bool) -> None:
        chosen = set(self.state.compare)
        chosen = chosen | {name} if on else chosen - {name}
        self._clicked = self.compare_boxes[name]
        if self.state.set("compare", tuple(chosen)):
            self._clicked = None
        self.show_compare()  # the state's value (the old one when refused)

    def show_compare(self) -> None:
        chosen = set(self.state.compare)
        for name, cb in self.compare_boxes.items():
            if cb.isChecked() != (name in chosen):
                cb.setChecked(name in chosen)

    # --- logits -------------------------------------------------------------------------
    def _on_logits_typed(self, text: str) -> None:
        widget = self.form.widget("logits")
        try:
            values = logits_values(text)
        except FieldError as e:
            # outlined, with the reason in its tooltip; the bubble comes when the text is committed
            mark_invalid(widget, True, _labelled(tr_n(self.state.field("logits").label), tr_message(e.message)))
            return
        mark_invalid(widget, False)
        old = self.state.logit_values()
        if len(old) != len(values) or not np.array_equal(old, values):  # "2, 1," is still 2, 1
            self.state.set("logits", text)

    # --- state → widgets ------------------------------------------------------------------
    def _on_changed(self, names) -> None:
        if "compare" in names:
            self.show_compare()
            for cb in self.compare_boxes.values():
                hide_refusal(cb)
        if "logits" in names:
            mark_invalid(self.form.widget("logits"), False)

    def _on_refused(self, name: str, message) -> None:
        if name != "compare":
            return
        text = _labelled(tr_n(self.state.field("compare").label), tr_message(message))
        anchor = self._clicked or next(iter(self.compare_boxes.values()))
        if anchor.isVisible():
            show_refusal(anchor, text, outline=False)  # the box shows the accepted choice again
        self.panel.app.message(text, 8000)

    def apply_colors(self) -> None:
        series = theme.colors()["series"]
        for i, name in enumerate(act.ELEMENTWISE):
            self.compare_boxes[name].setIcon(_swatch(series[i]))
