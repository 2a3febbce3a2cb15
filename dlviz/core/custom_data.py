"""Your own classes: a small data set of 2–10 classes of 28×28 drawings (no Qt).

On disk a data set is a folder in the usual layout ``FOLDER/CLASS/*.png|jpg|jpeg|bmp|gif``:
the class names are the sub-folders' names (sorted), each image one example. Every image is
preprocessed like the Draw panel's input (:mod:`dlviz.core.preprocess`: crop to the ink,
scale the longer side to 20 px, centre the centre of mass in 28×28), dark ink on light paper
or the reverse (decided by the image's border, as for an image loaded into the Draw panel).

- :func:`read_folder` reads such a folder into a :class:`CustomData`; bad images, blank
  images and non-image files are skipped with a note naming them (``CustomData.notes``);
  no folder, fewer than 2 classes, more than 10, or a class without a usable image raise a
  :class:`~dlviz.core.messages.CoreError` with a clear message.
- :func:`write_folder` / :func:`save_example` write examples as 28×28 PNGs (light ink on
  dark, like MNIST), tagged so that reading them back gives the very same pixels.
- :meth:`CustomData.split` gives the training data object the engine trains on (a
  :class:`CustomSplit`: an :class:`~dlviz.core.data.MnistData` with ``class_names``).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from dlviz.core.data import MnistData
from dlviz.core.messages import CoreError, Message, N_, message_of

SIZE = 28
MIN_CLASSES = 2
MAX_CLASSES = 10
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif")
PNG_TAG = "dlviz"  # PNG text key marking an example written here (already preprocessed)
PNG_TAG_VALUE = "example-28x28"
MAX_NAME = 40  # longest class name
MAX_PER_CLASS = 5000  # images read per class (a folder of photos is not a drawing set)


# --------------------------------------------------------------------------------------
# Preprocessing


def _grey(array) -> np.ndarray:
    """A 2-D grey image, or an (H, W, 3|4) colour one, as float32 in [0, 1]."""
    from dlviz.core.preprocess import to_unit  # noqa: PLC0415

    a = np.asarray(array)
    if a.ndim == 3 and a.shape[2] in (3, 4):
        rgb = a[..., :3].astype(np.float32)
        if a.dtype == np.uint8:
            rgb = rgb / 255.0
        a = rgb @ np.array([0.299, 0.587, 0.114], np.float32)
    return to_unit(a)


def preprocess_image(array) -> np.ndarray | None:
    """The Draw panel's recipe on an image of any size → float32 (28, 28) in [0, 1], light ink
    on dark; None when the image is blank (no ink). Dark ink on light paper or the reverse is
    decided by the border. A clean background (the Draw canvas: ink on exact 0, or a clean
    white page) gives exactly what the Draw panel computes from the same ink; a noisy one
    (a photo, a scan) is cleaned as for an image file loaded into the Draw panel."""
    from dlviz.core.preprocess import ink_from_grey, preprocess  # noqa: PLC0415

    g = _grey(array)
    if g.size == 0:
        return None
    h, w = g.shape
    m = max(1, min(h, w) // 20)
    frame = np.concatenate([g[:m].ravel(), g[-m:].ravel(), g[:, :m].ravel(), g[:, -m:].ravel()])
    bg = float(np.median(frame))
    if bg <= 0.02:
        ink = g
    elif bg >= 0.98:
        ink = 1.0 - g
    else:
        ink = ink_from_grey(g)
        if ink is None:
            return None
    pre = preprocess(ink)
    return None if pre is None else pre.image.astype(np.float32)


def _as_image28(image) -> np.ndarray:
    """An example as float32 (28, 28) in [0, 1]: a 28×28 array is taken as it is (uint8 0–255
    or float 0–1); any other size is preprocessed first."""
    a = np.asarray(image)
    if a.shape == (SIZE, SIZE):
        if a.dtype == np.uint8:
            return a.astype(np.float32) / 255.0
        return np.clip(np.nan_to_num(a.astype(np.float32)), 0.0, 1.0)
    out = preprocess_image(a)
    if out is None:
        raise CoreError(N_("the image is blank (no ink to learn from)"), field="image")
    return out


# --------------------------------------------------------------------------------------
# Class names


def check_class_name(name) -> str:
    """``name`` stripped, if it can be a class (and folder) name; else CoreError saying why."""
    if not isinstance(name, str):
        raise CoreError(N_("a class name must be text"), field="class_name")
    text = name.strip()
    if not text:
        raise CoreError(N_("a class needs a name"), field="class_name")
    if len(text) > MAX_NAME:
        raise CoreError(N_("a class name has at most {most} characters"), field="class_name", most=MAX_NAME)
    if text in (".", "..") or text.startswith(".") or re.search(r'[\\/:*?"<>|\x00-\x1f]', text):
        raise CoreError(N_("{name}: a class name cannot start with a dot or contain / \\ : * ? \" < > |"),
                        field="class_name", name=text)
    return text


# --------------------------------------------------------------------------------------
# The data set


@dataclass
class CustomSplit(MnistData):
    """A :class:`CustomData` split for training: the engine's data object (uint8 images like
    MNIST's) with the class names, and where each example came from."""

    class_names: list = field(default_factory=list)
    train_sources: list = field(default_factory=list)
    test_sources: list = field(default_factory=list)

    @property
    def n_classes(self) -> int:
        return len(self.class_names)


