"""The pooling panel (see ``panel``): its state (``state``) and session (``session``), on
the shared window player (``dlviz.ui.panels.player``)."""

from dlviz.ui.panels.pool.panel import PoolPanel
from dlviz.ui.panels.pool.state import PoolState

__all__ = ["PoolPanel", "PoolState"]
