"""Kernel presets for the convolution panel, and the small example input grid.

Every preset is a float64 array (kH, kW) used as a cross-correlation kernel, as
``torch.nn.functional.conv2d`` and every deep-learning library apply it (no flip).
Sobel x responds to intensity increasing to the right, Sobel y downwards."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from dlviz.core.messages import CoreError, N_


@dataclass(frozen=True)
class KernelPreset:
    key: str
    title: str  # English, marked with N_ (the interface shows tr_n(title))
    description: str  # one sentence (tooltip), marked with N_
    kernels: tuple  # one or more (kH, kW) arrays: several → several output channels

    @property
    def weight_2d(self) -> np.ndarray:
        return self.kernels[0]

    def weight(self, in_channels: int = 1) -> np.ndarray:
        """(C_out, C_in, kH, kW): each kernel applied to every input channel (their
        responses are summed, as in any multi-channel convolution)."""
        k = np.stack(self.kernels).astype(np.float64)
        return np.repeat(k[:, None], int(in_channels), axis=1)


def _k(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


def _gaussian(size: int, sigma: float) -> np.ndarray:
    r = np.arange(size) - (size - 1) / 2
    g = np.exp(-(r**2) / (2 * sigma**2))
    k = np.outer(g, g)
    return k / k.sum()


SOBEL_X = _k([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]])
SOBEL_Y = _k([[-1, -2, -1], [0, 0, 0], [1, 2, 1]])
LAPLACIAN = _k([[0, 1, 0], [1, -4, 1], [0, 1, 0]])

PRESETS: dict[str, KernelPreset] = {
    p.key: p
    for p in (
        KernelPreset("identity", N_("Identity"),
                     N_("Copies the centre pixel: the output equals the input."),
                     (_k([[0, 0, 0], [0, 1, 0], [0, 0, 0]]),)),
        KernelPreset("box_blur", N_("Box blur 3×3"),
                     N_("Averages the 3×3 neighbourhood: every weight is 1/9."),
                     (np.full((3, 3), 1 / 9),)),
        KernelPreset("gaussian", N_("Gaussian blur 3×3"),
                     N_("A weighted average that favours the centre (1 2 1 / 16)."),
                     (_k([[1, 2, 1], [2, 4, 2], [1, 2, 1]]) / 16,)),
        KernelPreset("gaussian5", N_("Gaussian blur 5×5"),
                     N_("A wider Gaussian (σ = 1) that blurs more strongly."),
                     (_gaussian(5, 1.0),)),
        KernelPreset("sharpen", N_("Sharpen"),
                     N_("Adds the difference between a pixel and its neighbours back to it."),
                     (_k([[0, -1, 0], [-1, 5, -1], [0, -1, 0]]),)),
        KernelPreset("sobel_x", N_("Sobel x"),
                     N_("Finds vertical edges: positive where brightness rises to the right."),
                     (SOBEL_X,)),
        KernelPreset("sobel_y", N_("Sobel y"),
                     N_("Finds horizontal edges: positive where brightness rises downwards."),
                     (SOBEL_Y,)),
        KernelPreset("laplacian", N_("Laplacian"),
                     N_("Second derivative: responds to blobs and thin lines, zero on flat areas."),
                     (LAPLACIAN,)),
        KernelPreset("edge", N_("Edge (outline)"),
                     N_("Centre minus all eight neighbours: outlines every edge."),
                     (_k([[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]]),)),
        KernelPreset("emboss", N_("Emboss"),
                     N_("A directional difference that makes the image look raised."),
                     (_k([[-2, -1, 0], [-1, 1, 1], [0, 1, 2]]),)),
        KernelPreset("sobel_xy", N_("Sobel x and y (2 output channels)"),
                     N_("Two kernels at once: each output channel has its own kernel."),
                     (SOBEL_X, SOBEL_Y)),
    )
}


def preset(key: str) -> KernelPreset:
    try:
        return PRESETS[key]
    except KeyError:
        raise CoreError(N_("unknown preset {value} (choose from {choices})"), field="kernel", value=repr(key),
                        choices=", ".join(PRESETS)) from None


def example_grid(channels: int = 1) -> np.ndarray:
    """A 7×7 grid of small integers (a bright diagonal stroke on a dark background), good
    for reading the arithmetic; (7, 7) or (channels, 7, 7) with a different pattern per
    channel."""
    base = np.array(
        [
            [0, 0, 0, 0, 0, 1, 2],
            [0, 0, 0, 1, 3, 5, 3],
            [0, 0, 1, 4, 8, 4, 1],
            [0, 1, 5, 9, 5, 1, 0],
            [1, 4, 8, 4, 1, 0, 0],
            [3, 6, 3, 1, 0, 0, 0],
            [2, 1, 0, 0, 0, 0, 0],
        ],
        dtype=np.float64,
    )
    if channels == 1:
        return base
    layers = [base, base[:, ::-1].copy(), np.flipud(base).copy()]
    while len(layers) < channels:
        layers.append(np.rot90(layers[len(layers) % 3]).copy())
    return np.stack(layers[:channels])