@dataclass
class CustomData:
    """Examples of 2–10 classes: ``images`` float32 (N, 28, 28) in [0, 1], preprocessed like
    the Draw panel's input (light ink on dark); ``labels`` int64 (N,) indexing ``class_names``;
    ``sources`` the file each came from ("" when drawn in the app); ``notes``: what was
    skipped while reading, and why (Messages); ``folder``: where it was read from."""

    class_names: list
    images: np.ndarray
    labels: np.ndarray
    sources: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    folder: str = ""

    def __post_init__(self):
        self.class_names = [str(c) for c in self.class_names]
        self.images = np.asarray(self.images, np.float32).reshape(-1, SIZE, SIZE)
        self.labels = np.asarray(self.labels, np.int64).reshape(-1)
        if len(self.sources) != len(self.images):
            self.sources = list(self.sources) + [""] * (len(self.images) - len(self.sources))

    def __len__(self) -> int:
        return len(self.images)

    @property
    def n_classes(self) -> int:
        return len(self.class_names)

    def counts(self) -> list[int]:
        """Examples per class, in the order of ``class_names``."""
        return np.bincount(self.labels, minlength=self.n_classes)[: self.n_classes].astype(int).tolist()

    def validate(self) -> "CustomData":
        """Raise CoreError for a data set that cannot be trained on: fewer than 2 classes, more
        than 10, a class without examples, labels that name no class, or images of the wrong
        shape."""
        k = self.n_classes
        if k < MIN_CLASSES:
            raise CoreError(N_("a data set needs at least {least} classes, this one has {count}"),
                            field="classes", least=MIN_CLASSES, count=k)
        if k > MAX_CLASSES:
            raise CoreError(N_("a data set has at most {most} classes, this one has {count}"),
                            field="classes", most=MAX_CLASSES, count=k)
        if len(set(self.class_names)) != k:
            raise CoreError(N_("two classes have the same name"), field="classes")
        if len(self.labels) != len(self.images):
            raise CoreError(N_("{images} images but {labels} labels"), field="labels", images=len(self.images),
                            labels=len(self.labels))
        if len(self.labels) and (self.labels.min() < 0 or self.labels.max() >= k):
            raise CoreError(N_("a label names no class"), field="labels")
        for name, count in zip(self.class_names, self.counts()):
            if count == 0:
                raise CoreError(N_("class {name} has no examples: give it at least one image"),
                                field="classes", name=name)
        return self

    def summary_message(self) -> Message:
        where = self.folder or Message(N_("my classes"))
        return Message(N_("{count} examples of {classes} classes ({names}) from {folder}"),
                       count=len(self), classes=self.n_classes, names=", ".join(self.class_names), folder=where)

    def split(self, test_fraction: float = 0.2, seed: int = 0) -> CustomSplit:
        """Split into training and test examples, stratified by class and reproducible: of each
        class, round(count × test_fraction) examples are held out for the test (at least one
        when the class has two or more, and never all of them). Raises CoreError for a data
        set that cannot be trained on (see :meth:`validate`)."""
        self.validate()
        if not 0.0 <= float(test_fraction) < 1.0:
            raise CoreError(N_("must be at least 0 and less than 1, got {value}"), field="test_fraction",
                            value=f"{float(test_fraction):g}")
        rng = np.random.default_rng(seed)
        test_idx = []
        for c in range(self.n_classes):
            idx = np.flatnonzero(self.labels == c)
            rng.shuffle(idx)
            n = len(idx)
            k = int(round(n * float(test_fraction)))
            if test_fraction > 0 and n >= 2:
                k = max(1, k)
            test_idx.append(idx[: min(k, n - 1)])
        test_idx = np.sort(np.concatenate(test_idx)).astype(np.int64)
        mask = np.ones(len(self), bool)
        mask[test_idx] = False
        train_idx = np.flatnonzero(mask)
        if len(test_idx) == 0:  # too few examples to hold any out: test on the training set
            test_idx = train_idx
        u8 = np.round(np.clip(self.images, 0.0, 1.0) * 255.0).astype(np.uint8)
        label = self.summary_message()
        return CustomSplit(
            u8[train_idx], self.labels[train_idx].copy(), u8[test_idx], self.labels[test_idx].copy(),
            source="custom", description=str(label), notes=[str(n) for n in self.notes], label=label,
            note_messages=list(self.notes), class_names=list(self.class_names),
            train_sources=[self.sources[i] for i in train_idx], test_sources=[self.sources[i] for i in test_idx],
        )


