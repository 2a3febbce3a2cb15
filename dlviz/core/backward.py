"""Backward passes of the convolution and pooling in numpy, with the gradients
``torch.autograd`` gives for ``torch.nn.functional.conv2d`` / ``max_pool2d`` / ``avg_pool2d``.

Two forms, like the forward operations of :mod:`dlviz.core.ops` (which re-exports every
name here):

- vectorised — :func:`conv2d_backward`, :func:`max_pool2d_backward`,
  :func:`avg_pool2d_backward`. The padded input's windows are a strided view; ∂L/∂w is one
  ``tensordot`` of the incoming gradient with the windows, ∂L/∂x one ``tensordot`` with the
  kernel followed by one strided add per kernel tap (no Python loop over output cells).
- step by step — :class:`ConvBackwardPlan` / :class:`PoolBackwardPlan` (and the generators
  :func:`conv2d_backward_steps` / :func:`pool2d_backward_steps`): one record per output
  cell, in the forward plans' order (n, channel, i, j): the incoming gradient ``g`` of that
  cell, where its window lies, and what the cell adds — to ∂L/∂x of the window's inputs
  (w·g for a convolution, g to the winner only for max pooling, g/(kH·kW) to every tap for
  average pooling, the zero padding counted like torch), to ∂L/∂w (x·g) and to ∂L/∂b (g).
  A record is cheap to build at any step (the plan precomputes the padded input and, for
  max pooling, every window's winner), and ``plan.accumulated(k)`` gives the gradients
  after the first k steps (one masked vectorised backward), so a player can show step k
  without running the steps before it. Added up, the records give the vectorised result.

The argument meaning and the refusals are the forward functions' (:mod:`dlviz.core.geometry`):
``stride``/``padding``/``dilation``/``kernel_size`` an int or an (h, w) pair, 3-D (C, H, W)
or 4-D (N, C, H, W) input, pooling padding at most half the kernel, pooling stride = kernel
size by default. ``grad_out`` must have the forward output's shape (else a
:class:`~dlviz.core.messages.CoreError` with ``field="grad_out"``). Inputs are assumed finite.

A window of a max pooling that lies entirely in the padding (possible with dilation) has the
output −∞ and no input under it: its gradient goes nowhere. (torch 2.x's CPU kernel writes it
into the *next* channel's plane instead; :func:`torch_backward_reference` therefore pads
explicitly with −∞, which is the same function without that fault.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, NamedTuple

import numpy as np

from dlviz.core.geometry import _check_conv, _check_pool, _pad, _pair, _shape, _windows
from dlviz.core.messages import CoreError, N_
from dlviz.core.ops import _Plan, _Window

__all__ = [
    "ConvBackwardPlan",
    "ConvBackwardStep",
    "ConvGradients",
    "PoolBackwardPlan",
    "PoolBackwardStep",
    "avg_pool2d_backward",
    "conv2d_backward",
    "conv2d_backward_steps",
    "max_pool2d_backward",
    "pool2d_backward_steps",
    "torch_backward_reference",
]


class ConvGradients(NamedTuple):
    """∂L/∂x (like x), ∂L/∂w (like the weight), ∂L/∂b (C_out,)."""

    grad_x: np.ndarray
    grad_w: np.ndarray
    grad_b: np.ndarray


# --------------------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------------------
def _check_grad(grad_out, batched: bool, shape: tuple, dtype) -> np.ndarray:
    """``grad_out`` as a 4-D array of ``dtype`` with the forward output's ``shape``."""
    g = np.asarray(grad_out)
    want = shape if batched else shape[1:]
    if not (np.issubdtype(g.dtype, np.floating) or np.issubdtype(g.dtype, np.integer)):
        raise CoreError(N_("expected a numeric array of shape {shape}"), field="grad_out", shape=_shape(want))
    if g.shape != tuple(want):
        raise CoreError(N_("expected the forward output's shape {expected}, got {shape}"), field="grad_out",
                        expected=_shape(want), shape=_shape(g.shape))
    g = g.astype(dtype, copy=False)
    return g if batched else g[None]


