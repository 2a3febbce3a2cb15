"""The GAN panel's controls column: the Run box at the top (Start/Continue, Pause, Stop, One
D step, One G step, Reset, progress and the status line), the settings in a vertical scroll
area (a ``Form`` of the state's run fields), and the Files box at the bottom. The status and
file message lines have their room reserved and sit below their buttons, so a long message
never moves a button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

QWIDGETSIZE_MAX = (1 << 24) - 1

from dlviz.ui.jobs import IDLE, PAUSED, RunButtons
from dlviz.ui.panels.gan.state import FORM_FIELDS
from dlviz.ui.widgets.basics import button
from dlviz.ui.widgets.column import ControlsColumn, form_layout
from dlviz.ui.widgets.message_line import MessageLine

COLUMN_WIDTH = 292


def _tr(text: str) -> str:
    return QCoreApplication.translate("GanPanel", text)


class GanRunButtons(RunButtons):
    """Start (Continue when there are weights) / Pause / Stop, then One D step, One G step
    and Reset. Pause and Stop belong to training (not to a quality measurement)."""

    def __init__(self, session, on_start, parent=None, on_reset=None):
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
        self.reset_btn.clicked.connect(on_reset or session.reset)
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


def reserve_lines(line: MessageLine, n: int) -> None:
    """Room for ``n`` lines of any text: lines with Chinese characters (a fallback font)
    are taller than the interface font's line spacing, which is all MessageLine counts."""
    fm = QFontMetrics(line.font())
    height = fm.boundingRect(QRect(0, 0, 1000, 10000), Qt.TextWordWrap, "\n".join(["国 Ag"] * n)).height() + 4
    if height > line.height():
        line.setFixedHeight(height)


