"""The Activations panel (see ``panel.py``); ``ActivationsPanel`` is what the registry in
``dlviz.ui.panels`` names."""

from .panel import ActivationsPanel
from .state import ActivationsState, logits_values, parse_logits

__all__ = ["ActivationsPanel", "ActivationsState", "logits_values", "parse_logits"]
