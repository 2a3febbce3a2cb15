"""The Draw panel's state: the drawing itself, the pen, the model, the selected map, and the
"Why?" map (none / saliency / Grad-CAM / occlusion), the digit it explains (the predicted one
or 0–9) and its opacity.

The drawing is data (:class:`Strokes`): a tuple of immutable ``Stroke(width, points)``,
points in board coordinates (0–1 across the square board), the width a fraction of the
board's side. The canvas renders from it; undo drops the last stroke, clear leaves none.
It is persisted (the drawing is there again at the next start) and in the snapshot as
``[{"width": w, "points": [[x, y], …]}, …]``.
"""

from __future__ import annotations

import math
import re

import numpy as np

from dlviz.core.messages import CoreError, N_
from dlviz.core.models import CNN_ARCHS, SEQUENCE_ARCHS
from dlviz.ui.fields import Choice, Field, Float, Int, PanelState, Text
from dlviz.ui.my_classes import MAX_NAME, clean_name
from dlviz.ui.widgets.canvas import DEFAULT_PEN, MAX_STROKE_POINTS, PEN_RANGE, Stroke

CLASSIFIER_ARCHS = ("convnet", "keras-cnn", *SEQUENCE_ARCHS, "vit")
assert set(CNN_ARCHS) <= set(CLASSIFIER_ARCHS)
ORIGINS = ("shipped", "trained", "own", "loaded")  # dlviz.ui.catalogue's origins
DEFAULT_MODEL = "shipped:convnet"

WHY_CHOICES = {"none": N_("None"), "saliency": N_("Saliency"), "gradcam": N_("Grad-CAM"),
               "occlusion": N_("Occlusion")}
WHY_TIPS = {
    "none": N_("No map: the feature map you click is shown large"),
    "saliency": N_("How strongly each pixel changes the digit's score (the gradient)"),
    "gradcam": N_("Which regions the last convolution layer's features use for the digit (CNNs only)"),
    "occlusion": N_("How much the digit's probability drops when a small patch is covered"),
}

MODE_CHOICES = {"predict": N_("Predict"), "teach": N_("Teach")}
MODE_TIPS = {
    "predict": N_("Draw, and the model in use names what you drew"),
    "teach": N_("Name your own classes and draw examples of each: the Training panel trains on them"),
}

MAX_STROKES = 200
MAX_POINTS = 20000  # in all strokes together


class Strokes(Field):
    """A drawing: at most ``MAX_STROKES`` strokes, each with 1–``MAX_STROKE_POINTS``
    finite points inside the board (0–1) and a pen width in ``PEN_RANGE``; at most
    ``MAX_POINTS`` points in all. Accepts ``Stroke``s, ``(width, points)`` pairs and the
    JSON form ``{"width": w, "points": [[x, y], …]}``."""

    def __init__(self, label: str = "", tip: str = "", **kw):
        super().__init__((), label, tip, **kw)
        self._known: list = []  # the last values this field returned (immutable: valid for good)

    def clean(self, value, values):
        for known in self._known:
            if value is known:
                return value
        if not isinstance(value, (list, tuple)):
            self.refuse(N_("a drawing is a list of strokes, not {value}"), value=type(value).__name__)
        if len(value) > MAX_STROKES:
            self.refuse(N_("too many strokes ({count}; at most {maximum}): clear the board or undo some"),
                        count=len(value), maximum=MAX_STROKES)
        out, total = [], 0
        for i, s in enumerate(value, 1):
            width, points = self._parts(s, i)
            total += len(points)
            if total > MAX_POINTS:
                self.refuse(N_("the drawing has too many points (at most {maximum} in all)"), maximum=MAX_POINTS)
            out.append(Stroke(width, points))
        result = tuple(out)
        self._known = [result, *self._known[:3]]
        return result

    def _parts(self, s, i: int):
        if isinstance(s, dict):
            width, points = s.get("width"), s.get("points")
        elif isinstance(s, (list, tuple)) and len(s) == 2:
            width, points = s
        else:
            self.refuse(N_("stroke {index} is not a pen width and a list of points"), index=i)
        if isinstance(width, bool) or not isinstance(width, (int, float, np.integer, np.floating)) \
                or not math.isfinite(float(width)):
            self.refuse(N_("stroke {index} has no valid pen width"), index=i)
        width = float(width)
        lo, hi = PEN_RANGE
        if not lo <= width <= hi:
            self.refuse(N_("stroke {index}: the pen width {value:g} is outside {low:g}–{high:g}"),
                        index=i, value=width, low=lo, high=hi)
        if not isinstance(points, (list, tuple)) or not points:
            self.refuse(N_("stroke {index} has no points"), index=i)
        if len(points) > MAX_STROKE_POINTS:
            self.refuse(N_("stroke {index} has too many points ({count}; at most {maximum})"),
                        index=i, count=len(points), maximum=MAX_STROKE_POINTS)
        try:
            a = np.array(points, dtype=np.float64)
        except (TypeError, ValueError):
            self.refuse(N_("stroke {index}: the points must be pairs of numbers"), index=i)
        if a.ndim != 2 or a.shape[1] != 2:
            self.refuse(N_("stroke {index}: the points must be pairs of numbers"), index=i)
        if not np.all(np.isfinite(a)):
            self.refuse(N_("stroke {index} has a point that is not a finite number"), index=i)
        if a.min() < 0.0 or a.max() > 1.0:
            self.refuse(N_("stroke {index} leaves the board (points must lie between 0 and 1)"), index=i)
        if isinstance(points, tuple) and all(type(p) is tuple for p in points):
            pts = tuple((float(x), float(y)) for x, y in points)
        else:
            pts = tuple(map(tuple, a.tolist()))
        return width, pts

    def to_json(self, value):
        return [{"width": s.width, "points": [[x, y] for x, y in s.points]} for s in value]

    def default_value(self):
        return ()


