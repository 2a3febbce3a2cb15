"""Player controls shared by the animated panels (convolution, pooling, RNN cells):
jump to start, step back, play/pause, step forward, jump to end, a scrubber over all
steps and a speed setting. Keyboard (while the owning panel has focus): Space, ←, →,
Home, End.

The player only holds an index in [0, count − 1]; the panel renders the step it is told.
A panel whose speed is a field of its state passes the form's spin box as ``speed_widget``
(it takes the built-in one's place) and calls ``set_rate`` when the field changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QSpinBox, QStyle, QToolButton, QWidget

from dlviz.ui import zoom


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlayerControls", text)


def tinted_icon(widget: QWidget, which: QStyle.StandardPixmap) -> QIcon:
    """A style's standard icon in the colour of the widget's button text, so that it is
    as visible in the dark theme as in the light one (the styles draw them dark)."""
    base = widget.style().standardIcon(which)
    icon = QIcon()
    for mode, group in ((QIcon.Normal, QPalette.Active), (QIcon.Disabled, QPalette.Disabled)):
        color = widget.palette().color(group, QPalette.ButtonText)
        for size in (16, 24, 32, 48):
            pm = base.pixmap(size, size)
            if pm.isNull():
                continue
            painter = QPainter(pm)
            painter.setCompositionMode(QPainter.CompositionMode_SourceIn)
            painter.fillRect(pm.rect(), color)
            painter.end()
            icon.addPixmap(pm, mode)
    return icon


class PlayerControls(QWidget):
    index_changed = Signal(int)
    playing_changed = Signal(bool)

    def __init__(self, parent=None, shortcut_parent: QWidget | None = None, speed_widget: QSpinBox | None = None):
        super().__init__(parent)
        self._count = 0
        self._index = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)

        self._icons: dict = {}

        def button(icon, tip, slot):
            b = QToolButton(self)
            self._icons[b] = icon
            b.setIcon(tinted_icon(self, icon))
            b.setToolTip(tip)
            b.setAutoRaise(True)
            if zoom.zoom() != 1.0:  # the icons grow with the text
                side = zoom.scaled(b.style().pixelMetric(QStyle.PM_SmallIconSize, None, b))
                b.setIconSize(QSize(side, side))
            b.clicked.connect(slot)
            return b

        self.first_btn = button(QStyle.SP_MediaSkipBackward, _tr("Jump to the first step (Home)"), self.first)
        self.back_btn = button(QStyle.SP_MediaSeekBackward, _tr("Step back (←)"), self.step_back)
        self.play_btn = button(QStyle.SP_MediaPlay, _tr("Play / pause (Space)"), self.toggle_play)
        self.fwd_btn = button(QStyle.SP_MediaSeekForward, _tr("Step forward (→)"), self.step_forward)
        self.last_btn = button(QStyle.SP_MediaSkipForward, _tr("Jump to the last step (End)"), self.last)
        self.play_btn.setObjectName("play")

        self.slider = QSlider(Qt.Horizontal, self)
        self.slider.setObjectName("player_slider")
        self.slider.setToolTip(_tr("Scrub through every step of the animation"))
        self.slider.valueChanged.connect(self.set_index)
        self.pos_label = QLabel(self)
        self.pos_label.setMinimumWidth(zoom.scaled(90))
        if speed_widget is None:
            self.speed = QSpinBox(self)
            self.speed.setRange(1, 120)
            self.speed.setValue(8)
            self.speed.setSuffix(_tr(" steps/s"))
            self.speed.setToolTip(_tr("Playback speed in steps per second"))
        else:
            self.speed = speed_widget
            self.speed.setParent(self)
        self.speed.valueChanged.connect(self._update_interval)
        self._update_interval()

        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.first_btn, self.back_btn, self.play_btn, self.fwd_btn, self.last_btn):
            lay.addWidget(w)
        lay.addWidget(self.slider, 1)
        lay.addWidget(self.pos_label)
        lay.addWidget(self.speed)

        owner = shortcut_parent or parent
        if owner is not None:
            for key, slot in (
                (Qt.Key_Space, self.toggle_play),
                (Qt.Key_Left, self.step_back),
                (Qt.Key_Right, self.step_forward),
                (Qt.Key_Home, self.first),
                (Qt.Key_End, self.last),
            ):
                sc = QShortcut(QKeySequence(key), owner)
                sc.setContext(Qt.WidgetWithChildrenShortcut)
                sc.activated.connect(slot)
        self._refresh()

    # --- state ----------------------------------------------------------------------
    @property
    def count(self) -> int:
        return self._count

    @property
    def index(self) -> int:
        return self._index

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    def set_count(self, count: int, index: int | None = None) -> None:
        """Set the number of steps; the index is kept (clamped) unless given."""
        self._count = max(0, int(count))
        target = self._index if index is None else index
        target = min(max(0, target), max(0, self._count - 1))
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(0, self._count - 1))
        self.slider.setValue(target)
        self.slider.blockSignals(False)
        changed = target != self._index
        self._index = target
        if self._count == 0:
            self.pause()
        self._refresh()
        if changed or index is not None:
            self.index_changed.emit(self._index)

    def set_index(self, index: int) -> None:
        if self._count == 0:
            return
        index = min(max(0, int(index)), self._count - 1)
        if index == self._index:
            self._refresh()
            return
        self._index = index
        self.slider.blockSignals(True)
        self.slider.setValue(index)
        self.slider.blockSignals(False)
        self._refresh()
        self.index_changed.emit(index)

    # --- actions --------------------------------------------------------------------
    def step_forward(self):
        self.set_index(self._index + 1)

    def step_back(self):
        self.set_index(self._index - 1)

    def first(self):
        self.set_index(0)

    def last(self):
        self.set_index(self._count - 1)

    def play(self):
        if self._count == 0:
            return
        if self._index >= self._count - 1:
            self.set_index(0)
        if not self._timer.isActive():
            self._timer.start()
            self._refresh()
            self.playing_changed.emit(True)

    def pause(self):
        if self._timer.isActive():
            self._timer.stop()
            self._refresh()
            self.playing_changed.emit(False)

    def toggle_play(self):
        self.pause() if self.playing else self.play()

    def _tick(self):
        if self._index >= self._count - 1:
            self.pause()
        else:
            self.step_forward()

    def _update_interval(self, *_):
        self.set_rate(self.speed.value())

    def set_rate(self, steps_per_second: float) -> None:
        """Play at ``steps_per_second`` (the speed box shows the value; this sets the timer)."""
        self._timer.setInterval(max(1, int(1000 / max(1e-3, float(steps_per_second)))))

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def _refresh(self):
        icon = QStyle.SP_MediaPause if self.playing else QStyle.SP_MediaPlay
        if self._icons.get(self.play_btn) != icon:
            self._icons[self.play_btn] = icon
            self.play_btn.setIcon(tinted_icon(self, icon))
        if self._count:
            self.pos_label.setText(_tr("step {0} / {1}").format(self._index + 1, self._count))
        else:
            self.pos_label.setText("—")
        for w in (self.first_btn, self.back_btn, self.play_btn, self.fwd_btn, self.last_btn, self.slider):
            w.setEnabled(self._count > 0)

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange and hasattr(self, "_icons"):  # a theme switch
            for b, icon in self._icons.items():
                b.setIcon(tinted_icon(self, icon))

    def shutdown(self):
        self._timer.stop()
