"""The Draw panel's exports: the model input, the drawing, the feature maps, the probabilities,
and the "Why?" map (as PNG, laid over the input, and its values as CSV)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from dlviz.core.messages import Message, N_
from dlviz.ui.export import Export, save_png, write_csv


def _tr(text: str) -> str:
    return QCoreApplication.translate("DrawPanel", text)


def draw_exports(panel) -> list[Export]:
    def need(ok, template):
        return lambda: None if ok() else Message(template)

    return [
        Export(N_("Model input (28×28) as PNG…"), "draw-input-28x28.png", lambda path: write_input_png(panel, path),
               tip=N_("The 28×28 image the model reads, one pixel per pixel"),
               ready=need(lambda: panel._pre is not None, N_("Draw a digit first"))),
        Export(N_("Drawing as PNG…"), "draw-board.png", lambda path: write_board_png(panel, path),
               tip=N_("The board's ink, 280×280 pixels, light on black (dlviz predict reads it)"),
               ready=need(lambda: bool(panel.state.strokes), N_("Draw a digit first"))),
        Export(N_("Feature maps as PNG…"), "draw-feature-maps.png", lambda path: save_png(panel.maps_view, path),
               tip=N_("Every layer's maps and the final scores, as shown"),
               ready=need(lambda: bool(panel.maps_view.layers), N_("No feature maps yet: draw a digit"))),
        Export(N_("Probabilities as CSV…"), "draw-probabilities.csv", lambda path: write_probabilities(panel, path),
               tip=N_("Each digit's probability and final score"),
               ready=need(lambda: panel.prediction is not None, N_("No prediction yet: draw a digit"))),
        Export(N_("“Why?” map as PNG…"), "draw-why.png", panel.why_box.write_png,
               tip=N_("The map laid over the 28×28 input as shown, 280×280 pixels"),
               ready=panel.why_box.not_ready),
        Export(N_("“Why?” map as CSV…"), "draw-why.csv", lambda path: write_why_csv(panel, path),
               tip=N_("The map's 28×28 values, one row per input row"),
               ready=panel.why_box.not_ready),
        Export(N_("My classes gallery as PNG…"), "draw-my-classes.png",
               lambda path: save_png(panel.teach.box.gallery, path, scale=1.0),
               tip=N_("Every class with its examples as the network sees them (Teach mode)"),
               ready=need(lambda: panel.app.my_classes.total() > 0, N_("No examples yet: draw some in Teach mode"))),
    ]


def write_input_png(panel, path: str) -> None:
    a = np.ascontiguousarray(np.clip(np.round(panel._pre.image * 255), 0, 255).astype(np.uint8))
    img = QImage(a.data, 28, 28, 28, QImage.Format_Grayscale8).copy()
    if not img.save(path, "PNG"):
        raise OSError(_tr("could not write {0}").format(path))


def write_board_png(panel, path: str) -> None:
    if not panel.canvas.ink_image().save(path, "PNG"):
        raise OSError(_tr("could not write {0}").format(path))


def write_probabilities(panel, path: str) -> None:
    p = panel.prediction
    names = panel.bars.names
    write_csv(path, ["digit" if names is None else "class", "probability", "logit"],
              [[d if names is None else names[d], f"{float(p.probabilities[d]):.6f}", f"{float(p.logits[d]):.6f}"]
               for d in range(len(p.probabilities))])


def write_why_csv(panel, path: str) -> None:
    box = panel.why_box
    write_csv(path, ["row", *(f"col{j}" for j in range(28))], box.csv_rows())
