"""Placeholder until its issue lands."""

from dlviz.ui.panels.base import ComingPanel


class GanPanel(ComingPanel):
    panel_id = "gan"
    notice = "the live DCGAN (issue 6)."
