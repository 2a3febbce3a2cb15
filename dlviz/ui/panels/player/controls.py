"""The controls column of a window player (``dlviz.ui.widgets.column.ControlsColumn``: it
scrolls vertically only, as wide as its widest row needs, at least ``COLUMN_WIDTH``), the input
group (source, digit with a Random button, Open image…, RGB, shown channel, a line that
describes the input) and the stride / padding / dilation group, all made by the panel's
``Form`` from the state's fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QWidget

from dlviz.ui.i18n import tr_n
from dlviz.ui.widgets.basics import button, note_label
from dlviz.ui.widgets.column import form_layout

ROW_SPACING = 4  # between the rows of a group (a little tighter than the style's: the column fits 768 px)


def _tr(text: str) -> str:
    return QCoreApplication.translate("WindowPlayerPanel", text)


def labelled(label: str, reason: str) -> str:
    """"Kernel: “abc” is not a number": a refusal as the Form writes it (a full-width colon
    in Chinese), for the widgets a panel binds itself."""
    return QCoreApplication.translate("Forms", "{0}: {1}").format(label, reason)


def input_group(panel) -> QGroupBox:
    """The input choices (``panel.form`` makes the fields' widgets)."""
    form = panel.form
    box = QGroupBox(_tr("Input"), panel.controls.inner)
    box.setObjectName("input_group")
    lay = form_layout(box, vspacing=ROW_SPACING)
    form.add_row(lay, "source")

    row = QWidget(box)
    h = QHBoxLayout(row)
    h.setContentsMargins(0, 0, 0, 0)
    h.addWidget(form.widget("digit"), 1)
    panel.random_btn = button(_tr("Random"), "random_digit", _tr("Pick a random test digit"), row,
                              panel.random_digit)
    h.addWidget(panel.random_btn)
    lay.addRow(form.label("digit"), row)

    panel.open_btn = button(_tr("Open image…"), "open_image", _tr(
        "Load a PNG or JPEG as the input; it is shrunk to at most 48 pixels a side"), box, panel.open_image)
    file_label = QLabel(tr_n(panel.state.field("file_image").label), box)
    file_label.setToolTip(panel.open_btn.toolTip())
    lay.addRow(file_label, panel.open_btn)
    lay.addRow(form.widget("rgb"))
    form.add_row(lay, "channel")
    panel.input_info = note_label(box)
    panel.input_info.setObjectName("input_info")
    lay.addRow(panel.input_info)
    return box


def param_group(panel) -> QGroupBox:
    box = QGroupBox(_tr("Stride, padding, dilation"), panel.controls.inner)
    box.setObjectName("param_group")
    lay = form_layout(box, vspacing=ROW_SPACING)
    panel.form.add_rows(lay, ["stride", "padding", "dilation"])
    return box
