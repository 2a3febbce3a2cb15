"""What the RNN cells panel computes from its state: the sequence model whose weights can
be used (from the catalogue ``app.models``), the trace of the cell over the input (every
gate, c and h at every step; ``dlviz.core.rnn``), the check against torch, the class
probabilities when the model's weights are in use, and, when the BPTT view asks, the
backward pass of the loss after the last step (``backward.py``).

The session follows the catalogue (``app.models.changed``): the newest trained or loaded
RNN/GRU/LSTM replaces the model; the first usable model is shown at once, later ones
replace the model in use (a learner who chose random weights keeps them). It follows the
data too (``app.data_changed``). It tells the state what the state cannot know by itself
(``model_hidden``, ``test_digits``) and keeps the state consistent with them.

Everything here is recomputed from the state (cheap: a few milliseconds), so a language
switch or a restart shows the same numbers.
"""

from __future__ import annotations

import csv
from contextlib import contextmanager

import numpy as np

from dlviz.core import rnn
from dlviz.core.messages import Message, N_, message_of
from dlviz.core.signals import make_signal
from dlviz.ui.panels.base import Session

from .state import CELL_KINDS, IMAGE_INPUTS, SIGNAL_STEPS, RnnState, cell_key
from .text_session import TextSessionMixin

SEQ_ARCHS = ("lstm", "gru", "rnn")
# 1-D signals are scaled so that an input weight of U(−1/√H, 1/√H) moves the gates visibly
SIGNAL_AMPLITUDE = 3.0
TRACE_FIELDS = frozenset({"cell", "weights", "hidden", "seed", "drawing", "input", "digit", "text_model", "sentence",
                          "direction"})


def model_cell(model) -> tuple[str, str] | None:
    """(kind, nonlinearity) of a sequence classifier this panel can trace, else None (no
    recurrent layer, or one that does not read 28 values a step)."""
    module = getattr(model, "rnn", None)
    if module is None or getattr(module, "input_size", None) != 28:
        return None
    try:
        return rnn.module_kind(module)
    except ValueError:
        return None


