"""Why this digit? The lower part of the layer view shows either the selected feature map's
detail (why = none) or a map of where the model looks (saliency, Grad-CAM, occlusion;
computed by :mod:`dlviz.core.explain`) laid over the 28×28 input, with one sentence that
says what it shows; the "Why this digit?" choice sits under the prediction.

The map is of the model in use (the one the bars come from), for the predicted digit or the
digit the state's ``why_class`` names; Grad-CAM says that it does not apply to a model without
convolutions (the row-reading RNNs, a ViT). The panel computes it on its own throttled timer
(``DrawPanel.update_why_now``): this module only shows it."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dlviz.core.messages import Message, N_
from dlviz.ui import zoom
from dlviz.ui.forms import Form
from dlviz.ui.i18n import tr_message
from dlviz.ui.panels.draw.views import ALIGN_CENTER_WRAP, LUT_DIV, LUT_SEQ, colour_indices, short_number
from dlviz.ui.widgets.basics import wrap_label
from dlviz.ui.widgets.column import ControlsColumn

ALIGN_CAPTION = Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap
EXPORT_SCALE = 10  # the PNG export: 280×280, ten pixels per input pixel


def _rgb(packed: np.ndarray) -> np.ndarray:
    """uint32 0xAARRGGBB → float (…, 3) in 0–255."""
    p = packed.astype(np.uint32)
    return np.stack([(p >> 16) & 255, (p >> 8) & 255, p & 255], axis=-1).astype(np.float64)


def overlay_pixels(image01: np.ndarray, heat: np.ndarray | None, signed: bool, opacity: float) -> np.ndarray:
    """The 28×28 input in grey with ``heat`` laid over it, as packed RGB32 (uint32, H×W).

    Each pixel's colour comes from the map's colour table (magma for a map of sizes, blue–
    white–red for a signed one), scaled to the map's largest size; it covers the input by
    ``opacity`` × √(its size / the largest), so where the map is 0 the input shows and
    middling values still show; the input is dimmed by half the opacity so that the colours
    stand out on the white strokes."""
    op = float(np.clip(opacity, 0.0, 1.0))
    grey = np.clip(np.asarray(image01, np.float64), 0, 1)[..., None] * 255.0 * np.ones(3)
    if heat is None:
        out = grey
    else:
        heat = np.asarray(heat, np.float64)
        scale = float(np.abs(heat).max())
        if scale <= 1e-12:
            out = grey
        else:
            lut = LUT_DIV if signed else LUT_SEQ
            colour = _rgb(lut[colour_indices(heat, signed, scale)])
            alpha = op * np.sqrt(np.abs(heat) / scale)
            out = grey * (1 - op / 2) * (1 - alpha[..., None]) + colour * alpha[..., None]
    c = np.clip(np.round(out), 0, 255).astype(np.uint32)
    return (np.uint32(0xFF000000) | (c[..., 0] << 16) | (c[..., 1] << 8) | c[..., 2]).astype(np.uint32)


def pixels_image(pixels: np.ndarray) -> QImage:
    a = np.ascontiguousarray(pixels, np.uint32)
    h, w = a.shape
    return QImage(a.data, w, h, 4 * w, QImage.Format_RGB32).copy()


class WhyView(QWidget):
    """The overlay (the input with the map), a square as large as the room allows, and one
    line of numbers painted under it; a text in the middle when there is no map."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.image: QImage | None = None
        self.caption = ""
        self.message = ""
        self.paint_count = 0
        self.setMinimumSize(zoom.scaled(120), zoom.scaled(120))
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setToolTip(self.tr("The 28×28 input the model reads, with the map laid over it"))

    def sizeHint(self) -> QSize:
        return QSize(zoom.scaled(200), zoom.scaled(200))

    def show_pixels(self, pixels: np.ndarray, caption: str) -> None:
        self.image, self.caption, self.message = pixels_image(pixels), caption, ""
        self.update()

    def show_message(self, text: str) -> None:
        self.image, self.caption, self.message = None, "", text
        self.update()

    def _caption_height(self) -> int:
        """One line under the image, two when the numbers do not fit one (a narrow view)."""
        fm = self.fontMetrics()
        lines = 1 if fm.horizontalAdvance(self.caption) <= self.width() else 2
        return fm.lineSpacing() * lines + 4

    def image_rect(self) -> QRectF:
        side = max(10.0, min(float(self.width()), float(self.height() - self._caption_height())))
        return QRectF((self.width() - side) / 2, 0, side, side)

    def paintEvent(self, event) -> None:
        self.paint_count += 1
        p = QPainter(self)
        fg = self.palette().windowText().color()
        muted = QColor(fg)
        muted.setAlpha(170)
        if self.image is None:
            p.setPen(muted)
            p.drawText(self.rect().adjusted(6, 6, -6, -6), ALIGN_CENTER_WRAP, self.message)
            p.end()
            return
        r = self.image_rect()
        p.drawImage(r, self.image)  # nearest neighbour: one block per input pixel
        p.setPen(muted)
        p.drawRect(r.adjusted(0, 0, -1, -1))
        p.setPen(fg)
        p.setFont(QFont(self.font()))
        line = QRectF(0, r.bottom() + 2, self.width(), self._caption_height())
        p.drawText(line, ALIGN_CAPTION, self.caption)
        p.end()


