"""The Training panel's views, made once and fed from the session: the progress bar and its
line, the device/data line, the live loss and accuracy curves, the confusion matrix, the
most confident mistakes, and the run's summary and result.

``TrainViews.render()`` is called on the session's throttled ``changed`` (at most 4 times a
second while training) and redraws only what changed since the last call (the batch curves
when new reports came, the epoch results when an evaluation came)."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from dlviz.ui import theme
from dlviz.ui.i18n import tr_message, tr_n
from dlviz.ui.panels.train import cells
from dlviz.ui.panels.train.projector import ProjectorView
from dlviz.ui.panels.train.regviews import KeptCurves, RegularisationView, kept_color
from dlviz.ui.panels.train.state import MISTAKES, VIEWS
from dlviz.ui.panels.train.textviews import SentenceMistakes, text_confusion
from dlviz.ui.widgets.basics import wrap_label
from dlviz.ui.widgets.plots import CurvePlot

EMPTY_LOSS_RANGE = (0.01, 3.0)  # the loss axis before a run (cross-entropy starts near ln 10 ≈ 2.3)


class MistakeGrid(QWidget):
    """``slots`` small digits with a caption under each, painted in as many columns as the
    room allows (8 × 2 when wide, 4 × 4 when narrow), the digits scaled to fit (crisp,
    nearest-neighbour). ``count``, ``captions`` and ``tooltips`` describe what is shown."""

    GAP = 6

    def __init__(self, slots: int = MISTAKES, parent=None):
        super().__init__(parent)
        self.slots = slots
        self.count = 0
        self.captions: list[str] = []
        self.tooltips: list[str] = []
        self._images: list[QImage] = []
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMouseTracking(True)

    def set_tiles(self, images, captions, tooltips=None) -> None:
        n = min(len(images), self.slots)
        self.count = n
        self.captions = list(captions[:n])
        self.tooltips = list((tooltips or captions)[:n])
        self._images = []
        for a in list(images)[:n]:
            a = np.ascontiguousarray(np.asarray(a, np.uint8))
            h, w = a.shape
            self._images.append(QImage(a.data, w, h, w, QImage.Format_Grayscale8).copy())
        self.update()

    def _caption_h(self) -> int:
        return QFontMetrics(self.font()).height()

    def _arrangement(self, width: int, height: int) -> tuple[int, int]:
        """(columns, tile side) that show every slot as large as the room allows."""
        best = (4, 20)
        cap = self._caption_h() + 2
        for cols in [c for c in range(1, self.slots + 1) if self.slots % c == 0]:  # full rows only
            rows = math.ceil(self.slots / cols)
            side = min((width - (cols - 1) * self.GAP) / cols, (height - rows * cap - (rows - 1) * self.GAP) / rows)
            side = int(min(side, 28 * 3))
            if side > best[1]:
                best = (cols, side)
        return best

    def _rects(self) -> list[tuple[QRect, QRect]]:
        cols, side = self._arrangement(self.width(), self.height())
        rows = math.ceil(self.slots / cols)
        cap = self._caption_h() + 2
        total_w = cols * side + (cols - 1) * self.GAP
        total_h = rows * (side + cap) + (rows - 1) * self.GAP
        x0 = max(0, (self.width() - total_w) // 2)
        y0 = max(0, (self.height() - total_h) // 2)
        out = []
        for i in range(self.slots):
            r, c = divmod(i, cols)
            x = x0 + c * (side + self.GAP)
            y = y0 + r * (side + cap + self.GAP)
            out.append((QRect(x, y, side, side), QRect(x - self.GAP // 2, y + side + 1, side + self.GAP, cap)))
        return out

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # two rows of eight small digits: the row under the curves stays low (the curves get the room)
        cap = self._caption_h() + 2
        return QSize(8 * 22 + 7 * self.GAP, 2 * (22 + cap) + self.GAP)

    def sizeHint(self) -> QSize:  # noqa: N802
        cap = self._caption_h() + 2
        return QSize(8 * 56 + 7 * self.GAP, 2 * (56 + cap) + self.GAP)

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        mid = self.palette().mid().color()
        for i, (img_rect, cap_rect) in enumerate(self._rects()):
            if i < self.count:
                p.drawImage(img_rect, self._images[i])
                p.setPen(QPen(mid, 1))
                p.drawRect(img_rect.adjusted(0, 0, -1, -1))
                p.setPen(QPen(self.palette().windowText().color()))
                font = self.font()
                wide = QFontMetrics(font).horizontalAdvance(self.captions[i])
                if wide > cap_rect.width() > 0 and font.pointSizeF() > 0:  # never into the next caption
                    font.setPointSizeF(max(4.0, font.pointSizeF() * cap_rect.width() / wide))
                p.setFont(font)
                p.drawText(cap_rect, Qt.AlignHCenter | Qt.AlignTop, self.captions[i])
            else:
                p.setPen(QPen(mid, 1, Qt.DashLine))
                p.drawRect(img_rect.adjusted(0, 0, -1, -1))
        p.end()

    def event(self, ev) -> bool:
        if ev.type() == ev.Type.ToolTip:
            pos = ev.position().toPoint() if hasattr(ev, "position") else ev.pos()
            for i, (img_rect, cap_rect) in enumerate(self._rects()[: self.count]):
                if img_rect.contains(pos) or cap_rect.contains(pos):
                    QToolTip.showText(ev.globalPos(), self.tooltips[i], self)
                    return True
            QToolTip.hideText()
            ev.ignore()
            return True
        return super().event(ev)


def _wrapping_label(parent, rich: bool = False) -> QLabel:
    return wrap_label(parent, text_format=Qt.RichText if rich else Qt.PlainText, align=Qt.AlignLeft | Qt.AlignTop)


class TrainViews(QWidget):
    """See the module docstring."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 0, 0, 0)
        lay.setSpacing(6)

        top = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%p %"))
        self.progress.setToolTip(self.tr("Batches done out of all batches of the run."))
        self.progress.setMinimumWidth(120)
        self.progress.setMaximumWidth(360)
        top.addWidget(self.progress, 2)
        self.header = _wrapping_label(self)
        self.header.setObjectName("header")
        self.header.setToolTip(self.tr(
            "Epoch, training speed in digits per second, time left, and the current learning rate."))
        # two lines of room kept: a longer status ("Paused at … then Resume") never shrinks the plots
        self.header.setMinimumHeight(self._lines(2))
        top.addWidget(self.header, 3)
        lay.addLayout(top)
        self.source = _wrapping_label(self)
        self.source.setToolTip(self.tr("Where the computation runs and which MNIST data is used."))
        lay.addWidget(self.source)

        self.curves = QWidget(self)
        self.curves.setObjectName("curves")
        cl = QHBoxLayout(self.curves)
        cl.setContentsMargins(0, 0, 0, 0)
        self.loss_plot = CurvePlot(self.tr("Loss (cross-entropy)"), self.tr("loss"), self.tr("epoch"), self.curves)
        self.acc_plot = CurvePlot(self.tr("Accuracy"), self.tr("accuracy (%)"), self.tr("epoch"), self.curves,
                                  legend_offset=(-10, -10))
        for plot in (self.loss_plot, self.acc_plot):
            plot.setMinimumSize(150, 140)
            plot.add_curve("batch", self.tr("train (recent batches)"), color=0, width=1, fast=True)
            plot.add_curve("train", self.tr("train (epoch mean)"), color=0, width=2.5, symbol="o")
            plot.add_curve("test", self.tr("test"), color=1, width=2.5, symbol="s")
            cl.addWidget(plot)
        self.loss_plot.setObjectName("loss_plot")
        self.acc_plot.setObjectName("acc_plot")
        self.loss_plot.getPlotItem().setLogMode(y=True)
        self.loss_plot.getPlotItem().getAxis("left").enableAutoSIPrefix(False)  # no "(x0.001)" on a log axis
        self.loss_plot.getPlotItem().getViewBox().setLimits(xMin=0)
        self.loss_plot.set_empty_y_range(*EMPTY_LOSS_RANGE)  # before a run: a loss axis, not 1 … 10
        self.loss_plot.follow_decades()  # whole decades, not an auto-range redone at every redraw
        self.acc_plot.getPlotItem().getViewBox().setLimits(xMin=0, yMin=0, yMax=100.5)
        self.acc_plot.getPlotItem().setYRange(0, 100, padding=0.01)
        lay.addWidget(self.curves, 5)
        self.kept_loss = KeptCurves(self.loss_plot, points=True)
        self.kept_acc = KeptCurves(self.acc_plot, points=True)
        self.kept_label = _wrapping_label(self, rich=True)
        self.kept_label.setObjectName("kept_runs")
        self.kept_label.setToolTip(self.tr(
            "Earlier runs stay on the plots as dim dashed curves (their test results, gap and weight norm) until "
            "you press Clear runs; at most 6 are kept."))
        lay.addWidget(self.kept_label)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("bottom_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)
        for b in self.tabs.tabBar().findChildren(QToolButton):  # the tab bar's own scroll arrows (hidden)
            b.setToolTip(self.tr("Show the other tabs"))
        test_page = QWidget(self.tabs)
        bottom = QHBoxLayout(test_page)
        bottom.setContentsMargins(0, 2, 0, 0)
        cbox = QGroupBox(self.tr("Confusion matrix (test set)"), test_page)
        cbox.setToolTip(self.tr(
            "Row = the true digit, column = the network's answer; the diagonal is right, every other "
            "number counts one kind of mistake."))
        cb = QVBoxLayout(cbox)
        cb.setContentsMargins(4, 4, 4, 4)
        self.confusion = cells.ClassConfusion(session, parent=cbox)  # any classes; a click lists a cell
        self.confusion.setObjectName("confusion")
        self.confusion.setMinimumSize(150, 150)
        cb.addWidget(self.confusion)
        self.text_confusion = text_confusion(("negative", "positive"), cbox)
        self.text_confusion.setMinimumSize(150, 150)
        self.text_confusion.hide()
        cb.addWidget(self.text_confusion)
        self._cbox_layout = cb
        self.on_confusion_made = None  # called with a text confusion matrix made for other classes
        bottom.addWidget(cbox, 4)
        mbox = QGroupBox(self.tr("Most confident mistakes (test set)"), test_page)
        mbox.setToolTip(self.tr(
            "The test digits the network got wrong while most sure of itself: true label → its answer."))
        mb = QVBoxLayout(mbox)
        mb.setContentsMargins(6, 6, 6, 6)
        self.mistakes = MistakeGrid(MISTAKES, mbox)
        self.mistakes.setObjectName("mistakes")
        mb.addWidget(self.mistakes)
        self.sentences = SentenceMistakes(mbox)
        self.sentences.hide()
        mb.addWidget(self.sentences)
        self._text_views = False
        bottom.addWidget(mbox, 6)
        self.regularisation = RegularisationView(session, self.tabs)
        self.regularisation.setObjectName("regularisation")
        self.tabs.addTab(test_page, tr_n(VIEWS["test"]))
        self.tabs.addTab(self.regularisation, tr_n(VIEWS["regularisation"]))
        self.tabs.setTabToolTip(1, self.tr("The train–test gap, the weight norm and the dropout mask."))
        self.projector = ProjectorView(session, parent, self.tabs)  # train/projector.py
        self.tabs.addTab(self.projector, tr_n(VIEWS["projector"]))
        self._views = list(VIEWS)
        self.tabs.setCurrentIndex(self._views.index(session.state.view))
        self.tabs.currentChanged.connect(self._tab_chosen)
        lay.addWidget(self.tabs, 5)

        self.summary = _wrapping_label(self, rich=True)
        self.summary.setToolTip(self.tr("The model and settings of the run shown."))
        lay.addWidget(self.summary)
        self.result = _wrapping_label(self)
        lay.addWidget(self.result)
        self._drawn: dict = {}
        theme.notifier().changed.connect(self._recolor)

    def _recolor(self, *_):
        self.mistakes.update()
        self._drawn.pop("kept", None)
        self.render()
        self.regularisation.render(force=True)

    def _tab_chosen(self, index: int) -> None:
        self.session.state.set("view", self._views[index])

    def show_view(self) -> None:
        """The tab of the state's ``view`` (state → widget)."""
        i = self._views.index(self.session.state.view)
        if self.tabs.currentIndex() != i:
            self.tabs.setCurrentIndex(i)

    # --- rendering --------------------------------------------------------------------------
    def render(self) -> None:
        """Redraw what changed in the session since the last call."""
        s = self.session
        d = self._drawn
        if d.get("run") != s.run_id:
            d.clear()
            d["run"] = s.run_id
        n = len(s.curves)
        if d.get("batches") != n:
            d["batches"] = n
            x = s.curves.column("x")
            self.loss_plot.set_curve("batch", x, s.curves.column("loss"))
            self.acc_plot.set_curve("batch", x, s.curves.column("acc"))
        extent = max([s.x_extent()] + [int(k.trace.epochs[-1][0]) for k in s.kept if k.trace.epochs])
        if d.get("extent") != extent:
            d["extent"] = extent
            for p in (self.loss_plot, self.acc_plot):
                p.getPlotItem().setXRange(0, extent, padding=0.02)
        if d.get("epochs") != s.epoch_version:
            d["epochs"] = s.epoch_version
            self._render_epochs()
        if d.get("kept") != s.kept_version:
            d["kept"] = s.kept_version
            self._render_kept()
        self.regularisation.render()
        self.projector.render()
        cells.render(self)  # the classes' names, a confusion cell's examples (train/cells.py)
        step, total = s.progress()
        if self.progress.maximum() != max(1, total):
            self.progress.setRange(0, max(1, total))
        if self.progress.value() != step:
            self.progress.setValue(step)
        self.render_texts()

    def render_texts(self) -> None:
        """The header, the device/data line and the run summary (cheap; also on status and
        data changes)."""
        s = self.session
        self._show_text_views(s.shows_text())
        self._set_text(self.header, tr_message(s.header()))
        self._set_text(self.source, tr_message(s.source()))
        summary = s.summary()
        self._set_text(self.summary, tr_message(summary) if summary is not None else "")
        self._reserve_run_lines(summary is not None)
        data = s.app._data if s.app.data_loaded else None
        tip = self.tr("Where the computation runs and which MNIST data is used.")
        if data is not None and getattr(data, "is_sample", False) and not s.run_device:
            tip = self.tr("This is a small sample of MNIST; choose the full data set with File → Choose MNIST "
                          "data folder.")
        if s.text_mode:
            tip = tr_message(s.text_data_tip())
        if self.source.toolTip() != tip:
            self.source.setToolTip(tip)

    def _lines(self, n: int) -> int:
        """The height of ``n`` lines of any text (lines with Chinese, in a fallback font, are
        taller than the interface font's line spacing)."""
        fm = QFontMetrics(self.font())
        return fm.boundingRect(QRect(0, 0, 1000, 10000), Qt.TextWordWrap, "\n".join(["国 Ag"] * n)).height() + 2

    @staticmethod
    def _set_text(label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)

    def _reserve_run_lines(self, shown: bool) -> None:
        """While a run is shown, two lines each are kept for its summary and its result, so
        the plots keep their size when a text wraps (or the result appears after epoch 1)."""
        h = self._lines(2) if shown else 0
        for label in (self.summary, self.result):
            if label.minimumHeight() != h:
                label.setMinimumHeight(h)

    def _render_kept(self) -> None:
        s = self.session
        arrays = [k.trace.epoch_array() for k in s.kept]
        self.kept_loss.set([(e[:, 0], np.maximum(e[:, 1], 1e-6)) for e in arrays])
        self.kept_acc.set([(e[:, 0], 100 * e[:, 2]) for e in arrays])
        self.kept_label.setVisible(bool(s.kept))
        if not s.kept:
            self._set_text(self.kept_label, "")
            return
        items = [f'<span style="color:{kept_color(i).name()}">■</span> {_html(tr_message(k.text()))}'
                 for i, k in enumerate(s.kept)]
        self._set_text(self.kept_label, self.tr("Earlier runs (dim):") + " " + " &nbsp; ".join(items))

    def _render_epochs(self) -> None:
        s = self.session
        rows = s.epoch_rows
        if rows:
            e = np.asarray([r[:5] for r in rows], dtype=np.float64)
            self.loss_plot.set_curve("train", e[:, 0], np.maximum(e[:, 1], 1e-6))
            self.loss_plot.set_curve("test", e[:, 0], np.maximum(e[:, 3], 1e-6))
            self.acc_plot.set_curve("train", e[:, 0], 100 * e[:, 2])
            self.acc_plot.set_curve("test", e[:, 0], 100 * e[:, 4])
        else:
            for p in (self.loss_plot, self.acc_plot):
                p.set_curve("train", [], [])
                p.set_curve("test", [], [])
        ev = s.last_eval
        if ev is None:
            self.confusion.reset()
            self.text_confusion.reset()
            self.mistakes.set_tiles([], [])
            self.sentences.set_sentences([], [], [], [], [])
            self._set_text(self.result, "")
            return
        if getattr(ev, "confused_texts", None) is not None:
            self._render_text_eval(ev)
            return
        self.confusion.set_matrix(ev.confusion)
        conf = ev.confused_confidence if ev.confused_confidence is not None else np.full(len(ev.confused_true), np.nan)
        caps, tips = [], []
        for t, p, c in zip(ev.confused_true, ev.confused_pred, conf):
            caps.append(self.tr("{0} → {1}").format(int(t), int(p)))
            tips.append(self.tr("True digit {0}; the network said {1} with probability {2:.0%}.")
                        .format(int(t), int(p), float(c)) if math.isfinite(float(c)) else caps[-1])
        self.mistakes.set_tiles(ev.confused_images, caps, tips)
        result = s.result()
        self._set_text(self.result, tr_message(result) if result is not None else "")


    # --- text runs --------------------------------------------------------------------------------
    def _show_text_views(self, text: bool) -> None:
        """The sentence views in place of the digit views (and back)."""
        if text == self._text_views:
            return
        self._text_views = text
        self.confusion.setVisible(not text)
        self.mistakes.setVisible(not text)
        self.text_confusion.setVisible(text)
        self.sentences.setVisible(text)
        self.regularisation.set_text_mode(text)

    def _render_text_eval(self, ev) -> None:
        classes = tuple(ev.classes) or tuple(str(i) for i in range(len(ev.confusion)))
        if classes != self.text_confusion.classes:
            old = self.text_confusion
            self.text_confusion = text_confusion(classes, old.parentWidget())
            self.text_confusion.setMinimumSize(150, 150)
            self.text_confusion.setVisible(self._text_views)
            self._cbox_layout.replaceWidget(old, self.text_confusion)
            old.hide()
            old.deleteLater()
            if self.on_confusion_made is not None:
                self.on_confusion_made(self.text_confusion)
        self.text_confusion.set_matrix(ev.confusion)
        self.sentences.set_sentences(ev.confused_texts, ev.confused_true, ev.confused_pred,
                                     ev.confused_confidence if ev.confused_confidence is not None else
                                     [float("nan")] * len(ev.confused_texts), classes)
        result = self.session.result()
        self._set_text(self.result, tr_message(result) if result is not None else "")

    def shown_confusion(self):
        """The confusion matrix on show (the digits' or the sentences')."""
        return self.text_confusion if self._text_views else self.confusion


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
