"""MNIST-style preprocessing of a drawing or an image file (numpy only; Pillow for files).

The recipe MNIST itself was made with (LeCun, Cortes & Burges):

1. crop to the bounding box of the ink;
2. scale it so its longer side is 20 px, keeping the aspect ratio (anti-aliased: area
   averaging when shrinking, linear interpolation when enlarging);
3. place it in a 28×28 field so that its centre of mass sits at the centre, (14, 14) in
   pixel-index coordinates (MNIST's digits have a mean centre of mass of (13.99, 14.01)
   there). MNIST shifted by whole pixels; by default the remaining fraction of a pixel
   is shifted too (linear interpolation), so the input does not jump by a pixel as a
   stroke grows — ``subpixel=False`` gives MNIST's whole-pixel shift;
4. values in [0, 1] with the brightest ink at 1 (every MNIST digit reaches 255), light
   ink on a dark background; ``normalize`` gives what the models take (mean 0.1307,
   std 0.3081).

A blank input is reported as empty (``preprocess`` returns None): the app shows no
prediction rather than a guess.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

import numpy as np

from dlviz.core.data import normalize  # noqa: F401  (re-exported: the models' input scaling)
from dlviz.core.messages import CoreError, N_

SIZE = 28  # MNIST field
BOX = 20  # the digit's longer side after scaling
CENTRE = 14.0  # target centre of mass (row, col), pixel-index coordinates
INK_THRESHOLD = 0.1  # ink level (of the input's [0, 1] range) that counts for the bounding box
MIN_CONTRAST = 0.08  # an image file whose ink stands out less than this is blank


class ImageError(CoreError):
    """An image file could not be read (the message says why, in words for the user; a CoreError)."""


@dataclass
class Preprocessed:
    """The result of the recipe, with the numbers of each step (for display and tests)."""

    image: np.ndarray  # (28, 28) float32 in [0, 1], light ink on dark
    bbox: tuple[int, int, int, int]  # (top, left, bottom, right) of the ink in the source, bottom/right exclusive
    scaled_size: tuple[int, int]  # (height, width) after scaling the longer side to 20
    offset: tuple[float, float]  # (row, col) where the scaled digit was placed in the 28×28 field
    centre_of_mass: tuple[float, float]  # (row, col) of the result

    def normalized(self) -> np.ndarray:
        """The model input: MNIST-normalised (28, 28) float32."""
        return normalize(self.image).astype(np.float32)


# --- steps ------------------------------------------------------------------------------
def to_unit(ink: np.ndarray) -> np.ndarray:
    """A 2-D array (uint8 0–255, bool, or float in [0, 1]) as float32 in [0, 1]."""
    a = np.asarray(ink)
    if a.ndim != 2:
        raise CoreError(N_("expected a 2-D grey image, got shape {shape}"), field="image", shape=str(a.shape))
    if a.dtype == np.uint8:
        return a.astype(np.float32) * np.float32(1 / 255)
    if a.dtype == bool:
        return a.astype(np.float32)
    a = np.nan_to_num(a.astype(np.float32), nan=0.0, posinf=1.0, neginf=0.0)
    return np.clip(a, 0.0, 1.0)


def bounding_box(ink: np.ndarray, threshold: float = INK_THRESHOLD):
    """(top, left, bottom, right) of the pixels above ``threshold`` (exclusive ends), or
    None when there are none. ``ink`` may be uint8 (threshold scaled to 0–255) or float."""
    a = np.asarray(ink)
    limit = threshold * 255 if a.dtype == np.uint8 else threshold
    mask = a > limit
    rows = np.flatnonzero(mask.any(axis=1))
    if rows.size == 0:
        return None
    cols = np.flatnonzero(mask.any(axis=0))
    return int(rows[0]), int(cols[0]), int(rows[-1]) + 1, int(cols[-1]) + 1


def resample_weights(n_in: int, n_out: int) -> np.ndarray:
    """(n_out, n_in) matrix that resamples a 1-D signal of n_in pixels to n_out pixels.
    Shrinking: exact area averaging (each output pixel is the mean of the input it
    covers). Enlarging: linear interpolation between pixel centres."""
    if n_in <= 0 or n_out <= 0:
        raise CoreError(N_("sizes must be positive"), field="resample")
    scale = n_out / n_in
    if scale <= 1.0:
        edges = np.arange(n_out + 1, dtype=np.float64) / scale  # output pixel j covers [e_j, e_j+1) of the input
        lo = np.maximum(edges[:-1, None], np.arange(n_in)[None, :])
        hi = np.minimum(edges[1:, None], np.arange(n_in)[None, :] + 1)
        w = np.clip(hi - lo, 0.0, None) * scale
    else:
        centres = (np.arange(n_out) + 0.5) / scale - 0.5
        centres = np.clip(centres, 0.0, n_in - 1)
        i0 = np.floor(centres).astype(int)
        i1 = np.minimum(i0 + 1, n_in - 1)
        t = centres - i0
        w = np.zeros((n_out, n_in))
        w[np.arange(n_out), i0] += 1.0 - t
        w[np.arange(n_out), i1] += t
    return w.astype(np.float32)


def resize(img: np.ndarray, height: int, width: int) -> np.ndarray:
    """Anti-aliased resize of a 2-D float image (separable, see ``resample_weights``)."""
    img = np.asarray(img, np.float32)
    wy = resample_weights(img.shape[0], height)
    wx = resample_weights(img.shape[1], width)
    return (wy @ img @ wx.T).astype(np.float32)


def scaled_size(height: int, width: int, box: int = BOX) -> tuple[int, int]:
    """Size after scaling the longer side to ``box`` px, keeping the aspect ratio."""
    longer = max(height, width)
    return (max(1, int(math.floor(height * box / longer + 0.5))),
            max(1, int(math.floor(width * box / longer + 0.5))))


def centre_of_mass(img: np.ndarray) -> tuple[float, float]:
    """(row, col) of the intensity-weighted centre, in pixel-index coordinates."""
    img = np.asarray(img, np.float64)
    total = img.sum()
    if total <= 0:
        return (float("nan"), float("nan"))
    rows = img.sum(axis=1)
    cols = img.sum(axis=0)
    return (float(rows @ np.arange(img.shape[0]) / total), float(cols @ np.arange(img.shape[1]) / total))


def place(digit: np.ndarray, size: int = SIZE, centre: float = CENTRE, subpixel: bool = True):
    """Put ``digit`` (h, w ≤ size) into a size×size field, shifted so its centre of mass
    lands at (centre, centre). ``subpixel=False``: a whole-pixel shift (rounded half up), as
    MNIST did — the centre of mass ends within ±0.5 px of the centre. ``subpixel=True``
    (default): the fractional remainder is a linear-interpolation shift, which puts the
    centre of mass exactly at the centre and keeps the input steady while a stroke grows.
    The shift is clamped so no ink is cut off. Returns (image, (top, left)) with the
    offset as floats."""
    h, w = digit.shape
    cy, cx = centre_of_mass(digit)
    top = min(max(centre - cy, 0.0), float(size - h))
    left = min(max(centre - cx, 0.0), float(size - w))
    if not subpixel:
        # Round half up, with a little slack so that a symmetric shape (centre of mass
        # exactly on a half pixel, up to float error) always goes the same way.
        top = float(min(max(math.floor(centre - cy + 0.5 + 1e-6), 0), size - h))
        left = float(min(max(math.floor(centre - cx + 0.5 + 1e-6), 0), size - w))
    out = np.zeros((size, size), np.float32)
    t0, l0 = int(math.floor(top)), int(math.floor(left))
    ft, fl = top - t0, left - l0
    for dy, wy in ((0, 1.0 - ft), (1, ft)):
        for dx, wx in ((0, 1.0 - fl), (1, fl)):
            wgt = wy * wx
            if wgt > 1e-9:
                out[t0 + dy:t0 + dy + h, l0 + dx:l0 + dx + w] += np.float32(wgt) * digit
    return out, (top, left)


def preprocess(ink: np.ndarray, threshold: float = INK_THRESHOLD, subpixel: bool = True) -> Preprocessed | None:
    """The MNIST recipe on a 2-D image of light ink on a dark (zero) background, any size.
    Returns None when there is no ink (an empty canvas is not guessed at). See ``place``
    for ``subpixel``."""
    a = to_unit(ink)
    box = bounding_box(a, threshold)
    if box is None:
        return None
    top, left, bottom, right = box
    crop = a[top:bottom, left:right]
    sh, sw = scaled_size(bottom - top, right - left)
    digit = resize(crop, sh, sw)
    peak = float(digit.max())
    if peak <= 0:
        return None
    digit = np.clip(digit / peak, 0.0, 1.0)
    image, offset = place(digit, subpixel=subpixel)
    image = np.clip(image / max(float(image.max()), 1e-12), 0.0, 1.0)  # the brightest ink is 1, as in MNIST
    return Preprocessed(image, box, (sh, sw), offset, centre_of_mass(image))


# --- image files -----------------------------------------------------------------------
def ink_from_grey(grey: np.ndarray) -> np.ndarray | None:
    """A grey image (float in [0, 1]) of a digit, dark-on-light or light-on-dark, → light ink
    on a zero background in [0, 1]; None when it is blank (no contrast).

    The background level is the median of the image's outer frame (a digit rarely touches
    every edge); ink is what differs from it, on the side of the image's majority
    polarity."""
    g = np.asarray(grey, np.float32)
    h, w = g.shape
    m = max(1, min(h, w) // 20)
    frame = np.concatenate([g[:m].ravel(), g[-m:].ravel(), g[:, :m].ravel(), g[:, -m:].ravel()])
    bg = float(np.median(frame))
    dark_on_light = bg > 0.5
    ink = (bg - g) if dark_on_light else (g - bg)
    ink = np.clip(ink, 0.0, None)
    peak = float(np.percentile(ink, 99.9)) if ink.size > 1000 else float(ink.max())
    peak = max(peak, float(ink.max()) * 0.5)
    if peak < MIN_CONTRAST:
        return None
    ink = np.clip(ink / peak, 0.0, 1.0)
    # Paper texture, JPEG noise and scanner grey are not ink.
    ink = np.clip((ink - 0.15) / 0.85, 0.0, 1.0)
    return ink if ink.max() > 0 else None


def read_grey(path: str | os.PathLike) -> np.ndarray:
    """Read an image file as grey float32 in [0, 1] (alpha flattened onto the background
    that contrasts with the ink). Raises ImageError with a clear message."""
    from PIL import Image, UnidentifiedImageError  # noqa: PLC0415

    name = os.fspath(path)
    if not os.path.isfile(name):
        raise ImageError(N_("{file}: file not found"), file=name)
    try:
        with Image.open(name) as im:
            im.load()
            if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
                rgba = np.asarray(im.convert("RGBA"), np.float32) / 255.0
                lum = rgba[..., :3] @ np.array([0.299, 0.587, 0.114], np.float32)
                alpha = rgba[..., 3]
                if alpha.min() < 0.98:
                    opaque = alpha > 0.5
                    light_ink = opaque.any() and float(lum[opaque].mean()) > 0.5
                    bg = 0.0 if light_ink else 1.0
                    return (lum * alpha + bg * (1 - alpha)).astype(np.float32)
                return lum.astype(np.float32)
            grey = im.convert("F") if im.mode in ("I", "I;16", "F") else im.convert("L")
            a = np.asarray(grey, np.float32)
            if grey.mode == "L":
                return a / 255.0
            lo, hi = float(a.min()), float(a.max())
            return (a - lo) / (hi - lo) if hi > lo else np.zeros_like(a)
    except UnidentifiedImageError:
        raise ImageError(N_("{file}: not an image file Pillow can read"), file=name) from None
    except Image.DecompressionBombError:
        raise ImageError(N_("{file}: image too large"), file=name) from None
    except (OSError, ValueError, SyntaxError) as e:
        reason = str(e).splitlines()[0][:120] if str(e) else type(e).__name__
        raise ImageError(N_("{file}: cannot read the image ({reason})"), file=name, reason=reason) from None


def preprocess_file(path: str | os.PathLike) -> Preprocessed | None:
    """Read a digit image (any size, dark-on-light or light-on-dark) and apply the recipe;
    None when the image is blank. Raises ImageError for an unreadable file."""
    grey = read_grey(path)
    if grey.ndim != 2 or grey.size == 0:
        raise ImageError(N_("{file}: empty image"), file=os.fspath(path))
    ink = ink_from_grey(grey)
    if ink is None:
        return None
    return preprocess(ink)