class ModelKey(Choice):
    """A key of the model catalogue (``"shipped:convnet"``, ``"trained:lstm"``, …) among the
    classifiers the panel can use. Whether the catalogue has that entry now is the panel's
    business (it falls back to another one and says so); the choice itself is kept."""

    KEYS = [f"{origin}:{arch}" for origin in ORIGINS for arch in CLASSIFIER_ARCHS]

    def __init__(self, default: str, label: str = "", tip: str = "", **kw):
        # the picker names the entries (ModelEntry.name); the keys stand for themselves here
        super().__init__(default, {k: k for k in self.KEYS}, label, tip, **kw)

    def clean(self, value, values):
        if not isinstance(value, str) or value not in self.choices:
            self.refuse(N_("{value} is not a classifier of the model catalogue"), value=repr(value))
        return value


class ClassName(Text):
    """The chosen class of Teach mode: a name ``MyClasses`` could keep ("" = none yet).
    Whether the store has it now is the panel's business (it shows the first class then)."""

    def __init__(self, label: str = "", tip: str = "", **kw):
        super().__init__("", label, tip, max_length=MAX_NAME, **kw)

    def clean(self, value, values):
        value = super().clean(value, values)
        if value:
            try:
                value = clean_name(value)
            except CoreError as e:
                self.refuse(e.message.template, **e.message.args)
        return value


_LAYER_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]{0,63}$")


class MapRef(Field):
    """The selected feature map: ``None`` or ``(layer name, channel)`` (JSON: ``null`` or
    ``["conv1", 2]``). A layer the CNN on show does not have selects nothing."""

    def clean(self, value, values):
        if value is None:
            return None
        if not isinstance(value, (list, tuple)) or len(value) != 2:
            self.refuse(N_("a feature map is a layer name and a channel, not {value}"), value=repr(value))
        layer, channel = value
        if not isinstance(layer, str) or not _LAYER_NAME.match(layer):
            self.refuse(N_("{value} is not a layer name"), value=repr(layer))
        if isinstance(channel, bool) or not isinstance(channel, (int, np.integer)) or not 0 <= channel < 4096:
            self.refuse(N_("{value} is not a channel number"), value=repr(channel))
        return (layer, int(channel))

    def to_json(self, value):
        return None if value is None else [value[0], value[1]]


class DrawState(PanelState, key="draw", version=1):
    strokes = Strokes(label=N_("Drawing"), tip=N_("The strokes on the board, in board coordinates"))
    pen = Float(DEFAULT_PEN, range=(0.02, 0.15), decimals=3, step=0.01, label=N_("Pen"),
                tip=N_("Pen width, as a share of the board; MNIST digits have strokes about 2–3 of "
                       "their 28 pixels wide"))
    model = ModelKey(DEFAULT_MODEL, label=N_("Model"),
                     tip=N_("Which trained network classifies the drawing: the weights shipped with the "
                            "app, or the model you trained or loaded in the Training panel"))
    feature_map = MapRef(None, label=N_("Selected feature map"),
                         tip=N_("The feature map shown large with its kernel"))

    why = Choice("none", WHY_CHOICES, label=N_("Why this digit?"), tips=WHY_TIPS,
                 tip=N_("Show where the model looks: a map laid over the 28×28 input, in place of the selected "
                        "feature map"))
    why_class = Choice("predicted", {"predicted": N_("Predicted"), **{str(d): str(d) for d in range(10)}},
                       label=N_("Explain"),
                       tip=N_("The digit whose score the map explains: the model's answer, or a digit you choose"))
    why_opacity = Int(60, range=(0, 100), step=10, suffix=" %", label=N_("Opacity"),
                      tip=N_("How strongly the map covers the input (0 % shows only the input)"))

    # Teach mode: the examples themselves live on disk in app.my_classes (dlviz/ui/my_classes.py)
    mode = Choice("predict", MODE_CHOICES, label=N_("Mode"), tips=MODE_TIPS,
                  tip=N_("Predict: the model names your drawing. Teach: draw examples of classes you name, "
                         "to train a network on them in the Training panel"))
    teach_class = ClassName(label=N_("Class"), tip=N_("The class a new example goes to"))
    teach_folder = Text("", max_length=4096, label=N_("Folder of my classes"),
                        tip=N_("Where your classes are kept, one folder per class (empty: the app's own folder)"))

    def cascade(self, name: str, value, values: dict) -> dict:
        """Selecting a feature map shows it large: the map detail takes the place of the
        "Why?" view, so the view is switched off."""
        if name == "feature_map" and value is not None:
            return {"why": "none"}
        return {}

    @classmethod
    def migrate(cls, old_version: int, values: dict) -> dict:
        """Version 0 (the flat keys of before): the pen width was ``draw/pen_width``."""
        out = dict(values)
        if old_version == 0 and "pen_width" in out:
            out.setdefault("pen", out.pop("pen_width"))
        return out