def _float_dtype(*dtypes):
    dt = np.result_type(*dtypes)
    return dt if np.issubdtype(dt, np.floating) else np.dtype(np.float64)


def _tap_slices(a: int, b: int, s, d, out_hw) -> tuple[slice, slice]:
    """Where tap (a, b) of every window lies in the padded input, as two strided slices."""
    r0, c0 = a * d[0], b * d[1]
    return (slice(r0, r0 + (out_hw[0] - 1) * s[0] + 1, s[0]), slice(c0, c0 + (out_hw[1] - 1) * s[1] + 1, s[1]))


def _crop(gp: np.ndarray, p, hw) -> np.ndarray:
    return np.ascontiguousarray(gp[:, :, p[0]:p[0] + hw[0], p[1]:p[1] + hw[1]])


# --------------------------------------------------------------------------------------
# vectorised (4-D arrays, checked)
# --------------------------------------------------------------------------------------
def _conv_grads(x, xp, w, g, k, s, p, d, out_hw) -> ConvGradients:
    n, c, h, wd = x.shape
    win = _windows(xp, k, s, d, out_hw)  # (N, C, OH, OW, kH, kW)
    grad_w = np.tensordot(g, win, axes=([0, 2, 3], [0, 2, 3]))  # (C_out, C, kH, kW)
    grad_b = g.sum(axis=(0, 2, 3))
    cols = np.tensordot(g, w, axes=([1], [0]))  # (N, OH, OW, C, kH, kW): w·g per tap
    gp = np.zeros((n, c, h + 2 * p[0], wd + 2 * p[1]), dtype=x.dtype)
    for a in range(k[0]):
        for b in range(k[1]):
            rs, cs = _tap_slices(a, b, s, d, out_hw)
            gp[:, :, rs, cs] += cols[:, :, :, :, a, b].transpose(0, 3, 1, 2)
    return ConvGradients(_crop(gp, p, (h, wd)), np.ascontiguousarray(grad_w), grad_b)


def _max_winners(x, k, s, p, d, out_hw) -> tuple[np.ndarray, np.ndarray]:
    """(tap index a·kW + b of every window's first maximum, whether it is an input cell)."""
    win = _windows(_pad(x, p, -np.inf), k, s, d, out_hw)
    arg = win.reshape(*win.shape[:4], k[0] * k[1]).argmax(axis=-1)
    a, b = np.divmod(arg, k[1])
    rows = np.arange(out_hw[0])[:, None] * s[0] - p[0] + a * d[0]
    cols = np.arange(out_hw[1])[None, :] * s[1] - p[1] + b * d[1]
    inside = (rows >= 0) & (rows < x.shape[2]) & (cols >= 0) & (cols < x.shape[3])
    return arg, inside


def _max_grads(x, g, arg, inside, k, s, p, d, out_hw) -> np.ndarray:
    gp = np.zeros((x.shape[0], x.shape[1], x.shape[2] + 2 * p[0], x.shape[3] + 2 * p[1]), dtype=x.dtype)
    g = np.where(inside, g, 0)
    for a in range(k[0]):
        for b in range(k[1]):
            rs, cs = _tap_slices(a, b, s, d, out_hw)
            gp[:, :, rs, cs] += np.where(arg == a * k[1] + b, g, 0)
    return _crop(gp, p, x.shape[2:])


def _avg_grads(x, g, k, s, p, out_hw) -> np.ndarray:
    gp = np.zeros((x.shape[0], x.shape[1], x.shape[2] + 2 * p[0], x.shape[3] + 2 * p[1]), dtype=x.dtype)
    share = g / (k[0] * k[1])  # count_include_pad=True: every window divides by kH·kW
    for a in range(k[0]):
        for b in range(k[1]):
            rs, cs = _tap_slices(a, b, s, (1, 1), out_hw)
            gp[:, :, rs, cs] += share
    return _crop(gp, p, x.shape[2:])