# --------------------------------------------------------------------------------------
# Reading


def read_example(path) -> np.ndarray | None:
    """One image file → (28, 28) float32 in [0, 1] as :func:`read_folder` reads it (an example
    written here exactly; any other image preprocessed like a drawing); None when blank;
    :class:`~dlviz.core.preprocess.ImageError` (a CoreError) when unreadable."""
    path = Path(os.fspath(path))
    from PIL import Image  # noqa: PLC0415

    from dlviz.core.preprocess import preprocess_file  # noqa: PLC0415

    if path.suffix.lower() == ".png":
        try:
            with Image.open(path) as im:
                if im.info.get(PNG_TAG) == PNG_TAG_VALUE and im.size == (SIZE, SIZE) and im.mode == "L":
                    a = np.asarray(im, np.float32) / 255.0
                    return a if a.max() > 0 else None
        except Exception:  # noqa: BLE001 — unreadable: preprocess_file says why
            pass
    pre = preprocess_file(path)
    return None if pre is None else pre.image.astype(np.float32)


def read_folder(path) -> CustomData:
    """Read ``path/CLASS/*.png|jpg|jpeg|bmp|gif`` (class names from the sub-folders, sorted).
    Unreadable, blank and non-image files are skipped with a note naming them; hidden files
    and folders (a leading dot) are ignored. Raises CoreError when ``path`` is not a folder,
    has fewer than 2 or more than 10 class folders, or a class has no usable image."""
    from dlviz.core.preprocess import ImageError  # noqa: PLC0415

    if path is None or str(path) == "":
        raise CoreError(N_("no folder given"), field="folder")
    root = Path(os.fspath(path)).expanduser()
    if not root.exists():
        raise CoreError(N_("{folder}: no such folder"), field="folder", folder=str(root))
    if not root.is_dir():
        raise CoreError(N_("{folder}: not a folder"), field="folder", folder=str(root))
    try:
        entries = sorted(root.iterdir(), key=lambda p: p.name)
    except OSError as e:
        raise CoreError(N_("{folder}: cannot be read ({reason})"), field="folder", folder=str(root),
                        reason=e.strerror or str(e)) from None
    class_dirs = [p for p in entries if p.is_dir() and not p.name.startswith(".")]
    notes: list = []
    for p in entries:
        if p.is_file() and not p.name.startswith("."):
            notes.append(Message(N_("{file}: not in a class folder, skipped"), file=p.name))
    if len(class_dirs) < MIN_CLASSES:
        raise CoreError(N_("{folder}: found {count} class folder(s); a data set needs at least {least} "
                           "(one sub-folder of images per class: FOLDER/CLASS/*.png)"),
                        field="folder", folder=str(root), count=len(class_dirs), least=MIN_CLASSES)
    if len(class_dirs) > MAX_CLASSES:
        raise CoreError(N_("{folder}: found {count} class folders; at most {most} classes are allowed"),
                        field="folder", folder=str(root), count=len(class_dirs), most=MAX_CLASSES)
    names, images, labels, sources = [], [], [], []
    for label, cdir in enumerate(class_dirs):
        names.append(cdir.name)
        found = 0
        try:
            files = sorted(cdir.iterdir(), key=lambda p: p.name)
        except OSError as e:
            raise CoreError(N_("{folder}: cannot be read ({reason})"), field="folder", folder=str(cdir),
                            reason=e.strerror or str(e)) from None
        for f in files:
            if f.name.startswith("."):
                continue
            if found >= MAX_PER_CLASS:
                notes.append(Message(N_("{folder}: only the first {most} images are read"), folder=cdir.name,
                                     most=f"{MAX_PER_CLASS:,}"))
                break
            shown = f"{cdir.name}/{f.name}"
            if f.is_dir():
                notes.append(Message(N_("{file}: a folder inside a class folder, skipped"), file=shown))
                continue
            if f.suffix.lower() not in IMAGE_SUFFIXES:
                notes.append(Message(N_("{file}: not an image file (PNG, JPEG, BMP or GIF), skipped"), file=shown))
                continue
            try:
                img = read_example(f)
            except ImageError as e:
                notes.append(Message(N_("{file}: unreadable image, skipped ({reason})"), file=shown,
                                     reason=_reason_of(e)))
                continue
            except Exception as e:  # noqa: BLE001 — any other decoder failure is a note, not a crash
                notes.append(Message(N_("{file}: unreadable image, skipped ({reason})"), file=shown,
                                     reason=type(e).__name__))
                continue
            if img is None:
                notes.append(Message(N_("{file}: blank image (no ink), skipped"), file=shown))
                continue
            images.append(img)
            labels.append(label)
            sources.append(str(f))
            found += 1
        if found == 0:
            raise CoreError(N_("class {name} ({folder}) has no usable images"), field="folder", name=cdir.name,
                            folder=str(cdir))
    data = CustomData(names, np.stack(images).astype(np.float32), np.asarray(labels, np.int64), sources, notes,
                      folder=str(root))
    return data.validate()


