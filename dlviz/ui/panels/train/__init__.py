"""The Training panel (a package: state, session, results, controls, views, panel)."""

from dlviz.ui.panels.train.panel import TrainPanel

__all__ = ["TrainPanel"]
