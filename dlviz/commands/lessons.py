"""The lessons of resources/lessons: ``--list`` prints one line per lesson,
ID<TAB>STEPS<TAB>TITLE (the title in ``--lang``, English by default); ``--check FILE``
reads a lesson file of your own and says what is wrong with it (the file and the line), or
that it is good. ``dlviz screenshot lesson:ID:STEP OUT.png`` renders a lesson's step."""

from __future__ import annotations

import os
import sys


def add_arguments(p):
    p.add_argument("--list", action="store_true", help="print ID<TAB>STEPS<TAB>TITLE, one lesson a line")
    p.add_argument("--lang", default=None, help="the language of the titles: en (default) or zh_CN")
    p.add_argument("--check", metavar="FILE", default=None, help="check a lesson file and say what is wrong")


def _language(code: str | None) -> str | None:
    from dlviz.ui.i18n import normalize  # noqa: PLC0415

    return normalize(code) if code else "en"


def run(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dlviz.ui.lessons.model import LessonError, load_lessons, parse_lesson  # noqa: PLC0415

    lang = _language(args.lang)
    if lang is None:
        print(f"dlviz lessons: unknown language {args.lang!r} (en or zh_CN)", file=sys.stderr)
        return 2
    if args.check:
        try:
            lesson = parse_lesson(args.check)
        except LessonError as e:
            print(f"dlviz lessons: {e}", file=sys.stderr)
            return 1
        print(f"{lesson.id}\t{len(lesson.steps)}\t{lesson.title.get(lang)}")
        return 0
    if not args.list:
        print("dlviz lessons: give --list or --check FILE", file=sys.stderr)
        return 2
    lessons, errors = load_lessons()
    for lesson in lessons:
        print(f"{lesson.id}\t{len(lesson.steps)}\t{lesson.title.get(lang)}")
    for e in errors:
        print(f"dlviz lessons: {e}", file=sys.stderr)
    return 1 if errors else 0


# --- dlviz screenshot lesson:ID:STEP ------------------------------------------------------
def parse_target(text: str) -> tuple[str, int]:
    """``lesson:ID:STEP`` → (ID, STEP), STEP 1-based; ValueError when malformed."""
    parts = text.split(":")
    if len(parts) != 3 or parts[0] != "lesson" or not parts[1]:
        raise ValueError(f"expected lesson:ID:STEP, e.g. lesson:convolution:2, not {text!r}")
    try:
        step = int(parts[2])
    except ValueError:
        raise ValueError(f"the step in {text!r} is not a number") from None
    return parts[1], step


def replay(runner, number: int) -> None:
    """Go to step ``number`` as a learner who did every step before it: each earlier step's
    settings and its Show me action when that is instant (``state``, ``draw``; a ``click``
    or a ``key`` starts a run or an animation, which a still picture cannot wait for)."""
    for step in runner.lesson.steps[: number - 1]:
        runner.go(step.number)
        if step.show is not None and step.show.kind in ("state", "draw"):
            runner.show_me()
    runner.go(number)


def render_lesson(target: str, out: str, size=(1280, 820), lang: str | None = None,
                  theme_name: str | None = None, setup=None) -> str:
    """The main window with the Lessons dock at a step — reached as a learner who did the
    steps before it (``replay``) — its settings applied and its highlight drawn, saved as
    PNG. ``setup(app, window)``, when given, runs once the window
    exists, before the step is applied (e.g. a zoom)."""
    lesson_id, number = parse_target(target)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if lang:
        os.environ["DLVIZ_LANG"] = lang
    from dlviz.app import make_app  # noqa: PLC0415

    app = make_app()
    import time  # noqa: PLC0415

    from PySide6.QtCore import Qt  # noqa: PLC0415

    from dlviz.ui import theme  # noqa: PLC0415
    from dlviz.ui.main_window import MainWindow  # noqa: PLC0415

    if theme_name:
        theme.apply_theme(theme_name, app, remember=False)
    win = MainWindow(restore=False)
    win.resize(*size)
    try:
        ctl = win.lessons
        lesson = ctl.lesson(lesson_id)
        if lesson is None:
            known = ", ".join(x.id for x in ctl.lessons) or "none"
            raise ValueError(f"no lesson {lesson_id!r} (the lessons are: {known})")
        if not 1 <= number <= len(lesson.steps):
            raise ValueError(f"the lesson {lesson_id!r} has steps 1–{len(lesson.steps)}, not {number}")
        win.setAttribute(Qt.WA_DontShowOnScreen, True)
        win.show()
        app.processEvents()
        win._late_init()
        if setup is not None:
            setup(app, win)
        ctl.start(lesson, 1)
        replay(ctl.runner, number)
        end = time.monotonic() + 0.6  # the panels' short timers (a drawing's prediction, a layout)
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)
        ctl.runner.highlight.refresh()
        app.processEvents()
        pix = win.grab()
        if pix.isNull() or not pix.save(out, "PNG"):
            raise OSError(f"could not write {out}")
    finally:
        win.close()
        win.deleteLater()
        app.processEvents()
    return out


def screenshot(args, setup=None) -> int:
    """``dlviz screenshot lesson:ID:STEP OUT.png [--size WxH] [--lang L] [--theme T]``.
    ``setup(app, window)`` runs before the step is applied (where options such as a zoom
    take effect)."""
    from dlviz.commands.screenshot import parse_size  # noqa: PLC0415

    if not args.out:
        print("dlviz screenshot: give lesson:ID:STEP and OUT.png", file=sys.stderr)
        return 2
    try:
        size = parse_size(args.size)
        render_lesson(args.panel, args.out, size, args.lang, theme_name=args.theme, setup=setup)
    except (ValueError, OSError) as e:
        print(f"dlviz screenshot: {e}", file=sys.stderr)
        return 1
    print(args.out)
    return 0
