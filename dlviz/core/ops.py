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
may be at most half the kernel size. Invalid arguments raise ``ValueError`` whose
message starts with the argument's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import numpy as np
from numpy.lib.stride_tricks import as_strided

__all__ = [
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


# --------------------------------------------------------------------------------------
# argument checking
# --------------------------------------------------------------------------------------
def _pair(value, name: str, minimum: int) -> tuple[int, int]:
    """An int or an (h, w) pair of ints ≥ ``minimum``."""
    if isinstance(value, (bool, np.bool_)):
        raise ValueError(f"{name}: expected an int or a pair of ints, got {value!r}")
    if isinstance(value, (int, np.integer)):
        pair = (int(value), int(value))
    else:
        try:
            items = tuple(value)
        except TypeError:
            raise ValueError(f"{name}: expected an int or a pair of ints, got {value!r}") from None
        if len(items) == 1:
            items = items * 2
        if len(items) != 2 or not all(
            isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_)) for v in items
        ):
            raise ValueError(f"{name}: expected an int or a pair of ints, got {value!r}")
        pair = (int(items[0]), int(items[1]))
    for v in pair:
        if v < minimum:
            if name == "padding":
                raise ValueError(f"padding: must be ≥ 0 (negative padding is not allowed), got {value!r}")
            raise ValueError(f"{name}: must be ≥ {minimum}, got {value!r}")
    return pair


def _as_input(x, name: str = "x") -> tuple[np.ndarray, bool]:
    """(4-D float array, was_batched). A 3-D (C, H, W) array is treated as one sample."""
    x = np.asarray(x)
    if x.ndim not in (3, 4):
        raise ValueError(
            f"{name}: expected a 4-D (N, C, H, W) or 3-D (C, H, W) array, got {x.ndim}-D shape {x.shape}"
        )
    if not np.issubdtype(x.dtype, np.floating):
        x = x.astype(np.float64)
    batched = x.ndim == 4
    if not batched:
        x = x[None]
    if 0 in x.shape:
        raise ValueError(f"{name}: has an empty dimension, shape {x.shape}")
    return x, batched


@dataclass(frozen=True)
class OutputSize:
    """The output length along one axis and the formula with the numbers filled in."""

    size: int
    formula: str

    def __int__(self) -> int:
        return self.size


def output_size(size: int, kernel: int, stride: int = 1, padding: int = 0, dilation: int = 1) -> OutputSize:
    """⌊(H + 2p − d(k−1) − 1)/s⌋ + 1 along one axis (torch's formula, floor mode). The
    size may be ≤ 0 when the kernel does not fit; the callers refuse that."""
    size, kernel, stride, padding, dilation = (int(v) for v in (size, kernel, stride, padding, dilation))
    if stride < 1:
        raise ValueError(f"stride: must be ≥ 1, got {stride}")
    num = size + 2 * padding - dilation * (kernel - 1) - 1
    out = num // stride + 1
    formula = f"⌊({size} + 2·{padding} − {dilation}·({kernel}−1) − 1)/{stride}⌋ + 1 = {out}"
    return OutputSize(out, formula)


def _check_geometry(hw, kernel, stride, padding, dilation, what: str) -> tuple[int, int]:
    oh = output_size(hw[0], kernel[0], stride[0], padding[0], dilation[0]).size
    ow = output_size(hw[1], kernel[1], stride[1], padding[1], dilation[1]).size
    eff = (dilation[0] * (kernel[0] - 1) + 1, dilation[1] * (kernel[1] - 1) + 1)
    padded = (hw[0] + 2 * padding[0], hw[1] + 2 * padding[1])
    if eff[0] > padded[0] or eff[1] > padded[1]:
        raise ValueError(
            f"{what}: the kernel spans {eff[0]}×{eff[1]} cells (with dilation), larger than the "
            f"padded input {padded[0]}×{padded[1]}; use a smaller kernel or dilation, or more padding"
        )
    return oh, ow


def conv2d_output_size(input_hw, kernel_size, stride=1, padding=0, dilation=1):
    """((H_out, W_out), (formula_h, formula_w)); raises ValueError if the kernel does not fit."""
    k = _pair(kernel_size, "kernel_size", 1)
    s = _pair(stride, "stride", 1)
    p = _pair(padding, "padding", 0)
    d = _pair(dilation, "dilation", 1)
    hw = _pair(tuple(input_hw), "input size", 1)
    shape = _check_geometry(hw, k, s, p, d, "kernel_size")
    fh = output_size(hw[0], k[0], s[0], p[0], d[0]).formula
    fw = output_size(hw[1], k[1], s[1], p[1], d[1]).formula
    return shape, (fh, fw)