_read_example = read_example  # the earlier, private name


def _reason_of(e: BaseException):
    """An ImageError's reason without the file name it starts with (the note names it)."""
    msg = message_of(e)
    if isinstance(msg, Message) and "reason" in getattr(msg, "args", {}):
        return msg.args["reason"]
    return msg


# --------------------------------------------------------------------------------------
# Writing


def _write_png(path: Path, image28: np.ndarray) -> Path:
    from PIL import Image, PngImagePlugin  # noqa: PLC0415

    from dlviz.core.fileio import atomic_write  # noqa: PLC0415

    u8 = np.round(np.clip(_as_image28(image28), 0.0, 1.0) * 255.0).astype(np.uint8)
    info = PngImagePlugin.PngInfo()
    info.add_text(PNG_TAG, PNG_TAG_VALUE)
    im = Image.fromarray(u8)  # 2-D uint8: mode "L"
    return atomic_write(path, lambda tmp: im.save(tmp, format="PNG", pnginfo=info))


def _next_name(cdir: Path) -> Path:
    numbers = [int(p.stem) for p in cdir.glob("*.png") if p.stem.isdigit()] if cdir.is_dir() else []
    n = max(numbers, default=0) + 1
    return cdir / f"{n:04d}.png"


def save_example(folder, class_name: str, image28) -> Path:
    """Add one example to ``folder/class_name/`` as the next free ``NNNN.png`` (28×28, light ink
    on dark; a larger image is preprocessed first). Returns the file's path. Raises CoreError
    for a bad class name or a blank image, OSError when the disk refuses."""
    name = check_class_name(class_name)
    cdir = Path(os.fspath(folder)).expanduser() / name
    cdir.mkdir(parents=True, exist_ok=True)
    return _write_png(_next_name(cdir), image28)


def write_folder(data: CustomData, path, replace: bool = False) -> Path:
    """Write ``data`` to ``path/CLASS/0001.png …`` (the layout :func:`read_folder` reads).
    A folder that already holds images in sub-folders is refused (CoreError) unless
    ``replace``: then the image files of its sub-folders are deleted first (nothing else is)."""
    data.validate()
    for name in data.class_names:
        check_class_name(name)
    root = Path(os.fspath(path)).expanduser()
    if root.exists() and not root.is_dir():
        raise CoreError(N_("{folder}: not a folder"), field="folder", folder=str(root))
    old = [f for d in (root.iterdir() if root.is_dir() else []) if d.is_dir() and not d.name.startswith(".")
           for f in d.iterdir() if f.is_file() and f.suffix.lower() in IMAGE_SUFFIXES]
    if old and not replace:
        raise CoreError(N_("{folder} already holds a data set ({count} images): choose an empty folder"),
                        field="folder", folder=str(root), count=len(old))
    for f in old:
        f.unlink()
    for d in (root.iterdir() if root.is_dir() else []):
        if d.is_dir() and not d.name.startswith(".") and d.name not in data.class_names and not any(d.iterdir()):
            d.rmdir()
    for c, name in enumerate(data.class_names):
        cdir = root / name
        cdir.mkdir(parents=True, exist_ok=True)
        for i, idx in enumerate(np.flatnonzero(data.labels == c), start=1):
            _write_png(cdir / f"{i:04d}.png", data.images[idx])
    return root
