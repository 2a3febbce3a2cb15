"""Placeholder until its issue lands."""

from dlviz.ui.panels.base import ComingPanel


class ActivationsPanel(ComingPanel):
    panel_id = "activations"
    notice = "activation functions and their derivatives (issue 8)."
