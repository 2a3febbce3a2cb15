"""The convolution panel's choices: the shared input and window fields, and the kernel —
a preset, the first-layer kernels a CNN learned, or weights the user typed.

``weight`` (C_out, C_in, kH, kW) and ``bias`` (C_out,) always hold the kernel in use, so a
snapshot is complete whatever its origin: choosing a preset or the learned kernels fills
them (``cascade``), typing a weight or changing the size makes the kernel "custom". A new
input with another number of channels adapts a preset or typed kernel (each channel gets
the same kernel); the learned kernels read one channel and refuse a colour input.

The learned kernels come from the app's model catalogue, which the state cannot see: the
session sets ``learned_provider`` (a callable returning ``(weight, bias, entry_key)`` or
raising ``CoreError``)."""

from __future__ import annotations

import numpy as np

from dlviz.core import kernels, ops
from dlviz.core.messages import CoreError, Message, N_, message_of
from dlviz.ui.fields import Array, Bool, Choice, FieldError, Int, Pair, StateError, Text
from dlviz.ui.panels.player.state import GRAD_TIPS, GRADS, WindowState, input_channels

LEARNED = "learned"
CUSTOM = "custom"
MAX_SIDE = 7
MAX_OUT = 64

PRESET_TITLES = {
    "identity": N_("Identity"),
    "box_blur": N_("Box blur 3×3"),
    "gaussian": N_("Gaussian blur 3×3"),
    "gaussian5": N_("Gaussian blur 5×5"),
    "sharpen": N_("Sharpen"),
    "sobel_x": N_("Sobel x (vertical edges)"),
    "sobel_y": N_("Sobel y (horizontal edges)"),
    "laplacian": N_("Laplacian"),
    "edge": N_("Edge (outline)"),
    "emboss": N_("Emboss"),
    "sobel_xy": N_("Sobel x + y (2 outputs)"),
}
PRESET_TIPS = {
    "identity": N_("Copies the centre pixel: the output equals the input."),
    "box_blur": N_("Averages the 3×3 neighbourhood: every weight is 1/9."),
    "gaussian": N_("A weighted average that favours the centre (1 2 1 / 16)."),
    "gaussian5": N_("A wider Gaussian (σ = 1) that blurs more strongly."),
    "sharpen": N_("Adds the difference between a pixel and its neighbours back to it."),
    "sobel_x": N_("Finds vertical edges: positive where brightness rises to the right."),
    "sobel_y": N_("Finds horizontal edges: positive where brightness rises downwards."),
    "laplacian": N_("Second derivative: responds to blobs and thin lines, zero on flat areas."),
    "edge": N_("Centre minus all eight neighbours: outlines every edge."),
    "emboss": N_("A directional difference that makes the image look raised."),
    "sobel_xy": N_("Two kernels at once: each output channel has its own kernel."),
    LEARNED: N_("The kernels a trained CNN learned in its first convolution layer (train one in the "
                "Training panel, or use the weights the app ships)"),
    CUSTOM: N_("Your own weights: type them into the grid below"),
}
# (short enough to show whole in the combo at 1024 px, also beside "Output channel")
KERNELS = {**PRESET_TITLES, LEARNED: N_("Learned by a CNN"), CUSTOM: N_("Your own weights")}
assert set(PRESET_TITLES) == set(kernels.PRESETS)

MODEL_GRAD = "model"
GRADS = {**GRADS, MODEL_GRAD: N_("A trained CNN's loss")}
GRAD_TIPS = {**GRAD_TIPS, MODEL_GRAD: N_(
    "The gradient of a trained CNN's loss (cross-entropy for the digit's true label) at its first layer's "
    "output: the learned kernels on an MNIST digit, stride 1, no padding. The digit is normalised as the "
    "network sees it, so ∂L/∂w and ∂L/∂b are its own conv1 gradients.")}
MODEL_SETTINGS = {"kernel": LEARNED, "source": "mnist", "stride": (1, 1), "padding": (0, 0), "dilation": (1, 1)}
MODEL_NEEDS = N_("a trained CNN's loss needs the learned kernels on an MNIST digit, stride 1, padding 0, "
                 "dilation 1")


def model_fits(values: dict) -> bool:
    """Whether ∂L/∂y of the real model can start the backward pass with these settings."""
    return all(tuple(values[k]) == v if isinstance(v, tuple) else values[k] == v for k, v in MODEL_SETTINGS.items())


NO_CNN = N_("no trained CNN yet — train a CNN in the Training panel and its first-layer kernels appear here")


def resized(weight: np.ndarray, size) -> np.ndarray:
    """``weight`` with kernels of ``size`` (kH, kW), the old weights kept in the centre."""
    o, c, oh, ow = weight.shape
    kh, kw = size
    new = np.zeros((o, c, kh, kw))
    sh, sw = min(kh, oh), min(kw, ow)
    ny, nx = (kh - sh) // 2, (kw - sw) // 2
    oy, ox = (oh - sh) // 2, (ow - sw) // 2
    new[:, :, ny:ny + sh, nx:nx + sw] = weight[:, :, oy:oy + sh, ox:ox + sw]
    return new


