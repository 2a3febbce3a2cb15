"""Placeholder until its issue lands."""

from dlviz.ui.panels.base import ComingPanel


class PoolPanel(ComingPanel):
    panel_id = "pool"
    notice = "the pooling player (issue 3)."
