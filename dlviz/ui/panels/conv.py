"""Placeholder until its issue lands."""

from dlviz.ui.panels.base import ComingPanel


class ConvPanel(ComingPanel):
    panel_id = "conv"
    notice = "the convolution player (issue 3)."
