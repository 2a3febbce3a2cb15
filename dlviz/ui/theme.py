"""Light and dark themes: the Qt palette plus pyqtgraph's background/foreground, chosen in
View → Theme and remembered in the setting ``ui/theme``.

``apply_theme(name)`` switches at once: it sets the application palette, pyqtgraph's
default colours (for plots made later) and recolours the plots that already exist (view
backgrounds, axes, titles, legends that use the defaults). Panels that draw with their own
colours can take them from ``colors()`` and follow ``notifier().changed``.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory
from shiboken6 import isValid

LIGHT = "light"
DARK = "dark"
THEMES = (LIGHT, DARK)
SETTING = "ui/theme"

# Colours per theme. "series" are line/bar colours readable on that background
# (the tab10 palette, slightly lighter on dark).
_COLORS = {
    LIGHT: {
        "bg": "#ffffff", "fg": "#202020", "grid": "#d0d0d0", "muted": "#707070",
        "accent": "#1f77b4", "accent2": "#d62728", "highlight": "#ff7f0e",
        "positive": "#2ca02c", "negative": "#d62728",
        "series": ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"],
    },
    DARK: {
        "bg": "#1b1d21", "fg": "#e3e3e3", "grid": "#4a4d55", "muted": "#a0a0a0",
        "accent": "#5dade2", "accent2": "#ff6b6b", "highlight": "#ffb347",
        "positive": "#7bd88f", "negative": "#ff6b6b",
        "series": ["#5dade2", "#ffb347", "#7bd88f", "#ff6b6b", "#c39bd3", "#d7a17c", "#f5a3d6", "#bdbdbd"],
    },
}

_current = LIGHT
_light_style: str | None = None


class _Notifier(QObject):
    changed = Signal(str)


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    """``notifier().changed(name)`` fires after a theme has been applied."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def current_theme() -> str:
    return _current


def saved_theme() -> str:
    value = QSettings().value(SETTING, LIGHT)
    return value if value in THEMES else LIGHT


def colors(name: str | None = None) -> dict:
    """The colours of theme ``name`` (default: the current one)."""
    return _COLORS[name or _current]


def dark_palette() -> QPalette:
    c = {
        "window": QColor("#2b2d31"), "base": QColor("#1f2125"), "alt": QColor("#2f3237"),
        "text": QColor("#e6e6e6"), "button": QColor("#35383e"), "mid": QColor("#4a4d55"),
        "highlight": QColor("#2f7dd1"), "link": QColor("#6cb4ff"), "disabled": QColor("#7d8087"),
    }
    p = QPalette()
    for group in (QPalette.Active, QPalette.Inactive, QPalette.Disabled):
        p.setColor(group, QPalette.Window, c["window"])
        p.setColor(group, QPalette.WindowText, c["text"])
        p.setColor(group, QPalette.Base, c["base"])
        p.setColor(group, QPalette.AlternateBase, c["alt"])
        p.setColor(group, QPalette.ToolTipBase, c["window"])
        p.setColor(group, QPalette.ToolTipText, c["text"])
        p.setColor(group, QPalette.PlaceholderText, c["disabled"])
        p.setColor(group, QPalette.Text, c["text"])
        p.setColor(group, QPalette.Button, c["button"])
        p.setColor(group, QPalette.ButtonText, c["text"])
        p.setColor(group, QPalette.BrightText, QColor("#ff6b6b"))
        p.setColor(group, QPalette.Light, QColor("#45484f"))
        p.setColor(group, QPalette.Midlight, QColor("#3c3f45"))
        p.setColor(group, QPalette.Mid, c["mid"])
        p.setColor(group, QPalette.Dark, QColor("#18191c"))
        p.setColor(group, QPalette.Shadow, QColor("#000000"))
        p.setColor(group, QPalette.Highlight, c["highlight"])
        p.setColor(group, QPalette.HighlightedText, QColor("#ffffff"))
        p.setColor(group, QPalette.Link, c["link"])
        p.setColor(group, QPalette.LinkVisited, QColor("#b48cff"))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        p.setColor(QPalette.Disabled, role, c["disabled"])
    p.setColor(QPalette.Disabled, QPalette.Highlight, c["mid"])
    return p


def _same(a, b) -> bool:
    try:
        return pg.mkColor(a).name() == pg.mkColor(b).name()
    except Exception:
        return False


def _recolor_plots(app, old: dict, new: dict, windows=None) -> None:
    """Recolour existing pyqtgraph views whose colours are the old theme's defaults: those in
    ``windows`` (the main window passes itself), else in every visible top-level window.
    Walking all of the application's top-level widgets during a switch crashed (a window an
    earlier test had closed, half torn down, still listed), so the window says which it is."""
    tops = list(windows) if windows is not None else [w for w in app.topLevelWidgets() if isValid(w) and w.isVisible()]
    for top in tops:
        if not isValid(top):
            continue
        for view in top.findChildren(pg.GraphicsView):
            if not isValid(view) or view.scene() is None or not isValid(view.scene()):
                continue
            bg = getattr(view, "_background", "default")
            if bg == "default" or (bg is not None and _same(bg, old["bg"])):
                view.setBackground("default")
            scene = view.scene()
            if scene is None:
                continue
            for item in scene.items():
                if isinstance(item, pg.AxisItem):
                    if item._pen is None or _same(item._pen.color(), old["fg"]):
                        item.setPen()
                    if item._textPen is None or _same(item._textPen.color(), old["fg"]):
                        item.setTextPen()
                elif isinstance(item, pg.LegendItem):
                    item.setLabelTextColor(new["fg"])
                elif isinstance(item, pg.LabelItem):
                    color = item.opts.get("color")
                    if color is None or _same(color, old["fg"]):
                        item.opts["color"] = None
                        item.setText(item.text)


def apply_theme(name: str, app=None, remember: bool = True, windows=None) -> str:
    """Apply theme ``name`` ("light" or "dark") now; remember it when asked. ``windows``: the
    windows whose plots to recolour (default: every visible top-level window)."""
    global _current, _light_style
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r} (one of: {', '.join(THEMES)})")
    app = app or QApplication.instance()
    old = colors(_current)
    new = colors(name)
    pg.setConfigOption("background", new["bg"])
    pg.setConfigOption("foreground", new["fg"])
    if app is not None:
        if _light_style is None:
            _light_style = app.style().name()
        if name == DARK:
            if app.style().name().lower() != "fusion":
                app.setStyle(QStyleFactory.create("Fusion"))
            app.setPalette(dark_palette())
        else:
            if _light_style and app.style().name().lower() != _light_style.lower():
                style = QStyleFactory.create(_light_style)
                if style is not None:
                    app.setStyle(style)
            app.setPalette(app.style().standardPalette())
        _recolor_plots(app, old, new, windows)
    _current = name
    if remember:
        QSettings().setValue(SETTING, name)
    notifier().changed.emit(name)
    return name


def apply_saved(app=None) -> str:
    """Apply the remembered theme (light when none); used at start-up."""
    return apply_theme(saved_theme(), app, remember=False)
