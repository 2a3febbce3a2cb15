"""The Teach mode's gallery: every class of ``app.my_classes`` as a heading (its name, how
many examples it has, a hint while it has fewer than ten) over its examples, each drawn as
the network sees it — the 28×28 input after the preprocessing, one block per pixel.

Clicking a heading chooses the class (new examples go to it); clicking an example chooses
it (Delete example removes it). The view only paints: what it shows is handed to it by
``set_classes``, and the selection lives in the state (the class) and the session (the
example)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from dlviz.ui import theme, zoom
from dlviz.ui.my_classes import FEW_EXAMPLES
from dlviz.ui.panels.draw.views import LUT_GREY, outline, to_qimage

THUMB = 42  # pixels at 100 % zoom: 1.5 screen pixels per input pixel
GAP = 4


def thumbnail(image01: np.ndarray):
    """A 28×28 example as a QImage (grey, light ink on black)."""
    return to_qimage(np.clip(np.round(np.asarray(image01) * 255), 0, 255).astype(np.uint8), LUT_GREY)


class GalleryView(QWidget):
    """See the module docstring. ``class_clicked(name)``, ``example_clicked(name, index)``."""

    class_clicked = Signal(str)
    example_clicked = Signal(str, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.classes: list[tuple[str, list]] = []  # (name, [QImage, …])
        self.chosen: str | None = None
        self.selected: tuple[str, int] | None = None
        self.empty_text = ""
        self._heading = QFont(self.font())
        self._heading.setBold(True)
        self._rects: list[tuple[QRect, str, int]] = []  # hit areas: (rect, class, index or -1)
        self._laid_width = -1
        self._thumbs: dict[int, tuple[np.ndarray, object]] = {}  # id(image) → (image, QImage): made once
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.MinimumExpanding)
        self.setMouseTracking(False)

    # --- content ------------------------------------------------------------------------
    def set_classes(self, classes, chosen, selected, empty_text: str = "") -> None:
        """``classes``: [(name, [28×28 arrays])]; ``chosen``: the class new examples go to;
        ``selected``: (class, index) of the chosen example or None. The thumbnail of an array
        seen before (the same object) is not made again."""
        old, self._thumbs = self._thumbs, {}
        out = []
        for name, images in classes:
            thumbs = []
            for a in images:
                hit = old.get(id(a))
                q = hit[1] if hit is not None and hit[0] is a else thumbnail(a)
                self._thumbs[id(a)] = (a, q)
                thumbs.append(q)
            out.append((name, thumbs))
        self.classes = out
        self.chosen, self.selected, self.empty_text = chosen, selected, empty_text
        self._relayout()

    def set_selection(self, chosen, selected) -> None:
        self.chosen, self.selected = chosen, selected
        self.update()

    def heading_text(self, name: str, count: int) -> str:
        text = self.tr("{0} · {1} examples").format(name, count) if count != 1 else \
            self.tr("{0} · 1 example").format(name)
        if count < FEW_EXAMPLES:
            text += " — " + self.tr("draw at least {0}").format(FEW_EXAMPLES)
        return text

    # --- geometry -------------------------------------------------------------------------
    def _cell(self) -> int:
        return zoom.scaled(THUMB)

    def _layout(self, width: int) -> tuple[list, int]:
        """Hit areas and the height needed at ``width``."""
        fm = QFontMetrics(self._heading)
        cell, gap = self._cell(), zoom.scaled(GAP)
        per_row = max(1, (width - gap) // (cell + gap))
        rects, y = [], gap
        for name, thumbs in self.classes:
            head_h = fm.height() + 2 * gap
            rects.append((QRect(0, y, width, head_h), name, -1))
            y += head_h
            for i in range(len(thumbs)):
                r, c = divmod(i, per_row)
                rects.append((QRect(gap + c * (cell + gap), y + r * (cell + gap), cell, cell), name, i))
            rows = (len(thumbs) + per_row - 1) // per_row
            y += rows * (cell + gap) + gap
        return rects, y

    def _relayout(self) -> None:
        self._rects, height = self._layout(max(1, self.width()))
        self._laid_width = self.width()
        if self.classes:
            self.setMinimumHeight(height)
        else:
            self.setMinimumHeight(zoom.scaled(60))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(zoom.scaled(300), zoom.scaled(200))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._cell() + 2 * zoom.scaled(GAP), zoom.scaled(60))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.width() != self._laid_width:
            self._relayout()

    def hit(self, pos) -> tuple[str, int] | None:
        """(class, example index or -1 for the heading) under ``pos``, or None."""
        for rect, name, index in self._rects:
            if rect.contains(pos):
                return name, index
        return None

    def rect_of(self, name: str, index: int) -> QRect | None:
        for rect, n, i in self._rects:
            if n == name and i == index:
                return QRect(rect)
        return None

    # --- painting and the mouse ---------------------------------------------------------------
    def paintEvent(self, event) -> None:
        p = QPainter(self)
        colors = theme.colors()
        fg = self.palette().windowText().color()
        accent = QColor(colors.get("accent", "#1f77b4"))
        highlight = QColor(colors.get("highlight", "#ff7f0e"))
        if not self.classes:
            p.setPen(self.palette().placeholderText().color())
            p.drawText(self.rect().adjusted(8, 8, -8, -8), Qt.AlignCenter | Qt.TextWordWrap, self.empty_text)
            p.end()
            return
        counts = {name: len(thumbs) for name, thumbs in self.classes}
        thumbs_of = dict(self.classes)
        clip = event.rect()
        for rect, name, index in self._rects:
            if not rect.intersects(clip):
                continue
            if index < 0:
                if name == self.chosen:
                    band = QColor(accent)
                    band.setAlpha(40)
                    p.fillRect(rect, band)
                p.setFont(self._heading)
                p.setPen(fg if counts[name] >= FEW_EXAMPLES else QColor(colors.get("negative", "#c0392b")))
                p.drawText(rect.adjusted(zoom.scaled(GAP), 0, -zoom.scaled(GAP), 0), Qt.AlignLeft | Qt.AlignVCenter,
                           self.heading_text(name, counts[name]))
            else:
                p.drawImage(rect, thumbs_of[name][index])
                if self.selected == (name, index):
                    outline(p, QRectF(rect.adjusted(-2, -2, 2, 2)), highlight, 2)
        p.end()

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.LeftButton:
            return super().mousePressEvent(event)
        hit = self.hit(event.position().toPoint())
        if hit is None:
            return
        name, index = hit
        if index < 0:
            self.class_clicked.emit(name)
        else:
            self.example_clicked.emit(name, index)