def conv2d_backward(x, weight, grad_out, stride=1, padding=0, dilation=1) -> ConvGradients:
    """The gradients of L through ``y = conv2d(x, weight, bias, stride, padding, dilation)``
    given ``grad_out`` = ∂L/∂y: (grad_x, grad_w, grad_b), as torch.autograd gives them.
    x 3-D gives a 3-D grad_x (and grad_out is then (C_out, H_out, W_out))."""
    x4, batched, w, _, k, s, p, d, out_hw = _check_conv(x, weight, None, stride, padding, dilation)
    dt = _float_dtype(x4.dtype, np.asarray(grad_out).dtype)
    x4, w = x4.astype(dt, copy=False), w.astype(dt, copy=False)
    g = _check_grad(grad_out, batched, (x4.shape[0], w.shape[0], *out_hw), dt)
    gx, gw, gb = _conv_grads(x4, _pad(x4, p, 0.0), w, g, k, s, p, d, out_hw)
    return ConvGradients(gx if batched else gx[0], gw, gb)


def max_pool2d_backward(x, grad_out, kernel_size, stride=None, padding=0, dilation=1) -> np.ndarray:
    """∂L/∂x through ``max_pool2d(x, kernel_size, stride, padding, dilation)``: each output
    cell's gradient goes to its window's first maximum (torch's winner), nowhere else."""
    x4, batched, k, s, p, d, out_hw = _check_pool(x, kernel_size, stride, padding, dilation)
    dt = _float_dtype(x4.dtype, np.asarray(grad_out).dtype)
    x4 = x4.astype(dt, copy=False)
    g = _check_grad(grad_out, batched, (*x4.shape[:2], *out_hw), dt)
    arg, inside = _max_winners(x4, k, s, p, d, out_hw)
    gx = _max_grads(x4, g, arg, inside, k, s, p, d, out_hw)
    return gx if batched else gx[0]


def avg_pool2d_backward(x, grad_out, kernel_size, stride=None, padding=0) -> np.ndarray:
    """∂L/∂x through ``avg_pool2d(x, kernel_size, stride, padding)`` (torch's defaults:
    the zero padding counts in the mean, so every tap gets g/(kH·kW))."""
    x4, batched, k, s, p, _, out_hw = _check_pool(x, kernel_size, stride, padding, 1)
    dt = _float_dtype(x4.dtype, np.asarray(grad_out).dtype)
    x4 = x4.astype(dt, copy=False)
    g = _check_grad(grad_out, batched, (*x4.shape[:2], *out_hw), dt)
    gx = _avg_grads(x4, g, k, s, p, out_hw)
    return gx if batched else gx[0]


# --------------------------------------------------------------------------------------
# step records
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ConvBackwardStep(_Window):
    """What output cell (n, c_out, i, j) sends back.

    ``g``: its incoming gradient ∂L/∂y; ``window``, ``kernel``: (C_in, kH, kW) the input
    values under the taps (0 in padding) and the kernel of ``c_out``;
    ``grad_x_contrib`` (C_in, kH, kW): kernel·g, what is added to ∂L/∂x at the taps' input
    cells (0 at the taps in the padding, flagged in ``pad_mask``: no input there);
    ``grad_w_contrib`` (C_in, kH, kW): window·g, added to ∂L/∂w[c_out];
    ``grad_b_contrib``: g, added to ∂L/∂b[c_out]."""

    step: int = 0
    n: int = 0
    c_out: int = 0
    i: int = 0
    j: int = 0
    g: float = 0.0
    window: np.ndarray = None
    kernel: np.ndarray = None
    grad_x_contrib: np.ndarray = None
    grad_w_contrib: np.ndarray = None
    grad_b_contrib: float = 0.0

    @property
    def index(self) -> tuple[int, int, int, int]:
        return (self.n, self.c_out, self.i, self.j)


