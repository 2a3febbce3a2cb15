"""The GAN panel's controls column: the Run box at the top (Start/Continue, Pause, Stop, One
D step, One G step, Reset, progress and the status line), the settings in a vertical scroll
area (a ``Form`` of the state's run fields), and the Files box at the bottom. The status and
file message lines have their room reserved and sit below their buttons, so a long message
never moves a button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from dlviz.ui.jobs import IDLE, PAUSED, RunButtons
from dlviz.ui.panels.gan.state import RUN_FIELDS
from dlviz.ui.widgets.basics import button
from dlviz.ui.widgets.column import ControlsColumn, form_layout
from dlviz.ui.widgets.message_line import MessageLine

COLUMN_WIDTH = 292


def _tr(text: str) -> str:
    return QCoreApplication.translate("GanPanel", text)


class GanRunButtons(RunButtons):
    """Start (Continue when there are weights) / Pause / Stop, then One D step, One G step
    and Reset. Pause and Stop belong to training (not to a quality measurement)."""

    def __init__(self, session, on_start, parent=None):
        self.step_d_btn = button(_tr("One D step"), "step_d", _tr(
            "While paused: update only the discriminator once, on one real and one generated batch."), parent)
        self.step_g_btn = button(_tr("One G step"), "step_g", _tr(
            "While paused: update only the generator once, to fool the current discriminator."), parent)
        self.reset_btn = button(_tr("Reset"), "reset", _tr(
            "Forget the weights, curves and history: the next Start begins from scratch."), parent)
        paused = lambda s: s.training and s.status == PAUSED  # noqa: E731
        super().__init__(session, on_start, parent, columns=3, extra=[
            (self.step_d_btn, paused), (self.step_g_btn, paused),
            (self.reset_btn, lambda s: s.status == IDLE and s.has_results())])
        for b in (self.step_d_btn, self.step_g_btn, self.reset_btn):
            b.setParent(self)
        self.start_btn.setToolTip(_tr(
            "Train the GAN: continue from the current weights, or start fresh when there are none."))
        self.pause_btn.setToolTip(_tr("Pause or resume training (while paused you can step D or G alone)."))
        self.stop_btn.setToolTip(_tr("Stop training and keep the weights reached so far."))
        self.step_d_btn.clicked.connect(session.step_d)
        self.step_g_btn.clicked.connect(session.step_g)
        self.reset_btn.clicked.connect(session.reset)
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        s = self.session
        if not hasattr(self, "reset_btn"):
            return
        if s.running and not s.training:  # the quality meter's short job
            self.pause_btn.setEnabled(False)
            self.stop_btn.setEnabled(False)
        self.start_btn.setText(_tr("Continue") if s.weights is not None and not s.running else _tr("Start"))


class RunBox(QGroupBox):
    def __init__(self, session, on_start, parent=None):
        super().__init__(_tr("Run"), parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.setSpacing(4)
        self.buttons = GanRunButtons(session, on_start, self)
        lay.addWidget(self.buttons)
        self.progress = QProgressBar(self)
        self.progress.setToolTip(_tr("Steps done out of the steps planned for this run."))
        self.progress.setTextVisible(True)
        self.progress.setFormat("%p%")
        lay.addWidget(self.progress)
        self.status_line = MessageLine(self, lines=4)
        self.status_line.setObjectName("status_line")
        lay.addWidget(self.status_line)

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, int(total)))
        self.progress.setValue(max(0, min(int(done), self.progress.maximum())))


class SettingsBox(QGroupBox):
    """The run settings (a Form of the state's fields); Adam's β1 and β2 share a row."""

    def __init__(self, form, parent=None):
        super().__init__(_tr("Model and training"), parent)
        lay = form_layout(self, margins=(8, 6, 8, 6), vspacing=4)
        for name in RUN_FIELDS:
            if name == "beta2":
                continue
            if name == "beta1":
                pair = QWidget(self)
                row = QHBoxLayout(pair)
                row.setContentsMargins(0, 0, 0, 0)
                row.setSpacing(4)
                row.addWidget(form.widget("beta1"))
                row.addWidget(form.widget("beta2"))
                label = QLabel(_tr("Adam β1 / β2"), self)
                label.setToolTip(form.widget("beta1").toolTip())
                lay.addRow(label, pair)
                continue
            form.add_row(lay, name)
        for w in form.widgets().values():
            w.setMinimumWidth(60)


class FilesBox(QGroupBox):
    def __init__(self, parent=None):
        super().__init__(_tr("Files"), parent)
        lay = QGridLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        self.grid_btn = button(_tr("Grid PNG…"), "grid_png", _tr(
            "Save the grid shown (8×8 samples) as a PNG image."), self)
        self.gif_btn = button(_tr("History GIF…"), "history_gif", _tr(
            "Save every grid of the history as an animated GIF: blobs turning into digits."), self)
        self.save_btn = button(_tr("Save checkpoint…"), "save_checkpoint", _tr(
            "Save both networks, the settings, the curves and the history of grids."), self)
        self.load_btn = button(_tr("Load checkpoint…"), "load_checkpoint", _tr(
            "Load a GAN checkpoint saved by dlviz (files of other kinds are refused)."), self)
        lay.addWidget(self.grid_btn, 0, 0)
        lay.addWidget(self.gif_btn, 0, 1)
        lay.addWidget(self.save_btn, 1, 0)
        lay.addWidget(self.load_btn, 1, 1)
        self.message_line = MessageLine(self, lines=2)
        self.message_line.setObjectName("files_message")
        lay.addWidget(self.message_line, 2, 0, 1, 2)


class GanControls(QWidget):
    """Run box, the settings in a ``ControlsColumn`` (it scrolls vertically only, as wide as
    its widest row needs, at least ``COLUMN_WIDTH``), Files box; the boxes take the
    column's width."""

    def __init__(self, session, form, on_start, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        self.run = RunBox(session, on_start, self)
        lay.addWidget(self.run)
        self.scroll = ControlsColumn(self, min_width=COLUMN_WIDTH, margins=(0, 0, 0, 0), spacing=0,
                                     name="settings")
        self.settings = SettingsBox(form, self.scroll.inner)
        self.scroll.column.addWidget(self.settings)
        self.scroll.setMinimumHeight(120)
        self.scroll.fit_width()
        lay.addWidget(self.scroll, 1)
        self.files = FilesBox(self)
        lay.addWidget(self.files)
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Preferred)  # as wide as the settings column
