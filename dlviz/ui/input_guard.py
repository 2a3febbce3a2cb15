"""The mouse wheel scrolls, it does not change settings by accident.

Installed on the application by the main window: a wheel turned over a spin box or a combo
box that does not have the keyboard focus goes to the scroll area around it (a column of
settings scrolls as the user expects) instead of changing the value under the pointer; a
field changes with the wheel only after it was clicked. Widgets that would take the focus
from the wheel itself (Qt's ``WheelFocus``) are given ``StrongFocus`` when they are first
shown, so the wheel never focuses them either.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

_GUARDED = (QAbstractSpinBox, QComboBox)


class WheelGuard(QObject):
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Polish and isinstance(obj, _GUARDED) and obj.focusPolicy() == Qt.WheelFocus:
            obj.setFocusPolicy(Qt.StrongFocus)
        elif kind == QEvent.Wheel and isinstance(obj, _GUARDED) and not obj.hasFocus():
            area = _scroll_area_of(obj)
            if area is not None:
                bar = area.verticalScrollBar()
                if bar is not None and bar.isVisible():
                    QCoreApplication.sendEvent(bar, event)
            return True  # the value stays as it is
        return False


def _scroll_area_of(widget: QWidget):
    w = widget.parentWidget()
    while w is not None:
        if isinstance(w, QAbstractScrollArea) and not isinstance(w, _GUARDED):
            return w
        w = w.parentWidget()
    return None