@dataclass(frozen=True)
class PoolBackwardStep(_Window):
    """What output cell (n, c, i, j) of a pooling sends back.

    ``g``: its incoming gradient; ``window`` (kH, kW): the values under the taps (−∞ in
    max-pool padding, 0 in avg-pool padding); ``grad_x_contrib`` (kH, kW): what is added to
    ∂L/∂x at the taps' input cells — max: g at the winner ``argmax`` (its input cell
    ``argmax_input``), 0 elsewhere (all 0 and ``argmax`` None for a window entirely in the
    padding); avg: ``share`` = g/``count`` at every tap inside the input (``count`` = kH·kW,
    padding included, as torch divides; the shares of padding taps are lost)."""

    step: int = 0
    n: int = 0
    c: int = 0
    i: int = 0
    j: int = 0
    mode: str = "max"
    g: float = 0.0
    window: np.ndarray = None
    grad_x_contrib: np.ndarray = None
    argmax: tuple[int, int] | None = None
    argmax_input: tuple[int, int] | None = None
    share: float | None = None
    count: int = 0

    @property
    def index(self) -> tuple[int, int, int, int]:
        return (self.n, self.c, self.i, self.j)


class _BackwardPlan(_Plan):
    """Common part: the mask of the first k steps of the selection."""

    def _prefix_mask(self, k: int, nchannels: int) -> np.ndarray:
        k = int(k)
        if not 0 <= k <= self.count:
            raise CoreError(N_("must be between 0 and {maximum}, got {value}"), field="steps",
                            maximum=self.count, value=k)
        per = self.out_hw[0] * self.out_hw[1]
        mask = np.zeros((self.x.shape[0], nchannels, per), dtype=bool)
        full, rest = divmod(k, per)
        for n, c in self._order[:full]:
            mask[n, c] = True
        if rest:
            n, c = self._order[full]
            mask[n, c, :rest] = True
        return mask.reshape(self.x.shape[0], nchannels, *self.out_hw)

    def _gradient_at(self, t: int) -> tuple[int, int, int, int, float]:
        n, c, i, j = self.position(t)
        return n, c, i, j, float(self.grad_out[n, c, i, j])

    def _unbatched(self, a: np.ndarray) -> np.ndarray:
        return a if self.batched else a[0]


class ConvBackwardPlan(_BackwardPlan):
    """Every step of the backward pass of ``conv2d(x, weight, ·, stride, padding, dilation)``
    for the incoming gradient ``grad_out``.

    ``n``/``c_out`` restrict the steps to one sample / output channel (None: all, in the
    order n, c_out, i, j). ``grad_x``/``grad_w``/``grad_b`` are the whole vectorised result
    (every cell, like torch; grad_x 3-D when x is); ``accumulated(k)`` the gradients after
    the first k steps of the selection, which for k = len(plan) is the result of the
    selected cells (the whole result when nothing is restricted)."""

    def __init__(self, x, weight, grad_out, stride=1, padding=0, dilation=1, n=None, c_out=None):
        x4, batched, w, _, k, s, p, d, out_hw = _check_conv(x, weight, None, stride, padding, dilation)
        dt = _float_dtype(x4.dtype, np.asarray(grad_out).dtype)
        x4, w = x4.astype(dt, copy=False), w.astype(dt, copy=False)
        self.grad_out = _check_grad(grad_out, batched, (x4.shape[0], w.shape[0], *out_hw), dt)
        self._init_geometry(x4, k, s, p, d, out_hw)
        self.weight = w
        self.batched = batched
        self.xp = _pad(x4, p, 0.0)
        self._select(n, c_out, w.shape[0])
        full = _conv_grads(x4, self.xp, w, self.grad_out, k, s, p, d, out_hw)
        self._full = full
        self.grad_x, self.grad_w, self.grad_b = self._unbatched(full.grad_x), full.grad_w, full.grad_b

    def step(self, t: int) -> ConvBackwardStep:
        n, o, i, j, g = self._gradient_at(t)
        rows, cols, rows_p, cols_p, pad_mask = self._window_at(i, j)
        window = self.xp[n][:, rows_p[:, None], cols_p[None, :]]  # (C, kH, kW)
        kernel = self.weight[o]
        gs = self.grad_out[n, o, i, j]
        grad_x = np.where(pad_mask, 0, kernel * gs).astype(kernel.dtype, copy=False)
        return ConvBackwardStep(
            rows=rows, cols=cols, rows_padded=rows_p, cols_padded=cols_p, pad_mask=pad_mask,
            step=t, n=n, c_out=o, i=i, j=j, g=g, window=window, kernel=kernel,
            grad_x_contrib=grad_x, grad_w_contrib=window * gs, grad_b_contrib=g,
        )

    def accumulated(self, k: int) -> ConvGradients:
        """(grad_x, grad_w, grad_b) after steps 0 … k−1 (k = 0: zeros; showing step t, the
        sums including it are ``accumulated(t + 1)``)."""
        if k == self.count and self.count == self.grad_out.size:
            full = self._full
        else:
            g = np.where(self._prefix_mask(k, self.weight.shape[0]), self.grad_out, 0).astype(self.x.dtype)
            full = _conv_grads(self.x, self.xp, self.weight, g, self.kernel_size, self.stride, self.padding,
                               self.dilation, self.out_hw)
        return ConvGradients(self._unbatched(full.grad_x), full.grad_w, full.grad_b)


