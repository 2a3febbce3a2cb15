"""What a classifier computes for one drawing: the class probabilities, and for the CNNs
the feature maps of every layer (conv, activation, pool) and the final scores, as numpy.

Feature maps are captured with forward hooks on the modules named by the model's
``feature_layers()`` while the model runs its own ``forward``: they are exactly what the
model computes, not a re-implementation."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
import torch
from torch import nn

from dlviz.core.data import normalize
from dlviz.core.messages import CoreError, N_


@dataclass
class LayerMaps:
    name: str  # the module's attribute name, e.g. "conv1"
    kind: str  # "conv" | "pool" | "act"
    title: str  # e.g. "Conv2d 1→10, 5×5" (plain text, for display)
    maps: np.ndarray  # (C, H, W) float32


@dataclass
class Prediction:
    logits: np.ndarray  # (10,) float32: the final scores
    probabilities: np.ndarray  # (10,) float32: softmax of the scores
    layers: list[LayerMaps] = field(default_factory=list)

    @property
    def top(self) -> int:
        return int(np.argmax(self.probabilities))

    @property
    def confidence(self) -> float:
        return float(self.probabilities.max())


def model_input(images01: np.ndarray) -> torch.Tensor:
    """(28, 28) or (N, 28, 28) images in [0, 1] → MNIST-normalised (N, 1, 28, 28) float32."""
    a = np.asarray(images01, np.float32)
    if a.ndim == 2:
        a = a[None]
    if a.ndim != 3 or a.shape[1:] != (28, 28):
        raise CoreError(N_("expected (28, 28) or (N, 28, 28) images, got shape {shape}"), field="images",
                        shape=str(a.shape))
    return torch.from_numpy(normalize(a).astype(np.float32, copy=False)).unsqueeze(1)


def has_feature_layers(model: nn.Module) -> bool:
    return callable(getattr(model, "feature_layers", None))


def layer_kind(module: nn.Module) -> str:
    if isinstance(module, nn.Conv2d):
        return "conv"
    if isinstance(module, (nn.MaxPool2d, nn.AvgPool2d)):
        return "pool"
    return "act"


def layer_title(module: nn.Module) -> str:
    """A short description of a feature layer, e.g. "Conv2d 1→10, 5×5"."""
    if isinstance(module, nn.Conv2d):
        kh, kw = module.kernel_size
        return f"Conv2d {module.in_channels}→{module.out_channels}, {kh}×{kw}"
    if isinstance(module, nn.MaxPool2d):
        k = module.kernel_size if isinstance(module.kernel_size, int) else module.kernel_size[0]
        return f"MaxPool {k}×{k}"
    if isinstance(module, nn.AvgPool2d):
        k = module.kernel_size if isinstance(module.kernel_size, int) else module.kernel_size[0]
        return f"AvgPool {k}×{k}"
    if isinstance(module, nn.LeakyReLU):
        return f"LeakyReLU (α={module.negative_slope:g})"
    if isinstance(module, nn.ELU):
        return f"ELU (α={module.alpha:g})"
    return type(module).__name__


def _model_device(model: nn.Module) -> torch.device:
    try:
        return next(model.parameters()).device
    except StopIteration:
        return torch.device("cpu")


@contextmanager
def single_thread():
    """Run one small inference on a single intra-op thread. For one 28×28 image, splitting
    the work over threads only costs synchronisation — and on a busy CPU a thread pool
    waiting for a core can turn 0.5 ms into 50 ms. The setting is restored afterwards
    (OpenMP/MKL thread counts are per calling thread, so a training thread keeps its own)."""
    prev = torch.get_num_threads()
    if prev == 1:
        yield
        return
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(prev)


def predict(model: nn.Module, image01: np.ndarray, features: bool = False) -> Prediction:
    """Run ``model`` (in eval mode) on one (28, 28) image in [0, 1]. With ``features``, also
    capture the output of every layer in ``model.feature_layers()`` (CNNs only)."""
    x = model_input(image01).to(_model_device(model))
    captured: dict[str, torch.Tensor] = {}
    handles = []
    layers = model.feature_layers() if features and has_feature_layers(model) else []
    for name, module in layers:
        def hook(_m, _inp, out, name=name):
            captured[name] = out.detach()
        handles.append(module.register_forward_hook(hook))
    try:
        with torch.inference_mode(), single_thread():
            logits = model(x)[0].float()
            probs = torch.softmax(logits, dim=0)
    finally:
        for h in handles:
            h.remove()
    result = Prediction(logits.cpu().numpy().copy(), probs.cpu().numpy().copy())
    for name, module in layers:
        if name in captured:
            maps = captured[name][0].float().cpu().numpy().copy()
            result.layers.append(LayerMaps(name, layer_kind(module), layer_title(module), maps))
    return result


def feature_maps(model: nn.Module, image01: np.ndarray) -> list[LayerMaps]:
    return predict(model, image01, features=True).layers


def predict_batch(model: nn.Module, images01: np.ndarray, batch_size: int = 1000) -> np.ndarray:
    """Class probabilities (N, 10) for (N, 28, 28) images in [0, 1]."""
    x = model_input(images01)
    dev = _model_device(model)
    out = []
    with torch.inference_mode():
        for i in range(0, len(x), batch_size):
            out.append(torch.softmax(model(x[i:i + batch_size].to(dev)).float(), dim=1).cpu())
    return torch.cat(out).numpy() if out else np.zeros((0, 10), np.float32)


@dataclass
class KernelView:
    """The weights that produce one feature map."""

    conv_name: str  # the conv layer whose kernels these are
    weights: np.ndarray  # (C_in, kh, kw): one kernel per input channel
    bias: float
    note: str  # how the map relates to the conv (plain text)


def kernels_for(model: nn.Module, layer_name: str, channel: int) -> KernelView | None:
    """The kernel(s) behind ``channel`` of feature layer ``layer_name``. For a conv layer:
    its own weights[channel]; for a pool/activation layer (which work channel by channel):
    the weights of the nearest conv layer before it. None if there is no conv before."""
    if not has_feature_layers(model):
        return None
    layers = model.feature_layers()
    names = [n for n, _ in layers]
    if layer_name not in names:
        return None
    idx = names.index(layer_name)
    for j in range(idx, -1, -1):
        name, module = layers[j]
        if isinstance(module, nn.Conv2d):
            if not 0 <= channel < module.out_channels:
                return None
            w = module.weight.detach()[channel].float().cpu().numpy().copy()
            b = float(module.bias.detach()[channel]) if module.bias is not None else 0.0
            between = [n for n, _ in layers[j + 1: idx + 1]]
            note = name if not between else f"{name} → " + " → ".join(between)
            return KernelView(name, w, b, note)
    return None
