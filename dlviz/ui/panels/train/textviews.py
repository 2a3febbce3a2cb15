"""The Training panel's views of a text run: the most confidently wrong test sentences (the
text with the true class, the network's answer and its probability) and the confusion
matrix of the sentence classes (negative / positive for the sample reviews)."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from dlviz.ui.i18n import tr_n
from dlviz.ui.widgets.plots import ConfusionMatrix

SHOWN_CHARS = 80  # a sentence longer than this is cut in the list (whole in its tooltip)


def class_names(classes) -> list[str]:
    """The classes' names as shown (the sample's negative / positive translated)."""
    from dlviz.core.text import CLASS_WORDS  # noqa: PLC0415

    return [tr_n(CLASS_WORDS[c]) if c in CLASS_WORDS else str(c) for c in classes]


def text_confusion(classes, parent=None) -> ConfusionMatrix:
    """A confusion matrix for these sentence classes (rows true, columns the answer)."""
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

    names = class_names(classes)
    cm = ConfusionMatrix(len(names), labels=names, parent=parent)
    cm.setObjectName("text_confusion")
    tr = lambda s: QCoreApplication.translate("TrainViews", s)  # noqa: E731
    cm.plot.setLabel("left", tr("true class"))
    cm.plot.setLabel("bottom", tr("the network's answer"))
    cm.classes = tuple(classes)
    return cm


class SentenceMistakes(QListWidget):
    """The most confidently wrong test sentences, one a line: "negative → positive 97 %: …"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("mistake_sentences")
        self.setSelectionMode(QAbstractItemView.NoSelection)
        self.setFocusPolicy(Qt.NoFocus)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setMinimumSize(160, 60)
        self.setToolTip(self.tr("The test sentences the network got wrong while most sure of itself: the true "
                                "class → its answer, with the probability it gave that answer."))
        self.rows: list[tuple[str, str, float, str]] = []  # (true, answer, probability, sentence)

    def set_sentences(self, texts, true, pred, confidence, classes) -> None:
        names = class_names(classes)
        rows = []
        for text, t, p, c in zip(texts, true, pred, confidence):
            rows.append((names[int(t)], names[int(p)], float(c), str(text)))
        if rows == self.rows:
            return
        self.rows = rows
        self.clear()
        for t, p, c, text in rows:
            prob = f"{c:.0%}" if math.isfinite(c) else "–"
            short = text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS - 1] + "…"
            item = QListWidgetItem(self.tr("{0} → {1} ({2}): {3}").format(t, p, prob, short))
            item.setToolTip(self.tr("True class: {0}; the network said {1} with probability {2}.\n{3}")
                            .format(t, p, prob, text))
            self.addItem(item)
