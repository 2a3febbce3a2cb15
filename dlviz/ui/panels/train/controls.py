"""The Training panel's controls column: the settings (a ``Form`` of the state's fields), the
learning rate's Set button, the run buttons (``RunButtons``: Start / Pause / Stop, plus
Save… and Load…) and the message line — in a ``ControlsColumn`` (it scrolls vertically
only, so it fits any height, and is as wide as its widest row needs, at least 340 px)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from dlviz.ui.i18n import tr_message
from dlviz.ui.jobs import STOPPING, RunButtons
from dlviz.ui.panels.train import custom
from dlviz.ui.panels.train.state import TEXT_ARCHS, VIT, VIT_FIELDS
from dlviz.ui.panels.train.textcontrols import RecipeRow, TextFileRow
from dlviz.ui.widgets.basics import button, note_label
from dlviz.ui.widgets.column import ControlsColumn, form_layout
from dlviz.ui.widgets.message_line import MessageLine

RNN_FIELDS = ["hidden", "layers", "bidirectional"]
TEXT_RECIPE_FIELDS = ["embed", "max_len", "pool", "bigrams", "embed_dropout", "token_dropout", "average",
                      "adversarial", "decay"]  # the text nets' recipe (advanced: hidden under Simple controls)
TEXT_NET_FIELDS = ["cell", "tokens", "recurrent_dropout", *TEXT_RECIPE_FIELDS]  # shown only for the text nets
DIGIT_FIELDS = ["activation", "layers", "bidirectional"]  # hidden for the text nets
MODEL_FIELDS = ["data", "arch", "cell", "tokens", "activation", *RNN_FIELDS, *VIT_FIELDS, "dropout", "recurrent_dropout",
                *TEXT_RECIPE_FIELDS]
RUN_FIELDS_BEFORE_LR = ["optimizer"]
RUN_FIELDS_AFTER_LR = ["onecycle", "batch_size", "train_size", "epochs"]
RUN_FIELDS_LAST = ["weight_decay", "seed", "device"]
COLUMN_WIDTH = 340  # the column's width (wider only when a row needs more)
MARGINS = (6, 6, 6, 6)


class TrainControls(ControlsColumn):
    """See the module docstring. ``panel`` gives the form, the session and the actions
    (``start``, ``apply_lr``, ``save_checkpoint``, ``load_checkpoint_dialog``)."""

    def __init__(self, panel):
        super().__init__(panel, min_width=COLUMN_WIDTH, margins=(0, 0, 4, 0), spacing=6)
        form, session = panel.form, panel.session
        self.session = session
        box, col = self.inner, self.column

        g = QGroupBox(self.tr("Model"), box)
        f = form_layout(g, margins=MARGINS)
        form.add_rows(f, MODEL_FIELDS[:1])
        self.text_file = TextFileRow(panel, g)
        f.addRow(self.text_file)
        form.add_rows(f, MODEL_FIELDS[1:])
        self.recipe = RecipeRow(panel, g)
        f.addRow(self.recipe)
        self.text_note = note_label(g)
        self.text_note.setObjectName("text_note")
        f.addRow(self.text_note)
        self.custom_note = custom.add_rows(form, f, g)  # My classes: augmentation, transfer (train/custom.py)
        col.addWidget(g)
        self.model_rows, self.form = f, form
        self.show_model_rows()

        g = QGroupBox(self.tr("Optimisation"), box)
        f = form_layout(g, margins=MARGINS)
        form.add_rows(f, RUN_FIELDS_BEFORE_LR)
        lr_row = QWidget(g)
        lr_lay = QHBoxLayout(lr_row)
        lr_lay.setContentsMargins(0, 0, 0, 0)
        self.lr_edit = form.widget("lr")
        self.lr_edit.setParent(lr_row)
        self.set_btn = button(self.tr("Set"), "set_lr", self.tr("Send this learning rate to the running training now."),
                              lr_row, lambda: panel.apply_lr())
        self.lr_edit.returnPressed.connect(panel.on_lr_return)
        for name in ("lr", "weight_decay"):  # a "not started" message goes once the text is valid
            form.widget(name).textChanged.connect(panel._recheck_not_started)
        lr_lay.addWidget(self.lr_edit, 1)
        lr_lay.addWidget(self.set_btn)
        f.addRow(form.label("lr"), lr_row)
        form.add_rows(f, RUN_FIELDS_AFTER_LR)
        self.epochs_note = note_label(g)
        self.epochs_note.setObjectName("epochs_note")
        # room for two lines whatever it says (Auto's line or the hand-set one): Start stays put
        self.epochs_note.setMinimumHeight(2 * self.epochs_note.fontMetrics().lineSpacing() + 2)
        f.addRow(self.epochs_note)
        form.add_rows(f, RUN_FIELDS_LAST)
        col.addWidget(g)

        g = QGroupBox(self.tr("Run"), box)
        gl = QVBoxLayout(g)
        gl.setContentsMargins(*MARGINS)
        pace_form = form_layout(None, margins=(0, 0, 0, 0))
        form.add_rows(pace_form, ["pace"])
        gl.addLayout(pace_form)
        self.save_btn = button(self.tr("Save…"), "save", self.tr(
            "Save the weights, settings and curves as a checkpoint file (.pt)."), g, lambda: panel.save_checkpoint())
        self.load_btn = button(self.tr("Load…"), "load", self.tr(
            "Load a checkpoint (refused safely if it is damaged or not a dlviz classifier); the app then uses it."),
            g, lambda: panel.load_checkpoint_dialog())
        self.clear_btn = button(self.tr("Clear runs"), "clear_runs", self.tr(
            "Take the earlier runs' dim curves off the plots."), g, session.clear_kept)
        idle = lambda s: not s.running  # noqa: E731
        self.buttons = RunButtons(session, panel.start, g, columns=3,
                                  extra=[(self.save_btn, idle), (self.load_btn, idle),
                                         (self.clear_btn, lambda s: bool(s.kept))])
        self.buttons.start_btn.setToolTip(self.tr("Start training from fresh random weights (Ctrl+Enter)."))
        self.buttons.pause_btn.setToolTip(self.tr("Pause after the current batch; press again to resume."))
        self.buttons.stop_btn.setToolTip(self.tr("Stop after the current batch and keep the weights so far (Ctrl+.)."))
        gl.addWidget(self.buttons)
        col.addWidget(g)

        self.message = MessageLine(box, lines=5)
        self.message.setObjectName("message")
        col.addWidget(self.message)
        col.addStretch(1)
        self.fit_width()
        self.refresh()

    def show_model_rows(self) -> None:
        """The ViT's rows only for the ViT; the recurrent nets' rows for the others (disabled
        for the CNNs); the text nets' rows (cell, tokens, recurrent dropout, own file, the
        EmbeddingBag note) only for them; an advanced row stays hidden under Simple controls."""
        vit = self.form.state.arch == VIT
        text = self.form.state.arch in TEXT_ARCHS
        for name in dict.fromkeys((*RNN_FIELDS, *VIT_FIELDS, *TEXT_NET_FIELDS, *DIGIT_FIELDS)):
            if name in TEXT_NET_FIELDS:
                shown = self.form.state.is_active(name)  # the cell and recurrent dropout: the text RNN only
            elif name in DIGIT_FIELDS and text:
                shown = False
            else:
                shown = (name in VIT_FIELDS) == vit
            self.model_rows.setRowVisible(self.form.widget(name), shown and not self.form.hidden(name))
        self.model_rows.setRowVisible(self.text_file, self.form.state.data == "text")
        self.model_rows.setRowVisible(self.recipe, text)
        self.text_file.refresh()
        note = self.text_file.note()
        self.text_note.setText(note)
        self.model_rows.setRowVisible(self.text_note, bool(note))
        custom.show_rows(self.form, self.model_rows, self.custom_note)

    def refresh(self) -> None:
        """Enable Set while a training runs (not while it stops)."""
        s = self.session
        self.set_btn.setEnabled(s.job == "train" and s.status != STOPPING)
        self.text_file.setEnabled(not s.running)
        self.recipe.setEnabled(not s.running)
        self.buttons.refresh()
        note = s.epochs_note()
        text = tr_message(note) if note is not None else ""
        if self.epochs_note.text() != text:
            self.epochs_note.setText(text)
        self.epochs_note.setVisible(bool(text))  # always a text: the rows below stay put
