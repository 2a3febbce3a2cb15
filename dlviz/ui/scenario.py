"""Scenario files in the window: File → Open scenario… / Save scenario… / Save scenario
with all panels…, a ``.dlviz`` file dropped on the window, and the checks that make
opening all or nothing.

The file format and its refusals are core's (``dlviz.core.scenario``). Opening then checks
every panel state in the file before anything is applied: first on a fresh ``State()`` of
the panel (``parse_snapshot`` and ``validate``: the values alone and with each other), then
on the panel's own state (rules that need the app, e.g. a digit number within the data in
use). One bad value refuses the whole file, with the panel and the setting named, and the
app stays as it was. Then every state is restored and the file's panel is shown.

Saving writes the shown panel's snapshot, or the snapshots of every panel made so far.

The main window calls :func:`add_menu_actions` at the end of ``_build_menus``: it adds the
File-menu entries and, once, lets the window take drops (``setAcceptDrops`` and an event
filter that hands the window's drag-enter and drop events to :func:`drag_enter` /
:func:`drop`; no widget inside the window takes drops, so Qt gives them to the window).
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from dlviz.core.messages import Message, N_
from dlviz.core.scenario import SUFFIX, Scenario, ScenarioError, read_scenario, write_scenario
from dlviz.ui.fields import StateError
from dlviz.ui.i18n import tr_message
from dlviz.ui.panels import PANEL_IDS, PANELS, panel_class, panel_title

FOLDER_SETTING = "scenarios/folder"
_ENGLISH_TITLES = {pid: title for pid, title, _, _ in PANELS}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Scenario", text)


# --------------------------------------------------------------------------------------
# checking and applying (no widgets needed for the checks)
# --------------------------------------------------------------------------------------
def state_refusal(panel_id: str, state, error: StateError) -> ScenarioError:
    """The refusal of one panel's state, naming the panel and the setting."""
    first = error.errors[0] if error.errors else None
    reason = first.message if first is not None else Message(N_("invalid state"))
    name = first.field if first is not None else ""
    more = max(0, len(error.errors) - 1)
    args = {"title": _ENGLISH_TITLES.get(panel_id, panel_id), "reason": reason}
    if name in state.fields:
        args["label"] = state.fields[name].label or name
        template = (N_("{title} panel, {label}: {reason}") if not more else
                    N_("{title} panel, {label}: {reason} (and {more} more refused)"))
    else:
        template = (N_("{title} panel: {reason}") if not more else
                    N_("{title} panel: {reason} (and {more} more refused)"))
    if more:
        args["more"] = more
    return ScenarioError(template, panel=panel_id, setting=name or None, **args)


def check_states(scenario: Scenario) -> dict[str, dict]:
    """Check every panel state of ``scenario`` on a fresh ``State()`` of its panel (the
    values alone, then with each other and the panel's rules); returns panel id → the
    changes each snapshot gives. Raises ScenarioError naming the panel and the setting.
    Needs no window and no QApplication."""
    out = {}
    for pid, snap in scenario.panels.items():
        cls = panel_class(pid).State
        state = cls()
        try:
            changes = state.parse_snapshot(snap)
            state.validate(changes)
        except StateError as e:
            raise state_refusal(pid, state, e) from None
        out[pid] = changes
    return out


def apply_scenario(win, scenario: Scenario, show: bool = True) -> None:
    """Put every panel of ``scenario`` in its state and show its panel: all or nothing.
    Raises ScenarioError (the app unchanged) when a state is refused or a panel runs a
    job."""
    check_states(scenario)
    panels = {pid: win.panel(pid) for pid in scenario.panels}
    for pid, p in panels.items():
        if p.is_busy():
            raise ScenarioError(N_("{title} panel: it is running; stop it first, then open the scenario"),
                                panel=pid, title=_ENGLISH_TITLES.get(pid, pid))
    for pid, p in panels.items():  # the panels' own rules (e.g. the data in use)
        try:
            p.state.validate(p.state.parse_snapshot(scenario.panels[pid]))
        except StateError as e:
            raise state_refusal(pid, p.state, e) from None
    before = {pid: p.snapshot() for pid, p in panels.items()}
    done = []
    try:
        for pid, p in panels.items():
            p.state.restore(scenario.panels[pid])
            done.append(pid)
    except StateError as e:  # not expected after the checks; undo what was applied
        for back in reversed(done):
            panels[back].state.restore(before[back])
        raise state_refusal(pid, panels[pid].state, e) from None
    if show:
        win.show_panel(scenario.panel)


