"""The Draw panel: draw a digit, watch the prediction, see the CNN's layers.

``state.py`` (the drawing as data, pen, model, selected map, the "Why?" map, its digit and
opacity), ``session.py`` (the models in use, following new ones), ``panel.py`` (wiring,
computing), ``controls.py`` (board and prediction columns), ``views.py`` (bars, model
input), ``maps.py`` (feature maps and the selected map's detail), ``why.py`` (why this
digit? saliency, Grad-CAM and occlusion laid over the input, from ``dlviz.core.explain``),
``exports.py``."""

from dlviz.ui.panels.draw.panel import DrawPanel
from dlviz.ui.panels.draw.state import DrawState

__all__ = ["DrawPanel", "DrawState"]
