"""Lessons: the parser refuses bad files naming the file and the line; every step of every
lesson (the shipped ones in resources/lessons and the example of resources/lessons/README.md)
applies, highlights a visible widget and has a wait that its Show me action meets, in both
languages; the dock's buttons, the learner's place, the menus, the invitation, the
highlight, the built-in digits, ``dlviz lessons --list`` and ``dlviz screenshot lesson:…``."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QScrollArea

from dlviz.ui import i18n
from dlviz.ui.lessons import model
from dlviz.ui.lessons.digits import DIGIT_STROKES, digit_strokes
from dlviz.ui.lessons.highlight import AMBER, visible_rect
from dlviz.ui.lessons.model import LessonError, load_lessons, parse_lesson, parse_text
from dlviz.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
LESSONS = ROOT / "resources" / "lessons"
README = LESSONS / "README.md"


def readme_example() -> str:
    """The complete example of resources/lessons/README.md (the first ```toml block)."""
    m = re.search(r"```toml\n(.*?)```", README.read_text("utf-8"), re.S)
    assert m, "resources/lessons/README.md has no ```toml example"
    return m.group(1)


def shipped_files() -> list[Path]:
    return sorted(LESSONS.glob("*.toml"))


# --- a small valid lesson, and ways to break it ------------------------------------------------
def step_text(k: int, panel: str = "conv", extra: str = "") -> str:
    return (f'[[step]]\npanel = "{panel}"\nhighlight = "panel"\n'
            f'text.en = "Step {k}."\ntext.zh_CN = "第 {k} 步。"\n{extra}\n')


def lesson_text(steps: int = 4, head: str = 'id = "t"\nversion = 1\n', body: dict | None = None) -> str:
    """A valid lesson of ``steps`` steps; ``body`` replaces step k's extra lines."""
    out = head + '[title]\nen = "T"\nzh_CN = "测试"\n\n'
    for k in range(1, steps + 1):
        out += step_text(k, extra=(body or {}).get(k, ""))
    return out


def line_of(text: str, needle: str, nth: int = 1) -> int:
    """The 1-based line holding the ``nth`` occurrence of ``needle``."""
    hits = [i for i, line in enumerate(text.splitlines(), 1) if needle in line]
    return hits[nth - 1]


def refused(text: str, name: str = "bad.toml") -> LessonError:
    with pytest.raises(LessonError) as info:
        parse_text(text, name)
    return info.value


def test_a_good_lesson_is_read_into_steps(qapp):
    lesson = parse_text(lesson_text(5, body={2: 'state = { stride = 2 }\nwait = { state = { padding = [0, 0] } }\n'
                                               'show = { state = { padding = 0 } }'}))
    assert lesson.id == "t" and len(lesson) == 5 and lesson.title.get("zh_CN") == "测试"
    s = lesson.steps[1]
    assert s.panel == "conv" and s.state == {"stride": [2, 2]}  # in the snapshot's JSON form
    assert s.wait.state == {"padding": [0, 0]} and s.show.kind == "state" and s.show.value == {"padding": [0, 0]}
    assert s.line == line_of(lesson_text(5), "[[step]]", 2)


@pytest.mark.parametrize("case", [
    "syntax", "unknown_panel", "unknown_field", "bad_value", "missing_language", "unknown_language",
    "wait_kind", "too_few", "too_many", "wait_without_show", "future_version", "unknown_key",
    "unknown_fact", "fact_type", "draw_panel", "bad_key", "bad_id", "no_title", "show_two",
])
def test_bad_lessons_are_refused_with_the_file_and_the_line(qapp, case):
    base = lesson_text(6)
    if case == "syntax":
        text = base.replace('text.en = "Step 3."', 'text.en = "Step 3.')
        e = refused(text)
        assert e.line == line_of(text, 'text.en = "Step 3.') and "not valid TOML" in str(e)
        assert str(e).startswith(f"lesson bad.toml, line {e.line}: ")
        return
    if case == "unknown_panel":
        text = base.replace('panel = "conv"', 'panel = "convv"', 3).replace('panel = "convv"', 'panel = "conv"', 2)
        e = refused(text, "02-stride.toml")
        assert str(e) == f"lesson 02-stride.toml, line {line_of(text, 'convv')}: step 3: unknown panel 'convv' " \
                         f"(the panels are conv, pool, rnn, train, gan, draw, activations, attention)"
        return
    wanted = {  # case: (the text, the step, the line's needle, words of the reason)
        "unknown_field": (lesson_text(6, body={4: "state = { strid = 2 }"}), 4, "strid", "unknown field 'strid'"),
        "bad_value": (lesson_text(6, body={2: "state = { stride = 99 }"}), 2, "stride = 99", "'stride': 99 is too large"),
        "missing_language": (base.replace('text.zh_CN = "第 5 步。"', ""), 5, 'text.en = "Step 5."', "'text' has no zh_CN text"),
        "unknown_language": (lesson_text(6, body={1: 'question.en = "Q"\nquestion.fr = "Q"\nquestion.zh_CN = "问"'}),
                             1, "question.fr", "unknown language 'fr'"),
        "wait_kind": (lesson_text(6, body={3: 'wait = { stat = { stride = 2 } }\nshow = { state = { stride = 2 } }'}),
                      3, "wait =", "unknown wait kind 'stat'"),
        "too_few": (lesson_text(3), None, "id =", "a lesson has 4–12 steps, this one has 3"),
        "too_many": (lesson_text(13), 13, None, "a lesson has 4–12 steps, this one has 13"),
        "wait_without_show": (lesson_text(6, body={6: "wait = { state = { stride = [2, 2] } }"}), 6, "wait =",
                              "a step with a wait needs a show"),
        "future_version": (lesson_text(6, head='id = "t"\nversion = 2\n'), None, "version = 2",
                           "made for a newer dlviz (lesson format 2; this one reads up to 1)"),
        "unknown_key": (lesson_text(6, body={2: 'hightlight = "stride"'}), 2, "hightlight", "unknown key 'hightlight'"),
        "unknown_fact": (lesson_text(6, body={2: 'wait = { facts = { plays = true } }\nshow = { key = "Space" }'}),
                         2, "plays", "unknown fact 'plays' of the conv panel"),
        "fact_type": (lesson_text(6, body={2: 'wait = { facts = { playing = 1 } }\nshow = { key = "Space" }'}),
                      2, "playing", "the fact 'playing' is true or false, not 1"),
        "draw_panel": (lesson_text(6, body={5: 'wait = { facts = { playing = true } }\nshow = { draw = 7 }'}),
                       5, "draw = 7", "draw works in a step of the draw panel"),
        "bad_key": (lesson_text(6, body={2: 'wait = { facts = { playing = true } }\nshow = { key = "Spaec bar" }'}),
                    2, "Spaec", "is not a key"),
        "bad_id": (lesson_text(6, head='id = "My Lesson"\nversion = 1\n'), None, "id =", "may hold only small letters"),
        "no_title": (lesson_text(6).replace('[title]\nen = "T"\nzh_CN = "测试"\n', ""), None, None, "'title' is missing"),
        "show_two": (lesson_text(6, body={2: 'wait = { facts = { playing = true } }\n'
                                             'show = { key = "Space", click = "play" }'}), 2, "show =",
                     "a show is one action"),
    }
    text, step, needle, words = wanted[case]
    e = refused(text)
    assert words in str(e), str(e)
    assert e.step == step, str(e)
    line = line_of(text, needle) if needle else (line_of(text, "[[step]]", step) if step else 1)
    assert e.line == line, str(e)
    prefix = f"lesson bad.toml, line {line}: " + (f"step {step}: " if step else "")
    assert str(e).startswith(prefix), str(e)


def test_files_that_cannot_be_read_are_refused(qapp, tmp_path):
    missing = tmp_path / "missing.toml"
    with pytest.raises(LessonError, match="lesson missing.toml, line 1: the file cannot be read"):
        parse_lesson(missing)
    latin = tmp_path / "latin.toml"
    latin.write_bytes(b'id = "t"\nversion = 1\n# caf\xe9\n')
    with pytest.raises(LessonError, match="lesson latin.toml, line 3: the file is not UTF-8 text"):
        parse_lesson(latin)
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * (model.MAX_BYTES + 1))
    with pytest.raises(LessonError, match="too large"):
        parse_lesson(big)


