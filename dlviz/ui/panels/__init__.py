"""Panels, one module each. ``PANELS`` is the registry: id, title, module, class."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

PANELS = [
    ("conv", QT_TRANSLATE_NOOP("Panels", "Convolution"), "dlviz.ui.panels.conv", "ConvPanel"),
    ("pool", QT_TRANSLATE_NOOP("Panels", "Pooling"), "dlviz.ui.panels.pool", "PoolPanel"),
    ("rnn", QT_TRANSLATE_NOOP("Panels", "RNN cells"), "dlviz.ui.panels.rnn", "RnnPanel"),
    ("train", QT_TRANSLATE_NOOP("Panels", "Training"), "dlviz.ui.panels.train", "TrainPanel"),
    ("gan", QT_TRANSLATE_NOOP("Panels", "GAN"), "dlviz.ui.panels.gan", "GanPanel"),
    ("draw", QT_TRANSLATE_NOOP("Panels", "Draw"), "dlviz.ui.panels.draw", "DrawPanel"),
    ("activations", QT_TRANSLATE_NOOP("Panels", "Activations"), "dlviz.ui.panels.activations", "ActivationsPanel"),
    ("attention", QT_TRANSLATE_NOOP("Panels", "Attention"), "dlviz.ui.panels.attention", "AttentionPanel"),
]

PANEL_IDS = [p[0] for p in PANELS]


def panel_title(panel_id: str) -> str:
    for pid, title, _, _ in PANELS:
        if pid == panel_id:
            return QCoreApplication.translate("Panels", title)
    raise KeyError(panel_id)


def panel_class(panel_id: str):
    for pid, _, module, cls in PANELS:
        if pid == panel_id:
            return getattr(importlib.import_module(module), cls)
    raise KeyError(panel_id)
