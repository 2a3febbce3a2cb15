"""Open a scenario file (.dlviz): start the app with the panel it names, in the state it
holds. With --check, only check the file (its format and every panel state in it, as the
app checks them before applying anything) and open no window: exit status 0 when it would
open, 1 with the reason on one line of stderr when it would be refused."""

from __future__ import annotations

import sys


def add_arguments(p):
    p.add_argument("file", metavar="FILE", help="a .dlviz scenario file")
    p.add_argument("--check", action="store_true",
                   help="check the file and exit (0: it opens, 1: refused, the reason on stderr); no window")


def _err(path: str, text: str) -> None:
    line = " ".join(str(text).split())  # one line, whatever the reason holds
    print(f"dlviz open: {path}: {line}", file=sys.stderr)


def check(path: str) -> int:
    """Exit status of ``dlviz open FILE --check``; prints one line either way."""
    try:
        from dlviz.core.scenario import ScenarioError, read_scenario  # noqa: PLC0415
        from dlviz.ui.panels import PANEL_IDS  # noqa: PLC0415
        from dlviz.ui.scenario import check_states  # noqa: PLC0415

        try:
            scenario = read_scenario(path, PANEL_IDS)
            check_states(scenario)
        except ScenarioError as e:
            _err(path, e)
            return 1
    except Exception as e:  # noqa: BLE001 - never a traceback: the reason on one line
        _err(path, f"cannot be checked: {type(e).__name__}: {e}")
        return 1
    title = f" “{scenario.title}”" if scenario.title else ""
    print(f"{path}: a dlviz scenario{title}: shows {scenario.panel}; states of {', '.join(scenario.panels)}")
    return 0


def start(path: str, argv=None):
    """The QApplication and the main window with the scenario applied (or its refusal shown
    in a message box, the app as it was). Returns (app, window, opened)."""
    from dlviz.app import make_app  # noqa: PLC0415

    app = make_app(argv)
    from dlviz.core.scenario import ScenarioError  # noqa: PLC0415
    from dlviz.ui import errors  # noqa: PLC0415
    from dlviz.ui import scenario as ui_scenario  # noqa: PLC0415
    from dlviz.ui.main_window import MainWindow  # noqa: PLC0415

    errors.install(app)
    win = MainWindow()
    win.show_first()
    try:
        sc = ui_scenario.load_into(win, path)
    except ScenarioError as e:
        _err(path, e)
        ui_scenario.report_refused(win, path, e)
        return app, win, False
    ui_scenario.report_opened(win, path, sc)
    return app, win, True


def run(args) -> int:
    if args.check:
        return check(args.file)
    from dlviz.qt_check import platform_problem  # noqa: PLC0415

    problem = platform_problem()  # a missing system library: say which (Qt would abort)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    app, _win, _opened = start(args.file, [sys.argv[0]])
    return app.exec()
