"""Presentation mode, for a teacher at the front of a class: View → Zoom in (Ctrl+=, also
Ctrl++), Zoom out (Ctrl+-), Actual size (Ctrl+0), Zoom ▸ (the levels, the current one
checked and named in the menu's title), Full screen (F11, a toggle, for this session only)
and Simple controls (the advanced settings hidden, remembered).

``add_menus(window)`` is called at the end of ``MainWindow._build_menus`` (the menu bar is
rebuilt in a new language). The first call also connects the window to the zoom
(``dlviz.ui.zoom``): a zoom change or a switch of Simple controls rebuilds the panels'
widgets (``MainWindow.rebuild_panels``: the same state and session, a running job goes on),
and each panel made gets its plots' text at the zoom (``zoom.fit_plots``). A window that
remembers its settings starts at the remembered zoom.

Simple controls: fields declared with ``advanced=True`` (``dlviz.ui.fields.Field``) are not
shown by the ``Form`` while ``simple_controls()`` is on (the row and its label); a panel may
hide whole groups of advanced settings the same way (``simple_controls()`` when it builds).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from dlviz.ui import zoom
from dlviz.ui.i18n import tr_message

SIMPLE_SETTING = "ui/simple_controls"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Presentation", text)


# --- simple controls ------------------------------------------------------------------------
class _Notifier(QObject):
    simple_changed = Signal(bool)


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    """``notifier().simple_changed(on)`` fires after Simple controls was switched."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def simple_controls() -> bool:
    """Whether the advanced settings are hidden (View → Simple controls; remembered)."""
    return bool(QSettings().value(SIMPLE_SETTING, False, type=bool))


def hide_emptied_rows(panel) -> int:
    """Under Simple controls, hide the rows of ``panel``'s form layouts whose field is a
    widget of the panel's own that holds only hidden advanced fields (besides labels), e.g.
    a row that pairs two advanced settings ("Adam β1 / β2"); the Form hides the rows it
    made itself. Returns the number of rows hidden."""
    if not simple_controls():
        return 0
    hidden = 0
    for lay in panel.findChildren(QFormLayout):
        for r in range(lay.rowCount()):
            item = lay.itemAt(r, QFormLayout.FieldRole)
            holder = item.widget() if item is not None else None
            if holder is None or holder.property("form_field") is not None or not lay.isRowVisible(r):
                continue
            kids = holder.findChildren(QWidget, options=Qt.FindDirectChildrenOnly)
            fields = [k for k in kids if k.property("form_field") is not None]
            others = [k for k in kids if k.property("form_field") is None and not isinstance(k, QLabel)
                      and not k.isHidden()]
            if fields and not others and all(k.property("simple_hidden") for k in fields):
                lay.setRowVisible(r, False)
                hidden += 1
    return hidden


def set_simple_controls(on: bool) -> bool:
    """Hide (True) or show (False) the advanced settings from now on, and remember it."""
    on = bool(on)
    changed = on != simple_controls()
    QSettings().setValue(SIMPLE_SETTING, on)
    if changed:
        notifier().simple_changed.emit(on)
    return on


