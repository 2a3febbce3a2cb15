"""Data augmentation for small data sets (your own classes): every training batch is changed a
little, differently each time, so a network that has seen ten drawings of a class learns the
class rather than the ten drawings.

:func:`augment_batch` works in torch on a whole batch at once (on the training device), seeded
by a ``torch.Generator``: a random shift (± ``shift`` px), rotation (± ``rotate`` degrees) and
scale (``scale``), one affine resampling (bilinear, the background stays 0), then a stroke
width change — a thicker stroke (3×3 dilation, i.e. max-pooling) or a thinner one (3×3
erosion), blended in by a random amount. Images are light ink on a 0 background in [0, 1]
(the preprocessed input); :func:`augment_normalized` does the same on MNIST-normalised
batches (what the engine trains on).
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F

from dlviz.core.data import MNIST_MEAN, MNIST_STD
from dlviz.core.messages import N_, CoreError

SHIFT_PX = 2.5  # ± pixels
ROTATE_DEG = 15.0  # ± degrees
SCALE = (0.9, 1.1)
STROKE = 0.6  # the largest blend towards a dilated (thicker) stroke; an eroded one gets half of it


def _uniform(n: int, lo: float, hi: float, generator: torch.Generator | None) -> torch.Tensor:
    return lo + (hi - lo) * torch.rand(n, generator=generator, dtype=torch.float32)


def augment_batch(x: torch.Tensor, generator: torch.Generator | None = None, shift: float = SHIFT_PX,
                  rotate: float = ROTATE_DEG, scale: tuple[float, float] = SCALE,
                  stroke: float = STROKE) -> torch.Tensor:
    """A randomly shifted, rotated, scaled and thickened/thinned copy of ``x`` (N, 1, H, W), values
    in [0, 1] with the background at 0. The random numbers come from ``generator`` (a CPU
    ``torch.Generator``; the same seed gives the same batch), so a run is reproducible. The
    result has ``x``'s shape, dtype and device, values in [0, 1]."""
    if x.dim() != 4 or x.shape[1] != 1:
        raise CoreError(N_("expected a batch (N, 1, H, W), got {shape}"), shape=str(tuple(x.shape)))
    n, _, h, w = x.shape
    if n == 0:
        return x.clone()
    angle = _uniform(n, -rotate, rotate, generator) * (math.pi / 180.0)
    s = _uniform(n, scale[0], scale[1], generator)
    tx = _uniform(n, -shift, shift, generator)
    ty = _uniform(n, -shift, shift, generator)
    amount = _uniform(n, -0.5 * stroke, stroke, generator)
    # affine_grid maps output coordinates to input coordinates (normalised to [-1, 1]): the
    # inverse of "rotate by angle, scale by s, then shift by (tx, ty) pixels".
    cos, sin = torch.cos(angle) / s, torch.sin(angle) / s
    theta = torch.zeros(n, 2, 3)
    theta[:, 0, 0], theta[:, 0, 1] = cos, sin * (h / w)
    theta[:, 1, 0], theta[:, 1, 1] = -sin * (w / h), cos
    theta[:, 0, 2] = -(cos * tx * 2 / w + sin * (h / w) * ty * 2 / h)
    theta[:, 1, 2] = -(-sin * (w / h) * tx * 2 / w + cos * ty * 2 / h)
    theta = theta.to(device=x.device, dtype=x.dtype)
    grid = F.affine_grid(theta, list(x.shape), align_corners=False)
    moved = F.grid_sample(x, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
    thick = F.max_pool2d(moved, 3, stride=1, padding=1)
    thin = -F.max_pool2d(-moved, 3, stride=1, padding=1)
    a = amount.to(device=x.device, dtype=x.dtype).view(n, 1, 1, 1)
    out = torch.where(a >= 0, moved + a * (thick - moved), moved + (-a) * (thin - moved))
    return out.clamp_(0.0, 1.0)


def augment_normalized(x: torch.Tensor, generator: torch.Generator | None = None, **options) -> torch.Tensor:
    """:func:`augment_batch` on an MNIST-normalised batch (the engine's input): back to [0, 1],
    augmented, normalised again."""
    x01 = x * MNIST_STD + MNIST_MEAN
    return (augment_batch(x01, generator, **options) - MNIST_MEAN) / MNIST_STD
