"""The GAN panel (see ``panel.py``): ``GanState`` (every choice), ``GanSession`` (the jobs
and their results, kept across rebuilds of the widgets) and ``GanPanel`` (the widgets)."""

from dlviz.ui.panels.gan.panel import GanPanel
from dlviz.ui.panels.gan.session import GanSession
from dlviz.ui.panels.gan.state import GanState

__all__ = ["GanPanel", "GanSession", "GanState"]
