"""Placeholder until its issue lands."""

from dlviz.ui.panels.base import ComingPanel


class DrawPanel(ComingPanel):
    panel_id = "draw"
    notice = "draw a digit and see the prediction (issue 7)."
