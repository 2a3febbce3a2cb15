"""The RNN session's sentence part (mixed into ``RnnSession``): which text model reads the
sentence (``text_source.find_text_model``: the newest trained or loaded one of the chosen
arch, else the shipped one), and the trace of its recurrent layer over the sentence
(``dlviz.core.text_trace``), recomputed from the state on every change (a few
milliseconds), so typing, a language switch and a restart show the same numbers.

Results: ``text`` (the ``TextTrace``: tokens, ids, embedding, the forward and, for the
bi-LSTM, backward traces, the probabilities after each prefix, the check against torch),
``text_model`` (the ``TextModel`` in use), ``text_note`` (why nothing is shown). ``trace``
is the direction shown, in its own reading order (the equations use it); ``shown_trace``
the same in token order (the heatmaps)."""

from __future__ import annotations

from dlviz.core import rnn
from dlviz.core.messages import N_, Message, message_of
from dlviz.core.text import tokenize
from dlviz.core.text_models import TextBiLSTM
from dlviz.core.text_trace import in_token_order, trace_sentence

from .text_source import TEXT_ARCHS, find_text_model


def hidden_of(model) -> int:
    return int(model.lstm.hidden_size if isinstance(model, TextBiLSTM) else model.hidden_size)


def token_order(tr: rnn.RnnTrace) -> rnn.RnnTrace:
    """A backward direction's trace with every series in token order (for the heatmaps)."""
    s = in_token_order(tr)
    c = s.pop("c", None)
    h = s.pop("h")
    return rnn.RnnTrace(tr.kind, tr.nonlinearity, tr.x[::-1], h, c, s, tr.h0, tr.c0, tr.weights,
                        tr.num_layers, tr.bidirectional, tr.note)


class TextSessionMixin:
    """See the module docstring (needs ``app``, ``state``, ``changed``, ``_broken``)."""

    def _init_text(self) -> None:
        self.text = None
        self.text_model = None
        self.text_note: Message | None = None
        self.shown_trace = None
        self._text_models: dict = {}
        self._count_cache: dict = {}
        self._find_text_models()

    def _find_text_models(self) -> None:
        self._text_models = {a: find_text_model(self.app.models, a, self._broken) for a in TEXT_ARCHS}
        self._count_cache.clear()

    def _fit_text_state(self, st) -> None:
        st.text_hidden = {a: (hidden_of(tm.model) if tm is not None else 0) for a, tm in self._text_models.items()}
        st.token_count = self.token_count

    def token_count(self, sentence: str, arch: str) -> int:
        """How many tokens the text model of ``arch`` reads of ``sentence``."""
        key = (sentence, arch)
        if key not in self._count_cache:
            tm = self._text_models.get(arch)
            if tm is None:
                n = 0
            else:
                try:
                    n = len(tokenize(sentence, tm.config.get("tokens", "char"))[:int(tm.config.get("max_len", 100))])
                except ValueError:
                    n = 0
            if len(self._count_cache) > 64:
                self._count_cache.clear()
            self._count_cache[key] = n
        return self._count_cache[key]

    def reads_sentence(self) -> bool:
        return self.state.input == "sentence"

    def _on_text_model_published(self, entry) -> bool:
        """True when ``entry`` is a text model (handled here)."""
        if entry.arch not in TEXT_ARCHS:
            return False
        self._find_text_models()
        self._fit_state()
        if self.reads_sentence():
            self.recompute()
        return True

    def _recompute_text(self) -> None:
        st = self.state
        self.step_probs = self.final_probs = None
        self.pred_note = None
        self.image = None
        self._bptt = None
        tm = self._text_models.get(st.text_model)
        self.text_model = tm
        self.text = self.trace = self.shown_trace = self.verification = None
        self.text_note = None
        if tm is None:
            self.text_note = Message(N_("No text model yet: train a text RNN or bi-LSTM in the Training panel "
                                        "(data: sentences)."))
            self.changed.emit()
            return
        try:
            text = trace_sentence(tm.model, tm.vocab, tm.config, st.sentence)
        except ValueError as e:  # a model this view cannot trace, or jieba missing
            self.app.message(Message(N_("RNN cells: {reason}"), reason=message_of(e)), 10000)
            if getattr(e, "field", None) != "tokens":
                self._broken.add(tm.key)
                self._find_text_models()
                self._fit_state()
                if self._text_models.get(st.text_model) is not None:
                    self._recompute_text()
                    return
            self.text_note = message_of(e)
            self.changed.emit()
            return
        self.text = text
        self.text_note = text.message
        if text.forward is not None:
            backward = text.backward is not None and st.direction == "backward"
            self.trace = text.backward if backward else text.forward
            self.shown_trace = token_order(text.backward) if backward else text.forward
            self.verification = text.verification
        self.changed.emit()

    def backward_shown(self) -> bool:
        """True while the bi-LSTM's backward direction is shown (it reads the last token first)."""
        return self.reads_sentence() and self.text is not None and self.text.backward is not None \
            and self.state.direction == "backward"

    def reading_step(self, token: int) -> int:
        """The shown direction's own step at ``token``."""
        if self.backward_shown():
            return self.text.steps - 1 - token
        return token