def test_the_folder_names_files_by_their_id_and_reports_bad_ones(qapp, tmp_path):
    (tmp_path / "01-t.toml").write_text(lesson_text(4), "utf-8")
    (tmp_path / "02-other.toml").write_text(lesson_text(4), "utf-8")  # id "t" again, wrong name
    (tmp_path / "03-x.toml").write_text(lesson_text(2).replace('id = "t"', 'id = "x"'), "utf-8")
    lessons, errors = load_lessons(tmp_path)
    assert [x.id for x in lessons] == ["t"]
    text = "\n".join(map(str, errors))
    assert "lesson 02-other.toml, line 1: the file of the lesson 't' must be named NN-t.toml" in text
    assert "lesson 03-x.toml, line 1: a lesson has 4–12 steps, this one has 2" in text
    # the files are read again when they change (each window reads the folder)
    (tmp_path / "01-t.toml").write_text(lesson_text(5), "utf-8")
    (tmp_path / "03-x.toml").write_text(lesson_text(4).replace('id = "t"', 'id = "x"'), "utf-8")
    lessons, errors = load_lessons(tmp_path)
    assert [(x.id, len(x)) for x in lessons] == [("t", 5), ("x", 4)] and len(errors) == 1


def test_the_refusals_are_translated(qapp):
    e = refused(lesson_text(6, body={4: "state = { strid = 2 }"}))
    i18n.install_translators(QApplication.instance(), i18n.CHINESE)
    try:
        shown = i18n.tr_message(e)
    finally:
        i18n.install_translators(QApplication.instance(), i18n.ENGLISH)
    assert "bad.toml" in shown and "strid" in shown and str(e.line) in shown