class PoolBackwardPlan(_BackwardPlan):
    """Every step of the backward pass of max or average pooling (``mode`` "max" | "avg")
    for ``grad_out``; ``n``/``c`` restrict to one sample / channel. ``grad_x`` is the whole
    vectorised result; ``accumulated(k)`` ∂L/∂x after the first k steps of the selection."""

    def __init__(self, x, grad_out, kernel_size, stride=None, padding=0, dilation=1, mode="max", n=None, c=None):
        if mode not in ("max", "avg"):
            raise CoreError(N_("must be max or avg, got {value}"), field="mode", value=repr(mode))
        if mode == "avg" and _pair(dilation, "dilation", 1) != (1, 1):
            raise CoreError(N_("average pooling has no dilation (as in torch's avg_pool2d); use 1"), field="dilation")
        x4, batched, k, s, p, d, out_hw = _check_pool(x, kernel_size, stride, padding, dilation)
        dt = _float_dtype(x4.dtype, np.asarray(grad_out).dtype)
        x4 = x4.astype(dt, copy=False)
        self.grad_out = _check_grad(grad_out, batched, (*x4.shape[:2], *out_hw), dt)
        self._init_geometry(x4, k, s, p, d, out_hw)
        self.mode = mode
        self.batched = batched
        self.xp = _pad(x4, p, -np.inf if mode == "max" else 0.0)
        if mode == "max":
            self._arg, self._inside = _max_winners(x4, k, s, p, d, out_hw)
        self._select(n, c, x4.shape[1])
        self._full = self._grads(self.grad_out)
        self.grad_x = self._unbatched(self._full)

    def _grads(self, g) -> np.ndarray:
        k, s, p, d = self.kernel_size, self.stride, self.padding, self.dilation
        if self.mode == "max":
            return _max_grads(self.x, g, self._arg, self._inside, k, s, p, d, self.out_hw)
        return _avg_grads(self.x, g, k, s, p, self.out_hw)

    def step(self, t: int) -> PoolBackwardStep:
        n, c, i, j, g = self._gradient_at(t)
        rows, cols, rows_p, cols_p, pad_mask = self._window_at(i, j)
        window = self.xp[n, c][rows_p[:, None], cols_p[None, :]]
        contrib = np.zeros(window.shape, dtype=self.x.dtype)
        common = dict(
            rows=rows, cols=cols, rows_padded=rows_p, cols_padded=cols_p, pad_mask=pad_mask,
            step=t, n=n, c=c, i=i, j=j, mode=self.mode, g=g, window=window, count=int(window.size),
        )
        if self.mode == "max":
            if not self._inside[n, c, i, j]:  # the whole window is padding: nothing to send back
                return PoolBackwardStep(**common, grad_x_contrib=contrib)
            a, b = divmod(int(self._arg[n, c, i, j]), window.shape[1])
            contrib[a, b] = self.grad_out[n, c, i, j]
            return PoolBackwardStep(**common, grad_x_contrib=contrib, argmax=(a, b),
                                    argmax_input=(int(rows[a]), int(cols[b])))
        share = self.grad_out[n, c, i, j] / window.size
        contrib[~pad_mask] = share
        return PoolBackwardStep(**common, grad_x_contrib=contrib, share=float(share))

    def accumulated(self, k: int) -> np.ndarray:
        """∂L/∂x after steps 0 … k−1 (showing step t, the sum including it is
        ``accumulated(t + 1)``)."""
        if k == self.count and self.count == self.grad_out.size:
            return self.grad_x
        g = np.where(self._prefix_mask(k, self.x.shape[1]), self.grad_out, 0).astype(self.x.dtype)
        return self._unbatched(self._grads(g))


