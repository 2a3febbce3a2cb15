"""The Attention panel (``attention``): a tiny Vision Transformer reading a digit — patches,
tokens, one query's Q·K scores, softmax and weighted sum of V with the numbers, every
head's map, attention rollout and the causal mask. See ``panel.py``."""

from dlviz.ui.panels.attention.panel import AttentionPanel

__all__ = ["AttentionPanel"]