class RunBox(QGroupBox):
    def __init__(self, session, on_start, parent=None, on_reset=None):
        super().__init__(_tr("Run"), parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.setSpacing(4)
        self.buttons = GanRunButtons(session, on_start, self, on_reset)
        lay.addWidget(self.buttons)
        self.progress = QProgressBar(self)
        self.progress.setToolTip(_tr("Steps done out of the steps planned for this run."))
        self.progress.setTextVisible(True)
        self.progress.setFormat("%p%")
        lay.addWidget(self.progress)
        self.status_line = MessageLine(self, lines=4)
        self.status_line.setObjectName("status_line")
        reserve_lines(self.status_line, 4)
        lay.addWidget(self.status_line)

    def show_progress(self, done: int, total: int, text: str | None = None) -> None:
        """Steps done of the steps planned; ``text`` instead of the percentage (a loaded
        GAN whose run's plan is unknown: its step)."""
        self.progress.setRange(0, max(1, int(total)))
        self.progress.setValue(max(0, min(int(done), self.progress.maximum())))
        fmt = "%p%" if text is None else text
        if self.progress.format() != fmt:
            self.progress.setFormat(fmt)


def paired_rows() -> dict:
    """Fields that share a row: first field → (second field, the row's label). G's and D's
    sizes and rates, Adam's betas."""
    return {"g_features": ("d_features", _tr("G / D features")),
            "lr_g": ("lr_d", _tr("G / D learning rates")),
            "beta1": ("beta2", _tr("Adam β1 / β2"))}


class SettingsBox(QGroupBox):
    """The run settings (a Form of the state's fields); G's and D's features and learning
    rates share a row each, as do Adam's β1 and β2 (fewer rows: more of them in view). Under
    Epochs, ``plan_line`` says how long a run is and why (the panel fills it in)."""

    def __init__(self, form, parent=None):
        super().__init__(_tr("Model and training"), parent)
        lay = form_layout(self, margins=(8, 6, 8, 6), vspacing=4)
        pairs = paired_rows()
        seconds = {second for second, _ in pairs.values()}
        for name in FORM_FIELDS:
            if name in seconds:
                continue
            if name in pairs:
                second, title = pairs[name]
                pair = QWidget(self)
                row = QHBoxLayout(pair)
                row.setContentsMargins(0, 0, 0, 0)
                row.setSpacing(4)
                row.addWidget(form.widget(name))
                row.addWidget(form.widget(second))
                label = QLabel(title, self)
                label.setToolTip(form.widget(name).toolTip() + "\n\n" + form.widget(second).toolTip())
                label.setBuddy(form.widget(name))
                lay.addRow(label, pair)
                continue
            form.add_row(lay, name)
            if name == "epochs":
                self.plan_line = QLabel(self)
                self.plan_line.setObjectName("run_plan")
                self.plan_line.setWordWrap(True)
                self.plan_line.setToolTip(form.widget(name).toolTip())
                lay.addRow(self.plan_line)
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
        reserve_lines(self.message_line, 2)
        lay.addWidget(self.message_line, 2, 0, 1, 2)


class GanControls(QWidget):
    """Run box, the settings in a ``ControlsColumn`` (it scrolls vertically only, as wide as
    its widest row needs, at least ``COLUMN_WIDTH``), Files box; the boxes take the
    column's width."""

    def __init__(self, session, form, on_start, parent=None, on_reset=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        self.run = RunBox(session, on_start, self, on_reset)
        lay.addWidget(self.run)
        self.scroll = ControlsColumn(self, min_width=COLUMN_WIDTH, margins=(0, 0, 0, 0), spacing=0,
                                     name="settings")
        self.settings = SettingsBox(form, self.scroll.inner)
        self.scroll.column.addWidget(self.settings)
        self.scroll.setMinimumHeight(self.MIN_SETTINGS)
        self.scroll.fit_width()
        lay.addWidget(self.scroll, 1)
        lay.addStretch(0)  # what the settings leave (they show whole rows only)
        self.files = FilesBox(self)
        lay.addWidget(self.files)
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Preferred)  # as wide as the settings column

    MIN_SETTINGS = 120

    def row_spans(self) -> list[tuple[int, int]]:
        """(top, bottom) of each settings row shown (Simple controls hide some), in the
        scrolling widget's coordinates."""
        form, inner = self.settings.layout(), self.scroll.inner
        out = []
        for r in range(form.rowCount()):
            if not form.isRowVisible(r):
                continue
            top, bottom = 1 << 30, 0
            for role in (QFormLayout.LabelRole, QFormLayout.FieldRole, QFormLayout.SpanningRole):
                item = form.itemAt(r, role)
                w = item.widget() if item is not None else None
                if w is not None:
                    top = min(top, w.mapTo(inner, QPoint(0, 0)).y())
                    bottom = max(bottom, w.mapTo(inner, QPoint(0, w.height())).y())
            out.append((top, bottom))
        return out

    def row_bottoms(self) -> list[int]:
        return [b for _t, b in self.row_spans()]

    def fit_settings(self) -> None:
        """When not every setting fits, the list shows whole rows only (no row cut in half
        at the bottom: the scroll bar says there are more), each wheel step a row."""
        spacing = self.layout().spacing()
        room = self.height() - self.run.sizeHint().height() - self.files.sizeHint().height() - 2 * spacing
        bottoms = self.row_bottoms()
        if not bottoms or bottoms[-1] <= 0:
            return
        full = self.scroll.inner.sizeHint().height()
        if full <= room:
            height = QWIDGETSIZE_MAX
        else:
            shown = [b for b in bottoms if b + 3 <= room]
            height = max(self.MIN_SETTINGS, (shown[-1] + 3) if shown else room)
        if self.scroll.maximumHeight() != height:
            self.scroll.setMaximumHeight(height)
        steps = [b - a for a, b in zip(bottoms, bottoms[1:])]
        if steps:
            self.scroll.verticalScrollBar().setSingleStep(max(1, round(sum(steps) / len(steps))))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_settings()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.fit_settings)  # once the rows have their places
