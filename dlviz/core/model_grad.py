"""The incoming gradient of a real network's first convolution layer: what the backward
pass of the Convolution panel starts from when it shows "the loss of a real model".

:func:`first_layer_gradient` runs a classifier (a :class:`~dlviz.core.models.ConvNet` or
:class:`~dlviz.core.models.KerasCNN`, anything with a ``conv1`` ``nn.Conv2d``) on one digit
as the network sees it (MNIST-normalised), takes the cross-entropy loss for the digit's
true label, and lets ``torch.autograd`` give ∂L/∂y for the output y of ``conv1``. With
that ``grad_out``, the step-by-step backward pass of ``conv1`` over the same normalised
input (:class:`dlviz.core.backward.ConvBackwardPlan`) ends at the network's own
``conv1.weight.grad`` and ``conv1.bias.grad``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from dlviz.core.data import normalize
from dlviz.core.messages import CoreError, N_

__all__ = ["LayerGradient", "first_layer_gradient", "random_gradient"]


@dataclass(frozen=True)
class LayerGradient:
    """``grad_out`` (1, C_out, OH, OW): ∂L/∂y of conv1; ``x`` (1, 1, 28, 28): the normalised
    input conv1 read; ``loss``: the cross-entropy for ``label``; ``predicted``: the class
    the network chose; ``probability``: its softmax probability of ``label``; ``grad_w`` /
    ``grad_b``: conv1's weight and bias gradients as autograd gave them; ``stride`` /
    ``padding`` / ``dilation``: conv1's geometry (pairs)."""

    grad_out: np.ndarray
    x: np.ndarray
    loss: float
    label: int
    predicted: int
    probability: float
    grad_w: np.ndarray
    grad_b: np.ndarray
    stride: tuple[int, int]
    padding: tuple[int, int]
    dilation: tuple[int, int]


def first_layer_gradient(model, image01, label: int) -> LayerGradient:
    """∂L/∂(conv1 output) of ``model`` for one image in [0, 1] (28×28) and its true
    ``label`` (0–9), L = cross-entropy of the logits; the model is left unchanged (eval
    mode while it runs, its parameters' gradients untouched), computed in float64."""
    import copy  # noqa: PLC0415

    import torch  # noqa: PLC0415
    import torch.nn.functional as F  # noqa: PLC0415, N812

    conv = getattr(model, "conv1", None)
    if not isinstance(conv, torch.nn.Conv2d):
        raise CoreError(N_("the model has no first convolution layer conv1"), field="model")
    img = np.asarray(image01, dtype=np.float64)
    if img.shape != (28, 28):
        raise CoreError(N_("expected a 28×28 digit, got {shape}"), field="x", shape="×".join(map(str, img.shape)))
    label = int(label)
    if not 0 <= label <= 9:
        raise CoreError(N_("a label is a digit 0–9, got {value}"), field="label", value=label)
    net = copy.deepcopy(model).double().eval()  # the caller's model and its .grad stay as they were
    for p in net.parameters():
        p.grad = None
    captured = {}

    def keep(_module, _inputs, output):
        output.retain_grad()
        captured["y"] = output

    handle = net.conv1.register_forward_hook(keep)
    try:
        x = torch.from_numpy(normalize(img)[None, None].copy())
        with torch.enable_grad():
            logits = net(x)
            loss = F.cross_entropy(logits, torch.tensor([label]))
            loss.backward()
    finally:
        handle.remove()
    y = captured["y"]
    probs = torch.softmax(logits.detach(), dim=1)[0]
    c = net.conv1
    pair = lambda v: (int(v[0]), int(v[1])) if isinstance(v, tuple) else (int(v), int(v))  # noqa: E731
    return LayerGradient(
        grad_out=y.grad.detach().numpy().copy(), x=x.numpy().copy(), loss=float(loss.detach()), label=label,
        predicted=int(probs.argmax()), probability=float(probs[label]),
        grad_w=c.weight.grad.detach().numpy().copy(),
        grad_b=(c.bias.grad.detach().numpy().copy() if c.bias is not None else np.zeros(c.out_channels)),
        stride=pair(c.stride), padding=pair(c.padding), dilation=pair(c.dilation),
    )


def random_gradient(shape, seed: int) -> np.ndarray:
    """A seeded ∂L/∂y to start a backward pass from: standard-normal numbers rounded to two
    decimals (easy to read on the cells), the same for the same ``shape`` and ``seed``."""
    rng = np.random.default_rng(int(seed))
    return np.round(rng.standard_normal(tuple(int(s) for s in shape)), 2)