def conv2d_backward_steps(x, weight, grad_out, stride=1, padding=0, dilation=1, n=None,
                          c_out=None) -> Iterator[ConvBackwardStep]:
    """One :class:`ConvBackwardStep` per output cell, in the order (n, c_out, i, j)."""
    return iter(ConvBackwardPlan(x, weight, grad_out, stride, padding, dilation, n=n, c_out=c_out))


def pool2d_backward_steps(x, grad_out, kernel_size, stride=None, padding=0, dilation=1, mode="max", n=None,
                          c=None) -> Iterator[PoolBackwardStep]:
    """One :class:`PoolBackwardStep` per output cell, in the order (n, c, i, j)."""
    return iter(PoolBackwardPlan(x, grad_out, kernel_size, stride, padding, dilation, mode=mode, n=n, c=c))


# --------------------------------------------------------------------------------------
# the reference the truth badges compare with
# --------------------------------------------------------------------------------------
def torch_backward_reference(kind: str, x, grad_out, *, weight=None, kernel_size=None, stride=None, padding=0,
                             dilation=1):
    """The same gradients by ``torch.autograd`` (``kind``: "conv2d" → (grad_x, grad_w,
    grad_b); "max_pool2d" / "avg_pool2d" → grad_x), as numpy arrays of x's dtype. Max
    pooling pads explicitly with −∞ (see the module docstring)."""
    import torch  # noqa: PLC0415 - only when a comparison is asked for
    import torch.nn.functional as F  # noqa: PLC0415, N812

    x = np.asarray(x)
    xt = torch.from_numpy(np.ascontiguousarray(x)).requires_grad_(True)
    gt = torch.from_numpy(np.ascontiguousarray(grad_out, dtype=x.dtype))
    if kind == "conv2d":
        wt = torch.from_numpy(np.ascontiguousarray(weight, dtype=x.dtype)).requires_grad_(True)
        bt = torch.zeros(wt.shape[0], dtype=wt.dtype, requires_grad=True)
        y = F.conv2d(xt, wt, bt, stride=stride if stride is not None else 1, padding=padding, dilation=dilation)
        y.backward(gt)
        return ConvGradients(xt.grad.numpy(), wt.grad.numpy(), bt.grad.numpy())
    if kind == "max_pool2d":
        p = _pair(padding, "padding", 0)
        xp = F.pad(xt, (p[1], p[1], p[0], p[0]), value=-np.inf)
        y = F.max_pool2d(xp, kernel_size, stride=stride, padding=0, dilation=dilation)
    elif kind == "avg_pool2d":
        y = F.avg_pool2d(xt, kernel_size, stride=stride, padding=padding)
    else:
        raise CoreError(N_("unknown operation {value}"), field="kind", value=repr(kind))
    y.backward(gt)
    return xt.grad.numpy()
