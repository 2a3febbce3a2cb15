"""The lesson runner: shows a lesson's steps in the main window.

Applying a step (``go``, which Back, Next, Skip, Restart and a resumed lesson all use) shows
its panel (``window.show_panel``), puts the lesson's ``[setup]`` into its panels and then
the step's ``state`` into the step's panel — field by field with the panel's cascades, as
the learner would (``apply.apply_as_user``; keys left out keep their values) — frames the
``highlight`` widget and, when the step waits, checks the condition on every change of the
state of the panel it waits on and every 250 ms (facts such as "training finished an epoch"
change without a state change). A met wait stays met for that visit of the step.
``show_me()`` performs the step's ``show``: sets fields, presses a button (of the step's
panel, or of another one: ``"draw:send_conv"``), draws a digit on the Draw board, or
presses a key in the panel.

The runner keeps nothing in widgets: after a language switch (new panel widgets for the
same state) it finds the panel and the highlighted widget again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from shiboken6 import isValid

from dlviz.ui.fields import StateError
from dlviz.ui.i18n import tr_message
from dlviz.ui.lessons import facts
from dlviz.ui.lessons.apply import apply_as_user, has_values, not_kept, same
from dlviz.ui.lessons.digits import digit_strokes
from dlviz.ui.lessons.highlight import Highlight, scroll_into_view

TICK_MS = 250
SETTINGS = "lessons"


def _tr(text: str) -> str:
    return QCoreApplication.translate("LessonRunner", text)


_same = same  # JSON values equal (the tests use it)


def saved_step(lesson_id: str) -> int:
    """The step (1-based) the learner reached in a lesson (1 when never started)."""
    v = QSettings().value(f"{SETTINGS}/{lesson_id}/step")
    try:
        return max(1, int(v))
    except (TypeError, ValueError):
        return 1


def is_done(lesson_id: str) -> bool:
    return str(QSettings().value(f"{SETTINGS}/{lesson_id}/done", "")).lower() in ("true", "1")


class LessonRunner(QObject):
    """Runs one lesson at a time in ``window`` (a MainWindow). Signals: ``step_changed``
    (a step was applied), ``wait_met`` (the step's wait has just been met), ``problem(text)``
    (the step could not be applied as written, e.g. a field refused or a widget missing),
    ``finished(lesson)`` (Next on the last step). ``remember``: save the learner's place."""

    step_changed = Signal()
    wait_met = Signal()
    problem = Signal(str)
    finished = Signal(object)

    def __init__(self, window, remember: bool = True):
        super().__init__(window)
        self.window = window
        self.remember = remember
        self.lesson = None
        self.index = 0
        self.met = False
        self.problems: list[str] = []
        self.highlight = Highlight(window)
        self.baseline: dict = {}  # the facts of the panel waited on when the step opened
        self._applying = False
        self._panel = None
        self._states: list = []  # the states followed (the step's panel, the panel waited on)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    # --- where we are -------------------------------------------------------------------
    @property
    def step(self):
        return None if self.lesson is None else self.lesson.steps[self.index]

    @property
    def waiting(self) -> bool:
        """The step has a wait that is not met yet."""
        s = self.step
        return s is not None and s.wait is not None and not self.met

    def panel(self):
        """The widget of the step's panel now (a language switch makes a new one)."""
        s = self.step
        return None if s is None else self.window.panel(s.panel)

    def wait_panel(self):
        """The widget of the panel the step waits on (the step's own unless ``wait.panel``)."""
        s = self.step
        if s is None:
            return None
        return self.window.panel(s.wait.panel if s.wait is not None and s.wait.panel else s.panel)

    # --- moving -------------------------------------------------------------------------
    def start(self, lesson, step: int | None = None) -> None:
        """Open ``lesson`` at ``step`` (1-based; default: where the learner left it)."""
        self.lesson = lesson
        n = step if step is not None else (saved_step(lesson.id) if self.remember else 1)
        self.go(min(max(1, n), len(lesson.steps)))

    def go(self, number: int) -> None:
        """Apply step ``number`` (1-based) of the lesson."""
        if self.lesson is None:
            return
        self.index = min(max(1, int(number)), len(self.lesson.steps)) - 1
        self.met = False
        self.problems = []
        step = self.step
        if self.remember:
            QSettings().setValue(f"{SETTINGS}/{self.lesson.id}/step", self.index + 1)
        self.window.show_panel(step.panel)
        panel = self.window.panel(step.panel)
        self._follow(panel)
        self._applying = True  # no checks while the settings go in (a passing value may look like the wait)
        try:
            for pid, part in self.lesson.setup.items():
                self._apply(self.window.panel(pid), part, pid, setup=True)
            if step.state:
                self._apply(panel, step.state, step.panel)
        finally:
            self._applying = False
        self.met = False
        self.baseline = facts.panel_facts(self.wait_panel()) if step.wait is not None and step.wait.facts else {}
        self._place_highlight(panel)
        QTimer.singleShot(0, self._refresh_highlight)  # once the panel is laid out
        self._timer.start()
        self.step_changed.emit()
        self.check()

    def next(self) -> None:
        if self.lesson is None:
            return
        if self.index + 1 >= len(self.lesson.steps):
            self.finish()
        else:
            self.go(self.index + 2)

    def back(self) -> None:
        if self.lesson is not None and self.index > 0:
            self.go(self.index)

    def restart(self) -> None:
        if self.lesson is not None:
            self.go(1)

    def finish(self) -> None:
        """The last step is done: the lesson is marked done and starts at step 1 next time."""
        lesson = self.lesson
        if lesson is None:
            return
        if self.remember:
            QSettings().setValue(f"{SETTINGS}/{lesson.id}/done", True)
            QSettings().setValue(f"{SETTINGS}/{lesson.id}/step", 1)
        self.stop()
        self.finished.emit(lesson)

    def stop(self) -> None:
        """Leave the lesson (the panels stay as they are)."""
        self._timer.stop()
        self._follow(None)
        self.highlight.set_target(None)
        self.lesson = None
        self.index = 0
        self.met = False

    def suspend(self) -> None:
        """The dock is hidden: no highlight, no checks (the step stays where it is)."""
        self._timer.stop()
        self.highlight.set_target(None)

    def resume(self) -> None:
        """The dock shows again: the step's highlight and checks come back (its settings
        are not applied again)."""
        if self.lesson is None:
            return
        panel = self.panel()
        self._follow(panel)
        self._place_highlight(panel, scroll=False)
        self._timer.start()
        self.check()

    def _apply(self, panel, part: dict, pid: str, setup: bool = False) -> bool:
        """Put ``part`` into ``panel`` as the learner would; a refusal, or a written value
        that did not hold, is told (``problem``)."""
        try:
            apply_as_user(panel.state, part)
        except StateError as e:
            reason = tr_message(e.message)
            self._problem(_tr("The lesson's settings of the {0} panel were refused: {1}").format(pid, reason)
                          if setup else _tr("This step's settings were refused: {0}").format(reason))
            return False
        lost = not_kept(panel.state, part)
        if lost:
            self._problem(_tr("Settings of the {0} panel did not hold: {1} (a setting written after them "
                              "changed them: write them later)").format(pid, ", ".join(lost)))
        return not lost

    # --- the wait -------------------------------------------------------------------------
    def condition(self) -> bool:
        """Whether the step's wait is met by the panel as it is now (True without a wait)."""
        s = self.step
        if s is None or s.wait is None:
            return True
        panel = self.wait_panel()
        if s.wait.state and not has_values(panel.state.snapshot(), s.wait.state):
            return False
        if s.wait.facts:
            now = facts.panel_facts(panel)
            if not all(facts.met(now.get(k), want, self.baseline.get(k)) for k, want in s.wait.facts.items()):
                return False
        return True

    def check(self) -> bool:
        """Check the wait now; emits ``wait_met`` the first time it is met."""
        if self.waiting and self.condition():
            self.met = True
            self.wait_met.emit()
        return self.met or (self.step is not None and self.step.wait is None)

    def _tick(self) -> None:
        if self.lesson is None:
            self._timer.stop()
            return
        panel = self.panel()
        if panel is not self._panel:
            self._follow(panel)
            self._place_highlight(panel, scroll=False)
        self.check()
        self._refresh_highlight()

    def _follow(self, panel) -> None:
        """Listen to the state of ``panel`` and of the panel the step waits on (the wait is
        checked on every change)."""
        for state in self._states:
            try:
                state.changed.disconnect(self._on_state_changed)
            except (RuntimeError, TypeError):
                pass
        self._panel = panel
        self._states = []
        if panel is not None:
            other = self.wait_panel()
            for p in (panel, other):
                if p is not None and p.state not in self._states:
                    self._states.append(p.state)
                    p.state.changed.connect(self._on_state_changed)

    def _on_state_changed(self, _names) -> None:
        if not self._applying:
            self.check()

    # --- the highlight --------------------------------------------------------------------
    def target(self, panel=None) -> QWidget | None:
        """The widget the step highlights (None when it has none or the panel lacks it)."""
        s = self.step
        panel = panel or self.panel()
        if s is None or not s.highlight or panel is None:
            return None
        if s.highlight == "panel":
            return panel
        found = [w for w in panel.findChildren(QWidget, s.highlight) if isValid(w)]
        if not found:
            return None
        shown = [w for w in found if w.isVisibleTo(panel)]
        return (shown or found)[0]

    def _place_highlight(self, panel, scroll: bool = True) -> None:
        s = self.step
        t = self.target(panel)
        if s is not None and s.highlight and t is None:
            self._problem(_tr("This step points at '{0}', which the panel does not have.").format(s.highlight))
        self.highlight.set_target(t, scroll=scroll)

    def show_target(self) -> None:
        """The panel's room changed (the dock moved): scroll the target into view again,
        once the window is laid out."""
        QTimer.singleShot(0, lambda: self.lesson is not None and isValid(self.highlight)
                          and self._place_highlight(self.panel(), scroll=True))

    def _refresh_highlight(self) -> None:
        if self.lesson is not None and isValid(self.highlight):
            if self.highlight.target() is None and self.step.highlight:
                self._place_highlight(self.panel(), scroll=False)
            self.highlight.refresh()

    def _problem(self, text: str) -> None:
        if text not in self.problems:
            self.problems.append(text)
            self.problem.emit(text)

    # --- Show me ----------------------------------------------------------------------------
    def show_me(self) -> bool:
        """Perform the step's ``show`` action; False (with ``problem``) when it cannot be done."""
        s = self.step
        if s is None or s.show is None:
            return False
        panel = self.panel()
        kind, value = s.show.kind, s.show.value
        ok = True
        if kind == "state":
            try:
                apply_as_user(panel.state, value)
            except StateError as e:
                self._problem(_tr("Show me could not set the fields: {0}").format(tr_message(e.message)))
                ok = False
        elif kind == "click":
            ok = self._click(self.window.panel(s.show.panel) if s.show.panel else panel, value)
        elif kind == "draw":
            ok = panel.state.set("strokes", digit_strokes(int(value)))
            refresh = getattr(panel, "refresh_now", None)
            if ok and callable(refresh):
                refresh()  # the prediction now, not after the panel's short delay
        elif kind == "key":
            ok = self._press(panel, value)
        self.check()
        return ok

    def _click(self, panel, name: str) -> bool:
        buttons = [b for b in panel.findChildren(QAbstractButton, name) if isValid(b)]
        if not buttons:
            self._problem(_tr("Show me: the panel has no button '{0}'.").format(name))
            return False
        b = next((b for b in buttons if b.isVisibleTo(panel)), buttons[0])
        if not b.isEnabled():
            self._problem(_tr("Show me: the button '{0}' cannot be pressed now.").format(b.text() or name))
            return False
        scroll_into_view(b)
        b.click()
        return True

    def _press(self, panel, key: str) -> bool:
        """The key as the learner would press it in the panel: its shortcut when the panel
        binds one, else a key press sent to the panel's focused widget."""
        seq = QKeySequence(key)
        for sc in panel.findChildren(QShortcut):
            if sc.isEnabled() and sc.key().matches(seq) == QKeySequence.ExactMatch:
                sc.activated.emit()
                return True
        combined = seq[0]
        code, mods = combined.key(), combined.keyboardModifiers()
        focus = QApplication.focusWidget()
        target = focus if focus is not None and (focus is panel or panel.isAncestorOf(focus)) else panel
        text = " " if code == Qt.Key_Space else ""
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, code, mods, text))
        return True
