"""The Training panel's confusion matrix for any number of classes (the digits, or 2–10 of your
own), whose cells can be clicked: a click on the cell (true i, predicted j) shows the test
examples in it in place of the most confident mistakes (click it again to go back). The chosen
cell is the session's (``ProjectorResults.select_cell``), so it survives a rebuild; the
examples come from the predictions the engine sends with each epoch's map.

``render(views)`` is called from ``TrainViews.render``: it sizes and names the matrix after the
run's classes, outlines the chosen cell, and fills the mistakes grid."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGraphicsRectItem

from dlviz.ui import theme, zoom
from dlviz.ui.i18n import tr_message
from dlviz.ui.widgets.plots import ConfusionMatrix

DIGITS = [str(i) for i in range(10)]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClassConfusion", text)


class ClassConfusion(ConfusionMatrix):
    """A :class:`ConfusionMatrix` that takes the run's classes (``set_classes``) and reports a
    click on a cell to the session (``cell_at`` maps a scene position to (true, predicted))."""

    def __init__(self, session, parent=None):
        super().__init__(10, parent=parent)
        self.session = session
        self._ticks_fit = None
        self.tick_names = (list(self.labels), list(self.labels))  # (rows, columns) as drawn
        self.setToolTip(_tr("Click a cell to see its test examples (true row, predicted column); click it again "
                            "to go back to the mistakes."))
        self._outline = QGraphicsRectItem(0, 0, 1, 1)
        self._outline.setZValue(20)
        self._outline.hide()
        self.plot.addItem(self._outline)
        self.scene().sigMouseClicked.connect(self._clicked)
        self._recolor_outline()
        theme.notifier().changed.connect(self._recolor_outline)

    def _recolor_outline(self, *_):
        self._outline.setPen(zoom.pen(theme.colors()["negative"], width=2.5))

    def set_classes(self, labels) -> None:
        """Rows and columns for these class names (the counts reset to zero)."""
        labels = [str(v) for v in labels]
        digits = labels == DIGITS[: len(labels)] and len(labels) == 10
        p = self.plot
        p.setLabel("left", _tr("true digit") if digits else _tr("true class"))
        p.setLabel("bottom", _tr("predicted digit") if digits else _tr("predicted class"))
        if labels == self.labels:
            return
        k = len(labels)
        for row in self._texts:
            for t in row:
                p.removeItem(t)
        self.k, self.labels = k, labels
        self._ticks_fit = None
        self._fit_ticks()
        self.image.setImage(np.zeros((k, k), np.float32), autoLevels=False, levels=(0.0, 1.0))
        self.image.setRect(QRectF(0, 0, k, k))
        p.setRange(xRange=(0, k), yRange=(0, k), padding=0.0)
        self._texts = []
        for i in range(k):
            row = []
            for j in range(k):
                t = pg.TextItem("", anchor=(0.5, 0.5))
                t.setPos(j + 0.5, i + 0.5)
                p.addItem(t)
                row.append(t)
            self._texts.append(row)
        self.counts = np.zeros((k, k), np.int64)
        self._shown, self._font_of = {}, {}
        self.set_matrix(self.counts)

    def _fit_texts(self, *_):
        super()._fit_texts()
        self._fit_ticks()

    def _fit_ticks(self) -> None:
        """Class names as the room allows: the rows' names up to 10 characters; the columns'
        whole where they fit a cell's width. Where one would be cut ("c…" says nothing with
        "circle" and "cross" side by side), the columns are numbered and each row's name
        starts with its number ("0 circle"): the row names are the key to the columns."""
        if not hasattr(self, "_ticks_fit"):
            return  # the base class's constructor (sizes first)
        axis = self.plot.getAxis("bottom")
        fm = QFontMetrics(axis.style.get("tickFont") or axis.font())
        room = self.cell_px() - zoom.scaled(6)  # a gap between two columns' names
        fits = all(fm.horizontalAdvance(lab) <= room for lab in self.labels)
        if fits == self._ticks_fit:
            return
        self._ticks_fit = fits
        numbered = not fits and any(lab != str(i) for i, lab in enumerate(self.labels))
        rows = [f"{i} {shorten(lab, 10)}" if numbered else shorten(lab, 10) for i, lab in enumerate(self.labels)]
        cols = [str(i) if numbered else lab for i, lab in enumerate(self.labels)]
        self.tick_names = (rows, cols)
        self.plot.getAxis("left").setTicks([list(enumerate_ticks(rows))])
        axis.setTicks([list(enumerate_ticks(cols))])

    def set_matrix(self, counts) -> None:
        """The counts; a matrix of another size first takes the run's classes (a panel rebuilt
        during a run on your own classes gets the run's 4 × 4 before its names are rendered)."""
        k = int(np.shape(counts)[0]) if np.ndim(counts) == 2 else self.k
        if k != self.k and getattr(self, "session", None) is not None:
            names = self.session.class_labels()
            self.set_classes(names if len(names) == k else [str(i) for i in range(k)])
        super().set_matrix(counts)

    def show_cell(self, cell) -> None:
        if cell is None or cell[0] >= self.k or cell[1] >= self.k:
            self._outline.hide()
            return
        i, j = cell
        self._outline.setRect(QRectF(j, i, 1, 1))
        self._outline.show()

    def cell_at(self, scene_pos) -> tuple[int, int] | None:
        """The (true, predicted) cell under a scene position, or None."""
        vb = self.plot.getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        pt = vb.mapSceneToView(scene_pos)
        j, i = math.floor(pt.x()), math.floor(pt.y())
        if 0 <= i < self.k and 0 <= j < self.k:
            return i, j
        return None

    def _clicked(self, ev) -> None:
        if ev.button() != Qt.LeftButton:
            return
        cell = self.cell_at(ev.scenePos())
        if cell is not None:
            ev.accept()
            self.session.select_cell(*cell)


