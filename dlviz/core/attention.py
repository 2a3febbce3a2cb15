"""Multi-head self-attention in numpy, step by step, with ``nn.MultiheadAttention``'s weights,
layout and equations — and what the tiny ViT (:mod:`dlviz.core.vit`) attends to.

:func:`trace` replays one ``nn.MultiheadAttention`` module on a sequence ``x`` (T, E) and
returns every intermediate (:class:`AttentionTrace`); the tests compare it with the module.
PyTorch's equations (``in_proj_weight`` = [W_q; W_k; W_v], E = heads · d)::

    q = x W_qᵀ + b_q,  k = x W_kᵀ + b_k,  v = x W_vᵀ + b_v      split into heads of d values
    scores_h = q_h k_hᵀ / √d          (−∞ where attn_mask is True: "not allowed")
    weights_h = softmax(scores_h)     row by row: query i's weights over the keys j
    context_h = weights_h v_h
    out = [context_1 … context_H] W_oᵀ + b_o

Numbers are float64. Dropout on the weights is not applied (the module in eval mode, or with
dropout 0, is what it reproduces). A query whose every key is masked has NaN weights, as in
torch. :func:`vit_attention`, :func:`vit_trace` and :func:`attention_rollout` give a ViT's
attention for one digit; :func:`patch_map` lays a row of weights over the patch grid.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import torch
from torch import nn

from dlviz.core.messages import CoreError, N_


@dataclass(frozen=True)
class AttentionTrace:
    """One self-attention, every step. H heads, T tokens, E = H·d values per token.

    ``x`` (T, E) the input; ``q``, ``k``, ``v`` (H, T, d); ``scores`` (H, T, T) = q·kᵀ/√d
    (row = query, column = key; −∞ where masked); ``weights`` (H, T, T) their softmax;
    ``context`` (H, T, d) = weights·v (each head's weighted sum of V); ``concat`` (T, E) the
    heads side by side; ``out`` (T, E) the module's output; ``mask`` (T, T) bool (True = not
    allowed) or None."""

    x: np.ndarray
    q: np.ndarray
    k: np.ndarray
    v: np.ndarray
    scores: np.ndarray
    weights: np.ndarray
    context: np.ndarray
    concat: np.ndarray
    out: np.ndarray
    mask: np.ndarray | None = None

    @property
    def heads(self) -> int:
        return self.q.shape[0]

    @property
    def head_dim(self) -> int:
        return self.q.shape[2]

    @property
    def tokens(self) -> int:
        return self.q.shape[1]


def causal_mask(tokens: int) -> np.ndarray:
    """(T, T) bool, True above the diagonal: each token may look only at itself and earlier ones."""
    return np.triu(np.ones((tokens, tokens), bool), k=1)


def _np(t) -> np.ndarray | None:
    if t is None:
        return None
    if isinstance(t, torch.Tensor):
        t = t.detach().cpu().double().numpy()
    return np.asarray(t, np.float64)


def _projections(module: nn.MultiheadAttention):
    """(W_q, W_k, W_v, b_q, b_k, b_v) as float64 arrays (biases None without bias)."""
    e = module.embed_dim
    if module.in_proj_weight is not None:
        w = _np(module.in_proj_weight)
        wq, wk, wv = w[:e], w[e:2 * e], w[2 * e:]
    else:  # separate projections (kdim/vdim given explicitly)
        wq, wk, wv = _np(module.q_proj_weight), _np(module.k_proj_weight), _np(module.v_proj_weight)
    if module.in_proj_bias is not None:
        b = _np(module.in_proj_bias)
        return wq, wk, wv, b[:e], b[e:2 * e], b[2 * e:]
    return wq, wk, wv, None, None, None


def _mask_array(attn_mask, tokens: int):
    """(mask as bool or as an additive float array, or None)."""
    if attn_mask is None:
        return None
    m = attn_mask.detach().cpu().numpy() if isinstance(attn_mask, torch.Tensor) else np.asarray(attn_mask)
    if m.shape != (tokens, tokens):
        raise CoreError(N_("the attention mask must be {tokens}×{tokens} (one row per query), got shape {shape}"),
                        field="attn_mask", tokens=tokens, shape=str(m.shape))
    return m.astype(bool) if m.dtype == bool else m.astype(np.float64)


def _softmax(s: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore"):  # a row masked entirely: NaN, as torch gives
        z = s - s.max(axis=-1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=-1, keepdims=True)


def trace(module: nn.MultiheadAttention, x, attn_mask=None) -> AttentionTrace:
    """Replay ``module`` as self-attention on ``x`` (T, E) (query = key = value = x).

    ``attn_mask``: (T, T), bool (True = this query may not look at this key, torch's
    convention) or float (added to the scores, as torch does). ``batch_first`` only changes
    how the module takes its batch, not the numbers: the trace is the same either way."""
    if not isinstance(module, nn.MultiheadAttention):
        raise CoreError(N_("expected an nn.MultiheadAttention module, got {kind}"), field="module",
                        kind=type(module).__name__)
    if module.bias_k is not None or module.add_zero_attn:
        raise CoreError(N_("attention with add_bias_kv or add_zero_attn is not traced"), field="module")
    xs = _np(x)
    e, h = module.embed_dim, module.num_heads
    if xs.ndim != 2 or xs.shape[1] != e or xs.shape[0] < 1:
        raise CoreError(N_("expected a sequence of shape (T, {width}), got shape {shape}"), field="x",
                        width=e, shape=str(xs.shape))
    t, d = xs.shape[0], e // h
    mask = _mask_array(attn_mask, t)
    wq, wk, wv, bq, bk, bv = _projections(module)

    def project(w, b):
        y = xs @ w.T + (b if b is not None else 0.0)
        return y.reshape(t, h, d).transpose(1, 0, 2)  # (H, T, d)

    q, k, v = project(wq, bq), project(wk, bk), project(wv, bv)
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(d)
    if mask is not None:
        scores = np.where(mask, -np.inf, scores) if mask.dtype == bool else scores + mask
    weights = _softmax(scores)
    context = weights @ v
    concat = context.transpose(1, 0, 2).reshape(t, e)
    out = concat @ _np(module.out_proj.weight).T
    if module.out_proj.bias is not None:
        out = out + _np(module.out_proj.bias)
    return AttentionTrace(x=xs, q=q, k=k, v=v, scores=scores, weights=weights, context=context,
                          concat=concat, out=out, mask=None if mask is None or mask.dtype != bool else mask)


# --------------------------------------------------------------------------------------
# The ViT: attention for one digit


def attention_rollout(weights, residual: bool = True) -> np.ndarray:
    """Attention rollout (Abnar & Zuidema, 2020) across the blocks: each block's weights
    (H, T, T) averaged over the heads, with the residual path as ½·A + ½·I and rows renormalised
    when ``residual``, multiplied from the first block to the last: R = Â_L ··· Â_2 Â_1.
    R[i, j] says how much token j (at the input) flows into token i after the last block."""
    layers = [np.asarray(w, np.float64) for w in weights]
    if not layers:
        raise CoreError(N_("attention rollout needs the weights of at least one block"), field="weights")
    t = layers[0].shape[-1]
    r = np.eye(t)
    for w in layers:
        a = w.mean(axis=0) if w.ndim == 3 else w
        if residual:
            a = 0.5 * a + 0.5 * np.eye(t)
            a = a / a.sum(axis=-1, keepdims=True)
        r = a @ r
    return r


def patch_map(row, grid: int) -> np.ndarray:
    """A row of T = 1 + grid² weights (what one query looks at) → (grid, grid) over the
    digit's patches (the class token's own entry, row[0], left out)."""
    row = np.asarray(row, np.float64)
    if row.shape != (1 + grid * grid,):
        raise CoreError(N_("expected {count} values (the class token and {patches} patches), got shape {shape}"),
                        field="row", count=1 + grid * grid, patches=grid * grid, shape=str(row.shape))
    return row[1:].reshape(grid, grid)


@dataclass
class BlockTrace:
    """One encoder block for one digit: ``input`` (T, dim) the tokens it reads, ``normed`` =
    LN1(input) (what the attention reads), ``attention`` its :class:`AttentionTrace` (numpy),
    ``output`` (T, dim) the tokens after the block (from the model)."""

    input: np.ndarray
    normed: np.ndarray
    attention: AttentionTrace
    output: np.ndarray


@dataclass
class ViTTrace:
    """A ViT on one digit: ``patches`` (P, p²) the normalised pixels of each patch,
    ``embeddings`` (P, dim) their linear embedding, ``positions`` (T, dim) the learned
    position embeddings, ``tokens`` (T, dim) = [class token; embeddings] + positions,
    ``blocks`` one :class:`BlockTrace` each, ``logits`` / ``probabilities`` (10,)."""

    patch: int
    grid: int
    patches: np.ndarray
    embeddings: np.ndarray
    positions: np.ndarray
    tokens: np.ndarray
    blocks: list[BlockTrace] = field(default_factory=list)
    logits: np.ndarray | None = None
    probabilities: np.ndarray | None = None

    @property
    def weights(self) -> list[np.ndarray]:
        return [b.attention.weights for b in self.blocks]

    def rollout(self, residual: bool = True) -> np.ndarray:
        return attention_rollout(self.weights, residual)


def _vit_input(model, image01):
    from dlviz.core.features import model_input  # noqa: PLC0415
    from dlviz.core.vit import TinyViT  # noqa: PLC0415

    if not isinstance(model, TinyViT):
        raise CoreError(N_("expected the tiny ViT, got {kind}"), field="model", kind=type(model).__name__)
    dev = next(model.parameters()).device
    x = model_input(image01).to(dev)
    if x.shape[0] != 1:
        raise CoreError(N_("expected one (28, 28) image, got shape {shape}"), field="image",
                        shape=str(tuple(np.shape(image01))))
    return x, dev


def _torch_mask(attn_mask, tokens: int, dev):
    if attn_mask is None:
        return None
    m = _mask_array(attn_mask, tokens)
    return torch.from_numpy(m if m.dtype == bool else m.astype(np.float32)).to(dev)


class _Eval:
    """The model in eval mode without gradients for a moment (its mode restored after)."""

    def __init__(self, model):
        self.model = model

    def __enter__(self):
        self.was = self.model.training
        self.model.eval()
        self.grad = torch.no_grad()
        self.grad.__enter__()

    def __exit__(self, *exc):
        self.grad.__exit__(*exc)
        self.model.train(self.was)


def vit_attention(model, image01, attn_mask=None) -> list[np.ndarray]:
    """Every block's attention weights (heads, T, T) for one (28, 28) digit in [0, 1], as the
    model's own ``nn.MultiheadAttention`` modules compute them (cheap: for live maps)."""
    x, dev = _vit_input(model, image01)
    with _Eval(model):
        _, _, weights = model.encode(x, _torch_mask(attn_mask, model.tokens, dev), need_weights=True)
    return [w[0].double().cpu().numpy() for w in weights]


