"""Placeholder until its issue lands."""

from dlviz.ui.panels.base import ComingPanel


class TrainPanel(ComingPanel):
    panel_id = "train"
    notice = "live training of the CNN and RNN (issue 5)."
