"""The window player shared by the convolution and pooling panels: the state base with
the input and stride / padding / dilation fields (``state``), the input arrays
(``inputs``), the session that keeps the core plan and the torch comparison
(``session``), the stage views (``views``, ``readout``), the controls column
(``controls``) and the session-free panel base (``panel``)."""

from dlviz.ui.panels.player.panel import WindowPlayerPanel
from dlviz.ui.panels.player.readout import GridTok, ReadoutView, TextTok
from dlviz.ui.panels.player.session import PlanResult, WindowSession
from dlviz.ui.panels.player.state import WindowState

__all__ = ["GridTok", "PlanResult", "ReadoutView", "TextTok", "WindowPlayerPanel", "WindowSession", "WindowState"]