class WhyBox(QWidget):
    """A stack: the feature map's ``detail`` (why = none) or the why page (the overlay beside
    the digit to explain, the opacity and the sentence). The "Why this digit?" choice itself
    is ``why_row`` (the panel puts it under the prediction, where it has room).

    ``show_explanation(e, image01, note)`` / ``show_reason(text, sentence)`` fill the page;
    ``explanation`` keeps the last map shown (None when there is none), for the exports."""

    def __init__(self, state, detail: QWidget, report=None, parent=None):
        super().__init__(parent)
        self.state = state
        self.explanation = None
        self.image01: np.ndarray | None = None
        self._names: list[str] | None = None  # the classes of the model in use when it has names (set by the panel)
        self.form = Form(state, self, report=report)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.why_row = row = QHBoxLayout()
        row.setSpacing(6)
        self.why_combo = self.form.widget("why")
        row.addWidget(self.form.label("why"))
        row.addWidget(self.why_combo, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(detail)
        page = QWidget()
        self.stack.addWidget(page)
        lay.addWidget(self.stack, 1)

        prow = QHBoxLayout(page)
        prow.setContentsMargins(0, 0, 0, 0)
        prow.setSpacing(10)
        self.view = WhyView(page)
        self.view.setObjectName("why_view")
        prow.addWidget(self.view, 5)
        # the digit, the opacity and the sentence: a column that scrolls vertically only and is
        # never narrower than its widest row (nothing is cut off at a large zoom)
        side = self.side = ControlsColumn(page, min_width=150, fixed=False, margins=(0, 0, 4, 0), spacing=6,
                                          name="why_side")
        side.viewport().setAutoFillBackground(False)
        side.inner.setAutoFillBackground(False)  # (setWidget turned it on: the page's own background shows)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        for name in ("why_class", "why_opacity"):
            form.addRow(self.form.label(name), self.form.widget(name))
        self.form.widget("why_class").setSizeAdjustPolicy(QComboBox.AdjustToContents)  # "Predicted" shows whole
        side.column.addLayout(form)
        self.sentence = wrap_label(side.inner, text_format=Qt.PlainText, align=Qt.AlignLeft | Qt.AlignTop)
        self.sentence.setObjectName("why_sentence")
        side.column.addWidget(self.sentence)
        side.column.addStretch(1)
        prow.addWidget(side, 4)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
        self.sync()

    @property
    def names(self) -> list[str] | None:
        return self._names

    @names.setter
    def names(self, names: list[str] | None) -> None:
        self._names = list(names) if names else None
        self.label_classes()

    def label_classes(self) -> None:
        """The Explain list names the model's classes ("0 circle"), and offers only those;
        for a digit model it offers the digits 0–9."""
        combo = self.form.widget("why_class")
        names = self._names or []
        for i in range(combo.count()):
            key = combo.itemData(i)
            if key == "predicted":
                continue
            d = int(key)
            combo.setItemText(i, f"{d} {names[d]}" if d < len(names) else str(d))
            combo.view().setRowHidden(i, bool(names) and d >= len(names))

    def sizeHint(self) -> QSize:
        return self.stack.widget(0).sizeHint()  # as high as the detail alone: the layer view keeps its room

    def sync(self) -> None:
        """The page the state's ``why`` asks for."""
        self.stack.setCurrentIndex(0 if self.state.why == "none" else 1)

    def active(self) -> bool:
        return self.state.why != "none"

    # --- what the page says ---------------------------------------------------------------
    def target_name(self, target: int) -> str:
        names = self.names
        return names[target] if names and 0 <= target < len(names) else str(target)

    def digit_words(self, e) -> str:
        if self.names:
            if self.state.why_class == "predicted":
                return self.tr("the predicted class {0}").format(self.target_name(e.target))
            return self.tr("the class {0}").format(self.target_name(e.target))
        if self.state.why_class == "predicted":
            return self.tr("the predicted digit {0}").format(e.target)
        return self.tr("the digit {0}").format(e.target)

    def sentence_for(self, e) -> str:
        d = self.digit_words(e)
        if e.method == "saliency":
            return self.tr("Saliency: the brighter a pixel, the more a small change there would change the "
                           "score (logit) of {0}.").format(d)
        if e.method == "gradcam":
            h, w = e.coarse.shape
            if float(e.map.max()) <= 0.0:
                return self.tr("Grad-CAM is empty here: weighted by how they move the score (logit) of {1} on "
                               "average, the maps of {0} add up to less than 0 everywhere, and ReLU keeps only "
                               "what is above 0. Try saliency or occlusion.").format(e.layer, d)
            return self.tr("Grad-CAM: bright regions are where the features of {0} raise the score (logit) of "
                           "{1}; its {2}×{3} cells are enlarged to 28×28.").format(e.layer, d, h, w)
        text = self.tr("Occlusion: red where covering a {0}×{0} patch with the background lowers the "
                       "probability of {1}, blue where it raises it.").format(e.patch, d)
        if float(np.abs(e.map).max()) < 0.01:
            text += " " + self.tr("Here no patch changes it by even 1 %: the model is very sure.")
        return text

    def caption_for(self, e) -> str:
        text = self.tr("{0}: logit {1} · {2} %").format(self.target_name(e.target), short_number(e.score),
                                                          f"{100 * e.probability:.1f}")
        if e.method == "occlusion":
            text += " · " + self.tr("largest drop {0} %").format(f"{100 * float(e.map.max()):.1f}")
        return text

    def show_explanation(self, e, image01: np.ndarray, note: str = "") -> None:
        """Show explanation ``e`` of the input ``image01``; ``note`` follows the sentence."""
        self.explanation, self.image01 = e, np.asarray(image01, np.float32).copy()
        self.view.show_pixels(self.pixels(), self.caption_for(e))
        self._set_sentence(" ".join(t for t in (self.sentence_for(e), note) if t))

    def pixels(self, opacity: float | None = None) -> np.ndarray:
        e = self.explanation
        op = self.state.why_opacity / 100.0 if opacity is None else opacity
        return overlay_pixels(self.image01, e.map, e.signed, op)

    def restyle(self) -> None:
        """The opacity changed: the same map, laid over anew."""
        if self.explanation is not None:
            self.view.show_pixels(self.pixels(), self.view.caption)

    def show_reason(self, text: str, sentence: str = "") -> None:
        """No map: ``text`` in the view, ``sentence`` (or the text) beside it."""
        self.explanation, self.image01 = None, None
        self.view.show_message(text)
        self._set_sentence(sentence or text)

    def _set_sentence(self, text: str) -> None:
        if self.sentence.text() != text:  # (a new text lays the page out again: only when it changes)
            self.sentence.setText(text)

    # --- exports ------------------------------------------------------------------------------
    def not_ready(self):
        """Why there is nothing to export (a Message or a text shown), or None."""
        if self.state.why == "none":
            return Message(N_("Choose a map under “Why this digit?” first"))
        if self.explanation is None:
            return self.sentence.text() or Message(N_("Draw a digit first"))
        return None

    def write_png(self, path: str) -> None:
        side = 28 * EXPORT_SCALE
        img = pixels_image(self.pixels()).scaled(side, side, Qt.IgnoreAspectRatio, Qt.FastTransformation)
        if not img.save(path, "PNG"):
            raise OSError(self.tr("could not write {0}").format(path))

    def csv_rows(self):
        m = self.explanation.map
        return [[i, *(f"{float(v):.6g}" for v in m[i])] for i in range(m.shape[0])]


def _tr(text: str) -> str:
    return QCoreApplication.translate("DrawPanel", text)


def update_why(box: WhyBox, entry, pre, layers_of_other: bool = False) -> None:
    """Fill ``box`` with the map of its state's method for catalogue ``entry`` (the model in
    use; None: none) and the preprocessed drawing ``pre`` (None: an empty board), or with the
    reason there is none. ``layers_of_other``: the layers shown above are another model's
    (the sentence then says whose map it is)."""
    from dlviz.core import explain  # noqa: PLC0415
    from dlviz.core.features import model_input  # noqa: PLC0415

    state = box.state
    if entry is None or entry.model is None:
        box.show_reason(_tr("No model to explain yet."))
    elif not explain.applies(entry.model, state.why):
        box.show_reason(_tr("Not for this model"), _tr(
            "Grad-CAM does not apply to {0}: it has no convolution layer. Choose saliency or occlusion.")
            .format(tr_message(entry.name)))
    elif pre is None:
        box.show_reason(_tr("Draw a digit to see where the model looks."))
    else:
        target = None if state.why_class == "predicted" else int(state.why_class)
        if target is not None and box.names and target >= len(box.names):
            box.show_reason(_tr("No class {0}").format(target), _tr(
                "{0} knows {1} classes, numbered 0–{2} ({3}): choose Predicted or one of those numbers.")
                .format(tr_message(entry.name), len(box.names), len(box.names) - 1,
                        ", ".join(f"{i} {n}" for i, n in enumerate(box.names))))
            return
        try:
            e = explain.explain(entry.model, model_input(pre.image), state.why, target)
        except Exception as err:  # noqa: BLE001 — a foreign model must not crash the panel
            box.show_reason(_tr("This model cannot be explained: {0}").format(tr_message(err)[:160]))
        else:
            note = _tr("This map is of {0}, the model in use, not of the CNN above.").format(
                tr_message(entry.name)) if layers_of_other else ""
            box.show_explanation(e, pre.image, note)