def make_scenario(win, all_panels: bool = False, title: str = "") -> Scenario:
    """The shown panel's state (and with ``all_panels`` every panel made so far)."""
    shown = win.current_panel_id()
    panels = dict(win.created_panels()) if all_panels else {}
    panels[shown] = win.panel(shown)
    order = [pid for pid in PANEL_IDS if pid in panels]
    return Scenario(panel=shown, panels={pid: panels[pid].snapshot() for pid in order}, title=title)


# --------------------------------------------------------------------------------------
# messages
# --------------------------------------------------------------------------------------
def describe(error) -> str:
    """A refusal in the interface language (the panel's title as the tabs show it)."""
    msg = getattr(error, "message", None)
    panel = getattr(error, "panel", None)
    if isinstance(msg, Message) and panel in PANEL_IDS and "title" in msg.args:
        msg = Message(msg.template, **{**msg.args, "title": panel_title(panel)})
        return tr_message(msg)
    return tr_message(error)


def _names(pids) -> str:
    return _tr(", ").join(panel_title(p) for p in pids)


def _capital(text: str) -> str:
    """A reason on a line of its own starts with a capital ("the file is…" → "The file is…")."""
    return text[:1].upper() + text[1:]


def _box(win, title: str, text: str):
    box = QMessageBox(QMessageBox.Warning, title, text, QMessageBox.Ok, win)
    box.setObjectName("scenario_message")
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.open()  # non-blocking
    win._scenario_box = box
    return box


def report_refused(win, path: str, error) -> None:
    name = os.path.basename(str(path)) or str(path)
    reason = describe(error)
    win.show_status(_tr("Scenario {0} not opened: {1}").format(name, reason), 15000)
    _box(win, _tr("Scenario not opened"),
         _tr("{0} was not opened:\n{1}\n\nNothing in the app was changed.").format(name, _capital(reason)))


def report_opened(win, path: str, scenario: Scenario) -> None:
    name = os.path.basename(str(path)) or str(path)
    what = f"“{scenario.title}” ({name})" if scenario.title else name
    win.show_status(_tr("Scenario {0} opened: {1}").format(what, _names(scenario.panels)), 10000)


# --------------------------------------------------------------------------------------
# the actions
# --------------------------------------------------------------------------------------
def _folder() -> str:
    folder = QSettings().value(FOLDER_SETTING)
    return folder if isinstance(folder, str) and os.path.isdir(folder) else ""


def _remember_folder(path: str) -> None:
    QSettings().setValue(FOLDER_SETTING, os.path.dirname(os.path.abspath(path)))


def load_into(win, path: str) -> Scenario:
    """Read ``path`` and apply it (ScenarioError: refused, nothing changed)."""
    scenario = read_scenario(path, PANEL_IDS)
    apply_scenario(win, scenario)
    return scenario


def open_scenario(win, path: str | None = None) -> bool:
    """Open a scenario file (asked for when ``path`` is None) and report the result."""
    if path is None:
        from dlviz.ui.export import file_filter  # noqa: PLC0415

        path, _ = QFileDialog.getOpenFileName(win, _tr("Open scenario"), _folder(),
                                              f"{file_filter('dlviz')};;{file_filter('*')}")
        if not path:
            return False
    try:
        scenario = load_into(win, path)
    except ScenarioError as e:
        report_refused(win, path, e)
        return False
    _remember_folder(path)
    report_opened(win, path, scenario)
    return True


