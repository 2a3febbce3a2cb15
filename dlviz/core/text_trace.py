"""What a text model's recurrent layer does with one sentence, token by token, for the RNN
panel: the tokens and their vocabulary ids (and, for a model with character pairs, each
token's pair with the one before and its row in the pair table), the vectors the layer reads, every
gate and state of the layer at every token (a :class:`dlviz.core.rnn.RnnTrace`, computed
in numpy by :func:`dlviz.core.rnn.run_cell` from the module's weights), and the class
probabilities after each prefix. Everything is checked against torch (:func:`verify_text`):
the module's own outputs and a fresh ``nn.RNN`` / ``nn.GRU`` / ``nn.LSTM`` holding the same
weights.

- ``text-rnn`` (:class:`~dlviz.core.text_models.TextRNN`): its one ``nn.RNNCell`` /
  ``GRUCell`` / ``LSTMCell`` is traced (eval mode: no dropout).
- ``text-bilstm`` (:class:`~dlviz.core.text_models.TextBiLSTM`): the first layer of the
  2-layer bidirectional LSTM is traced, its forward direction (reads the tokens left to right)
  and its backward direction (reads them right to left, starting at the last token). The
  backward trace is kept in its own reading order; :func:`in_token_order` turns its series
  into token order (column t = the state after it has read token t).

**The vocabulary of a model in the catalogue** travels in the entry's config:
``config["vocabulary"]`` is the token list (id = position: ``<pad>``, ``<unk>``, then the
kept tokens), exactly ``Vocabulary.tokens`` and the checkpoints' ``extra["vocabulary"]``
(:func:`vocabulary_of`, :func:`config_with_vocabulary`).

Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import torch

from dlviz.core import rnn
from dlviz.core.messages import N_, CoreError, Message
from dlviz.core.rnn_weights import CellWeights, weights_from_dict
from dlviz.core.text import OOV_ID, OOV_TOKEN, PAD_ID, PAD_TOKEN, Vocabulary, tokenize
from dlviz.core.text_models import (
    TextBiLSTM,
    TextRNN,
    bigram_labels,
    bigram_rows,
    embedding_rows,
    prefix_probabilities,
)

EMPTY_NOTE = N_("Type a sentence: there is no token to read yet.")
UNKNOWN_NOTE = N_("None of these tokens is in the model's vocabulary: the model reads only <unk> (id 1).")


# --- the vocabulary in a catalogue entry -------------------------------------------------------
def vocabulary_of(config: dict | None) -> Vocabulary | None:
    """The vocabulary a text model's config carries (``config["vocabulary"]``), or None."""
    tokens = (config or {}).get("vocabulary")
    if not isinstance(tokens, (list, tuple)) or not all(isinstance(t, str) for t in tokens):
        return None
    return Vocabulary(list(tokens))


def config_with_vocabulary(config: dict, vocab: Vocabulary) -> dict:
    """The config to publish a text model with: its own keys plus ``vocabulary``."""
    return {**dict(config), "vocabulary": list(vocab.tokens)}