# --- the built-in digits ---------------------------------------------------------------------
def test_the_shipped_convnet_reads_every_built_in_digit_through_the_draw_panel(qtbot, app_state):
    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    win.show()
    win.show_panel("draw")
    panel = win.panel("draw")
    assert panel.state.model == "shipped:convnet"
    read = {}
    for digit in sorted(DIGIT_STROKES):
        assert panel.state.set("strokes", digit_strokes(digit))
        panel.refresh_now()
        read[digit] = (panel.prediction.top, float(panel.prediction.confidence))
    assert {d: top for d, (top, _) in read.items()} == {d: d for d in range(10)}, read
    assert min(conf for _, conf in read.values()) > 0.5, read
    win.close()


def test_a_lesson_sends_the_drawing_to_the_attention_panel(qtbot, app_state):
    """Show me of a step that waits for the Attention panel's input presses Draw's
    send_attention: the ViT reads the Draw panel's 28×28 input."""
    send = ('wait = { panel = "attention", state = { source = "drawing" } }\nshow = { click = "send_attention" }\n'
            'done.en = "Sent."\ndone.zh_CN = "发送好了。"')
    text = lesson_text(4, body={1: 'state = { strokes = [] }\nwait = { facts = { prediction = 7 } }\nshow = { draw = 7 }',
                                2: send})
    text = text.replace('panel = "conv"', 'panel = "draw"', 2).replace('highlight = "panel"', 'highlight = "send_attention"', 2)
    lesson = parse_text(text, "send.toml")
    win = _window(qtbot, app_state)
    runner = win.lessons.runner
    win.lessons.start(lesson, 1)
    try:
        assert runner.show_me()
        qtbot.waitUntil(lambda: runner.met, timeout=5000)
        runner.go(2)
        _pump(qtbot)
        assert runner.problems == [] and runner.highlight.target().objectName() == "send_attention"
        assert not runner.condition()
        sent = win.panel("draw").current_input()
        assert runner.show_me(), runner.problems
        qtbot.waitUntil(lambda: runner.met, timeout=5000)
        att = win.panel("attention")
        assert win.current_panel_id() == "attention" and att.state.source == "drawing"
        np.testing.assert_allclose(np.asarray(att.state.drawing), sent, atol=1e-6)
        assert att.session.trace is not None and "7" in att.prediction.text()
    finally:
        win.close()


