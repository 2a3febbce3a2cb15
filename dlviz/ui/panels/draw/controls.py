"""The Draw panel's two left columns: the board with its tools (pen, undo, clear, send to),
and the prediction (the large top digit, the ten bars, the model picker). They are made
here and bound to the state by the panel (``DrawPanel.build``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from dlviz.ui.i18n import tr_n
from dlviz.ui.panels.draw.views import InputPreview, ProbabilityBars
from dlviz.ui.widgets.basics import wrap_label
from dlviz.ui.widgets.canvas import DrawingCanvas
from dlviz.ui.widgets.message_line import MessageLine

SEND_TARGETS = ("conv", "pool", "rnn", "attention")


class DrawBox(QGroupBox):
    """The board, what the model sees, the pen, Undo / Clear, Send to, the message line."""

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Draw a digit"))
        lay = QVBoxLayout(self)
        lay.setSpacing(6)
        self.canvas = DrawingCanvas(self)
        self.canvas.placeholder = self.tr("Draw a digit here with the mouse")
        self.canvas.setToolTip(self.tr(
            "Hold the left mouse button and draw a digit 0–9; it can be anywhere and any size — "
            "the preprocessing centres and scales it like MNIST"))
        lay.addWidget(self.canvas, 1)

        prev_row = QHBoxLayout()
        self.preview = InputPreview(self)
        prev_row.addWidget(self.preview, 0, Qt.AlignTop)
        prev_text = QVBoxLayout()
        title = QLabel(self.tr("<b>What the model sees</b> (28×28)"), self)
        title.setWordWrap(True)
        prev_text.addWidget(title)
        self.caption = wrap_label(self, align=Qt.AlignLeft | Qt.AlignTop, tip=self.preview.toolTip())
        self.caption.setMinimumWidth(120)
        prev_text.addWidget(self.caption)
        prev_text.addStretch(1)
        prev_row.addLayout(prev_text, 1)
        lay.addLayout(prev_row)

        tools = QGridLayout()
        tools.setHorizontalSpacing(6)
        pen_field = state.field("pen")
        pen_label = QLabel(tr_n(pen_field.label), self)
        pen_label.setToolTip(tr_n(pen_field.tip))
        self.pen_slider = QSlider(Qt.Horizontal, self)
        self.pen_slider.setObjectName("pen")
        self.pen_slider.setMinimumWidth(60)
        lo, hi = pen_field.range
        self.pen_slider.setRange(int(round(lo * 100)), int(round(hi * 100)))  # hundredths of the board
        self.pen_slider.setToolTip(tr_n(pen_field.tip))
        pen_label.setBuddy(self.pen_slider)
        self.pen_value = QLabel(self)
        self.pen_value.setToolTip(self.tr("The pen's width as a share of the board's side (the same at any "
                                          "window size)"))
        self.pen_value.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.tr("{0} %").format(88)) + 4)
        self.undo_btn = QPushButton(self.tr("Undo"), self)
        self.undo_btn.setToolTip(self.tr("Remove the last stroke, or bring back a drawing you cleared (Ctrl+Z)"))
        self.clear_btn = QPushButton(self.tr("Clear"), self)
        self.clear_btn.setToolTip(self.tr("Erase the whole drawing (Delete); Undo brings it back"))
        tools.addWidget(pen_label, 0, 0)
        tools.addWidget(self.pen_slider, 0, 1)
        tools.addWidget(self.pen_value, 0, 2)
        tools.addWidget(self.undo_btn, 0, 3)
        tools.addWidget(self.clear_btn, 0, 4)
        tools.setColumnStretch(1, 1)
        lay.addLayout(tools)

        self.send_row = QWidget(self)  # (in Teach mode the row to add examples takes its place)
        send = QHBoxLayout(self.send_row)
        send.setContentsMargins(0, 0, 0, 0)
        send.addWidget(QLabel(self.tr("Send to"), self))
        self.send_buttons: dict[str, QPushButton] = {}
        for target, text, tip in (
            ("conv", self.tr("Convolution"),
             self.tr("Open the 28×28 input in the Convolution panel and slide a kernel over it")),
            ("pool", self.tr("Pooling"),
             self.tr("Open the 28×28 input in the Pooling panel and watch max/average pooling")),
            ("rnn", self.tr("RNN"), self.tr("Feed the 28×28 input to the RNN cells panel, one row per time step")),
            ("attention", self.tr("Attention"),
             self.tr("Let the Vision Transformer of the Attention panel read the 28×28 input, patch by patch")),
        ):
            b = QPushButton(text, self)
            b.setToolTip(tip)
            send.addWidget(b)
            self.send_buttons[target] = b
        send.addStretch(1)
        lay.addWidget(self.send_row)
        self.message_line = MessageLine(self, lines=2)
        lay.addWidget(self.message_line)
        hint = QLabel(self.tr(
            "Draw anywhere, at any size: steps 1–3 turn it into an MNIST-like digit. "
            "Ctrl+Z undoes the last stroke (or a Clear), Delete clears."), self)
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.PlaceholderText)
        lay.addWidget(hint)

    def show_pen_width(self) -> None:
        """The pen width as a share of the board (what the state holds: the same number at
        every window size, in every language)."""
        self.pen_value.setText(self.tr("{0} %").format(int(round(100 * self.canvas.pen_width()))))


class PredictionBox(QGroupBox):
    """The large top digit and how sure the model is, the ten bars, the model picker."""

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Prediction"))
        lay = QVBoxLayout(self)
        self.top_label = QLabel("–", self)
        f = QFont(self.font())
        f.setPixelSize(84)
        f.setBold(True)
        self.top_label.setFont(f)
        self._digit_font = f
        self.top_label.setAlignment(Qt.AlignCenter)
        self.top_label.setFixedSize(140, 100)  # fixed: a new digit never re-lays out the panel
        self.top_label.setToolTip(self.tr("The digit the model finds most probable"))
        self.conf_label = QLabel(self)
        self.conf_label.setAlignment(Qt.AlignCenter)
        self.conf_label.setWordWrap(True)
        # fixed too: a new text while drawing must not re-lay out the panel (a layout pass
        # per mouse move would cost more than the model)
        self.conf_label.setFixedSize(200, self.fontMetrics().lineSpacing() * 2 + 4)
        lay.addWidget(self.top_label, 0, Qt.AlignHCenter)
        lay.addWidget(self.conf_label, 0, Qt.AlignHCenter)
        self.bars = ProbabilityBars(self)
        lay.addWidget(self.bars, 1)

        line = QFrame(self)
        line.setFrameShape(QFrame.HLine)
        line.setFrameShadow(QFrame.Sunken)
        lay.addWidget(line)
        model_field = state.field("model")
        row = QHBoxLayout()
        model_label = QLabel(tr_n(model_field.label), self)
        row.addWidget(model_label)
        self.model_combo = QComboBox(self)
        self.model_combo.setObjectName("model")
        self.model_combo.setToolTip(tr_n(model_field.tip))
        self.model_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.model_combo.setMinimumContentsLength(12)
        model_label.setBuddy(self.model_combo)
        row.addWidget(self.model_combo, 1)
        lay.addLayout(row)
        self.model_info = wrap_label(self, text_format=Qt.PlainText, align=Qt.AlignLeft | Qt.AlignTop)
        self.model_info.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        lay.addWidget(self.model_info)

    def show_top(self, text: str) -> None:
        """The top class: a digit at its large size, a class name as large as fits."""
        if text == self.top_label.text():
            return
        f = QFont(self._digit_font)
        width = self.top_label.width() - 4
        while f.pixelSize() > 14 and QFontMetrics(f).horizontalAdvance(text) > width:
            f.setPixelSize(max(14, int(f.pixelSize() * 0.85)))
        self.top_label.setFont(f)
        self.top_label.setText(QFontMetrics(f).elidedText(text, Qt.ElideRight, width))
        self.top_label.setToolTip(text if len(text) > 1 else self.tr("The digit the model finds most probable"))