def _check_pool_padding(k, p):
    for kk, pp in zip(k, p):
        if pp > kk // 2:
            raise ValueError(
                f"padding: must be at most half the kernel size for pooling "
                f"(kernel {k[0]}×{k[1]} allows padding ≤ {k[0] // 2}×{k[1] // 2}), got {p[0]}×{p[1]}"
            )


def pool2d_output_size(input_hw, kernel_size, stride=None, padding=0, dilation=1):
    """Like :func:`conv2d_output_size` with pooling's rules (stride defaults to the kernel
    size; padding ≤ kernel/2)."""
    k = _pair(kernel_size, "kernel_size", 1)
    s = k if stride is None or (not np.isscalar(stride) and len(stride) == 0) else _pair(stride, "stride", 1)
    p = _pair(padding, "padding", 0)
    d = _pair(dilation, "dilation", 1)
    _check_pool_padding(k, p)
    return conv2d_output_size(input_hw, k, s, p, d)


# --------------------------------------------------------------------------------------
# windows
# --------------------------------------------------------------------------------------
def _pad(x: np.ndarray, p: tuple[int, int], value: float) -> np.ndarray:
    if p == (0, 0):
        return x
    return np.pad(x, ((0, 0), (0, 0), (p[0], p[0]), (p[1], p[1])), constant_values=value)


def _windows(xp: np.ndarray, k, s, d, out_hw) -> np.ndarray:
    """Read-only strided view (N, C, H_out, W_out, kH, kW) of the padded input."""
    n, c = xp.shape[:2]
    sn, sc, sh, sw = xp.strides
    return as_strided(
        xp,
        shape=(n, c, out_hw[0], out_hw[1], k[0], k[1]),
        strides=(sn, sc, sh * s[0], sw * s[1], sh * d[0], sw * d[1]),
        writeable=False,
    )


def _check_conv(x, weight, bias, stride, padding, dilation):
    x, batched = _as_input(x, "x")
    w = np.asarray(weight)
    if w.ndim != 4:
        raise ValueError(f"weight: expected a 4-D (C_out, C_in, kH, kW) array, got {w.ndim}-D shape {w.shape}")
    if 0 in w.shape:
        raise ValueError(f"weight: has an empty dimension, shape {w.shape}")
    if w.shape[1] != x.shape[1]:
        raise ValueError(
            f"weight: channel mismatch: the kernel has {w.shape[1]} input channel(s) "
            f"but x has {x.shape[1]}"
        )
    if bias is not None:
        bias = np.asarray(bias)
        if bias.shape != (w.shape[0],):
            raise ValueError(f"bias: expected shape ({w.shape[0]},) (one per output channel), got {bias.shape}")
    s = _pair(stride, "stride", 1)
    p = _pair(padding, "padding", 0)
    d = _pair(dilation, "dilation", 1)
    k = (w.shape[2], w.shape[3])
    out_hw = _check_geometry(x.shape[2:], k, s, p, d, "weight")
    dtype = np.result_type(x.dtype, w.dtype, *(() if bias is None else (bias.dtype,)))
    if not np.issubdtype(dtype, np.floating):
        dtype = np.float64
    x = x.astype(dtype, copy=False)
    w = w.astype(dtype, copy=False)
    if bias is not None:
        bias = bias.astype(dtype, copy=False)
    return x, batched, w, bias, k, s, p, d, out_hw


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


def _check_pool(x, kernel_size, stride, padding, dilation):
    x, batched = _as_input(x, "x")
    k = _pair(kernel_size, "kernel_size", 1)
    if stride is None or (not np.isscalar(stride) and len(stride) == 0):
        s = k
    else:
        s = _pair(stride, "stride", 1)
    p = _pair(padding, "padding", 0)
    d = _pair(dilation, "dilation", 1)
    _check_pool_padding(k, p)
    out_hw = _check_geometry(x.shape[2:], k, s, p, d, "kernel_size")
    return x, batched, k, s, p, d, out_hw


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
            raise ValueError(f"{name}: must be in 0…{size - 1}, got {v}")
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
            raise ValueError(f"mode: must be 'max' or 'avg', got {mode!r}")
        if mode == "avg" and _pair(dilation, "dilation", 1) != (1, 1):
            raise ValueError("dilation: average pooling has no dilation (torch's avg_pool2d); use 1")
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
            raise ValueError(f"kind: unknown operation {kind!r}")
    return out.numpy()