def vit_trace(model, image01, attn_mask=None) -> ViTTrace:
    """The ViT on one (28, 28) digit in [0, 1], every step: the patches, embeddings and
    positions and each block's input from the model itself; each attention replayed by
    :func:`trace` on LN1 of the block's input."""
    x, dev = _vit_input(model, image01)
    mask = _torch_mask(attn_mask, model.tokens, dev)
    with _Eval(model):
        patches = model.patches(x)
        embeddings = model.patch_embed(patches)
        final, inputs, _ = model.encode(x, mask)
        logits = model.head(final[:, 0])[0].double()
        blocks = []
        for i, block in enumerate(model.blocks):
            normed = block.norm1(inputs[i])
            output = inputs[i + 1] if i + 1 < len(inputs) else block(inputs[i], mask)[0]
            blocks.append(BlockTrace(input=_np(inputs[i][0]), normed=_np(normed[0]),
                                     attention=trace(block.attn, normed[0], attn_mask), output=_np(output[0])))
    return ViTTrace(patch=model.patch, grid=model.grid, patches=_np(patches[0]), embeddings=_np(embeddings[0]),
                    positions=_np(model.pos_embed[0]), tokens=_np(inputs[0][0]), blocks=blocks,
                    logits=logits.cpu().numpy(), probabilities=torch.softmax(logits, 0).cpu().numpy())


