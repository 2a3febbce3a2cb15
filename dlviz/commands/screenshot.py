"""Render one panel (or the whole main window: ``main``) offscreen to a PNG, without
showing a window. ``--list`` prints the panel ids.

``--scenario FILE`` renders the panel in the state a scenario file (.dlviz) holds, instead
of the panel's own screenshot set-up (``main`` shows the file's panel); ``--save-scenario
FILE`` writes the state that was rendered, so that ``--scenario`` of that file gives the
same picture (for Training and the GAN, whose set-up also trains, a scenario holds the
settings, not the results: ``--scenario`` shows the panel before a run). ``--zoom Z``
renders at a presentation zoom (1–2.5, in steps of 0.1 or 0.25: text, numbers and plots
Z times as large), for the panels and for ``lesson:ID:STEP``; it is not remembered."""

from __future__ import annotations

import os
import sys


def add_arguments(p):
    p.add_argument("panel", nargs="?", help="panel id (see --list), or lesson:ID:STEP (a lesson's step)")
    p.add_argument("out", nargs="?", help="PNG file to write")
    p.add_argument("--size", default="1280x820", help="window size WxH (default 1280x820)")
    p.add_argument("--list", action="store_true", help="print the panel ids, one per line")
    p.add_argument("--lang", default=None, help="interface language, e.g. en or zh_CN")
    p.add_argument("--theme", choices=("light", "dark"), default=None, help="colours (default: the saved theme)")
    p.add_argument("--window", action="store_true",
                   help="the whole window (menus, tabs, status bar) with PANEL shown, not the panel alone")
    p.add_argument("--scenario", metavar="FILE", default=None,
                   help="render the panel in the state this scenario file (.dlviz) holds")
    p.add_argument("--save-scenario", metavar="FILE", default=None,
                   help="also write the state that was rendered to this scenario file (.dlviz)")
    p.add_argument("--zoom", metavar="Z", default=None,
                   help="presentation zoom, 1 to 2.5 in steps of 0.1 or 0.25 (e.g. 2 = 200 %%; not remembered)")


def screenshot_ids():
    from dlviz.ui.panels import PANEL_IDS

    return [*PANEL_IDS, "main"]


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise ValueError(f"--size: expected WxH, e.g. 1280x820, not {text!r}") from None
    if not (200 <= w <= 8000 and 150 <= h <= 8000):
        raise ValueError("--size: width 200–8000 and height 150–8000")
    return w, h


def render(panel: str, out: str, size=(1280, 820), lang: str | None = None, window: bool = False,
           theme_name: str | None = None, scenario: str | None = None, save_scenario: str | None = None,
           zoom_factor: float | None = None) -> str:
    """Render and save; returns the path. Needs (or creates) a QApplication. ``scenario``:
    a .dlviz file whose states are applied instead of ``prepare_screenshot`` (ScenarioError
    when refused); ``save_scenario``: where to write the state rendered; ``zoom_factor``:
    the presentation zoom (ZoomError when refused; not remembered)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dlviz.app import make_app

    if lang:
        os.environ["DLVIZ_LANG"] = lang
    app = make_app()
    from dlviz.ui import theme
    from dlviz.ui.main_window import MainWindow

    if theme_name:
        theme.apply_theme(theme_name, app, remember=False)
    from dlviz.ui import zoom

    zoom_before = zoom.zoom()
    if zoom_factor is not None:
        zoom.set_zoom(zoom_factor, remember=False)  # before the window: its panels are made zoomed

    from dlviz.ui import scenario as ui_scenario

    chosen = None
    if scenario:
        from dlviz.core.scenario import read_scenario
        from dlviz.ui.panels import PANEL_IDS

        chosen = read_scenario(scenario, PANEL_IDS)
        if panel != "main" and panel not in chosen.panels:
            raise ValueError(f"{scenario} holds no state for the panel {panel!r} "
                             f"(it has: {', '.join(chosen.panels)})")
    win = MainWindow(restore=False)
    win.resize(*size)
    try:
        shown = panel if panel != "main" else (chosen.panel if chosen is not None else None)
        if shown is None:
            target = win
        else:
            win.show_panel(shown)
            target = win if window or panel == "main" else win.panel(shown)
        win.setAttribute(__import__("PySide6.QtCore", fromlist=["Qt"]).Qt.WA_DontShowOnScreen, True)
        win.show()
        app.processEvents()
        win._late_init()
        p = win.panel(shown or win.current_panel_id())
        if chosen is not None:
            ui_scenario.apply_scenario(win, chosen, show=False)
            ui_scenario.settle()
        else:
            p.prepare_screenshot()
        for _ in range(5):
            app.processEvents()
        pix = target.grab()
        if pix.isNull() or not pix.save(out, "PNG"):
            raise OSError(f"could not write {out}")
        if save_scenario:
            from dlviz.core.scenario import write_scenario

            write_scenario(save_scenario, ui_scenario.make_scenario(win))
    finally:
        win.close()
        win.deleteLater()
        app.processEvents()
        zoom.set_zoom(zoom_before, remember=False)
    return out


def parse_zoom(text: str | None) -> float | None:
    """``--zoom``: a factor (2, 1.5) or a percentage ("150%"), 100–250 % in steps of 10 % or
    25 %; None when not given; ValueError (with the reason) otherwise."""
    if text is None:
        return None
    from dlviz.ui.zoom import ZoomError, check

    try:
        return check(text) / 100
    except ZoomError as e:
        raise ValueError(f"--zoom: {e}") from None


def run(args) -> int:
    ids = screenshot_ids()
    if args.list:
        print("\n".join(ids))
        return 0
    if not args.panel or not args.out:
        print("dlviz screenshot: give PANEL and OUT.png (or --list)", file=sys.stderr)
        return 2
    try:
        zoom_factor = parse_zoom(args.zoom)
    except ValueError as e:
        print(f"dlviz screenshot: {e}", file=sys.stderr)
        return 2
    if args.panel.startswith("lesson:"):  # a lesson's step in the window with the Lessons dock
        from dlviz.commands.lessons import screenshot as lesson_screenshot

        from dlviz.ui import zoom

        zoom_before = zoom.zoom()

        def setup(app, win):
            if zoom_factor is not None:
                zoom.set_zoom(zoom_factor, remember=False)  # the window rebuilds its panels zoomed

        try:
            return lesson_screenshot(args, setup=setup)
        finally:
            zoom.set_zoom(zoom_before, remember=False)
    if args.panel not in ids:
        print(f"dlviz screenshot: unknown panel {args.panel!r} (one of: {', '.join(ids)})", file=sys.stderr)
        return 2
    from dlviz.core.scenario import ScenarioError

    try:
        size = parse_size(args.size)
        render(args.panel, args.out, size, args.lang, window=args.window, theme_name=args.theme,
               scenario=args.scenario, save_scenario=args.save_scenario, zoom_factor=zoom_factor)
    except ScenarioError as e:
        print(f"dlviz screenshot: {args.scenario or args.save_scenario}: {e}", file=sys.stderr)
        return 1
    except (ValueError, OSError) as e:
        print(f"dlviz screenshot: {e}", file=sys.stderr)
        return 1
    print(args.out)
    return 0
