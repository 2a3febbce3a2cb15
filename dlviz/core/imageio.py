"""Load a PNG/JPEG (or any image Pillow reads) as a float array for the convolution and
pooling panels: grayscale (H, W) or RGB as 3 channels (3, H, W), values in [0, 1].
Failures raise :class:`ImageLoadError` (a ValueError) with a message for the user."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

MAX_PIXELS = 50_000_000  # refuse decompression bombs long before Pillow's own limit


class ImageLoadError(ValueError):
    """The file could not be used as an image; the message says why."""


def load_image(path, mode: str = "gray", max_size: int | None = None) -> np.ndarray:
    """Read ``path``; ``mode`` "gray" → (H, W), "rgb" → (3, H, W); float32 in [0, 1].

    ``max_size`` shrinks the image (keeping its aspect ratio) so that neither side
    exceeds it — a player over a photo's million pixels would be unusable."""
    if mode not in ("gray", "rgb"):
        raise ValueError(f"mode: must be 'gray' or 'rgb', got {mode!r}")
    if max_size is not None and int(max_size) < 1:
        raise ValueError(f"max_size: must be ≥ 1, got {max_size!r}")
    p = Path(os.fspath(path))
    if not p.exists():
        raise ImageLoadError(f"{p}: no such file")
    if not p.is_file():
        raise ImageLoadError(f"{p}: not a file")
    from PIL import Image, UnidentifiedImageError  # noqa: PLC0415

    try:
        with Image.open(p) as im:
            w, h = im.size
            if w < 1 or h < 1:
                raise ImageLoadError(f"{p.name}: the image is empty")
            if w * h > MAX_PIXELS:
                raise ImageLoadError(f"{p.name}: {w}×{h} pixels is too large (at most {MAX_PIXELS:,})")
            im.load()
            if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
                # transparent pixels become white, like a drawing on paper
                im = im.convert("RGBA")
                bg = Image.new("RGBA", im.size, (255, 255, 255, 255))
                im = Image.alpha_composite(bg, im)
            im = im.convert("L" if mode == "gray" else "RGB")
            if max_size is not None and max(im.size) > int(max_size):
                scale = int(max_size) / max(im.size)
                size = (max(1, round(im.size[0] * scale)), max(1, round(im.size[1] * scale)))
                im = im.resize(size, Image.Resampling.LANCZOS)
            arr = np.asarray(im, dtype=np.float32) / 255.0
    except ImageLoadError:
        raise
    except UnidentifiedImageError:
        raise ImageLoadError(f"{p.name}: not an image Pillow can read (PNG, JPEG, BMP, GIF…)") from None
    except Image.DecompressionBombError:
        raise ImageLoadError(f"{p.name}: too many pixels (refused as a possible decompression bomb)") from None
    except (OSError, SyntaxError, ValueError) as e:
        raise ImageLoadError(f"{p.name}: could not read the image ({e})") from None
    if mode == "rgb":
        arr = np.ascontiguousarray(arr.transpose(2, 0, 1))
    return arr