# --------------------------------------------------------------------------------------
# What the Attention panel shows: one query's computation, the maps, the check with torch


@dataclass(frozen=True)
class QueryStep:
    """One query ``i`` of one head: ``q`` (d,) its query vector, ``k`` / ``v`` (T, d) every
    key and value, ``scores`` (T,) = q·kⱼ/√d (−∞ where masked), ``weights`` (T,) their
    softmax, ``context`` (d,) = Σⱼ weightsⱼ·vⱼ; ``mask`` (T,) bool (True = key not allowed)."""

    query: int
    q: np.ndarray
    k: np.ndarray
    v: np.ndarray
    scores: np.ndarray
    weights: np.ndarray
    context: np.ndarray
    mask: np.ndarray


def query_step(tr: AttentionTrace, head: int, query: int) -> QueryStep:
    """Row ``query`` of head ``head`` of a trace (see :class:`QueryStep`)."""
    if not 0 <= head < tr.heads:
        raise CoreError(N_("head {value} does not exist: there are {n} heads, numbered from 0"), field="head",
                        value=head, n=tr.heads)
    if not 0 <= query < tr.tokens:
        raise CoreError(N_("token {value} does not exist: there are {n} tokens, numbered from 0"), field="query",
                        value=query, n=tr.tokens)
    mask = np.zeros(tr.tokens, bool) if tr.mask is None else tr.mask[query].copy()
    return QueryStep(query=query, q=tr.q[head, query].copy(), k=tr.k[head].copy(), v=tr.v[head].copy(),
                     scores=tr.scores[head, query].copy(), weights=tr.weights[head, query].copy(),
                     context=tr.context[head, query].copy(), mask=mask)


