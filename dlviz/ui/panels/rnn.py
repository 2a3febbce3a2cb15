"""Placeholder until its issue lands."""

from dlviz.ui.panels.base import ComingPanel


class RnnPanel(ComingPanel):
    panel_id = "rnn"
    notice = "RNN, GRU and LSTM gates step by step (issue 4)."