# --- walking every step of every lesson --------------------------------------------------------
def _all_lessons():
    out = [pytest.param(("README", readme_example()), id="readme-example")]
    out += [pytest.param((p.name, None), id=p.stem) for p in shipped_files()]
    return out


@pytest.fixture
def language(request, qapp):
    i18n.install_translators(QApplication.instance(), request.param)
    yield request.param
    i18n.install_translators(QApplication.instance(), i18n.ENGLISH)


def _pump(qtbot, ms: int = 30):
    qtbot.wait(ms)


def _stop_jobs(qtbot, win):
    for p in win.created_panels().values():
        if p.session is not None and hasattr(p.session, "stop") and p.is_busy():
            p.session.stop()
    qtbot.waitUntil(lambda: not any(t.busy() for t in win._tabs.values()), timeout=60000)


def _window(qtbot, app_state, size=(1024, 720)):
    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    _pump(qtbot)
    return win


def _snapshot_has(snap: dict, values: dict) -> bool:
    from dlviz.ui.lessons.engine import _same

    return all(k in snap and _same(json.loads(json.dumps(snap[k])), v) for k, v in values.items())


@pytest.mark.parametrize("language", [i18n.ENGLISH, i18n.CHINESE], indirect=True)
@pytest.mark.parametrize("source", _all_lessons())
def test_every_step_of_every_lesson_works(qtbot, app_state, language, source):
    name, text = source
    lesson = parse_text(text, "README.md") if text is not None else parse_lesson(LESSONS / name)
    win = _window(qtbot, app_state)
    ctl = win.lessons
    runner = ctl.runner
    ctl.start(lesson, 1)
    try:
        for step in lesson.steps:
            where = f"{lesson.id} step {step.number} ({language})"
            runner.go(step.number)
            _pump(qtbot)
            assert runner.problems == [], (where, runner.problems)
            panel = win.panel(step.panel)
            assert win.current_panel_id() == step.panel, where
            assert _snapshot_has(panel.snapshot(), step.state), where
            dock = ctl.dock
            assert dock.text.text() and step.text.get(language)[:8] in dock.text.text().replace("<br>", "\n"), where
            if step.highlight:
                target = runner.highlight.target()
                assert target is not None, (where, step.highlight)
                assert target is panel or panel.isAncestorOf(target), where
                assert target.isVisible() and not visible_rect(target, win).isEmpty(), where
                assert runner.highlight.isVisible() and not runner.highlight.geometry().isEmpty(), where
            if step.wait is None:
                assert runner.check() and dock.next_btn.isEnabled(), where
                continue
            assert not runner.condition(), f"{where}: the wait is met before its action"
            assert not dock.next_btn.isEnabled() and dock.skip_btn.isVisible(), where
            assert runner.show_me(), (where, runner.problems)
            slow = step.panel in ("train", "gan")
            qtbot.waitUntil(lambda: runner.met, timeout=180000 if slow else 5000)
            assert runner.condition(), where
            assert dock.next_btn.isEnabled() and "✓" in dock.wait_label.text(), where
            if step.done is not None:
                assert step.done.get(language)[:6] in dock.wait_label.text(), where
    finally:
        _stop_jobs(qtbot, win)
        win.close()


# --- the dock ------------------------------------------------------------------------------
@pytest.fixture
def example_lessons(monkeypatch, qapp, tmp_path):
    """The window's lessons: the README example and a small lesson that draws (instead of
    the shipped ones, which other helpers write)."""
    draw_steps = {1: 'state = { strokes = [] }\nwait = { facts = { prediction = 3 } }\nshow = { draw = 3 }\n'
                     'done.en = "A three."\ndone.zh_CN = "是 3。"'}
    text = lesson_text(4, head='id = "drawing"\nversion = 1\n', body=draw_steps).replace('panel = "conv"', 'panel = "draw"', 1)
    lessons = [parse_text(readme_example(), "README.md"), parse_text(text, "02-drawing.toml")]
    monkeypatch.setattr("dlviz.ui.lessons.window.load_lessons", lambda: (list(lessons), []))
    folder = tmp_path / "lessons"
    folder.mkdir()
    (folder / "01-stride-example.toml").write_text(readme_example(), "utf-8")
    monkeypatch.setattr("dlviz.ui.lessons.window.lessons_dir", lambda: folder)  # the invitation asks if any
    return lessons