def head_maps(vt: ViTTrace, block: int, query: int) -> np.ndarray:
    """(heads, grid, grid): what token ``query`` looks at in each head of block ``block``,
    laid over the patches (its weight on the class token left out)."""
    w = vt.blocks[block].attention.weights[:, query]
    return np.stack([patch_map(row, vt.grid) for row in w])


def rollout_map(vt: ViTTrace, query: int = 0, residual: bool = True) -> np.ndarray:
    """(grid, grid): how much each patch flows into token ``query`` after the last block
    (attention rollout, :func:`attention_rollout`)."""
    return patch_map(vt.rollout(residual)[query], vt.grid)


@dataclass(frozen=True)
class TorchCheck:
    """The trace against the model's own ``nn.MultiheadAttention`` in every block:
    ``out_diff`` the largest |trace.out − module output|, ``weights_diff`` the largest
    |trace.weights − module weights| (NaNs, of queries masked entirely, count as equal
    when both are NaN)."""

    out_diff: float
    weights_diff: float

    def ok(self, tolerance: float = 1e-4) -> bool:
        return self.out_diff <= tolerance and self.weights_diff <= tolerance


def _max_diff(a, b) -> float:
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    both_nan = np.isnan(a) & np.isnan(b)
    d = np.abs(np.where(both_nan, 0.0, a) - np.where(both_nan, 0.0, b))
    return float(np.nanmax(np.where(np.isnan(d), np.inf, d))) if d.size else 0.0


def torch_check(model, vt: ViTTrace, attn_mask=None) -> TorchCheck:
    """Run every block's ``nn.MultiheadAttention`` (torch, float32) on the normalised input
    the trace recorded and compare its output and weights with the numpy trace."""
    dev = next(model.parameters()).device
    mask = _torch_mask(attn_mask, model.tokens, dev)
    out_diff = weights_diff = 0.0
    with _Eval(model):
        for block, bt in zip(model.blocks, vt.blocks):
            h = torch.from_numpy(bt.normed).float().to(dev)[None]
            out, w = block.attn(h, h, h, attn_mask=mask, need_weights=True, average_attn_weights=False)
            out_diff = max(out_diff, _max_diff(out[0].double().cpu().numpy(), bt.attention.out))
            weights_diff = max(weights_diff, _max_diff(w[0].double().cpu().numpy(), bt.attention.weights))
    return TorchCheck(out_diff=out_diff, weights_diff=weights_diff)
