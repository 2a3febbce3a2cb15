"""The RNN panel reading a sentence (mixed into ``RnnPanel``): the sentence typed (the state
follows as you type, throttled) or picked from the examples; its tokens with their vocabulary
ids (``<unk>`` marked, ``<pad>`` explained) and embedding vectors; the gates and states of
the text model's recurrent layer over the tokens (the tokens under the heatmaps' time axis);
the sentence coloured by the chosen unit's hidden state (LSTMVis-style chips); and the
sentiment after each prefix (how 不 flips it). Everything is rendered from the state and the
session's ``TextTrace``."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dlviz.core.text import CLASS_WORDS, OOV_ID, PAD_ID
from dlviz.core.text_trace import id_label
from dlviz.ui import zoom
from dlviz.ui.i18n import tr_message, tr_n

from .formulas import fmt_num, formula_html
from .text_source import example_sentences
from .text_views import (
    UNK_COLOR,
    Chip,
    ChipsView,
    SentimentView,
    activation_color,
    token_text,
)

TYPING_DELAY_MS = 250  # the sentence is read this long after the last key (typing stays smooth)
CHIP_ROWS_HEIGHT = 80  # the coloured sentence scrolls beyond this height (px at 100 %): about 2 rows
NUMBERS_UP_TO = 40  # longer sentences: the coloured chips without their numbers (in the tooltips)
KIND_MARKS = {"positive": "+", "negative": "−", "negation": "不", "made-up": "✎"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RnnPanel", text)


def class_word(name: str) -> str:
    return tr_n(CLASS_WORDS[name]) if name in CLASS_WORDS else name


class TextPanelMixin:
    """See the module docstring (needs the RnnPanel's widgets, ``state``, ``session``)."""

    def _build_text(self, right_layout, index: int) -> None:
        c = self.controls
        # the sentence coloured by one unit, above the heatmaps
        self.unit_box = QWidget(self)
        ul = QVBoxLayout(self.unit_box)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.setSpacing(2)
        self.unit_title = QLabel(self.unit_box)
        self.unit_title.setWordWrap(True)
        ul.addWidget(self.unit_title)
        self.unit_scroll = QScrollArea(self.unit_box)
        self.unit_scroll.setWidgetResizable(True)
        self.unit_scroll.setFrameShape(QFrame.NoFrame)
        self.unit_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.unit_chips = ChipsView(self.unit_scroll, big=12.0)
        self.unit_chips.setObjectName("unit_chips")
        self.unit_chips.setToolTip(_tr(
            "The sentence coloured by the chosen unit's hidden state after each token (red +, blue −, white 0), "
            "as in LSTMVis. Pick the unit with a click on a heatmap row or with “Numbers for unit”."))
        self.unit_scroll.setWidget(self.unit_chips)
        self.unit_scroll.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self.unit_chips.fitted.connect(self._fit_unit_scroll)
        ul.addWidget(self.unit_scroll)
        # the sentiment after each prefix, beside its verdict
        row = QHBoxLayout()
        row.setSpacing(6)
        self.sentiment_label = QLabel(self.unit_box)
        self.sentiment_label.setObjectName("sentiment_label")
        self.sentiment_label.setWordWrap(True)
        self.sentiment_label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.sentiment_label.setMinimumWidth(zoom.scaled(150))
        row.addWidget(self.sentiment_label, 2)
        self.sentiment_view = SentimentView(self.unit_box)
        self.sentiment_view.setToolTip(_tr(
            "The model's probability after each prefix of the sentence: the bar after token t is what the model "
            "would say if the sentence ended there (up: positive, down: negative). Watch 不 flip it."))
        row.addWidget(self.sentiment_view, 5)
        ul.addLayout(row)
        right_layout.insertWidget(index, self.unit_box)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_DELAY_MS)
        self._typing.timeout.connect(self._commit_typing)
        c.sentence_edit.textEdited.connect(lambda _t: self._typing.start())
        self._fill_examples()
        c.example_combo.activated.connect(self._on_example)
        c.token_chips.picked.connect(lambda k: self.state.set("step", k))
        self.unit_chips.picked.connect(lambda k: self.state.set("step", k))
        self.add_export_menu(c.embedding_view)
        self.add_export_menu(self.sentiment_view)

    def _fit_unit_scroll(self) -> None:
        """As tall as the coloured sentence, up to about two rows (then it scrolls)."""
        need = self.unit_chips.minimumHeight()
        h = min(need, zoom.scaled(CHIP_ROWS_HEIGHT))
        if self.unit_scroll.height() != h:
            self.unit_scroll.setFixedHeight(h)
        self.unit_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded if need > h else Qt.ScrollBarAlwaysOff)

    # --- input ------------------------------------------------------------------------------
    def _commit_typing(self) -> None:
        edit = self.controls.sentence_edit
        if edit.text() != self.state.sentence:
            edit.wanted.emit(edit.text())  # through the form: a refusal is shown beside the field

    def _fill_examples(self) -> None:
        combo = self.controls.example_combo
        combo.clear()
        combo.addItem(_tr("Pick an example sentence…"), None)
        words = {"positive": _tr("positive"), "negative": _tr("negative"), "negation": _tr("with 不/没有"),
                 "made-up": _tr("made up")}
        for text, label, kind in example_sentences():
            verdict = "" if label is None else " · " + class_word(("negative", "positive")[label])
            combo.addItem(f"{KIND_MARKS[kind]} {text}", text)
            combo.setItemData(combo.count() - 1, _tr("{0}{1}: {2}").format(words[kind], verdict, text),
                              Qt.ToolTipRole)

    def _on_example(self, index: int) -> None:
        text = self.controls.example_combo.itemData(index)
        self.controls.example_combo.setCurrentIndex(0)  # a picker, not a setting
        if text:
            self._typing.stop()
            self.state.update(self.state.settled({"input": "sentence", "sentence": text}))

    # --- rendering ----------------------------------------------------------------------------
    def _render_text(self) -> None:
        s, c = self.session, self.controls
        text = s.text
        c.show_sentence_rows(True)
        self.unit_box.setVisible(True)
        for w in (self.mode_label, self.mode_combo):
            w.setVisible(False)
        self._render_text_controls()
        self.pred_view.setVisible(False)
        tr = s.shown_trace
        if text is None or tr is None:
            self._render_empty_text()
            return
        self.view_stack.setCurrentIndex(0)
        for w in (self.heat_view, self.unit_scroll, self.sentiment_view, c.embedding_view):
            w.setVisible(True)
        self.formula_box.setTitle(_tr("Equations (PyTorch)"))
        self.loss_label.setVisible(False)
        self._render_text_header()
        self._render_tokens()
        self.heat_view.show_trace(tr, self._c)
        self.heat_view.set_step_labels(text.tokens, backward=s.backward_shown())
        probs, _name = self._shown_probs()
        self.sentiment_view.show_probs(probs, text.tokens)
        self.player.set_count(text.steps, self._player_index(s.shown_step()))
        self.show_step()

    def _render_empty_text(self) -> None:
        s, c = self.session, self.controls
        note = tr_message(s.text_note) if s.text_note is not None else ""
        self.summary.setText(note)
        self.badge.setText("")
        self.badge.setStyleSheet("")
        self.heat_view.setVisible(False)
        for w in (self.unit_scroll, self.sentiment_view, c.embedding_view):
            w.setVisible(False)  # empty plots say nothing: the note says why
        self.unit_title.setText("")
        self.unit_chips.set_chips([])
        c.token_chips.set_chips([])
        c.tokens_title.setText(note)
        c.ids_note.setText("")
        c.embedding_title.setText("")
        c.embedding_view.show_rows(np.zeros((0, 1)), [], [])
        self.sentiment_view.show_probs(np.zeros(0), [])
        self.sentiment_label.setText("")
        self.formula.setHtml("")
        self.step_label.setText("")
        self.player.set_count(1, 0)

    def _render_text_controls(self) -> None:
        s, c = self.session, self.controls
        tm = s.text_model
        if tm is None:
            c.model_note.setText(tr_message(s.text_note) if s.text_note is not None else "")
        else:
            extra = _tr("the first of {0} layers, {1}").format(
                s.text.layers if s.text is not None else 2,
                _tr("backward direction") if s.backward_shown() else _tr("forward direction")) \
                if tm.arch == "text-bilstm" else _tr("its one recurrent layer")
            c.model_note.setText(_tr("{0}: vocabulary of {1} tokens, {2} tokens; traced: {3}.").format(
                tr_message(tm.name), f"{len(tm.vocab):,}",
                _tr("word") if tm.config.get("tokens") == "word" else _tr("character"), extra))
        c.model_note.setVisible(True)

    def _render_text_header(self) -> None:
        s = self.session
        text, tr, v = s.text, s.trace, s.verification
        from .panel import kind_title  # noqa: PLC0415

        where = ""
        if text.backward is not None:
            where = _tr(" · layer 1 of {0}, {1}").format(
                text.layers, _tr("backward direction") if s.backward_shown() else _tr("forward direction"))
        self.summary.setText(_tr("{0} · H = {1} · {2}{3} · {4} tokens, embedding size {5}").format(
            kind_title(tr.kind, tr.nonlinearity), tr.hidden_size, tr_message(s.text_model.name), where,
            text.steps, text.embedding.shape[1]))
        self.summary.setToolTip(self.summary.text())
        if v is None:
            return
        from .panel import BADGE_BAD, BADGE_OK  # noqa: PLC0415

        if v.ok:
            self.badge.setText(_tr("✓ torch agrees: max |Δ| = {0:.0e}").format(v.max_diff))
            self.badge.setStyleSheet(BADGE_OK)
        else:
            self.badge.setText(_tr("✗ differs from torch: max |Δ| = {0:.1e}").format(v.max_diff))
            self.badge.setStyleSheet(BADGE_BAD)
        self.badge.setToolTip(_tr(
            "The numpy trace is compared with torch on the same embedding vectors: the text model's own "
            "recurrent layer, and a torch.nn.{0} holding the same weights (h and c after every token; {1}, "
            "tolerance {2:.0e}).").format({"lstm": "LSTM", "gru": "GRU"}.get(tr.kind, "RNN"), v.dtype, v.tolerance))

    def _render_tokens(self) -> None:
        s, c = self.session, self.controls
        text, tm = s.text, s.text_model
        unk = _tr("<unk>: not in the vocabulary, read as id 1")
        pairs = text.bigrams or []
        pair_ids = text.bigram_ids or []

        def pair_tip(t: int) -> str:
            if t >= len(pairs):
                return ""
            if pair_ids[t] == OOV_ID:
                return "\n" + _tr("pair “{0}”: not among the model's pairs, read as <unk> pair (row 1)").format(pairs[t])
            return "\n" + _tr("pair “{0}”: row {1} of the pair table").format(pairs[t], pair_ids[t])

        chips = [Chip(tok, id_label(i) if i in (OOV_ID, PAD_ID) else str(i),
                      outline=QColor(UNK_COLOR) if i == OOV_ID else None,
                      tip=_tr("token {0}: “{1}”, id {2}").format(t + 1, tok, i) + ("\n" + unk if i == OOV_ID else "")
                      + pair_tip(t))
                 for t, (tok, i) in enumerate(zip(text.tokens, text.ids))]
        c.token_chips.set_chips(chips, s.shown_step())
        mode = _tr("jieba words") if tm.config.get("tokens") == "word" else _tr("characters")
        c.tokens_title.setText(_tr("<b>Tokens</b> ({0}) → <b>ids</b> in the vocabulary of {1}:").format(
            mode, f"{len(tm.vocab):,}"))
        n_unk = sum(text.oov)
        lines = [_tr("{0} of {1} tokens are <unk> (id 1): not seen often enough in training.").format(
            n_unk, text.steps) if n_unk else _tr("Every token is in the vocabulary (none is <unk>, id 1).")]
        lines.append(_tr("Id 0 is <pad>: in a batch, shorter sentences are filled up with it to the longest "
                         "one's length; the model skips it (its embedding row is all zeros)."))
        if text.bigrams is not None:
            known = sum(1 for i in pair_ids if i != OOV_ID)
            lines.append(_tr("Plus {0} character pairs: each vector is the token's embedding + that of its pair with "
                             "the token before ({1} of {2} pairs known). Hover a token for its pair.").format(
                f"{len(tm.model.bigram.keys):,}", known, len(pair_ids)))
        if text.truncated:
            lines.append(_tr("{0} more tokens are not read: the model reads at most {1}.").format(
                text.truncated, int(tm.config.get("max_len", 100))))
        if text.message is not None:
            lines.insert(0, tr_message(text.message))
        c.ids_note.setText("\n".join(lines))
        if text.bigrams is not None:
            c.embedding_title.setText(_tr("<b>Embedding</b> + <b>pair</b>: one vector of {0} numbers per token:").format(
                text.embedding.shape[1]))
        else:
            c.embedding_title.setText(_tr("<b>Embedding</b>: one vector of {0} numbers per token (a row each):").format(
                text.embedding.shape[1]))
        c.embedding_view.show_rows(text.embedding, text.tokens, text.oov)

    def _shown_probs(self) -> tuple[np.ndarray, str]:
        """The probability shown after each prefix, and its class: the second of two classes
        (positive), else the class of the final answer."""
        text = self.session.text
        p = text.probabilities
        k = 1 if p.shape[1] == 2 else int(np.argmax(p[-1]))
        return p[:, k], text.classes[k] if k < len(text.classes) else str(k)

    # --- the current token and unit -------------------------------------------------------------
    def _show_text_step(self) -> None:
        s, c = self.session, self.controls
        text, tr = s.text, s.shown_trace
        if text is None or tr is None:
            return
        t, unit = s.shown_step(), s.shown_unit()
        self.player.set_index(self._player_index(t))
        self.heat_view.show_step(t, unit)
        c.token_chips.set_current(t)
        self.sentiment_view.show_step(t)
        h = tr.h[:, unit]
        numbers = text.steps <= NUMBERS_UP_TO
        self.unit_chips.set_chips(
            [Chip(tok, fmt_num(float(v)) if numbers else "", fill=activation_color(float(v)),
                  tip=_tr("after token {0} “{1}”: h[{2}] = {3}").format(k + 1, tok, unit, fmt_num(float(v))))
             for k, (tok, v) in enumerate(zip(text.tokens, h))], t)
        self._fit_unit_scroll()
        r = self.unit_chips.chip_rect(t)
        if r is not None:
            self.unit_scroll.ensureVisible(int(r.center().x()), int(r.center().y()), 0, int(r.height()))
        direction = _tr(" (backward direction)") if s.backward_shown() else ""
        self.unit_title.setText(_tr("<b>Unit {0}</b>{1}: the sentence coloured by its hidden state h after each "
                                    "token").format(unit, direction))
        self.unit_title.setToolTip(_tr("Click a heatmap row (or change “Numbers for unit”) to pick another unit."))
        probs, name = self._shown_probs()
        final = text.final
        k = int(np.argmax(final))
        self.sentiment_label.setText(_tr(
            "After all {0} tokens: <b>{1}</b> ({2:.0%})<br>P({3}) after each token; after “{4}” (token {5}): "
            "{6:.0%}").format(text.steps, class_word(text.classes[k]), float(final[k]), class_word(name),
                              token_text(text.tokens[t]), t + 1, float(probs[t])))
        self.step_label.setText(_tr("· token t = {0} of {1}: “{2}” (id {3})").format(
            t + 1, text.steps, token_text(text.tokens[t]), id_label(text.ids[t])))
        self.step_label.setToolTip(self.step_label.text())
        self.formula.setHtml(formula_html(s.trace, s.reading_step(t), unit, self._c))
