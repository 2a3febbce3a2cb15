"""The presentation zoom: 100–250 % (View → Zoom, Ctrl+= / Ctrl+- / Ctrl+0), remembered in
the setting ``ui/zoom``.

    zoom()            the factor now (1.0 … 2.5)
    set_zoom(1.5)     150 %: the application font grows, the panels are rebuilt
    notifier().changed(factor)   after a change (the main window rebuilds its panels)

The zoom is implemented once, here. ``set_zoom`` multiplies the user's own application font
(the size it had at 100 %, kept) by the factor, so every widget that takes its size from
the font grows: labels, buttons, fields, menus, and the views whose cells and captions are
measured from the font. What draws sizes of its own takes them from this module:

- ``scaled(px)``: a pixel size at 100 % (a column's minimum width, a line, a frame) now;
- ``pen(color, width=…)``: a pyqtgraph pen whose width follows the zoom;
- ``points(pt)``: a pyqtgraph text size ("10pt" at 100 %) now;
- ``fit_plots(widget)``: the pyqtgraph plots inside ``widget`` get their titles, legends
  and tick labels in the zoomed size (the main window calls it for each panel it makes).

A zoom change rebuilds the panels' widgets as a language switch does (the same state and
session: nothing the user did is lost, a running job goes on), so a widget reads the zoom
when it is made and never has to follow a change itself.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from dlviz.core.messages import CoreError, N_

SETTING = "ui/zoom"
MIN_PERCENT = 100
MAX_PERCENT = 250
LEVELS = (100, 110, 125, 150, 175, 200, 225, 250)  # what Zoom in / Zoom out step through

_factor = 1.0
_base_font: QFont | None = None  # the application font at 100 % (the user's own size)


class ZoomError(CoreError):
    """A zoom outside 100–250 % or between the steps."""


class _Notifier(QObject):
    changed = Signal(float)


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    """``notifier().changed(factor)`` fires after the zoom has changed (the font is set)."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


# --- the value ---------------------------------------------------------------------------
def zoom() -> float:
    """The zoom factor now: 1.0 at 100 %, 2.0 at 200 %."""
    return _factor


def percent() -> int:
    return round(_factor * 100)


def check(value) -> int:
    """The zoom ``value`` (a factor: 1.5, or a percentage given as text: "150 %") as a
    whole percentage, or ZoomError: 100–250 %, a multiple of 10 % or of 25 %."""
    if isinstance(value, str):
        text = value.strip().rstrip("%").strip()
        try:
            number = float(text)
        except ValueError:
            raise ZoomError(N_("“{value}” is not a zoom: give a factor such as 1.5 or a percentage such as 150 %"),
                            value=value.strip()) from None
        factor = number / 100 if value.strip().endswith("%") else number
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        factor = float(value)
    else:
        raise ZoomError(N_("{value} is not a zoom"), value=repr(value))
    if not math.isfinite(factor):
        raise ZoomError(N_("{value} is not a zoom"), value=repr(value))
    pct = factor * 100
    shown = f"{pct:g}"
    if pct < MIN_PERCENT - 1e-6 or pct > MAX_PERCENT + 1e-6:
        raise ZoomError(N_("A zoom of {value} % is not possible: the zoom goes from {low} % to {high} %"),
                        value=shown, low=MIN_PERCENT, high=MAX_PERCENT)
    whole = round(pct)
    if abs(pct - whole) > 1e-6 or (whole % 10 and whole % 25):
        raise ZoomError(N_("A zoom of {value} % is not possible: the zoom goes in steps of 10 % or 25 % "
                           "(110 %, 125 %, 150 %…)"), value=shown)
    return whole


def set_zoom(value, remember: bool = True) -> float:
    """Zoom to ``value`` (a factor: 1.0 … 2.5, in steps of 0.1 or 0.25) now; ZoomError when
    it is outside or between the steps (nothing changes then). ``remember`` saves it in the
    setting ``ui/zoom``. Returns the factor; ``notifier().changed`` fires when it changed."""
    global _factor
    pct = check(value)
    factor = pct / 100
    changed = abs(factor - _factor) > 1e-9
    _apply_font(factor)
    _factor = factor
    if remember:
        QSettings().setValue(SETTING, pct)
    if changed:
        notifier().changed.emit(factor)
    return factor


def saved_zoom() -> float:
    """The remembered zoom (1.0 when none, or when the setting holds something else)."""
    value = QSettings().value(SETTING, MIN_PERCENT)
    try:
        return check(f"{float(value):g} %") / 100
    except (ZoomError, TypeError, ValueError):
        return 1.0


def apply_saved() -> float:
    """Apply the remembered zoom (at start-up)."""
    return set_zoom(saved_zoom(), remember=False)


def step(direction: int) -> int | None:
    """The zoom level (a percentage) one step in ``direction`` (+1 in, −1 out) from now, or
    None at the end of the range."""
    now = percent()
    if direction > 0:
        nxt = [p for p in LEVELS if p > now]
        return nxt[0] if nxt else None
    nxt = [p for p in LEVELS if p < now]
    return nxt[-1] if nxt else None


