"""The Draw panel: draw a digit, watch the prediction, see the CNN's layers.

``state.py`` (the drawing as data, pen, model, selected map), ``session.py`` (the models
in use, following new ones), ``panel.py`` (wiring, computing, exports), ``controls.py``
(board and prediction columns), ``views.py`` (bars, model input), ``maps.py`` (feature
maps and the selected map's detail)."""

from dlviz.ui.panels.draw.panel import DrawPanel
from dlviz.ui.panels.draw.state import DrawState

__all__ = ["DrawPanel", "DrawState"]