def enumerate_ticks(names):
    """Axis ticks at the middle of each row or column."""
    return ((i + 0.5, name) for i, name in enumerate(names))


def shorten(text: str, chars: int) -> str:
    """``text`` cut to ``chars`` characters, the last one "…" where it was cut."""
    return text if len(text) <= chars else (text[: max(1, chars - 1)] + "…" if chars > 1 else text[:1])


def captions(names, true, pred) -> list[str]:
    """"3 → 5" under a tile (long class names cut: the caption stays under its image)."""
    return [QCoreApplication.translate("TrainViews", "{0} → {1}").format(shorten(_name(names, t), 6),
                                                                         shorten(_name(names, p), 6))
            for t, p in zip(true, pred)]


def _name(names, i) -> str:
    i = int(i)
    return names[i] if 0 <= i < len(names) else str(i)


def render(views) -> None:
    """Size and name the confusion matrix after the run's classes, outline the chosen cell and
    show its examples (or the mistakes, captioned with the class names)."""
    s, d = views.session, views._drawn
    names = s.class_labels()
    key = (s.run_id, s.epoch_version, s.cell_version, s.projection_version, tuple(names))
    if d.get("cells") == key:
        return
    d["cells"] = key
    conf = views.confusion
    if list(names) != conf.labels:
        conf.set_classes(names)
        if s.last_eval is not None and np.shape(s.last_eval.confusion) == (conf.k, conf.k):
            conf.set_matrix(s.last_eval.confusion)
    cell = s.cell
    conf.show_cell(cell)
    box = views.mistakes.parentWidget()
    ev = s.last_eval
    found = s.cell_examples() if cell is not None else None
    if cell is not None:
        # a short title (a group box is as wide as its title), the whole sentence in its tooltip
        pair = (shorten(_name(names, cell[0]), 12), shorten(_name(names, cell[1]), 12))
        if found is None:
            title = _tr("{0} → {1}").format(*pair)
        elif found[2] == 1:
            title = _tr("{0} → {1}: 1 test example").format(*pair)
        else:
            title = _tr("{0} → {1}: {2:,} test examples").format(*pair, found[2])
        box.setTitle(title)
        box.setToolTip(tr_message(s.cell_title()))
        if found is None:
            views.mistakes.set_tiles([], [])
            return
        images, where, _count = found
        labels = np.asarray(s.projection().test_labels)[where]
        preds = np.asarray(s.projection().predictions)[where]
        caps = captions(names, labels, preds)
        tips = [_tr("Test example {0}: true {1}, predicted {2}.").format(int(w), _name(names, t), _name(names, p))
                for w, t, p in zip(where, labels, preds)]
        views.mistakes.set_tiles(images, caps, tips)
        return
    box.setTitle(QCoreApplication.translate("TrainViews", "Most confident mistakes (test set)"))
    box.setToolTip(QCoreApplication.translate(
        "TrainViews", "The test digits the network got wrong while most sure of itself: true label → its answer."))
    if ev is None or getattr(ev, "confused_images", None) is None:
        return
    conf_p = ev.confused_confidence if ev.confused_confidence is not None else [float("nan")] * len(ev.confused_true)
    caps = captions(names, ev.confused_true, ev.confused_pred)
    tip = QCoreApplication.translate("TrainViews", "True digit {0}; the network said {1} with probability {2:.0%}.") \
        if names == DIGITS else _tr("True class {0}; the network said {1} with probability {2:.0%}.")
    tips = [tip.format(_name(names, t), _name(names, p), float(c)) if math.isfinite(float(c)) else cap
            for t, p, c, cap in zip(ev.confused_true, ev.confused_pred, conf_p, caps)]
    views.mistakes.set_tiles(ev.confused_images, caps, tips)
