"""Argument checking and output-size arithmetic for the convolution and pooling of
:mod:`dlviz.core.ops` (torch's rules and formula).

Every refusal is a :class:`~dlviz.core.messages.CoreError` whose ``field`` is the argument
it is about ("stride", "padding", "dilation", "kernel_size", "weight", "x", …), so the
interface can show the message next to that setting; ``str(e)`` reads ``"padding: …"``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import as_strided

from dlviz.core.messages import CoreError, N_


def _shown(value):
    """A value as a refusal quotes it: an int as itself, anything else as its repr."""
    if isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_)):
        return int(value)
    if isinstance(value, tuple) and all(isinstance(v, (int, np.integer)) for v in value):
        return "(" + ", ".join(str(int(v)) for v in value) + ")"
    return repr(value)


def _pair(value, name: str, minimum: int) -> tuple[int, int]:
    """An int or an (h, w) pair of ints ≥ ``minimum``."""
    not_pair = N_("must be a whole number or a pair of whole numbers, got {value}")
    if isinstance(value, (bool, np.bool_)):
        raise CoreError(not_pair, field=name, value=_shown(value))
    if isinstance(value, (int, np.integer)):
        pair = (int(value), int(value))
    else:
        try:
            items = tuple(value)
        except TypeError:
            raise CoreError(not_pair, field=name, value=_shown(value)) from None
        if len(items) == 1:
            items = items * 2
        if len(items) != 2 or not all(
            isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_)) for v in items
        ):
            raise CoreError(not_pair, field=name, value=_shown(value))
        pair = (int(items[0]), int(items[1]))
    for v in pair:
        if v < minimum:
            if name == "padding":
                raise CoreError(N_("must be 0 or more (negative padding is not allowed), got {value}"),
                                field=name, value=_shown(value))
            raise CoreError(N_("must be at least {minimum}, got {value}"), field=name, minimum=minimum,
                            value=_shown(value))
    return pair


def _shape(shape) -> str:
    return "(" + ", ".join(str(int(v)) for v in shape) + ")"


def _as_input(x, name: str = "x") -> tuple[np.ndarray, bool]:
    """(4-D float array, was_batched). A 3-D (C, H, W) array is treated as one sample."""
    x = np.asarray(x)
    if x.ndim not in (3, 4):
        raise CoreError(N_("expected a 4-D (N, C, H, W) or 3-D (C, H, W) array, got {ndim}-D shape {shape}"),
                        field=name, ndim=x.ndim, shape=_shape(x.shape))
    if not np.issubdtype(x.dtype, np.floating):
        x = x.astype(np.float64)
    batched = x.ndim == 4
    if not batched:
        x = x[None]
    if 0 in x.shape:
        raise CoreError(N_("has an empty dimension, shape {shape}"), field=name, shape=_shape(x.shape))
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
        raise CoreError(N_("must be at least {minimum}, got {value}"), field="stride", minimum=1, value=stride)
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
        raise CoreError(
            N_("the kernel spans {kernel_h}×{kernel_w} cells (with dilation), more than the padded input "
               "{input_h}×{input_w}; use a smaller kernel or dilation, or more padding"),
            field=what, kernel_h=eff[0], kernel_w=eff[1], input_h=padded[0], input_w=padded[1])
    return oh, ow


def conv2d_output_size(input_hw, kernel_size, stride=1, padding=0, dilation=1):
    """((H_out, W_out), (formula_h, formula_w)); raises CoreError (a ValueError) if the
    kernel does not fit."""
    k = _pair(kernel_size, "kernel_size", 1)
    s = _pair(stride, "stride", 1)
    p = _pair(padding, "padding", 0)
    d = _pair(dilation, "dilation", 1)
    hw = _pair(tuple(input_hw), "input_size", 1)
    shape = _check_geometry(hw, k, s, p, d, "kernel_size")
    fh = output_size(hw[0], k[0], s[0], p[0], d[0]).formula
    fw = output_size(hw[1], k[1], s[1], p[1], d[1]).formula
    return shape, (fh, fw)


def _check_pool_padding(k, p):
    for kk, pp in zip(k, p):
        if pp > kk // 2:
            raise CoreError(
                N_("must be at most half the kernel size for pooling (a {kernel_h}×{kernel_w} kernel allows "
                   "up to {most_h}×{most_w}), got {padding_h}×{padding_w}"),
                field="padding", kernel_h=k[0], kernel_w=k[1], most_h=k[0] // 2, most_w=k[1] // 2,
                padding_h=p[0], padding_w=p[1])


def _pool_stride(stride, k):
    """Pooling's stride: the kernel size when not given."""
    if stride is None or (not np.isscalar(stride) and len(stride) == 0):
        return k
    return _pair(stride, "stride", 1)


def pool2d_output_size(input_hw, kernel_size, stride=None, padding=0, dilation=1):
    """Like :func:`conv2d_output_size` with pooling's rules (stride defaults to the kernel
    size; padding ≤ kernel/2)."""
    k = _pair(kernel_size, "kernel_size", 1)
    s = _pool_stride(stride, k)
    p = _pair(padding, "padding", 0)
    d = _pair(dilation, "dilation", 1)
    _check_pool_padding(k, p)
    return conv2d_output_size(input_hw, k, s, p, d)


# --- the checks of each operation, and its windows ----------------------------------------
def _check_conv(x, weight, bias, stride, padding, dilation):
    x, batched = _as_input(x, "x")
    w = np.asarray(weight)
    if w.ndim != 4:
        raise CoreError(N_("expected a 4-D (C_out, C_in, kH, kW) array, got {ndim}-D shape {shape}"),
                        field="weight", ndim=w.ndim, shape=_shape(w.shape))
    if 0 in w.shape:
        raise CoreError(N_("has an empty dimension, shape {shape}"), field="weight", shape=_shape(w.shape))
    if w.shape[1] != x.shape[1]:
        raise CoreError(N_("channel mismatch: the kernel has {kernel} input channel(s) but the input has {input}"),
                        field="weight", kernel=int(w.shape[1]), input=int(x.shape[1]))
    if bias is not None:
        bias = np.asarray(bias)
        if bias.shape != (w.shape[0],):
            raise CoreError(N_("expected shape ({channels},), one value per output channel, got {shape}"),
                            field="bias", channels=int(w.shape[0]), shape=_shape(bias.shape))
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


def _check_pool(x, kernel_size, stride, padding, dilation):
    x, batched = _as_input(x, "x")
    k = _pair(kernel_size, "kernel_size", 1)
    s = _pool_stride(stride, k)
    p = _pair(padding, "padding", 0)
    d = _pair(dilation, "dilation", 1)
    _check_pool_padding(k, p)
    out_hw = _check_geometry(x.shape[2:], k, s, p, d, "kernel_size")
    return x, batched, k, s, p, d, out_hw


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
