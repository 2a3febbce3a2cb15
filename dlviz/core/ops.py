"""Convolution and pooling in numpy, with the semantics of ``torch.nn.functional``.

Two forms of each operation:

- vectorised — :func:`conv2d`, :func:`max_pool2d`, :func:`avg_pool2d` on NCHW arrays
  (a 3-D CHW array is accepted too, like torch). The input is padded once, every
  window is a strided *view* (``as_strided``), and the multiply–add is one
  ``tensordot``; no Python loop over output cells.
- step by step — :class:`ConvPlan` / :class:`PoolPlan` (and the generators
  :func:`conv2d_steps` / :func:`pool2d_steps`) give one record per output cell: where the
  window lies (padded and unpadded coordinates, padding cells flagged), the window's
  values, the kernel, the element-wise products, the sums and the result. These are
  what the convolution and pooling panels draw; each record's ``result`` is the cell of
  the vectorised output, so the animation run to the end *is* the vectorised result,
  and the tests check the records' own products and sums against it and against torch.

Arguments follow torch: ``stride``, ``padding``, ``dilation``, ``kernel_size`` are an
int or an (h, w) pair; ``max_pool2d`` pads with −∞ and ``avg_pool2d`` counts the
zero padding in the mean (torch's default ``count_include_pad=True``); pooling padding
may be at most half the kernel size. Invalid arguments raise
:class:`~dlviz.core.messages.CoreError` (a ``ValueError``) whose ``field`` is the argument's
name (``str(e)`` starts with it); the checks and the output-size formula live in
:mod:`dlviz.core.geometry`.

The backward passes (:func:`conv2d_backward`, :func:`max_pool2d_backward`,
:func:`avg_pool2d_backward` and their step plans :class:`ConvBackwardPlan` /
:class:`PoolBackwardPlan`) live in :mod:`dlviz.core.backward` and are importable from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import numpy as np

from dlviz.core.geometry import (
    OutputSize,
    _check_conv,
    _check_pool,
    _pad,
    _pair,
    _windows,
    conv2d_output_size,
    output_size,
    pool2d_output_size,
)
from dlviz.core.messages import CoreError, N_

# The backward passes live in dlviz.core.backward (which builds on this module); their names
# are importable from here too, resolved on first use (see __getattr__ at the end).
_BACKWARD = (
    "ConvBackwardPlan", "ConvBackwardStep", "ConvGradients", "PoolBackwardPlan", "PoolBackwardStep",
    "avg_pool2d_backward", "conv2d_backward", "conv2d_backward_steps", "max_pool2d_backward",
    "pool2d_backward_steps", "torch_backward_reference",
)

__all__ = [
    *_BACKWARD,
    "ConvPlan",
    "ConvStep",
    "OutputSize",
    "PoolPlan",
    "PoolStep",
    "avg_pool2d",
    "conv2d",
    "conv2d_output_size",
    "conv2d_steps",
    "max_pool2d",
    "output_size",
    "pool2d_output_size",
    "pool2d_steps",
    "torch_reference",
]


def conv2d(x, weight, bias=None, stride=1, padding=0, dilation=1) -> np.ndarray:
    """``torch.nn.functional.conv2d`` (cross-correlation, zero padding, groups=1).

    x: (N, C_in, H, W) or (C_in, H, W); weight: (C_out, C_in, kH, kW); bias: (C_out,)."""
    x, batched, w, bias, k, s, p, d, out_hw = _check_conv(x, weight, bias, stride, padding, dilation)
    win = _windows(_pad(x, p, 0.0), k, s, d, out_hw)  # (N, C, OH, OW, kH, kW)
    out = np.tensordot(win, w, axes=([1, 4, 5], [1, 2, 3]))  # (N, OH, OW, C_out)
    out = np.ascontiguousarray(out.transpose(0, 3, 1, 2))
    if bias is not None:
        out += bias[None, :, None, None]
    return out if batched else out[0]


def max_pool2d(x, kernel_size, stride=None, padding=0, dilation=1, return_indices=False):
    """``torch.nn.functional.max_pool2d`` (floor mode). Padding counts as −∞.

    With ``return_indices`` also returns, like torch, each maximum's flat index into the
    unpadded H×W plane (the first maximum in row-major window order; −1 for a window that
    lies entirely in the padding, whose value is −∞)."""
    x, batched, k, s, p, d, out_hw = _check_pool(x, kernel_size, stride, padding, dilation)
    win = _windows(_pad(x, p, -np.inf), k, s, d, out_hw)
    n, c, oh, ow = win.shape[:4]
    flat = win.reshape(n, c, oh, ow, k[0] * k[1])
    out = flat.max(axis=-1)
    if not return_indices:
        return out if batched else out[0]
    arg = flat.argmax(axis=-1)
    a, b = np.divmod(arg, k[1])
    rows = np.arange(oh)[:, None] * s[0] - p[0] + a * d[0]
    cols = np.arange(ow)[None, :] * s[1] - p[1] + b * d[1]
    idx = rows * x.shape[3] + cols
    idx = np.where(np.isneginf(out) & ((rows < 0) | (rows >= x.shape[2]) | (cols < 0) | (cols >= x.shape[3])), -1, idx)
    if not batched:
        return out[0], idx[0]
    return out, idx


def avg_pool2d(x, kernel_size, stride=None, padding=0) -> np.ndarray:
    """``torch.nn.functional.avg_pool2d`` with its defaults (floor mode,
    ``count_include_pad=True``: the zero padding counts in the mean)."""
    x, batched, k, s, p, d, out_hw = _check_pool(x, kernel_size, stride, padding, 1)
    win = _windows(_pad(x, p, 0.0), k, s, d, out_hw)
    out = win.sum(axis=(4, 5)) / (k[0] * k[1])
    return out if batched else out[0]


# --------------------------------------------------------------------------------------
# step records
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Window:
    """Where one window lies. ``rows``/``cols`` are the taps' coordinates in the unpadded
    input (negative or ≥ size inside the padding); ``rows_padded``/``cols_padded`` the same
    taps in the padded input; ``pad_mask[a, b]`` is True where tap (a, b) is a padding cell."""

    rows: np.ndarray
    cols: np.ndarray
    rows_padded: np.ndarray
    cols_padded: np.ndarray
    pad_mask: np.ndarray


@dataclass(frozen=True)
class ConvStep(_Window):
    """One output cell of a convolution.

    ``window``, ``kernel``, ``products``: (C_in, kH, kW) — input values under the taps
    (0 in padding), the kernel slice for output channel ``c_out`` and their element-wise
    products; ``channel_sums``: (C_in,) sum of products per input channel; ``total``: the
    sum over channels; ``result``: the output cell (= total + bias)."""

    step: int = 0
    n: int = 0
    c_out: int = 0
    i: int = 0
    j: int = 0
    window: np.ndarray = None
    kernel: np.ndarray = None
    products: np.ndarray = None
    channel_sums: np.ndarray = None
    total: float = 0.0
    bias: float = 0.0
    result: float = 0.0

    @property
    def index(self) -> tuple[int, int, int, int]:
        return (self.n, self.c_out, self.i, self.j)


@dataclass(frozen=True)
class PoolStep(_Window):
    """One output cell of a pooling.

    ``window``: (kH, kW) values under the taps (−∞ in max-pool padding, 0 in avg-pool
    padding); ``result``: the max or the mean; ``argmax``: (a, b) tap of the first maximum
    (max only; None for a window entirely in padding); ``argmax_input``: that tap's
    (row, col) in the unpadded input; ``total``: the window's sum (avg only);
    ``count``: the divisor of the mean (kH·kW, padding included)."""

    step: int = 0
    n: int = 0
    c: int = 0
    i: int = 0
    j: int = 0
    mode: str = "max"
    window: np.ndarray = None
    result: float = 0.0
    argmax: tuple[int, int] | None = None
    argmax_input: tuple[int, int] | None = None
    total: float | None = None
    count: int = 0

    @property
    def index(self) -> tuple[int, int, int, int]:
        return (self.n, self.c, self.i, self.j)


class _Plan:
    """Common part of the step plans: the geometry and random access to steps."""

    def _init_geometry(self, x, k, s, p, d, out_hw):
        self.x = x  # (N, C, H, W), unpadded
        self.kernel_size, self.stride, self.padding, self.dilation = k, s, p, d
        self.out_hw = out_hw
        self.input_hw = x.shape[2:]
        self.padded_hw = (x.shape[2] + 2 * p[0], x.shape[3] + 2 * p[1])

    def _select(self, n, channel, nchannels):
        ns = range(self.x.shape[0]) if n is None else [self._checked(n, self.x.shape[0], "n")]
        cs = range(nchannels) if channel is None else [self._checked(channel, nchannels, "channel")]
        self._order = [(a, b) for a in ns for b in cs]
        self.count = len(self._order) * self.out_hw[0] * self.out_hw[1]

    @staticmethod
    def _checked(v, size, name):
        v = int(v)
        if not 0 <= v < size:
            raise CoreError(N_("must be between 0 and {maximum}, got {value}"), field=name, maximum=size - 1, value=v)
        return v

    def __len__(self) -> int:
        return self.count

    def position(self, step: int) -> tuple[int, int, int, int]:
        """(n, channel, i, j) of step number ``step``."""
        step = int(step)
        if not 0 <= step < self.count:
            raise IndexError(f"step {step} outside 0…{self.count - 1}")
        per = self.out_hw[0] * self.out_hw[1]
        n, c = self._order[step // per]
        i, j = divmod(step % per, self.out_hw[1])
        return n, c, i, j

    def _window_at(self, i: int, j: int):
        k, s, p, d = self.kernel_size, self.stride, self.padding, self.dilation
        rows_p = i * s[0] + np.arange(k[0]) * d[0]
        cols_p = j * s[1] + np.arange(k[1]) * d[1]
        rows, cols = rows_p - p[0], cols_p - p[1]
        in_r = (rows >= 0) & (rows < self.input_hw[0])
        in_c = (cols >= 0) & (cols < self.input_hw[1])
        pad_mask = ~(in_r[:, None] & in_c[None, :])
        return rows, cols, rows_p, cols_p, pad_mask

    def __iter__(self):
        for t in range(self.count):
            yield self.step(t)


class ConvPlan(_Plan):
    """Every step of ``conv2d(x, weight, bias, stride, padding, dilation)``.

    ``n``/``c_out`` restrict the steps to one sample / output channel (None: all, in the
    order n, c_out, i, j). ``output`` is the vectorised result (N, C_out, H_out, W_out)."""

    def __init__(self, x, weight, bias=None, stride=1, padding=0, dilation=1, n=None, c_out=None):
        x4, batched, w, b, k, s, p, d, out_hw = _check_conv(x, weight, bias, stride, padding, dilation)
        self._init_geometry(x4, k, s, p, d, out_hw)
        self.weight = w
        self.bias = np.zeros(w.shape[0], dtype=w.dtype) if b is None else b
        self.has_bias = b is not None
        self.batched = batched
        self.output = conv2d(x4, w, b, s, p, d)
        self.xp = _pad(x4, p, 0.0)
        self._select(n, c_out, w.shape[0])

    def step(self, t: int) -> ConvStep:
        n, o, i, j = self.position(t)
        rows, cols, rows_p, cols_p, pad_mask = self._window_at(i, j)
        window = self.xp[n][:, rows_p[:, None], cols_p[None, :]]  # (C, kH, kW)
        kernel = self.weight[o]
        products = window * kernel
        channel_sums = products.reshape(products.shape[0], -1).sum(axis=1)
        return ConvStep(
            rows=rows, cols=cols, rows_padded=rows_p, cols_padded=cols_p, pad_mask=pad_mask,
            step=t, n=n, c_out=o, i=i, j=j, window=window, kernel=kernel, products=products,
            channel_sums=channel_sums, total=float(channel_sums.sum()), bias=float(self.bias[o]),
            result=float(self.output[n, o, i, j]),
        )


class PoolPlan(_Plan):
    """Every step of max or average pooling (``mode`` "max" | "avg"); ``n``/``c`` restrict
    to one sample / channel. ``output`` is the vectorised result; for max ``indices`` are
    torch-style flat argmax indices."""

    def __init__(self, x, kernel_size, stride=None, padding=0, dilation=1, mode="max", n=None, c=None):
        if mode not in ("max", "avg"):
            raise CoreError(N_("must be max or avg, got {value}"), field="mode", value=repr(mode))
        if mode == "avg" and _pair(dilation, "dilation", 1) != (1, 1):
            raise CoreError(N_("average pooling has no dilation (as in torch's avg_pool2d); use 1"), field="dilation")
        x4, batched, k, s, p, d, out_hw = _check_pool(x, kernel_size, stride, padding, dilation)
        self._init_geometry(x4, k, s, p, d, out_hw)
        self.mode = mode
        self.batched = batched
        if mode == "max":
            self.output, self.indices = max_pool2d(x4, k, s, p, d, return_indices=True)
            self.xp = _pad(x4, p, -np.inf)
        else:
            self.output, self.indices = avg_pool2d(x4, k, s, p), None
            self.xp = _pad(x4, p, 0.0)
        self._select(n, c, x4.shape[1])

    def step(self, t: int) -> PoolStep:
        n, c, i, j = self.position(t)
        rows, cols, rows_p, cols_p, pad_mask = self._window_at(i, j)
        window = self.xp[n, c][rows_p[:, None], cols_p[None, :]]
        common = dict(
            rows=rows, cols=cols, rows_padded=rows_p, cols_padded=cols_p, pad_mask=pad_mask,
            step=t, n=n, c=c, i=i, j=j, mode=self.mode, window=window,
            result=float(self.output[n, c, i, j]), count=int(window.size),
        )
        if self.mode == "max":
            flat = int(np.argmax(window))
            a, b = divmod(flat, window.shape[1])
            if pad_mask[a, b]:  # the whole window is padding (value −∞)
                return PoolStep(**common)
            return PoolStep(**common, argmax=(a, b), argmax_input=(int(rows[a]), int(cols[b])))
        return PoolStep(**common, total=float(window.sum()))


def conv2d_steps(x, weight, bias=None, stride=1, padding=0, dilation=1, n=None, c_out=None) -> Iterator[ConvStep]:
    """One :class:`ConvStep` per output cell, in the order (n, c_out, i, j)."""
    return iter(ConvPlan(x, weight, bias, stride, padding, dilation, n=n, c_out=c_out))


def pool2d_steps(x, kernel_size, stride=None, padding=0, dilation=1, mode="max", n=None, c=None) -> Iterator[PoolStep]:
    """One :class:`PoolStep` per output cell, in the order (n, c, i, j)."""
    return iter(PoolPlan(x, kernel_size, stride, padding, dilation, mode=mode, n=n, c=c))


# --------------------------------------------------------------------------------------
# the reference the panels' truth badges compare with
# --------------------------------------------------------------------------------------
def torch_reference(kind: str, x, *, weight=None, bias=None, kernel_size=None, stride=None, padding=0, dilation=1):
    """The same operation computed by ``torch.nn.functional`` (``kind``: "conv2d",
    "max_pool2d" or "avg_pool2d"), returned as a numpy array of x's dtype."""
    import torch  # noqa: PLC0415 - only when a comparison is asked for
    import torch.nn.functional as F  # noqa: PLC0415, N812

    xt = torch.from_numpy(np.ascontiguousarray(x))
    with torch.no_grad():
        if kind == "conv2d":
            wt = torch.from_numpy(np.ascontiguousarray(weight, dtype=x.dtype))
            bt = None if bias is None else torch.from_numpy(np.ascontiguousarray(bias, dtype=x.dtype))
            out = F.conv2d(xt, wt, bt, stride=stride if stride is not None else 1, padding=padding, dilation=dilation)
        elif kind == "max_pool2d":
            out = F.max_pool2d(xt, kernel_size, stride=stride, padding=padding, dilation=dilation)
        elif kind == "avg_pool2d":
            out = F.avg_pool2d(xt, kernel_size, stride=stride, padding=padding)
        else:
            raise CoreError(N_("unknown operation {value}"), field="kind", value=repr(kind))
    return out.numpy()


def __getattr__(name: str):
    """The backward names (``conv2d_backward`` …) from :mod:`dlviz.core.backward`."""
    if name in _BACKWARD:
        from dlviz.core import backward  # noqa: PLC0415 - backward imports this module

        return getattr(backward, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
