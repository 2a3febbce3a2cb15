"""The Training panel's controls column: the settings (a ``Form`` of the state's fields), the
learning rate's Set button, the run buttons (``RunButtons``: Start / Pause / Stop, plus
Save… and Load…) and the message line — in a vertical scroll area, so the column fits
any height."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dlviz.ui.jobs import STOPPING, RunButtons
from dlviz.ui.widgets.message_line import MessageLine

MODEL_FIELDS = ["arch", "activation", "hidden", "layers", "bidirectional", "dropout"]
RUN_FIELDS_BEFORE_LR = ["optimizer"]
RUN_FIELDS_AFTER_LR = ["onecycle", "batch_size", "epochs", "weight_decay", "seed", "device"]


def _form_layout(box) -> QFormLayout:
    f = QFormLayout(box)
    f.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
    f.setRowWrapPolicy(QFormLayout.DontWrapRows)
    f.setContentsMargins(6, 6, 6, 6)
    return f


class TrainControls(QScrollArea):
    """See the module docstring. ``panel`` gives the form, the session and the actions
    (``start``, ``apply_lr``, ``save_checkpoint``, ``load_checkpoint_dialog``)."""

    def __init__(self, panel):
        super().__init__(panel)
        form, session = panel.form, panel.session
        self.session = session
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 4, 0)
        col.setSpacing(6)

        g = QGroupBox(self.tr("Model"), box)
        f = _form_layout(g)
        form.add_rows(f, MODEL_FIELDS)
        col.addWidget(g)

        g = QGroupBox(self.tr("Optimisation"), box)
        f = _form_layout(g)
        form.add_rows(f, RUN_FIELDS_BEFORE_LR)
        lr_row = QWidget(g)
        lr_lay = QHBoxLayout(lr_row)
        lr_lay.setContentsMargins(0, 0, 0, 0)
        self.lr_edit = form.widget("lr")
        self.lr_edit.setParent(lr_row)
        self.set_btn = QPushButton(self.tr("Set"), lr_row)
        self.set_btn.setObjectName("set_lr")
        self.set_btn.setToolTip(self.tr("Send this learning rate to the running training now."))
        self.set_btn.clicked.connect(lambda: panel.apply_lr())
        self.lr_edit.returnPressed.connect(panel.on_lr_return)
        lr_lay.addWidget(self.lr_edit, 1)
        lr_lay.addWidget(self.set_btn)
        f.addRow(form.label("lr"), lr_row)
        form.add_rows(f, RUN_FIELDS_AFTER_LR)
        col.addWidget(g)

        g = QGroupBox(self.tr("Run"), box)
        gl = QVBoxLayout(g)
        gl.setContentsMargins(6, 6, 6, 6)
        self.save_btn = QPushButton(self.tr("Save…"), g)
        self.save_btn.setObjectName("save")
        self.save_btn.setToolTip(self.tr("Save the weights, settings and curves as a checkpoint file (.pt)."))
        self.save_btn.clicked.connect(lambda: panel.save_checkpoint())
        self.load_btn = QPushButton(self.tr("Load…"), g)
        self.load_btn.setObjectName("load")
        self.load_btn.setToolTip(self.tr(
            "Load a checkpoint (refused safely if it is damaged or not a dlviz classifier); the app then uses it."))
        self.load_btn.clicked.connect(lambda: panel.load_checkpoint_dialog())
        idle = lambda s: not s.running  # noqa: E731
        self.buttons = RunButtons(session, panel.start, g, columns=3,
                                  extra=[(self.save_btn, idle), (self.load_btn, idle)])
        self.buttons.start_btn.setToolTip(self.tr("Start training from fresh random weights (Ctrl+Enter)."))
        self.buttons.pause_btn.setToolTip(self.tr("Pause after the current batch; press again to resume."))
        self.buttons.stop_btn.setToolTip(self.tr("Stop after the current batch and keep the weights so far (Ctrl+.)."))
        gl.addWidget(self.buttons)
        col.addWidget(g)

        self.message = MessageLine(box, lines=5)
        self.message.setObjectName("message")
        col.addWidget(self.message)
        col.addStretch(1)

        self.setWidget(box)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self._box = box
        self.refresh()

    def fit_width(self) -> None:
        """As wide as the settings need (plus the scroll bar), never wider than 380 px."""
        need = self._box.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 4
        self.setMinimumWidth(min(380, need))
        self.setMaximumWidth(max(min(380, need), 340))

    def refresh(self) -> None:
        """Enable Set while a training runs (not while it stops)."""
        s = self.session
        self.set_btn.setEnabled(s.job == "train" and s.status != STOPPING)
        self.buttons.refresh()
