"""Built-in drawings of the digits 0–9 for the lessons' ``show = { draw = N }`` action.

Each digit is a few strokes drawn as a person draws them with a mouse (the Draw board's
board coordinates: 0–1 across, y downwards), with the Draw panel's default pen width. They
are data, not pictures: the Draw panel renders and classifies them like any drawing, and
``tests/test_lessons.py`` checks that the shipped ConvNet reads each one as its digit.
"""

from __future__ import annotations

import math

PEN = 0.06  # the Draw panel's default pen (a share of the board side)


def _arc(cx: float, cy: float, rx: float, ry: float, start: float, end: float, n: int = 24):
    """Points on an ellipse from angle ``start`` to ``end`` (degrees, 0 = right, 90 = down)."""
    out = []
    for k in range(n + 1):
        a = math.radians(start + (end - start) * k / n)
        out.append((round(cx + rx * math.cos(a), 4), round(cy + ry * math.sin(a), 4)))
    return out


# digit → strokes (each a list of (x, y) points)
DIGIT_STROKES: dict[int, list[list[tuple[float, float]]]] = {
    0: [_arc(0.5, 0.5, 0.17, 0.27, -90, 270, 36)],
    1: [[(0.42, 0.32), (0.52, 0.22), (0.52, 0.78)]],
    2: [_arc(0.5, 0.36, 0.15, 0.13, 200, 380, 16)
        + [(0.6, 0.5), (0.5, 0.62), (0.4, 0.73), (0.34, 0.78), (0.67, 0.78)]],
    3: [_arc(0.49, 0.35, 0.14, 0.12, 200, 450, 18)[:-1] + _arc(0.49, 0.62, 0.16, 0.15, 270, 520, 18)],
    4: [[(0.56, 0.22), (0.33, 0.58), (0.7, 0.58)], [(0.58, 0.4), (0.58, 0.8)]],
    5: [[(0.66, 0.22), (0.4, 0.22), (0.37, 0.47)] + _arc(0.5, 0.6, 0.16, 0.16, 235, 490, 18)[1:]],
    6: [[(0.6, 0.2), (0.5, 0.3), (0.41, 0.42), (0.35, 0.55)] + _arc(0.5, 0.62, 0.15, 0.15, 180, 540, 28)],
    7: [[(0.32, 0.24), (0.68, 0.24), (0.58, 0.42), (0.48, 0.62), (0.43, 0.8)]],
    8: [_arc(0.5, 0.35, 0.13, 0.13, 90, 450, 24) + _arc(0.5, 0.63, 0.16, 0.15, -90, 270, 24)],
    9: [_arc(0.5, 0.38, 0.14, 0.14, 0, 360, 28) + [(0.64, 0.5), (0.62, 0.65), (0.58, 0.8)]],
}


def digit_strokes(digit: int, pen: float = PEN) -> list:
    """The drawing of ``digit`` as the Draw panel's state takes it: ``[(width, points), …]``."""
    if digit not in DIGIT_STROKES:
        raise KeyError(digit)
    return [(pen, tuple(points)) for points in DIGIT_STROKES[digit]]
