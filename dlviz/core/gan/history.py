"""The grids of the fixed noise kept over training (``GridHistory``, bounded in memory and
saved with the checkpoint), mosaics of digits, and their exports as PNG and GIF (Pillow,
imported only when used; files written atomically)."""

from __future__ import annotations

import math

import numpy as np
import torch

from dlviz.core.fileio import atomic_write
from dlviz.core.gan.sampling import to_uint8
from dlviz.core.messages import CoreError, N_


def make_grid(images: np.ndarray, cols: int = 8, pad: int = 2, pad_value=0) -> np.ndarray:
    """(K, H, W) images → one (rows·(H+pad)+pad, cols·(W+pad)+pad) mosaic, row-major order."""
    images = np.asarray(images)
    k, h, w = images.shape
    rows = max(1, math.ceil(k / cols))
    out = np.full((rows * (h + pad) + pad, cols * (w + pad) + pad), pad_value, dtype=images.dtype)
    for i in range(k):
        r, c = divmod(i, cols)
        y, x = pad + r * (h + pad), pad + c * (w + pad)
        out[y:y + h, x:x + w] = images[i]
    return out


class GridHistory:
    """Grids of the fixed noise kept every N iterations, at most ``capacity`` of them: when
    full, every second one of the older half is dropped, so the recent past stays dense and
    the whole run stays covered. Grids are stored as uint8 (K, 28, 28)."""

    def __init__(self, capacity: int = 200):
        if capacity < 4:
            raise CoreError(N_("must be at least {minimum}, got {value}"), field="capacity", minimum=4,
                            value=int(capacity))
        self.capacity = int(capacity)
        self.steps: list[int] = []
        self.grids: list[np.ndarray] = []

    def __len__(self) -> int:
        return len(self.steps)

    def add(self, step: int, images) -> None:
        img = np.asarray(images)
        img = to_uint8(img) if img.dtype != np.uint8 else img.copy()
        if self.steps and step <= self.steps[-1]:  # a repeated step replaces the last grid
            if step == self.steps[-1]:
                self.grids[-1] = img
                return
            self.clear()
        if len(self.steps) >= self.capacity:
            self._thin()
        self.steps.append(int(step))
        self.grids.append(img)

    def _thin(self) -> None:
        half = len(self.steps) // 2
        keep = [i for i in range(len(self.steps)) if i >= half or i % 2 == 0]
        self.steps = [self.steps[i] for i in keep]
        self.grids = [self.grids[i] for i in keep]

    def clear(self) -> None:
        self.steps.clear()
        self.grids.clear()

    def grid(self, index: int) -> np.ndarray:
        return self.grids[index]

    def index_of_step(self, step: int) -> int:
        """Index of the last grid stored at or before ``step`` (0 when none)."""
        i = int(np.searchsorted(np.asarray(self.steps), step, side="right")) - 1
        return max(0, i)

    def to_extra(self) -> dict:
        """Tensors for a checkpoint's ``extra`` (what weights_only loading accepts)."""
        if not self.steps:
            return {"grid_steps": torch.zeros(0, dtype=torch.int64), "grids": torch.zeros((0, 0, 28, 28), dtype=torch.uint8)}
        return {
            "grid_steps": torch.tensor(self.steps, dtype=torch.int64),
            "grids": torch.from_numpy(np.stack(self.grids)),
        }

    @classmethod
    def from_extra(cls, extra: dict, capacity: int = 200) -> GridHistory:
        h = cls(capacity)
        steps, grids = extra.get("grid_steps"), extra.get("grids")
        if steps is None or grids is None:
            return h
        if not isinstance(steps, torch.Tensor) or not isinstance(grids, torch.Tensor) or grids.dtype != torch.uint8 \
                or grids.dim() != 4 or len(steps) != len(grids) or tuple(grids.shape[2:]) != (28, 28):
            raise CoreError(N_("the grid history in this checkpoint is malformed"))
        arr = grids.numpy()
        for s, g in zip(steps.tolist(), arr):
            h.steps.append(int(s))
            h.grids.append(g.copy())
        while len(h.steps) > h.capacity:
            h._thin()
        return h


def grid_image(images, cols: int = 8, scale: int = 2, pad: int = 2) -> np.ndarray:
    """uint8 mosaic of (K, 28, 28) images ([0, 1] floats or uint8), each pixel ``scale``× larger."""
    img = np.asarray(images)
    img = to_uint8(img) if img.dtype != np.uint8 else img
    mosaic = make_grid(img, cols=cols, pad=pad, pad_value=40)
    if scale > 1:
        mosaic = np.kron(mosaic, np.ones((scale, scale), np.uint8))
    return mosaic


def save_grid_png(path, images, cols: int = 8, scale: int = 2) -> None:
    """The grid as a greyscale PNG (written atomically)."""
    from PIL import Image  # noqa: PLC0415

    im = Image.fromarray(grid_image(images, cols, scale), mode="L")
    atomic_write(path, lambda tmp: im.save(tmp, format="PNG"))


def save_history_gif(path, history: GridHistory, cols: int = 8, scale: int = 2, frame_ms: int = 120,
                     last_frame_ms: int = 1500) -> int:
    """Every grid of the history as one frame of a looping GIF (written atomically);
    returns the number of frames."""
    from PIL import Image  # noqa: PLC0415

    if len(history) == 0:
        raise CoreError(N_("the history is empty: train first"))
    frames = [Image.fromarray(grid_image(g, cols, scale), mode="L") for g in history.grids]
    durations = [frame_ms] * (len(frames) - 1) + [last_frame_ms]
    atomic_write(path, lambda tmp: frames[0].save(
        tmp, format="GIF", save_all=True, append_images=frames[1:], duration=durations, loop=0))
    return len(frames)
