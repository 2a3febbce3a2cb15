"""Colour tables, made in one place: a list of anchor colours (evenly spaced, or at given
positions) interpolated to a 256-entry table, in the two forms the views need —
``rgba`` rows for pyqtgraph's ``ImageItem.setLookupTable`` and packed ``0xAARRGGBB``
words for building a ``QImage`` straight from an index array."""

from __future__ import annotations

import numpy as np


def _rgb(color: str) -> tuple[int, int, int]:
    c = color.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def rgba_table(anchors, n: int = 256) -> np.ndarray:
    """(n, 4) uint8 RGBA. ``anchors``: ``["#rrggbb", …]`` evenly spaced, or
    ``[(position 0–1, "#rrggbb"), …]``."""
    if anchors and isinstance(anchors[0], (tuple, list)):
        pos = np.array([float(a[0]) for a in anchors])
        cols = np.array([_rgb(a[1]) for a in anchors], np.float64)
    else:
        pos = np.linspace(0.0, 1.0, len(anchors))
        cols = np.array([_rgb(a) for a in anchors], np.float64)
    t = np.linspace(0.0, 1.0, n)
    rgb = np.stack([np.interp(t, pos, cols[:, k]) for k in range(3)], axis=1).round()
    return np.concatenate([rgb, np.full((n, 1), 255.0)], axis=1).astype(np.uint8)


def packed_table(anchors, n: int = 256) -> np.ndarray:
    """(n,) uint32 ``0xFFRRGGBB`` (for ``QImage.Format_RGB32`` / ``ARGB32``)."""
    t = rgba_table(anchors, n).astype(np.uint32)
    return (0xFF000000 | (t[:, 0] << 16) | (t[:, 1] << 8) | t[:, 2]).astype(np.uint32)


def darker(color: str, factor: float = 1.4) -> str:
    r, g, b = (int(round(v / factor)) for v in _rgb(color))
    return f"#{r:02x}{g:02x}{b:02x}"


# The tables the panels share.
MAGMA = ["#000004", "#2c115f", "#721f81", "#b73779", "#f1605d", "#feb078", "#fcfdbf"]
BLUE_WHITE_RED = ["#053061", "#2166ac", "#92c5de", "#f7f7f7", "#f4a582", "#d6604d", "#67001f"]
GREY = ["#000000", "#ffffff"]