def test_the_dock_buttons_walk_a_lesson(qtbot, app_state, example_lessons):
    win = _window(qtbot, app_state)
    dock, runner = win.lessons.dock, win.lessons.runner
    assert not dock.isVisible() and not win.lessons_action.isChecked()
    win.lessons_action.trigger()  # View → Lessons (F2)
    assert dock.isVisible() and win.lessons_action.isChecked()
    assert dock.pages.currentWidget() is dock.list_page and dock.list.count() == 2
    assert "Stride in four steps" in dock.list.item(0).text() and "4 steps" in dock.list.item(0).text()
    line = dock.list.fontMetrics().lineSpacing()
    assert all(dock.list.item(i).sizeHint().height() >= 2 * line for i in range(2))  # title and steps, whole
    dock.list.setCurrentRow(0)
    dock.start_btn.click()
    assert dock.pages.currentWidget() is dock.step_page and runner.index == 0
    assert dock.progress_label.text() == "Step 1 of 4" and not dock.back_btn.isEnabled()
    assert dock.next_btn.isEnabled() and not dock.show_btn.isVisible()
    assert runner.highlight.target().objectName() == "stride"
    dock.next_btn.click()  # step 2 waits for stride 2
    assert dock.progress_label.text() == "Step 2 of 4"
    assert not dock.next_btn.isEnabled() and dock.show_btn.isEnabled() and dock.skip_btn.isVisible()
    assert "☐" in dock.wait_label.text()
    win.panel("conv").state.set("stride", (2, 2))  # the learner does it
    assert runner.met and dock.next_btn.isEnabled() and "14×14" in dock.wait_label.text()
    dock.back_btn.click()
    assert runner.index == 0 and win.panel("conv").state.stride == (1, 1)  # step 1's settings again
    dock.next_btn.click()
    dock.show_btn.click()  # Show me
    assert runner.met and win.panel("conv").state.stride == (2, 2)
    dock.next_btn.click()
    assert not dock.next_btn.isEnabled()
    dock.skip_btn.click()  # Skip: on without pressing Play
    assert runner.index == 3 and not win.panel("conv").player.playing
    assert dock.next_btn.text() == "Finish"
    dock.restart_btn.click()
    assert runner.index == 0
    for _ in range(3):
        dock.skip_btn.click() if dock.skip_btn.isVisible() else dock.next_btn.click()
    dock.next_btn.click()  # Finish
    assert runner.lesson is None and dock.pages.currentWidget() is dock.list_page
    assert dock.list.currentRow() == 1  # the next lesson is ready
    dock.start_btn.click()
    assert win.current_panel_id() == "draw" and not dock.next_btn.isEnabled()
    dock.show_btn.click()  # draws a 3
    assert runner.met and win.panel("draw").prediction.top == 3 and "A three." in dock.wait_label.text()
    dock.all_btn.click()
    assert dock.pages.currentWidget() is dock.list_page and runner.lesson is None
    assert not runner.highlight.isVisible()
    win.lessons_action.trigger()
    assert not dock.isVisible()
    win.close()


def test_the_learner_resumes_where_they_left_and_finished_lessons_are_marked(qtbot, app_state, example_lessons):
    win = MainWindow(app_state, restore=True)
    qtbot.addWidget(win)
    win.show()
    ctl = win.lessons
    ctl.start(ctl.lessons[0])
    assert ctl.runner.index == 0
    ctl.runner.go(3)
    win.close()
    assert QSettings().value("lessons/stride-example/step") in (3, "3")

    win2 = MainWindow(app_state, restore=True)
    qtbot.addWidget(win2)
    win2.show()
    dock = win2.lessons.dock
    assert "at step 3" in dock.list.item(0).text() and dock.start_btn.text() == "Continue at step 3"
    dock.start_btn.click()
    assert win2.lessons.runner.index == 2 and dock.progress_label.text() == "Step 3 of 4"
    win2.lessons.runner.go(4)
    dock.next_btn.click()  # Finish
    assert dock.list.item(0).text().startswith("✓ ")
    assert QSettings().value("lessons/stride-example/step") in (1, "1")
    win2.close()


