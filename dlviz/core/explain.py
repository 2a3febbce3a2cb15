"""Why this digit? Three maps of where a classifier looks, for one preprocessed input.

Every function takes a torch classifier (10 scores out) and one preprocessed input of shape
(1, 1, 28, 28) — the MNIST-normalised tensor the model reads (``features.model_input``) —
and returns numpy maps of 28×28:

- :func:`saliency`: ``|∂ score_c / ∂ x|``, the size of the gradient of the class's score
  (its logit, before softmax) with respect to each input pixel;
- :func:`grad_cam`: Grad-CAM on the last convolution layer (:func:`last_conv`):
  ``ReLU(Σ_k α_k A_k)`` with ``A_k`` that layer's output maps and ``α_k`` the spatial mean of
  ``∂ score_c / ∂ A_k``, enlarged to 28×28 by bilinear interpolation (``align_corners=False``,
  as ``F.interpolate``); models without a convolution (the row-reading RNNs, the ViT) are
  refused;
- :func:`occlusion`: how much the class's probability drops when a square patch is covered
  with the background value, all patches in one batch; each pixel gets the mean drop of the
  patches that cover it (captum's ``Occlusion`` with a probability as the output).

:func:`explain` runs one of them by name and says what it computed (:class:`Explanation`).
Gradients are taken with ``torch.autograd.grad`` (no parameter's ``.grad`` is touched) with
the model in eval mode (a model in training mode is put back afterwards), on one thread.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from dlviz.core.data import MNIST_MEAN, MNIST_STD
from dlviz.core.features import single_thread
from dlviz.core.messages import CoreError, N_

METHODS = ("saliency", "gradcam", "occlusion")
SIZE = 28
BACKGROUND = float((0.0 - MNIST_MEAN) / MNIST_STD)  # an empty pixel, as the model reads it
OCCLUSION_PATCH = 4
OCCLUSION_STRIDE = 2
OCCLUSION_BATCH = 512  # occluded images per forward pass


@dataclass
class Explanation:
    method: str  # one of METHODS
    target: int  # the class explained
    predicted: int  # the class the model finds most probable
    logits: np.ndarray  # (classes,) the model's scores for the unoccluded input
    probabilities: np.ndarray  # (classes,) softmax of the scores
    map: np.ndarray  # (28, 28) float32
    signed: bool  # occlusion: a patch can also raise the probability (negative drop)
    layer: str | None = None  # Grad-CAM: the convolution layer's name
    coarse: np.ndarray | None = None  # Grad-CAM: the map at that layer's size, before enlarging
    patch: int = 0  # occlusion: patch side and stride in pixels
    stride: int = 0

    @property
    def score(self) -> float:
        return float(self.logits[self.target])

    @property
    def probability(self) -> float:
        return float(self.probabilities[self.target])


# --- checks ------------------------------------------------------------------------------
def check_input(x) -> torch.Tensor:
    """The input as a float32 tensor of shape (1, 1, 28, 28) (a numpy array is accepted)."""
    if isinstance(x, np.ndarray):
        x = torch.from_numpy(np.asarray(x, np.float32))
    if not isinstance(x, torch.Tensor):
        raise CoreError(N_("x must be a tensor of shape (1, 1, 28, 28), not {value}"), field="x",
                        value=type(x).__name__)
    if tuple(x.shape) != (1, 1, SIZE, SIZE):
        raise CoreError(N_("x must have the shape (1, 1, 28, 28), not {shape}"), field="x",
                        shape=str(tuple(x.shape)))
    x = x.detach().float()
    if not bool(torch.isfinite(x).all()):
        raise CoreError(N_("x holds a value that is not a finite number"), field="x")
    return x


def _check_int(name: str, value, lo: int, hi: int) -> int:
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)):
        raise CoreError(N_("{name} must be a whole number, not {value}"), field=name, name=name,
                        value=repr(value))
    if not lo <= int(value) <= hi:
        raise CoreError(N_("{name} must be between {low} and {high}, not {value}"), field=name, name=name,
                        low=lo, high=hi, value=int(value))
    return int(value)


def _check_target(target, classes: int, logits: torch.Tensor) -> int:
    if target is None:
        return int(torch.argmax(logits))
    return _check_int("target", target, 0, classes - 1)


@contextmanager
def _eval_mode(model: nn.Module):
    """The model in eval mode (put back afterwards), on one intra-op thread (one small input:
    threads only cost synchronisation, see ``features.single_thread``)."""
    was = model.training
    if was:
        model.eval()
    try:
        with single_thread():
            yield
    finally:
        if was:
            model.train(True)


def _device(model: nn.Module) -> torch.device:
    try:
        return next(model.parameters()).device
    except StopIteration:
        return torch.device("cpu")


def _scores(model: nn.Module, x: torch.Tensor) -> torch.Tensor:
    out = model(x)
    if not isinstance(out, torch.Tensor) or out.ndim != 2 or out.shape[0] != x.shape[0]:
        raise CoreError(N_("the model must return one row of class scores per image, not {shape}"),
                        field="model", shape=str(tuple(getattr(out, "shape", ()))))
    return out.float()


# --- the layer of Grad-CAM ------------------------------------------------------------------
def last_conv(model: nn.Module) -> tuple[str, nn.Conv2d] | None:
    """(name, module) of the model's last ``nn.Conv2d`` (in the order its modules were
    registered, which is the order they run in the shipped CNNs), or None when it has none."""
    found = None
    for name, module in model.named_modules():
        if isinstance(module, nn.Conv2d):
            found = (name, module)
    return found


def applies(model: nn.Module, method: str) -> bool:
    """Whether ``method`` can explain ``model`` (Grad-CAM needs a convolution layer)."""
    check_method(method)
    return method != "gradcam" or last_conv(model) is not None


def check_method(method) -> str:
    if method not in METHODS:
        raise CoreError(N_("method must be one of {choices}, not {value}"), field="method",
                        choices=", ".join(METHODS), value=repr(method))
    return method


# --- the three maps -----------------------------------------------------------------------------
def saliency(model: nn.Module, x, target: int | None = None) -> np.ndarray:
    """``|∂ score_target / ∂ x|`` (28×28), the score being the class's logit (before softmax).
    ``target=None``: the predicted class."""
    return _saliency(model, check_input(x), target)[0]


def _saliency(model, x, target):
    x = x.to(_device(model)).requires_grad_(True)
    with _eval_mode(model), torch.enable_grad():
        logits = _scores(model, x)[0]
        t = _check_target(target, logits.shape[0], logits)
        (grad,) = torch.autograd.grad(logits[t], x)
    return grad[0, 0].abs().cpu().numpy().astype(np.float32), t, logits.detach()


def grad_cam(model: nn.Module, x, target: int | None = None, layer: str | None = None,
             coarse: bool = False):
    """Grad-CAM (28×28) of the class ``target`` (None: the predicted one) on the convolution
    layer named ``layer`` (None: the last one). With ``coarse``, also the map at the layer's
    own size: ``(map28, coarse_map)``."""
    full, small, _name, _t, _logits = _grad_cam(model, check_input(x), target, layer)
    return (full, small) if coarse else full


def _conv_layer(model, layer):
    if layer is None:
        found = last_conv(model)
        if found is None:
            raise CoreError(N_("Grad-CAM needs a convolution layer, and this model has none"), field="method")
        return found
    modules = dict(model.named_modules())
    if not isinstance(layer, str) or not isinstance(modules.get(layer), nn.Conv2d):
        raise CoreError(N_("layer {value} is not a convolution layer of this model"), field="layer",
                        value=repr(layer))
    return layer, modules[layer]


def _grad_cam(model, x, target, layer):
    name, conv = _conv_layer(model, layer)
    captured = []
    handle = conv.register_forward_hook(lambda _m, _i, out: captured.append(out))
    try:
        with _eval_mode(model), torch.enable_grad():
            logits = _scores(model, x.to(_device(model)))[0]
            t = _check_target(target, logits.shape[0], logits)
            if len(captured) != 1:
                raise CoreError(N_("layer {value} ran {count} times in one forward pass"), field="layer",
                                value=name, count=len(captured))
            acts = captured[0]  # (1, K, h, w)
            (grads,) = torch.autograd.grad(logits[t], acts)
    finally:
        handle.remove()
    alpha = grads.mean(dim=(2, 3), keepdim=True)  # (1, K, 1, 1)
    cam = torch.relu((alpha * acts.detach()).sum(dim=1, keepdim=True))  # (1, 1, h, w)
    full = F.interpolate(cam, size=(SIZE, SIZE), mode="bilinear", align_corners=False)
    return (full[0, 0].cpu().numpy().astype(np.float32), cam[0, 0].cpu().numpy().astype(np.float32),
            name, t, logits.detach())


def occlusion_masks(patch: int = OCCLUSION_PATCH, stride: int = OCCLUSION_STRIDE) -> torch.Tensor:
    """(P, 28, 28) booleans, one per patch position (row-major: top, then left), each True on
    its ``patch``×``patch`` square; positions every ``stride`` pixels from 0 while the patch
    fits (and one flush with the far edge when the stride does not reach it)."""
    patch = _check_int("patch", patch, 1, SIZE)
    stride = _check_int("stride", stride, 1, SIZE)
    starts = list(range(0, SIZE - patch + 1, stride))
    if starts[-1] != SIZE - patch:
        starts.append(SIZE - patch)  # every pixel is covered by some patch
    s = torch.tensor(starts)
    r = torch.arange(SIZE)
    inside = (r[None, :] >= s[:, None]) & (r[None, :] < s[:, None] + patch)  # (n, 28)
    masks = inside[:, None, :, None] & inside[None, :, None, :]  # (n, n, 28, 28)
    return masks.reshape(-1, SIZE, SIZE)


def occlusion(model: nn.Module, x, target: int | None = None, patch: int = OCCLUSION_PATCH,
              stride: int = OCCLUSION_STRIDE, fill: float = BACKGROUND) -> np.ndarray:
    """The drop of the class's probability when a ``patch``×``patch`` square is covered with
    ``fill`` (default: the background, an empty pixel), as a 28×28 map: each pixel holds the
    mean drop of the patches that cover it. Positive: covering it lowers the probability."""
    return _occlusion(model, check_input(x), target, patch, stride, fill)[0]


def _occlusion(model, x, target, patch, stride, fill):
    masks = occlusion_masks(patch, stride)
    if isinstance(fill, (bool, np.bool_)) or not isinstance(fill, (int, float, np.integer, np.floating)) \
            or not np.isfinite(float(fill)):
        raise CoreError(N_("fill must be a finite number, not {value}"), field="fill", value=repr(fill))
    dev = _device(model)
    x = x.to(dev)
    masks = masks.to(dev)
    with _eval_mode(model), torch.no_grad():
        logits = _scores(model, x)[0]
        t = _check_target(target, logits.shape[0], logits)
        p0 = torch.softmax(logits, dim=0)[t]
        covered = torch.where(masks[:, None], torch.tensor(float(fill), device=dev), x)  # (P, 1, 28, 28)
        probs = torch.cat([torch.softmax(_scores(model, covered[i:i + OCCLUSION_BATCH]), dim=1)[:, t]
                           for i in range(0, len(covered), OCCLUSION_BATCH)])
    drops = (p0 - probs).double()  # (P,)
    m = masks.double()
    total = (drops[:, None, None] * m).sum(dim=0)
    count = m.sum(dim=0)
    out = torch.where(count > 0, total / count.clamp(min=1), torch.zeros_like(total))
    return out.cpu().numpy().astype(np.float32), t, logits


# --- one call for the interface -----------------------------------------------------------------
def explain(model: nn.Module, x, method: str, target: int | None = None, *, patch: int = OCCLUSION_PATCH,
            stride: int = OCCLUSION_STRIDE) -> Explanation:
    """Run ``method`` ("saliency", "gradcam" or "occlusion") on ``model`` for class ``target``
    (None: the predicted class); refused with the reason (field ``method``) when the method does
    not apply to the model."""
    check_method(method)
    x = check_input(x)
    layer, coarse, signed = None, None, False
    if method == "saliency":
        m, t, logits = _saliency(model, x, target)
    elif method == "gradcam":
        m, coarse, layer, t, logits = _grad_cam(model, x, target, None)
    else:
        m, t, logits = _occlusion(model, x, target, patch, stride, BACKGROUND)
        signed = True
    logits = logits.float().cpu()
    probs = torch.softmax(logits, dim=0)
    return Explanation(method, t, int(torch.argmax(logits)), logits.numpy().copy(), probs.numpy().copy(), m,
                       signed, layer, coarse, patch if method == "occlusion" else 0,
                       stride if method == "occlusion" else 0)