class ConvState(WindowState, key="conv", version=1):
    padding = Pair(1, (0, 7), N_("Padding"), N_(
        "Padding: rows and columns of zeros added around the input, so windows can sit on the border"))
    kernel = Choice("sobel_x", KERNELS, N_("Preset"), N_(
        "The kernel (filter): a small grid of weights multiplied with each window of the input"),
        tips=PRESET_TIPS)
    size = Pair(3, (1, MAX_SIDE), N_("Size"), N_("Kernel size: the window's height and width in cells"))
    weight = Array(kernels.preset("sobel_x").weight(1), N_("Kernel"), N_(
        "The kernel's weights: double-click a cell and type a number. Like every deep-learning "
        "library, the kernel is not flipped (cross-correlation)."),
        ndim=4, max_side=MAX_OUT, low=-1000.0, high=1000.0, optional=False)
    bias = Array([0.0], N_("Bias"), N_("Bias: a number added to every sum of products of this output channel"),
                 ndim=1, max_side=MAX_OUT, low=-100.0, high=100.0, optional=False)
    out_channel = Int(0, (0, MAX_OUT - 1), N_("Output channel"), N_(
        "Each output channel has its own kernel (one per input channel) and bias; choose which one to watch"),
        active=lambda v: v["weight"].shape[0] > 1, advanced=True)
    relu = Bool(False, N_("ReLU after the convolution"), N_(
        "Apply the activation max(0, x) to each result, shown as a separate step"))
    grad = Choice("ones", GRADS, N_("∂L/∂y"), N_(
        "The gradient that arrives at the output (∂L/∂y), where the backward pass starts"),
        tips=GRAD_TIPS, active=lambda v: v["direction"] == "backward")
    learned_from = Text("", N_("Learned from"), N_("The model whose first-layer kernels are in use"),
                        max_length=120)

    learned_provider = None  # set by the session (see the module docstring)

    # --- rules ------------------------------------------------------------------------
    def check_plan(self, values: dict, shape) -> None:
        if values["grad"] == MODEL_GRAD and not model_fits(values):
            raise FieldError("grad", Message(MODEL_NEEDS))
        w, b = values["weight"], values["bias"]
        o, c_in, kh, kw = w.shape
        if kh > MAX_SIDE or kw > MAX_SIDE:
            raise FieldError("weight", Message(N_("a kernel has at most {maximum} cells a side, got {h}×{w}"),
                                               maximum=MAX_SIDE, h=kh, w=kw))
        if (kh, kw) != tuple(values["size"]):
            raise FieldError("size", Message(N_("the weights are {h}×{w}, not {sh}×{sw}"), h=kh, w=kw,
                                             sh=values["size"][0], sw=values["size"][1]))
        if c_in != shape[0]:
            raise FieldError("weight", Message(
                N_("the kernel reads {k} input channel(s) but the input has {n}: choose an input with {k} "
                   "channel(s) or another kernel"), k=c_in, n=shape[0]))
        if b.shape != (o,):
            raise FieldError("bias", Message(N_("one bias per output channel: {n} expected, got {m}"),
                                             n=o, m=b.shape[0]))
        if values["out_channel"] >= o:
            raise FieldError("out_channel", Message(
                N_("output channel {value} does not exist: the kernel has {n} output channel(s), numbered from 0"),
                value=values["out_channel"], n=o))
        ops.conv2d_output_size(shape[1:], (kh, kw), values["stride"], values["padding"], values["dilation"])

    def cascade(self, name: str, value, values: dict) -> dict:
        if name == "grad" and value == MODEL_GRAD:  # the settings the network's first layer has
            out = {k: v for k, v in MODEL_SETTINGS.items() if values[k] != v}
            if "kernel" in out or "source" in out:
                after = {**values, **out}
                for step in ("source", "kernel"):
                    if step in out:
                        out.update({k: v for k, v in self._cascade(step, out[step], after).items() if k not in out})
            return out
        out = self._cascade(name, value, values)
        if values["grad"] == MODEL_GRAD and name != "grad" and not model_fits({**values, **out}):
            out["grad"] = "ones"  # another kernel, input or geometry: the network's gradient no longer fits
        return out

    def _cascade(self, name: str, value, values: dict) -> dict:
        out = {}
        w = values["weight"]
        c = input_channels(values)
        if name == "kernel":
            if value in kernels.PRESETS:
                w = kernels.preset(value).weight(c)
                shown = float(values["bias"][min(values["out_channel"], len(values["bias"]) - 1)])
                b = np.full(w.shape[0], shown)
            elif value == LEARNED:
                w, b, key = self._learned()
                out["learned_from"] = key
            else:
                return {}
            out.update(weight=w, bias=b, size=w.shape[2:], out_channel=min(values["out_channel"], w.shape[0] - 1))
        elif name == "size" and tuple(value) != w.shape[2:]:
            out.update(weight=resized(w, value), kernel=CUSTOM)
        elif name == "weight":
            out.update(size=value.shape[2:], kernel=CUSTOM)
            if value.shape[0] != len(values["bias"]):
                out["bias"] = np.resize(values["bias"], value.shape[0])
            out["out_channel"] = min(values["out_channel"], value.shape[0] - 1)
        elif name in ("source", "rgb", "file_image", "drawing"):
            if w.shape[1] != c and values["kernel"] != LEARNED:
                if values["kernel"] in kernels.PRESETS:
                    out["weight"] = kernels.preset(values["kernel"]).weight(c)
                else:
                    out["weight"] = np.repeat(w[:, :1], c, axis=1)
            out["channel"] = min(values["channel"], c - 1)
        return out

    def _learned(self):
        provider = self.learned_provider
        try:
            if provider is None:
                raise CoreError(NO_CNN, field="kernel")
            return provider()
        except (CoreError, ValueError) as e:
            raise StateError([FieldError("kernel", message_of(e))]) from None
