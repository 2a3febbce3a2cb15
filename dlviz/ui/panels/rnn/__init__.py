"""The RNN cells panel (see ``panel.py``); ``RnnPanel`` is what the registry in
``dlviz.ui.panels`` names."""

from .formulas import fmt_num
from .panel import RnnPanel
from .session import RnnSession
from .state import CELL_KINDS, CELLS, INPUTS, RnnState

__all__ = ["CELLS", "CELL_KINDS", "INPUTS", "RnnPanel", "RnnSession", "RnnState", "fmt_num"]
