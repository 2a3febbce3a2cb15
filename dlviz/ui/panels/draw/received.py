"""An image sent to the Draw panel (``app.send_drawing("draw", image)``: a test example the
Training panel's projector was clicked on, say) becomes a drawing on the board. The board's
drawing is strokes (the state's ``strokes``), so the 28×28 image is traced: each run of ink
pixels in a row is one straight stroke as wide as a pixel. The panel then preprocesses and
classifies it as it does any drawing (and in Teach mode it can be added as an example)."""

from __future__ import annotations

import numpy as np

from dlviz.ui.panels.draw.state import MAX_STROKES

INK = 0.3  # pixels at least this bright are ink
MARGIN = 0.1  # of the board on each side


def image_strokes(image, ink: float = INK) -> list[tuple[float, list[tuple[float, float]]]]:
    """Strokes that draw the ink of a 2-D image in [0, 1] (light ink on dark) on the board:
    one stroke per run of ink pixels in a row (at most ``MAX_STROKES``; fainter runs are
    dropped first). Empty for an image without ink."""
    a = np.nan_to_num(np.asarray(image, np.float64), nan=0.0)
    if a.ndim != 2 or a.size == 0:
        return []
    h, w = a.shape
    cell = (1.0 - 2 * MARGIN) / max(h, w)
    width = min(0.25, max(0.005, cell * 1.15))  # a little wider than a pixel: rows join up
    x0 = (1.0 - cell * w) / 2
    y0 = (1.0 - cell * h) / 2
    runs = []  # (strength, stroke)
    for r in range(h):
        on = a[r] >= ink
        c = 0
        while c < w:
            if not on[c]:
                c += 1
                continue
            start = c
            while c < w and on[c]:
                c += 1
            y = y0 + (r + 0.5) * cell
            pts = [(x0 + (start + 0.5) * cell, y), (x0 + (c - 0.5) * cell, y)]
            runs.append((float(a[r, start:c].sum()), (width, pts)))
    if len(runs) > MAX_STROKES:
        keep = sorted(range(len(runs)), key=lambda i: -runs[i][0])[:MAX_STROKES]
        runs = [runs[i] for i in sorted(keep)]
    return [s for _v, s in runs]
