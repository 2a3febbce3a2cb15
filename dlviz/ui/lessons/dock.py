"""The Lessons side panel (View → Lessons, F2): a dock on the right of the main window, or a
strip along its bottom when the panel shown needs the width (``placement``: a 1024 px
projector). In a column everything is stacked; in a strip the text is on the left and the
progress and the buttons on the right, the text scrolling when it is long (``set_strip``).

Two pages:

- the list: every lesson with its number of steps, the tutorial's sections, a ✓ when it
  was finished and "at step N" when it was left halfway; *Start* (or *Continue*) opens it
  where the learner left it;
- the step: the lesson's title, "Step 3 of 7" with a progress bar, the step's text and its
  question, and — when the step waits — what to do and a ✓ with the step's *done* line once
  it is done; *Back*, *Next* (enabled when the wait is met; *Finish* on the last step),
  *Restart*, *Show me* (performs the step's action, for a teacher at the front) and *Skip*
  (go on without doing it).

Everything shown comes from the runner (``engine.LessonRunner``) and the lesson data, so a
language switch re-renders the same place in the other language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from shiboken6 import isValid

from dlviz.ui import i18n
from dlviz.ui.lessons.engine import is_done, saved_step
from dlviz.ui.lessons.highlight import zoom_factor

MIN_WIDTH = 240
SIDE_STRIP = 320  # px at 100 %: the width of the buttons' column in a strip


def _tr(text: str) -> str:
    return QCoreApplication.translate("LessonsDock", text)


def _label(parent, name: str, rich: bool = False) -> QLabel:
    lab = QLabel(parent)
    lab.setObjectName(name)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.RichText if rich else Qt.PlainText)
    lab.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return lab


def _button(parent, name: str, slot, flat: bool = False) -> QPushButton:
    b = QPushButton(parent)
    b.setObjectName(name)
    b.setFlat(flat)
    b.clicked.connect(slot)
    return b


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


class LessonsDock(QDockWidget):
    """See the module docstring. ``start_requested(lesson)`` asks to open a lesson;
    ``open_file_requested`` asks for File → Open lesson…"""

    start_requested = Signal(object)
    open_file_requested = Signal()

    def __init__(self, runner, lessons, parent=None):
        super().__init__(parent)
        self.setObjectName("lessons_dock")
        self.setAllowedAreas(Qt.AllDockWidgetAreas)  # a column on the side, a strip at the bottom
        self.runner = runner
        self.lessons = list(lessons)
        self.problem_texts: list[str] = []

        body = QWidget(self)
        self.body = body
        outer = QVBoxLayout(body)
        outer.setContentsMargins(8, 6, 8, 8)
        self.pages = QStackedWidget(body)
        outer.addWidget(self.pages)
        self.setWidget(body)
        self.strip = False  # a column (right or left) or a strip (bottom or top): set_strip
        self._boxes: list[tuple[QBoxLayout, QBoxLayout.Direction, QBoxLayout.Direction]] = []

        # --- the list page: the list, then (or beside it, in a strip) its buttons ---------
        page = QWidget(self.pages)
        lay = self._box(page, QBoxLayout.LeftToRight)
        lay.setContentsMargins(0, 0, 0, 0)
        main = QWidget(page)
        col = QVBoxLayout(main)
        col.setContentsMargins(0, 0, 0, 0)
        self.intro = _label(main, "lesson_intro")
        col.addWidget(self.intro)
        self.list = QListWidget(main)
        self.list.setObjectName("lesson_list")
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.ElideNone)
        self.list.setSpacing(2)
        self.list.viewport().installEventFilter(self)  # items measured again at each width
        self.list.itemDoubleClicked.connect(lambda _item: self._start_selected())
        self.list.currentRowChanged.connect(lambda _row: self._render_start_button())
        col.addWidget(self.list, 1)
        lay.addWidget(main, 1)
        self.list_side = QWidget(page)
        row = self._box(self.list_side, QBoxLayout.TopToBottom, QBoxLayout.LeftToRight)
        row.setContentsMargins(0, 0, 0, 0)
        self.start_btn = _button(self.list_side, "lesson_start", self._start_selected)
        self.open_btn = _button(self.list_side, "lesson_open_file", self.open_file_requested.emit)
        row.addWidget(self.start_btn, 1)
        row.addWidget(self.open_btn)
        row.addStretch(0)
        lay.addWidget(self.list_side)
        self.pages.addWidget(page)
        self.list_page = page

        # --- the step page: title and text, then progress and buttons ----------------------
        # (in a strip: the title and the text on the left, progress and buttons on the right)
        page = QWidget(self.pages)
        lay = self._box(page, QBoxLayout.LeftToRight)
        lay.setContentsMargins(0, 0, 0, 0)
        main = QWidget(page)
        col = QVBoxLayout(main)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(4)
        head = self._box(None, QBoxLayout.LeftToRight)
        head.setSpacing(6)
        self.all_btn = _button(main, "lesson_all", self.show_list, flat=True)
        head.addWidget(self.all_btn, 0, Qt.AlignLeft | Qt.AlignVCenter)
        self.title = _label(main, "lesson_title")
        head.addWidget(self.title, 1)
        self.tutorial = _label(main, "lesson_tutorial")
        self.tutorial.setForegroundRole(QPalette.PlaceholderText)
        head.addWidget(self.tutorial)
        col.addLayout(head)
        self._apply_fonts()

        scroll = QScrollArea(main)
        scroll.setObjectName("lesson_text_area")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.text_area = scroll
        inner = QWidget(scroll)
        self.text_column = QVBoxLayout(inner)
        self.text_column.setContentsMargins(0, 4, 4, 4)
        self.text_column.setSpacing(10)
        self.text = _label(inner, "lesson_text", rich=True)
        self.text_column.addWidget(self.text)
        self.question = _label(inner, "lesson_question", rich=True)
        self.text_column.addWidget(self.question)
        self.wait_label = _label(inner, "lesson_wait", rich=True)
        self.wait_label.setFrameShape(QFrame.StyledPanel)
        self.wait_label.setMargin(6)
        self.text_column.addWidget(self.wait_label)
        self.problem_label = _label(inner, "lesson_problem")
        self.problem_label.setStyleSheet("color: #c5221f;")
        self.text_column.addWidget(self.problem_label)
        self.text_column.addStretch(1)
        scroll.setWidget(inner)
        col.addWidget(scroll, 1)
        lay.addWidget(main, 1)

        side = QWidget(page)
        self.step_side = side
        col = QVBoxLayout(side)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(6)
        self.progress_label = _label(side, "lesson_progress")
        col.addWidget(self.progress_label)
        self.progress = QProgressBar(side)
        self.progress.setObjectName("lesson_progress_bar")
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        col.addWidget(self.progress)
        self.skip_btn = _button(side, "lesson_skip", self._skip, flat=True)
        self.show_btn = _button(side, "lesson_show_me", self._show_me)
        row = QHBoxLayout()
        row.addWidget(self.show_btn, 1)
        row.addWidget(self.skip_btn)
        col.addLayout(row)
        row = QHBoxLayout()
        self.back_btn = _button(side, "lesson_back", runner.back)
        self.restart_btn = _button(side, "lesson_restart", runner.restart)
        self.next_btn = _button(side, "lesson_next", runner.next)
        self.next_btn.setDefault(True)
        for b in (self.back_btn, self.restart_btn, self.next_btn):
            row.addWidget(b, 1)
        col.addLayout(row)
        col.addStretch(1)
        lay.addWidget(side)
        self.pages.addWidget(page)
        self.step_page = page
        self.set_strip(False)

        runner.step_changed.connect(self._on_step)
        runner.wait_met.connect(self._on_wait_met)
        runner.problem.connect(self._on_problem)
        runner.finished.connect(self._on_finished)
        self.retranslate()
        self.render_list()

    # --- column or strip ----------------------------------------------------------------------
    def _box(self, widget, strip: QBoxLayout.Direction, column: QBoxLayout.Direction = QBoxLayout.TopToBottom):
        """A box layout laid out along ``column`` in a column and along ``strip`` in a strip."""
        box = QBoxLayout(column, widget) if widget is not None else QBoxLayout(column)
        self._boxes.append((box, column, strip))
        return box

    def set_strip(self, on: bool) -> None:
        """Lay the dock out as a strip (at the bottom: the text on the left, progress and
        buttons on the right, the text scrolling when long) or as a column (on a side)."""
        self.strip = bool(on)
        for box, column, strip in self._boxes:
            box.setDirection(strip if on else column)
        z = min(1.5, zoom_factor())
        for side, least in ((self.step_side, SIDE_STRIP), (self.list_side, 0)):
            if on:
                side.setMinimumWidth(0)
                side.setMaximumWidth(16777215)
                side.setFixedWidth(max(side.minimumSizeHint().width(), side.sizeHint().width(), int(least * z)))
            else:
                side.setMinimumWidth(0)
                side.setMaximumWidth(16777215)
        self.text_column.setSpacing(6 if on else 10)
        # A strip is as wide as the window, but Qt measures a dock's least height at its least
        # width, where the wrapped texts take many lines (a strip of 400 px at 200 %): in a strip
        # the least height is the buttons' column's (the text scrolls).
        if on:
            margins = self.body.layout().contentsMargins()
            self.body.setMinimumHeight(self.step_side.minimumSizeHint().height() + margins.top() + margins.bottom())
        else:
            self.body.setMinimumHeight(0)

    # --- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(_tr("Lessons"))
        self.intro.setText(_tr("Short guided lessons through the panels, in the tutorial's order. "
                               "Pick one and press Start."))
        self.open_btn.setText(_tr("Open file…"))
        self.open_btn.setToolTip(_tr("Open a lesson file of your own (a .toml file; see resources/lessons/README.md)"))
        self.all_btn.setText(_tr("◀ All lessons"))
        self.all_btn.setToolTip(_tr("Back to the list of lessons (your place in this one is kept)"))
        self.back_btn.setText(_tr("Back"))
        self.back_btn.setToolTip(_tr("The previous step"))
        self.restart_btn.setText(_tr("Restart"))
        self.restart_btn.setToolTip(_tr("Start this lesson again from step 1"))
        self.show_btn.setText(_tr("Show me"))
        self.show_btn.setToolTip(_tr("Do this step's action for you (handy at the front of a class)"))
        self.skip_btn.setText(_tr("Skip"))
        self.skip_btn.setToolTip(_tr("Go on without doing this step"))
        self.list.setToolTip(_tr("Double-click a lesson to start it"))
        self.render_list()
        self.render_step()
        self.set_strip(self.strip)  # the buttons' column fits the new words

    def _apply_fonts(self) -> None:
        """The title a little larger and bold, the tutorial's sections a little smaller, both
        from the application font (which a zoom scales)."""
        self.body.setMinimumWidth(self.min_width())
        base = QApplication.font()
        big = QFont(base)
        big.setBold(True)
        big.setPointSizeF(base.pointSizeF() * 1.15)
        self.title.setFont(big)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.9)
        self.tutorial.setFont(small)
        if hasattr(self, "step_side"):
            self.set_strip(self.strip)

    @staticmethod
    def min_width() -> int:
        """The dock's narrowest width: 240 px at 100 %, wider with the zoom (up to 150 %:
        beyond, the window has no room to spare)."""
        return int(MIN_WIDTH * min(1.5, zoom_factor()))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.ApplicationFontChange, QEvent.FontChange):
            self._apply_fonts()
        super().changeEvent(event)

    # --- the list -------------------------------------------------------------------------
    def set_lessons(self, lessons) -> None:
        self.lessons = list(lessons)
        self.render_list()

    def render_list(self) -> None:
        lang = i18n.current_language()
        row = max(0, self.list.currentRow())
        self.list.clear()
        for lesson in self.lessons:
            done = is_done(lesson.id) if self.runner.remember else False
            at = saved_step(lesson.id) if self.runner.remember else 1
            mark = "✓ " if done else ""
            detail = _tr("{0} steps").format(len(lesson.steps))
            if lesson.tutorial:
                detail += " · " + _tr("tutorial {0}").format(lesson.tutorial)
            if at > 1:
                detail += " · " + _tr("at step {0}").format(at)
            item = QListWidgetItem(f"{mark}{lesson.title.get(lang)}\n{detail}")
            item.setData(Qt.UserRole, lesson.id)
            item.setToolTip(_tr("Finished") if done else (_tr("Started: at step {0}").format(at) if at > 1 else ""))
            self.list.addItem(item)
        if self.lessons:
            self.list.setCurrentRow(min(row, len(self.lessons) - 1))
        self._size_items()
        self._render_start_button()

    def _size_items(self) -> None:
        """Each item as tall as its wrapped lines at the list's width (the view would give
        every item one line and cut the rest)."""
        width = max(60, self.list.viewport().width() - 12)
        fm = self.list.fontMetrics()
        for i in range(self.list.count()):
            item = self.list.item(i)
            h = fm.boundingRect(QRect(0, 0, width, 100000), Qt.TextWordWrap, item.text()).height()
            item.setSizeHint(QSize(width, h + 10))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self.list.viewport() and event.type() == QEvent.Resize:
            self._size_items()
        return False

    def _render_start_button(self) -> None:
        lesson = self.selected_lesson()
        at = saved_step(lesson.id) if lesson is not None and self.runner.remember else 1
        self.start_btn.setText(_tr("Continue at step {0}").format(at) if at > 1 else _tr("Start"))
        self.start_btn.setToolTip(_tr("Open the selected lesson where you left it"))
        self.start_btn.setEnabled(lesson is not None)

    def selected_lesson(self):
        row = self.list.currentRow()
        return self.lessons[row] if 0 <= row < len(self.lessons) else None

    def _start_selected(self) -> None:
        lesson = self.selected_lesson()
        if lesson is not None:
            self.start_requested.emit(lesson)

    def show_list(self) -> None:
        """Back to the list (the runner leaves the lesson; the place in it is kept)."""
        self.runner.stop()
        self.render_list()
        self.pages.setCurrentWidget(self.list_page)

    # --- the step -------------------------------------------------------------------------
    def _on_step(self) -> None:
        self.problem_texts = list(self.runner.problems)
        self.pages.setCurrentWidget(self.step_page)
        self.render_step()
        self.text_area.verticalScrollBar().setValue(0)  # a new step reads from its beginning

    def _on_problem(self, text: str) -> None:
        if text not in self.problem_texts:
            self.problem_texts.append(text)
        self.render_step()

    def _on_finished(self, lesson) -> None:
        self.render_list()
        self.pages.setCurrentWidget(self.list_page)
        i = next((k for k, item in enumerate(self.lessons) if item is lesson), -1)
        if 0 <= i + 1 < len(self.lessons):
            self.list.setCurrentRow(i + 1)  # the next lesson, ready to start

    def render_step(self) -> None:
        r = self.runner
        step = r.step
        if step is None:
            return
        lang = i18n.current_language()
        lesson, n = r.lesson, len(r.lesson.steps)
        self.title.setText(lesson.title.get(lang))
        self.tutorial.setText(_tr("Tutorial {0}").format(lesson.tutorial) if lesson.tutorial else "")
        self.tutorial.setVisible(bool(lesson.tutorial))
        self.progress_label.setText(_tr("Step {0} of {1}").format(r.index + 1, n))
        self.progress.setRange(0, n)
        self.progress.setValue(r.index + 1)
        self.text.setText(_escape(step.text.get(lang)))
        if step.question is not None:
            self.question.setText("<i>" + _tr("Think: {0}").format(_escape(step.question.get(lang))) + "</i>")
        self.question.setVisible(step.question is not None)
        if step.wait is None:
            self.wait_label.setVisible(False)
        elif r.met:
            done = step.done.get(lang) if step.done is not None else _tr("Done!")
            self.wait_label.setText("<b style='color:#188038'>✓</b> " + _escape(done))
            self.wait_label.setVisible(True)
        else:
            self.wait_label.setText("☐ " + _tr("Your turn: do what the step says. Next unlocks when it is done "
                                               "(or press Show me)."))
            self.wait_label.setVisible(True)
        self.problem_label.setText("\n".join(self.problem_texts))
        self.problem_label.setVisible(bool(self.problem_texts))
        last = r.index + 1 >= n
        self.next_btn.setText(_tr("Finish") if last else _tr("Next"))
        self.next_btn.setToolTip(_tr("Finish the lesson") if last else _tr("The next step"))
        self.next_btn.setEnabled(not r.waiting)
        self.back_btn.setEnabled(r.index > 0)
        self.show_btn.setEnabled(step.show is not None)
        self.show_btn.setVisible(step.show is not None)
        self.skip_btn.setVisible(r.waiting)

    def _on_wait_met(self) -> None:
        self.render_step()
        QTimer.singleShot(0, self._show_wait)  # once the new text is laid out

    def _show_wait(self) -> None:
        """Scroll the text so that the wait's ✓ shows (a strip has little room)."""
        if isValid(self) and self.wait_label.isVisible():
            self.text_area.ensureWidgetVisible(self.wait_label, 0, 4)

    def _show_me(self) -> None:
        self.runner.show_me()
        self.render_step()

    def _skip(self) -> None:
        self.runner.next()
