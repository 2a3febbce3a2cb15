"""Data augmentation: every training batch is changed a little, differently each time, so a
network that has seen ten drawings of a class (your own classes) learns the class rather than the
ten drawings, and one trained on MNIST reads other people's handwriting better.

:func:`augment_batch` works in torch on a whole batch at once (on the training device), seeded
by a ``torch.Generator``: a random shift (± ``shift`` px), rotation (± ``rotate`` degrees) and
scale (``scale``), one affine resampling (bilinear, the background stays 0), then a stroke
width change — a thicker stroke (3×3 dilation, i.e. max-pooling) or a thinner one (3×3
erosion), blended in by a random amount. Optionally (what :data:`DIGIT_AUGMENT` turns on for
MNIST runs): a width-to-height change (``aspect``), an elastic distortion (``elastic``: a smooth
random displacement field, Simard et al. 2003, added to the same resampling grid), a Gaussian
blur of random width (``blur``) and, for a share of the images, a coarser resolution
(``lowres``); the blur and the coarser resolution keep each image's brightest pixel, as the Draw
panel's preprocessing makes the brightest ink 1. Images are light ink on a 0 background in [0, 1]
(the preprocessed input); :func:`augment_normalized` does the same on MNIST-normalised batches
(what the engine trains on).
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
ELASTIC_GRID = 4  # the elastic displacement field: random values on a 4×4 grid, smoothly interpolated

# MNIST digits (TrainConfig.augment on a digit run): what real handwriting from elsewhere differs in —
# slant, size, width, position, pen width, wobble, sharpness and resolution (half the digits are seen
# through a 9–14 px field, as a coarse scan or small photo is). Chosen on the ConvNet with
# benchmarks/bench_real_handwriting.py (assets/README.md).
DIGIT_AUGMENT = {"shift": 2.0, "rotate": 12.0, "scale": (0.85, 1.1), "aspect": 1.6, "stroke": 1.0, "elastic": 1.5,
                 "blur": 1.0, "lowres": (9, 14), "lowres_p": 0.5}


def _uniform(n: int, lo: float, hi: float, generator: torch.Generator | None) -> torch.Tensor:
    return lo + (hi - lo) * torch.rand(n, generator=generator, dtype=torch.float32)


def augment_batch(x: torch.Tensor, generator: torch.Generator | None = None, shift: float = SHIFT_PX,
                  rotate: float = ROTATE_DEG, scale: tuple[float, float] = SCALE,
                  stroke: float = STROKE, elastic: float = 0.0, blur: float = 0.0,
                  aspect: float = 1.0, lowres: tuple[int, int] | None = None,
                  lowres_p: float = 0.5) -> torch.Tensor:
    """A randomly shifted, rotated, scaled and thickened/thinned copy of ``x`` (N, 1, H, W), values
    in [0, 1] with the background at 0. ``aspect`` (≥ 1): the width-to-height ratio changes by a
    random factor between 1/aspect and aspect (1: never). ``elastic``: the largest displacement of the elastic
    distortion in pixels (0: none); ``blur``: the largest Gaussian blur sigma in pixels (0: none;
    each example draws its own, from 0). The random numbers come from ``generator`` (a CPU
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
    sx = sy = s
    if aspect > 1:  # wider or narrower: width / height changes by a factor in [1/aspect, aspect] (log-uniform)
        r = torch.exp(_uniform(n, -math.log(aspect), math.log(aspect), generator) / 2)
        sx, sy = s * r, s / r
    # affine_grid maps output coordinates to input coordinates (normalised to [-1, 1]): the
    # inverse of "scale by (sx, sy), rotate by angle, then shift by (tx, ty) pixels", in pixels
    # m = diag(1/sx, 1/sy) · rotation(-angle), converted to the normalised coordinates.
    cos, sin = torch.cos(angle), torch.sin(angle)
    m00, m01, m10, m11 = cos / sx, sin / sx, -sin / sy, cos / sy
    theta = torch.zeros(n, 2, 3)
    theta[:, 0, 0], theta[:, 0, 1] = m00, m01 * (h / w)
    theta[:, 1, 0], theta[:, 1, 1] = m10 * (w / h), m11
    theta[:, 0, 2] = -(m00 * tx * 2 / w + m01 * (h / w) * ty * 2 / h)
    theta[:, 1, 2] = -(m10 * (w / h) * tx * 2 / w + m11 * ty * 2 / h)
    theta = theta.to(device=x.device, dtype=x.dtype)
    grid = F.affine_grid(theta, list(x.shape), align_corners=False)
    if elastic > 0:  # a smooth random displacement of every pixel, at most ``elastic`` px
        field = torch.rand(n, 2, ELASTIC_GRID, ELASTIC_GRID, generator=generator) * 2 - 1
        field = F.interpolate(field, size=(h, w), mode="bicubic", align_corners=True).clamp_(-1, 1)
        field = field * torch.tensor([2 * elastic / w, 2 * elastic / h]).view(1, 2, 1, 1)
        grid = grid + field.permute(0, 2, 3, 1).to(device=x.device, dtype=x.dtype)
    moved = F.grid_sample(x, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
    thick = F.max_pool2d(moved, 3, stride=1, padding=1)
    thin = -F.max_pool2d(-moved, 3, stride=1, padding=1)
    a = amount.to(device=x.device, dtype=x.dtype).view(n, 1, 1, 1)
    out = torch.where(a >= 0, moved + a * (thick - moved), moved + (-a) * (thin - moved))
    if blur > 0:
        out = _blur(out, _uniform(n, 0.0, blur, generator))
    if lowres is not None and lowres_p > 0:
        out = _low_resolution(out, lowres, lowres_p, generator)
    return out.clamp_(0.0, 1.0)


def _low_resolution(x: torch.Tensor, sizes: tuple[int, int], p: float, generator) -> torch.Tensor:
    """A fraction ``p`` of the images, each seen at a lower resolution: averaged down to a random
    side in ``sizes`` (pixels of the whole field) and enlarged back (bilinear), as a coarse scan or
    a small photo is; the brightest pixel keeps its value."""
    n, _, h, w = x.shape
    pick = torch.rand(n, generator=generator) < p
    side = torch.randint(int(sizes[0]), int(sizes[1]) + 1, (n,), generator=generator)
    out = x.clone()
    for k in torch.unique(side[pick]).tolist():
        rows = torch.nonzero(pick & (side == k)).flatten().to(x.device)
        sub = x.index_select(0, rows)
        small = F.adaptive_avg_pool2d(sub, (k, k))
        big = F.interpolate(small, size=(h, w), mode="bilinear", align_corners=False)
        peak = sub.amax((2, 3), keepdim=True) / big.amax((2, 3), keepdim=True).clamp(min=1e-6)
        out.index_copy_(0, rows, big * peak)
    return out


def _blur(x: torch.Tensor, sigma: torch.Tensor) -> torch.Tensor:
    """Each image of ``x`` (N, 1, H, W) blurred by a Gaussian of its own ``sigma`` (N,) pixels
    (separable, 7 taps; sigma 0 leaves it as it is), then scaled so its brightest pixel keeps
    its value (the preprocessing makes the brightest ink 1; a blur would dim it)."""
    n, _, h, w = x.shape
    r = 3
    taps = torch.arange(-r, r + 1, dtype=torch.float32)
    s = sigma.clamp(min=1e-3).view(n, 1)
    k = torch.exp(-0.5 * (taps.view(1, -1) / s) ** 2)
    k = (k / k.sum(1, keepdim=True)).to(device=x.device, dtype=x.dtype)  # (N, 7)
    # one grouped convolution: the batch as channels, one kernel each
    y = F.conv2d(F.pad(x.view(1, n, h, w), (r, r, 0, 0)), k.view(n, 1, 1, -1), groups=n)
    y = F.conv2d(F.pad(y, (0, 0, r, r)), k.view(n, 1, -1, 1), groups=n).view(n, 1, h, w)
    peak_before = x.amax((2, 3), keepdim=True)
    peak_after = y.amax((2, 3), keepdim=True).clamp(min=1e-6)
    return y * (peak_before / peak_after)


def augment_normalized(x: torch.Tensor, generator: torch.Generator | None = None, **options) -> torch.Tensor:
    """:func:`augment_batch` on an MNIST-normalised batch (the engine's input): back to [0, 1],
    augmented, normalised again."""
    x01 = x * MNIST_STD + MNIST_MEAN
    return (augment_batch(x01, generator, **options) - MNIST_MEAN) / MNIST_STD
