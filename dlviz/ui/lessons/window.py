"""The lessons in the main window: what ``MainWindow`` calls, and the pieces it gets.

- ``install(window)`` (once, from ``MainWindow.__init__``): a :class:`LessonsController` at
  ``window.lessons`` with the lessons of ``resources/lessons``, the runner, the dock (hidden
  until asked for) and, on a first launch, the invitation bar at the top of the window
  ("New here? Take the first lesson — 5 minutes": *Start* / *Not now*, remembered).
- ``add_menus(window)`` (at the end of every ``_build_menus``, so also after a language
  switch): View → Lessons (F2, checked while the dock shows) and File → Open lesson….

A window made with ``restore=False`` (screenshots, most tests) neither remembers the
learner's place nor shows the invitation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton, QSizePolicy, QToolBar, QWidget

from dlviz.ui.i18n import tr_message
from dlviz.ui.lessons import facts
from dlviz.ui.lessons.dock import LessonsDock
from dlviz.ui.lessons.engine import SETTINGS, LessonRunner
from dlviz.ui.lessons.model import LessonError, lessons_dir, load_lessons, parse_lesson
from dlviz.ui.lessons.placement import DockPlacement

INVITED = f"{SETTINGS}/invited"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Lessons", text)


class InvitationBar(QToolBar):
    """The first-launch invitation: a small bar at the top of the window, not modal."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.setObjectName("lesson_invitation")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.label = QLabel(self)
        self.label.setObjectName("lesson_invitation_text")
        self.label.setContentsMargins(8, 0, 12, 0)
        self.addWidget(self.label)
        self.start_btn = QPushButton(self)
        self.start_btn.setObjectName("lesson_invitation_start")
        self.start_btn.clicked.connect(controller.start_first)
        self.addWidget(self.start_btn)
        self.later_btn = QPushButton(self)
        self.later_btn.setObjectName("lesson_invitation_later")
        self.later_btn.setFlat(True)
        self.later_btn.clicked.connect(controller.dismiss_invitation)
        self.addWidget(self.later_btn)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.addWidget(spacer)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(_tr("New here? Take the first lesson — 5 minutes"))
        self.start_btn.setText(_tr("Start"))
        self.start_btn.setToolTip(_tr("Open the Lessons panel at the first lesson"))
        self.later_btn.setText(_tr("Not now"))
        self.later_btn.setToolTip(_tr("Hide this bar (View → Lessons or F2 opens the lessons any time)"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LessonsController(QObject):
    """The lessons of one main window: ``lessons`` (shipped, then opened files),
    ``errors`` (refused shipped files), ``runner``, ``dock``, ``invitation`` (or None)."""

    def __init__(self, window, remember: bool = True):
        super().__init__(window)
        self.window = window
        self.remember = remember
        self._lessons = None  # read when first needed (the window starts fast)
        self.errors: list = []
        self.runner = LessonRunner(window, remember)
        self.dock = LessonsDock(self.runner, [], window)
        window.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.placement = DockPlacement(window, self.dock)  # on the right, or a strip at the bottom
        self.placement.moved.connect(self.runner.show_target)
        window.panel_created.connect(lambda _pid, panel: facts.watch(panel))  # counts for the GAN's facts
        self.dock.visibilityChanged.connect(self._on_dock_visible)
        self.dock.start_requested.connect(self.start)
        self.dock.open_file_requested.connect(self.open_file)
        window.installEventFilter(self)
        self.invitation = None
        if remember and any(lessons_dir().glob("*.toml")) and not QSettings().value(INVITED):
            self.invitation = InvitationBar(self, window)
            window.addToolBar(Qt.TopToolBarArea, self.invitation)

    @property
    def lessons(self) -> list:
        """The shipped lessons (read on first use), then the files opened in this run."""
        if self._lessons is None:
            self._lessons, self.errors = load_lessons()
            self.dock.set_lessons(self._lessons)
        return self._lessons

    @lessons.setter
    def lessons(self, value) -> None:
        self._lessons = list(value)
        self.dock.set_lessons(self._lessons)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self.window and event.type() == QEvent.Close:
            self.runner.suspend()  # no more checks or frame once the window goes
        return False

    # --- the dock -------------------------------------------------------------------------
    def set_visible(self, on: bool) -> None:
        if on:
            self.show_dock()
        else:
            self.dock.hide()

    def show_dock(self) -> None:
        if not self.dock.isVisible():
            self.dock.show()
            self.placement.place(opening=True)  # beside the panel, or along the bottom
        self.dock.raise_()

    def _on_dock_visible(self, visible: bool) -> None:
        act = getattr(self.window, "lessons_action", None)
        if act is not None:
            try:
                act.setChecked(self.dock.isVisible())
            except RuntimeError:  # the menu bar was rebuilt
                pass
        if visible:
            _ = self.lessons  # the list, read now if it was not yet
            self.runner.resume()
        else:
            self.runner.suspend()

    # --- lessons --------------------------------------------------------------------------
    def lesson(self, lesson_id: str):
        return next((x for x in self.lessons if x.id == lesson_id), None)

    def start(self, lesson, step: int | None = None) -> None:
        """Open ``lesson`` in the dock at ``step`` (default: where the learner left it)."""
        self.dismiss_invitation()
        self.show_dock()
        self.runner.start(lesson, step)

    def start_first(self) -> None:
        if self.lessons:
            self.start(self.lessons[0])

    def dismiss_invitation(self) -> None:
        bar, self.invitation = self.invitation, None
        if bar is not None:
            if self.remember:
                QSettings().setValue(INVITED, True)
            self.window.removeToolBar(bar)
            bar.deleteLater()

    def open_path(self, path: str):
        """Read a teacher's lesson file and start it; a refused file is reported in a
        message box (with its line). Returns the lesson or None."""
        try:
            lesson = parse_lesson(path)
        except LessonError as e:
            box = QMessageBox(QMessageBox.Warning, _tr("Lesson refused"), tr_message(e), QMessageBox.Ok, self.window)
            box.setAttribute(Qt.WA_DeleteOnClose)
            box.open()
            self.refusal_box = box
            return None
        self.lessons = [x for x in self.lessons if x.id != lesson.id] + [lesson]
        self.start(lesson, 1)
        return lesson

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, _tr("Open a lesson"), "", _tr("Lessons (*.toml)"))
        if path:
            self.open_path(path)


def install(window) -> LessonsController:
    controller = LessonsController(window, remember=bool(getattr(window, "_remember", True)))
    window.lessons = controller
    return controller


def add_menus(window) -> None:
    view, file = window.view_menu, window.file_menu
    act = QAction(_tr("L&essons"), view, checkable=True)
    act.setShortcut(QKeySequence(Qt.Key_F2))
    act.setToolTip(_tr("Show or hide the Lessons panel: guided steps through the panels"))
    controller = getattr(window, "lessons", None)
    act.setChecked(controller is not None and controller.dock.isVisible())
    act.triggered.connect(lambda on: _controller(window) and _controller(window).set_visible(on))
    actions = view.actions()
    after_panels = next((a for a in actions if a.isSeparator()), None)
    view.insertAction(after_panels, act) if after_panels is not None else view.addAction(act)
    window.lessons_action = act

    open_act = QAction(_tr("Open &lesson…"), file)
    open_act.setToolTip(_tr("Open a lesson file (.toml) of your own in the Lessons panel"))
    open_act.triggered.connect(lambda: _controller(window) and _controller(window).open_file())
    actions = file.actions()
    quit_act = getattr(window, "quit_action", None)
    k = actions.index(quit_act) if quit_act in actions else len(actions)
    if k > 0 and actions[k - 1].isSeparator():
        k -= 1
    file.insertAction(actions[k], open_act) if k < len(actions) else file.addAction(open_act)
    window.open_lesson_action = open_act


def _controller(window):
    return getattr(window, "lessons", None)
