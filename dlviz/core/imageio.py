"""Load a PNG/JPEG (or any image Pillow reads) as a float array for the convolution and
pooling panels: grayscale (H, W) or RGB as 3 channels (3, H, W), values in [0, 1].
Failures raise :class:`ImageLoadError` (a ``CoreError``, so a ValueError) with a message
for the user."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from dlviz.core.messages import CoreError, N_

MAX_PIXELS = 50_000_000  # refuse decompression bombs long before Pillow's own limit


class ImageLoadError(CoreError):
    """The file could not be used as an image; the message says why."""


def load_image(path, mode: str = "gray", max_size: int | None = None) -> np.ndarray:
    """Read ``path``; ``mode`` "gray" → (H, W), "rgb" → (3, H, W); float32 in [0, 1].

    ``max_size`` shrinks the image (keeping its aspect ratio) so that neither side
    exceeds it — a player over a photo's million pixels would be unusable."""
    if mode not in ("gray", "rgb"):
        raise CoreError(N_("must be gray or rgb, got {value}"), field="mode", value=repr(mode))
    if max_size is not None and int(max_size) < 1:
        raise CoreError(N_("must be at least {minimum}, got {value}"), field="max_size", minimum=1, value=repr(max_size))
    p = Path(os.fspath(path))
    if not p.exists():
        raise ImageLoadError(N_("{file}: no such file"), file=str(p))
    if not p.is_file():
        raise ImageLoadError(N_("{file}: not a file"), file=str(p))
    from PIL import Image, UnidentifiedImageError  # noqa: PLC0415

    try:
        with Image.open(p) as im:
            w, h = im.size
            if w < 1 or h < 1:
                raise ImageLoadError(N_("{file}: the image is empty"), file=p.name)
            if w * h > MAX_PIXELS:
                raise ImageLoadError(N_("{file}: {width}×{height} pixels is too large (at most {most})"),
                                     file=p.name, width=w, height=h, most=f"{MAX_PIXELS:,}")
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
        raise ImageLoadError(N_("{file}: not an image Pillow can read (PNG, JPEG, BMP, GIF…)"), file=p.name) from None
    except Image.DecompressionBombError:
        raise ImageLoadError(N_("{file}: too many pixels (refused as a possible decompression bomb)"),
                             file=p.name) from None
    except (OSError, SyntaxError, ValueError) as e:
        raise ImageLoadError(N_("{file}: could not read the image ({reason})"), file=p.name, reason=str(e)) from None
    if mode == "rgb":
        arr = np.ascontiguousarray(arr.transpose(2, 0, 1))
    return arr