class RnnSession(TextSessionMixin, Session):
    """See the module docstring. Results: ``trace``, ``verification``, ``step_probs``
    (T, 10) and ``final_probs`` (10,) (None without the model), ``pred_note`` (why there is
    no prediction), ``image`` (the 28×28 input in [0, 1], None for a signal); for a sentence
    ``text`` and the rest of ``text_session.py``."""

    def __init__(self, app, state: RnnState, parent=None):
        super().__init__(app, state, parent)
        self.entry = None  # the catalogue's ModelEntry whose weights can be used
        self.trace: rnn.RnnTrace | None = None
        self.verification: rnn.Verification | None = None
        self.step_probs: np.ndarray | None = None
        self.final_probs: np.ndarray | None = None
        self.pred_note: Message | None = None
        self.image: np.ndarray | None = None
        self._bptt = None  # backward.BpttResult, made when the BPTT view asks (bptt_result)
        self.playing = False  # the player was playing (it plays on after a rebuild)
        self._broken: set[str] = set()  # catalogue keys whose model failed here
        self._quiet = False
        self._init_text()
        self.entry = self._find_model(report=True)
        self._fit_state()
        state.changed.connect(self._on_state_changed)
        app.models.changed.connect(self._on_model_published)
        app.data_changed.connect(self._on_data_changed)
        self.recompute()

    # --- the model ------------------------------------------------------------------------
    def _find_model(self, report: bool = False):
        models = self.app.models
        entry = models.find(SEQ_ARCHS)
        if report:
            shipped = models.entry("shipped:lstm")
            if shipped is not None and not shipped.usable:
                self.app.message(Message(N_("RNN cells: the shipped LSTM weights cannot be used ({reason})"),
                                         reason=shipped.error or "?"), 10000)
        if entry is not None and (entry.key in self._broken or model_cell(entry.model) is None):
            own = [e for e in models.entries(SEQ_ARCHS) if e.key not in self._broken and e is not entry
                   and e.usable and model_cell(e.model) is not None]
            entry = own[0] if own else None
        return entry

    def model_kind(self) -> tuple[str, str] | None:
        return None if self.entry is None else model_cell(self.entry.model)

    def model_hidden(self) -> int:
        return 0 if self.entry is None else int(self.entry.model.rnn.hidden_size)

    def uses_model(self) -> bool:
        """True while the trained model's weights are traced."""
        return self.entry is not None and self.state.weights == "model"

    def model_config(self) -> dict:
        return {} if self.entry is None else dict(self.entry.config)

    def _on_model_published(self, entry) -> None:
        if self._on_text_model_published(entry):
            return
        if entry.arch not in SEQ_ARCHS or model_cell(entry.model) is None:
            return
        # the first model that arrives is shown at once; later ones replace it when its
        # weights are in use (a learner who chose random weights keeps them)
        switch = self.entry is None or self.state.weights == "model"
        self.entry = entry
        self._fit_state({"weights": "model"} if switch else {})
        self.recompute()

    def _on_data_changed(self, _data) -> None:
        self._fit_state()
        self.recompute()

    # --- keeping the state consistent -------------------------------------------------------------
    @contextmanager
    def _holding(self):
        was, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = was

    def _fit_state(self, wanted: dict | None = None) -> None:
        """Tell the state the model's hidden size and the number of test digits, and bring
        its values into line (``wanted``: changes the session itself asks for)."""
        st = self.state
        st.model_hidden = self.model_hidden()
        data = self.app.data
        st.test_digits = int(len(data.test_x)) if data is not None else None
        self._fit_text_state(st)
        wanted = dict(wanted or {})
        if self.entry is None and st.weights == "model":
            wanted["weights"] = "random"
        if st.input == "sentence" and not any(st.text_hidden.values()):
            wanted["input"] = "digit"
        if wanted.get("weights") == "model" and st.input not in IMAGE_INPUTS and st.input != "sentence":
            wanted["input"] = "digit"
        changes = st.settled(wanted)
        with self._holding():
            if changes and not st.update(changes):
                st.update(st.settled({"weights": "random"}))

    # --- computing ------------------------------------------------------------------------
    def _on_state_changed(self, names) -> None:
        if not self._quiet and names & TRACE_FIELDS:
            self.recompute()

    def input_sequence(self) -> tuple[np.ndarray, np.ndarray | None]:
        """(x (T, I), the 28×28 image in [0, 1] or None for a signal)."""
        st = self.state
        if st.input == "digit":
            data = self.app.data
            img = data.test_x[min(st.digit, len(data.test_x) - 1)]
            return rnn.digit_sequence(img), img.astype(np.float32) / 255.0
        if st.input == "drawing" and st.drawing is not None:
            img = st.drawing.astype(np.float32)
            return rnn.digit_sequence(img), img
        return make_signal(st.input, SIGNAL_STEPS, SIGNAL_AMPLITUDE), None

    def digit_label(self) -> int | None:
        if self.state.input != "digit":
            return None
        data = self.app.data
        return int(data.test_y[min(self.state.digit, len(data.test_y) - 1)])

    def recompute(self) -> None:
        """The trace, its check against torch and the prediction, from the state."""
        st = self.state
        if st.input == "sentence":
            self._recompute_text()
            return
        self.text = self.text_model = self.text_note = None
        x, image = self.input_sequence()
        self.step_probs = self.final_probs = None
        self.pred_note = None
        module = None
        try:
            if self.uses_model():
                model = self.entry.model
                module = model.rnn
                tr = rnn.trace(module, x)
                fc = getattr(model, "fc", None)
                if tr.partial:
                    self.pred_note = Message(N_("The prediction needs every layer; this view traces only {part}."),
                                             part=tr.note_message() or tr.note)
                elif fc is not None:
                    w = fc.weight.detach().cpu().numpy()
                    b = fc.bias.detach().cpu().numpy()
                    self.step_probs = rnn.predict_proba(tr.h, w, b)
                    self.final_probs = self.step_probs[-1]
                else:
                    self.pred_note = Message(N_("This model has no output layer to read."))
            else:
                kind, nonlin = CELL_KINDS[st.cell]
                weights = rnn.random_weights(kind, x.shape[1], st.hidden, st.seed, nonlin)
                tr = rnn.run_cell(weights, x)
            verification = rnn.verify(tr, module)
        except ValueError as e:  # a model this view cannot trace: back to random weights
            if module is None:
                raise
            self.app.message(Message(N_("RNN cells: {reason}"), reason=message_of(e)), 10000)
            self._broken.add(self.entry.key)
            self.entry = self._find_model()
            self._fit_state()
            self.recompute()
            return
        self.trace, self.verification, self.image = tr, verification, image
        self.shown_trace = tr
        self._bptt = None
        self.changed.emit()

    def bptt_result(self):
        """The backpropagation-through-time view's numbers (``backward.BpttResult``),
        computed the first time they are asked for after the trace changed."""
        if self._bptt is None and self.trace is not None:
            from .backward import compute  # noqa: PLC0415

            self._bptt = compute(self)
        return self._bptt

    # --- what the views show -------------------------------------------------------------------
    def shown_unit(self) -> int:
        return 0 if self.trace is None else min(self.state.unit, self.trace.hidden_size - 1)

    def shown_step(self) -> int:
        return 0 if self.trace is None else min(self.state.step, self.trace.steps - 1)

    def shown_cell(self) -> str:
        """The ``cell`` choice of the cell traced (the model's while its weights are used)."""
        if self.trace is None:
            return self.state.cell
        return cell_key(self.trace.kind, self.trace.nonlinearity)

    def interesting_unit(self) -> int:
        """The unit whose cell (or hidden) state changes most over the sequence."""
        tr = self.trace
        if self.text is not None and tr is not None:
            from dlviz.core.text_trace import interesting_unit  # noqa: PLC0415

            return interesting_unit(self.text)
        if tr is None:
            return 0
        series = tr.c if tr.c is not None else tr.h
        return int(np.argmax(np.abs(np.diff(series, axis=0)).sum(axis=0)))

    # --- exports ------------------------------------------------------------------------------
    def csv_ready(self):
        return None if self.trace is not None else Message(N_("nothing to export yet"))

    def write_csv(self, path: str) -> None:
        """Every step × unit of the trace (gates, c, h) as CSV, into ``path``."""
        header, rows = rnn.trace_table(self.shown_trace if self.text is not None else self.trace)
        if self.text is not None:  # a sentence: step = token number, with the token and its id
            header = [header[0], "token", "id", *header[1:]]
            rows = [[r[0], self.text.tokens[r[0] - 1], self.text.ids[r[0] - 1], *r[1:]] for r in rows]
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)

    def shutdown(self) -> None:
        for signal, slot in ((self.state.changed, self._on_state_changed),
                             (self.app.models.changed, self._on_model_published),
                             (self.app.data_changed, self._on_data_changed)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
