"""The controls column of a window player: a column that scrolls vertically only (never
sideways: it is as wide as its widest row needs, at least ``COLUMN_WIDTH``), the input
group (source, digit with a Random button, Open image…, RGB, shown channel, a line that
describes the input) and the stride / padding / dilation group, all made by the panel's
``Form`` from the state's fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dlviz.ui.i18n import tr_n

COLUMN_WIDTH = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate("WindowPlayerPanel", text)


def form_layout(box: QWidget) -> QFormLayout:
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.DontWrapRows)
    return form


def note_label(parent: QWidget) -> QLabel:
    """A grey, word-wrapped line of explanation."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.PlainText)
    label.setStyleSheet("color:#5f6368;")
    label.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
    return label


class ControlsColumn(QScrollArea):
    """A vertical-only scroll area around a column of group boxes (``layout``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("controls")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.inner = QWidget(self)
        self.inner.setObjectName("controls_inner")
        self.layout_ = QVBoxLayout(self.inner)
        self.layout_.setContentsMargins(0, 0, 6, 0)
        self.layout_.setSpacing(8)
        self.setWidget(self.inner)
        self.inner.installEventFilter(self)
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Expanding)
        self.fit_width()

    @property
    def column(self) -> QVBoxLayout:
        return self.layout_

    def fit_width(self) -> None:
        """As wide as the widest row needs (plus the vertical scroll bar), never narrower
        than COLUMN_WIDTH: nothing is cut off and nothing scrolls sideways."""
        bar = self.style().pixelMetric(QStyle.PM_ScrollBarExtent)
        need = self.inner.minimumSizeHint().width() + bar + 2
        width = max(COLUMN_WIDTH, need)
        if self.width() != width or self.minimumWidth() != width:
            self.setFixedWidth(width)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.inner and event.type() == QEvent.LayoutRequest:
            self.fit_width()
        return super().eventFilter(obj, event)


def input_group(panel) -> QGroupBox:
    """The input choices (``panel.form`` makes the fields' widgets)."""
    form = panel.form
    box = QGroupBox(_tr("Input"), panel.controls.inner)
    box.setObjectName("input_group")
    lay = form_layout(box)
    form.add_row(lay, "source")

    row = QWidget(box)
    h = QHBoxLayout(row)
    h.setContentsMargins(0, 0, 0, 0)
    h.addWidget(form.widget("digit"), 1)
    panel.random_btn = QPushButton(_tr("Random"), row)
    panel.random_btn.setObjectName("random_digit")
    panel.random_btn.setToolTip(_tr("Pick a random test digit"))
    panel.random_btn.clicked.connect(panel.random_digit)
    h.addWidget(panel.random_btn)
    lay.addRow(form.label("digit"), row)

    panel.open_btn = QPushButton(_tr("Open image…"), box)
    panel.open_btn.setObjectName("open_image")
    panel.open_btn.setToolTip(_tr(
        "Load a PNG or JPEG as the input; it is shrunk to at most 48 pixels a side"))
    panel.open_btn.clicked.connect(panel.open_image)
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
    lay = form_layout(box)
    panel.form.add_rows(lay, ["stride", "padding", "dilation"])
    return box
