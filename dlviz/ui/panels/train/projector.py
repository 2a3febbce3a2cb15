"""The projector tab of the Training panel: the test examples' penultimate-layer features as
points on a 2-D map (PCA, t-SNE or UMAP: the state's ``projector`` field), coloured by true
class (a cross where the network's answer is wrong), redrawn after each epoch so the
clusters are seen forming. Hovering a point shows its image in an inset; a click sends it
to the Draw panel (``app.send_drawing``). Everything shown comes from the session's last
``Projection`` (core: :mod:`dlviz.core.projector`), so a rebuilt view shows the same map."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from dlviz.core.messages import N_, Message
from dlviz.ui import theme, zoom
from dlviz.ui.i18n import tr_message, tr_n
from dlviz.ui.panels.train.custom import PROJECTOR_METHODS, UMAP_MISSING, umap_available
from dlviz.ui.widgets.basics import wrap_label
from dlviz.ui.widgets.plots import gray_pixmap

TAB10 = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
         "#17becf"]
HOVER_PX = 8  # a point counts as under the mouse within this many pixels (times the zoom)
INSET_SCALE = 3  # the hovered image, 28 × 3 pixels


def class_color(i: int) -> str:
    return TAB10[int(i) % len(TAB10)]


class ProjectorView(QWidget):
    """See the module docstring. ``panel`` gives the form (the method's field) and the app."""

    def __init__(self, session, panel, parent=None):
        super().__init__(parent)
        self.session = session
        self.app = session.app
        self.hovered: int | None = None  # the point under the mouse (its position in the map)
        self.sent: int | None = None  # the test example last sent to Draw
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 2, 0, 0)
        lay.setSpacing(3)
        top = QHBoxLayout()
        form = panel.form
        self.method = form.widget("projector")
        self.method.setParent(self)
        top.addWidget(form.label("projector"))
        top.addWidget(self.method)
        self.note = wrap_label(self, align=Qt.AlignLeft | Qt.AlignVCenter)
        self.note.setObjectName("projector_note")
        top.addWidget(self.note, 1)
        lay.addLayout(top)
        self._disable_missing()

        self.plot = pg.PlotWidget(self)
        self.plot.setObjectName("projector_plot")
        self.plot.setMinimumSize(150, 120)
        self.plot.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        for side in ("left", "bottom"):
            item.getAxis(side).setStyle(showValues=False, tickLength=0)
        self.points = pg.ScatterPlotItem(pxMode=True)
        self.plot.addItem(self.points)
        self.plot.setToolTip(self.tr("Each point is one test example; nearby points are examples the network sees "
                                     "alike. Hover to see one, click to send it to the Draw panel."))
        lay.addWidget(self.plot, 1)
        self.inset = QLabel(self.plot)
        self.inset.setObjectName("projector_inset")
        self.inset.setAlignment(Qt.AlignCenter)
        self.inset.setAutoFillBackground(True)
        self.inset.hide()
        self.legend = wrap_label(self, text_format=Qt.RichText, align=Qt.AlignLeft | Qt.AlignTop)
        self.legend.setObjectName("projector_legend")
        lay.addWidget(self.legend)

        scene = self.plot.scene()
        scene.sigMouseMoved.connect(self._moved)
        scene.sigMouseClicked.connect(self._clicked)
        self._shown = None
        theme.notifier().changed.connect(self._recolor)
        self.render()

    def _disable_missing(self) -> None:
        """UMAP stays listed, disabled, its tooltip saying why, where umap-learn is missing."""
        if umap_available():
            return
        combo = self.method
        i = combo.findData("umap")
        item = combo.model().item(i) if i >= 0 and hasattr(combo.model(), "item") else None
        if item is not None:
            item.setEnabled(False)
            combo.setItemData(i, tr_n(UMAP_MISSING), Qt.ToolTipRole)

    def _recolor(self, *_):
        self._shown = None
        self.render()

    # --- rendering ----------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.render()  # drawn when shown: a hidden tab costs nothing while a run trains

    def render(self) -> None:
        s = self.session
        proj = s.projection()
        text = bool(getattr(s, "shows_text", lambda: False)())
        key = (s.run_id, s.projection_version, s.running, tuple(s.class_labels()), text)
        if key == self._shown or not self.isVisible():
            return
        self._shown = key
        self._disable_missing()  # the combo's items are made again when its choices change
        if proj is None:
            self.points.setData([], [])
            self.hide_inset()
            self.note.setText(tr_message(self._empty_note(text)))
            self._set_legend([])
            return
        names = s.class_labels()
        labels = np.asarray(proj.labels, np.int64)
        wrong = np.asarray(proj.predicted, np.int64) != labels
        size = zoom.scaledf(7)
        brushes = [pg.mkBrush(class_color(c)) for c in labels]
        symbols = np.where(wrong, "x", "o").tolist()
        pens = [pg.mkPen(class_color(c), width=zoom.scaledf(1.5)) if w else pg.mkPen(None)
                for c, w in zip(labels, wrong)]
        pts = np.asarray(proj.points, np.float64)
        self.points.setData(pts[:, 0], pts[:, 1], brush=brushes, symbol=symbols, pen=pens, size=size,
                            data=np.arange(len(pts)))
        self.plot.getPlotItem().autoRange(padding=0.05)
        self.hide_inset()
        self.note.setText(tr_message(self._note(proj)))
        present = sorted(set(labels.tolist()))
        self._set_legend([(c, names[c] if c < len(names) else str(c)) for c in present])

    def _empty_note(self, text: bool = False) -> Message:
        if text:
            return Message(N_("The projector maps images (digits or your own classes): choose them as the data to "
                              "see what the network learned."))
        if self.session.running:
            return Message(N_("The map appears after the first epoch: each test example's features, as a point."))
        return Message(N_("Train a network to see its map: the features of each test example (the input of its last "
                          "layer) as a point, after every epoch."))

    def _note(self, proj) -> Message:
        method = PROJECTOR_METHODS.get(proj.method, proj.method)
        if proj.epoch > 0:
            head = Message(N_("{method} of {count:,} test examples' features (the last layer's input), after epoch "
                              "{epoch} ({seconds:.1f} s). Crosses: wrong answers."), method=method,
                           count=len(proj.points), epoch=int(proj.epoch), seconds=float(proj.seconds))
        else:
            head = Message(N_("{method} of {count:,} test examples' features (the last layer's input) ({seconds:.1f} "
                              "s). Crosses: wrong answers."), method=method, count=len(proj.points),
                           seconds=float(proj.seconds))
        if proj.note is not None:
            return Message(N_("{head} {note}"), head=head, note=proj.note)
        return head

    def _set_legend(self, items) -> None:
        parts = [f'<span style="color:{class_color(c)}">●</span>&nbsp;{_html(name)}' for c, name in items]
        text = " &nbsp; ".join(parts)
        if self.legend.text() != text:
            self.legend.setText(text)

    # --- hover and click ---------------------------------------------------------------------------
    def point_at(self, scene_pos) -> int | None:
        """The map's point nearest a scene position, within ``HOVER_PX`` pixels, or None."""
        proj = self.session.projection()
        if proj is None or not len(proj.points):
            return None
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = vb.mapSceneToView(scene_pos)
        pw, ph = vb.viewPixelSize()
        if not (pw > 0 and ph > 0):
            return None
        pts = np.asarray(proj.points, np.float64)
        d2 = ((pts[:, 0] - p.x()) / pw) ** 2 + ((pts[:, 1] - p.y()) / ph) ** 2
        i = int(np.argmin(d2))
        return i if d2[i] <= zoom.scaledf(HOVER_PX) ** 2 else None

    def scene_pos_of(self, i: int):
        """The scene position of point ``i`` (for tests)."""
        proj = self.session.projection()
        x, y = (float(v) for v in proj.points[i])
        return self.plot.getPlotItem().getViewBox().mapViewToScene(pg.Point(x, y))

    def _moved(self, scene_pos) -> None:
        i = self.point_at(scene_pos)
        if i is None:
            self.hide_inset()
        else:
            self.show_inset(i)

    def show_inset(self, i: int) -> None:
        """The image of point ``i``, its true class and the network's answer, in the plot's corner."""
        proj = self.session.projection()
        if proj is None or not 0 <= i < len(proj.points):
            return
        self.hovered = i
        names = self.session.class_labels()
        t, p = int(proj.labels[i]), int(proj.predicted[i])
        name = (lambda c: names[c] if c < len(names) else str(c))
        self.inset.setPixmap(gray_pixmap(proj.images[i], max(1, round(INSET_SCALE * zoom.zoom()))))
        text = self.tr("True {0} · answer {1}").format(name(t), name(p))
        self.inset.setToolTip(text)
        self.inset.setAccessibleName(text)
        self.inset.adjustSize()
        self.inset.move(QPoint(self.plot.width() - self.inset.width() - 6, 6))
        self.inset.show()
        self.inset.raise_()
        self.plot.setToolTip(text + "\n" + self.tr("Click to send it to the Draw panel."))

    def hide_inset(self) -> None:
        if self.hovered is not None:
            self.hovered = None
            self.plot.setToolTip(self.tr("Each point is one test example; nearby points are examples the network "
                                         "sees alike. Hover to see one, click to send it to the Draw panel."))
        self.inset.hide()

    def _clicked(self, ev) -> None:
        if ev.button() != Qt.LeftButton:
            return
        i = self.point_at(ev.scenePos())
        if i is not None:
            ev.accept()
            self.send_to_draw(i)

    def send_to_draw(self, i: int) -> None:
        """Send the image of point ``i`` to the Draw panel (a 28×28 float image in [0, 1])."""
        proj = self.session.projection()
        if proj is None or not 0 <= i < len(proj.points):
            return
        self.sent = int(proj.indices[i])
        image = np.asarray(proj.images[i], np.float32) / 255.0
        self.app.message(Message(N_("Test example {index} sent to the Draw panel."), index=self.sent))
        self.app.send_drawing("draw", image)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
