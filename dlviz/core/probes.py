"""What regularisation does, measured during training (no Qt): the weight norm (what L2
weight decay shrinks), the dropout mask a layer actually applied to the current batch
(caught with forward hooks), and the fixed subsets of the training set used for a "small
training set" run and for measuring the training accuracy (the train–test gap)."""

from __future__ import annotations

import math

import numpy as np
import torch
import torch.nn.functional as F

SUBSET_SEED = 0  # the subsets are the same for every run, so runs compare on the same digits


def subset_indices(n: int, k: int | None, seed: int = SUBSET_SEED) -> np.ndarray:
    """Sorted indices of a fixed random subset of ``k`` of ``n`` items (all when ``k`` is
    None or ≥ ``n``)."""
    if k is None or k >= n:
        return np.arange(n)
    rng = np.random.default_rng(seed)
    return np.sort(rng.permutation(n)[: max(0, int(k))])


def weight_norm(model: torch.nn.Module) -> float:
    """The L2 norm of all the model's parameters together, ‖θ‖₂ (weights and biases, as
    torch's ``weight_decay`` shrinks them all)."""
    total = 0.0
    with torch.no_grad():
        for p in model.parameters():
            total += float(p.detach().double().pow(2).sum())
    return math.sqrt(total)


def dropout_layer(model: torch.nn.Module):
    """(name, module, unit shape) of the dropout layer whose mask is shown: the dropout in
    front of the classifier's last dense layer(s) of the CNNs (the Keras CNN's 32 × 13 × 13
    pooled features, the ConvNet's 50 hidden units); None for other models."""
    drop = getattr(model, "dropout", None)
    if not isinstance(drop, torch.nn.Dropout):
        return None
    if hasattr(model, "pool1") and hasattr(model, "conv1") and hasattr(model, "fc"):  # KerasCNN
        return "dropout", drop, (int(model.conv1.out_channels), 13, 13)
    if hasattr(model, "fc1"):  # ConvNet
        return "dropout", drop, (int(model.fc1.out_features),)
    return None


def _rng_state(device: torch.device):
    if device.type == "cuda":
        return torch.cuda.get_rng_state(device)
    return torch.get_rng_state()


def _set_rng_state(device: torch.device, state) -> None:
    if device.type == "cuda":
        torch.cuda.set_rng_state(state, device)
    else:
        torch.set_rng_state(state)


class DropoutProbe:
    """Forward hooks on a ``nn.Dropout`` that recover the mask it applied to each batch: the
    random generator's state is saved before the layer runs; after it, the same dropout is
    drawn again from that state on ones (the same shape, dtype, device and layout, so the
    same random numbers) and the generator put back where the layer left it. The training
    itself is unchanged. ``mask`` is the keep-mask (bool) of the batch's first digit,
    reshaped to ``shape``; ``batch_mask`` the whole batch's (B, units); both None in eval
    mode or with p = 0."""

    def __init__(self, module: torch.nn.Dropout, shape: tuple[int, ...] | None = None, keep_batch: bool = False):
        self.module = module
        self.shape = tuple(shape) if shape else None
        self.keep_batch = keep_batch
        self.mask: np.ndarray | None = None
        self.batch_mask: torch.Tensor | None = None
        self._state = None
        self._handles = [module.register_forward_pre_hook(self._before), module.register_forward_hook(self._after)]

    def _before(self, module, inputs):
        self._state = None
        if module.training and module.p > 0:
            self._state = _rng_state(inputs[0].device)

    def _after(self, module, inputs, output):
        if self._state is None:
            self.mask = self.batch_mask = None
            return
        x = inputs[0]
        after = _rng_state(x.device)
        try:
            _set_rng_state(x.device, self._state)
            with torch.no_grad():
                probe = F.dropout(torch.ones_like(x), module.p, True, False)
        finally:
            _set_rng_state(x.device, after)
            self._state = None
        keep = probe != 0
        if self.keep_batch:
            self.batch_mask = keep.reshape(len(x), -1)
        first = keep[0].detach().cpu().numpy().reshape(-1)
        self.mask = first.reshape(self.shape) if self.shape and int(np.prod(self.shape)) == first.size else first

    def take(self) -> np.ndarray | None:
        """The last mask (and forget it)."""
        m, self.mask = self.mask, None
        return m

    def remove(self) -> None:
        for h in self._handles:
            h.remove()
        self._handles = []


def mask_image(mask: np.ndarray, gap: int = 1) -> np.ndarray:
    """A keep-mask as one picture (uint8: 255 kept, 0 dropped, 128 the gaps between tiles):
    (C, H, W) as C tiles of H × W in rows of up to 8; (units,) as a near-square grid."""
    m = np.asarray(mask, bool)
    if m.ndim == 3:
        c, h, w = m.shape
        cols = min(8, c)
        rows = math.ceil(c / cols)
        out = np.full((rows * h + (rows - 1) * gap, cols * w + (cols - 1) * gap), 128, np.uint8)
        for i in range(c):
            r, k = divmod(i, cols)
            out[r * (h + gap): r * (h + gap) + h, k * (w + gap): k * (w + gap) + w] = np.where(m[i], 255, 0)
        return out
    flat = m.reshape(-1)
    n = flat.size
    cols = max(1, math.ceil(math.sqrt(n * 2)))  # twice as wide as high
    rows = math.ceil(n / cols)
    out = np.full(rows * cols, 128, np.uint8)
    out[:n] = np.where(flat, 255, 0)
    return out.reshape(rows, cols)
