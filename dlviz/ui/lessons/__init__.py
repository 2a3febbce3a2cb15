"""Lessons: guided steps through the panels, read from ``resources/lessons/NN-<id>.toml``
(the format: ``resources/lessons/README.md``).

- ``model``: parse and check a lesson file (``parse_lesson``, ``load_lessons``,
  ``LessonError`` naming the file and the line);
- ``facts``: what a step can wait for besides the settings (players, Draw, Training, GAN);
- ``engine``: runs a lesson in the main window (applies a step, highlights, waits, *Show me*);
- ``dock``: the Lessons side panel; ``highlight``: the amber frame around a widget;
- ``window``: what the main window calls — ``add_menus(window)`` at the end of its menu
  building (View → Lessons F2, File → Open lesson…) and ``install(window)`` once (the dock
  and the first-launch invitation).
"""

from __future__ import annotations


def add_menus(window) -> None:
    """View → Lessons (F2) and File → Open lesson… in the window's (re)built menus."""
    from dlviz.ui.lessons.window import add_menus as _add  # noqa: PLC0415

    _add(window)


def install(window):
    """The Lessons dock (hidden until asked for) and the first-launch invitation."""
    from dlviz.ui.lessons.window import install as _install  # noqa: PLC0415

    return _install(window)
