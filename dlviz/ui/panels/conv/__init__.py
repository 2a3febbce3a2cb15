"""The convolution panel (see ``panel``): its state (``state``), session (``session``) and
kernel widgets (``kernel``), on the shared window player (``dlviz.ui.panels.player``)."""

from dlviz.ui.panels.conv.panel import ConvPanel
from dlviz.ui.panels.conv.state import ConvState

__all__ = ["ConvPanel", "ConvState"]