def test_the_invitation_shows_once_and_starts_the_first_lesson(qtbot, app_state, example_lessons):
    win = MainWindow(app_state, restore=True)
    qtbot.addWidget(win)
    win.show()
    bar = win.lessons.invitation
    assert bar is not None and bar.isVisible() and "5 minutes" in bar.label.text()
    bar.later_btn.click()  # Not now
    assert win.lessons.invitation is None and not win.lessons.dock.isVisible()
    win.close()
    win2 = MainWindow(app_state, restore=True)
    qtbot.addWidget(win2)
    assert win2.lessons.invitation is None  # remembered
    win2.close()
    QSettings().remove("lessons/invited")
    win3 = MainWindow(app_state, restore=True)
    qtbot.addWidget(win3)
    win3.show()
    win3.lessons.invitation.start_btn.click()
    assert win3.lessons.dock.isVisible() and win3.lessons.runner.lesson is win3.lessons.lessons[0]
    assert win3.lessons.invitation is None
    win3.close()
    plain = MainWindow(app_state, restore=False)  # screenshots, tests: never invited
    qtbot.addWidget(plain)
    assert plain.lessons.invitation is None
    plain.close()


def test_open_lesson_reads_a_teachers_file_or_says_what_is_wrong(qtbot, app_state, example_lessons, tmp_path, monkeypatch):
    good = tmp_path / "mine.toml"
    good.write_text(lesson_text(4, head='id = "mine"\nversion = 1\n'), "utf-8")
    bad = tmp_path / "broken.toml"
    text = lesson_text(5, body={3: "state = { strid = 2 }"})
    bad.write_text(text, "utf-8")
    win = _window(qtbot, app_state)
    assert win.open_lesson_action in win.file_menu.actions()
    chosen = [str(good)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen[0], "Lessons (*.toml)"))
    win.open_lesson_action.trigger()
    assert win.lessons.runner.lesson.id == "mine" and win.lessons.dock.isVisible()
    assert [x.id for x in win.lessons.lessons][-1] == "mine"
    chosen[0] = str(bad)
    win.open_lesson_action.trigger()
    box = win.lessons.refusal_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert f"broken.toml, line {line_of(text, 'strid')}: step 3: unknown field 'strid'" in box.text()
    assert win.lessons.runner.lesson.id == "mine"  # nothing changed
    box.close()
    win.close()


def test_a_language_switch_keeps_the_step_and_finds_the_highlight_again(qtbot, app_state, example_lessons):
    win = _window(qtbot, app_state, (1366, 740))
    ctl = win.lessons
    ctl.start(ctl.lessons[0], 2)
    old = ctl.runner.highlight.target()
    assert old.objectName() == "stride"
    try:
        win.set_language(i18n.CHINESE)
        qtbot.waitUntil(lambda: ctl.runner.highlight.target() not in (None, old), timeout=3000)
        assert "现在把步幅改成 2" in ctl.dock.text.text() and ctl.runner.index == 1
        assert ctl.runner.highlight.target().objectName() == "stride" and ctl.runner.highlight.isVisible()
        assert win.lessons_action.shortcut().toString() == "F2" and win.lessons_action.isChecked()
        win.panel("conv").state.set("stride", (2, 2))  # the new panel's state is the same
        assert ctl.runner.met
    finally:
        win.set_language(i18n.ENGLISH)
    win.close()


# --- the highlight ---------------------------------------------------------------------------
def _amber_pixels(img: QImage) -> int:
    img = img.convertToFormat(QImage.Format_RGB32)
    a = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)
    b, g, r = (a[..., i].astype(int) for i in range(3))
    return int(np.sum((abs(r - AMBER.red()) < 8) & (abs(g - AMBER.green()) < 8) & (abs(b - AMBER.blue()) < 8)))