def _apply_font(factor: float) -> None:
    """The application font: the user's own size (kept from 100 %) times ``factor``."""
    global _base_font
    app = QApplication.instance()
    if app is None:
        return
    if _base_font is None or abs(_factor - 1.0) < 1e-9:
        _base_font = QFont(app.font())  # at 100 % the font is the user's own: keep it
    font = QFont(_base_font)
    if _base_font.pointSizeF() > 0:
        font.setPointSizeF(_base_font.pointSizeF() * factor)
    elif _base_font.pixelSize() > 0:
        font.setPixelSize(max(1, round(_base_font.pixelSize() * factor)))
    if app.font() != font:
        app.setFont(font)
        # Qt posts the change to the widgets: deliver it now, so that the panels rebuilt next
        # (and anything measured from a widget's font) see the new size
        QCoreApplication.sendPostedEvents(None, QEvent.ApplicationFontChange)


# --- sizes that follow the zoom ------------------------------------------------------------
def scaled(px: float) -> int:
    """A size in pixels at 100 % (a minimum width, a frame) at the zoom now."""
    return int(round(px * _factor))


def scaledf(px: float) -> float:
    return float(px) * _factor


def points(pt: float) -> str:
    """A pyqtgraph text size ("10pt" at 100 %) at the zoom now."""
    return f"{pt * _factor:.4g}pt"


def pen(*args, width: float = 1.0, **kw):
    """``pyqtgraph.mkPen`` with ``width`` (pixels at 100 %) times the zoom."""
    import pyqtgraph as pg  # noqa: PLC0415

    return pg.mkPen(*args, width=width * _factor, **kw)


def font(scale: float = 1.0, base: QFont | None = None) -> QFont:
    """The application font (already zoomed), ``scale`` times as large."""
    f = QFont(base if base is not None else QApplication.font())
    if scale != 1.0:
        if f.pointSizeF() > 0:
            f.setPointSizeF(f.pointSizeF() * scale)
        elif f.pixelSize() > 0:
            f.setPixelSize(max(1, round(f.pixelSize() * scale)))
    return f


_SIZE = re.compile(r"^\s*([0-9.]+)\s*(pt|px)\s*$")
_TAG = "_dlviz_size"  # the size at 100 % of a text item whose size follows the zoom


def _zoomed_size(obj, size):
    """``size`` ("11pt") of a text item at the zoom now. The size at 100 % is kept on the
    item (``title``/``legend`` set it; otherwise the size found the first time), so that
    fitting twice never zooms twice."""
    base = getattr(obj, _TAG, None)
    if base is None:
        base = size
        setattr(obj, _TAG, base)
    m = _SIZE.match(str(base)) if base else None
    if m is None:
        return size
    return f"{float(m.group(1)) * _factor:.4g}{m.group(2)}"


def _plot_item(plot):
    return plot.getPlotItem() if hasattr(plot, "getPlotItem") else plot


def title(plot, text: str, pt: float = 11.0, **kw) -> None:
    """Set the title of a pyqtgraph plot (a PlotWidget or PlotItem) at ``pt`` points at
    100 % (pyqtgraph's own size is 11 pt), zoomed."""
    item = _plot_item(plot)
    setattr(item.titleLabel, _TAG, f"{pt:g}pt")
    item.setTitle(text, size=points(pt), **kw)


def legend(plot, pt: float = 9.0, **kw):
    """``addLegend`` with entries written at ``pt`` points at 100 % (pyqtgraph's own size
    is 9 pt), zoomed; returns the LegendItem."""
    leg = _plot_item(plot).addLegend(labelTextSize=points(pt), **kw)
    setattr(leg, _TAG, f"{pt:g}pt")
    return leg


def fit_plots(widget) -> int:
    """Give the pyqtgraph plots inside ``widget`` their text at the zoom now: titles and
    legend entries (pyqtgraph writes them at a fixed 11 pt and 9 pt, or at the size the
    panel gave) and the tick labels (the application font, unless the panel chose its own
    tick font). Sizes set with ``title`` / ``legend`` are already right and stay. Returns
    the number of views fitted."""
    import pyqtgraph as pg  # noqa: PLC0415

    views = widget.findChildren(pg.GraphicsView)
    if isinstance(widget, pg.GraphicsView):
        views.append(widget)
    for view in views:
        scene = view.scene()
        if scene is None:
            continue
        items = scene.items()
        in_legends = set()
        for item in items:
            if isinstance(item, pg.LegendItem):
                size = _zoomed_size(item, item.opts.get("labelTextSize", "9pt"))
                item.opts["labelTextSize"] = size
                for _sample, label in item.items:
                    in_legends.add(id(label))
                    setattr(label, _TAG, getattr(item, _TAG))
                    if label.opts.get("size") != size:
                        label.opts["size"] = size
                        label.setText(label.text)
        for item in items:
            if isinstance(item, pg.LabelItem) and id(item) not in in_legends:
                size = item.opts.get("size")
                if size:
                    new = _zoomed_size(item, size)
                    if new != size:
                        item.opts["size"] = new
                        item.setText(item.text)
            elif isinstance(item, pg.AxisItem) and item.style.get("tickFont") is None:
                item.setTickFont(font(base=view.font()))
    return len(views)
