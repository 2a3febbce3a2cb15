"""The notes beside the plots: what the chosen function does (its formula, derivative and
what it does to gradients), and short notes on dropout and L2 weight decay with a button
that opens the Training panel. Every text wraps to the column's width (never cut off); the
column scrolls vertically when the window is short."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy

from dlviz.ui.widgets.basics import button, embolden
from dlviz.ui.widgets.column import ControlsColumn


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActivationsPanel", text)


def explanation(name: str) -> str:
    return {
        "sigmoid": _tr(
            "<b>Sigmoid</b> σ(x) = 1 / (1 + e<sup>−x</sup>) squashes any input into (0, 1).<br>"
            "<b>Derivative:</b> σ′(x) = σ(x)(1 − σ(x)): at most 0.25 (at x = 0) and almost 0 when |x| "
            "is large — the unit <i>saturates</i>.<br>"
            "<b>Gradients:</b> backpropagation multiplies by σ′ at every layer, so the gradient shrinks "
            "at least fourfold per layer: the <i>vanishing gradient</i> problem of deep sigmoid networks. "
            "Today sigmoid is used for gates (LSTM, GRU) and binary outputs, rarely in hidden layers."),
        "tanh": _tr(
            "<b>tanh</b>(x) = (e<sup>x</sup> − e<sup>−x</sup>) / (e<sup>x</sup> + e<sup>−x</sup>) squashes "
            "any input into (−1, 1) and is zero-centred.<br>"
            "<b>Derivative:</b> tanh′(x) = 1 − tanh²(x): at most 1 (at x = 0).<br>"
            "<b>Gradients:</b> near 0 it passes the gradient almost unchanged, but saturated units "
            "(|x| > 2) still block it. The simple RNN's hidden state and the LSTM's candidate and output use tanh."),
        "relu": _tr(
            "<b>ReLU</b>(x) = max(0, x).<br>"
            "<b>Derivative:</b> 1 for x &gt; 0 and 0 for x &lt; 0 (PyTorch uses 0 at x = 0).<br>"
            "<b>Gradients:</b> active units pass the gradient unchanged, so a deep ReLU network with "
            "Kaiming (He) initialisation keeps a steady gradient through depth. A unit whose input is "
            "always negative gets no gradient and stops learning (a “dead ReLU”). "
            "The usual choice for the hidden layers of a CNN."),
        "leaky_relu": _tr(
            "<b>Leaky ReLU</b>(x) = x for x > 0, αx otherwise.<br>"
            "<b>Derivative:</b> 1 for x > 0, α otherwise.<br>"
            "<b>Gradients:</b> the small slope α (often 0.01) keeps some gradient flowing for negative "
            "inputs, so units cannot die."),
        "elu": _tr(
            "<b>ELU</b>(x) = x for x > 0, α(e<sup>x</sup> − 1) otherwise.<br>"
            "<b>Derivative:</b> 1 for x > 0, αe<sup>x</sup> otherwise.<br>"
            "<b>Gradients:</b> smooth, never exactly zero; its negative outputs (down to −α) pull the "
            "mean activation toward 0, which helps the next layer learn."),
        "softmax": _tr(
            "<b>Softmax</b> turns a vector of logits z into probabilities: "
            "p<sub>i</sub> = e<sup>z<sub>i</sub>/T</sup> / Σ<sub>j</sub> e<sup>z<sub>j</sub>/T</sup> — "
            "all positive, summing to 1.<br>"
            "<b>Temperature T:</b> T &lt; 1 sharpens the distribution toward the largest logit, "
            "T &gt; 1 flattens it toward uniform.<br>"
            "<b>Derivative:</b> ∂p<sub>i</sub>/∂z<sub>j</sub> = p<sub>i</sub>(δ<sub>ij</sub> − p<sub>j</sub>) / T; "
            "the curve shows p<sub>1</sub> as the first logit z<sub>1</sub> = x varies. With the "
            "cross-entropy loss the gradient on the logits is simply p − y. Used in the output layer "
            "of a classifier."),
    }[name]


def dropout_text() -> str:
    return _tr(
        "<b>Dropout</b> (rate p): during training each unit is set to 0 with probability p and the "
        "survivors are scaled by 1/(1 − p), as PyTorch's nn.Dropout does, so the network cannot rely "
        "on any single unit — a guard against overfitting. In evaluation mode (model.eval()) dropout "
        "does nothing.")


def l2_text() -> str:
    return _tr(
        "<b>L2 weight decay</b> (λ) adds (λ/2)·‖w‖² to the loss, so every step also pulls each weight "
        "toward 0 by λ·w: smaller weights, a smoother function, less overfitting. In PyTorch it is "
        "the optimizer's weight_decay argument.")


class WrapLabel(QLabel):
    """A word-wrapped label whose minimum is one line at ``MIN_WIDTH``: its height comes
    from the width it gets (heightForWidth), so a scroll area around it scrolls exactly as
    far as the wrapped text reaches (not as far as it would at the narrowest width)."""

    MIN_WIDTH = 80

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.MIN_WIDTH, self.fontMetrics().lineSpacing())


def _note(parent, rich: bool = True) -> QLabel:
    label = WrapLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.RichText if rich else Qt.PlainText)
    label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    # Ignored: the label takes the column's width and wraps to it (heightForWidth), so a
    # long formula or word never widens the column past the window and gets cut off.
    label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.MinimumExpanding)
    return label


def _heading(parent, text: str) -> QLabel:
    label = _note(parent, rich=False)
    label.setText(text)
    return embolden(label)


class NotesView(ControlsColumn):
    """The notes column (it scrolls vertically, never sideways; never narrower than the
    button or 190 px, and the splitter may widen it)."""

    def __init__(self, state, on_training, parent=None):
        # never narrower than the button (the texts wrap to any width above 80 px)
        super().__init__(parent, min_width=190, fixed=False, margins=(6, 0, 4, 0), spacing=6, name="notes")
        self.state = state
        box, col = self.inner, self.column
        self.about_heading = _heading(box, _tr("What it does"))
        self.about_label = _note(box)
        col.addWidget(self.about_heading)
        col.addWidget(self.about_label)
        line = QFrame(box)
        line.setFrameShape(QFrame.HLine)
        line.setFrameShadow(QFrame.Sunken)
        col.addWidget(line)
        self.reg_heading = _heading(box, _tr("Regularisation: dropout and L2"))
        self.dropout_label = _note(box)
        self.dropout_label.setText(dropout_text())
        self.l2_label = _note(box)
        self.l2_label.setText(l2_text())
        self.train_button = button(_tr("Try them in the Training panel →"), "train_button", _tr(
            "Open the Training panel, where dropout, L2 weight decay and the activation are set before training."),
            box, on_training)
        for w in (self.reg_heading, self.dropout_label, self.l2_label, self.train_button):
            col.addWidget(w)
        col.addStretch(1)
        self.fit_width()

    def redraw(self) -> None:
        self.about_label.setText(explanation(self.state.function))