def test_the_highlight_frames_its_target_and_follows_it(qtbot, app_state, example_lessons):
    win = _window(qtbot, app_state, (1366, 740))
    ctl = win.lessons
    ctl.start(ctl.lessons[0], 4)  # the formula
    hl = ctl.runner.highlight
    target = hl.target()
    _pump(qtbot, 50)
    shown = visible_rect(target, win)
    geo = hl.geometry()
    k = hl.thickness()
    assert k == 4 + 2 * hl.outline()  # 4 px of amber at 100 % zoom, a dark line on each side
    assert geo.contains(shown) and geo.width() <= shown.width() + 2 * k
    assert _amber_pixels(win.grab().toImage()) >= 2 * 4 * (shown.width() + shown.height())
    win.resize(1100, 700)  # the target moves: the frame goes with it
    _pump(qtbot, 50)
    assert hl.geometry().contains(visible_rect(target, win))
    # a target scrolled out of sight is scrolled back into view
    win.resize(1024, 420)
    ctl.runner.go(1)  # the stride, low in the settings column
    stride = hl.target()
    areas = []
    w = stride.parentWidget()
    while w is not None:
        if isinstance(w, QScrollArea):
            areas.append(w)
        w = w.parentWidget()
    _pump(qtbot, 50)
    for area in areas:
        area.verticalScrollBar().setValue(0)
    _pump(qtbot, 50)
    assert visible_rect(stride, win).isEmpty() and not hl.isVisible()  # scrolled away: no frame
    ctl.runner.go(1)
    _pump(qtbot, 50)
    assert any(a.verticalScrollBar().value() > 0 for a in areas)
    assert not visible_rect(stride, win).isEmpty() and hl.isVisible()
    assert hl.geometry().intersects(visible_rect(stride, win))
    win.close()


# --- the command line ---------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_lessons_list_prints_id_steps_and_title(qapp, lang):
    args = [sys.executable, "-m", "dlviz", "lessons", "--list"] + (["--lang", lang] if lang != "en" else [])
    done = subprocess.run(args, capture_output=True, text=True, encoding="utf-8", timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    lessons, errors = load_lessons(LESSONS)
    assert done.returncode == (1 if errors else 0), done.stderr
    expected = [f"{x.id}\t{len(x.steps)}\t{x.title.get(lang)}" for x in lessons]
    assert done.stdout.splitlines() == expected
    for e in errors:
        assert e.file in done.stderr


def test_lessons_check_says_what_is_wrong(qapp, tmp_path):
    bad = tmp_path / "02-stride.toml"
    text = lesson_text(6).replace('panel = "conv"', 'panel = "convv"', 3).replace('panel = "convv"', 'panel = "conv"', 2)
    bad.write_text(text, "utf-8")
    good = tmp_path / "example.toml"
    good.write_text(readme_example(), "utf-8")
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "dlviz", "lessons", "--check", str(bad)], capture_output=True,
                          text=True, encoding="utf-8", timeout=120, env=env)
    assert done.returncode == 1
    assert f"lesson 02-stride.toml, line {line_of(text, 'convv')}: step 3: unknown panel 'convv'" in done.stderr
    done = subprocess.run([sys.executable, "-m", "dlviz", "lessons", "--check", str(good)], capture_output=True,
                          text=True, encoding="utf-8", timeout=120, env=env)
    assert done.returncode == 0 and done.stdout.strip() == "stride-example\t4\tStride in four steps"


def test_screenshot_of_a_lesson_step_draws_the_dock_and_the_highlight(qapp, tmp_path, example_lessons):
    from dlviz.commands.lessons import parse_target, render_lesson

    assert parse_target("lesson:stride-example:2") == ("stride-example", 2)
    for bad in ("lesson:x", "lesson::2", "lesson:x:two", "x:y:1"):
        with pytest.raises(ValueError):
            parse_target(bad)
    out = tmp_path / "step.png"
    render_lesson("lesson:stride-example:4", str(out), (1024, 768))
    img = QImage(str(out))
    assert img.width() == 1024 and img.height() == 768
    assert _amber_pixels(img) > 400
    with pytest.raises(ValueError, match="steps 1–4, not 9"):
        render_lesson("lesson:stride-example:9", str(tmp_path / "x.png"))
    with pytest.raises(ValueError, match="no lesson 'nope'"):
        render_lesson("lesson:nope:1", str(tmp_path / "x.png"))