# --- the window ------------------------------------------------------------------------------
class Presentation(QObject):
    """The window's side of presentation mode (made by the first ``add_menus``)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        zoom.notifier().changed.connect(self._on_zoom)
        notifier().simple_changed.connect(self._on_simple)
        window.panel_created.connect(self._on_panel)
        window.installEventFilter(self)
        self._was_maximized = False

    # zoom
    def zoom_to(self, percent: int) -> None:
        try:
            zoom.set_zoom(percent / 100, remember=bool(getattr(self.window, "_remember", True)))
        except zoom.ZoomError as e:  # not reached from the menus; said, never raised
            self.window.show_status(tr_message(e), 8000)

    def zoom_step(self, direction: int) -> None:
        target = zoom.step(direction)
        if target is None:
            self.window.show_status(
                _tr("The zoom is already at its largest ({0} %).").format(zoom.MAX_PERCENT) if direction > 0
                else _tr("The zoom is already at its smallest ({0} %).").format(zoom.MIN_PERCENT), 5000)
            return
        self.zoom_to(target)

    def _on_zoom(self, factor: float) -> None:
        win = self.window
        if getattr(win, "_closed", False):
            return
        win.rebuild_panels()
        update_zoom_actions(win)
        win.show_status(_tr("Zoom: {0} % (Ctrl+= larger, Ctrl+- smaller, Ctrl+0 actual size).").format(
            round(factor * 100)), 5000)

    def _on_simple(self, on: bool) -> None:
        win = self.window
        if getattr(win, "_closed", False):
            return
        win.rebuild_panels()
        act = getattr(win, "simple_action", None)
        if act is not None and act.isChecked() != on:
            act.setChecked(on)
        win.show_status(_tr("Simple controls: the advanced settings are hidden.") if on
                        else _tr("All the settings are shown."), 5000)

    def _on_panel(self, panel_id: str, panel) -> None:
        zoom.fit_plots(panel)
        hide_emptied_rows(panel)

    # full screen
    def toggle_full_screen(self, on: bool | None = None) -> None:
        win = self.window
        on = not win.isFullScreen() if on is None else bool(on)
        if on and not win.isFullScreen():
            self._was_maximized = win.isMaximized()
            win.showFullScreen()
        elif not on and win.isFullScreen():
            win.showMaximized() if self._was_maximized else win.showNormal()
        act = getattr(win, "full_screen_action", None)
        if act is not None and act.isChecked() != on:
            act.setChecked(on)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self.window:
            if event.type() == QEvent.Close and self.window.isFullScreen():
                # full screen is for this session only: the geometry saved is the normal one
                self.window.setWindowState(self.window.windowState() & ~Qt.WindowFullScreen)
            elif event.type() == QEvent.WindowStateChange:
                act = getattr(self.window, "full_screen_action", None)
                if act is not None and act.isChecked() != self.window.isFullScreen():
                    act.setChecked(self.window.isFullScreen())
        return False


def controller(window) -> Presentation:
    pres = getattr(window, "presentation", None)
    if pres is None:
        if getattr(window, "_remember", True):
            zoom.apply_saved()  # before any panel is made (they are made once the window has painted)
        pres = window.presentation = Presentation(window)
    return pres


def _action(menu, text: str, keys, tip: str, slot, *, checkable: bool = False, name: str = "") -> QAction:
    act = QAction(text, menu, checkable=checkable)
    if keys:
        act.setShortcuts([QKeySequence(k) for k in keys])
    act.setToolTip(tip)
    act.setObjectName(name)
    act.triggered.connect(slot)
    menu.addAction(act)
    return act


def add_menus(window) -> None:
    """The View menu's presentation entries (see the module docstring)."""
    pres = controller(window)
    view = window.view_menu
    view.setToolTipsVisible(True)
    view.addSeparator()
    window.zoom_in_action = _action(
        view, _tr("Zoom &in"), ("Ctrl+=", "Ctrl++"),
        _tr("Larger text, numbers and plots, for a projector (up to 250 %; remembered)"),
        lambda: pres.zoom_step(+1), name="zoom_in")
    window.zoom_out_action = _action(
        view, _tr("Zoom &out"), ("Ctrl+-",), _tr("Smaller text, numbers and plots (down to 100 %)"),
        lambda: pres.zoom_step(-1), name="zoom_out")
    window.zoom_reset_action = _action(
        view, _tr("&Actual size"), ("Ctrl+0",), _tr("Back to 100 %"), lambda: pres.zoom_to(100), name="zoom_reset")
    menu = view.addMenu("")
    menu.setToolTipsVisible(True)
    group = QActionGroup(menu)
    window.zoom_level_actions = {}
    for pct in zoom.LEVELS:
        act = QAction(_tr("{0} %").format(pct), menu, checkable=True)
        act.triggered.connect(lambda checked=False, p=pct: pres.zoom_to(p))
        group.addAction(act)
        menu.addAction(act)
        window.zoom_level_actions[pct] = act
    window.zoom_menu = menu
    update_zoom_actions(window)
    window.full_screen_action = _action(
        view, _tr("&Full screen"), (Qt.Key_F11,), _tr("The window fills the screen (F11 again to leave)"),
        lambda on: pres.toggle_full_screen(on), checkable=True, name="full_screen")
    window.full_screen_action.setChecked(window.isFullScreen())
    window.simple_action = _action(
        view, _tr("&Simple controls"), (),
        _tr("Hide the advanced settings (seeds, devices, optimiser details…) so that a class sees only "
            "what the lesson is about (remembered)"),
        lambda on: set_simple_controls(on), checkable=True, name="simple_controls")
    window.simple_action.setChecked(simple_controls())


def update_zoom_actions(window) -> None:
    """The zoom menu's title names the zoom now; its level is checked; Zoom in / out are
    enabled while there is a step to go."""
    menu = getattr(window, "zoom_menu", None)
    if menu is None:
        return
    pct = zoom.percent()
    menu.setTitle(_tr("&Zoom: {0} %").format(pct))
    for p, act in window.zoom_level_actions.items():
        act.setChecked(p == pct)
    window.zoom_in_action.setEnabled(zoom.step(+1) is not None)
    window.zoom_out_action.setEnabled(zoom.step(-1) is not None)