# --- the recurrent layer's weights -------------------------------------------------------------
def layer_weights(model, direction: str = "forward") -> CellWeights:
    """The traced layer's weights: TextRNN's cell, or the first layer of TextBiLSTM's LSTM in
    ``direction`` ("forward" or "backward")."""
    if isinstance(model, TextRNN):
        if direction != "forward":
            raise CoreError(N_("a one-directional RNN has no backward direction"), field="direction")
        sd = {k: v for k, v in model.cell.state_dict().items()}
        return weights_from_dict(sd, model.cell_kind, getattr(model.cell, "nonlinearity", "tanh"))
    if isinstance(model, TextBiLSTM):
        suffix = "_l0" if direction == "forward" else "_l0_reverse"
        sd = {name: getattr(model.lstm, name + suffix) for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh")}
        return weights_from_dict(sd, "lstm")
    raise CoreError(N_("not a text model this view can trace: {name}"), field="model", name=type(model).__name__)


def num_layers(model) -> int:
    return int(model.lstm.num_layers) if isinstance(model, TextBiLSTM) else 1


# --- one sentence ------------------------------------------------------------------------------
@dataclass
class TextTrace:
    """One sentence read by a text model. ``forward`` is None when there is no token
    (``message`` says why); ``backward`` only for the bi-LSTM (its own reading order)."""

    text: str
    tokens: list[str]
    ids: list[int]
    embedding: np.ndarray  # (T, D) the vectors the recurrent layer reads
    forward: rnn.RnnTrace | None
    backward: rnn.RnnTrace | None
    probabilities: np.ndarray  # (T, C) after each prefix; row −1 is the model's answer
    classes: list[str]
    truncated: int = 0  # tokens beyond the model's max_len (not read)
    layers: int = 1  # the model's recurrent layers (the first is traced)
    message: Message | None = None
    verification: rnn.Verification | None = field(default=None)
    # a model with character pairs (config "bigrams"): each token's pair with the token before it,
    # and the pair's row in the model's table (1: not kept); ``embedding`` is then the sum of the
    # token's and the pair's vectors. None for a model without pairs.
    bigrams: list[str] | None = None
    bigram_ids: list[int] | None = None

    @property
    def bigram_unknown(self) -> list[bool]:
        return [i == OOV_ID for i in (self.bigram_ids or [])]

    @property
    def steps(self) -> int:
        return len(self.tokens)

    @property
    def oov(self) -> list[bool]:
        return [i == OOV_ID for i in self.ids]

    @property
    def final(self) -> np.ndarray | None:
        return self.probabilities[-1] if len(self.probabilities) else None

    def token_label(self, t: int) -> str:
        return self.tokens[t] if 0 <= t < len(self.tokens) else ""


def trace_sentence(model, vocab: Vocabulary, config: dict, text: str, check: bool = True) -> TextTrace:
    """Tokenise ``text`` as the model's config says (``tokens``: char or word, ``max_len``),
    look the tokens up, embed them and trace the recurrent layer; the prefix probabilities
    come from :func:`dlviz.core.text_models.prefix_probabilities`. ``check``: compare with
    torch (``verification``). A sentence without tokens gives a trace with no steps and a
    ``message``, never an error."""
    mode = config.get("tokens", "char")
    max_len = int(config.get("max_len", 100))
    all_tokens = tokenize(text, mode)
    tokens = all_tokens[:max_len]
    ids = vocab.ids(tokens)
    classes = [str(c) for c in config.get("classes", [])] or [str(k) for k in range(model.fc.out_features)]
    layers = num_layers(model)
    if not tokens:
        dim = int(model.embedding.embedding_dim)
        return TextTrace(text, [], [], np.zeros((0, dim), np.float32), None, None,
                         np.zeros((0, len(classes)), np.float32), classes, 0, layers, Message(EMPTY_NOTE))
    emb = embedding_rows(model, ids)
    fwd = rnn.run_cell(layer_weights(model, "forward"), emb)
    fwd.num_layers = layers
    fwd.bidirectional = isinstance(model, TextBiLSTM)
    bwd = None
    if isinstance(model, TextBiLSTM):
        bwd = rnn.run_cell(layer_weights(model, "backward"), emb[::-1].copy())
    probs = prefix_probabilities(model, ids)
    note = Message(UNKNOWN_NOTE) if all(i == OOV_ID for i in ids) else None
    out = TextTrace(text, tokens, ids, emb, fwd, bwd, probs, classes, len(all_tokens) - len(tokens), layers, note)
    if getattr(model, "bigram", None) is not None:
        out.bigrams, out.bigram_ids = bigram_labels(tokens), bigram_rows(model, ids)
    if check:
        out.verification = verify_text(model, out)
    return out


def in_token_order(tr: rnn.RnnTrace) -> dict:
    """A backward direction's series (gates, c, h) in token order: row t is what the
    direction computed on reading token t (it reads the last token first)."""
    return {name: values[::-1] for name, values in tr.series().items()}


# --- the check against torch -------------------------------------------------------------------
def _torch_cell_states(cell, x: np.ndarray, kind: str) -> tuple[np.ndarray, np.ndarray | None]:
    """h (and c) after every step from the torch cell module itself, one step at a time."""
    p = next(cell.parameters())
    xt = torch.as_tensor(x, dtype=p.dtype)
    h = torch.zeros(1, cell.hidden_size, dtype=p.dtype)
    c = torch.zeros_like(h)
    hs, cs = [], []
    with torch.no_grad():
        for t in range(len(xt)):
            if kind == "lstm":
                h, c = cell(xt[t:t + 1], (h, c))
                cs.append(c[0].numpy().copy())
            else:
                h = cell(xt[t:t + 1], h)
            hs.append(h[0].numpy().copy())
    return np.stack(hs), (np.stack(cs) if kind == "lstm" else None)


def _first_layer_bilstm(model: TextBiLSTM) -> torch.nn.LSTM:
    """A one-layer bidirectional nn.LSTM holding the first layer's weights (both directions)."""
    lstm = model.lstm
    one = torch.nn.LSTM(lstm.input_size, lstm.hidden_size, num_layers=1, bidirectional=True)
    one = one.to(next(lstm.parameters()).dtype)
    with torch.no_grad():
        for name, _ in one.named_parameters():
            getattr(one, name).copy_(getattr(lstm, name))
    return one.eval()


def _max_abs(a, b) -> float:
    return float(np.max(np.abs(np.asarray(a, np.float64) - np.asarray(b, np.float64)))) if np.size(a) else 0.0


def verify_text(model, tr: TextTrace) -> rnn.Verification:
    """The largest difference between the numpy trace and torch:

    - text-rnn: the model's own states (``TextRNN.states`` on the ids), its cell module stepped
      by torch (h and, for an LSTM, c), and ``rnn.verify`` (a fresh nn.RNN / nn.GRU / nn.LSTM
      with the cell's weights, its full-sequence output too);
    - text-bilstm: the model's own LSTM (layer 0 forward, ``rnn.verify``) and a one-layer
      bidirectional nn.LSTM with the first layer's weights, whose output's second half is the
      backward direction's h in token order (and c_n its c after the first token)."""
    fwd = tr.forward
    if fwd is None:
        return rnn.Verification(0.0, None, rnn.tolerance_for(np.float32), "float32")
    x = tr.embedding
    if isinstance(model, TextRNN):
        ids = torch.as_tensor([tr.ids], dtype=torch.int64)
        was = model.training
        model.eval()
        try:
            with torch.no_grad():
                own_h = model.states(ids, torch.tensor([len(tr.ids)]))[0].numpy()
        finally:
            model.train(was)
        cell_h, cell_c = _torch_cell_states(model.cell, x, fwd.kind)
        dh = max(_max_abs(own_h, fwd.h), _max_abs(cell_h, fwd.h))
        dc = _max_abs(cell_c, fwd.c) if cell_c is not None else None
        fresh = rnn.verify(fwd)
        dh = max(dh, fresh.max_diff_h)
        if dc is not None:
            dc = max(dc, fresh.max_diff_c or 0.0)
        dtype = fresh.dtype
    else:
        own = rnn.verify(fwd, model.lstm)
        dh, dc = own.max_diff_h, own.max_diff_c
        one = _first_layer_bilstm(model)
        hsz = one.hidden_size
        with torch.no_grad():
            out, (_, c_n) = one(torch.as_tensor(x, dtype=next(one.parameters()).dtype)[:, None])
        out = out[:, 0].numpy()
        dh = max(dh, _max_abs(out[:, :hsz], fwd.h))
        if tr.backward is not None:
            bwd = tr.backward
            dh = max(dh, _max_abs(out[:, hsz:], bwd.h[::-1]))
            dc = max(dc or 0.0, _max_abs(c_n[1, 0].numpy(), bwd.c[-1]), _max_abs(c_n[0, 0].numpy(), fwd.c[-1]))
        dtype = own.dtype
    tol = rnn.tolerance_for(np.float64 if dtype == "float64" else np.float32)
    return rnn.Verification(dh, dc, tol, dtype, True)


# --- what the panel shows ----------------------------------------------------------------------
def id_label(token_id: int) -> str:
    """An id as the tokenisation strip writes it: ``<unk>`` / ``<pad>`` spelled out."""
    if token_id == OOV_ID:
        return f"{OOV_ID} {OOV_TOKEN}"
    if token_id == PAD_ID:
        return f"{PAD_ID} {PAD_TOKEN}"
    return str(token_id)


def interesting_unit(tr: TextTrace) -> int:
    """The unit whose hidden state follows the sentiment most: the largest |correlation|
    between h[:, k] and the positive probability after each prefix (the largest change of
    h when the sentence has fewer than three tokens)."""
    fwd = tr.forward
    if fwd is None:
        return 0
    h = fwd.h.astype(np.float64)
    if tr.steps >= 3 and tr.probabilities.shape[1] >= 2:
        p = tr.probabilities[:, -1].astype(np.float64)
        hc, pc = h - h.mean(0), p - p.mean()
        denom = np.sqrt((hc ** 2).sum(0) * (pc ** 2).sum()) + 1e-12
        score = np.abs(hc.T @ pc) / denom
        if np.isfinite(score).all() and score.max() > 0:
            return int(np.argmax(score))
    return int(np.argmax(np.abs(h).max(0)))
