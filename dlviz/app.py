"""Application set-up and the command line.

    dlviz                         open the main window
    dlviz --version               print the version
    dlviz screenshot PANEL OUT.png [--size WxH]   render a panel offscreen to PNG
    dlviz screenshot --list       list the panel ids
    dlviz train MODEL ...         train headless (see ``dlviz train --help``)
    dlviz predict IMAGE ...       classify digit images (see ``dlviz predict --help``)
    dlviz lessons --list          the lessons: ID, steps, title (``--lang zh_CN``)
    dlviz open FILE [--check]     open a scenario file (.dlviz), or only check it
"""

from __future__ import annotations

import argparse
import importlib
import sys

import dlviz

ORG = "dlviz"
APP = "dlviz"

# Sub-commands, each a module in dlviz.commands with add_arguments(parser) and run(args).
COMMANDS = {
    "screenshot": "Render one panel offscreen to a PNG",
    "train": "Train a model headless",
    "predict": "Classify digit images",
    "lessons": "List the lessons (--list) or check a lesson file (--check FILE)",
    "open": "Open a scenario file (.dlviz), or check it with --check",
}


def make_app(argv=None):
    """Create (or return) the QApplication with the app's names set."""
    from PySide6.QtWidgets import QApplication

    from dlviz.core.runtime import gui_thread_policy, tune_allocator

    tune_allocator()  # before Qt's and torch's threads: training on a QThread as fast as on the main thread
    gui_thread_policy()  # OpenMP waits without spinning: the GUI thread needs a core too (dlviz/core/runtime.py)
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv or [sys.argv[0]]))
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationVersion(dlviz.__version__)
    try:
        from dlviz.ui import i18n

        i18n.install_translators(app)
    except ImportError:
        pass
    from dlviz.ui import gc_guard, theme

    gc_guard.install(app)  # garbage collection on the GUI thread only: see dlviz/ui/gc_guard.py
    theme.apply_saved(app)
    return app


def run_gui(argv=None) -> int:
    from dlviz.qt_check import platform_problem

    problem = platform_problem()  # a missing system library: say which, not Qt's hint and an abort
    if problem:
        print(problem, file=sys.stderr)
        return 1
    app = make_app(argv)
    from dlviz.ui import errors
    from dlviz.ui.main_window import MainWindow

    errors.install(app)  # an exception in a slot: logged and shown, the app keeps running

    win = MainWindow()
    win.show_first()
    return app.exec()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dlviz", description="Watch and touch real deep networks.")
    parser.add_argument("--version", action="version", version=f"dlviz {dlviz.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, help_text in COMMANDS.items():
        try:
            mod = importlib.import_module(f"dlviz.commands.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"dlviz.commands.{name}":
                raise
            continue
        p = sub.add_parser(name, help=help_text, description=(mod.__doc__ or help_text).strip())
        mod.add_arguments(p)
        p.set_defaults(_run=mod.run)
    return parser


def main(argv=None) -> int:
    from dlviz.core.runtime import tune_allocator

    tune_allocator()  # first of all, before any thread starts (dlviz/core/runtime.py)
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0].startswith("-") and argv[0] not in ("--version", "-h", "--help"):
        return run_gui([sys.argv[0], *argv])
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "_run", None) is None:
        return run_gui()
    return int(args._run(args) or 0)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
