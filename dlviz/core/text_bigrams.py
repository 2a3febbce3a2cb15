"""Character pairs for the text models: :class:`BigramEmbedding` (each token's second
vector, the one of its pair with the token before), :func:`count_bigrams` (the pairs a run
keeps, from the training split), and the rows and labels the RNN panel shows for a
sentence's pairs. Used by :mod:`dlviz.core.text_models` (``bigrams`` in a model config)."""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from dlviz.core.messages import CoreError, N_
from dlviz.core.text import PAD_ID, PAD_TOKEN


class BigramEmbedding(nn.Module):
    """Each position's second vector: the embedding of the character pair (previous token,
    this token), added to the token's own vector (a common trick for Chinese, where a word is
    often two characters: "不错" is not "不" + "错").

    The pairs kept are the ``count`` most frequent of the training split, the pair of a
    sentence's first token being (``<pad>``, token) — "the sentence starts with it". They are
    held as sorted keys ``previous id × vocab_size + id`` in the buffer ``keys`` (saved with
    the weights); a pair's row is 2 + its key's position. Row 0 is the padding (zeros, never
    trained), row 1 every pair not kept (``<unk>`` pairs). With ``pair_dim`` smaller than the
    token vectors' size the pair vectors are that small and a linear map (``widen``, no bias)
    brings them to the tokens' size: more pairs for the same weights. The pair looks back, never ahead,
    so the vector at token t depends on tokens t−1 and t only: a prefix reads the same
    vectors as the whole sentence, and the RNN's score after each prefix is still one pass."""

    def __init__(self, vocab_size: int, count: int, dim: int, pair_dim: int = 0):
        super().__init__()
        self.vocab_size = int(vocab_size)
        small = 0 < int(pair_dim) < dim
        self.embedding = nn.Embedding(int(count) + 2, int(pair_dim) if small else dim, padding_idx=PAD_ID)
        # pair_dim < dim: smaller pair vectors (more pairs for the same weights), widened by a linear map
        self.widen = nn.Linear(int(pair_dim), dim, bias=False) if small else None
        self.register_buffer("keys", torch.arange(int(count), dtype=torch.int64))

    def ids(self, ids: torch.Tensor) -> torch.Tensor:
        """(N, T) token ids → (N, T) pair rows (0 at padding, 1 for a pair not kept)."""
        prev = F.pad(ids[:, :-1], (1, 0), value=PAD_ID)
        key = prev * self.vocab_size + ids
        keys = self.keys
        if len(keys) == 0:
            rows = torch.ones_like(ids)
        else:
            pos = torch.searchsorted(keys, key).clamp(max=len(keys) - 1)
            rows = torch.where(keys[pos] == key, pos + 2, torch.ones_like(pos))
        return torch.where(ids == PAD_ID, torch.zeros_like(rows), rows)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        x = self.embedding(self.ids(ids))
        return x if self.widen is None else self.widen(x)

    def set_pairs(self, pairs) -> None:
        """Keep these (previous id, id) pairs (as many as the table has rows for)."""
        keys = sorted({int(a) * self.vocab_size + int(b) for a, b in pairs})
        if len(keys) != len(self.keys):
            raise CoreError(N_("{count} character pairs for {rows} rows"), count=len(keys), rows=len(self.keys))
        self.keys.copy_(torch.tensor(keys, dtype=torch.int64))

    def pair(self, row: int) -> tuple[int, int] | None:
        """The (previous id, id) of a kept pair's row, None for rows 0 and 1."""
        if row < 2 or row - 2 >= len(self.keys):
            return None
        key = int(self.keys[row - 2])
        return key // self.vocab_size, key % self.vocab_size


def count_bigrams(id_rows: np.ndarray, count: int, min_freq: int = 2) -> list[tuple[int, int]]:
    """The ``count`` most frequent (previous id, id) pairs of padded id rows (N, T), seen at
    least ``min_freq`` times (ties by ids); the first token's pair is (``<pad>``, token)."""
    ids = np.asarray(id_rows, np.int64)
    prev = np.pad(ids[:, :-1], ((0, 0), (1, 0)), constant_values=PAD_ID)
    real = ids != PAD_ID
    v = int(ids.max()) + 1 if ids.size else 1
    keys, n = np.unique(prev[real] * v + ids[real], return_counts=True)
    order = np.lexsort((keys, -n))
    order = order[n[order] >= max(1, int(min_freq))][:max(0, int(count))]
    return [(int(k // v), int(k % v)) for k in keys[order]]


def bigram_rows(model: nn.Module, ids) -> list[int] | None:
    """For one sentence's ids, the row of each position's character pair in the model's pair
    table (1: a pair not kept), or None for a model without pairs."""
    table = getattr(model, "bigram", None)
    if table is None:
        return None
    row = torch.as_tensor(np.asarray(ids, np.int64)).reshape(1, -1)
    with torch.no_grad():
        return [int(r) for r in table.ids(row.to(table.keys.device))[0].cpu()]


def bigram_labels(tokens: list[str]) -> list[str]:
    """Each position's pair as text: the token before and the token (``<pad>`` before the first)."""
    return [(tokens[t - 1] if t else PAD_TOKEN) + tok for t, tok in enumerate(tokens)]