def save_scenario(win, all_panels: bool = False, path: str | None = None) -> str | None:
    """Save the shown panel's state (or every created panel's) to a scenario file (asked
    for when ``path`` is None); returns the path, or None when cancelled or refused."""
    scenario = make_scenario(win, all_panels)
    if path is None:
        from dlviz.ui.export import ask_save_path  # noqa: PLC0415

        default = f"{scenario.panel}{'-all' if all_panels else ''}{SUFFIX}"
        folder = _folder()
        title = _tr("Save scenario with all panels") if all_panels else _tr("Save scenario")
        path = ask_save_path(win, title, os.path.join(folder, default) if folder else default, "dlviz")
        if not path:
            return None
    try:
        write_scenario(path, scenario)
    except (ScenarioError, OSError) as e:
        reason = describe(e) if isinstance(e, ScenarioError) else (e.strerror or str(e))
        name = os.path.basename(str(path))
        win.show_status(_tr("Scenario {0} not saved: {1}").format(name, reason), 15000)
        _box(win, _tr("Scenario not saved"), _tr("{0} was not saved:\n{1}").format(path, _capital(reason)))
        return None
    _remember_folder(path)
    win.show_status(_tr("Scenario saved to {0}: {1}").format(path, _names(scenario.panels)), 10000)
    return str(path)


def add_menu_actions(win) -> None:
    """File → Open scenario… (Ctrl+O), Save scenario… (Ctrl+S), Save scenario with all
    panels… (Ctrl+Shift+S), at the top of the File menu. Called by ``_build_menus`` (the
    menu bar is rebuilt in a new language)."""
    menu = win.file_menu
    first = menu.actions()[0] if menu.actions() else None
    specs = (
        ("open", _tr("&Open scenario…"), "Ctrl+O",
         _tr("Open a .dlviz scenario file: the panel it names is shown with the settings it holds"),
         lambda: open_scenario(win)),
        ("save", _tr("&Save scenario…"), "Ctrl+S",
         _tr("Save the shown panel and its settings (input, drawing, kernel…) to a .dlviz file, "
             "to open again later or on another computer"),
         lambda: save_scenario(win)),
        ("save_all", _tr("Save scenario with &all panels…"), "Ctrl+Shift+S",
         _tr("Save the shown panel and the settings of every panel opened so far to a .dlviz file"),
         lambda: save_scenario(win, all_panels=True)),
    )
    actions = {}
    for key, text, keys, tip, slot in specs:
        act = QAction(text, menu)
        act.setObjectName(f"scenario_{key}")
        act.setShortcut(QKeySequence(keys))
        act.setToolTip(tip)
        act.triggered.connect(lambda checked=False, s=slot: s())
        actions[key] = act
    menu.insertActions(first, list(actions.values()))
    menu.insertSeparator(first)
    win.scenario_actions = actions
    if getattr(win, "_scenario_drops", None) is None:
        win._scenario_drops = _Drops(win)
        win.installEventFilter(win._scenario_drops)
        win.setAcceptDrops(True)


# --------------------------------------------------------------------------------------
# drag and drop
# --------------------------------------------------------------------------------------
def dropped_path(mime) -> str | None:
    """The first local ``.dlviz`` file among the dragged URLs, or None."""
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIX):
            return url.toLocalFile()
    return None


class _Drops(QObject):
    """Hands the window's drag-enter and drop events to :func:`drag_enter` / :func:`drop`."""

    def __init__(self, win):
        super().__init__(win)
        self.win = win

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self.win:
            if event.type() == QEvent.DragEnter:
                drag_enter(self.win, event)
                return True
            if event.type() == QEvent.Drop:
                drop(self.win, event)
                return True
        return False


def drag_enter(win, event) -> None:
    if dropped_path(event.mimeData()):
        event.acceptProposedAction()
    else:
        event.ignore()


def drop(win, event) -> None:
    path = dropped_path(event.mimeData())
    if not path:
        event.ignore()
        return
    event.acceptProposedAction()
    QTimer.singleShot(0, win, lambda: open_scenario(win, path))  # the drag source is not kept waiting


# --------------------------------------------------------------------------------------
# screenshots (dlviz screenshot --scenario)
# --------------------------------------------------------------------------------------
def settle(seconds: float = 0.5) -> None:
    """Let the views catch up with a restored state (timers that redraw, deferred work)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)
