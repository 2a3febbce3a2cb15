"""The widgets a ``Form`` (``dlviz.ui.forms``) makes for fields, and the refusal bubble.

Each widget reports every commit through ``wanted(value)`` — also values the field will
refuse (a number typed out of range, the arrows pushed past a limit), so that the state can
say why instead of the widget swallowing the input silently. ``show_refusal`` puts a
message in a bubble under a widget: it floats over the window, in no layout, so it never
moves a button under the mouse.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dlviz.ui import theme, zoom
from dlviz.ui.fields import Choice, Float, Int, Pair, Text
from dlviz.ui.i18n import tr_n

BUBBLE_MS = 12000  # a refusal bubble disappears after this long (or on a click, or a valid edit)
INVALID_PROPERTY = "invalid"  # widgets with a refused value carry this dynamic property


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

    return QCoreApplication.translate("Forms", text)


# --------------------------------------------------------------------------------------
# the refusal bubble
# --------------------------------------------------------------------------------------
class RefusalBubble(QFrame):
    """A floating, word-wrapped message under a widget (one per window). It takes no mouse
    input — a click goes to whatever lies under it — and it goes away at the next click,
    key press or wheel turn anywhere in the app (or after ``BUBBLE_MS``); a field whose
    refused text stays keeps its red outline and the reason in its tooltip."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("RefusalBubble")
        self.setFrameShape(QFrame.StyledPanel)
        self.setAttribute(Qt.WA_TransparentForMouseEvents, True)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.PlainText)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 5, 8, 5)
        lay.addWidget(self.label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.anchor: QWidget | None = None
        self._watching = False
        self._shown_at = 0.0
        self.hide()

    def _style(self) -> None:
        c = theme.colors()
        dark = theme.current_theme() == theme.DARK
        bg = "#4a2323" if dark else "#fdecea"
        self.setStyleSheet(
            f"QFrame#RefusalBubble {{ background: {bg}; border: 1px solid {c['negative']}; border-radius: 5px; }}"
            f"QFrame#RefusalBubble QLabel {{ color: {c['fg']}; background: transparent; border: none; }}")

    def show_for(self, anchor: QWidget, text: str) -> None:
        window = self.parentWidget()
        self._style()
        self.anchor = anchor
        self.label.setText(text)
        z = zoom.zoom()  # the text grows with the zoom: so does the bubble (within the window)
        width = max(round(220 * z), min(round(420 * z), max(anchor.width(), round(260 * z)), window.width() - 16))
        width = min(width, max(120, window.width() - 16))
        self.label.setFixedWidth(width - 16)
        self.adjustSize()
        pos = anchor.mapTo(window, QPoint(0, anchor.height() + 2))
        x = max(4, min(pos.x(), window.width() - self.width() - 4))
        y = pos.y()
        if y + self.height() > window.height() - 4:  # no room below: above the field
            y = max(4, anchor.mapTo(window, QPoint(0, 0)).y() - self.height() - 2)
        self.move(x, y)
        self.raise_()
        self.show()
        self._shown_at = time.monotonic()
        self._timer.start(BUBBLE_MS)
        app = QApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        # (not the key press that caused the refusal, which goes on to the parents)
        if event.type() in _DISMISS and self.isVisible() and time.monotonic() - self._shown_at > 0.25:
            self.hide()
        return False

    def hideEvent(self, event) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
            self._watching = False
        super().hideEvent(event)


_DISMISS = (QEvent.MouseButtonPress, QEvent.KeyPress, QEvent.Wheel)


def bubble_for(widget: QWidget) -> RefusalBubble:
    window = widget.window()
    bubble = window.findChild(RefusalBubble, "RefusalBubble", Qt.FindDirectChildrenOnly)
    if bubble is None:
        bubble = RefusalBubble(window)
    return bubble


def show_refusal(widget: QWidget, text: str, outline: bool = True) -> RefusalBubble:
    """Show ``text`` in a bubble under ``widget``. With ``outline`` (a field that keeps the
    refused text for the user to correct) the field is also outlined in red and its tooltip
    gives the reason until the value is accepted."""
    if outline:
        mark_invalid(widget, True, text)
    bubble = bubble_for(widget)
    bubble.show_for(widget, text)
    return bubble


def hide_refusal(widget: QWidget) -> None:
    mark_invalid(widget, False)
    window = widget.window()
    bubble = window.findChild(RefusalBubble, "RefusalBubble", Qt.FindDirectChildrenOnly)
    if bubble is not None and bubble.anchor is widget:
        bubble.hide()


def mark_invalid(widget: QWidget, on: bool, reason: str = "") -> None:
    """Outline ``widget`` in red and put ``reason`` first in its tooltip (or undo both)."""
    if on and reason:
        if not widget.property(INVALID_PROPERTY):
            widget.setProperty("tip_before", widget.toolTip())
        tip = widget.property("tip_before") or ""
        widget.setToolTip(f"{reason}\n\n{tip}" if tip else reason)
    if bool(widget.property(INVALID_PROPERTY)) == on:
        return
    widget.setProperty(INVALID_PROPERTY, on)
    if on:
        widget.setStyleSheet(f"border: 2px solid {theme.colors()['negative']}; border-radius: 3px;")
    else:
        widget.setStyleSheet("")
        before = widget.property("tip_before")
        if before is not None:
            widget.setToolTip(before)
            widget.setProperty("tip_before", None)


# --------------------------------------------------------------------------------------
# widgets that report every commit, also refused ones
# --------------------------------------------------------------------------------------
class _NumberSpin:
    """Shared behaviour of IntSpin and FloatSpin: typed text out of the range is allowed
    while typing and reported on commit (``wanted``), instead of being swallowed; the
    arrows report a push past a limit the same way."""

    wanted = None  # Signal(object), defined on the subclasses

    def _init_number(self, field):
        self.field = field
        self.setFocusPolicy(Qt.StrongFocus)  # the wheel gives no focus (it scrolls the column instead)
        self.setKeyboardTracking(False)
        self.setAccelerated(True)
        lo, hi = field.range
        self.setRange(lo, hi)
        if field.special:
            self.setSpecialValueText(tr_n(field.special))
        if field.suffix:
            self.setSuffix(tr_n(field.suffix))
        self._reported = None

    def _parse(self, text: str):
        t = text.strip()
        if self.suffix() and t.endswith(self.suffix().strip()):
            t = t[: -len(self.suffix().strip())].strip()
        if self.prefix() and t.startswith(self.prefix().strip()):
            t = t[len(self.prefix().strip()):].strip()
        return t

    def validate(self, text, pos):
        result = super().validate(text, pos)
        state = result[0] if isinstance(result, tuple) else result
        typed = self._parse(text)
        if state == QValidator.Invalid and (self._number(typed) is not None or typed in ("-", "+", "−")):
            return (QValidator.Intermediate, text, pos)  # out of range, or a sign being typed: said on commit
        return result

    def fixup(self, text):
        value = self._number(self._parse(text))
        if value is not None:
            self.wanted.emit(value)  # out of range: the state refuses it with the reason
        return super().fixup(text)

    def stepBy(self, steps):
        target = self._stepped(steps)
        lo, hi = self.field.range
        if lo <= target <= hi:
            self.setValue(target)
        elif self.value() not in (lo, hi) or (target < lo and self.value() == hi) or (
                target > hi and self.value() == lo):
            self.setValue(lo if target < lo else hi)  # a big step stops at the limit
        else:
            self.wanted.emit(target)  # pushing past the limit: refused with the reason


class IntSpin(_NumberSpin, QSpinBox):
    wanted = Signal(object)

    def __init__(self, field: Int, parent=None):
        QSpinBox.__init__(self, parent)
        self._init_number(field)
        self.setSingleStep(field.step)

    @staticmethod
    def _number(text: str):
        try:
            return int(text.replace("−", "-"))
        except ValueError:
            return None

    def _stepped(self, steps):
        return self.field.stepped(self.value(), steps)


class FloatSpin(_NumberSpin, QDoubleSpinBox):
    wanted = Signal(object)

    def __init__(self, field: Float, parent=None):
        QDoubleSpinBox.__init__(self, parent)
        self.setDecimals(field.decimals)
        self._init_number(field)
        self.setSingleStep(field.step)

    def _number(self, text: str):
        try:
            return float(text.replace(self.locale().decimalPoint(), ".").replace(",", ".").replace("−", "-"))
        except ValueError:
            return None

    def _stepped(self, steps):
        return round(self.value() + steps * self.singleStep(), self.decimals())


class NumberEdit(QLineEdit):
    """A number typed as text (``3e-3`` works); commits on Enter or leaving the field."""

    wanted = Signal(object)

    def __init__(self, field: Float, parent=None):
        super().__init__(parent)
        self.field = field
        self.editingFinished.connect(lambda: self.wanted.emit(self.text()))

    def show_value(self, value: float) -> None:
        try:
            if self.field.clean(self.text(), {}) == value:
                return  # keep the user's spelling (3e-3 stays 3e-3)
        except ValueError:
            pass
        self.setText(f"{value:g}")


class ChoiceCombo(QComboBox):
    wanted = Signal(object)

    def __init__(self, field: Choice, parent=None):
        super().__init__(parent)
        self.field = field
        self._keys: list[str] = []
        self.setFocusPolicy(Qt.StrongFocus)
        self.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.activated.connect(self._on_activated)

    def set_options(self, keys: list[str]) -> None:
        if keys == self._keys:
            return
        self._keys = list(keys)
        was = self.blockSignals(True)
        self.clear()
        for k in keys:
            self.addItem(tr_n(self.field.choices[k]), k)
            tip = self.field.tips.get(k)
            if tip:
                self.setItemData(self.count() - 1, tr_n(tip), Qt.ToolTipRole)
        self.blockSignals(was)

    def show_value(self, key: str) -> None:
        i = self.findData(key)
        if i >= 0 and i != self.currentIndex():
            was = self.blockSignals(True)
            self.setCurrentIndex(i)
            self.blockSignals(was)

    def _on_activated(self, index: int) -> None:
        self.wanted.emit(self.itemData(index))


class PairEdit(QWidget):
    """Height × width, with a link button that keeps both equal."""

    wanted = Signal(object)

    def __init__(self, field: Pair, parent=None):
        super().__init__(parent)
        self.field = field
        proxy = Int(field.default[0], field.range)
        proxy.name = field.name
        self.h = IntSpin(proxy, self)
        self.w = IntSpin(proxy, self)
        self.link = QToolButton(self)
        self.link.setCheckable(True)
        self.link.setChecked(True)
        self.link.setText("=")
        self.link.setToolTip(_tr("Same value for height and width (uncheck to set each axis)"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(self.h, 1)
        lay.addWidget(QLabel("×", self))
        lay.addWidget(self.w, 1)
        lay.addWidget(self.link)
        self._value = tuple(field.default)
        self.h.valueChanged.connect(lambda v: self._want(v, None))
        self.w.valueChanged.connect(lambda v: self._want(None, v))
        self.h.wanted.connect(lambda v: self._want(v, None))
        self.w.wanted.connect(lambda v: self._want(None, v))
        self.link.toggled.connect(self._on_link)
        self._sync_enabled()

    def _want(self, h, w) -> None:
        ch, cw = self._value
        if self.link.isChecked():
            v = h if h is not None else w
            self.wanted.emit((v, v))
        else:
            self.wanted.emit((ch if h is None else h, cw if w is None else w))

    def _on_link(self, on: bool) -> None:
        self._sync_enabled()
        if on and self._value[0] != self._value[1]:
            self.wanted.emit((self._value[0], self._value[0]))

    def _sync_enabled(self) -> None:
        self.w.setEnabled(self.isEnabled() and not self.link.isChecked())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.EnabledChange:
            self._sync_enabled()

    def show_value(self, value) -> None:
        self._value = tuple(value)
        for sb, v in ((self.h, value[0]), (self.w, value[1])):
            if sb.value() == int(v):
                continue  # setting the same value repaints the box (on every change of the state)
            was = sb.blockSignals(True)
            sb.setValue(int(v))
            sb.blockSignals(was)
        if value[0] != value[1] and self.link.isChecked():
            was = self.link.blockSignals(True)
            self.link.setChecked(False)
            self.link.blockSignals(was)
            self._sync_enabled()

    def setToolTip(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setToolTip(text)
        self.h.setToolTip(text)
        self.w.setToolTip(text)


class TextEdit(QLineEdit):
    wanted = Signal(object)

    def __init__(self, field: Text, parent=None):
        super().__init__(parent)
        self.field = field
        self.setMaxLength(field.max_length)
        self.editingFinished.connect(lambda: self.wanted.emit(self.text()))