def test_dlviz_screenshot_takes_a_lesson_step(qapp, tmp_path, example_lessons, capsys):
    from dlviz.app import build_parser

    out = tmp_path / "shot.png"
    args = build_parser().parse_args(["screenshot", "lesson:stride-example:2", str(out), "--size", "1366x768"])
    assert args._run(args) == 0 and capsys.readouterr().out.strip() == str(out)
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1366, 768) and _amber_pixels(img) > 400
    args = build_parser().parse_args(["screenshot", "lesson:stride-example", str(out)])
    assert args._run(args) == 1 and "lesson:ID:STEP" in capsys.readouterr().err


def test_the_frame_and_the_dock_titles_follow_the_zoom(qtbot, app_state, example_lessons, monkeypatch):
    import types

    import dlviz.ui as ui
    from dlviz.ui.lessons.highlight import Highlight, zoom_factor

    win = _window(qtbot, app_state)
    hl = win.lessons.runner.highlight
    assert hl.thickness() == 4 + 2 * 1
    fake = types.SimpleNamespace(zoom=lambda: 2.0)  # dlviz.ui.zoom at 200 %
    monkeypatch.setitem(sys.modules, "dlviz.ui.zoom", fake)
    monkeypatch.setattr(ui, "zoom", fake, raising=False)
    assert zoom_factor() == 2.0 and hl.thickness() == 8 + 2 * 2 and isinstance(hl, Highlight)
    app = QApplication.instance()
    font = app.font()
    bigger = type(font)(font)
    bigger.setPointSizeF(font.pointSizeF() * 2)
    try:
        app.setFont(bigger)  # what a zoom does
        qtbot.wait(20)
        assert abs(win.lessons.dock.title.font().pointSizeF() - 1.15 * bigger.pointSizeF()) < 0.2
        assert win.lessons.dock.title.font().bold()
        assert win.lessons.dock.body.minimumWidth() == 360  # 240 px × 1.5 (wider zooms: no more)
    finally:
        app.setFont(font)
    win.close()


def test_a_screenshot_reaches_its_step_as_a_learner_who_did_the_steps_before(qtbot, app_state, example_lessons):
    from dlviz.commands.lessons import replay

    win = _window(qtbot, app_state)
    ctl = win.lessons
    ctl.start(ctl.lessons[1], 1)  # the drawing lesson: step 1 draws a 3 (Show me)
    replay(ctl.runner, 3)
    assert ctl.runner.index == 2 and win.panel("draw").state.strokes
    assert win.panel("draw").prediction.top == 3
    ctl.start(ctl.lessons[0], 1)
    replay(ctl.runner, 3)  # the stride example: step 2's Show me sets the stride
    assert win.panel("conv").state.stride == (2, 2) and not win.panel("conv").player.playing
    win.close()


@pytest.mark.parametrize("name, panel_id, field, left", [
    ("01-convolution.toml", "conv", "direction", "backward"),
    ("02-stride-padding.toml", "conv", "direction", "backward"),
    ("03-pooling.toml", "pool", "direction", "backward"),
    ("04-cnn-layers.toml", "draw", "why", "saliency"),
])
def test_a_lesson_puts_back_the_view_it_is_about(qtbot, app_state, name, panel_id, field, left):
    """Panels remember their views (Backward, a 'Why?' map); a lesson about the forward pass
    or the feature maps sets its view in its [setup], whatever the learner left on."""
    lesson = parse_lesson(LESSONS / name)
    win = _window(qtbot, app_state)
    win.panel(panel_id).state.set(field, left)
    assert getattr(win.panel(panel_id).state, field) == left
    ctl = win.lessons
    ctl.start(lesson, 1)
    try:
        for step in lesson.steps:
            ctl.runner.go(step.number)
            _pump(qtbot)
            assert ctl.runner.problems == [], (name, step.number, ctl.runner.problems)
            assert getattr(win.panel(panel_id).state, field) != left, (name, step.number)
    finally:
        win.close()
